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
        let text = String(decoding: data, as: UTF8.self)
        return parse(text, displayPath: displayPath)
    }

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
                switch text.lowercased() {
                case "true", "yes", "on": return true
                case "false", "no", "off": return false
                default:
                    diagnostics.append(.error("'\(key)' must be true or false", rule: rule, at: at))
                    return nil
                }
            }
            switch key {
            case "title": text().map { configuration.title = $0 }
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
                diagnostics.append(.warning("unknown configuration key '\(keyNode.scalarText ?? "")'", rule: rule, at: position.location(of: keyNode)))
            }
        }
        return (configuration, diagnostics)
    }
}
