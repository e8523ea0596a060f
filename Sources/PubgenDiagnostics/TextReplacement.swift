extension String {
    /// Every occurrence of `target` replaced, compared by UTF-8 bytes (and so by
    /// Unicode scalars, never by `Character`: Swift treats `"\r\n"` as one character,
    /// so a character-based search for `"\r"` or `"\n"` would miss it).
    package func replacingScalars(_ target: String, with replacement: String) -> String {
        var copy = self
        let replaced = copy.withUTF8 { $0.replacing(Array(target.utf8), with: Array(replacement.utf8)) }
        return replaced.map { String(decoding: $0, as: UTF8.self) } ?? self
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

    /// Where `pattern` first stands, compared by bytes; `nil` for an empty pattern.
    package func firstIndex(of pattern: [UInt8]) -> Int? {
        guard let first = pattern.first, pattern.count <= count else { return nil }
        for index in 0...(count - pattern.count) where self[index] == first && hasBytes(pattern, at: index) {
            return index
        }
        return nil
    }

    /// The bytes with every occurrence of `pattern` replaced, compared by bytes; `nil`
    /// when there is none (or the pattern is empty), so callers keep what they have.
    package func replacing(_ pattern: [UInt8], with replacement: [UInt8]) -> [UInt8]? {
        guard let first = pattern.first, pattern.count <= count else { return nil }
        var output: [UInt8] = []
        var index = 0
        var copied = 0
        while index <= count - pattern.count {
            if self[index] == first, hasBytes(pattern, at: index) {
                output.append(contentsOf: self[copied..<index])
                output.append(contentsOf: replacement)
                index += pattern.count
                copied = index
            } else {
                index += 1
            }
        }
        guard copied > 0 else { return nil }
        output.append(contentsOf: self[copied...])
        return output
    }
}
