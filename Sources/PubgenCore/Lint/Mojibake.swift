/// Text that was UTF-8, decoded as Windows-1252 and saved again as UTF-8: `–` becomes
/// `â€“`, `é` becomes `Ã©`. Each run is found where it stands and, when the bytes
/// allow it, mapped back to the characters the writer typed.
package struct Mojibake: Sendable, Equatable {
    /// 1-based line and character column of the run's first character.
    package var line: Int
    package var column: Int
    /// The garbled characters as they appear.
    package var garbled: String
    /// What they were meant to be.
    package var intended: String

    /// Every mojibake run in `text`.
    package static func find(in text: String) -> [Mojibake] {
        var found: [Mojibake] = []
        for (lineNumber, scalars) in lines(of: text).enumerated() {
            guard scalars.contains(where: { (0xC2...0xF4).contains($0.value) }) else { continue }
            var index = 0
            while index < scalars.count {
                if let (length, intended) = decode(scalars, at: index) {
                    var garbled = String.UnicodeScalarView()
                    garbled.append(contentsOf: scalars[index..<(index + length)])
                    found.append(Mojibake(line: lineNumber + 1, column: index + 1, garbled: String(garbled), intended: intended))
                    index += length
                } else {
                    index += 1
                }
            }
        }
        return found
    }

    /// Lines as Unicode scalars, ended by `\n`, `\r\n` or a lone `\r` (a `Character`
    /// split would miss `\r\n`, which Swift treats as one character).
    static func lines(of text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { lines.append([]) }
            } else if scalar == "\r" {
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return lines
    }
}

private extension Mojibake {
    /// Windows-1252's bytes 0x80–0x9F; the five it leaves undefined are commonly kept as
    /// the C1 control with the same number, so those count too.
    static let windows1252High: [Unicode.Scalar: UInt8] = {
        let table: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        var map: [Unicode.Scalar: UInt8] = [:]
        for (offset, value) in table.enumerated() { map[Unicode.Scalar(value)!] = UInt8(0x80 + offset) }
        return map
    }()

    /// The Windows-1252 byte a character stands for, when it is a UTF-8 continuation byte.
    static func continuationByte(_ scalar: Unicode.Scalar) -> UInt8? {
        if (0xA0...0xBF).contains(scalar.value) { return UInt8(scalar.value) }
        return windows1252High[scalar]
    }

    /// A garbled sequence starting at `index`: its length in characters and its repair.
    static func decode(_ scalars: [Unicode.Scalar], at index: Int) -> (Int, String)? {
        let lead = scalars[index].value
        let expected: Int
        switch lead {
        case 0xC2...0xDF: expected = 2
        case 0xE0...0xEF: expected = 3
        case 0xF0...0xF4: expected = 4
        default: return nil
        }
        var bytes = [UInt8(lead)]
        var position = index + 1
        while bytes.count < expected, position < scalars.count, let byte = continuationByte(scalars[position]) {
            bytes.append(byte)
            position += 1
        }
        // "â€" with its third byte lost: 0x9D (”) is the byte Windows-1252 cannot show,
        // so it is the one that disappears.
        if bytes == [0xE2, 0x80] { bytes.append(0x9D) }
        guard bytes.count == expected else { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        guard case let .scalarValue(scalar) = decoder.decode(&iterator), scalar.value >= 0x80 else { return nil }
        return (position - index, String(scalar))
    }
}
