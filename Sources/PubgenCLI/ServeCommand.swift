import ArgumentParser
import Foundation
import PubgenCore
import PubgenDiagnostics
import PubgenServe
import Synchronization

extension PubgenCommand {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Preview the site: build it, serve it on 127.0.0.1, rebuild on changes and reload open tabs.",
            discussion: """
                Drafts and future-dated articles are included unless --no-drafts. The site is built \
                into a private temporary folder (removed on exit) unless --output is given. A failed \
                rebuild keeps the last good site up and shows the errors over every page. Exit status: \
                0 after Ctrl-C, 1 when the port cannot be used, 64 on usage errors.
                """
        )

        @Argument(help: "The folder of Markdown articles.", completion: .directory)
        var content = "content"

        @Option(help: "The port to listen on.")
        var port = 4000

        @Option(help: "The address to listen on; anything but a loopback address exposes the preview, drafts included.")
        var bind = "127.0.0.1"

        @Option(help: "Build into this folder (kept on exit) instead of a temporary one.", completion: .directory)
        var output: String?

        @Option(help: "A configuration file to use instead of pubgen.yml beside the content folder.", completion: .file())
        var config: String?

        @Option(help: "A folder of templates that override the built-in theme.", completion: .directory)
        var templates: String?

        @Flag(name: .customLong("no-drafts"), help: "Leave out drafts and future-dated articles, as pubgen build does.")
        var noDrafts = false

        @Flag(help: "Watch for changes by polling instead of inotify (for network and container file systems).")
        var poll = false

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            try CommandPaths.validateContent(content)
            guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
            guard !bind.isEmpty else { throw ValidationError("--bind needs an address, like 127.0.0.1") }
            if let output { try CommandPaths.validateOutput(output, content: content) }
            if let config, !FileManager.default.fileExists(atPath: config) {
                throw ValidationError("configuration file '\(config)' does not exist")
            }
            if let templates { try CommandPaths.validateFolder(templates, role: "templates") }
        }

        func run() async throws {
            let terminal = Terminal(options: global)
            if !Self.isLoopback(bind) {
                terminal.printError(
                    "warning: listening on \(bind): anyone who can reach this machine can read the preview, drafts included")
            }
            let (outputURL, privateFolder) = try outputFolder(terminal)
            if let output {
                // Every rebuild would refuse it: no edit to the content can fix that.
                do {
                    try OutputWriter().checkUsable(outputURL, displayPath: CommandPaths.display(output))
                } catch let error as PubgenError {
                    terminal.fail(error.description)
                    throw ExitCode(EX_USAGE)
                }
            }
            defer { if let privateFolder { try? FileManager.default.removeItem(at: privateFolder) } }
            let url = PreviewServer.url(host: bind, port: port)
            var configuration = PreviewServer.Configuration(
                host: bind, port: port, request: request(output: outputURL, baseURL: url), watched: watchedPaths())
            configuration.polling = poll
            let server = PreviewServer(configuration)
            let reporter = ServeReport(terminal: terminal, content: CommandPaths.display(content), url: url)
            do {
                try await server.run { event in reporter.print(event) }
            } catch let failure as PreviewServer.Failure {
                terminal.fail(failure.description)
                throw ExitCode.failure
            }
            terminal.say("Stopped.")
        }

        /// Whether only this machine can reach the address (127.0.0.0/8, ::1, localhost).
        static func isLoopback(_ host: String) -> Bool {
            ["localhost", "::1", "[::1]"].contains(host.lowercased())
                || (host.hasPrefix("127.") && host.split(separator: ".").count == 4)
        }

        /// `--output`, else a new folder under the system's temporary folder (returned
        /// second, to be removed on exit).
        private func outputFolder(_ terminal: Terminal) throws -> (URL, URL?) {
            if let output { return (URL(fileURLWithPath: output), nil) }
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("pubgen-serve-\(ProcessInfo.processInfo.processIdentifier)")
            do {
                try? FileManager.default.removeItem(at: folder)
                // Drafts are previewed here: only this user may read them (0700).
                try FileManager.default.createDirectory(
                    at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                terminal.fail("cannot create a folder for the preview in '\(folder.path)': \(error.localizedDescription)")
                throw ExitCode.failure
            }
            return (folder.appendingPathComponent("site"), folder)
        }

        private func request(output: URL, baseURL: String) -> Publisher.Request {
            var options = BuildOptions()
            options.includeDrafts = !noDrafts
            options.includeFuture = !noDrafts
            options.templatesDirectory = templates.map { URL(fileURLWithPath: $0) }
            return Publisher.Request(
                contentDirectory: URL(fileURLWithPath: content), contentDisplayPath: CommandPaths.display(content),
                outputDirectory: output, outputDisplayPath: output.path,
                configurationFile: config.map { URL(fileURLWithPath: $0) }, baseURLOverride: baseURL, options: options)
        }

        /// The content folder, `templates/` (or the theme in use), `static/` and the configuration.
        private func watchedPaths() -> [WatchTarget] {
            let contentURL = URL(fileURLWithPath: content)
            let locations = SiteLocations(content: contentURL, contentDisplayPath: CommandPaths.display(content))
            let configURL = config.map { URL(fileURLWithPath: $0) }
            var targets: [WatchTarget] = [
                .tree(contentURL), .tree(locations.root.appendingPathComponent("templates")), .tree(locations.staticDirectory),
                .file(configURL ?? locations.configurationFile),
            ]
            let (configuration, _) = locations.loadConfiguration(explicit: configURL)
            let theme = locations.theme(option: templates.map { URL(fileURLWithPath: $0) }, configured: configuration.theme)
            if let directory = theme.directory, !targets.contains(.tree(directory)) { targets.append(.tree(directory)) }
            return targets
        }
    }
}

