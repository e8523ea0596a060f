import ArgumentParser
import Foundation
import PubgenCore
import PubgenDiagnostics

extension PubgenCommand {
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site: a page per article, an index and an RSS feed.",
            discussion: """
                Reads pubgen.yml from the folder that holds CONTENT, if present. The output \
                folder is replaced atomically; a build with errors leaves it untouched.
                """
        )

        @Argument(help: "The folder of Markdown articles.", completion: .directory)
        var content = "content"

        @Argument(help: "The folder to write the site to (replaced on success).", completion: .directory)
        var output = "out"

        @Option(name: .customLong("base-url"), help: "The site's absolute URL, e.g. https://example.org/ (overrides base_url).")
        var baseURL: String?

        @Option(help: "A configuration file to use instead of pubgen.yml beside the content folder.", completion: .file())
        var config: String?

        @Option(help: "A folder of templates that override the built-in theme.", completion: .directory)
        var templates: String?

        @Flag(help: "Publish articles marked draft: true.")
        var drafts = false

        @Flag(help: "Publish articles dated in the future.")
        var future = false

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        @Flag(help: "Render everything, ignoring what the previous build in the output folder left to reuse.")
        var clean = false

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            try CommandPaths.validateContent(content)
            try CommandPaths.validateOutput(output, content: content)
            if let baseURL, case let .failure(problem) = BaseURL.normalized(baseURL, name: "--base-url") {
                throw ValidationError(problem.message)
            }
            if let config, !FileManager.default.fileExists(atPath: config) {
                throw ValidationError("configuration file '\(config)' does not exist")
            }
            if let templates { try CommandPaths.validateFolder(templates, role: "templates") }
        }

        func run() async throws {
            let terminal = Terminal(options: global)
            var options = BuildOptions()
            options.includeDrafts = drafts
            options.includeFuture = future
            options.strict = strict
            options.clean = clean
            options.templatesDirectory = templates.map { URL(fileURLWithPath: $0) }
            let progressLine = terminal.showsProgress ? ProgressLine(progress: BuildProgress()) : nil
            options.progress = progressLine?.progress
            let request = Publisher.Request(
                contentDirectory: URL(fileURLWithPath: content), contentDisplayPath: CommandPaths.display(content),
                outputDirectory: URL(fileURLWithPath: output), outputDisplayPath: CommandPaths.display(output),
                configurationFile: config.map { URL(fileURLWithPath: $0) }, baseURLOverride: baseURL, options: options)
            let started = ContinuousClock.now
            let report: Publisher.Report
            do {
                let build = { @Sendable in try await Interrupted.trapping { try await Publisher().build(request) } }
                if let line = progressLine {
                    report = try await line.while(build)
                } else {
                    report = try await build()
                }
            } catch let interrupted as Interrupted {
                terminal.fail("interrupted (\(interrupted.signal)); '\(CommandPaths.display(output))' was not changed")
                throw ExitCode(interrupted.exitCode)
            } catch let error as PubgenError {
                terminal.fail(error.description)
                // An output folder that cannot be used is a usage error, as one inside the
                // content folder is: no change to the articles fixes it.
                if case .unsafeOutput = error { throw ExitCode(EX_USAGE) }
                throw ExitCode.failure
            }
            let elapsed = ContinuousClock.now - started
            terminal.report(report.diagnostics)
            let counts = DiagnosticFormatter.summary(of: report.diagnostics, fileCount: report.fileCount)
            guard report.wroteOutput else {
                terminal.printError("Build failed: \(counts); '\(CommandPaths.display(output))' was not changed.")
                throw ExitCode.failure
            }
            terminal.say(BuildSummary.line(for: report, output: CommandPaths.display(output), elapsed: elapsed))
        }
    }
}

/// The closing line of a successful build.
enum BuildSummary {
    static func line(for report: Publisher.Report, output: String, elapsed: Duration) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var line = "Built \(DiagnosticFormatter.plural(report.articleCount, "article")) into \(output)/: "
            + "\(DiagnosticFormatter.plural(report.pageCount, "page")), \(DiagnosticFormatter.plural(report.feedCount, "feed")), "
            + "\(report.outputFileCount) files in \(String(format: "%.2f", seconds)) s"
        if report.reusedOutputCount > 0 { line += " (\(report.reusedOutputCount) unchanged)" }
        var left: [String] = []
        if let drafts = report.excluded[.draft] { left.append("\(DiagnosticFormatter.plural(drafts, "draft")) (--drafts)") }
        if let future = report.excluded[.future] { left.append("\(future) future-dated (--future)") }
        if !left.isEmpty { line += "; left out \(left.joined(separator: ", "))" }
        let warnings = report.diagnostics.count(of: .warning)
        if warnings > 0 { line += "; \(DiagnosticFormatter.plural(warnings, "warning"))" }
        return line + "."
    }
}
