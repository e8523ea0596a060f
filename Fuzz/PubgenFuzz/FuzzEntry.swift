import Foundation
import PubgenCore
import PubgenXML

/// libFuzzer's entry point: the input is one article of a small site, which is built
/// (front matter, YAML/TOML/JSON, Markdown, templates, feeds, sitemap, atomic output)
/// and linted (libxml2 reads every page back). A crash, a sanitizer report, or a
/// broken invariant below is a finding; content errors are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzSite.shared.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// One folder per fuzzing process: `content/` with the fuzzed article and a fixed one
/// that links to it, and `out/`, rebuilt from scratch for every input.
final class FuzzSite: Sendable {
    static let shared = FuzzSite()

    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var output: URL { root.appendingPathComponent("out") }

    init() {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory
        root = base.appendingPathComponent("pubgen-fuzz-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        try! FileManager.default.createDirectory(at: root.appendingPathComponent("content/sub"), withIntermediateDirectories: true)
        let neighbour = "---\ntitle: Neighbour\npublish_date: 2025-01-01\ntags: [a, b]\n---\n\nSee [the fuzzed one](../fuzz.md#intro).\n"
        try! Data(neighbour.utf8).write(to: content.appendingPathComponent("sub/neighbour.md"))
        try! Data("title: Fuzz\nbase_url: https://example.org/blog/\n".utf8).write(to: root.appendingPathComponent("pubgen.yml"))
        atexit { try? FileManager.default.removeItem(at: FuzzSite.shared.root) }
    }

    func run(_ bytes: [UInt8]) {
        try? FileManager.default.removeItem(at: output)
        try! Data(bytes).write(to: content.appendingPathComponent("fuzz.md"))
        let request = Publisher.Request(
            contentDirectory: content, contentDisplayPath: "content", outputDirectory: output, outputDisplayPath: "out")
        let done = DispatchSemaphore(value: 0)
        Task { [self] in
            defer { done.signal() }
            do {
                let report = try await Publisher().build(request)
                if report.wroteOutput { checkOutput() }
                _ = try await Linter(contentDirectory: content, contentDisplayPath: "content").lint()
            } catch {
                // Operational failures (PubgenError) are reported to users, not crashes.
            }
        }
        done.wait()
    }

    /// What every successful build must hold, whatever the input.
    func checkOutput() {
        let rootPath = output.resolvingSymlinksInPath().path
        guard let files = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil) else { return }
        for case let url as URL in files {
            let path = url.resolvingSymlinksInPath().path
            precondition(path.hasPrefix(rootPath + "/"), "wrote outside out/: \(path)")
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            if path.hasSuffix(".xml") {
                let problems = HTMLInspector.xmlProblems([UInt8](data))
                precondition(problems.isEmpty, "\(path) is not well-formed XML: \(problems)")
            }
            if path.hasSuffix(".json") {
                precondition((try? JSONSerialization.jsonObject(with: data)) != nil, "\(path) is not JSON")
            }
            if path.hasSuffix(".html") {
                precondition(!data.contains(where: { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }), "\(path) holds a control character")
            }
        }
    }
}
