import Foundation

/// The site's settings: `pubgen.yml` at the site root, then command-line overrides.
/// Every field has a default, so a folder of Markdown builds with no configuration.
package struct SiteConfiguration: Sendable, Equatable {
    package var title: String = "My Blog"
    package var description: String = ""
    /// Absolute URL with a trailing slash, or `nil` when the site has none.
    package var baseURL: String?
    package var language: String = "en"
    package var author: String = ""
    /// Time zone of dates written without an offset (an IANA name).
    package var timeZone: TimeZone = TimeZone(identifier: "UTC")!
    /// How many of the newest articles the feed carries.
    package var feedLimit: Int = 20
    package var unsafeHTML: Bool = false
    package var smartPunctuation: Bool = true

    package init() {}

    /// `baseURL` normalised: trimmed, with exactly one trailing slash.
    package static func normalizedBaseURL(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }
}
