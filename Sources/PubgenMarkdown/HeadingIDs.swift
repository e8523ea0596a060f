/// GitHub-style heading ids: lower case, punctuation dropped, spaces as hyphens,
/// and `-1`, `-2`… appended to repeats, so links copied from GitHub keep working.
struct HeadingIDs {
    /// Every id in use, in order, with the last number a repeat of it as a base was given.
    /// A page has a dozen: they are searched in order, and hashed (`positions`) only once
    /// there are many. A dictionary from the start, hashing every id, was most of what ids cost.
    private var ids: [String] = Self.reserved
    private var repeats: [Int] = Array(repeating: 0, count: Self.reserved.count)
    private var positions: [String: Int]?

    /// Ids the page around the body already uses (the default theme's landmarks and
    /// labels, and the footnotes heading): a heading called "Main" becomes `main-1`.
    static let reserved = ["main", "toc-label", "related-label", "footnotes-label", "post-tags-label"]

    init() {}

    mutating func id(for text: String) -> String {
        var base = Self.asciiSlug(text) ?? Self.slug(text)
        if base.isEmpty { base = "section" }
        guard let position = position(of: base) else {
            use(base)
            return base
        }
        var next = repeats[position]
        var candidate: String
        repeat {
            next += 1
            candidate = "\(base)-\(next)"
        } while self.position(of: candidate) != nil
        repeats[position] = next
        use(candidate)
        return candidate
    }

    private func position(of id: String) -> Int? {
        if let positions { return positions[id] }
        return ids.firstIndex(of: id)
    }

    private mutating func use(_ id: String) {
        ids.append(id)
        repeats.append(0)
        if positions != nil {
            positions?[id] = ids.count - 1
        } else if ids.count > 32 {
            positions = Dictionary(uniqueKeysWithValues: zip(ids, ids.indices))
        }
    }

    /// Lower case; letters, digits, `_` and `-` kept; spaces as hyphens; the rest dropped.
    static func slug(_ text: String) -> String {
        var base = ""
        base.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if let byte = slugByte(UInt8(scalar.value)) { base.unicodeScalars.append(Unicode.Scalar(byte)) }
                continue
            }
            // `String.lowercased()` maps each scalar on its own; mapping only the
            // non-ASCII ones spares a copy of every heading with an accent in it. A
            // scalar that lower case leaves as it is (CJK, most accented lower-case
            // letters) is kept or dropped as it is: its mapping is a new string each time.
            let properties = scalar.properties
            if !properties.changesWhenLowercased {
                if properties.isAlphabetic || properties.numericType != nil { base.unicodeScalars.append(scalar) }
                continue
            }
            for lower in properties.lowercaseMapping.unicodeScalars {
                if lower.isASCII {
                    // In ASCII the alphabetic scalars are the letters and the numeric ones the digits.
                    if let byte = slugByte(UInt8(lower.value)) { base.unicodeScalars.append(Unicode.Scalar(byte)) }
                } else if lower.properties.isAlphabetic || lower.properties.numericType != nil {
                    base.unicodeScalars.append(lower)
                }
            }
        }
        return base
    }

    /// `slug(_:)` for all-ASCII text, byte by byte, straight into the new string (nil
    /// otherwise): looking Unicode properties up was most of the time ids took.
    static func asciiSlug(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                for byte in bytes {
                    guard let kept = slugByte(byte) else { continue }
                    out[count] = kept
                    count += 1
                }
                return count
            }
        }
    }

    /// What an ASCII byte becomes in a slug: letters in lower case, digits, `_` and `-`
    /// as they are, a space as `-`; nil when it is dropped.
    @inline(__always) private static func slugByte(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): byte
        case UInt8(ascii: " "): UInt8(ascii: "-")
        default: nil
        }
    }
}
