internal import CPubgenXML

/// What libxml2's HTML parser sees in a rendered page: its problems, and the ids and
/// references that anchor and link checks need.
package struct HTMLOutline: Sendable, Equatable {
    package struct Issue: Sendable, Equatable {
        package var line: Int
        package var isError: Bool
        package var message: String
    }

    package struct Reference: Sendable, Equatable {
        package enum Kind: Sendable, Equatable { case href, src }
        package var kind: Kind
        package var value: String
        package var line: Int
    }

    package var issues: [Issue] = []
    package var ids: [String] = []
    package var references: [Reference] = []
}

/// Parses HTML with libxml2 (zola's link checking, done with a real HTML parser).
package enum HTMLInspector {
    package static func inspect(_ html: String) -> HTMLOutline {
        final class Sink {
            var outline = HTMLOutline()
        }
        let sink = Sink()
        var bytes = Array(html.utf8)
        bytes.append(0)
        _ = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                withExtendedLifetime(sink) {
                    pubgen_html_inspect(
                        chars.baseAddress, chars.count - 1, Unmanaged.passUnretained(sink).toOpaque(),
                        { context, line, isError, message in
                            let sink = Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue()
                            let text = message.map { String(cString: $0) } ?? ""
                            sink.outline.issues.append(.init(
                                line: Int(line), isError: isError != 0, message: text.trimmingTrailingNewlines()))
                        },
                        { context, kind, line, value in
                            let sink = Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue()
                            let text = value.map { String(cString: $0) } ?? ""
                            switch kind {
                            case 0: sink.outline.ids.append(text)
                            case 1: sink.outline.references.append(.init(kind: .href, value: text, line: Int(line)))
                            default: sink.outline.references.append(.init(kind: .src, value: text, line: Int(line)))
                            }
                        })
                }
            }
        }
        sink.outline.issues.removeAll(where: isUnknownHTML5Tag)
        return sink.outline
    }

    /// libxml2's HTML parser knows HTML 4 only and calls HTML5 elements invalid.
    static let html5Elements: Set<String> = [
        "article", "aside", "audio", "bdi", "canvas", "data", "datalist", "details", "dialog", "figcaption", "figure",
        "footer", "header", "main", "mark", "meter", "nav", "output", "picture", "progress", "rp", "rt", "ruby", "search",
        "section", "source", "summary", "svg", "template", "time", "track", "video", "wbr", "math",
    ]

    private static func isUnknownHTML5Tag(_ issue: HTMLOutline.Issue) -> Bool {
        guard issue.message.hasPrefix("Tag "), issue.message.hasSuffix(" invalid") else { return false }
        let name = issue.message.dropFirst(4).dropLast(8)
        return html5Elements.contains(name.lowercased())
    }

    /// The problems libxml2 finds in an XML document; empty when it is well-formed.
    package static func xmlProblems(_ bytes: [UInt8]) -> [HTMLOutline.Issue] {
        final class Sink { var issues: [HTMLOutline.Issue] = [] }
        let sink = Sink()
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                withExtendedLifetime(sink) {
                    pubgen_xml_check(
                        chars.baseAddress, chars.count, Unmanaged.passUnretained(sink).toOpaque(),
                        { context, line, isError, message in
                            let sink = Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue()
                            let text = message.map { String(cString: $0) } ?? ""
                            sink.issues.append(.init(line: Int(line), isError: isError != 0, message: text.trimmingTrailingNewlines()))
                        })
                }
            }
        }
        if status != 0 && sink.issues.isEmpty {
            sink.issues.append(.init(line: 0, isError: true, message: "not well-formed"))
        }
        return sink.issues
    }
}

private extension String {
    func trimmingTrailingNewlines() -> String {
        var copy = self
        while copy.last?.isNewline == true { copy.removeLast() }
        return copy
    }
}
