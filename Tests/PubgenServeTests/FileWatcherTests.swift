import Foundation
import PubgenServe
import PubgenTestSupport
import Testing

/// Both watchers see edits, new files in new folders, and the configuration file being replaced.
struct FileWatcherTests {
    @Test(arguments: [false, true])
    func seesEditsNewFoldersAndReplacedFiles(polling: Bool) async throws {
        let folder = try TemporaryDirectory("watch")
        try folder.write("content/a.md", "a")
        try folder.write("pubgen.yml", "title: A")
        try folder.write("other.txt", "not watched")
        let (collected, stop) = try await Collected.watching(
            [.tree(folder.appending("content")), .file(folder.appending("pubgen.yml")), .tree(folder.appending("static"))],
            polling: polling)
        defer { stop() }

        try folder.write("content/a.md", "edited")
        try await collected.wait(for: folder.appending("content/a.md").path)
        try folder.write("content/new/deeper/b.md", "b")
        try await collected.wait(for: folder.appending("content/new/deeper/b.md").path)
        try Data("title: B".utf8).write(to: folder.appending("pubgen.yml"), options: .atomic)
        try await collected.wait(for: folder.appending("pubgen.yml").path)
        try folder.write("static/site.css", "body{}")
        try await collected.wait(for: { $0.hasPrefix(folder.appending("static").path) })
        try folder.write("other.txt", "still not watched")
        try await Task.sleep(for: .milliseconds(300))
        #expect(await !collected.paths.contains(folder.appending("other.txt").path))
    }

    /// A folder that arrives whole (moved in, or made by `mkdir -p` faster than a watch
    /// can be added) is reported with every file already in it: no event will name them.
    @Test(arguments: [false, true])
    func reportsTheFilesOfAFolderMovedIn(polling: Bool) async throws {
        let folder = try TemporaryDirectory("watch-move")
        try folder.write("content/a.md", "a")
        try folder.write("elsewhere/new/deeper/b.md", "b")
        try folder.write("elsewhere/new/.obsidian/workspace.json", "{}")
        try folder.write("elsewhere/new/b.md~", "backup")
        let (collected, stop) = try await Collected.watching([.tree(folder.appending("content"))], polling: polling)
        defer { stop() }

        try FileManager.default.moveItem(at: folder.appending("elsewhere/new"), to: folder.appending("content/new"))
        try await collected.wait(for: folder.appending("content/new/deeper/b.md").path)
        // Hidden folders and editors' scratch files in it are not (the scan that found
        // b.md would have found them too).
        #expect(await !collected.paths.contains { $0.contains("/.obsidian") || $0.hasSuffix("~") })
        // The folder moved in is watched like the others.
        try folder.write("content/new/deeper/c.md", "c")
        try await collected.wait(for: folder.appending("content/new/deeper/c.md").path)
    }

    /// `content -> elsewhere/articles`: the link given as a target is followed.
    @Test(arguments: [false, true])
    func followsATargetThatIsASymbolicLink(polling: Bool) async throws {
        let folder = try TemporaryDirectory("watch-link")
        try folder.write("elsewhere/articles/a.md", "a")
        try FileManager.default.createDirectory(at: folder.appending("site"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appending("site/content").path, withDestinationPath: folder.appending("elsewhere/articles").path)
        let (collected, stop) = try await Collected.watching([.tree(folder.appending("site/content"))], polling: polling)
        defer { stop() }
        try folder.write("elsewhere/articles/a.md", "edited")
        try await collected.wait(for: { $0.hasSuffix("/a.md") })
    }
}

private actor Collected {
    var paths: [String] = []

    /// Starts a watcher (polling every 50 ms) and collects what it reports, once it has
    /// had time to take its first look; `stop` ends both.
    static func watching(_ targets: [WatchTarget], polling: Bool) async throws -> (Collected, stop: @Sendable () -> Void) {
        let watcher = FileWatchers.make(targets, polling: polling, interval: .milliseconds(50))
        let collected = Collected()
        let reader = Task { for await path in watcher.changes { await collected.add(path) } }
        try await Task.sleep(for: .milliseconds(200))
        return (collected, {
            watcher.stop()
            reader.cancel()
        })
    }

    func add(_ path: String) { paths.append(path) }

    func wait(for path: String) async throws {
        try await wait(for: { $0 == path })
    }

    func wait(for match: (String) -> Bool, timeout: Duration = .seconds(10)) async throws {
        let deadline = ContinuousClock.now + timeout
        while !paths.contains(where: match) {
            guard ContinuousClock.now < deadline else {
                Issue.record("no matching change among \(paths)")
                return
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
