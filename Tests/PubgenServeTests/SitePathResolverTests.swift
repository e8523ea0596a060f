import Foundation
import PubgenServe
import PubgenTestSupport
import Testing

/// The resolver is the only thing between a request and the file system.
struct SitePathResolverTests {
    struct Refusal: Sendable, CustomTestStringConvertible {
        var target: String
        var testDescription: String { target }
    }

    @Test(arguments: [
        "/..", "/../etc/passwd", "/a/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2e%2E/etc/passwd",
        "/.%2e/etc/passwd", "/./index.html", "/...", "/tags%2f..%2f..%2fetc%2fpasswd", "/..%2fetc", "/a%5c..%5cb",
        "/a\\..\\b", "/\\etc\\passwd", "/a%00.html", "/a%0a.html", "/a%7f", "/%c2%85", "/%", "/%2", "/%zz", "/%ff%fe",
        "relative/path", "http://example.org/", "*",
    ].map(Refusal.init))
    func refusesBeforeTouchingTheFileSystem(_ example: Refusal) throws {
        let folder = try TemporaryDirectory("resolver")
        let resolver = SitePathResolver(root: folder.url)
        guard case .badRequest = resolver.resolve(example.target) else {
            Issue.record("\(example.target) was not refused: \(resolver.resolve(example.target))")
            return
        }
    }

    @Test func decodesEachSegmentOnce() throws {
        let parsed = try SitePathResolver.parse("/caf%C3%A9/%2541b/?q=%2e%2e#frag").get()
        #expect(parsed.segments == ["café", "%41b"])
        #expect(parsed.rawSegments == ["caf%C3%A9", "%2541b"])
        #expect(parsed.trailingSlash)
        #expect(parsed.query == "q=%2e%2e")
    }

    @Test func servesFilesIndexesAndRedirectsFolders() throws {
        let (folder, resolver) = try site()
        let real = folder.url.resolvingSymlinksInPath().path
        #expect(resolver.resolve("/") == .file(real + "/index.html"))
        #expect(resolver.resolve("/index.html") == .file(real + "/index.html"))
        #expect(resolver.resolve("/post/") == .file(real + "/post/index.html"))
        #expect(resolver.resolve("/post") == .redirect(location: "/post/"))
        #expect(resolver.resolve("//post?x=1") == .redirect(location: "/post/?x=1"))
        #expect(resolver.resolve("/caf%C3%A9.txt") == .file(real + "/café.txt"))
        #expect(resolver.resolve("/style.css?v=2") == .file(real + "/style.css"))
        #expect(resolver.resolve("/missing") == .notFound)
        #expect(resolver.resolve("/style.css/") == .notFound)
        #expect(resolver.resolve("/empty/") == .notFound)
        #expect(resolver.resolve("/.pubgen-output") == .notFound)
        #expect(resolver.resolve("/.pubgen-sources") == .notFound)
    }

    @Test func refusesSymbolicLinksOutOfTheRoot() throws {
        let (folder, resolver) = try site()
        let outside = try TemporaryDirectory("outside")
        try outside.write("secret.txt", "secret")
        let links = FileManager.default
        try links.createSymbolicLink(atPath: folder.appending("out-file").path, withDestinationPath: outside.appending("secret.txt").path)
        try links.createSymbolicLink(atPath: folder.appending("out-dir").path, withDestinationPath: outside.path)
        try links.createSymbolicLink(atPath: folder.appending("up").path, withDestinationPath: "..")
        try links.createSymbolicLink(atPath: folder.appending("inside").path, withDestinationPath: "post")
        for target in ["/out-file", "/out-dir/secret.txt", "/out-dir/", "/up/", "/up/\(outside.url.lastPathComponent)/secret.txt"] {
            guard case .forbidden = resolver.resolve(target) else {
                Issue.record("\(target) was not refused: \(resolver.resolve(target))")
                continue
            }
        }
        guard case .file = resolver.resolve("/inside/index.html") else {
            Issue.record("a link inside the root should be served")
            return
        }
    }

    @Test func refusesWhatIsNotARegularFile() throws {
        let (folder, resolver) = try site()
        #expect(mkfifo(folder.appending("pipe").path, 0o600) == 0)
        guard case .forbidden = resolver.resolve("/pipe") else {
            Issue.record("a FIFO must not be opened")
            return
        }
    }

    @Test func aMissingRootIsNotFound() throws {
        let resolver = SitePathResolver(root: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"))
        #expect(resolver.resolve("/") == .notFound)
    }

    private func site() throws -> (TemporaryDirectory, SitePathResolver) {
        let folder = try TemporaryDirectory("resolver")
        try folder.write("index.html", "<p>home</p>")
        try folder.write("post/index.html", "<p>post</p>")
        try folder.write("style.css", "body{}")
        try folder.write("café.txt", "é")
        try folder.write(".pubgen-output", "{}")
        try folder.write(".pubgen-sources", "cache")
        try FileManager.default.createDirectory(at: folder.appending("empty"), withIntermediateDirectories: true)
        return (folder, SitePathResolver(root: folder.url))
    }
}
