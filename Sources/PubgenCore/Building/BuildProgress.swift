import Synchronization

/// Counters a long build updates as it goes, for the CLI's progress line.
///
/// Atomics, because articles are read and pages written on many tasks at once; the
/// CLI only reads them.
package final class BuildProgress: Sendable {
    package let articlesFound = Atomic<Int>(0)
    package let articlesRead = Atomic<Int>(0)
    package let articlesCompiled = Atomic<Int>(0)
    package let pagesWritten = Atomic<Int>(0)

    package init() {}

    /// `read 4,000/10,000 articles · compiled 3,200 · wrote 1,000 pages`.
    package var line: String {
        let found = articlesFound.load(ordering: .relaxed)
        guard found > 0 else { return "scanning the content folder…" }
        return "read \(articlesRead.load(ordering: .relaxed))/\(found) articles · compiled \(articlesCompiled.load(ordering: .relaxed)) · wrote \(pagesWritten.load(ordering: .relaxed)) pages"
    }
}
