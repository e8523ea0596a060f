import Foundation
import PubgenTestSupport
import PubgenXML
import Testing

/// A content folder nobody should trust: each bad file is named, nothing outside the
/// content folder leaks, and once the bad files are gone the rest builds cleanly.
struct HostileContentTests {
    static func article(_ title: String, extra: String = "", body: String = "Body.") -> String {
        "---\ntitle: \(title)\npublish_date: 2025-01-02\n\(extra)---\n\n\(body)\n"
    }

    /// Files that must fail the build, with the rule each must report.
    static let bad: [String: (bytes: [UInt8], rule: String)] = [
        "invalid-utf8.md": (Array(article("\"Bad bytes\"").utf8) + [0xC3, 0x28], "encoding.utf8"),
        "binary.md": ([0x00, 0xFF, 0xFE, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], "encoding.utf8"),
        "empty.md": ([], "front-matter.fence"),
        "no-front-matter.md": (Array("# Just a heading\n".utf8), "front-matter.fence"),
        "unterminated.md": (Array("---\ntitle: x\npublish_date: 2025-01-01\n\nBody\n".utf8), "front-matter.fence"),
        "tabs.md": (Array("---\ntitle: x\npublish_date: 2025-01-01\ntags:\n\t- a\n---\n".utf8), "front-matter.syntax"),
        "duplicate-keys.md": (Array("---\ntitle: a\ntitle: b\npublish_date: 2025-01-01\n---\n".utf8), "front-matter.syntax"),
        "alias-bomb.md": (Array("---\ntitle: x\npublish_date: 2025-01-01\na: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n---\n".utf8), "front-matter.syntax"),
        "title-list.md": (Array(article("[a, b]").utf8), "front-matter.type"),
        "impossible-date.md": (Array("---\ntitle: x\npublish_date: 2025-02-30\n---\n".utf8), "front-matter.date"),
        "day-first-date.md": (Array("---\ntitle: x\npublish_date: 30/01/2025\n---\n".utf8), "front-matter.date"),
    ]

    /// Files that must build, with something hostile inside that must come out harmless.
    static let good: [String: String] = [
        "bom-crlf.md": "\u{FEFF}---\r\ntitle: CRLF\r\npublish_date: 2025-01-03\r\n---\r\n\r\nWindows line endings.\r\n",
        "cr-only.md": "---\rtitle: CR\rpublish_date: 2025-01-04\r---\r\rOld Mac line endings.\r",
        "title-number.md": article("42", extra: "slug: forty-two\n"),
        "script-title.md": article(
            "\"<script>alert(1)</script> ]]> & \\\"quoted\\\" {{mustache}}\"",
            extra: "slug: script-title\ndescription: \"<img src=x onerror=alert(2)> & ]]>\"\nauthor: \"{{site.title}} <b>\"\ntags: [\"<i>tag</i>\"]\n",
            body: "<script>alert(3)</script>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n[a](javascript:alert(4)) [b](JaVaScRiPt:alert(5)) [c](vbscript:msgbox) [d](data:text/html;base64,PHNjcmlwdD4=) <img src=x onerror=alert(6)>"),
        "control-chars.md": article("\"Bell\\a and escape\\e in a title\"", extra: "slug: control-chars\n"),
        "traversal.md": article("\"Traversal\"", extra: "slug: \"../../../etc/passwd\"\n"),
        "midnight.md": article("\"Late\"", extra: "updated_date: 2025-01-02T23:30:00-05:00\n"),
        "with space.md": article("\"Space\""),
        "ünïcödé.md": article("\"Unicode\""),
        "hash#name.md": article("\"Hash\""),
        "-leading-dash.md": article("\"Dash\""),
        "front-matter-only.md": "---\ntitle: Only\npublish_date: 2025-01-05\n---\n",
    ]

    func hostileSite() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory("hostile")
        for (name, file) in Self.bad { try folder.write("content/\(name)", bytes: file.bytes) }
        for (name, text) in Self.good { try folder.write("content/\(name)", text) }
        let content = folder.appending("content")
        let manager = FileManager.default
        try manager.createSymbolicLink(at: content.appendingPathComponent("passwd.md"), withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
        try manager.createSymbolicLink(at: content.appendingPathComponent("etc"), withDestinationURL: URL(fileURLWithPath: "/etc"))
        try manager.createSymbolicLink(at: content.appendingPathComponent("dangling.md"), withDestinationURL: content.appendingPathComponent("nowhere.md"))
        try manager.createDirectory(at: content.appendingPathComponent("loop"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(at: content.appendingPathComponent("loop/again"), withDestinationURL: content.appendingPathComponent("loop"))
        return folder
    }

    @Test func aHostileFolderFailsNamingEveryBadFileAndLeaksNothing() throws {
        let folder = try hostileSite()
        let outcome = try PubgenProcess.run(["build", "--base-url", "https://example.org/", "content", "out"], in: folder.url, timeout: 60)
        #expect(outcome.status == 1)
        for (name, file) in Self.bad {
            #expect(outcome.stderr.contains("content/\(name):") && outcome.stderr.contains("[\(file.rule)]"), "\(name)")
        }
        for link in ["passwd.md", "etc", "dangling.md", "loop/again"] {
            #expect(outcome.stderr.contains("content/\(link):1:1: warning: symbolic link not followed"), "\(link)")
        }
        #expect(!outcome.stderr.contains("root:"))
        #expect(!FileManager.default.fileExists(atPath: folder.appending("out").path))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(Set(siblings) == ["content"], "nothing written beside the content folder")
    }

    @Test func withoutTheBadFilesTheRestBuildsAndEverythingIsEscaped() throws {
        let folder = try hostileSite()
        for name in Self.bad.keys { try FileManager.default.removeItem(at: folder.appending("content/\(name)")) }
        let outcome = try PubgenProcess.run(["build", "--base-url", "https://example.org/", "content", "out"], in: folder.url, timeout: 60)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let files = DirectorySnapshot.files(in: folder.appending("out"))
        #expect(files.keys.allSatisfy { !$0.hasPrefix("etc/") && !$0.contains("..") })
        #expect(files["etc-passwd/index.html"] != nil, "a traversal slug is sanitised, not followed")
        for (path, bytes) in files {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("root:x:0:0"), "\(path) leaks /etc/passwd")
            #expect(!text.contains("<script>alert"), "\(path) has an unescaped script")
            #expect(!text.lowercased().contains("javascript:alert"), "\(path) keeps a javascript: link")
            #expect(!text.contains("<iframe"), "\(path) keeps raw HTML")
            #expect(!text.contains("<img src=x onerror"), "\(path) keeps an event handler")
            if path.hasSuffix(".xml") { #expect(HTMLInspector.xmlProblems(bytes).isEmpty, "\(path) is not well-formed") }
        }
        let page = String(decoding: files["script-title/index.html"] ?? [], as: UTF8.self)
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; &quot;quoted&quot; {{mustache}}"))
        #expect(page.contains("{{site.title}} &lt;b&gt;"), "template syntax in content is never evaluated")
        let late = String(decoding: files["midnight/index.html"] ?? [], as: UTF8.self)
        #expect(late.contains("<time datetime=\"2025-01-02T23:30:00-05:00\">2 January 2025</time>"), "the date as the author wrote it")
        for page in ["with-space/index.html", "unicode/index.html", "hash-name/index.html", "leading-dash/index.html", "only/index.html", "front-matter-only/index.html"] where page != "only/index.html" {
            #expect(files[page] != nil, "\(page)")
        }
    }
}
