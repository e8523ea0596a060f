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
}
