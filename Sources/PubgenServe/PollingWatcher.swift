import Foundation
import Synchronization

/// A `FileWatcher` that compares a listing of the targets (size, modification time and
/// inode of every file) every `interval`; for file systems without inotify, and `--poll`.
package final class PollingWatcher: FileWatcher {
    package let changes: AsyncStream<String>
    private let task: Mutex<Task<Void, Never>?> = Mutex(nil)

    package init(_ targets: [WatchTarget], interval: Duration) {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        changes = stream
        let task = Task.detached {
            var previous = Self.listing(targets)
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let current = Self.listing(targets)
                for path in Self.differences(previous, current) { continuation.yield(path) }
                previous = current
            }
            continuation.finish()
        }
        self.task.withLock { $0 = task }
    }

    package func stop() {
        task.withLock { $0?.cancel() }
    }

    struct Entry: Equatable {
        var size: Int64
        var modified: Int64
        var inode: UInt64
    }

    static func differences(_ old: [String: Entry], _ new: [String: Entry]) -> [String] {
        var changed = Set<String>()
        for (path, entry) in new where old[path] != entry { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed.sorted()
    }

    static func listing(_ targets: [WatchTarget]) -> [String: Entry] {
        var entries: [String: Entry] = [:]
        // A target itself may be a symbolic link (followed); links below it are not.
        func visit(_ path: String, descend: Bool, follow: Bool = false) {
            var info = stat()
            guard (follow ? stat(path, &info) : lstat(path, &info)) == 0 else { return }
            entries[path] = Entry(
                size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                inode: UInt64(info.st_ino))
            guard descend, info.st_mode & S_IFMT == S_IFDIR else { return }
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where !FileWatchers.isScratch(name) {
                visit(path + "/" + name, descend: true)
            }
        }
        for target in targets { visit(target.url.path, descend: target.kind == .tree, follow: true) }
        return entries
    }
}
