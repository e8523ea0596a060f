import Foundation
import PubgenCore
import PubgenTestSupport
import Testing

struct OutputWriterTests {
    let files = [OutputFile(path: "index.html", text: "new"), OutputFile(path: "a/index.html", text: "a")]

    /// The way a build writes: begin, folders, files, commit (discard on failure).
    func commit(_ files: [OutputFile], to output: URL) throws {
        let staging = try OutputWriter().begin(output, displayPath: "out")
        do {
            try staging.prepareFolders(for: files.map(\.path))
            for file in files { try staging.write(file) }
        } catch {
            staging.discard()
            throw error
        }
        try staging.commit()
    }

    func leftovers(in folder: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("pubgen-") }
    }

    @Test func writesANewFolderWithAMarker() throws {
        let folder = try TemporaryDirectory("out")
        try commit(files, to: folder.appending("out"))
        let written = DirectorySnapshot.files(in: folder.appending("out"))
        #expect(Set(written.keys) == ["index.html", "a/index.html", ".pubgen-output"])
        #expect(try leftovers(in: folder).isEmpty)
    }

    /// A page in parts (`PageParts`) is written as its parts spliced, whichever are
    /// empty, large or small.
    @Test func writesAPageInPartsAsOneFile() throws {
        let folder = try TemporaryDirectory("out")
        let large = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 % 251) }
        let pages: [(String, PageParts)] = [
            ("all.html", PageParts(before: Array("<head>".utf8), body: large, after: Array("</html>".utf8))),
            ("no-body.html", PageParts(before: Array("<p>".utf8), body: [], after: Array("</p>".utf8))),
            ("body-only.html", PageParts(before: [], body: large, after: [])),
            ("empty.html", PageParts(before: [])),
        ]
        try commit(pages.map { OutputFile(path: $0.0, page: $0.1) }, to: folder.appending("out"))
        let written = DirectorySnapshot.files(in: folder.appending("out"))
        for (path, page) in pages {
            #expect(written[path] == page.before + page.body + page.after, "\(path)")
        }
    }

    @Test func replacesAPreviousOutputCompletely() throws {
        let folder = try TemporaryDirectory("out")
        let out = folder.appending("out")
        try commit([OutputFile(path: "old.html", text: "old")] + files, to: out)
        try commit(files, to: out)
        #expect(DirectorySnapshot.files(in: out)["old.html"] == nil)
        #expect(DirectorySnapshot.files(in: out)["index.html"] == Array("new".utf8))
        #expect(try leftovers(in: folder).isEmpty)
    }

    @Test func refusesToReplaceAFolderPubgenDidNotCreate() throws {
        let folder = try TemporaryDirectory("out")
        try folder.write("out/precious.txt", "keep me")
        #expect(throws: PubgenError.self) {
            try commit(files, to: folder.appending("out"))
        }
        #expect(DirectorySnapshot.files(in: folder.appending("out")) == ["precious.txt": Array("keep me".utf8)])
    }

    @Test func aFailedWriteLeavesThePreviousOutputAndNoStaging() throws {
        let folder = try TemporaryDirectory("out")
        let out = folder.appending("out")
        try commit(files, to: out)
        let before = DirectorySnapshot.files(in: out)
        // "x" as a file and as a folder cannot both exist: the write fails half-way.
        let conflicting = [OutputFile(path: "x", text: "file"), OutputFile(path: "x/index.html", text: "folder")]
        #expect(throws: PubgenError.self) {
            try commit(conflicting, to: out)
        }
        #expect(DirectorySnapshot.files(in: out) == before)
        #expect(try leftovers(in: folder).isEmpty)
    }

    /// A failed first build into `new/deep/out` left `new/deep` behind: outside the output.
    @Test func aDiscardedFirstBuildLeavesNoParentFoldersItMade() throws {
        let folder = try TemporaryDirectory("out")
        try FileManager.default.createDirectory(at: folder.appending("kept"), withIntermediateDirectories: true)
        let staging = try OutputWriter().begin(folder.appending("new/deep/out"), displayPath: "new/deep/out")
        try staging.prepareFolders(for: ["a/index.html"])
        try staging.write(OutputFile(path: "a/index.html", text: "a"))
        staging.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["kept"])
        let kept = try OutputWriter().begin(folder.appending("kept/out"), displayPath: "kept/out")
        kept.discard()
        #expect(FileManager.default.fileExists(atPath: folder.appending("kept").path), "a folder that was there stays")
    }

    /// The swap put a new folder in the old one's place, with a new folder's mode: a
    /// group-writable, setgid output set up for a web server lost both.
    @Test func theOutputKeepsItsPermissionsAcrossBuilds() throws {
        let folder = try TemporaryDirectory("out")
        let output = folder.appending("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        #expect(chmod(output.path, 0o2770) == 0)
        try commit(files, to: output)
        try commit(files, to: output)
        let mode = try #require(FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int)
        var status = stat()
        #expect(stat(output.path, &status) == 0)
        #expect(status.st_mode & 0o7777 == 0o2770, "mode \(String(mode, radix: 8))")
    }

    /// The pages themselves join the output's group (setgid), not only its folder:
    /// the staging folder takes the group from the start. (Giving a folder another
    /// group needs root or membership: checked as root, as CI runs.)
    @Test(.enabled(if: getuid() == 0)) func stagedFilesJoinTheOutputsGroup() throws {
        let folder = try TemporaryDirectory("out")
        let output = folder.appending("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        #expect(chown(output.path, uid_t.max, 1) == 0)
        #expect(chmod(output.path, 0o2775) == 0)
        try commit(files, to: output)
        var page = stat()
        #expect(stat(output.appendingPathComponent("a/index.html").path, &page) == 0)
        #expect(page.st_gid == 1)
    }

    @Test func reusedFilesAreHardLinkedFromThePreviousOutput() throws {
        let folder = try TemporaryDirectory("out")
        let out = folder.appending("out")
        try commit(files, to: out)
        let staging = try OutputWriter().begin(out, displayPath: "out")
        try staging.prepareFolders(for: ["a/index.html"])
        try staging.link(previousOutput: out.path, "a/index.html")
        try staging.commit(manifest: Array("{}\n".utf8))
        #expect(DirectorySnapshot.files(in: out) == ["a/index.html": Array("a".utf8), ".pubgen-output": Array("{}\n".utf8)])
    }

    @Test func stagingFoldersNoBuildHoldsAreRemovedAndHeldOnesKept() throws {
        let folder = try TemporaryDirectory("out")
        let dead = try folder.write(".out.pubgen-staging-dead/x", "x").deletingLastPathComponent()
        let leftover = try folder.write(".out.pubgen-old-dead/x", "x").deletingLastPathComponent()
        let live = try folder.write(".out.pubgen-staging-live/x", "x").deletingLastPathComponent()
        // What a running build holds on its staging folder (a killed one's lock is gone).
        let descriptor = open(live.path, O_RDONLY | O_DIRECTORY)
        #expect(flock(descriptor, LOCK_EX) == 0)
        defer { close(descriptor) }
        try commit(files, to: folder.appending("out"))
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
    }

    @Test func aSymbolicLinkAsOutputIsRefused() throws {
        let folder = try TemporaryDirectory("out")
        try FileManager.default.createDirectory(at: folder.appending("real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.appending("out"), withDestinationURL: folder.appending("real"))
        #expect(throws: PubgenError.unsafeOutput(path: "out", reason: "it is a symbolic link; give the real folder")) {
            try commit(files, to: folder.appending("out"))
        }
    }

    @Test(arguments: ["../escape.html", "/etc/passwd", "a/../../b", "a\\b", "a//b", ""])
    func refusesPathsThatLeaveTheOutput(_ path: String) throws {
        let folder = try TemporaryDirectory("out")
        #expect(throws: PubgenError.self) {
            try commit([OutputFile(path: path, text: "x")], to: folder.appending("out"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appending("out").path))
    }

    @Test(arguments: [
        ("index.html", true), ("a/b/c.html", true), ("...", true), ("a/.../b", true), (".well-known/x", true),
        ("a..b/c", true), ("é/.\u{301}", true), ("", false), ("/a", false), ("a/", false), ("a//b", false),
        (".", false), ("..", false), ("a/./b", false), ("a/../b", false), ("a/..", false), ("./a", false),
        ("a\\b", false), ("a\u{0}b", false),
    ])
    func containedPaths(_ path: String, _ contained: Bool) {
        #expect(OutputFile(path: path, bytes: []).isContained == contained)
    }
}

