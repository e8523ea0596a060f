import Foundation
import PubgenCore
import PubgenTestSupport
import Testing

/// Every absolute link is the base URL followed by a path: what cannot be followed by
/// one (a query, a fragment) or should not be published (a password) is refused.
struct BaseURLTests {
    @Test(arguments: [
        ("https://example.org", "https://example.org/"),
        ("  https://example.org/blog  ", "https://example.org/blog/"),
        ("HTTPS://Example.org/Blog/", "https://Example.org/Blog/"),
        ("http://localhost:8080/a%20b/", "http://localhost:8080/a%20b/"),
        ("http://[::1]:8080/", "http://[::1]:8080/"),
        ("https://xn--bcher-kva.example/b%C3%BCcher", "https://xn--bcher-kva.example/b%C3%BCcher/"),
    ])
    func acceptsAndNormalises(_ text: String, _ expected: String) {
        #expect(BaseURL.normalized(text, name: "base_url") == .success(expected))
    }

    @Test(arguments: [
        ("example.org", "'base_url' must be an absolute http or https URL, like https://example.org/ or https://example.org/blog/"),
        ("ftp://example.org/", "'base_url' must be an absolute http or https URL, like https://example.org/ or https://example.org/blog/"),
        ("https://example.org/blog?lang=en", "'base_url' has a query ('?lang=en'): pages' paths are added after it, so it must end with its path, like https://example.org/ or https://example.org/blog/"),
        ("https://example.org/#top", "'base_url' has a fragment ('#top'): pages' paths are added after it, so it must end with its path, like https://example.org/ or https://example.org/blog/"),
        ("https://example.org/my blog/", "'base_url' contains a space; write it percent-encoded (a space is %20)"),
        ("https://user:pw@example.org/", "'base_url' holds a user name or password, which every page would publish; remove it"),
        ("https://example.org:99999/", "'base_url' has port 99999; a port is 1 to 65535"),
        ("https://example.org/100%/", "'base_url' has a '%' not followed by two hex digits ('%/'); a % itself is %25"),
        ("https://bücher.example/", "'base_url' contains 'ü'; write the host in its ASCII form (xn--…) and the path percent-encoded"),
    ])
    func refusesWithAReason(_ text: String, _ message: String) {
        #expect(BaseURL.normalized(text, name: "base_url") == .failure(BaseURL.Problem(message: message)))
    }

    @Test func theConfigurationReportsItAtTheValue() throws {
        let folder = try TemporaryDirectory("config")
        try folder.write("pubgen.yml", "title: T\nbase_url: \"https://example.org/blog?lang=en\"\n")
        let (configuration, diagnostics) = ConfigurationLoader.load(from: folder.appending("pubgen.yml"), displayPath: "pubgen.yml")
        #expect(configuration.baseURL == nil)
        #expect(diagnostics.map { "\($0.location?.description ?? "-") \($0.rule ?? "")" } == ["pubgen.yml:2:11 config.base-url"])
    }
}
