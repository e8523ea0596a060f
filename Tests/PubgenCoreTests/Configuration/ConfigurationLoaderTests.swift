import Foundation
import PubgenCore
import PubgenTestSupport
import Testing

struct ConfigurationLoaderTests {
    func load(_ bytes: [UInt8]) throws -> (SiteConfiguration, [String]) {
        let folder = try TemporaryDirectory("config")
        try folder.write("pubgen.yml", bytes: bytes)
        let (configuration, diagnostics) = ConfigurationLoader.load(from: folder.appending("pubgen.yml"), displayPath: "pubgen.yml")
        return (configuration, diagnostics.map { "\($0.location?.description ?? "-") \($0.severity) \($0.message)" })
    }

    /// A byte-order mark failed as "did not find expected <document start>".
    @Test func aByteOrderMarkIsSkippedAsInArticles() throws {
        let (configuration, diagnostics) = try load([0xEF, 0xBB, 0xBF] + Array("title: \"Field Notes\"\n".utf8))
        #expect(diagnostics.isEmpty)
        #expect(configuration.title == "Field Notes")
    }

    /// Latin-1 bytes were published as U+FFFD.
    @Test func bytesThatAreNotUTF8AreAnErrorAtTheirPlace() throws {
        let (configuration, diagnostics) = try load(Array("base_url: https://example.org/\ntitle: \"Caf".utf8) + [0xE9] + Array(" Notes\"\n".utf8))
        #expect(diagnostics == ["pubgen.yml:2:12 error invalid UTF-8 (byte 0xE9); save the file as UTF-8"])
        #expect(configuration.title == "My Blog")
    }

    @Test func anUnknownKeyGetsTheNearestKnownOne() throws {
        let (_, diagnostics) = try load(Array("titel: \"Real\"\nbaseurl: https://example.org/\nsomething: else\n".utf8))
        #expect(diagnostics == [
            "pubgen.yml:1:1 warning unknown configuration key 'titel'; did you mean 'title'?",
            "pubgen.yml:2:1 warning unknown configuration key 'baseurl'; did you mean 'base_url'?",
            "pubgen.yml:3:1 warning unknown configuration key 'something'",
        ])
    }

    @Test(arguments: ["title:", "title: ~", "title: \"\"", "title: null"])
    func anEmptyTitleIsAnError(_ line: String) throws {
        let (configuration, diagnostics) = try load(Array("\(line)\n".utf8))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasSuffix("error 'title' is empty; every page and feed shows it") == true)
        #expect(configuration.title == "My Blog")
    }

    @Test func booleansReadAsInFrontMatter() throws {
        let (configuration, diagnostics) = try load(Array("highlight: no\nunsafe_html: Yes\nsmart_punctuation: maybe\n".utf8))
        #expect(configuration.highlight == false)
        #expect(configuration.unsafeHTML == true)
        #expect(diagnostics == ["pubgen.yml:3:20 error 'smart_punctuation' must be true or false (or yes or no)"])
    }

    /// The suggestions come from `knownKeys`: every one of them must be a key `parse` reads.
    @Test func everyKeyItSuggestsIsOneItReads() throws {
        let text = ConfigurationLoader.knownKeys.map { "\($0): x\n" }.joined()
        let (_, diagnostics) = try load(Array(text.utf8))
        #expect(!diagnostics.contains { $0.contains("unknown configuration key") }, "\(diagnostics)")
    }
}
