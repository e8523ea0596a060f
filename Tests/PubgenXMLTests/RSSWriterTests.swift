import Foundation
import PubgenXML
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct RSSWriterTests {
    static let date = "Mon, 02 Jan 2006 15:04:05 +0000"

    static func channel(title: String = "Example Blog", description: String = "Notes", lastBuildDate: String? = date) -> FeedDocument.Channel {
        FeedDocument.Channel(
            title: title, link: "https://example.com/", description: description, language: "en",
            lastBuildDate: lastBuildDate, selfURL: "https://example.com/feed.xml", generator: "pubgen 1.0")
    }

    static func item(
        title: String = "Post", link: String = "https://example.com/post/", guid: String? = nil,
        description: String = "Summary", contentHTML: String = "<p>Body</p>", creator: String? = "Ann",
        categories: [String] = []
    ) -> FeedDocument.Item {
        FeedDocument.Item(
            title: title, link: link, guid: guid ?? link, pubDate: date, description: description,
            contentHTML: contentHTML, creator: creator, categories: categories)
    }

    static func write(_ feed: FeedDocument) throws -> String {
        String(decoding: try RSSWriter.write(feed), as: UTF8.self)
    }

    // MARK: The whole document

    @Test func writesRSS2WithContentDublinCoreAndAtom() throws {
        let feed = FeedDocument(channel: Self.channel(), items: [
            Self.item(categories: ["swift", "web"]),
            Self.item(title: "Second", link: "https://example.com/second/", guid: "tag:example.com,2006:2", contentHTML: "", creator: nil),
        ])
        #expect(try Self.write(feed) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Example Blog</title>
                <link>https://example.com/</link>
                <description>Notes</description>
                <language>en</language>
                <generator>pubgen 1.0</generator>
                <lastBuildDate>Mon, 02 Jan 2006 15:04:05 +0000</lastBuildDate>
                <atom:link href="https://example.com/feed.xml" rel="self" type="application/rss+xml"/>
                <item>
                  <title>Post</title>
                  <link>https://example.com/post/</link>
                  <guid isPermaLink="true">https://example.com/post/</guid>
                  <pubDate>Mon, 02 Jan 2006 15:04:05 +0000</pubDate>
                  <dc:creator>Ann</dc:creator>
                  <category>swift</category>
                  <category>web</category>
                  <description>Summary</description>
                  <content:encoded><![CDATA[<p>Body</p>]]></content:encoded>
                </item>
                <item>
                  <title>Second</title>
                  <link>https://example.com/second/</link>
                  <guid isPermaLink="false">tag:example.com,2006:2</guid>
                  <pubDate>Mon, 02 Jan 2006 15:04:05 +0000</pubDate>
                  <description>Summary</description>
                  <content:encoded><![CDATA[]]></content:encoded>
                </item>
              </channel>
            </rss>

            """)
    }

    @Test func feedWithoutItemsOrBuildDate() throws {
        let output = try Self.write(FeedDocument(channel: Self.channel(lastBuildDate: nil), items: []))
        #expect(!output.contains("lastBuildDate"))
        #expect(!output.contains("<item>"))
        #expect(output.contains("    <generator>pubgen 1.0</generator>\n    <atom:link "))
        #expect(HTMLInspector.xmlProblems(Array(output.utf8)).isEmpty)
    }

    @Test func atomSelfLinkNamesTheFeedsOwnURL() throws {
        var channel = Self.channel()
        channel.selfURL = "https://example.com/blog/feed.xml?format=rss&v=2"
        let output = try Self.write(FeedDocument(channel: channel, items: []))
        #expect(output.contains(#"    <atom:link href="https://example.com/blog/feed.xml?format=rss&amp;v=2" rel="self" type="application/rss+xml"/>"#))
        #expect(output.contains(#"xmlns:atom="http://www.w3.org/2005/Atom""#))
        #expect(output.components(separatedBy: "<atom:link ").count == 2)
    }

    @Test func outputIsDeterministic() throws {
        let feed = FeedDocument(channel: Self.channel(), items: [Self.item(), Self.item(title: "B")])
        #expect(try RSSWriter.write(feed) == RSSWriter.write(feed))
    }

    @Test func itemsKeepTheirOrder() throws {
        let feed = FeedDocument(channel: Self.channel(), items: ["c", "a", "b"].map { Self.item(title: $0, link: "https://e.com/\($0)/") })
        let reader = XMLTextReader.read(try RSSWriter.write(feed))
        #expect(reader.texts["rss/channel/item/title"] == ["c", "a", "b"])
    }

    @Test func emptyCreatorIsOmitted() throws {
        let output = try Self.write(FeedDocument(channel: Self.channel(), items: [Self.item(creator: "")]))
        #expect(!output.contains("dc:creator"))
    }

    // MARK: Escaping

    @Test func titlesEscapeAmpersandsAnglesAndQuotes() throws {
        let feed = FeedDocument(
            channel: Self.channel(title: "Tom & Jerry's <Blog>"),
            items: [Self.item(title: #"A & B < C > "D" 'E'"#, description: "1 < 2 && \"x\"", categories: ["R&D"])])
        let bytes = try RSSWriter.write(feed)
        let output = String(decoding: bytes, as: UTF8.self)
        #expect(output.contains("<title>Tom &amp; Jerry's &lt;Blog&gt;</title>"))
        #expect(output.contains("<title>A &amp; B &lt; C &gt; &quot;D&quot; 'E'</title>"))
        #expect(output.contains("<description>1 &lt; 2 &amp;&amp; &quot;x&quot;</description>"))
        #expect(output.contains("<category>R&amp;D</category>"))
        #expect(HTMLInspector.xmlProblems(bytes).isEmpty)
        let reader = XMLTextReader.read(bytes)
        #expect(reader.error == nil)
        #expect(reader.texts["rss/channel/title"] == ["Tom & Jerry's <Blog>"])
        #expect(reader.texts["rss/channel/item/title"] == [#"A & B < C > "D" 'E'"#])
        #expect(reader.texts["rss/channel/item/category"] == ["R&D"])
    }

    @Test func nonASCIIIsWrittenAsUTF8() throws {
        let bytes = try RSSWriter.write(FeedDocument(channel: Self.channel(title: "Café 日本 😀"), items: []))
        let output = String(decoding: bytes, as: UTF8.self)
        #expect(output.contains("<title>Café 日本 😀</title>"))
        #expect(XMLTextReader.read(bytes).texts["rss/channel/title"] == ["Café 日本 😀"])
    }

    // MARK: CDATA

    @Test(arguments: [
        "<p>x ]]> y</p>",
        "]]>",
        "]]>]]>",
        "a]]]]>>b",
        "<![CDATA[nested]]>",
        "ends with ]]",
        "]",
        "<p>plain &amp; <b>bold</b> &lt;</p>",
    ])
    func contentSurvivesCDATAUnchanged(_ html: String) throws {
        let bytes = try RSSWriter.write(FeedDocument(channel: Self.channel(), items: [Self.item(contentHTML: html)]))
        #expect(HTMLInspector.xmlProblems(bytes) == [])
        let reader = XMLTextReader.read(bytes)
        #expect(reader.error == nil)
        #expect(reader.texts["rss/channel/item/content:encoded"] == [html])
    }

    @Test func cdataEndMarkerIsSplitAcrossSections() throws {
        let output = try Self.write(FeedDocument(channel: Self.channel(), items: [Self.item(contentHTML: "<p>x ]]> y</p>")]))
        #expect(output.contains("<content:encoded><![CDATA[<p>x ]]]]><![CDATA[> y</p>]]></content:encoded>"))
    }

    // MARK: Characters XML cannot carry

    @Test func controlCharactersAreStrippedSoTheFeedStaysWellFormed() throws {
        let feed = FeedDocument(
            channel: Self.channel(title: "Ti\u{1}tle", description: "Vertical\u{B}tab"),
            items: [Self.item(
                title: "Bad\u{FFFE}title\u{FFFF}", description: "Null\u{0}byte\u{1F}",
                contentHTML: "<p>ctl\u{1} \u{B}\u{FFFE}ok</p>", creator: "A\u{8}nn", categories: ["c\u{1}at"])])
        var channel = feed.channel
        channel.selfURL = "https://example.com/\u{1}feed.xml"
        let bytes = try RSSWriter.write(FeedDocument(channel: channel, items: feed.items))
        #expect(HTMLInspector.xmlProblems(bytes) == [])
        let output = String(decoding: bytes, as: UTF8.self)
        #expect(output.contains("<title>Title</title>"))
        #expect(output.contains("<description>Verticaltab</description>"))
        #expect(output.contains("<title>Badtitle</title>"))
        #expect(output.contains("<description>Nullbyte</description>"))
        #expect(output.contains("<dc:creator>Ann</dc:creator>"))
        #expect(output.contains("<category>cat</category>"))
        #expect(output.contains("<![CDATA[<p>ctl ok</p>]]>"))
        #expect(output.contains(#"href="https://example.com/feed.xml""#))
        #expect(XMLTextReader.read(bytes).error == nil)
    }

    @Test func tabsNewlinesAndCarriageReturnsAreKept() throws {
        let bytes = try RSSWriter.write(FeedDocument(channel: Self.channel(), items: [Self.item(contentHTML: "<pre>a\tb\nc</pre>")]))
        #expect(XMLTextReader.read(bytes).texts["rss/channel/item/content:encoded"] == ["<pre>a\tb\nc</pre>"])
    }
}
