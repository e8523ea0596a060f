#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension UnsafeBufferPointer<UInt8> {
    /// Whether `byte` occurs at an index that `predicate` accepts (any index by default).
    ///
    /// The occurrences are found with `memchr`, far faster than a byte loop over text in
    /// which the byte is rare: the Markdown probes run over every article before it is
    /// parsed.
    @inlinable
    package func containsByte(_ byte: UInt8, where predicate: (Int) -> Bool = { _ in true }) -> Bool {
        guard let base = baseAddress else { return false }
        var start = 0
        while start < count, let hit = memchr(base + start, Int32(byte), count - start) {
            let index = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if predicate(index) { return true }
            start = index + 1
        }
        return false
    }
}
