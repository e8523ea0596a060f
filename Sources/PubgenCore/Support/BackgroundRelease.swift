import Dispatch

/// Frees a large value on a background thread.
///
/// A build's last act used to be freeing its 10,000 articles, records and dictionaries
/// one allocation at a time: about 8% of a one-article rebuild, all of it after the
/// output was committed. Handed over here, they are freed beside the summary being
/// printed, or not at all when the process exits first (the kernel then takes the
/// memory back wholesale, as with clang's `-disable-free`).
enum BackgroundRelease {
    /// Takes `value` over; pass the last reference (`consume`), else the caller's copy
    /// may be the one freed.
    static func release<Value: Sendable>(_ value: consuming Value) {
        let box = Box(consume value)
        DispatchQueue.global(qos: .utility).async { box.value = nil }
    }

    /// Owned by one thread at a time: the caller until `async`, then the queue.
    private final class Box<Value>: @unchecked Sendable {
        var value: Value?
        init(_ value: consuming Value) { self.value = consume value }
    }
}
