/// A language's reserved words (keywords, type names, literals, built-in functions) as an
/// open-addressing hash table over UTF-8 bytes, so classifying an identifier allocates nothing.
struct WordTable: Sendable {
    /// What a word is, and what the identifier right after it is (`def` → a function name,
    /// `class` → a type name), or `.plain` for no effect.
    struct Match: Sendable {
        var cls: TokenClass
        var next: TokenClass
    }

    private struct Entry: Sendable {
        var offset: Int
        var length: Int
        var match: Match
    }

    private var text: [UInt8] = []
    private var entries: [Entry] = []
    private var slots: [Int32]
    private let mask: Int
    private var longest = 0
    /// Words of up to eight bytes (nearly all of them) again, each packed into a word
    /// (`packed`) and found by one multiply and a compare: hashing each identifier a
    /// byte at a time and comparing it byte by byte was 2% of a 10,000-article build.
    /// Empty when the table folds case (SQL), which takes the general path.
    private var shortKeys: [UInt64] = []
    private var shortMatches: [Match] = []
    private var shortShift: UInt64 = 64
    /// Whether words match in any ASCII case (SQL). Words are then stored in lower case.
    let foldsCase: Bool

    /// Each argument is a space-separated word list. The `defines…` words are keywords too.
    init(
        keywords: String, types: String = "", literals: String = "", builtins: String = "",
        definesFunction: String = "", definesType: String = "", foldsCase: Bool = false
    ) {
        self.foldsCase = foldsCase
        let groups: [(String, Match)] = [
            (keywords, Match(cls: .keyword, next: .plain)), (types, Match(cls: .type, next: .plain)),
            (literals, Match(cls: .literal, next: .plain)), (builtins, Match(cls: .function, next: .plain)),
            (definesFunction, Match(cls: .keyword, next: .function)), (definesType, Match(cls: .keyword, next: .type)),
        ]
        let words = groups.flatMap { list, match in list.split(separator: " ").map { (Array($0.utf8), match) } }
        var size = 16
        while size < words.count * 3 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for (word, match) in words {
            let folded = foldsCase ? word.map(lowercased) : word
            let slot = folded.withUnsafeBufferPointer {
                findSlot(Source(base: $0.baseAddress!, start: 0, end: $0.count), 0, $0.count)
            }
            if slots[slot] >= 0 {
                entries[Int(slots[slot])].match = match  // a later group wins (`def` becomes a definer)
                continue
            }
            slots[slot] = Int32(entries.count)
            entries.append(Entry(offset: text.count, length: folded.count, match: match))
            text.append(contentsOf: folded)
            longest = max(longest, folded.count)
        }
        if !foldsCase { makeShortTable() }
    }

    /// Fills `shortKeys` and `shortMatches` from the entries of at most eight bytes.
    private mutating func makeShortTable() {
        let short = entries.filter { $0.length <= 8 }
        var bits: UInt64 = 4
        while 1 << bits < short.count * 3 { bits += 1 }
        shortShift = 64 - bits
        shortKeys = Array(repeating: 0, count: 1 << bits)
        shortMatches = Array(repeating: Match(cls: .plain, next: .plain), count: 1 << bits)
        for entry in short {
            let key = text.withUnsafeBufferPointer { bytes in
                Self.packed(Source(base: bytes.baseAddress!, start: 0, end: bytes.count), entry.offset, entry.offset + entry.length)
            }
            var slot = Self.shortSlot(key, shift: shortShift)
            while shortKeys[slot] != 0 { slot = (slot + 1) & (shortKeys.count - 1) }
            shortKeys[slot] = key
            shortMatches[slot] = entry.match
        }
    }

    /// `source[from..<to]` (one to eight bytes) as a little-endian word: byte k in bits
    /// 8k to 8k+7, zeros above. No word (and no identifier, which is what is looked up)
    /// holds a zero byte, so each packs differently, and none packs to 0, the empty slot.
    @inline(__always) private static func packed(_ source: Source, _ from: Int, _ to: Int) -> UInt64 {
        let count = to - from
        if from + 8 <= source.end {
            let word = UInt64(littleEndian: UnsafeRawPointer(source.base + from).loadUnaligned(as: UInt64.self))
            return count == 8 ? word : word & ((1 << UInt64(8 * count)) - 1)
        }
        var word: UInt64 = 0
        for k in 0..<count { word |= UInt64(source[from + k]) << UInt64(8 * k) }
        return word
    }

    @inline(__always) private static func shortSlot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// What the identifier `source[from..<to]` is, or nil for an ordinary name.
    @inline(__always) func lookup(_ source: Source, _ from: Int, _ to: Int) -> Match? {
        assert(to > from, "an empty word looked up")
        guard to - from <= longest else { return nil }
        if to - from <= 8, !shortKeys.isEmpty {
            let key = Self.packed(source, from, to)
            var slot = Self.shortSlot(key, shift: shortShift)
            while true {
                let found = shortKeys[slot]
                if found == key { return shortMatches[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & (shortKeys.count - 1)
            }
        }
        let slot = findSlot(source, from, to)
        let index = slots[slot]
        return index < 0 ? nil : entries[Int(index)].match
    }

    /// The slot that holds the word, or the empty slot where it would go.
    private func findSlot(_ source: Source, _ from: Int, _ to: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for i in from..<to {
            let b = foldsCase ? lowercased(source[i]) : source[i]
            hash = (hash ^ UInt32(b)) &* 16_777_619
        }
        var slot = Int(hash ^ (hash >> 15)) & mask
        while true {
            let index = slots[slot]
            if index < 0 || sameWord(entries[Int(index)], source, from, to) { return slot }
            slot = (slot + 1) & mask
        }
    }

    private func sameWord(_ entry: Entry, _ source: Source, _ from: Int, _ to: Int) -> Bool {
        guard entry.length == to - from else { return false }
        for k in 0..<entry.length {
            let b = foldsCase ? lowercased(source[from + k]) : source[from + k]
            if text[entry.offset + k] != b { return false }
        }
        return true
    }
}
