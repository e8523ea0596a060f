import CCmarkGFM
import CMarkArena
import PubgenMarkdown
import Testing

/// cmark-gfm's HTML goes into a per-thread buffer that is reused from one render to the
/// next (`cmark_output.h`): each render must still get exactly its own HTML, whatever
/// size the buffer had grown to, and a second buffer asked for while the first is in
/// use must be a separate block.
@Suite struct OutputBufferTests {
    /// `count` paragraphs, and the HTML cmark-gfm gives for them, written out by hand.
    static func paragraphs(_ count: Int) -> (markdown: String, html: String) {
        var markdown = "", html = ""
        for n in 0..<count {
            markdown += "Paragraph *\(n)* & more.\n\n"
            html += "<p>Paragraph <em>\(n)</em> &amp; more.</p>\n"
        }
        return (markdown, html)
    }

    @Test func documentsOfEverySizeRenderExactlyInTurn() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(highlight: false))
        // Small (inside the first buffer), past its 64 KB, past the 1 MB it keeps,
        // then small again: after the buffer grew, and after it was given back.
        for count in [3, 3_000, 40_000, 3] {
            let (markdown, html) = Self.paragraphs(count)
            #expect(renderer.render(markdown, path: "a.md").html == html, "\(count) paragraphs")
        }
    }

    @Test func aSecondBufferWhileTheFirstIsInUseIsSeparate() throws {
        // As cmark-gfm's `cmark_strbuf` asks: `realloc(NULL, n)` for a new buffer.
        let memory = UnsafeMutablePointer<cmark_mem>(OpaquePointer(pubgen_output_allocator())).pointee
        let first = try #require(memory.realloc(nil, 16))
        let second = try #require(memory.realloc(nil, 16))
        #expect(first != second)
        first.initializeMemory(as: UInt8.self, repeating: 0xAA, count: 16)
        second.initializeMemory(as: UInt8.self, repeating: 0xBB, count: 16)
        // Both grow past the first buffer's 64 KB; each keeps its own bytes.
        let grownFirst = try #require(memory.realloc(first, 200_000))
        let grownSecond = try #require(memory.realloc(second, 200_000))
        #expect(grownFirst.load(fromByteOffset: 15, as: UInt8.self) == 0xAA)
        #expect(grownSecond.load(fromByteOffset: 15, as: UInt8.self) == 0xBB)
        pubgen_output_free(grownSecond)
        pubgen_output_free(grownFirst)
        // The thread's buffer is handed out again, not a new block.
        let again = try #require(memory.realloc(nil, 16))
        #expect(again == grownFirst)
        pubgen_output_free(again)
    }
}
