import Foundation
import Synchronization
import UnixSignals

/// A build interrupted by SIGINT, SIGTERM or SIGHUP (Ctrl-C, a cancelled CI job).
///
/// The default action killed pubgen at once and left its staging folder beside the
/// output. Trapped instead, the signal cancels the build, which stops at its next
/// article or page and discards what it staged; the output stays as it was (or, past
/// the last moment to stop, is the complete new site). A second signal ends pubgen at
/// once, as the default action would have.
struct Interrupted: Error {
    let signal: UnixSignal

    /// The shell's convention: 128 plus the signal's number (130 for SIGINT).
    var exitCode: Int32 { 128 + signal.rawValue }

    /// Runs `work`, cancelling it when a signal arrives; if it then stops (on
    /// `CancellationError`), throws `Interrupted`. Work past its last point of stopping
    /// finishes, and its result is returned as if no signal had come.
    static func trapping<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T {
        let signals = await UnixSignalsSequence(trapping: .sigint, .sigterm, .sighup)
        let first = Mutex<UnixSignal?>(nil)
        let running = Task { try await work() }
        // Unstructured so that cancelling the work does not end the watch: the second
        // signal must still be seen.
        let watcher = Task {
            for await signal in signals {
                let isFirst = first.withLock { received in
                    defer { received = received ?? signal }
                    return received == nil
                }
                guard isFirst else { exit(128 + signal.rawValue) }
                running.cancel()
            }
        }
        defer { watcher.cancel() }
        do {
            return try await running.value
        } catch is CancellationError {
            guard let signal = first.withLock({ $0 }) else { throw CancellationError() }
            throw Interrupted(signal: signal)
        }
    }
}