/// The lines `pubgen serve` prints as it builds. Diagnostics are printed when they
/// differ from the previous build's, so one warning is not repeated on every save.
final class ServeReport: Sendable {
    let terminal: Terminal
    let content: String
    let url: String
    private let shown = Mutex<DiagnosticSet?>(nil)

    init(terminal: Terminal, content: String, url: String) {
        self.terminal = terminal
        self.content = content
        self.url = url
    }

    func print(_ event: PreviewEvent) {
        switch event {
        case .listening:
            break
        case let .built(report, elapsed, changes):
            show(report.diagnostics)
            let counts = "\(DiagnosticFormatter.plural(report.articleCount, "article")), "
                + "\(DiagnosticFormatter.plural(report.outputFileCount, "file")) in \(Self.milliseconds(elapsed)) ms"
            let reused = report.reusedOutputCount > 0 ? " (\(report.reusedOutputCount) unchanged)" : ""
            if changes.isEmpty {
                terminal.say("Built \(counts)\(reused).")
                terminal.say("Serving \(content) at \(url) (Ctrl-C to stop)")
            } else {
                terminal.say("Rebuilt after \(Self.describe(changes)): \(counts)\(reused).")
            }
        case let .failed(report, error, changes):
            if let report { show(report.diagnostics) }
            if let error { terminal.fail(error) }
            let summary = report.map { DiagnosticFormatter.summary(of: $0.diagnostics, fileCount: $0.fileCount) } ?? "the build stopped"
            if changes.isEmpty {
                terminal.printError("Build failed: \(summary); pages show the errors until they are fixed.")
                terminal.say("Serving \(content) at \(url) (Ctrl-C to stop)")
            } else {
                terminal.printError("Rebuild after \(Self.describe(changes)) failed: \(summary); still serving the last good site.")
            }
        }
        fflush(nil)  // stdout is a pipe under tests and tools: show each line as it happens
    }

    private func show(_ diagnostics: DiagnosticSet) {
        let changed = shown.withLock { previous in
            defer { previous = diagnostics }
            return previous != diagnostics
        }
        if changed { terminal.report(diagnostics) }
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }

    /// `content/a.md`, or `content/a.md and 3 more`, relative to the working folder; a
    /// file that still exists is named first (editors' temporary files come and go).
    static func describe(_ changes: [String]) -> String {
        let folder = FileManager.default.currentDirectoryPath + "/"
        let named = changes.first { FileManager.default.fileExists(atPath: $0) } ?? changes[0]
        let first = named.hasPrefix(folder) ? String(named.dropFirst(folder.count)) : named
        return changes.count == 1 ? first : "\(first) and \(changes.count - 1) more"
    }
}
