/// Writes a sitemaps.org 0.9 `urlset` through libxml2.
package enum SitemapWriter {
    package struct Entry: Sendable, Equatable {
        /// Absolute URL.
        package var location: String
        /// W3C datetime (`2025-03-04` or `2025-03-04T09:30:00+01:00`), if known.
        package var lastModified: String?

        package init(location: String, lastModified: String?) {
            self.location = location
            self.lastModified = lastModified
        }
    }

    package static func write(_ entries: [Entry]) throws -> [UInt8] {
        let writer = try XMLWriter()
        try writer.element("urlset", attributes: ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9"]) {
            for entry in entries {
                try writer.element("url") {
                    try writer.element("loc", text: entry.location)
                    if let lastModified = entry.lastModified { try writer.element("lastmod", text: lastModified) }
                }
            }
        }
        return try writer.finish()
    }
}
