/// A compact byte format for the source cache: variable-length integers and
/// length-prefixed UTF-8, written and read in the same order.
///
/// JSON was tried first: 37 MB for 10,000 articles' front matter, slower to decode than
/// the YAML it was meant to spare. This is about a fifth of that, and reading it is
/// little more than copying.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    /// Strings written with `interned`, in the order of their numbers. Searched as a
    /// list while short: an entry of the source cache interns a few dozen short names
    /// and one path, and building a dictionary for them was most of the cost of
    /// encoding it. A long table (the manifest's paths) is indexed by `numbers`.
    private var table: [String] = []
    private var numbers: [String: Int] = [:]
    private static let listLimit = 64

    mutating func int(_ value: Int) {
        // Zigzag, so small negative numbers (UTC offsets) stay short too.
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(count) }

    /// Appends what `other` wrote, as if written here, and takes over the strings it
    /// interned. Valid only while this writer has interned none: `other` numbered its
    /// strings from the first.
    mutating func append(_ other: BinaryWriter) {
        precondition(table.isEmpty, "BinaryWriter.append after interning: the numbers of the strings would clash")
        bytes.append(contentsOf: other.bytes)
        (table, numbers) = (other.table, other.numbers)
    }

    /// A block written in place by `write`, its length then put before it (a separate
    /// buffer per block was an allocation per article). A reader takes it with
    /// `BinaryReader.block()`, which may skip it, so strings first interned inside the
    /// block are forgotten after it: what follows interns them again.
    mutating func block(_ write: (inout BinaryWriter) -> Void) {
        let start = bytes.count
        let (outerTable, outerNumbers) = (table, numbers)
        write(&self)
        (table, numbers) = (outerTable, outerNumbers)
        // The length's varint, as `int` writes it, put before the block a byte at a time.
        var rest = UInt64(bytes.count - start) << 1
        var offset = start
        while rest >= 0x80 {
            bytes.insert(UInt8(rest & 0x7F) | 0x80, at: offset)
            offset += 1
            rest >>= 7
        }
        bytes.insert(UInt8(rest), at: offset)
    }

    /// Bytes after their length, so a reader can skip them or take them alone.
    mutating func block(_ block: ArraySlice<UInt8>) {
        int(block.count)
        bytes.append(contentsOf: block)
    }

    mutating func double(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(bits & 0xFF))
            bits >>= 8
        }
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    /// A string that recurs (a file's path in each of its locations, key names): the
    /// first time in full, after that as the number of its first appearance.
    mutating func interned(_ value: String) {
        let known = table.count <= Self.listLimit ? table.firstIndex(of: value) : numbers[value]
        if let number = known {
            int(number + 1)
            return
        }
        table.append(value)
        if table.count > Self.listLimit {
            if numbers.isEmpty { numbers = Dictionary(uniqueKeysWithValues: zip(table, table.indices)) }
            numbers[value] = table.count - 1
        }
        int(0)
        string(value)
    }

    mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}

struct BinaryReader: Sendable {
    struct Truncated: Error {}

    private let bytes: [UInt8]
    private var offset: Int
    private var end: Int
    private var table: [String] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        offset = 0
        end = bytes.count
    }

    /// A reader of `range` of `bytes` only (no copy), with a string table of its own.
    init(_ bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        offset = range.lowerBound
        end = range.upperBound
    }

    var isAtEnd: Bool { offset == end }

    /// A reader of the block (`BinaryWriter.block`) that comes next, with the strings
    /// interned so far, to read now or later; this reader goes on after it.
    mutating func block() throws -> BinaryReader {
        let range = try skip(try int())
        var reader = self
        reader.offset = range.lowerBound
        reader.end = range.upperBound
        return reader
    }

    /// Skips `count` bytes and returns their range.
    mutating func skip(_ count: Int) throws -> Range<Int> {
        guard count >= 0, count <= end - offset else { throw Truncated() }
        defer { offset += count }
        return offset..<offset + count
    }

    mutating func int() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Truncated() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        let zigzag = Int64(bitPattern: value)
        return Int((zigzag >> 1) ^ -(zigzag & 1))
    }

    mutating func bool() throws -> Bool {
        guard offset < end else { throw Truncated() }
        defer { offset += 1 }
        return bytes[offset] != 0
    }

    mutating func double() throws -> Double {
        guard offset + 8 <= end else { throw Truncated() }
        var bits: UInt64 = 0
        for index in (0..<8).reversed() { bits = bits << 8 | UInt64(bytes[offset + index]) }
        offset += 8
        return Double(bitPattern: bits)
    }

    mutating func string() throws -> String {
        let count = try int()
        guard count >= 0, count <= end - offset else { throw Truncated() }
        defer { offset += count }
        return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
    }

    mutating func interned() throws -> String {
        let number = try int()
        if number == 0 {
            let value = try string()
            table.append(value)
            return value
        }
        guard number - 1 < table.count, number > 0 else { throw Truncated() }
        return table[number - 1]
    }

    mutating func optional<T>(_ read: (inout BinaryReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout BinaryReader) throws -> T) throws -> [T] {
        let count = try int()
        guard count >= 0, count <= end - offset else { throw Truncated() }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }
}
