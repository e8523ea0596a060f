import Foundation
import PubgenCore
import PubgenDiagnostics
import ServiceLifecycle

/// What happened to one build of the preview, for the command to print.
package enum PreviewEvent: Sendable {
    /// The server listens at `url`.
    case listening(url: String)
    /// A build replaced the output. `changes` is empty for the first build.
    case built(Publisher.Report, elapsed: Duration, changes: [String])
    /// A build found errors (`report`) or could not run (`error`); the last good site stays.
    case failed(Publisher.Report?, error: String?, changes: [String])
}

/// The service that builds the site once the server listens, then again after every
/// batch of changes, and tells `PreviewState` (and so every open tab) about each result.
struct SiteRebuilder: Service {
    var request: Publisher.Request
    var state: PreviewState
    var targets: [WatchTarget]
    var polling: Bool
    var quiet: Duration
    /// One element once the server is listening.
    var listening: AsyncStream<Void>
    var report: @Sendable (PreviewEvent) -> Void

    func run() async throws {
        // Wait for the port first: a port in use is reported without building in vain.
        var started = false
        for await _ in listening.cancelOnGracefulShutdown() {
            started = true
            break
        }
        guard started else {
            await state.close()
            return
        }
        // Watching starts before the first build, so an edit made during it is not lost.
        let watcher = FileWatchers.make(targets, polling: polling)
        let debouncer = ChangeDebouncer(quiet: quiet)
        let forwarder = Task {
            for await path in watcher.changes { await debouncer.add(path) }
        }
        await build(changes: [])
        for await _ in debouncer.signals.cancelOnGracefulShutdown() {
            let batch = await debouncer.settle()
            guard !batch.isEmpty else { continue }
            await build(changes: batch)
        }
        watcher.stop()
        forwarder.cancel()
        // Open event streams end here, so the HTTP server (shut down after this service)
        // has no response left to wait for.
        await state.close()
    }

    private func build(changes: [String]) async {
        let started = ContinuousClock.now
        // "Future" is decided against the time of each build (with --no-drafts), not of the first.
        var request = request
        request.options.now = Date()
        do {
            let result = try await Publisher().build(request)
            let elapsed = ContinuousClock.now - started
            if result.wroteOutput {
                await state.finishBuild(succeeded: true, failure: nil)
                report(.built(result, elapsed: elapsed, changes: changes))
            } else {
                let errors = DiagnosticSet(result.diagnostics.filter { $0.severity == .error })
                let shown = errors.isEmpty ? result.diagnostics : errors
                await state.finishBuild(succeeded: false, failure: DiagnosticFormatter(style: .text, colored: false).format(shown))
                report(.failed(result, error: nil, changes: changes))
            }
        } catch is CancellationError {
            // Shutting down: the build stopped where it was and left the output as it was.
            await state.finishBuild(succeeded: false, failure: nil)
        } catch PubgenError.changedDuringBuild {
            // A file was saved while this build read it: the watcher has the change, and
            // the build it starts reports. The last good site stays, with no error shown.
        } catch {
            let message = "error: \(error)"
            await state.finishBuild(succeeded: false, failure: message)
            report(.failed(nil, error: "\(error)", changes: changes))
        }
    }
}
