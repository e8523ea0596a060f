/// Counts words for reading time: runs of letters or digits, except that each
/// CJK ideograph or kana counts as one word, since those scripts use no spaces.
struct WordCounter {
    private(set) var count = 0
    private var inWord = false

    init() {}

    mutating func add(_ text: String) {
        for scalar in text.unicodeScalars {
            if Self.isCJK(scalar) {
                count += 1
                inWord = false
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "'" || scalar == "’" {
                if !inWord { count += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        inWord = false
    }

    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }
}
