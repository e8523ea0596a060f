/// Thrown when a stage must stop because of diagnostics it already reported.
package struct DiagnosticsError: Error, Sendable {
    package var diagnostics: DiagnosticSet

    package init(_ diagnostics: DiagnosticSet) {
        self.diagnostics = diagnostics
    }
}
