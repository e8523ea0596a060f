import PubgenServe
import Testing

struct InjectionTests {
    @Test func insertsBeforeTheLastBodyCloseInAnyCase() {
        let page = Array("<html><body><p>a</body> in text</p></BODY></html>".utf8)
        let result = String(decoding: HTMLInjector.inject("<x>", into: page), as: UTF8.self)
        #expect(result == "<html><body><p>a</body> in text</p><x></BODY></html>")
    }

    @Test func appendsWhenThereIsNoBody() {
        let result = String(decoding: HTMLInjector.inject("<x>", into: Array("<p>bare".utf8)), as: UTF8.self)
        #expect(result == "<p>bare<x>")
    }

    @Test func theOverlayEscapesDiagnostics() {
        let overlay = ErrorOverlay.element(diagnostics: "content/<a>.md:1:2: error: 'x' & \"y\" </pre><script>alert(1)</script>")
        #expect(overlay.contains(
            "content/&lt;a&gt;.md:1:2: error: &#39;x&#39; &amp; &quot;y&quot; &lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!overlay.contains("<script>"))
    }

    @Test func theScriptCarriesTheGeneration() {
        let script = LiveReloadScript.element(generation: 7)
        #expect(script.contains("\(LiveReloadScript.eventsPath)?since=7"))
        #expect(script.hasPrefix("<script data-pubgen-live-reload>"))
    }

    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("STYLE.CSS", "text/css; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"), ("feed.xml", "application/xml; charset=utf-8"),
        ("feed.json", "application/json"), ("a.svg", "image/svg+xml"), ("a.png", "image/png"), ("a.jpeg", "image/jpeg"),
        ("robots.txt", "text/plain; charset=utf-8"), ("f.woff2", "font/woff2"), ("noext", "application/octet-stream"),
        (".hidden", "application/octet-stream"), ("a.unknown", "application/octet-stream"),
    ])
    func contentTypes(_ name: String, _ type: String) {
        #expect(ContentTypes.type(for: name) == type)
    }
}

struct PreviewURLTests {
    @Test(arguments: [
        ("127.0.0.1", "http://127.0.0.1:4000/"), ("localhost", "http://localhost:4000/"), ("0.0.0.0", "http://127.0.0.1:4000/"),
        ("::", "http://[::1]:4000/"), ("::1", "http://[::1]:4000/"), ("192.168.1.5", "http://192.168.1.5:4000/"),
    ])
    func theURLPointsAtAnAddressThatWorksFromThisMachine(_ host: String, _ url: String) {
        #expect(PreviewServer.url(host: host, port: 4000) == url)
    }
}
