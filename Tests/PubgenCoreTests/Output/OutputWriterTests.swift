import Foundation
import PubgenCore
import PubgenTestSupport
import Testing

struct OutputWriterTests {
    let files = [OutputFile(path: "index.html", text: "new"), OutputFile(path: "a/index.html", text: "a")]

    func leftovers(in folder: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("pubgen-") }
    }

    @Test func writesANewFolderWithAMarker() throws {
        let folder = try TemporaryDirectory("out")
        try OutputWriter().commit(files, to: folder.appending("out"), displayPath: "out")
        let written = DirectorySnapshot.files(in: folder.appending("out"))
        #expect(Set(written.keys) == ["index.html", "a/index.html", ".pubgen-output"])
        #expect(try leftovers(in: folder).isEmpty)
    }

    @Test func replacesAPreviousOutputCompletely() throws {
        let folder = try TemporaryDirectory("out")
        let out = folder.appending("out")
        try OutputWriter().commit([OutputFile(path: "old.html", text: "old")] + files, to: out, displayPath: "out")
        try OutputWriter().commit(files, to: out, displayPath: "out")
        #expect(DirectorySnapshot.files(in: out)["old.html"] == nil)
        #expect(DirectorySnapshot.files(in: out)["index.html"] == Array("new".utf8))
        #expect(try leftovers(in: folder).isEmpty)
    }

    @Test func refusesToReplaceAFolderPubgenDidNotCreate() throws {
        let folder = try TemporaryDirectory("out")
        try folder.write("out/precious.txt", "keep me")
        #expect(throws: PubgenError.self) {
            try OutputWriter().commit(files, to: folder.appending("out"), displayPath: "out")
        }
        #expect(DirectorySnapshot.files(in: folder.appending("out")) == ["precious.txt": Array("keep me".utf8)])
    }

    @Test func aFailedWriteLeavesThePreviousOutputAndNoStaging() throws {
        let folder = try TemporaryDirectory("out")
        let out = folder.appending("out")
        try OutputWriter().commit(files, to: out, displayPath: "out")
        let before = DirectorySnapshot.files(in: out)
        // "x" as a file and as a folder cannot both exist: the write fails half-way.
        let conflicting = [OutputFile(path: "x", text: "file"), OutputFile(path: "x/index.html", text: "folder")]
        #expect(throws: PubgenError.self) {
            try OutputWriter().commit(conflicting, to: out, displayPath: "out")
        }
        #expect(DirectorySnapshot.files(in: out) == before)
        #expect(try leftovers(in: folder).isEmpty)
    }

    @Test(arguments: ["../escape.html", "/etc/passwd", "a/../../b", "a\\b", "a//b", ""])
    func refusesPathsThatLeaveTheOutput(_ path: String) throws {
        let folder = try TemporaryDirectory("out")
        #expect(throws: PubgenError.self) {
            try OutputWriter().commit([OutputFile(path: path, text: "x")], to: folder.appending("out"), displayPath: "out")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appending("out").path))
    }
}
