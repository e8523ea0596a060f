/// An RSS 2.0 feed as plain values: strings already formatted (dates in RFC 822,
/// links absolute), so the writer only has to write.
package struct FeedDocument: Sendable, Equatable {
    package struct Channel: Sendable, Equatable {
        package var title: String
        package var link: String
        package var description: String
        package var language: String
        /// The newest item's date, never the clock, so builds are reproducible.
        package var lastBuildDate: String?
        /// This feed's own URL, for `atom:link rel="self"`.
        package var selfURL: String
        package var generator: String

        package init(title: String, link: String, description: String, language: String,
                     lastBuildDate: String?, selfURL: String, generator: String) {
            self.title = title
            self.link = link
            self.description = description
            self.language = language
            self.lastBuildDate = lastBuildDate
            self.selfURL = selfURL
            self.generator = generator
        }
    }

    package struct Item: Sendable, Equatable {
        package var title: String
        package var link: String
        package var guid: String
        package var pubDate: String
        package var description: String
        /// The full article HTML with every link absolute.
        package var contentHTML: String
        package var creator: String?
        package var categories: [String]

        package init(title: String, link: String, guid: String, pubDate: String, description: String,
                     contentHTML: String, creator: String?, categories: [String]) {
            self.title = title
            self.link = link
            self.guid = guid
            self.pubDate = pubDate
            self.description = description
            self.contentHTML = contentHTML
            self.creator = creator
            self.categories = categories
        }
    }

    package var channel: Channel
    package var items: [Item]

    package init(channel: Channel, items: [Item]) {
        self.channel = channel
        self.items = items
    }
}
