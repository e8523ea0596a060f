@testable import PubgenCore
import Testing

/// Interned strings read back as written, while the table is a list and after it
/// becomes a dictionary.
struct BinaryCodingTests {
    @Test(arguments: [1, 64, 65, 300])
    func internedStringsRoundTrip(_ distinct: Int) throws {
        let names = (0..<distinct).map { "name-\($0)" } + ["é", "e\u{301}"]
        // Each name several times, in an order that revisits old ones after the table grows.
        let written = names + names.reversed() + names.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        var writer = BinaryWriter()
        for name in written { writer.interned(name) }
        var reader = BinaryReader(writer.bytes)
        for name in written { #expect(try reader.interned() == name) }
        #expect(reader.isAtEnd)
        // A repeat costs a number, not the string again.
        var once = BinaryWriter()
        for name in names { once.interned(name) }
        #expect(writer.bytes.count < 2 * once.bytes.count)
    }

    /// A part written apart and appended is the bytes one writer gives, and the strings
    /// it interned stay known: after it, they are written as numbers.
    @Test(arguments: [3, 100])
    func aPartWrittenApartIsTheSameBytes(_ distinct: Int) throws {
        let names = (0..<distinct).map { "path-\($0)" }
        func writeHeader(_ writer: inout BinaryWriter) {
            writer.string("magic")
            writer.int(4)
        }
        func writePart(_ writer: inout BinaryWriter) { for name in names + names { writer.interned(name) } }
        func writeRest(_ writer: inout BinaryWriter) {
            for name in names.reversed() { writer.interned(name) }
            writer.interned("new")
        }
        var whole = BinaryWriter()
        writeHeader(&whole)
        writePart(&whole)
        writeRest(&whole)
        var part = BinaryWriter()
        writePart(&part)
        var joined = BinaryWriter()
        writeHeader(&joined)
        joined.append(part)
        writeRest(&joined)
        #expect(joined.bytes == whole.bytes)
        var reader = BinaryReader(joined.bytes)
        #expect(try reader.string() == "magic")
        #expect(try reader.int() == 4)
        for name in names + names + names.reversed() + ["new"] { #expect(try reader.interned() == name) }
        #expect(reader.isAtEnd)
    }
}

/// A block written in place reads back whole or is skipped, whatever its length's size.
@Suite struct BinaryBlockTests {
    @Test(arguments: [0, 1, 63, 64, 200, 8_191, 8_192, 70_000])
    func aBlockReadsBackOrIsSkipped(_ length: Int) throws {
        var writer = BinaryWriter()
        writer.int(7)
        writer.interned("before")
        writer.block { writer in
            writer.interned("before")
            writer.interned("inside")
            for number in 0..<length { writer.bool(number % 3 == 0) }
        }
        writer.int(-5)
        // A string interned first inside the block is written in full after it, since a
        // reader may have skipped the block.
        writer.interned("inside")
        var reader = BinaryReader(writer.bytes)
        #expect(try reader.int() == 7)
        #expect(try reader.interned() == "before")
        var block = try reader.block()
        #expect(try reader.int() == -5)
        #expect(try reader.interned() == "inside")
        #expect(reader.isAtEnd)
        #expect(try block.interned() == "before")
        #expect(try block.interned() == "inside")
        for number in 0..<length { #expect(try block.bool() == (number % 3 == 0)) }
        #expect(block.isAtEnd)
    }
}
