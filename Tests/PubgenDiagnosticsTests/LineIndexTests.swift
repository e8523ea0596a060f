import PubgenDiagnostics
import PubgenTestSupport
import Testing

@Suite struct LineIndexTests {
    /// Bytes: a b \n c é(2) \r \n x \r y  →  lines start at 0, 3, 8, 10.
    static let mixed = "ab\ncé\r\nx\ry"

    @Test func everyLineEndingStartsALine() {
        #expect(LineIndex(Self.mixed).lineCount == 4)
        #expect(LineIndex("one\ntwo\n").lineCount == 3)
        #expect(LineIndex("a\r\n\r\nb").lineCount == 3)
        #expect(LineIndex("\r\r").lineCount == 3)
        #expect(LineIndex("no ending").lineCount == 1)
        #expect(LineIndex("").lineCount == 1)
    }

    @Test func lineTextDropsItsLineEnding() {
        let index = LineIndex(Self.mixed)
        #expect(index.line(1) == "ab")
        #expect(index.line(2) == "cé")
        #expect(index.line(3) == "x")
        #expect(index.line(4) == "y")
    }

    @Test func lineOutOfRangeIsEmpty() {
        let index = LineIndex(Self.mixed)
        #expect(index.line(0) == "")
        #expect(index.line(5) == "")
        #expect(index.line(-1) == "")
    }

    @Test func emptyLinesBetweenCRLFs() {
        let index = LineIndex("a\r\n\r\nb")
        #expect(index.line(1) == "a")
        #expect(index.line(2) == "")
        #expect(index.line(3) == "b")
    }

    struct OffsetCase: Sendable, CustomTestStringConvertible {
        var offset: Int
        var line: Int
        var column: Int
        var testDescription: String { "byte \(offset) → \(line):\(column)" }
    }

    @Test(arguments: [
        OffsetCase(offset: 0, line: 1, column: 1),
        OffsetCase(offset: 2, line: 1, column: 3),   // the \n itself
        OffsetCase(offset: 3, line: 2, column: 1),
        OffsetCase(offset: 4, line: 2, column: 2),   // é's first byte
        OffsetCase(offset: 6, line: 2, column: 3),   // after é: 2 bytes, 1 character
        OffsetCase(offset: 7, line: 2, column: 4),   // the \n of \r\n stays on line 2
        OffsetCase(offset: 8, line: 3, column: 1),
        OffsetCase(offset: 9, line: 3, column: 2),   // the lone \r
        OffsetCase(offset: 10, line: 4, column: 1),
        OffsetCase(offset: 11, line: 4, column: 2),  // end of text
    ])
    func positionOfByteOffset(_ c: OffsetCase) {
        let position = LineIndex(Self.mixed).position(ofByteOffset: c.offset)
        #expect(position.line == c.line)
        #expect(position.column == c.column)
    }

    @Test func positionClampsOffsetsOutsideTheText() {
        let index = LineIndex(Self.mixed)
        let before = index.position(ofByteOffset: -5)
        #expect(before.line == 1 && before.column == 1)
        let after = index.position(ofByteOffset: 1_000)
        #expect(after.line == 4 && after.column == 2)
    }

    @Test func columnsCountUnicodeScalarsNotBytesOrGraphemes() {
        // "😀" is 4 bytes, 1 scalar; "e\u{301}" is one grapheme of 2 scalars.
        let index = LineIndex("😀e\u{301}x")
        #expect(index.position(ofByteOffset: 4).column == 2)   // e
        #expect(index.position(ofByteOffset: 7).column == 4)   // x: 4 + 1 + 2 bytes
        #expect(index.byteOffset(line: 1, column: 4) == 7)
    }

    @Test func characterColumnConvertsCByteColumns() {
        // Line 2 is "cé" at bytes 3…5, then "\r\n".
        let index = LineIndex(Self.mixed)
        #expect(index.characterColumn(line: 2, byteColumn: 1) == 1)
        #expect(index.characterColumn(line: 2, byteColumn: 2) == 2)
        #expect(index.characterColumn(line: 2, byteColumn: 4) == 3)
        // A line of multi-byte text before an element, as cmark reports it.
        let japanese = LineIndex("日本語 [x](y)")
        #expect(japanese.characterColumn(line: 1, byteColumn: 11) == 5)
    }

    @Test func characterColumnOnALineThatDoesNotExistIsTheByteColumn() {
        let index = LineIndex("é")
        #expect(index.characterColumn(line: 0, byteColumn: 7) == 7)
        #expect(index.characterColumn(line: 2, byteColumn: 7) == 7)
    }

