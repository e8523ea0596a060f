import Foundation
import PubgenCore
import PubgenMarkdown
import PubgenXML

/// libFuzzer's entry point: the input is one article of a small site, which is built
/// (front matter, YAML/TOML/JSON, Markdown, templates, feeds, sitemap, atomic output)
/// and linted (libxml2 reads every page back). A crash, a sanitizer report, or a
/// broken invariant below is a finding; content errors are not.
///
/// With `PUBGEN_FUZZ_MODE=parse` only the in-memory layers run (front matter,
/// Markdown, libxml2 reading the HTML back): about a hundred times as many inputs a
/// second, for the parsers that see untrusted bytes first.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if parseOnly { FuzzParsers.run(bytes) } else { FuzzSite.shared.run(bytes) }
    return 0
}

let parseOnly = ProcessInfo.processInfo.environment["PUBGEN_FUZZ_MODE"] == "parse"

/// The layers that read untrusted bytes, without files, templates or threads.
enum FuzzParsers {
    static let loader = ArticleLoader(parser: FrontMatterParser(timeZone: TimeZone(identifier: "UTC")!))

    static func run(_ bytes: [UInt8]) {
        let file = SourceFile(
            displayPath: "fuzz.md", relativePath: "fuzz.md", url: URL(fileURLWithPath: "/nonexistent/fuzz.md"),
            text: String(decoding: bytes, as: UTF8.self))
        let (source, _) = loader.load(file)
        let body = source?.body ?? file.text
        for options in [MarkdownOptions(), MarkdownOptions(smartPunctuation: false, unsafeHTML: true, hardBreaks: true)] {
            let rendered = MarkdownRenderer(options: options).render(body, path: "fuzz.md", lineOffset: source?.bodyLineOffset ?? 0)
            let outline = HTMLInspector.inspect("<!doctype html><html><body>" + rendered.html + "</body></html>")
            if !options.unsafeHTML {
                // What a browser would read from the page: no script element, no active URL.
                precondition(!rendered.html.contains("<script"), "safe mode let a script element through")
                for reference in outline.references {
                    precondition(!ActiveURL.isActive(reference.value), "safe mode let an active URL through: \(reference.value)")
                }
            }
        }
    }
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
