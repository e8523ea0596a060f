import Foundation
import PubgenDiagnostics
@testable import PubgenCore
import PubgenTestSupport
import Testing

/// `FeedHTML.prepare` jumps from one `=` to the next; it must give what the scan of
/// every byte it replaced gave, on pubgen's own markup and on anything else.
@Suite struct FeedHTMLTests {
    /// The byte-by-byte scan, as `prepare` first did it.
    static func reference(_ html: String, pageURL: String) -> String {
        let base = URL(string: pageURL).flatMap { $0.scheme == nil ? nil : $0 }
        let anchorOpening = Array(" <a class=\"heading-anchor\" href=\"".utf8)
        let anchorClosing = Array("aria-label=\"Link to this section\">#</a>".utf8)
        let href = Array(" href=\"".utf8)
        let src = Array(" src=\"".utf8)
        func find(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8], from start: Int) -> Int? {
            var index = start
            while index + pattern.count <= bytes.count {
                if bytes.hasBytes(pattern, at: index) { return index }
                if bytes[index] == UInt8(ascii: "\n") { return nil }
                index += 1
            }
            return nil
        }
        func absolute(_ value: String, base: URL) -> String {
            let unescaped = value.replacingScalars("&amp;", with: "&")
            guard !unescaped.isEmpty, let url = URL(string: unescaped, relativeTo: base) else { return value }
            return url.absoluteString.replacingScalars("&", with: "&amp;")
        }
        var html = html
        return html.withUTF8 { bytes -> String in
            var output: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: " ") {
                    if bytes.hasBytes(anchorOpening, at: index), let end = find(bytes, anchorClosing, from: index) {
                        index = end + anchorClosing.count
                        continue
                    }
                    let valueStart = bytes.hasBytes(href, at: index) ? index + href.count : bytes.hasBytes(src, at: index) ? index + src.count : nil
                    if let base, let valueStart {
                        var valueEnd = valueStart
                        while valueEnd < bytes.count, bytes[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
                        output.append(contentsOf: bytes[index..<valueStart])
                        output.append(contentsOf: absolute(String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self), base: base).utf8)
                        index = valueEnd
                        continue
                    }
                }
                output.append(bytes[index])
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    static let anchor = " <a class=\"heading-anchor\" href=\"#intro\" aria-label=\"Link to this section\">#</a>"

    @Test func rewritesLinksAndImagesAndDropsHeadingAnchors() {
        let html = "<h2 id=\"intro\">Intro\(Self.anchor)</h2>\n<p><a href=\"../other/\">x</a> <img src=\"pic.png\" alt=\"a=b\" /></p>\n"
        #expect(FeedHTML.prepare(html, pageURL: "https://example.org/blog/post/")
            == "<h2 id=\"intro\">Intro</h2>\n<p><a href=\"https://example.org/blog/other/\">x</a> <img src=\"https://example.org/blog/post/pic.png\" alt=\"a=b\" /></p>\n")
        #expect(FeedHTML.prepare(html, pageURL: "/post/") == "<h2 id=\"intro\">Intro</h2>\n<p><a href=\"../other/\">x</a> <img src=\"pic.png\" alt=\"a=b\" /></p>\n")
    }

    @Test func generatedMarkupAgreesWithTheByteScan() {
        var random = SplitMix64(seed: 0xFEED)
        let pieces = [
            "text ", "a=b", "=", " ", "\n", "\"", " href=\"", " src=\"", "../x/", "y.png", "https://o.org/z", "?a=1&amp;b=2", "#frag",
            Self.anchor, " <a class=\"heading-anchor\" href=\"", "aria-label=\"Link to this section\">#</a>", "<p>", "</a>", "é=日",
            " href=", " src=\"\"", "  href=\"", "x href=\"",
        ]
        for pageURL in ["https://example.org/blog/post/", "/post/", ""] {
            for _ in 0..<3_000 {
                let html = (0..<random.below(14)).map { _ in pieces[random.below(pieces.count)] }.joined()
                #expect(FeedHTML.prepare(html, pageURL: pageURL) == Self.reference(html, pageURL: pageURL), "\(html.debugDescription)")
            }
        }
    }
}
