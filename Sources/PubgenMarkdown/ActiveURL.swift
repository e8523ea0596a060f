/// Recognises URLs that run code when followed, spelled the way a browser reads them.
///
/// cmark-gfm's safe mode blanks `javascript:`, `vbscript:`, `file:` and `data:` links, but
/// it compares the destination as written: a tab or newline inside the scheme
/// (`java&#9;script:`) or a control character before it passes, and browsers strip
/// both before they look at the scheme (WHATWG URL parsing). This check applies the
/// browser's reading first.
package enum ActiveURL {
    /// Schemes whose links run code or read local files.
    private static let activeSchemes: Set<String> = ["javascript", "vbscript", "livescript", "file", "data"]
    /// `data:` images are harmless and sometimes used for tiny icons.
    private static let safeDataPrefixes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    /// Whether following `url` could run code: its scheme, read as a browser reads it,
    /// is one of the active ones.
    package static func isActive(_ url: String) -> Bool {
        // Every link of every article passes here: answer the common shapes without
        // building anything. Only a colon before any `/`, `?` or `#` can end a scheme.
        let utf8 = url.utf8
        guard let end = utf8.firstIndex(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }),
              utf8[end] == UInt8(ascii: ":") else { return false }
        if utf8.starts(with: "https:".utf8) || utf8.starts(with: "http:".utf8) || utf8.starts(with: "mailto:".utf8) { return false }
        // Browsers drop leading and trailing C0 controls and spaces, then every tab and newline.
        var scalars = Array(url.unicodeScalars.drop { $0.value <= 0x20 })
        while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
        let reading = String(String.UnicodeScalarView(scalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" })).lowercased()
        guard let colon = reading.firstIndex(of: ":") else { return false }
        let scheme = reading[..<colon]
        guard activeSchemes.contains(String(scheme)) else { return false }
        return scheme != "data" || !safeDataPrefixes.contains { reading.hasPrefix($0) }
    }
}
