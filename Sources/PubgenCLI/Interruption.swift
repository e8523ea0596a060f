import UnixSignals

/// A build interrupted by SIGINT, SIGTERM or SIGHUP (Ctrl-C, a cancelled CI job).
///
/// The default action killed pubgen at once and left its staging folder beside the
/// output. Trapped instead, the signal cancels the build, which stops at its next
/// article or page and discards what it staged; the output stays as it was (or, past
/// the last moment to stop, is the complete new site).
struct Interrupted: Error {
    let signal: UnixSignal

    /// The shell's convention: 128 plus the signal's number (130 for SIGINT).
    var exitCode: Int32 { 128 + signal.rawValue }

    /// Runs `work`, cancelling it when a signal arrives; if it then stops (on
    /// `CancellationError`), throws `Interrupted`. Work past its last point of stopping
    /// finishes, and its result is returned as if no signal had come. A second signal
    /// while it unwinds has its default effect.
    static func trapping<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T {
        let signals = await UnixSignalsSequence(trapping: .sigint, .sigterm, .sighup)
        return try await withThrowingTaskGroup(of: Outcome<T>.self) { group in
            group.addTask { .finished(try await work()) }
            group.addTask {
                for await signal in signals { return .signalled(signal) }
                return .signalled(nil)
            }
            var signal: UnixSignal?
            while let outcome = try await nextOutcome(of: &group, signalled: signal) {
                switch outcome {
                case let .finished(result):
                    group.cancelAll()  // stops waiting for signals
                    return result
                case let .signalled(received?):
                    signal = received
                    group.cancelAll()  // the work stops at its next check
                case .signalled(nil):
                    break
                }
            }
            throw CancellationError()
        }
    }

    private enum Outcome<T: Sendable>: Sendable {
        case finished(T)
        case signalled(UnixSignal?)
    }

    /// The group's next outcome; the work's `CancellationError` after a signal is the interruption.
    private static func nextOutcome<T>(
        of group: inout ThrowingTaskGroup<Outcome<T>, any Error>, signalled signal: UnixSignal?
    ) async throws -> Outcome<T>? {
        do {
            return try await group.next()
        } catch is CancellationError {
            guard let signal else { throw CancellationError() }
            throw Interrupted(signal: signal)
        }
    }
}
