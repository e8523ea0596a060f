/// Diagnostics in the order users read them: by path, line, column, then rule,
/// without duplicates, so output and golden files are deterministic.
package struct DiagnosticSet: Sendable, Equatable, Sequence {
    package private(set) var diagnostics: [Diagnostic]

    package init<S: Sequence>(_ diagnostics: S) where S.Element == Diagnostic {
        var seen = Set<Diagnostic>()
        self.diagnostics = diagnostics.filter { seen.insert($0).inserted }.sorted(by: Self.readingOrder)
    }

    package init() { self.diagnostics = [] }

    package func makeIterator() -> IndexingIterator<[Diagnostic]> { diagnostics.makeIterator() }

    package var isEmpty: Bool { diagnostics.isEmpty }
    package var count: Int { diagnostics.count }
    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    package func count(of severity: Diagnostic.Severity) -> Int {
        diagnostics.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    /// The same set with warnings raised to errors, for `--strict`.
    package func escalatingWarnings() -> DiagnosticSet {
        DiagnosticSet(diagnostics.map { diagnostic in
            var copy = diagnostic
            if copy.severity == .warning { copy.severity = .error }
            return copy
        })
    }

    package static func + (lhs: DiagnosticSet, rhs: DiagnosticSet) -> DiagnosticSet {
        DiagnosticSet(lhs.diagnostics + rhs.diagnostics)
    }
}

private extension DiagnosticSet {
    static func readingOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case (nil, .some): return true
        case (.some, nil): return false
        case let (.some(l), .some(r)) where l != r: return l < r
        default: return (a.rule, a.message) < (b.rule, b.message)
        }
    }
}
