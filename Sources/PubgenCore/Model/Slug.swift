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
