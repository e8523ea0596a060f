/// A Mustache template parsed once into tokens whose names are already split, for the
/// compiled renderer (`CompiledTemplateLibrary`).
///
/// It covers what pubgen's themes use: text, `{{name}}`, `{{{name}}}`/`{{&name}}`,
/// sections, inverted sections, comments, partials, set delimiters and the
/// `CONTENT_TYPE` pragma. Templates with swift-mustache's extensions (transforms like
/// `{{uppercased(x)}}`, inheritance with `{{<parent}}`/`{{$block}}`, dynamic partials)
/// are left to swift-mustache: `CompiledTemplateParser` refuses them.
struct CompiledTemplate: Sendable {
    enum Token: Sendable {
        case text(String)
        case variable(TemplateName, escaped: Bool)
        case section(TemplateName, [Token], inverted: Bool)
        /// A partial; `indentation` is set when the tag stands alone on its line.
        case partial(String, indentation: String?)
        case escaping(TemplateEscaping)
    }

    var tokens: [Token]
}

/// A variable name, split at dots once at parse time, with the transforms around it.
/// `TemplateProgram` lays it out flat for the renderer.
struct TemplateName: Sendable {
    /// The names to follow, outermost first; empty means the current object (`.`).
    let components: [String]
    /// Whether only the innermost object is searched (a leading dot, as in `.title`);
    /// otherwise the first component is searched for from the innermost object out.
    let innermostOnly: Bool
    /// Transforms in the order they apply: `first(count(x))` is `[count, first]`.
    let transforms: [TemplateTransform]
    /// `index()`, `first()`…: no name, so the transforms apply to the position in the
    /// enclosing list.
    let isPosition: Bool

    init(_ name: String, transforms: [TemplateTransform] = []) {
        // swift-mustache: "." is the current object; a leading dot disables the climb
        // up the context stack; empty components are dropped.
        components = name == "." ? [] : name.split(separator: ".").map(String.init)
        innermostOnly = name.first == "."
        self.transforms = transforms
        isPosition = name.isEmpty && !transforms.isEmpty
    }
}

/// swift-mustache's transforms, as they apply to the values pubgen's views hold.
enum TemplateTransform: Sendable, Equatable {
    case empty, capitalized, lowercased, uppercased, reversed, first, last, count
    case equalzero, plusone, minusone, even, odd, index
    /// A name no value of a view knows (`sorted` and `enumerated` too: pubgen's lists
    /// hold values that are not `Comparable`, and its objects are not dictionaries).
    case unknown

    init(_ name: String) {
        self =
            switch name {
            case "empty": .empty
            case "capitalized": .capitalized
            case "lowercased": .lowercased
            case "uppercased": .uppercased
            case "reversed": .reversed
            case "first": .first
            case "last": .last
            case "count": .count
            case "equalzero": .equalzero
            case "plusone": .plusone
            case "minusone": .minusone
            case "even": .even
            case "odd": .odd
            case "index": .index
            default: .unknown
            }
    }
}

/// How a template escapes `{{name}}`: the content type its `CONTENT_TYPE` pragma chose.
enum TemplateEscaping: Sendable, Equatable {
    /// swift-mustache's default `HTML` type, which escapes five characters.
    case mustacheHTML
    /// `TEXT`: no escaping.
    case text
    /// pubgen's `PUBGEN_HTML` (`HTMLContent`): the same five characters, and control
    /// characters dropped.
    case pubgenHTML

    init?(contentType name: String) {
        switch name {
        case "HTML": self = .mustacheHTML
        case "TEXT": self = .text
        case HTMLContent.name: self = .pubgenHTML
        default: return nil
        }
    }
}
