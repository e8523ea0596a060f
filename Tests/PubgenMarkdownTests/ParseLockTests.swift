import Dispatch
import Foundation
@testable import PubgenMarkdown
import Synchronization
import Testing

/// A thread that finds cmark-gfm's parser taken does the work it is given instead of
/// sleeping, and still parses only once the other thread lets go.
@Suite(.serialized) struct ParseLockTests {
    /// What happened, in order, on any thread.
    final class Events: Sendable {
        private let list = Mutex<[String]>([])
        func append(_ event: String) { list.withLock { $0.append(event) } }
        var all: [String] { list.withLock { $0 } }
    }

    /// Holds the parse lock on another thread until `release` is signalled (or ten seconds pass).
    private static func holdLock(entered: DispatchSemaphore, release: DispatchSemaphore, done: DispatchSemaphore, events: Events) {
        Thread.detachNewThread {
            CMarkLock.withLock {
                entered.signal()
                // A time limit, so a waiter that never does its work fails the test
                // instead of hanging it.
                if release.wait(timeout: .now() + 10) == .timedOut { events.append("holder timed out") }
                events.append("holder done")
            }
            done.signal()
        }
    }

    @Test func aWaitingThreadDoesTheWorkItIsGivenUntilTheLockIsFree() {
        let (entered, release, done) = (DispatchSemaphore(value: 0), DispatchSemaphore(value: 0), DispatchSemaphore(value: 0))
        let events = Events()
        Self.holdLock(entered: entered, release: release, done: done, events: events)
        entered.wait()
        var pieces = 0
        CMarkLock.withLock(whileBusy: {
            pieces += 1
            if pieces == 3 { release.signal() }  // the holder may go once three pieces are done
            return true
        }) {
            events.append("waiter's body")
        }
        done.wait()
        #expect(pieces >= 3)
        #expect(events.all == ["holder done", "waiter's body"])
    }

    @Test func aThreadWithNothingElseToDoWaitsForTheLock() {
        let (entered, release, done) = (DispatchSemaphore(value: 0), DispatchSemaphore(value: 0), DispatchSemaphore(value: 0))
        let events = Events()
        Self.holdLock(entered: entered, release: release, done: done, events: events)
        entered.wait()
        let asked = Atomic(0)
        let waiterDone = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            CMarkLock.withLock(whileBusy: {
                asked.add(1, ordering: .relaxed)
                return false
            }) {
                events.append("waiter's body")
            }
            waiterDone.signal()
        }
        // However long the holder keeps the lock, the waiter's body does not run.
        Thread.sleep(forTimeInterval: 0.05)
        #expect(events.all.isEmpty)
        release.signal()
        done.wait()
        waiterDone.wait()
        #expect(events.all == ["holder done", "waiter's body"])
        #expect(asked.load(ordering: .relaxed) <= 1)
    }

    /// With no work to give (other suites may be parsing at the same time), the body runs
    /// and its value comes back; the waiter asks for work at most once.
    @Test func aThreadWithNoOtherWorkRunsItsBody() {
        var asked = 0
        let value = CMarkLock.withLock(whileBusy: {
            asked += 1
            return false
        }) { 42 }
        #expect(value == 42)
        #expect(asked <= 1)
    }
}
