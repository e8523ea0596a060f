import Foundation

/// URL-safe names: lower-case ASCII letters, digits and single hyphens.
///
/// Shared by `build` (article URLs) and `new` (file names), so an article's file name
/// and its URL always agree. Accents are transliterated (`Café` → `cafe`); scripts
/// without a Latin spelling are dropped.
package enum Slug {
    package static let maximumLength = 80

    /// The slug of `text`, or an empty string when nothing Latin is left.
    package static func make(from text: String) -> String {
        // Every tag of every article is made a slug on loading: ASCII text skips
        // Foundation's decomposition, which leaves it as it is anyway.
        text.utf8.allSatisfy { $0 < 0x80 } ? makeFromASCII(text) : makeFromUnicode(text)
    }

    /// `make` for ASCII text, on its bytes.
    static func makeFromASCII(_ text: String) -> String {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"): current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            case UInt8(ascii: "'"): continue
            default:
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return shorten(words)
    }

    /// `make` for any text: compatibility decomposition, then transliteration.
    static func makeFromUnicode(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if let ascii = transliteration(of: scalar) {
                current += ascii
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if scalar == "'" || scalar == "’" {
                continue  // "Writer's" → "writers", not "writer-s"
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return shorten(words)
    }
}

private extension Slug {
    static let special: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe", "ł": "l", "Ł": "l",
        "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i",
    ]

    static func transliteration(of scalar: Unicode.Scalar) -> String? {
        if scalar.isASCII {
            let value = scalar.value
            if (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) { return String(scalar) }
            if (0x41...0x5A).contains(value) { return String(Unicode.Scalar(value + 32)!) }
            return nil
        }
        return special[scalar]
    }

    /// Joins words with hyphens, cutting at a word boundary to stay within the limit.
    static func shorten(_ words: [String]) -> String {
        var result = ""
        for word in words {
            let candidate = result.isEmpty ? word : result + "-" + word
            if candidate.count > maximumLength {
                if result.isEmpty { result = String(word.prefix(maximumLength)) }
                break
            }
            result = candidate
        }
        return result
    }
}
