import Foundation

/// What `pubgen serve` watches: folders (with everything below them) and single files.
/// Either may not exist yet; creating it later counts as a change.
package struct WatchTarget: Sendable, Equatable {
    package enum Kind: Sendable, Equatable { case tree, file }

    package var url: URL
    package var kind: Kind

    package static func tree(_ url: URL) -> WatchTarget { WatchTarget(url: url.standardizedFileURL, kind: .tree) }
    package static func file(_ url: URL) -> WatchTarget { WatchTarget(url: url.standardizedFileURL, kind: .file) }
}

/// Reports changed paths under a set of targets until stopped.
package protocol FileWatcher: Sendable {
    /// Paths that changed (created, written, removed or renamed), as they happen.
    var changes: AsyncStream<String> { get }
    /// Stops watching and finishes `changes`.
    func stop()
}

/// Which watcher to use.
package enum FileWatchers {
    /// inotify on Linux, unless `polling` is asked for or inotify cannot start (then
    /// polling every `interval`).
    /// - Parameters:
    ///   - targets: What to watch.
    ///   - polling: Poll even where inotify works (`--poll`).
    ///   - interval: How often the poller looks.
    /// - Returns: A watcher that is already watching.
    package static func make(_ targets: [WatchTarget], polling: Bool, interval: Duration = .milliseconds(250)) -> any FileWatcher {
        #if os(Linux)
        if !polling, let watcher = InotifyWatcher(targets) { return watcher }
        #endif
        return PollingWatcher(targets, interval: interval)
    }

    /// Editors' scratch files (`.foo.md.swp`, `foo.md~`, vim's `4913`) are not changes.
    static func isScratch(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name == "4913"
    }
}
