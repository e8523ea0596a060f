extension String {
    /// Every occurrence of `target` replaced, compared by UTF-8 bytes (and so by
    /// Unicode scalars, never by `Character`: Swift treats `"\r\n"` as one character,
    /// so a character-based search for `"\r"` or `"\n"` would miss it).
    package func replacingScalars(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return self }
        var copy = self
        return copy.withUTF8 { haystack -> String in
            var output: [UInt8] = []
            var index = 0
            var copied = 0
            let last = haystack.count - needle.count
            while index <= last {
                if haystack[index] == first, haystack.hasBytes(needle, at: index) {
                    output.append(contentsOf: haystack[copied..<index])
                    output.append(contentsOf: replacement.utf8)
                    index += needle.count
                    copied = index
                } else {
                    index += 1
                }
            }
            guard copied > 0 else { return self }
            output.append(contentsOf: haystack[copied...])
            return String(decoding: output, as: UTF8.self)
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether `pattern` stands at `index`: the one byte comparison every hand-written
    /// scan over rendered HTML needs (replacements, accessibility fixes, feed links).
    @inlinable
    package func hasBytes(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + pattern.count <= count else { return false }
        for offset in pattern.indices where self[index + offset] != pattern[offset] { return false }
        return true
    }
}
