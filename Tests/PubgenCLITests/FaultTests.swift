import Foundation
import PubgenTestSupport
import Testing

/// Faults around the output: a read-only or full file system, and a build killed while
/// writing. Each time the previous `out/` stays whole, the next build succeeds and no
/// staging folder is left behind for good.
///
/// The file-system faults need a real mount (a small tmpfs), so they run as root
/// only, as CI does; the kill test runs everywhere.
@Suite(.serialized) struct FaultTests {
    /// A small tmpfs holding a copy of the example site (articles and static files) and its built `out/`; unmounted by `unmount()`.
    final class SmallDisk {
        let folder: TemporaryDirectory
        var mountPoint: URL { folder.appending("disk") }

        init(size: String) throws {
            folder = try TemporaryDirectory("fault")
            try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
            try Self.run("/bin/mount", "-t", "tmpfs", "-o", "size=\(size)", "tmpfs", mountPoint.path)
            try FileManager.default.copyItem(at: Fixtures.url("site/content"), to: mountPoint.appendingPathComponent("content"))
            // The articles' root-relative images (`/images/…`) are in the static folder beside.
            try FileManager.default.copyItem(at: Fixtures.url("site/static"), to: mountPoint.appendingPathComponent("static"))
        }

        func remount(_ mode: String) throws { try Self.run("/bin/mount", "-o", "remount,\(mode)", mountPoint.path) }

        func unmount() { try? Self.run("/bin/umount", "-l", mountPoint.path) }

        static func run(_ tool: String, _ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = arguments
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        }

        /// Whether this process may mount a tmpfs (root, with the capability to mount).
        static let isAvailable: Bool = {
            guard geteuid() == 0, let disk = try? SmallDisk(size: "64k") else { return false }
            disk.unmount()
            return true
        }()
    }

    static func build(in folder: URL) throws -> PubgenProcess.Outcome {
        try PubgenProcess.run(["build", "-q", "--base-url", "https://example.org/", "content", "out"], in: folder, timeout: 120)
    }

