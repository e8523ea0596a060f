/// Turns diagnostics into the text users and CI read.
///
/// The default style is the compiler's: `path:line:col: error: message [rule]`, which
/// editors and CI log viewers turn into links.
package struct DiagnosticFormatter: Sendable {
    package enum Style: String, Sendable, CaseIterable {
        /// `path:line:col: severity: message [rule]`, one per line.
        case text
        /// A JSON array of objects.
        case json
        /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`).
        case github
    }

    package var style: Style
    package var colored: Bool

    package init(style: Style = .text, colored: Bool = false) {
        self.style = style
        self.colored = colored
    }

    /// The whole report for a set of diagnostics, ending in a newline when not empty.
    package func format(_ set: DiagnosticSet) -> String {
        switch style {
        case .text: set.map(text(for:)).joined()
        case .json: json(for: set)
        case .github: set.map(githubCommand(for:)).joined()
        }
    }

    /// `3 errors, 1 warning in 12 files`: the closing line of a report.
    package static func summary(of set: DiagnosticSet, fileCount: Int) -> String {
        let errors = set.count(of: .error)
        let warnings = set.count(of: .warning)
        let files = fileCount == 1 ? "1 file" : "\(fileCount) files"
        return "\(plural(errors, "error")), \(plural(warnings, "warning")) in \(files)"
    }

    package static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}

// MARK: - Styles

private extension DiagnosticFormatter {
    func text(for diagnostic: Diagnostic) -> String {
        var line = ""
        if let location = diagnostic.location { line += "\(bold(location.description.escapingControls)): " }
        line += "\(severityLabel(diagnostic.severity)): \(diagnostic.message.escapingControls) [\(diagnostic.rule)]\n"
        for note in diagnostic.notes {
            if let location = note.location { line += "\(bold(location.description.escapingControls)): " }
            line += "\(severityLabel(.note)): \(note.message.escapingControls)\n"
        }
        return line
    }

    func severityLabel(_ severity: Diagnostic.Severity) -> String {
        guard colored else { return severity.rawValue }
        let color = switch severity {
        case .error: "31"
        case .warning: "33"
        case .note: "36"
        }
        return "\u{1B}[1;\(color)m\(severity.rawValue)\u{1B}[0m"
    }

    func bold(_ text: String) -> String {
        colored ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    func githubCommand(for diagnostic: Diagnostic) -> String {
        let command = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        var properties: [String] = []
        if let location = diagnostic.location {
            properties.append("file=\(Self.githubProperty(location.path))")
            properties.append("line=\(location.line)")
            properties.append("col=\(location.column)")
        }
        properties.append("title=\(Self.githubProperty(diagnostic.rule))")
        let message = Self.githubData("\(diagnostic.message) [\(diagnostic.rule)]")
        return "::\(command) \(properties.joined(separator: ","))::\(message)\n"
    }

    /// Escapes data as GitHub's toolkit does for workflow command messages.
    static func githubData(_ text: String) -> String {
        text.replacingScalars("%", with: "%25").replacingScalars("\r", with: "%0D").replacingScalars("\n", with: "%0A")
    }

    /// Escapes a property value as GitHub's toolkit does (data escapes plus `:` and `,`).
    static func githubProperty(_ text: String) -> String {
        githubData(text).replacingScalars(":", with: "%3A").replacingScalars(",", with: "%2C")
    }

    func json(for set: DiagnosticSet) -> String {
        let objects = set.map { diagnostic -> String in
            var fields: [(String, String)] = []
            fields.append(("path", JSONText.quote(diagnostic.location?.path ?? "")))
            fields.append(("line", diagnostic.location.map { String($0.line) } ?? "null"))
            fields.append(("column", diagnostic.location.map { String($0.column) } ?? "null"))
            fields.append(("severity", JSONText.quote(diagnostic.severity.rawValue)))
            fields.append(("rule", JSONText.quote(diagnostic.rule)))
            fields.append(("message", JSONText.quote(diagnostic.message)))
            if let fix = diagnostic.fix { fields.append(("fix", JSONText.quote(fix))) }
            let body = fields.map { "    \(JSONText.quote($0.0)): \($0.1)" }.joined(separator: ",\n")
            return "  {\n\(body)\n  }"
        }
        return objects.isEmpty ? "[]\n" : "[\n\(objects.joined(separator: ",\n"))\n]\n"
    }
}
