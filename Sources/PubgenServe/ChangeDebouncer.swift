import OrderedCollections

/// Gathers file changes into batches: a batch is ready once no change has come for
/// `quiet`, so an editor's save (often several events: write, rename, attribute change)
/// or a `git checkout` of many files leads to one rebuild, not many.
package actor ChangeDebouncer {
    /// In arrival order, each once: a folder moved in whole arrives as one change per
    /// file, and searching a plain list for each was quadratic (6 s for 20,000 files).
    private var pending: OrderedSet<String> = []
    private var lastChange = ContinuousClock.now
    private let quiet: Duration
    private let continuation: AsyncStream<Void>.Continuation
    /// One element whenever changes are waiting (at most one buffered).
    package nonisolated let signals: AsyncStream<Void>

    package init(quiet: Duration) {
        self.quiet = quiet
        (signals, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Records a change.
    package func add(_ path: String) {
        pending.append(path)
        lastChange = .now
        continuation.yield()
    }

    /// Waits until changes have been quiet for `quiet`, then takes them (in arrival order).
    package func settle() async -> [String] {
        while true {
            let waited = ContinuousClock.now - lastChange
            if waited >= quiet { break }
            try? await Task.sleep(for: quiet - waited)
            if Task.isCancelled { break }
        }
        defer { pending.removeAll() }
        return pending.elements
    }
}
