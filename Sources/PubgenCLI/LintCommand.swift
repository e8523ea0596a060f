import ArgumentParser
import Foundation
import PubgenCore
import PubgenDiagnostics

extension DiagnosticFormatter.Style: ExpressibleByArgument {}

extension PubgenCommand {
    struct Lint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check articles without building: front matter, links, anchors, images, encoding and more.",
            discussion: """
                Exit status: 0 when clean, 1 when an error is found (or a warning, with --strict), \
                64 on usage errors. Rules can be turned off or given another severity in pubgen.yml \
                (lint: { disable: [...], warn: [...], error: [...] }).
                """
        )

        @Argument(help: "The folder of Markdown articles.", completion: .directory)
        var content = "content"

        @Option(help: "Output format: text, json or github (GitHub Actions annotations).")
        var format: DiagnosticFormatter.Style = .text

        @Flag(name: [.short, .long], help: "Treat warnings as errors.")
        var strict = false

        @Flag(help: "Repair what can be repaired safely (invalid single quotes, mojibake), in place.")
        var fix = false

        @Option(help: "A configuration file to use instead of pubgen.yml beside the content folder.", completion: .file())
        var config: String?

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            try CommandPaths.validateContent(content)
            if let config, !FileManager.default.fileExists(atPath: config) {
                throw ValidationError("configuration file '\(config)' does not exist")
            }
        }

        func run() async throws {
            let terminal = Terminal(options: global)
            let linter = Linter(
                contentDirectory: URL(fileURLWithPath: content), contentDisplayPath: CommandPaths.display(content),
                configurationFile: config.map { URL(fileURLWithPath: $0) })
            do {
                var report = try await linter.lint()
                if fix {
                    var changes: [LintFixer.Change] = []
                    for file in report.files { changes += try LintFixer().fix(file) }
                    for change in changes { terminal.say("\(change.location): fixed: \(change.description)") }
                    if !changes.isEmpty { report = try await linter.lint() }
                }
                try finish(report, terminal: terminal)
            } catch let error as PubgenError {
                terminal.fail(error.description)
                throw ExitCode.failure
            }
        }

        private func finish(_ report: Linter.Report, terminal: Terminal) throws {
            let diagnostics = strict ? report.diagnostics.escalatingWarnings() : report.diagnostics
            switch format {
            case .text:
                terminal.report(diagnostics)
                if !global.quiet || diagnostics.hasErrors {
                    terminal.printError(DiagnosticFormatter.summary(of: diagnostics, fileCount: report.fileCount))
                }
            case .json, .github:
                print(DiagnosticFormatter(style: format).format(diagnostics), terminator: "")
            }
            if diagnostics.hasErrors { throw ExitCode.failure }
        }
    }
}
