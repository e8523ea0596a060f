/// Writes a `FeedDocument` as RSS 2.0 with the `content`, `dc` and `atom` extensions
/// that feed readers use for full text, authors and the feed's own address.
package enum RSSWriter {
    /// - Returns: The feed's UTF-8 bytes.
    /// - Throws: `XMLWriter.Failure` when libxml2 fails.
    package static func write(_ feed: FeedDocument) throws -> [UInt8] {
        let writer = try XMLWriter()
        let namespaces: KeyValuePairs<String, String> = [
            "version": "2.0",
            "xmlns:atom": "http://www.w3.org/2005/Atom",
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
        ]
        try writer.element("rss", attributes: namespaces) {
            try writer.element("channel") {
                let channel = feed.channel
                try writer.element("title", text: channel.title)
                try writer.element("link", text: channel.link)
                try writer.element("description", text: channel.description)
                try writer.element("language", text: channel.language)
                try writer.element("generator", text: channel.generator)
                if let date = channel.lastBuildDate { try writer.element("lastBuildDate", text: date) }
                try writer.element(
                    "atom:link",
                    attributes: ["href": channel.selfURL, "rel": "self", "type": "application/rss+xml"])
                for item in feed.items { try write(item, with: writer) }
            }
        }
        return try writer.finish()
    }

    private static func write(_ item: FeedDocument.Item, with writer: borrowing XMLWriter) throws {
        try writer.element("item") {
            try writer.element("title", text: item.title)
            try writer.element("link", text: item.link)
            // A permalink guid must be a URL a reader can open: not so without a base URL.
            let isPermaLink = item.guid == item.link && item.link.contains("://")
            try writer.element("guid", text: item.guid, attributes: ["isPermaLink": isPermaLink ? "true" : "false"])
            try writer.element("pubDate", text: item.pubDate)
            if let creator = item.creator, !creator.isEmpty { try writer.element("dc:creator", text: creator) }
            for category in item.categories { try writer.element("category", text: category) }
            try writer.element("description", text: item.description)
            try writer.element("content:encoded") { try writer.cdata(item.contentHTML) }
        }
    }
}