    /// Staging or old folders beside `out/`.
    static func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".pubgen-staging-") || $0.contains(".pubgen-old-") }
    }

    @Test(.enabled(if: SmallDisk.isAvailable, "needs root to mount a tmpfs"))
    func aReadOnlyFileSystemFailsClearlyAndKeepsTheOutput() throws {
        let disk = try SmallDisk(size: "8m")
        defer { disk.unmount() }
        #expect(try Self.build(in: disk.mountPoint).status == 0)
        let before = DirectorySnapshot.files(in: disk.mountPoint.appendingPathComponent("out"))
        try disk.remount("ro")
        let failed = try Self.build(in: disk.mountPoint)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("Read-only file system"), "\(failed.stderr)")
        #expect(failed.stderr.contains("out"), "the error names the output: \(failed.stderr)")
        #expect(DirectorySnapshot.files(in: disk.mountPoint.appendingPathComponent("out")) == before)
        try disk.remount("rw")
        #expect(try Self.build(in: disk.mountPoint).status == 0)
        #expect(try Self.leftovers(in: disk.mountPoint).isEmpty)
    }

    @Test(.enabled(if: SmallDisk.isAvailable, "needs root to mount a tmpfs"))
    func aFullDiskFailsClearlyKeepsTheOutputAndLeavesNoStaging() throws {
        let disk = try SmallDisk(size: "3m")
        defer { disk.unmount() }
        #expect(try Self.build(in: disk.mountPoint).status == 0)
        let out = disk.mountPoint.appendingPathComponent("out")
        let before = DirectorySnapshot.files(in: out)
        // An article whose page and feed entries cannot fit in what is left.
        let paragraph = String(repeating: "A sentence that fills the disk. ", count: 40) + "\n\n"
        let big = "---\ntitle: Big\npublish_date: 2025-06-01\n---\n\n" + String(repeating: paragraph, count: 1_200)
        let bigFile = disk.mountPoint.appendingPathComponent("content/big.md")
        do {
            try Data(big.utf8).write(to: bigFile)
        } catch {
            Issue.record("the article itself should fit: \(error)")
            return
        }
        let failed = try Self.build(in: disk.mountPoint)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("No space left on device"), "\(failed.stderr)")
        #expect(DirectorySnapshot.files(in: out) == before, "the previous output is whole")
        #expect(try Self.leftovers(in: disk.mountPoint).isEmpty, "the failed build removed its staging folder")
        try FileManager.default.removeItem(at: bigFile)
        #expect(try Self.build(in: disk.mountPoint).status == 0)
        #expect(DirectorySnapshot.files(in: out) == before)
    }

    @Test(.enabled(if: SmallDisk.isAvailable, "needs root to mount a tmpfs"))
    func lintFixOnAReadOnlyOrFullDiskLeavesTheFileAsItWas() throws {
        let disk = try SmallDisk(size: "1m")
        defer { disk.unmount() }
        let article = disk.mountPoint.appendingPathComponent("content/why-we-still-write-shell-scripts.md")
        let original = try Data(contentsOf: article)
        try disk.remount("ro")
        let readOnly = try PubgenProcess.run(["lint", "--fix", "content"], in: disk.mountPoint, timeout: 120)
        #expect(readOnly.status == 1)
        #expect(readOnly.stderr.contains("Read-only file system"), "\(readOnly.stderr)")
        #expect(try Data(contentsOf: article) == original)
        try disk.remount("rw")
        // Fill the disk so the fixed copy cannot be written beside the original.
        let filler = disk.mountPoint.appendingPathComponent("filler")
        FileManager.default.createFile(atPath: filler.path, contents: nil)
        let handle = try FileHandle(forWritingTo: filler)
        while (try? handle.write(contentsOf: Data(count: 16_384))) != nil {}
        try? handle.close()
        let full = try PubgenProcess.run(["lint", "--fix", "content"], in: disk.mountPoint, timeout: 120)
        #expect(full.status == 1)
        #expect(full.stderr.contains("No space left on device"), "\(full.stderr)")
        #expect(try Data(contentsOf: article) == original, "the file is untouched")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: article.deletingLastPathComponent().path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no temporary file is left: \(leftovers)")
    }

    @Test func aBuildKilledWhileWritingLeavesTheOutputWholeAndTheNextBuildCleansUp() throws {
        let folder = try TemporaryDirectory("killed")
        // Enough articles that the build is still writing when it is killed.
        for index in 0..<1_500 {
            let body = String(repeating: "Words in paragraph \(index) of a long article. ", count: 60)
            try folder.write("content/article-\(index).md", "---\ntitle: Article \(index)\npublish_date: 2025-01-01\ntags: [t\(index % 20)]\n---\n\n\(body)\n")
        }
        #expect(try Self.build(in: folder.url).status == 0)
        let out = folder.appending("out")
        let before = DirectorySnapshot.files(in: out)
        try folder.write("content/article-0.md", "---\ntitle: Changed\npublish_date: 2025-01-01\n---\n\nChanged.\n")
        var killedWhileStaging = false
        for attempt in 0..<5 where !killedWhileStaging {
            let process = Process()
            process.executableURL = PubgenProcess.executable
            process.arguments = ["build", "-q", "--clean", "--base-url", "https://example.org/", "content", "out"]
            process.currentDirectoryURL = folder.url
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait until the staging folder has files in it, then kill without warning.
            let deadline = Date(timeIntervalSinceNow: 60)
            while Date() < deadline, process.isRunning {
                let staging = try Self.leftovers(in: folder.url).first { $0.contains("staging") }
                if let staging, (try? FileManager.default.contentsOfDirectory(atPath: folder.appending(staging).path).count) ?? 0 > 20 + attempt * 50 {
                    kill(process.processIdentifier, SIGKILL)
                    killedWhileStaging = true
                    break
                }
                usleep(2_000)
            }
            process.waitUntilExit()
            if killedWhileStaging { #expect(process.terminationReason == .uncaughtSignal) }
        }
        try #require(killedWhileStaging, "the build finished before it could be killed")
        #expect(DirectorySnapshot.files(in: out) == before, "the killed build changed nothing in out/")
        #expect(try !Self.leftovers(in: folder.url).isEmpty, "the killed build left its staging folder")
        let next = try Self.build(in: folder.url)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try Self.leftovers(in: folder.url).isEmpty, "the next build removed the abandoned staging folder")
        #expect(String(decoding: DirectorySnapshot.files(in: out)["article-0/index.html"] ?? [], as: UTF8.self).contains("Changed."))
    }
}
