/// Collects the highlighted HTML. Lexers hand it byte ranges with a class; it escapes them,
/// and opens or closes a span only when the class changes, so adjacent runs of one class share
/// a span, spans never nest, and an empty range writes nothing (no empty spans).
///
/// The bytes live in a buffer it owns (freed by `deinit`), not an `Array`: tokens are a few
/// bytes long, and `Array.append(contentsOf:)` cost more than the lexing itself.
struct HTMLWriter: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private var open: TokenClass = .plain

    /// Bits 0x22 `"`, 0x26 `&`, 0x27 `'`, 0x3C `<`, 0x3E `>`: the bytes that need an entity.
    private static let escapedBytes: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    /// A writer for about `inputCount` bytes of code (the buffer grows as needed).
    init(capacity inputCount: Int) {
        capacity = inputCount * 3 + 64
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Writes `source[from..<to]` as `cls`.
    @inline(__always) mutating func write(_ source: Source, _ from: Int, _ to: Int, _ cls: TokenClass) {
        guard from < to else { return }
        if cls != open { switchClass(to: cls) }
        appendEscaped(source.base, from, to)
    }

    /// Writes `source[from..<to]` as `cls` without looking for bytes to escape: for tokens
    /// made only of bytes that never need an entity (blanks, line feeds, identifier bytes).
    /// Identifiers are most of any code, and the escape test per byte was the writer's
    /// largest cost.
    @inline(__always) mutating func writeVerbatim(_ source: Source, _ from: Int, _ to: Int, _ cls: TokenClass) {
        guard from < to else { return }
        if cls != open { switchClass(to: cls) }
        assert((from..<to).allSatisfy { !Self.needsEscape(source.base[$0]) }, "writeVerbatim given a byte that needs an entity")
        // Eight bytes at a time, the last word reading past `to` in the source and
        // writing past the token in the buffer: the source holds the bytes up to its
        // window's end, the buffer has room for them, and what follows writes over them. A token is a few
        // bytes; a loop per byte was a fifth of what an identifier cost.
        let length = to - from
        reserve(length + 8)
        if length == 1 {
            buffer[count] = source.base[from]  // a line feed or a space, as often as not
        } else if (length + 7) & ~7 <= source.end - from {
            var i = 0
            while i < length {
                let word = UnsafeRawPointer(source.base + from + i).loadUnaligned(as: UInt64.self)
                UnsafeMutableRawPointer(buffer + count + i).storeBytes(of: word, as: UInt64.self)
                i += 8
            }
        } else {
            (buffer + count).update(from: source.base + from, count: length)
        }
        count += length
    }

    /// Closes the open span, if any, and returns the HTML.
    consuming func finish() -> String {
        switchClass(to: .plain)
        return String(decoding: UnsafeBufferPointer(start: buffer, count: count), as: UTF8.self)
    }

    /// Closes the open span, if any, and appends the HTML's bytes to `output`.
    consuming func finish(appendingTo output: inout [UInt8]) {
        switchClass(to: .plain)
        output.append(contentsOf: UnsafeBufferPointer(start: buffer, count: count))
    }

    private mutating func switchClass(to cls: TokenClass) {
        if open != .plain { append("</span>") }
        if cls != .plain {
            append("<span class=\"hl-")
            reserve(1)
            buffer[count] = cls.rawValue
            count += 1
            append("\">")
        }
        open = cls
    }

    private mutating func appendEscaped(_ base: UnsafePointer<UInt8>, _ from: Int, _ to: Int) {
        reserve(to - from)
        var i = from
        while i < to {
            let b = base[i]
            if Self.needsEscape(b) {
                switch b {
                case 0x22: append("&quot;")
                case 0x26: append("&amp;")
                case 0x27: append("&#39;")
                case 0x3C: append("&lt;")
                default: append("&gt;")
                }
                reserve(to - i)
            } else {
                buffer[count] = b
                count += 1
            }
            i += 1
        }
    }

    @inline(__always) private static func needsEscape(_ b: UInt8) -> Bool {
        b < 0x3F && (escapedBytes >> UInt64(b)) & 1 != 0
    }

    @inline(__always) private mutating func append(_ text: StaticString) {
        let n = text.utf8CodeUnitCount
        reserve(n)
        (buffer + count).update(from: text.utf8Start, count: n)
        count += n
    }

    /// Makes room for `n` more bytes.
    @inline(__always) private mutating func reserve(_ n: Int) {
        guard count + n > capacity else { return }
        let newCapacity = max(capacity * 2, count + n)
        let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBuffer.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = newBuffer
        capacity = newCapacity
    }
}
