import Foundation
import PubgenDiagnostics

/// Files whose names differ only in Unicode normalisation (`café.md` written with a
/// precomposed `é` beside one with `e` and a combining accent). Linux keeps both;
/// Swift strings, URLs and macOS file systems treat them as one name, so they would
/// become one page. The first in byte order is kept; each other one is an error
/// that names both.
enum UnicodeNameClash {
    static let rule = "slug.duplicate"

    /// `items` without the later members of each clash, and an error for each of those.
    static func separate<Item>(
        _ items: [Item], path: (Item) -> String, displayRoot: String
    ) -> (kept: [Item], diagnostics: [Diagnostic]) {
        // Dictionary keys compare by canonical equivalence, which is exactly the clash.
        var firstSeen: [String: String] = [:]
        var kept: [Item] = []
        var diagnostics: [Diagnostic] = []
        for item in items {
            let name = path(item)
            guard let first = firstSeen[name] else {
                firstSeen[name] = name
                kept.append(item)
                continue
            }
            diagnostics.append(.error(
                "'\(name)' (\(form(of: name))) and '\(first)' (\(form(of: first))) are the same name in different Unicode forms "
                    + "and would be published as one; rename one of them",
                rule: rule, at: SourceLocation(path: ContentScanner.join(displayRoot, name), line: 1, column: 1)))
        }
        return (kept, diagnostics)
    }

    private static func form(of name: String) -> String {
        if name.utf8.elementsEqual(name.precomposedStringWithCanonicalMapping.utf8) { return "NFC" }
        if name.utf8.elementsEqual(name.decomposedStringWithCanonicalMapping.utf8) { return "NFD" }
        return "mixed normalisation"
    }
}
