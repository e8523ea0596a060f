import Foundation
import PubgenCore
import PubgenDiagnostics
import PubgenTestSupport

/// Lints a throw-away site and returns the findings of one rule, formatted.
func lintFindings(_ files: [String: String], rule: String? = nil, config: String? = nil) async throws -> [String] {
    let site = try TemporaryDirectory("lint")
    for (path, text) in files { try site.write("content/\(path)", text) }
    if let config { try site.write("pubgen.yml", config) }
    let report = try await Linter(contentDirectory: site.appending("content"), contentDisplayPath: "content", now: fixedNow).lint()
    return report.diagnostics.filter { rule == nil || $0.rule == rule }.map { diagnostic in
        "\(diagnostic.location?.description ?? "-"): \(diagnostic.severity.rawValue): \(diagnostic.message)"
    }
}

/// A valid article with a good description; `extra` adds front-matter lines.
func lintArticle(_ body: String = "Some prose that is long enough to read.", extra: String = "", title: String = "A title") -> String {
    """
    ---
    title: "\(title)"
    description: "A description that is comfortably longer than fifty characters, for search."
    publish_date: 2025-01-02
    \(extra)---

    \(body)

    """
}
