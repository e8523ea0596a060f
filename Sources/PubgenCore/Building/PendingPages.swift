import Synchronization

/// Article pages compiled but not yet written, kept for a thread that would otherwise
/// sleep while another parses.
///
/// cmark-gfm's parser takes one thread at a time (`CMarkLock`), and a parse is about a
/// third of compiling an article: on two cores, up to a quarter of the parses found the
/// lock taken, and their thread slept out the rest of the other's parse. Each compiled
/// article's page waits here instead of being written at once; a thread that finds the
/// parser busy writes one and tries again. At most `limit` pages wait: past that, the
/// thread that adds one writes the oldest itself, so few bodies' HTML is held.
///
/// So a page may be written by another article's task, inside that article's wait for
/// the parser (with its tree's arena open: see `CMarkTree`), and a write's error may come
/// out of a later `add`; `finish` writes the rest once every article is compiled.
final class PendingPages: Sendable {
    typealias Write = @Sendable () throws -> Void

    private struct State {
        var writes: [Write] = []
        /// The first write that failed; `add` and `finish` throw it.
        var failure: (any Error)?
    }

    private let state = Mutex(State())
    private let limit: Int

    init(limit: Int) {
        self.limit = max(0, limit)
    }

    /// Queues a page's write, then writes the oldest ones while more than `limit` wait.
    /// - Throws: The first error of any write so far, so a failed build stops early.
    func add(_ write: @escaping Write) throws {
        let waiting = state.withLock { state in
            state.writes.append(write)
            return state.writes.count
        }
        if waiting > limit {
            while writeOne(ifMoreThan: limit) {}
        }
        try throwFailure()
    }

    /// Writes the oldest waiting page. A failed write is kept for `add` or `finish`, and
    /// the pages still waiting are dropped: the build fails, and its output with it.
    /// - Returns: false when no page was written.
    func writeOne() -> Bool {
        writeOne(ifMoreThan: 0)
    }

    /// Writes every page still waiting.
    /// - Throws: The first error of any write.
    func finish() throws {
        while writeOne() {}
        try throwFailure()
    }

    private func writeOne(ifMoreThan count: Int) -> Bool {
        let next: Write? = state.withLock { state in
            if state.failure != nil { state.writes.removeAll() }
            return state.writes.count > count ? state.writes.removeFirst() : nil
        }
        guard let next else { return false }
        do {
            try next()
        } catch {
            state.withLock { state in
                if state.failure == nil { state.failure = error }
            }
        }
        return true
    }

    private func throwFailure() throws {
        if let failure = state.withLock({ $0.failure }) { throw failure }
    }
}
