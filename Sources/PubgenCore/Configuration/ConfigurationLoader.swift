import Foundation
import PubgenDiagnostics
import Yams

/// Reads `pubgen.yml`, reporting every bad value at its `path:line:col`.
package enum ConfigurationLoader {
    package static let fileName = "pubgen.yml"
    static let rule = "config"
    /// Everything about the base URL: a bad one here, a missing one in `Publisher`.
    package static let baseURLRule = "config.base-url"

    /// Loads the configuration file, or the defaults when `url` does not exist.
    /// - Parameters:
    ///   - url: The configuration file.
    ///   - displayPath: How diagnostics name the file.
    ///   - required: Whether a missing file is an error (an explicit `--config`).
    package static func load(from url: URL, displayPath: String, required: Bool = false) -> (SiteConfiguration, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if required || FileManager.default.fileExists(atPath: url.path) {
                return (SiteConfiguration(), [.error("cannot read the configuration file", rule: rule, at: SourceLocation(path: displayPath, line: 1, column: 1))])
            }
            return (SiteConfiguration(), [])
        }
        // As articles are read: a byte-order mark is skipped (it failed as "did not find
        // expected <document start>"), and bytes that are not UTF-8 are an error at their
        // place (a Latin-1 title was published with U+FFFD in it).
        let bytes = [UInt8](data)
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let offset = text.withUnsafeBufferPointer({ $0.firstInvalidUTF8Offset }) {
            return (SiteConfiguration(), [SourceFile.invalidUTF8(in: text, at: offset, displayPath: displayPath)])
        }
        return parse(String(decoding: text, as: UTF8.self), displayPath: displayPath)
    }

    /// The keys `parse` reads, for "did you mean" (aliases left out); a test keeps it
    /// in step with the `switch` there.
    package static let knownKeys = [
        "title", "description", "author", "language", "base_url", "timezone", "feed_limit", "paginate", "highlight",
        "theme", "permalink", "unsafe_html", "smart_punctuation", "lint",
    ]

    /// Parses configuration text.
    package static func parse(_ text: String, displayPath: String) -> (SiteConfiguration, [Diagnostic]) {
        var configuration = SiteConfiguration()
        var diagnostics: [Diagnostic] = []
        let position = YAMLPosition(path: displayPath, lineOffset: 0)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            return (configuration, [position.diagnostic(for: error, rule: rule, yaml: text)])
        }
        guard let root else { return (configuration, []) }
        guard case let .mapping(mapping) = root else {
            return (configuration, [.error("the configuration must be a mapping of keys to values", rule: rule, at: position.location(of: root))])
        }
        for (keyNode, value) in mapping {
            let key = FrontMatterKey.canonical(keyNode.scalarText ?? "")
            let at = position.location(of: value)
            func text() -> String? {
                guard let text = value.scalarText else {
                    diagnostics.append(.error("'\(key)' must be a single value, not \(value.kindDescription)", rule: rule, at: at))
                    return nil
                }
                return text
            }
            func flag() -> Bool? {
                guard let text = text() else { return nil }
                // Any case, as the configuration always took them (`TRUE`, `Yes`, `tRuE`).
                guard let value = YAMLBoolean.value(of: text.lowercased()) else {
                    diagnostics.append(.error("'\(key)' must be true or false (or yes or no)", rule: rule, at: at))
                    return nil
                }
                return value
            }
            switch key {
            case "title":
                guard let title = text() else { break }
                // Every page's <title> and the feeds' names: `title:` or `title: ~` gave "" or "~".
                if value.isNull || title.trimmingCharacters(in: .whitespaces).isEmpty {
                    diagnostics.append(.error("'title' is empty; every page and feed shows it", rule: rule, at: at))
                } else {
                    configuration.title = title
                }
            case "description": text().map { configuration.description = $0 }
            case "author": text().map { configuration.author = $0 }
            case "language": text().map { configuration.language = $0 }
            case "base_url":
                guard let url = text() else { break }
                if url.isEmpty { configuration.baseURL = nil; break }
                switch BaseURL.normalized(url, name: "base_url") {
                case let .success(normalized): configuration.baseURL = normalized
                case let .failure(problem): diagnostics.append(.error(problem.message, rule: baseURLRule, at: at))
                }
            case "timezone", "time_zone":
                guard let name = text() else { break }
                if let zone = TimeZone(identifier: name) {
                    configuration.timeZone = zone
                } else {
                    diagnostics.append(.error("unknown time zone '\(name)'; use an IANA name such as Europe/Berlin or UTC", rule: rule, at: at))
                }
            case "feed_limit", "feed_items":
                guard let text = text() else { break }
                if let limit = Int(text), limit > 0 {
                    configuration.feedLimit = limit
                } else {
                    diagnostics.append(.error("'\(key)' must be a positive whole number", rule: rule, at: at))
                }
            case "paginate":
                guard let text = text() else { break }
                if let count = Int(text), count >= 0 {
                    configuration.paginate = count
                } else {
                    diagnostics.append(.error("'paginate' must be a whole number of articles per page (0 for no pagination)", rule: rule, at: at))
                }
            case "highlight": flag().map { configuration.highlight = $0 }
            case "theme": text().map { configuration.theme = $0 }
            case "permalink", "permalinks":
                guard let pattern = text() else { break }
                switch PermalinkPattern.parse(pattern) {
                case let .success(value): configuration.permalink = value
                case let .failure(problem): diagnostics.append(.error("'permalink': \(problem.reason)", rule: rule, at: at))
                }
            case "unsafe_html": flag().map { configuration.unsafeHTML = $0 }
            case "smart_punctuation", "smartypants": flag().map { configuration.smartPunctuation = $0 }
            case "lint":
                break  // read by the linter
            default:
                let written = keyNode.scalarText ?? ""
                diagnostics.append(.warning(
                    "unknown configuration key '\(written)'\(Suggestion.didYouMean(written, among: knownKeys))", rule: rule,
                    at: position.location(of: keyNode)))
            }
        }
        return (configuration, diagnostics)
    }
}
