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
}
