/// GitHub-style heading ids: lower case, punctuation dropped, spaces as hyphens,
/// and `-1`, `-2`… appended to repeats, so links copied from GitHub keep working.
struct HeadingIDs {
    private var used: [String: Int]

    /// Ids the page around the body already uses (the default theme's landmarks and
    /// labels, and the footnotes heading): a heading called "Main" becomes `main-1`.
    static let reserved = ["main", "toc-label", "related-label", "footnotes-label", "post-tags-label"]

    init() {
        used = Self.reservedUsed
    }

    /// `reserved`, each used once: copied per page instead of hashed again per page.
    private static let reservedUsed = Dictionary(uniqueKeysWithValues: reserved.map { ($0, 0) })

    mutating func id(for text: String) -> String {
        var base = Self.asciiSlug(text) ?? Self.slug(text)
        if base.isEmpty { base = "section" }
        // A heading seen for the first time (nearly all of them) costs one hash: each
        // id used to be looked up and stored twice, most of the time ids took.
        guard let count = used.updateValue(0, forKey: base) else { return base }
        var next = count
        var candidate: String
        repeat {
            next += 1
            candidate = "\(base)-\(next)"
        } while used[candidate] != nil
        used[base] = next
        used[candidate] = 0
        return candidate
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
            // non-ASCII ones spares a copy of every heading with an accent in it.
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
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