    @Test func byteOffsetOfLineAndColumn() {
        let index = LineIndex(Self.mixed)
        #expect(index.byteOffset(line: 1, column: 1) == 0)
        #expect(index.byteOffset(line: 2, column: 2) == 4)
        #expect(index.byteOffset(line: 2, column: 3) == 6)
        #expect(index.byteOffset(line: 4, column: 1) == 10)
        #expect(index.byteOffset(line: 4, column: 9) == 11)   // clamped to the end
        #expect(index.byteOffset(line: 5, column: 1) == 11)   // no such line: end of text
        #expect(index.byteOffset(line: 0, column: 1) == 11)
    }

    @Test func byteOffsetAndPositionAreInverses() {
        let text = "première ligne\n  日本語 😀 ok\r\nlast é"
        let index = LineIndex(text)
        var offset = 0
        for scalar in text.unicodeScalars {
            let position = index.position(ofByteOffset: offset)
            #expect(index.byteOffset(line: position.line, column: position.column) == offset, "offset \(offset)")
            offset += String(scalar).utf8.count
        }
    }

    @Test func initFromBytesMatchesInitFromString() {
        let fromBytes = LineIndex(bytes: Array(Self.mixed.utf8))
        let fromString = LineIndex(Self.mixed)
        #expect(fromBytes.lineCount == fromString.lineCount)
        for line in 1...4 { #expect(fromBytes.line(line) == fromString.line(line)) }
    }

    /// Text without a carriage return takes the memchr path; it must find the same lines
    /// as the byte loop, which text with one takes.
    @Test func linesWithAndWithoutCarriageReturnsAgree() {
        let texts = ["", "\n", "a", "a\n", "\n\nb", "one\ntwo\n\nfour é\n日本\nlast", String(repeating: "x\n", count: 100)]
        for text in texts {
            let plain = LineIndex(text)
            // A carriage return at the very end adds a line but moves no other.
            let withCR = LineIndex(text + "\r")
            #expect(withCR.lineCount == plain.lineCount + 1, "\(text.debugDescription)")
            for line in 1...plain.lineCount {
                #expect(plain.line(line) == withCR.line(line), "\(text.debugDescription) line \(line)")
            }
            for offset in 0...text.utf8.count {
                #expect(plain.position(ofByteOffset: offset) == withCR.position(ofByteOffset: offset))
            }
        }
    }
}


/// The line scan (memchr without carriage returns, a byte loop with them) finds the
/// lines the rule gives, with a line feed or carriage return at every offset.
@Suite struct LineScanTests {
    /// Line starts by the rule: after `\n`, after `\r\n`, after a lone `\r`.
    static func referenceStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A {
                starts.append(index)
            } else if byte == 0x0D {
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
                starts.append(index)
            }
        }
        return starts
    }

    static func starts(_ index: LineIndex, _ bytes: [UInt8]) -> [Int] {
        (1...index.lineCount).map { index.byteOffset(line: $0, column: 1) }
    }

    @Test func lineBreaksAtEveryOffsetAgree() {
        for length in 0..<20 {
            for position in 0..<max(1, length) {
                for breaks in [[UInt8(0x0A)], [0x0D], [0x0D, 0x0A], [0x0A, 0x0A], [0xC3, 0xA9, 0x0A]] {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    if length > 0 { bytes.replaceSubrange(position..<min(length, position + 1), with: breaks) }
                    let index = LineIndex(bytes: bytes)
                    #expect(Self.starts(index, bytes) == Self.referenceStarts(bytes), "\(bytes)")
                }
            }
        }
    }

    @Test func randomTextsAgree() {
        var random = SplitMix64(seed: 0x11AE5)
        let pieces: [[UInt8]] = [Array("word ".utf8), Array("é".utf8), [0x0A], [0x0A, 0x0A], [0x0D, 0x0A], [0x0D], Array("longer text ".utf8)]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            let allowCR = Bool.random(using: &random)
            for _ in 0..<Int.random(in: 0..<60, using: &random) {
                var piece = pieces[Int.random(in: 0..<pieces.count, using: &random)]
                if !allowCR { piece.removeAll { $0 == 0x0D } }
                bytes += piece
            }
            let index = LineIndex(bytes: bytes)
            #expect(Self.starts(index, bytes) == Self.referenceStarts(bytes), "\(bytes)")
        }
    }
}
