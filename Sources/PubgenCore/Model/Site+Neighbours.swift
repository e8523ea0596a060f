import Dispatch
import Foundation
import Synchronization

/// Links between articles: the next newer and older article, and related ones.
extension Site {
    /// The article published just after (`newer`) and just before (`older`) this one.
    package func neighbours(of index: Int) -> (newer: Article?, older: Article?) {
        (index > 0 ? articles[index - 1] : nil, index + 1 < articles.count ? articles[index + 1] : nil)
    }

    /// Up to three articles sharing the most tags with this one, then the newest.
    package func related(to index: Int) -> [Article] {
        relatedIndices[index].map { articles[$0] }
    }

    /// For every article, the indices of its related articles.
    ///
    /// Only the newest 200 articles of each tag are considered and only the best three
    /// are kept (no sort of all candidates), so this stays linear in the site's size.
    /// Shared-tag counts live in one array reused for every article (reset through the
    /// list of entries touched), not a dictionary per article: hashing was most of the time.
    /// Runs of articles are ranked on all cores, each run with its own counts (the
    /// ranking was a sixteenth of a one-article rebuild, on one core).
    /// - Parameter tagPositions: Each article's tags, as positions in `tags`, each tag once.
    static func relatedIndices(tagPositions: [[Int]], tags: [Tag], limit: Int = 3) -> [[Int]] {
        let candidates = tags.map { $0.articleIndices.prefix(200) }
        let runs = Array(tagPositions.indices).chunked(into: tagPositions.count < 1_000 ? 1 : 2 * ProcessInfo.processInfo.activeProcessorCount)
        let results = Mutex<[[[Int]]]>(Array(repeating: [], count: runs.count))
        DispatchQueue.concurrentPerform(iterations: runs.count) { run in
            let related = relatedIndices(of: runs[run], tagPositions: tagPositions, candidates: candidates, limit: limit)
            results.withLock { $0[run] = related }
        }
        return results.withLock { $0.flatMap { $0 } }
    }

    private static func relatedIndices(
        of run: ArraySlice<Int>, tagPositions: [[Int]], candidates: [ArraySlice<Int>], limit: Int
    ) -> [[Int]] {
        var shared = [Int32](repeating: 0, count: tagPositions.count)
        var touched: [Int] = []
        // Articles with the same tags rank the same candidates the same way, but for
        // themselves: the best `limit + 1` of a set of tags, ranked once, hold every
        // such article's best `limit` once it leaves itself out. (10,000 articles had
        // 3,600 sets of tags.)
        var rankedBySet: [[Int]: [Int]] = [:]
        return shared.withUnsafeMutableBufferPointer { shared in
            run.map { index in
                let set = tagPositions[index].sorted()
                let ranked = rankedBySet[set] ?? {
                    let ranked = rank(set, candidates: candidates, limit: limit + 1, shared: shared, touched: &touched)
                    rankedBySet[set] = ranked
                    return ranked
                }()
                return Array(ranked.lazy.filter { $0 != index }.prefix(limit))
            }
        }
    }

    /// The best `limit` candidates of the tags at `positions`, by the number of those
    /// tags they have, then by index (newer first), in that order.
    private static func rank(
        _ positions: [Int], candidates: [ArraySlice<Int>], limit: Int, shared: UnsafeMutableBufferPointer<Int32>,
        touched: inout [Int]
    ) -> [Int] {
        // The counting loop runs 200 times per tag per set of tags (millions of steps at
        // 10,000 articles): on a raw buffer, without bounds checks.
        for position in positions {
            for other in candidates[position] {
                if shared[other] == 0 { touched.append(other) }
                shared[other] += 1
            }
        }
        // The best `limit` by shared count, then by index (newer first), kept in order.
        var best: [(index: Int, count: Int32)] = []
        best.reserveCapacity(limit + 1)
        for other in touched {
            let count = shared[other]
            shared[other] = 0
            func ranksBefore(_ entry: (index: Int, count: Int32)) -> Bool {
                count > entry.count || (count == entry.count && other < entry.index)
            }
            if best.count >= limit, let last = best.last, !ranksBefore(last) { continue }
            var position = best.count
            while position > 0, ranksBefore(best[position - 1]) { position -= 1 }
            best.insert((other, count), at: position)
            if best.count > limit { best.removeLast() }
        }
        touched.removeAll(keepingCapacity: true)
        return best.map { $0.index }
    }
}
