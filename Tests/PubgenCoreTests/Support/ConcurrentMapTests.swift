@testable import PubgenCore
import Synchronization
import Testing

/// `concurrentMap` hands out runs of elements; results keep the input order, every
/// element is transformed exactly once, and an error ends the map.
struct ConcurrentMapTests {
    @Test(arguments: [(0, 2), (1, 2), (2, 2), (63, 2), (64, 2), (65, 2), (1_000, 2), (10_001, 3), (500, 1)])
    func resultsKeepTheInputOrder(_ count: Int, _ width: Int) async {
        let calls = Mutex(0)
        let results = await Array(0..<count).concurrentMap(width: width) { value -> Int in
            calls.withLock { $0 += 1 }
            if value % 97 == 0 { await Task.yield() }
            return value * 2
        }
        #expect(results == (0..<count).map { $0 * 2 })
        #expect(calls.withLock { $0 } == count)
    }

    struct Failure: Error {}

    @Test func anErrorEndsTheMap() async {
        await #expect(throws: Failure.self) {
            _ = try await Array(0..<1_000).concurrentMap(width: 2) { value -> Int in
                if value == 700 { throw Failure() }
                return value
            }
        }
    }

    @Test func theOtherRunsStopSoonAfterAnError() async {
        let calls = Mutex(0)
        await #expect(throws: Failure.self) {
            _ = try await Array(0..<10_000).concurrentMap(width: 2) { value -> Int in
                calls.withLock { $0 += 1 }
                if value == 0 { throw Failure() }
                await Task.yield()
                return value
            }
        }
        // Runs are 156 elements long here; without the stop, the other lane's whole run
        // and more would follow the error.
        #expect(calls.withLock { $0 } < 1_000)
    }

    /// Results that own memory are moved into the array, never copied or lost: each is
    /// freed once, when the array goes, or at once when the map throws.
    @Test(arguments: [false, true])
    func everyResultIsFreedExactlyOnce(failing: Bool) async {
        let counts = Counts()
        do {
            let results = try await Array(0..<5_000).concurrentMap(width: 2) { value -> Tracked in
                if failing, value == 3_000 { throw Failure() }
                return Tracked(value, counts)
            }
            #expect(!failing)
            #expect(results.map(\.value) == Array(0..<5_000))
            #expect(counts.alive == 5_000)
        } catch {
            #expect(failing)
        }
        #expect(counts.alive == 0)
        #expect(counts.made == counts.freed)
    }
}

private final class Counts: Sendable {
    private let values = Mutex((made: 0, freed: 0))
    var made: Int { values.withLock { $0.made } }
    var freed: Int { values.withLock { $0.freed } }
    var alive: Int { values.withLock { $0.made - $0.freed } }
    func make() { values.withLock { $0.made += 1 } }
    func free() { values.withLock { $0.freed += 1 } }
}

private final class Tracked: Sendable {
    let value: Int
    let counts: Counts
    init(_ value: Int, _ counts: Counts) {
        self.value = value
        self.counts = counts
        counts.make()
    }
    deinit { counts.free() }
}
