#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps between byte offsets in a text and 1-based line and column numbers.
///
/// Columns are counted in Unicode scalars, the "characters" editors count, while C
/// libraries (cmark, libxml2) report byte columns; this type converts between them.
/// `\n`, `\r\n` and a lone `\r` all end a line, as they do for cmark and libyaml.
package struct LineIndex: Sendable {
    /// The text's UTF-8: a string's own storage (every article's body passes here, and a
    /// copy of each was 0.35% of a build), or bytes that may not be valid UTF-8.
    private enum Storage: Sendable {
        case text(String)
        case bytes([UInt8])
        case source(SourceText)
    }

    private let storage: Storage
    private let byteCount: Int
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    private let lineStarts: [Int]

    package init(_ text: String) {
        storage = .text(text)
        byteCount = text.utf8.count
        lineStarts = Self.withBytes(of: storage) { Self.lineStarts($0) }
    }

    /// For a file's text as read, sharing its bytes.
    package init(_ text: SourceText) {
        storage = .source(text)
        byteCount = text.utf8.count
        lineStarts = text.withUTF8 { Self.lineStarts($0) }
    }

    package init(bytes: [UInt8]) {
        storage = .bytes(bytes)
        byteCount = bytes.count
        lineStarts = bytes.withUnsafeBufferPointer { Self.lineStarts($0) }
    }

    private static func withBytes<Result>(of storage: Storage, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storage {
        case let .text(text):
            if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
            return Array(text.utf8).withUnsafeBufferPointer(body)
        case let .bytes(bytes):
            return bytes.withUnsafeBufferPointer(body)
        case let .source(text):
            return text.withUTF8(body)
        }
    }

    private func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Self.withBytes(of: storage, body)
    }

    private static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        // Every article passes here. Text without a carriage return (nearly all of
        // it) has its line feeds found by memchr, far faster than a byte loop.
        if let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "\r")), bytes.count) == nil {
            var index = 0
            while index < bytes.count, let found = memchr(base + index, Int32(UInt8(ascii: "\n")), bytes.count - index) {
                index = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                starts.append(index)
            }
            return starts
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            // Every article passes here: one comparison for the bytes that cannot end a line.
            guard byte <= UInt8(ascii: "\r") else { continue }
            if byte == UInt8(ascii: "\n") {
                starts.append(index)
            } else if byte == UInt8(ascii: "\r") {
                if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                starts.append(index)
            }
        }
        return starts
    }

    package var lineCount: Int { lineStarts.count }

    /// The line and character column of a byte offset.
    package func position(ofByteOffset offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, byteCount))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        return (low + 1, characterCount(from: lineStarts[low], to: clamped) + 1)
    }

    /// Converts a 1-based byte column on a 1-based line into a character column.
    package func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return byteColumn }
        let start = lineStarts[line - 1]
        return characterCount(from: start, to: min(byteCount, start + max(0, byteColumn - 1))) + 1
    }

    /// The byte offset of a 1-based line and character column.
    package func byteOffset(line: Int, column: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return byteCount }
        return withBytes { bytes in
            var offset = lineStarts[line - 1]
            var remaining = column - 1
            while remaining > 0, offset < bytes.count {
                offset += 1
                while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
                remaining -= 1
            }
            return offset
        }
    }

    /// The text of a 1-based line without its line ending.
    package func line(_ number: Int) -> String {
        withBytes { String(decoding: $0[range(ofLine: number, in: $0)], as: UTF8.self) }
    }

    /// The UTF-8 of a 1-based line without its line ending, in place, for scans that need
    /// no string: every link's position is checked against its line, and a copy of the
    /// line per check was most of what positions cost.
    package func withLineBytes<Result>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withBytes { bytes in body(UnsafeBufferPointer(rebasing: bytes[range(ofLine: number, in: bytes)])) }
    }
}

private extension LineIndex {
    /// The byte range of a 1-based line without its line ending; empty when there is no such line.
    func range(ofLine number: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        guard number >= 1, number <= lineStarts.count else { return 0..<0 }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }

    /// Unicode scalars between two byte offsets: every byte that is not a continuation byte.
    func characterCount(from start: Int, to end: Int) -> Int {
        withBytes { bytes in
            var count = 0
            var index = start
            while index < end {
                if bytes[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
            return count
        }
    }
}
