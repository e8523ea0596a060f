import Foundation
@testable import PubgenCore
import PubgenTestSupport
import Testing

struct TreeRemovalTests {
    @Test func removesEveryFileAndFolderButNothingALinkPointsTo() throws {
        let folder = try TemporaryDirectory("tree-removal")
        for index in 0..<30 {
            try folder.write("tree/a\(index)/b/c/index.html", "page \(index)")
            try folder.write("tree/a\(index)/feed.xml", "feed")
        }
        try folder.write("tree/top.html", "top")
        try folder.write("outside/keep.txt", "keep")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appending("tree/a0/link").path, withDestinationPath: folder.appending("outside").path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appending("tree/file-link").path, withDestinationPath: folder.appending("outside/keep.txt").path)
        // A name that is not UTF-8 is removed too.
        let bytes: [CChar] = Array(folder.appending("tree/a1").path.utf8CString.dropLast()) + [47, 0x63, 0x61, 0x66, -23, 0]
        let descriptor = open(bytes, O_WRONLY | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        close(descriptor)

        TreeRemoval.remove(folder.appending("tree").path)

        #expect(!FileManager.default.fileExists(atPath: folder.appending("tree").path))
        #expect(try String(contentsOf: folder.appending("outside/keep.txt"), encoding: .utf8) == "keep")
    }

    @Test func aMissingPathIsNoError() throws {
        let folder = try TemporaryDirectory("tree-removal-missing")
        TreeRemoval.remove(folder.appending("nothing-here").path)
        #expect(FileManager.default.fileExists(atPath: folder.url.path))
    }
}
