/// What the preview server is showing, and the open tabs to tell when it changes.
///
/// Every finished build, good or bad, starts a new *generation*; pages carry the
/// generation they were served at, and each subscriber (an open tab's event stream) is
/// sent `reload` when a newer one begins.
package actor PreviewState {
    /// A moment of the state, for one request.
    package struct Snapshot: Sendable, Equatable {
        /// 0 until the first build finishes.
        package var generation: Int
        /// Whether the output folder holds a good build to serve.
        package var hasSite: Bool
        /// The latest build's errors, when it failed (formatted, not escaped).
        package var failure: String?

        package init(generation: Int, hasSite: Bool, failure: String?) {
            self.generation = generation
            self.hasSite = hasSite
            self.failure = failure
        }
    }

    private var snapshot = Snapshot(generation: 0, hasSite: false, failure: nil)
    private var subscribers: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextSubscriber = 0
    private var closed = false

    package init() {}

    package var current: Snapshot { snapshot }

    /// Records a finished build and tells every subscriber.
    /// - Parameters:
    ///   - succeeded: Whether the output was replaced.
    ///   - failure: The diagnostics to show when it was not.
    package func finishBuild(succeeded: Bool, failure: String?) {
        snapshot.generation += 1
        if succeeded { snapshot.hasSite = true }
        snapshot.failure = succeeded ? nil : failure
        for continuation in subscribers.values { continuation.yield(snapshot.generation) }
    }

    /// A stream of generations newer than `since`; the first element comes at once when
    /// the site has already moved on.
    /// - Parameter since: The generation the subscriber's page was served at, if known.
    /// - Returns: A stream that ends when the subscriber goes away or the state is closed.
    package func subscribe(since: Int?) -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = nextSubscriber
        nextSubscriber += 1
        subscribers[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        if let since, since != snapshot.generation { continuation.yield(snapshot.generation) }
        return stream
    }

    /// Ends every stream, so open connections let the server shut down.
    package func close() {
        closed = true
        for continuation in subscribers.values { continuation.finish() }
        subscribers.removeAll()
    }

    private func unsubscribe(_ id: Int) {
        subscribers[id] = nil
    }
}
