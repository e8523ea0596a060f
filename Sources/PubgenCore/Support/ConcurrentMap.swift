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
        // Each run puts its results straight where they go in one buffer, and the
        // result array takes them over by moving: gathering them into an array of
        // optionals and unwrapping that copied every result twice, with a reference
        // count per field (a one-article rebuild's 10,000 loaded files, on one core).
        let output = ResultBuffer<T>(count: indices.count)
        return try await withThrowingTaskGroup(of: FinishedRun.self) { group in
            var next = 0
            var finished: [FinishedRun] = []
            var firstError: (any Error)?
            func schedule() {
                let start = next
                let length = Swift.max(1, Swift.min(run, (indices.count - start) / (width * 4)))
                let elements = indices[start..<Swift.min(start + length, indices.count)].map { self[$0] }
                group.addTask {
                    var count = 0
                    for element in elements {
                        if failed.isSet { break }
                        do {
                            output.initialize(start + count, to: try await transform(element))
                            count += 1
                        } catch {
                            failed.set()
                            return FinishedRun(start: start, count: count, error: error)
                        }
                    }
                    return FinishedRun(start: start, count: count, error: nil)
                }
                next += elements.count
            }
            for _ in 0..<width where next < indices.count { schedule() }
            while let run = try await group.next() {
                finished.append(run)
                if firstError == nil, let error = run.error {
                    firstError = error
                    group.cancelAll()  // as a throwing child would: transforms may check for it
                }
                if firstError == nil, next < indices.count { schedule() }
            }
            // Every run has ended: the buffer is this task's alone.
            if let firstError {
                for run in finished { output.deinitialize(run.start, count: run.count) }
                output.deallocate()
                throw firstError
            }
            let results = output.moveAll()
            output.deallocate()
            return results
        }
    }
}

/// What one run of a `concurrentMap` initialised, and the error that stopped it.
private struct FinishedRun: Sendable {
    var start: Int
    var count: Int
    var error: (any Error)?
}

/// The results of a `concurrentMap` while its runs make them.
///
/// `@unchecked Sendable`: each run initialises its own range of elements, and the map
/// reads or frees the buffer only after every run has ended (`TaskGroup.next` orders
/// the runs' writes before it).
private final class ResultBuffer<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
    }

    func initialize(_ index: Int, to value: consuming T) {
        (base + index).initialize(to: value)
    }

    func deinitialize(_ start: Int, count: Int) {
        (base + start).deinitialize(count: count)
    }

    /// The elements, moved into an array; every one must be initialised.
    func moveAll() -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.baseAddress?.moveInitialize(from: base, count: count)
            initialized = count
        }
    }

    func deallocate() { base.deallocate() }
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
