import Synchronization

/// Ordered parallel map with a bounded number of tasks in flight.
extension Collection where Self: Sendable, Element: Sendable, Index: Sendable {
    /// Maps every element on up to `width` child tasks and returns results in input
    /// order, so output stays deterministic however tasks finish.
    func concurrentMap<T: Sendable>(width: Int, _ transform: @escaping @Sendable (Element) async throws -> T) async rethrows -> [T] {
        let width = Swift.max(1, width)
        let indices = Array(self.indices)
        guard indices.count > 1, width > 1 else {
            var results: [T] = []
            results.reserveCapacity(indices.count)
            for index in indices { results.append(try await transform(self[index])) }
            return results
        }
        // Tasks take runs of elements, at most 1/32 of a lane's share: a task per element
        // (10,000 per phase in a large build) cost more in task bookkeeping than some
        // elements take to process. Runs shrink towards the end (a quarter of what is
        // left per lane), so the lanes finish together instead of one waiting out a run.
        let run = Swift.max(1, indices.count / (width * 32))
        // Once an element throws, the map throws: the other runs stop at their next
        // element instead of finishing work that will be thrown away.
        let failed = FailureFlag()
        return try await withThrowingTaskGroup(of: (Int, [T]).self) { group in
            var results = [T?](repeating: nil, count: indices.count)
            var next = 0
            func schedule() {
                let start = next
                let length = Swift.max(1, Swift.min(run, (indices.count - start) / (width * 4)))
                let elements = indices[start..<Swift.min(start + length, indices.count)].map { self[$0] }
                group.addTask {
                    var values: [T] = []
                    values.reserveCapacity(elements.count)
                    for element in elements {
                        // Partial results are never assembled: the group throws first.
                        if failed.isSet { break }
                        do {
                            values.append(try await transform(element))
                        } catch {
                            failed.set()
                            throw error
                        }
                    }
                    return (start, values)
                }
                next += elements.count
            }
            for _ in 0..<width where next < indices.count { schedule() }
            while let (start, values) = try await group.next() {
                for (offset, value) in values.enumerated() { results[start + offset] = value }
                if next < indices.count { schedule() }
            }
            return results.map { $0! }
        }
    }
}

extension Array where Element: Sendable {
    /// The elements in about `count` runs of consecutive elements, for parallel work
    /// whose items are too small to be a task each (a `stat`, a `link`).
    func chunked(into count: Int) -> [ArraySlice<Element>] {
        guard !isEmpty else { return [] }
        let size = (self.count + Swift.max(1, count) - 1) / Swift.max(1, count)
        return stride(from: 0, to: self.count, by: size).map { self[$0..<Swift.min($0 + size, self.count)] }
    }
}

/// Set by the first run of a `concurrentMap` whose transform throws.
private final class FailureFlag: Sendable {
    private let value = Atomic(false)
    var isSet: Bool { value.load(ordering: .relaxed) }
    func set() { value.store(true, ordering: .relaxed) }
}
