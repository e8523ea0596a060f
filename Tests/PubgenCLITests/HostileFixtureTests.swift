import Foundation
import PubgenCore
import PubgenTestSupport
import PubgenXML
import Testing

/// `Fixtures/hostile`: a content folder nobody should trust. Every file's written-down
/// behaviour is its line in `expected.diagnostics` (or its absence: clean output); the
/// build names every bad file, leaks nothing from outside the folder, writes nothing
/// beside it and never changes it; without the bad files, the rest builds.
@Suite(.serialized) struct HostileFixtureTests {
    /// A copy of the fixture plus the files git cannot carry (`make-uncarryable.sh`).
    func hostileSite() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory("hostile")
        try FileManager.default.copyItem(at: Fixtures.url("hostile/content"), to: folder.appending("content"))
        let script = try Self.shell(Fixtures.url("hostile/make-uncarryable.sh").path + " content", in: folder.url)
        #expect(script.status == 0, "\(script.output)")
        return folder
    }

    static func shell(_ command: String, in directory: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Names, types, sizes, times and hashes of everything in `content/`, without following links.
    static func fingerprint(of folder: URL) throws -> String {
        try shell(
            "cd content && find . -print0 | LC_ALL=C sort -z | xargs -0 ls -ld --time-style=full-iso"
                + " && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum", in: folder
        ).output
    }

    /// The content-relative paths that `expected.diagnostics` reports an error for.
    static func badFiles() throws -> Set<String> {
        let lines = try Fixtures.text("hostile/expected.diagnostics").split(separator: "\n")
        return Set(lines.compactMap { line -> String? in
            guard line.contains(": error: "), line.hasPrefix("content/"), let colon = line.firstRange(of: ":1:1: error: ")
                ?? line.firstRange(of: #/:\d+:\d+: error: /#) else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 8)..<colon.lowerBound])
        })
    }

    /// The values of `href` and `src` attributes, with numeric character references decoded.
    static func attributeURLs(in html: String) -> [String] {
        html.matches(of: #/(?:href|src)\s*=\s*"([^"]*)"/#).map { match in
            var value = String(match.output.1)
            for reference in value.matches(of: #/&#(x?)([0-9a-fA-F]+);/#).reversed() {
                let code = UInt32(reference.output.2, radix: reference.output.1.isEmpty ? 10 : 16) ?? 0
                value.replaceSubrange(reference.range, with: String(UnicodeScalar(code).map(Character.init) ?? " "))
            }
            return value
        }
    }

    @Test func theWholeFolderFailsWithEveryWrittenDownDiagnosticAndLeaksNothing() throws {
        let folder = try hostileSite()
        let before = try Self.fingerprint(of: folder.url)
        let outcome = try PubgenProcess.run(["build", "--base-url", "https://example.org/", "content", "out"], in: folder.url, timeout: 120)
        #expect(outcome.status == 1)
        if let difference = Golden.compare(outcome.stderr, toFixture: "hostile/expected.diagnostics") { Issue.record("\(difference)") }
        #expect(!outcome.stderr.contains("root:"), "nothing of /etc/passwd is read")
        #expect(!FileManager.default.fileExists(atPath: folder.appending("out").path), "a failed build writes no out/")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["content"], "nothing written beside content/")
        #expect(try Self.fingerprint(of: folder.url) == before, "build never changes the content folder")
    }

    @Test func lintReportsTheSameFolderWithoutCrashingOrChangingIt() throws {
        let folder = try hostileSite()
        let before = try Self.fingerprint(of: folder.url)
        let outcome = try PubgenProcess.run(["lint", "content"], in: folder.url, timeout: 120)
        #expect(outcome.status == 1)
        if let difference = Golden.compare(outcome.stdout + outcome.stderr, toFixture: "hostile/expected.lint") { Issue.record("\(difference)") }
        #expect(try Self.fingerprint(of: folder.url) == before, "lint without --fix changes nothing")
    }

    @Test func withoutTheBadFilesTheRestBuildsAndEverythingIsHarmless() throws {
        let folder = try hostileSite()
        let bad = try Self.badFiles()
        #expect(bad.count >= 15, "the golden names the bad files: \(bad.sorted())")
        for name in bad { try FileManager.default.removeItem(at: folder.appending("content/\(name)")) }
        let outcome = try PubgenProcess.run(["build", "--base-url", "https://example.org/", "content", "out"], in: folder.url, timeout: 120)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(!outcome.stderr.contains(": error: "))
        let files = DirectorySnapshot.files(in: folder.appending("out"))
        #expect(files.keys.allSatisfy { !$0.hasPrefix("etc/") && !$0.contains("..") && !$0.contains("\\") })
        for slug in ["etc-passwd", "var-log-syslog", "a-2fb-2f-2f", "windows", "a-b", "forty-two", "with-space", "unicode", "hash-name", "leading-dash"] {
            #expect(files["\(slug)/index.html"] != nil, "\(slug)")
        }
        #expect(files.keys.allSatisfy { $0.split(separator: "/").allSatisfy { $0.utf8.count <= 255 } }, "every name fits a file system")
        // pubgen's bookkeeping files hold front matter as data; they are never served.
        for (path, bytes) in files where !OutputWriter.bookkeepingFiles.contains(path) {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("root:x:0:0"), "\(path) leaks /etc/passwd")
            #expect(!text.contains("<script>alert"), "\(path) has an unescaped script")
            #expect(!text.contains("<iframe"), "\(path) keeps raw HTML")
            #expect(!text.contains("<img src=x onerror") && !text.contains("<p onclick"), "\(path) keeps an event handler")
            for url in Self.attributeURLs(in: text) {
                let reading = url.filter { !$0.isWhitespace && !($0.asciiValue.map { $0 < 0x20 } ?? false) }.lowercased()
                #expect(!["javascript:", "vbscript:", "data:text"].contains { reading.hasPrefix($0) }, "\(path) links to \(url)")
            }
            // DEL is legal in XML and JSON, forbidden in HTML.
            #expect(!bytes.contains { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D) || ($0 == 0x7F && path.hasSuffix(".html")) }, "\(path) has a control character")
            if path.hasSuffix(".xml") { #expect(HTMLInspector.xmlProblems(bytes).isEmpty, "\(path) is not well-formed") }
            if path.hasSuffix(".json") { #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil, "\(path) is not JSON") }
        }
        let page = String(decoding: files["script-title/index.html"] ?? [], as: UTF8.self)
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; &quot;quoted&quot; {{mustache}}"))
        #expect(page.contains("{{site.title}} &lt;b&gt;&quot; &amp; ]]&gt;"), "template syntax in content is never evaluated")
        #expect(page.contains("Text with {{site.title}} and {{#articles}}loops{{/articles}} that stay text."))
        let jsonLD = page.firstRange(of: "application/ld+json").map { String(page[$0.upperBound...].prefix(2000)) } ?? ""
        #expect(jsonLD.contains("\\u003cscript\\u003e"), "JSON-LD escapes < so a title cannot close its script element")
        let late = String(decoding: files["midnight/index.html"] ?? [], as: UTF8.self)
        #expect(late.contains("<time datetime=\"2025-01-02T23:30:00-05:00\">2 January 2025</time>"), "the date as the author wrote it")
        let control = String(decoding: files["control-in-title/index.html"] ?? [], as: UTF8.self)
        #expect(control.contains("<h1>Bell and escape in a title</h1>") || control.contains("Bell and escape in a title"))
    }
}
