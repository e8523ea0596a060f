/// Every template of a library lowered into one flat list of instructions, for
/// `CompiledTemplateLibrary` to run.
///
/// Rendering the token tree copied each token it visited, and a copy of a token
/// retained what it held: its text, its name, its section's body. Those belong to the
/// library, which every rendering thread shares, so both cores counted references on
/// the same cache lines (`swift_retain` was an eighth of a 10,000-article build). Here
/// an instruction is plain data: operands are indices into tables of texts and names,
/// which the renderer reads in place, and a section records where its body ends.
struct TemplateProgram: Sendable {
    enum Opcode: UInt8, Sendable {
        /// Appends `texts[operand]`.
        case text
        /// Appends the value of `names[operand]`, escaped.
        case escapedVariable
        /// Appends the value of `names[operand]` as it is.
        case rawVariable
        /// Runs the instructions up to `end` for the value of `names[operand]`.
        case section
        /// Runs the instructions up to `end` when `names[operand]` is missing, false or empty.
        case invertedSection
        /// Runs `partials[operand]`.
        case partial
        /// Sets the escaping to `escapings[operand]`.
        case escaping
    }

    struct Instruction: Sendable {
        var opcode: Opcode
        var operand: Int32
        /// For a section: the index just past its body; otherwise the next instruction.
        var end: Int32
    }

    /// A partial as it is called: which template, and the indentation its tag stands at.
    struct Partial: Sendable {
        /// The instructions of the template called; `nil` when there is no such template.
        var body: Range<Int>?
        var indentation: String?
    }

    /// A name as the renderer follows it: the keys `components[componentRange]`, then
    /// `transforms[transformRange]`.
    struct Name: Sendable {
        var componentRange: Range<Int>
        var transformRange: Range<Int>
        var innermostOnly: Bool
        var isPosition: Bool
    }

    private(set) var instructions: ContiguousArray<Instruction> = []
    private(set) var texts: ContiguousArray<String> = []
    private(set) var names: ContiguousArray<Name> = []
    private(set) var components: ContiguousArray<TemplateKey> = []
    private(set) var transforms: ContiguousArray<TemplateTransform> = []
    private(set) var partials: ContiguousArray<Partial> = []
    private(set) var escapings: ContiguousArray<TemplateEscaping> = []
    /// Where each template's instructions are.
    private(set) var entries: [String: Range<Int>] = [:]
    /// The template each partial calls, by the partial's number, until `init` resolves them.
    private var partialNames: [String] = []

    init(_ templates: [String: CompiledTemplate]) {
        // Sorted, so that the layout does not depend on the dictionary's order.
        for name in templates.keys.sorted() {
            let start = instructions.count
            lower(templates[name]!.tokens)
            entries[name] = start..<instructions.count
        }
        // Now that every template has its place.
        for index in partials.indices { partials[index].body = entries[partialNames[index]] }
    }

    private mutating func lower(_ tokens: [CompiledTemplate.Token]) {
        for token in tokens {
            switch token {
            case let .text(text):
                emit(.text, texts.count)
                texts.append(text)
            case let .variable(name, escaped):
                emit(escaped ? .escapedVariable : .rawVariable, add(name))
            case let .section(name, body, inverted):
                let at = emit(inverted ? .invertedSection : .section, add(name))
                lower(body)
                instructions[at].end = Int32(instructions.count)
            case let .partial(name, indentation):
                partials.append(Partial(body: nil, indentation: indentation))
                partialNames.append(name)
                emit(.partial, partials.count - 1)
            case let .escaping(escaping):
                emit(.escaping, escapings.count)
                escapings.append(escaping)
            }
        }
    }

    @discardableResult
    private mutating func emit(_ opcode: Opcode, _ operand: Int) -> Int {
        instructions.append(Instruction(opcode: opcode, operand: Int32(operand), end: Int32(instructions.count + 1)))
        return instructions.count - 1
    }

    private mutating func add(_ name: TemplateName) -> Int {
        let componentStart = components.count
        components.append(contentsOf: name.components.map(TemplateKey.init))
        let transformStart = transforms.count
        transforms.append(contentsOf: name.transforms)
        names.append(Name(
            componentRange: componentStart..<components.count, transformRange: transformStart..<transforms.count,
            innermostOnly: name.innermostOnly, isPosition: name.isPosition))
        return names.count - 1
    }
}

extension TemplateProgram {
    /// The program's tables in memory of their own, which the renderer reads through
    /// pointers: reading an element of an `Array` may copy it, and copying a shared
    /// string retains it.
    ///
    /// `@unchecked Sendable`: the tables are written once, in `init`, and only read
    /// after; they are freed with the object, which every render holds.
    final class Tables: @unchecked Sendable {
        let instructions: UnsafeMutableBufferPointer<Instruction>
        let texts: UnsafeMutableBufferPointer<String>
        let names: UnsafeMutableBufferPointer<Name>
        let components: UnsafeMutableBufferPointer<TemplateKey>
        let transforms: UnsafeMutableBufferPointer<TemplateTransform>
        let partials: UnsafeMutableBufferPointer<Partial>
        let escapings: UnsafeMutableBufferPointer<TemplateEscaping>
        let entries: [String: Range<Int>]

        init(_ program: TemplateProgram) {
            instructions = Self.copy(program.instructions)
            texts = Self.copy(program.texts)
            names = Self.copy(program.names)
            components = Self.copy(program.components)
            transforms = Self.copy(program.transforms)
            partials = Self.copy(program.partials)
            escapings = Self.copy(program.escapings)
            entries = program.entries
        }

        deinit {
            texts.deinitialize().deallocate()
            components.deinitialize().deallocate()
            partials.deinitialize().deallocate()
            instructions.deallocate()
            names.deallocate()
            transforms.deallocate()
            escapings.deallocate()
        }

        private static func copy<Element>(_ elements: ContiguousArray<Element>) -> UnsafeMutableBufferPointer<Element> {
            let table = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
            _ = table.initialize(from: elements)
            return table
        }
    }
}
