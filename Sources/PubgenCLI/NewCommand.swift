import ArgumentParser
import Foundation
import PubgenCore
import PubgenDiagnostics

extension PubgenCommand {
    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a new article whose front matter already passes pubgen lint.",
            discussion: """
                Writes CONTENT/<slug>.md and prints its path. An archetypes/default.md at the site \
                root, if present, is the template (Mustache: title, titleQuoted, slug, date, author).
                """
        )

        @Argument(help: "The article's title (after --, if it starts with a dash: pubgen new -- \"-5 reasons\").")
        var title: String

        @Option(help: "The folder of Markdown articles.", completion: .directory)
        var content = "content"

        @Option(help: "The publication date, YYYY-MM-DD (default: today in the site's time zone).")
        var date: String?

        @Option(help: "The URL slug and file name (default: from the title).")
        var slug: String?

        @Flag(help: "Overwrite an existing file.")
        var force = false

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if ArticleScaffold.printableTitle(title).isEmpty { throw ValidationError("the title cannot be empty") }
            if let date, case .failure = PublicationDate.parse(date, zone: TimeZone(identifier: "UTC")!) {
                throw ValidationError("--date must be a real date written YYYY-MM-DD, not '\(date)'")
            }
            if let date, date.count != 10 { throw ValidationError("--date must be written YYYY-MM-DD, not '\(date)'") }
            if Slug.make(from: slug ?? ArticleScaffold.printableTitle(title)).isEmpty {
                throw ValidationError("cannot make a file name from '\(slug ?? ArticleScaffold.printableTitle(title))'; pass --slug with letters or digits (a-z, 0-9)")
            }
        }

        func run() async throws {
            let terminal = Terminal(options: global)
            let contentURL = URL(fileURLWithPath: content)
            let locations = SiteLocations(content: contentURL, contentDisplayPath: CommandPaths.display(content))
            // The configuration gives the date's time zone: a broken one (a misspelt zone)
            // would give a date a day off without a word.
            let (configuration, configurationDiagnostics) = locations.loadConfiguration(explicit: nil)
            let problems = DiagnosticSet(configurationDiagnostics)
            terminal.report(problems)
            if problems.hasErrors { throw ExitCode.failure }
            let author = configuration.author.isEmpty ? GitIdentity.userName() ?? "" : configuration.author
            let scaffold = ArticleScaffold(
                title: ArticleScaffold.printableTitle(title), slug: slug,
                date: date ?? ArticleScaffold.today(in: configuration.timeZone), author: author)
            let archetypeURL = locations.root.appendingPathComponent("archetypes/default.md")
            let archetypePath = ContentScanner.join(locations.rootDisplayPath, "archetypes/default.md")
            let text: String
            do {
                text = try scaffold.text(archetype: FileManager.default.contents(atPath: archetypeURL.path).map { String(decoding: $0, as: UTF8.self) })
            } catch let error as ArticleScaffold.ArchetypeError {
                terminal.report(DiagnosticSet([.error(
                    error.message, rule: "archetype.syntax",
                    at: SourceLocation(path: archetypePath, line: error.line, column: error.column))]))
                throw ExitCode.failure
            }
            let file = contentURL.appendingPathComponent(scaffold.fileName)
            let displayPath = ContentScanner.join(CommandPaths.display(content), scaffold.fileName)
            if FileManager.default.fileExists(atPath: file.path), !force {
                terminal.fail("'\(displayPath)' already exists; pass --force to overwrite it")
                throw ExitCode.failure
            }
            // Another file's page at the same URL, or a folder pubgen's own pages use,
            // makes a site lint and serve reject.
            let paths = ArticlePaths(configuration: configuration)
            if let source = paths.load(text, relativePath: scaffold.fileName, filePath: file.path) {
                if let reserved = SiteChecks.reservedSlugs(in: [source]).first {
                    terminal.fail("'\(displayPath)': \(reserved.message) (pass --slug)")
                    throw ExitCode.failure
                }
                if FileManager.default.fileExists(atPath: contentURL.path),
                   let other = try await paths.claimed(in: contentURL, displayPath: CommandPaths.display(content))[ArticlePaths.pageFile(source.path)],
                   other != displayPath {
                    terminal.fail("'\(displayPath)' would be published at \(source.path)/, which '\(other)' already is; pass --slug to choose another")
                    throw ExitCode.failure
                }
            }
            do {
                try FileManager.default.createDirectory(at: contentURL, withIntermediateDirectories: true)
                try AtomicFile.write(Array(text.utf8), to: file, displayPath: displayPath, replacing: force)
            } catch let error as PubgenError {
                terminal.fail(error.description)
                throw ExitCode.failure
            } catch {
                terminal.fail("cannot create '\(CommandPaths.display(content))': \(error.localizedDescription)")
                throw ExitCode.failure
            }
            print(displayPath)
        }
    }
}

/// `git config user.name`, for the author of a new article.
enum GitIdentity {
    static func userName() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "config", "user.name"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let name = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return name.isEmpty ? nil : name
    }
}
