/// One problem found in the user's content, configuration or templates.
///
/// Diagnostics are values, not control flow: every stage returns them beside its
/// result, so one run reports every bad file instead of stopping at the first.
package struct Diagnostic: Hashable, Sendable {
    package enum Severity: String, Comparable, Sendable, CaseIterable {
        case note, warning, error

        package static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }
    }

    /// A secondary location that explains the diagnostic, such as "first defined here".
    package struct Note: Hashable, Sendable {
        package var message: String
        package var location: SourceLocation?

        package init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    package var severity: Severity
    /// A stable rule id shown as `[rule]`, e.g. `front-matter.syntax`.
    package var rule: String
    package var message: String
    /// Where the problem is; `nil` for problems that belong to no file position.
    package var location: SourceLocation?
    package var notes: [Note]
    /// How to repair the problem, when there is a known repair.
    package var fix: String?

    package init(
        _ severity: Severity,
        _ message: String,
        rule: String,
        at location: SourceLocation?,
        notes: [Note] = [],
        fix: String? = nil
    ) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.location = location
        self.notes = notes
        self.fix = fix
    }

    package static func error(_ message: String, rule: String, at location: SourceLocation?, fix: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, rule: rule, at: location, fix: fix)
    }

    package static func warning(_ message: String, rule: String, at location: SourceLocation?, fix: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, rule: rule, at: location, fix: fix)
    }

    package static func note(_ message: String, rule: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.note, message, rule: rule, at: location)
    }
}
