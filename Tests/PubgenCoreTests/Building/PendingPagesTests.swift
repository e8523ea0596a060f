@testable import PubgenCore
import Synchronization
import Testing

/// Pages wait for a thread with time to spare, but never more than the limit, and a
/// failed write is not lost.
struct PendingPagesTests {
    struct Failure: Error {}

    /// The pages written, in order, by any thread.
    final class Written: Sendable {
        private let pages = Mutex<[Int]>([])
        func add(_ page: Int) { pages.withLock { $0.append(page) } }
        var all: [Int] { pages.withLock { $0 } }
    }

    /// A queue, and the record its writes append their page's number to.
    private static func queue(limit: Int) -> (PendingPages, Written) {
        (PendingPages(limit: limit), Written())
    }

    @Test func pagesWaitUpToTheLimitAndAreWrittenOldestFirst() throws {
        let (pages, written) = Self.queue(limit: 2)
        for page in 1...2 { try pages.add { written.add(page) } }
        #expect(written.all.isEmpty)
        #expect(pages.writeOne())
        #expect(written.all == [1])
        #expect(pages.writeOne())
        #expect(!pages.writeOne())
        #expect(written.all == [1, 2])
    }

    @Test func addingPastTheLimitWritesTheOldest() throws {
        let (pages, written) = Self.queue(limit: 2)
        for page in 1...5 { try pages.add { written.add(page) } }
        #expect(written.all == [1, 2, 3])
        try pages.finish()
        #expect(written.all == [1, 2, 3, 4, 5])
        #expect(!pages.writeOne())
    }

    @Test func aLimitOfZeroWritesEachPageAtOnce() throws {
        let (pages, written) = Self.queue(limit: 0)
        try pages.add { written.add(1) }
        #expect(written.all == [1])
    }

    @Test func aFailedWriteIsThrownByTheNextAdd() throws {
        let (pages, written) = Self.queue(limit: 1)
        try pages.add { throw Failure() }
        // Written by another thread's spare moment: the failure waits for the next add.
        #expect(pages.writeOne())
        #expect(throws: Failure.self) { try pages.add { written.add(2) } }
    }

    @Test func finishWritesEveryPage() throws {
        let (pages, written) = Self.queue(limit: 10)
        for page in 1...3 { try pages.add { written.add(page) } }
        try pages.finish()
        #expect(written.all == [1, 2, 3])
    }

    /// After a failure the build fails: the pages still waiting are not written.
    @Test func aFailureDropsThePagesStillWaiting() {
        let (pages, written) = Self.queue(limit: 10)
        #expect(throws: Never.self) {
            try pages.add { written.add(1) }
            try pages.add { throw Failure() }
            try pages.add { written.add(3) }
        }
        #expect(throws: Failure.self) { try pages.finish() }
        #expect(written.all == [1])
        #expect(!pages.writeOne())
    }
}
