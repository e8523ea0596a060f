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

        @Argument(
            help: ArgumentHelp(
                "The folder of Markdown articles (default: content), and files in it to check.",
                discussion: """
                    Given files (as a pre-commit hook passes them), lint still reads the whole site, \
                    since links between articles are checked, but reports only those files' problems \
                    and the site's own (configuration, templates).
                    """,
                valueName: "content|file"),
            completion: .file())
        var paths: [String] = []

        /// The one folder among `paths`, else `content`.
        var content: String { paths.first(where: Self.isFolder) ?? "content" }
        /// The files among `paths`.
        var files: [String] { paths.filter { !Self.isFolder($0) } }

        static func isFolder(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }

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
            let folders = paths.filter(Self.isFolder)
            if Set(folders.map(CommandPaths.canonical)).count > 1 {
                throw ValidationError("give one content folder, not \(folders.count) ('\(folders.map(CommandPaths.display).joined(separator: "', '"))')")
            }
            // A missing path may be a mistyped folder or a file: say what either would be.
            if let missing = paths.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
                throw ValidationError("'\(missing)' does not exist (neither a content folder nor a file in one)")
            }
            if folders.isEmpty, let file = files.first, !FileManager.default.fileExists(atPath: content) {
                throw ValidationError("there is no folder 'content' here to find '\(file)' in; give its content folder first: pubgen lint FOLDER \(file)")
            }
            try CommandPaths.validateContent(content)
            let selection = LintSelection(files: files, contentDirectory: content)
            for file in files {
                guard selection.isInContent(file) else {
                    throw ValidationError("'\(file)' is not in the content folder '\(CommandPaths.display(content))'; give that folder too if it is not this one")
                }
            }
            if let config, !FileManager.default.fileExists(atPath: config) {
                throw ValidationError("configuration file '\(config)' does not exist")
            }
        }

        func run() async throws {
            let terminal = Terminal(options: global)
            let linter = Linter(
                contentDirectory: URL(fileURLWithPath: content), contentDisplayPath: CommandPaths.display(content),
                configurationFile: config.map { URL(fileURLWithPath: $0) })
            let selection = files.isEmpty ? nil : LintSelection(files: files, contentDirectory: content)
            func lint() async throws -> Linter.Report {
                let report = try await linter.lint()
                return selection?.narrow(report) ?? report
            }
            do {
                var report = try await lint()
                if fix {
                    var changes: [LintFixer.Change] = []
                    for file in report.files { changes += try LintFixer().fix(file) }
                    for change in changes { terminal.say("\(change.location): fixed: \(change.description)") }
                    if !changes.isEmpty { report = try await lint() }
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
