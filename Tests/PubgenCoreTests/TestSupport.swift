import Foundation
import PubgenCore
import PubgenDiagnostics
import PubgenTestSupport

/// A fixed "now" so future-dated articles stay future whatever the clock says.
let fixedNow = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

extension BuildOptions {
    static func testing(drafts: Bool = false, future: Bool = false, strict: Bool = false) -> BuildOptions {
        var options = BuildOptions()
        options.now = fixedNow
        options.includeDrafts = drafts
        options.includeFuture = future
        options.strict = strict
        return options
    }
}

extension FrontMatterParser {
    static let utc = FrontMatterParser(timeZone: TimeZone(identifier: "UTC")!)
}

/// Builds a site folder (holding `content/`) into `output`, with paths shown relative to the site.
func publish(site: URL, output: URL, options: BuildOptions = .testing(), baseURL: String? = nil) async throws -> Publisher.Report {
    let request = Publisher.Request(
        contentDirectory: site.appendingPathComponent("content"), contentDisplayPath: "content",
        outputDirectory: output, outputDisplayPath: "out", baseURLOverride: baseURL, options: options)
    return try await Publisher().build(request)
}

func formatted(_ diagnostics: DiagnosticSet) -> String {
    DiagnosticFormatter().format(diagnostics)
}
