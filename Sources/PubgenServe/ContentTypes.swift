/// The `Content-Type` of a served file, by its extension.
///
/// A fixed table rather than the system's MIME database, so a preview looks the same on
/// every machine; anything unknown is `application/octet-stream`, and every response
/// carries `X-Content-Type-Options: nosniff`.
package enum ContentTypes {
    /// The media type for a file name.
    /// - Parameter fileName: The last path component.
    /// - Returns: A value for `Content-Type`, with a charset for text.
    package static func type(for fileName: String) -> String {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return fallback }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        return table[ext] ?? fallback
    }

    /// Whether responses of this type get the live-reload script (and the error overlay).
    package static func isHTML(_ type: String) -> Bool {
        type.hasPrefix("text/html")
    }

    static let fallback = "application/octet-stream"

    static let table: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json", "map": "application/json", "webmanifest": "application/manifest+json",
        "xml": "application/xml; charset=utf-8", "rss": "application/rss+xml", "atom": "application/atom+xml",
        "xsl": "application/xml; charset=utf-8",
        "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8", "csv": "text/csv; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon", "bmp": "image/bmp",
        "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
        "pdf": "application/pdf", "zip": "application/zip", "wasm": "application/wasm",
        "mp3": "audio/mpeg", "ogg": "audio/ogg", "wav": "audio/wav",
        "mp4": "video/mp4", "webm": "video/webm",
    ]
}
