import PubgenDiagnostics
import Testing

@Suite struct DiagnosticSetTests {
    static func at(_ path: String, _ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    /// `path:line:col rule` (or `- rule` without a location), one per diagnostic, in set order.
    static func summary(_ set: DiagnosticSet) -> [String] {
        set.map { "\($0.location?.description ?? "-") \($0.severity.rawValue) \($0.rule) \($0.message)" }
    }

    @Test func sortsByPathLineColumnThenRuleThenMessage() {
        let set = DiagnosticSet([
            .error("z", rule: "r.b", at: Self.at("b.md", 1, 1)),
            .warning("m2", rule: "r.a", at: Self.at("a.md", 10, 1)),
            .error("m", rule: "r.a", at: Self.at("a.md", 9, 5)),
            .error("m", rule: "r.a", at: Self.at("a.md", 9, 12)),
            .note("second", rule: "r.b", at: Self.at("a.md", 2, 3)),
            .error("b message", rule: "r.a", at: Self.at("a.md", 2, 3)),
            .error("a message", rule: "r.a", at: Self.at("a.md", 2, 3)),
        ])
        #expect(Self.summary(set) == [
            "a.md:2:3 error r.a a message",
            "a.md:2:3 error r.a b message",
            "a.md:2:3 note r.b second",
            "a.md:9:5 error r.a m",
            "a.md:9:12 error r.a m",
            "a.md:10:1 warning r.a m2",
            "b.md:1:1 error r.b z",
        ])
    }

    @Test func diagnosticsWithoutALocationComeFirst() {
        let set = DiagnosticSet([
            .error("in a file", rule: "a", at: Self.at("a.md", 1, 1)),
            .error("site wide", rule: "z", at: nil),
            .warning("config", rule: "b", at: nil),
        ])
        #expect(Self.summary(set) == [
            "- warning b config",
            "- error z site wide",
            "a.md:1:1 error a in a file",
        ])
    }

    @Test func orderDoesNotDependOnInputOrder() {
        let diagnostics: [Diagnostic] = [
            .error("one", rule: "x", at: Self.at("a.md", 3, 1)),
            .warning("two", rule: "y", at: Self.at("a.md", 1, 4)),
            .error("three", rule: "x", at: nil),
            .note("four", rule: "w", at: Self.at("c.md", 1, 1)),
        ]
        let expected = DiagnosticSet(diagnostics)
        #expect(DiagnosticSet(diagnostics.reversed()) == expected)
        #expect(DiagnosticSet([diagnostics[2], diagnostics[0], diagnostics[3], diagnostics[1]]) == expected)
        #expect(Self.summary(expected).first == "- error x three")
    }

    @Test func exactDuplicatesAreKeptOnce() {
        let d = Diagnostic.error("Broken link", rule: "link.broken", at: Self.at("a.md", 4, 2))
        let set = DiagnosticSet([d, d, d])
        #expect(set.count == 1)
        #expect(Array(set) == [d])
    }

    @Test func diagnosticsDifferingInAnyFieldAreAllKept() {
        let location = Self.at("a.md", 4, 2)
        let base = Diagnostic.warning("Broken link", rule: "link.broken", at: location)
        var withFix = base
        withFix.fix = "Remove it"
        var withNote = base
        withNote.notes = [Diagnostic.Note("first defined here", at: Self.at("b.md", 1, 1))]
        let set = DiagnosticSet([
            base,
            .error("Broken link", rule: "link.broken", at: location),
            .warning("Broken link", rule: "link.other", at: location),
            .warning("Broken link!", rule: "link.broken", at: location),
            .warning("Broken link", rule: "link.broken", at: Self.at("a.md", 4, 3)),
            withFix,
            withNote,
        ])
        #expect(set.count == 7)
    }

    @Test func countsBySeverity() {
        let set = DiagnosticSet([
            .error("e1", rule: "r", at: nil),
            .error("e2", rule: "r", at: nil),
            .warning("w1", rule: "r", at: nil),
            .note("n1", rule: "r", at: nil),
            .note("n2", rule: "r", at: nil),
            .note("n3", rule: "r", at: nil),
        ])
        #expect(set.count(of: .error) == 2)
        #expect(set.count(of: .warning) == 1)
        #expect(set.count(of: .note) == 3)
        #expect(set.count == 6)
        #expect(set.hasErrors)
        #expect(!set.isEmpty)
    }

    @Test func emptySet() {
        let set = DiagnosticSet()
        #expect(set.isEmpty)
        #expect(set.count == 0)
        #expect(!set.hasErrors)
        #expect(set == DiagnosticSet([]))
    }

    @Test func warningsAndNotesAreNotErrors() {
        let set = DiagnosticSet([.warning("w", rule: "r", at: nil), .note("n", rule: "r", at: nil)])
        #expect(!set.hasErrors)
    }

    @Test func escalatingRaisesWarningsOnly() {
        let set = DiagnosticSet([
            .warning("w", rule: "a", at: Self.at("a.md", 1, 1)),
            .note("n", rule: "b", at: Self.at("a.md", 2, 1)),
            .error("e", rule: "c", at: Self.at("a.md", 3, 1)),
        ])
        let strict = set.escalatingWarnings()
        #expect(Self.summary(strict) == [
            "a.md:1:1 error a w",
            "a.md:2:1 note b n",
            "a.md:3:1 error c e",
        ])
        #expect(strict.hasErrors)
        #expect(!DiagnosticSet([.warning("w", rule: "a", at: nil)]).hasErrors)
        #expect(DiagnosticSet([.warning("w", rule: "a", at: nil)]).escalatingWarnings().hasErrors)
        // The original is a value and stays as it was.
        #expect(set.count(of: .warning) == 1)
    }

    @Test func escalatingMergesAWarningThatDuplicatesAnError() {
        let location = Self.at("a.md", 1, 1)
        let set = DiagnosticSet([
            .warning("same", rule: "r", at: location),
            .error("same", rule: "r", at: location),
        ])
        #expect(set.count == 2)
        let strict = set.escalatingWarnings()
        #expect(strict.count == 1)
        #expect(strict.count(of: .error) == 1)
    }

    @Test func escalatingKeepsNotesAndFixes() {
        let note = Diagnostic.Note("defined here", at: Self.at("b.md", 2, 2))
        let original = Diagnostic(.warning, "w", rule: "r", at: Self.at("a.md", 1, 1), notes: [note], fix: "do this")
        let escalated = Array(DiagnosticSet([original]).escalatingWarnings())
        #expect(escalated.count == 1)
        #expect(escalated.first?.severity == .error)
        #expect(escalated.first?.notes == [note])
        #expect(escalated.first?.fix == "do this")
    }

    @Test func addingSetsMergesSortsAndDeduplicates() {
        let shared = Diagnostic.error("dup", rule: "r", at: Self.at("b.md", 1, 1))
        let left = DiagnosticSet([shared, .error("late", rule: "r", at: Self.at("c.md", 1, 1))])
        let right = DiagnosticSet([.warning("early", rule: "r", at: Self.at("a.md", 1, 1)), shared])
        let sum = left + right
        #expect(Self.summary(sum) == [
            "a.md:1:1 warning r early",
            "b.md:1:1 error r dup",
            "c.md:1:1 error r late",
        ])
        #expect(sum == right + left)
    }

    @Test func severitiesOrderNoteWarningError() {
        #expect(Diagnostic.Severity.note < .warning)
        #expect(Diagnostic.Severity.warning < .error)
        #expect(!(Diagnostic.Severity.error < .note))
        #expect(Diagnostic.Severity.allCases.max() == .error)
        #expect(Diagnostic.Severity.allCases.map(\.rawValue) == ["note", "warning", "error"])
    }

    @Test func factoryMethodsSetSeverityAndFields() {
        let location = Self.at("p.md", 3, 4)
        let error = Diagnostic.error("m", rule: "r", at: location, fix: "f")
        #expect(error.severity == .error && error.message == "m" && error.rule == "r")
        #expect(error.location == location && error.fix == "f" && error.notes.isEmpty)
        #expect(Diagnostic.warning("m", rule: "r", at: nil).severity == .warning)
        #expect(Diagnostic.note("m", rule: "r", at: nil).severity == .note)
        #expect(Diagnostic.note("m", rule: "r", at: nil).fix == nil)
    }

}
