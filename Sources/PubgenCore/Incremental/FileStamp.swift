#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the file system says about a file without reading it, as Git's index keeps it:
/// size, inode, and the times of its last change. Any write changes the change time
/// (`ctime`, which no program can set back), and an editor's save-by-rename changes the
/// inode, so a file whose stamp is the same as when a build read it has the same bytes.
///
/// A rebuild compares stamps instead of reading and hashing 10,000 files. A file changed
/// just before it was read could keep its stamp through a second change within the
/// file system's clock tick, so a stamp is kept only when the file was already `settled`.
package struct FileStamp: Sendable, Equatable {
    var size: Int
    var inode: UInt64
    var modified: Instant
    var changed: Instant

    /// Seconds and nanoseconds since 1970, as `stat` gives them.
    struct Instant: Sendable, Equatable, Comparable {
        var seconds: Int
        var nanoseconds: Int

        static func < (lhs: Instant, rhs: Instant) -> Bool {
            (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
        }

        /// The wall clock now, the clock file times are taken from.
        static var now: Instant {
            var time = timespec()
            clock_gettime(CLOCK_REALTIME, &time)
            return Instant(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec))
        }
    }

    /// The stamp of a regular file's `stat`; `nil` for anything else.
    init?(_ status: stat) {
        guard (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        size = Int(status.st_size)
        inode = UInt64(status.st_ino)
        #if canImport(Darwin)
        modified = Instant(seconds: Int(status.st_mtimespec.tv_sec), nanoseconds: Int(status.st_mtimespec.tv_nsec))
        changed = Instant(seconds: Int(status.st_ctimespec.tv_sec), nanoseconds: Int(status.st_ctimespec.tv_nsec))
        #else
        modified = Instant(seconds: Int(status.st_mtim.tv_sec), nanoseconds: Int(status.st_mtim.tv_nsec))
        changed = Instant(seconds: Int(status.st_ctim.tv_sec), nanoseconds: Int(status.st_ctim.tv_nsec))
        #endif
    }

    init(size: Int, inode: UInt64, modified: Instant, changed: Instant) {
        self.size = size
        self.inode = inode
        self.modified = modified
        self.changed = changed
    }

    /// The stamp of the file at `path` now, not following a link; `nil` when there is
    /// no regular file there.
    /// - Parameter folder: an open folder that a relative `path` starts from.
    package static func current(_ path: String, in folder: Int32 = AT_FDCWD) -> FileStamp? {
        var status = stat()
        guard fstatat(folder, path, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return FileStamp(status)
    }

    /// Whether the file last changed at least a second before `moment`: then a change
    /// after `moment` cannot leave the stamp as it is.
    func isSettled(before moment: Instant) -> Bool {
        let limit = Instant(seconds: moment.seconds - 1, nanoseconds: moment.nanoseconds)
        return modified < limit && changed < limit
    }
}

extension BinaryWriter {
    mutating func stamp(_ stamp: FileStamp) {
        int(stamp.size)
        int(Int(bitPattern: UInt(stamp.inode)))
        for instant in [stamp.modified, stamp.changed] {
            int(instant.seconds)
            int(instant.nanoseconds)
        }
    }
}

extension BinaryReader {
    mutating func stamp() throws -> FileStamp {
        FileStamp(
            size: try int(), inode: UInt64(UInt(bitPattern: try int())),
            modified: FileStamp.Instant(seconds: try int(), nanoseconds: try int()),
            changed: FileStamp.Instant(seconds: try int(), nanoseconds: try int()))
    }
}
