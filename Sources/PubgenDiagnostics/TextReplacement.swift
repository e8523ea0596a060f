extension String {
    /// Every occurrence of `target` replaced, compared by Unicode scalars.
    ///
    /// Not by `Character`: Swift treats `"\r\n"` as one character, so a
    /// character-based search for `"\r"` or `"\n"` would miss it.
    package func replacingScalars(_ target: String, with replacement: String) -> String {
        let needle = Array(target.unicodeScalars)
        guard !needle.isEmpty else { return self }
        let haystack = Array(unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < haystack.count {
            if haystack[index] == needle[0], index + needle.count <= haystack.count,
               haystack[index..<(index + needle.count)].elementsEqual(needle) {
                result.append(contentsOf: replacement.unicodeScalars)
                index += needle.count
            } else {
                result.append(haystack[index])
                index += 1
            }
        }
        return String(result)
    }
}
