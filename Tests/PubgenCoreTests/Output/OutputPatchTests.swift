import Foundation
@testable import PubgenCore
import PubgenTestSupport
import Testing

/// `OutputPatch` either updates the output in place completely or leaves it, and the
/// staging folder, exactly as they were.
struct OutputPatchTests {
    private func previousOutput(in folder: TemporaryDirectory) throws {
        try folder.write("out/index.html", "old index")
        try folder.write("out/kept/index.html", "kept")
        try folder.write("out/gone/deep/index.html", "gone")
        try folder.write("out/\(OutputWriter.marker)", "old manifest")
    }

    /// A patch of `folder/out` from `folder/staging`, keeping what it replaces in `folder/backup`.
    private static func patch(in folder: TemporaryDirectory) -> OutputPatch {
        OutputPatch(output: folder.appending("out").path, staging: folder.appending("staging").path,
                    backup: folder.appending("backup").path)
    }

    private func leftovers(in folder: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("backup") }
    }

    /// Applies a patch that must fail, then checks that the output is file for file as
    /// it was and that no backup is left.
    private func expectUndone(
        in folder: TemporaryDirectory, files: [String], removing: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let output = DirectorySnapshot.files(in: folder.appending("out"))
        var patch = Self.patch(in: folder)
        #expect(throws: OutputPatch.Failure.self, sourceLocation: sourceLocation) {
            try patch.apply(files: files, removing: removing, manifest: Array("new manifest".utf8))
        }
        #expect(DirectorySnapshot.files(in: folder.appending("out")) == output, sourceLocation: sourceLocation)
        #expect(try leftovers(in: folder).isEmpty, sourceLocation: sourceLocation)
    }

    @Test func replacesAddsAndRemovesFilesThenWritesTheManifest() throws {
        let folder = try TemporaryDirectory("output-patch")
        try previousOutput(in: folder)
        try folder.write("staging/index.html", "new index")
        try folder.write("staging/new/page/index.html", "new page")
        var patch = Self.patch(in: folder)

        try patch.apply(files: ["index.html", "new/page/index.html"], removing: ["gone/deep/index.html"],
                        manifest: Array("new manifest".utf8))

        let files = DirectorySnapshot.files(in: folder.appending("out")).mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(files == [
            "index.html": "new index", "kept/index.html": "kept", "new/page/index.html": "new page",
            OutputWriter.marker: "new manifest",
        ])
        #expect(!FileManager.default.fileExists(atPath: folder.appending("out/gone").path), "emptied folders go too")
        #expect(try leftovers(in: folder).isEmpty)
    }

    @Test func aFailedStepPutsTheOutputAndTheStagingFolderBack() throws {
        let folder = try TemporaryDirectory("output-patch-failure")
        try previousOutput(in: folder)
        // `blocked` is a file in the output, so the new `blocked/index.html` cannot be
        // placed; by then `index.html` has been replaced and `new/` made.
        try folder.write("out/blocked", "a file where a folder is needed")
        try folder.write("staging/index.html", "new index")
        try folder.write("staging/new/index.html", "new page")
        try folder.write("staging/blocked/index.html", "blocked page")
        let staged = DirectorySnapshot.files(in: folder.appending("staging"))

        try expectUndone(in: folder, files: ["index.html", "new/index.html", "blocked/index.html"], removing: ["gone/deep/index.html"])

        #expect(!FileManager.default.fileExists(atPath: folder.appending("out/new").path), "made folders are removed")
        #expect(DirectorySnapshot.files(in: folder.appending("staging")) == staged)
    }

    @Test func aFailedRemovalRestoresWhatWasAlreadyRemoved() throws {
        let folder = try TemporaryDirectory("output-patch-removal")
        try previousOutput(in: folder)
        // `y` is a file, so removing `y/z` fails (not a folder) after `gone/deep/index.html`
        // and the folders it left empty were removed.
        try folder.write("out/y", "y")
        try folder.write("staging/index.html", "new index")

        try expectUndone(in: folder, files: ["index.html"], removing: ["gone/deep/index.html", "y/z"])

        #expect(FileManager.default.fileExists(atPath: folder.appending("staging/index.html").path))
    }

    /// On a file system that folds case or normalisation, removing `About/index.html`
    /// would take the `about/index.html` just placed: such a rebuild is not patched.
    @Test func aPathRemovedUnderAnotherCaseOrNormalisationClashes() {
        #expect(OutputPatch.clash(placing: ["about/index.html"], removing: ["About/index.html"]))
        #expect(OutputPatch.clash(placing: ["caf\u{E9}/index.html"], removing: ["cafe\u{301}/index.html"]))
        #expect(!OutputPatch.clash(placing: ["about/index.html"], removing: ["contact/index.html"]))
        #expect(!OutputPatch.clash(placing: ["about/index.html"], removing: []))
    }
}

