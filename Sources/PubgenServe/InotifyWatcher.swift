#if os(Linux)
import Foundation
import Glibc
import Synchronization

/// A `FileWatcher` over Linux inotify: one watch per folder, added recursively under
/// each tree (and for folders created later), plus the parent of every target so
/// that creating, replacing or removing the target itself is seen (editors often save
/// by writing a new file and renaming it over the old one).
///
/// The descriptor is read on a thread of its own that waits in `poll(2)`, so no task of
/// the cooperative pool ever blocks on it.
package final class InotifyWatcher: FileWatcher {
    package let changes: AsyncStream<String>
    private let continuation: AsyncStream<String>.Continuation
    private let descriptor: Int32
    private let stopped = Mutex(false)

    /// Starts watching; nil when inotify is unavailable (then poll instead).
    package init?(_ targets: [WatchTarget]) {
        // IN_NONBLOCK | IN_CLOEXEC; Swift does not import these macros (they expand to O_ flags).
        let fd = inotify_init1(Int32(O_NONBLOCK | O_CLOEXEC))
        guard fd >= 0 else { return nil }
        descriptor = fd
        (changes, continuation) = AsyncStream.makeStream(of: String.self)
        let reader = Reader(descriptor: fd, targets: targets)
        reader.addInitialWatches()
        let continuation = continuation
        // The thread holds the watcher until `stop()`; then it closes the descriptor.
        let thread = Thread { [self, reader] in
            reader.run(until: { self.stopped.withLock { $0 } }, report: { continuation.yield($0) })
            close(fd)
            continuation.finish()
        }
        thread.name = "pubgen-inotify"
        thread.start()
    }

    package func stop() {
        stopped.withLock { $0 = true }
    }
}

// MARK: - Reader

/// The watch table and read loop; used only by the watcher's thread after `init`.
private final class Reader: @unchecked Sendable {
    // @unchecked: owned by one thread at a time (created by init, then handed to the thread).
    let descriptor: Int32
    let targets: [WatchTarget]
    /// Watch descriptor → watched folder path.
    var folders: [Int32: String] = [:]
    /// Folders watched with everything below them.
    var recursive: Set<Int32> = []

    static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
        | IN_DELETE_SELF | IN_MOVE_SELF)

    init(descriptor: Int32, targets: [WatchTarget]) {
        self.descriptor = descriptor
        self.targets = targets
    }

    func addInitialWatches() {
        for target in targets {
            addFolder(target.url.deletingLastPathComponent().path, recursive: false, follow: true)
            if target.kind == .tree { addTree(target.url.path, follow: true) }
        }
    }

    func run(until isStopped: () -> Bool, report: (String) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !isStopped() {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, 100)
            guard ready > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            for path in events(in: buffer, count: count) { report(path) }
        }
    }

    /// Decodes `struct inotify_event` records: wd, mask, cookie, len, then `len` bytes of name.
    func events(in buffer: [UInt8], count: Int) -> [String] {
        var paths: [String] = []
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                 raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                 Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
            }
            let nameBytes = buffer[(offset + header)..<min(offset + header + length, count)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += header + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                paths.append("(many files)")
                continue
            }
            if mask & UInt32(IN_IGNORED) != 0 {
                folders[wd] = nil
                recursive.remove(wd)
                continue
            }
            guard let folder = folders[wd] else { continue }
            let path = name.isEmpty ? folder : folder + "/" + name
            paths += changes(path, name: name, in: wd, mask: mask)
        }
        return paths
    }

    /// The paths to report for one event (none when it does not matter); adds watches
    /// for new folders.
    ///
    /// A new folder is reported with whatever it already holds: `mkdir -p a/b && echo > a/b/c.md`
    /// can finish before the watch on `a` exists, and then no event ever names `c.md`.
    func changes(_ path: String, name: String, in wd: Int32, mask: UInt32) -> [String] {
        let isNew = mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0
        if recursive.contains(wd) {
            // Editors' scratch files and hidden folders (`.git`, `.obsidian`) are neither
            // reported nor watched, as the polling watcher never lists them.
            guard name.isEmpty || !FileWatchers.isScratch(name) else { return [] }
            var found: [String] = []
            if mask & UInt32(IN_ISDIR) != 0, isNew { addTree(path, follow: false, found: &found) }
            return [path] + found
        }
        // A parent folder: only the targets themselves count.
        guard let target = targets.first(where: { $0.url.path == path }) else { return [] }
        var found: [String] = []
        if target.kind == .tree, isNew { addTree(path, follow: true, found: &found) }
        return [path] + found
    }

    func addTree(_ path: String, follow: Bool) {
        var found: [String] = []
        addTree(path, follow: follow, found: &found)
    }

    /// Watches a folder and every folder below it but scratch ones, adding to `found`
    /// every entry it sees there. Only a target itself may be a symbolic link
    /// (`content -> ~/Dropbox/articles`); links below it are not followed, as the build
    /// does not follow them either.
    func addTree(_ path: String, follow: Bool, found: inout [String]) {
        guard addFolder(path, recursive: true, follow: follow) else { return }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names where !FileWatchers.isScratch(name) {
            let child = path + "/" + name
            found.append(child)
            var info = stat()
            if lstat(child, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { addTree(child, follow: false, found: &found) }
        }
    }

    @discardableResult
    func addFolder(_ path: String, recursive isRecursive: Bool, follow: Bool) -> Bool {
        // IN_ONLYDIR: a file is not watched as a folder; IN_DONT_FOLLOW: nor is a link to one.
        let flags = UInt32(IN_ONLYDIR) | (follow ? 0 : UInt32(IN_DONT_FOLLOW))
        let wd = inotify_add_watch(descriptor, path, Self.mask | flags)
        guard wd >= 0 else { return false }
        folders[wd] = path
        if isRecursive { recursive.insert(wd) }
        return true
    }
}
#endif
