/// Adds markup to a served HTML page, just before `</body>`.
///
/// Only the preview server calls this, on the bytes it is about to send; nothing is
/// written back to the output folder, so `pubgen build` output never holds the script.
package enum HTMLInjector {
    /// The page with `snippet` inserted before the last `</body>` (any letter case), or
    /// appended when the page has none.
    /// - Parameters:
    ///   - snippet: Markup to add.
    ///   - page: The page's bytes as built.
    /// - Returns: The bytes to send.
    package static func inject(_ snippet: String, into page: [UInt8]) -> [UInt8] {
        let insertion = Array(snippet.utf8)
        guard let index = lastBodyClose(in: page) else { return page + insertion }
        var result = page
        result.insert(contentsOf: insertion, at: index)
        return result
    }

    /// The offset of the last `</body` in `page`, compared without regard to case.
    static func lastBodyClose(in page: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard page.count >= needle.count else { return nil }
        var start = page.count - needle.count
        while start >= 0 {
            var matches = true
            for offset in 0..<needle.count where lowercased(page[start + offset]) != needle[offset] {
                matches = false
                break
            }
            if matches { return start }
            start -= 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
