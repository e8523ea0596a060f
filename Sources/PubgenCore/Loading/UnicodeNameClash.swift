import Foundation
import PubgenDiagnostics

/// Files whose names differ only in Unicode normalisation (`café.md` written with a
/// precomposed `é` beside one with `e` and a combining accent). Linux keeps both;
/// Swift strings, URLs and macOS file systems treat them as one name, so they would
/// become one page. The first in byte order is kept; each other one is an error
/// that names both.
enum UnicodeNameClash {
    static let rule = "slug.duplicate"

    /// `paths` without the later members of each clash, and an error for each of those.
    static func separate(_ paths: [String], displayRoot: String) -> (kept: [String], diagnostics: [Diagnostic]) {
        var firstSeen: [String: String] = [:]
        var kept: [String] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            // Dictionary keys compare by canonical equivalence, which is exactly the clash.
            guard let first = firstSeen[path] else {
                firstSeen[path] = path
                kept.append(path)
                continue
            }
            diagnostics.append(.error(
                "'\(path)' (\(form(of: path))) and '\(first)' (\(form(of: first))) are the same name in different Unicode forms "
                    + "and would be published as one; rename one of them",
                rule: rule, at: SourceLocation(path: ContentScanner.join(displayRoot, path), line: 1, column: 1)))
        }
        return (kept, diagnostics)
    }

    private static func form(of name: String) -> String {
        if name.utf8.elementsEqual(name.precomposedStringWithCanonicalMapping.utf8) { return "NFC" }
        if name.utf8.elementsEqual(name.decomposedStringWithCanonicalMapping.utf8) { return "NFD" }
        return "mixed normalisation"
    }
}
