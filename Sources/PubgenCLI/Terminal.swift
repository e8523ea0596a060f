import Foundation
import PubgenDiagnostics

/// Where the CLI's words go: diagnostics and failures to stderr, results to stdout.
struct Terminal: Sendable {
    var colored: Bool
    var quiet: Bool

    init(options: GlobalOptions) {
        switch options.color {
        case .always: colored = true
        case .never: colored = false
        case .auto:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            colored = !noColor && isatty(STDERR_FILENO) == 1
        }
        quiet = options.quiet
    }

    func report(_ diagnostics: DiagnosticSet, style: DiagnosticFormatter.Style = .text) {
        let formatter = DiagnosticFormatter(style: style, colored: colored && style == .text)
        let text = formatter.format(diagnostics)
        if !text.isEmpty { printError(text, terminator: "") }
    }

    /// Whether a build shows an updating progress line: on a terminal, not with `--quiet`.
    var showsProgress: Bool { !quiet && isatty(STDOUT_FILENO) == 1 }

    /// A result line for stdout, unless `--quiet`.
    func say(_ line: String) {
        guard !quiet else { return }
        print(line)
    }

    func printError(_ text: String, terminator: String = "\n") {
        FileHandle.standardError.write(Data((text + terminator).utf8))
    }

    /// An operational failure, compiler-style.
    func fail(_ message: String) {
        let label = colored ? "\u{1B}[1;31merror\u{1B}[0m" : "error"
        printError("\(label): \(message)")
    }
}
