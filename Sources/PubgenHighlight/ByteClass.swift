// Byte predicates shared by every lexer. Bytes at or above 0x80 (any non-ASCII scalar) count
// as identifier bytes, so a token boundary never falls inside a multi-byte UTF-8 sequence.

@inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

@inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

@inline(__always) func isUppercase(_ b: UInt8) -> Bool { b &- 0x41 < 26 }

@inline(__always) func isLowercase(_ b: UInt8) -> Bool { b &- 0x61 < 26 }

@inline(__always) func isHexDigit(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 0x61 < 6 }

@inline(__always) func isIdentifierStart(_ b: UInt8) -> Bool { isLetter(b) || b == 0x5F || b >= 0x80 }

@inline(__always) func isIdentifierByte(_ b: UInt8) -> Bool { isIdentifierStart(b) || isDigit(b) }

/// Space, tab, carriage return, vertical tab or form feed: whitespace that does not end a line.
@inline(__always) func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C }

/// ASCII letters folded to lower case; every other byte unchanged.
@inline(__always) func lowercased(_ b: UInt8) -> UInt8 { isUppercase(b) ? b | 0x20 : b }

/// The number of bytes in the UTF-8 sequence that starts with `lead` (1 for ASCII or a stray byte).
@inline(__always) func utf8Length(_ lead: UInt8) -> Int {
    lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
}

/// A set of ASCII bytes as a 128-bit mask: the bytes that may start a special token.
struct ByteSet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ bytes: some Sequence<UInt8> = []) {
        for b in bytes { insert(b) }
    }

    mutating func insert(_ b: UInt8) {
        if b < 64 { low |= 1 << UInt64(b) } else if b < 128 { high |= 1 << UInt64(b - 64) }
    }

    @inline(__always) func contains(_ b: UInt8) -> Bool {
        b < 64 ? (low >> UInt64(b)) & 1 != 0 : b < 128 ? (high >> UInt64(b &- 64)) & 1 != 0 : false
    }
}
