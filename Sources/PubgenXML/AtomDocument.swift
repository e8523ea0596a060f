/// An Atom 1.0 feed as plain values (dates in RFC 3339, links absolute).
package struct AtomDocument: Sendable, Equatable {
    package struct Entry: Sendable, Equatable {
        package var title: String
        package var link: String
        package var id: String
        package var published: String
        package var updated: String
        /// One `<author>` each.
        package var authors: [String]
        package var categories: [String]
        package var summary: String
        package var contentHTML: String

        package init(title: String, link: String, id: String, published: String, updated: String, authors: [String],
                     categories: [String], summary: String, contentHTML: String) {
            self.title = title
            self.link = link
            self.id = id
            self.published = published
            self.updated = updated
            self.authors = authors
            self.categories = categories
            self.summary = summary
            self.contentHTML = contentHTML
        }
    }

    package var title: String
    package var subtitle: String?
    package var homeURL: String
    package var selfURL: String
    package var id: String
    /// The newest entry's date, never the clock.
    package var updated: String
    package var author: String
    package var language: String
    package var generator: String
    package var entries: [Entry]

    package init(title: String, subtitle: String?, homeURL: String, selfURL: String, id: String, updated: String,
                 author: String, language: String, generator: String, entries: [Entry]) {
        self.title = title
        self.subtitle = subtitle
        self.homeURL = homeURL
        self.selfURL = selfURL
        self.id = id
        self.updated = updated
        self.author = author
        self.language = language
        self.generator = generator
        self.entries = entries
    }
}

/// Writes an `AtomDocument` through libxml2.
package enum AtomWriter {
    package static func write(_ feed: AtomDocument) throws -> [UInt8] {
        let writer = try XMLWriter()
        try writer.element("feed", attributes: ["xmlns": "http://www.w3.org/2005/Atom", "xml:lang": feed.language]) {
            try writer.element("title", text: feed.title)
            if let subtitle = feed.subtitle { try writer.element("subtitle", text: subtitle) }
            try writer.element("link", attributes: ["rel": "alternate", "type": "text/html", "href": feed.homeURL])
            try writer.element("link", attributes: ["rel": "self", "type": "application/atom+xml", "href": feed.selfURL])
            try writer.element("id", text: feed.id)
            try writer.element("updated", text: feed.updated)
            try writer.element("author") { try writer.element("name", text: feed.author) }
            try writer.element("generator", text: feed.generator)
            for entry in feed.entries {
                try writer.element("entry") {
                    try writer.element("title", text: entry.title)
                    try writer.element("link", attributes: ["rel": "alternate", "type": "text/html", "href": entry.link])
                    try writer.element("id", text: entry.id)
                    try writer.element("published", text: entry.published)
                    try writer.element("updated", text: entry.updated)
                    for author in entry.authors where !author.isEmpty {
                        try writer.element("author") { try writer.element("name", text: author) }
                    }
                    for category in entry.categories { try writer.element("category", attributes: ["term": category]) }
                    try writer.element("summary", text: entry.summary, attributes: ["type": "text"])
                    try writer.element("content", text: entry.contentHTML, attributes: ["type": "html"])
                }
            }
        }
        return try writer.finish()
    }
}
