#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The two system calls a build makes per output file and folder, without Foundation:
/// `FileManager.createFile` writes through a temporary file and a rename, and
/// `createDirectory` checks every component of the path, which together were about
/// 5% of a 10,000-article build. On failure `errno` says why.
enum OutputFileSystem {
    /// Writes a new file at `path`. A name already there is unlinked first, never
    /// written through: it may be a hard link into the previous output.
    static func createFile(atPath path: String, bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { createFile(atPath: path, contents: $0) }
    }

    /// The same for bytes in place.
    /// - Parameter folder: an open folder that a relative `path` starts from.
    static func createFile(atPath path: String, in folder: Int32 = AT_FDCWD, contents buffer: UnsafeRawBufferPointer) -> Bool {
        let none = UnsafeRawBufferPointer(start: nil, count: 0)
        return createFile(atPath: path, in: folder, parts: buffer, none, none)
    }

    /// The same for a file in three parts (any may be empty), written in one `writev`.
    /// - Parameter folder: an open folder that a relative `path` starts from.
    static func createFile(
        atPath path: String, in folder: Int32 = AT_FDCWD,
        parts first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer, _ third: UnsafeRawBufferPointer
    ) -> Bool {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
        var descriptor = openat(folder, path, flags, 0o666)
        if descriptor < 0, errno == EEXIST {
            guard unlinkat(folder, path, 0) == 0 else { return false }
            descriptor = openat(folder, path, flags, 0o666)
        }
        guard descriptor >= 0 else { return false }
        let written = writeAll(descriptor, first, second, third)
        guard written, close(descriptor) == 0 else {
            // A file cut short would pass for a page; like an atomic write, leave none.
            let reason = errno
            if written == false { close(descriptor) }
            unlinkat(folder, path, 0)
            errno = reason
            return false
        }
        return true
    }

    /// Writes every byte of the three parts to `descriptor`, again after a short write
    /// or EINTR.
    private static func writeAll(
        _ descriptor: Int32, _ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer, _ third: UnsafeRawBufferPointer
    ) -> Bool {
        withUnsafeTemporaryAllocation(of: iovec.self, capacity: 3) { vectors in
            var count = 0
            // Part by part, not through an array of them: this runs once per page.
            func add(_ part: UnsafeRawBufferPointer) {
                guard part.count > 0 else { return }
                vectors[count] = iovec(iov_base: UnsafeMutableRawPointer(mutating: part.baseAddress), iov_len: part.count)
                count += 1
            }
            add(first)
            add(second)
            add(third)
            var next = 0
            while next < count {
                let written = writev(descriptor, vectors.baseAddress! + next, Int32(count - next))
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                // Skip what was written: whole parts, then the start of the next one.
                var left = written
                while next < count, left >= vectors[next].iov_len {
                    left -= vectors[next].iov_len
                    next += 1
                }
                if left > 0 {
                    vectors[next].iov_base += left
                    vectors[next].iov_len -= left
                }
            }
            return true
        }
    }

    /// Makes the folder `relative` inside `root` and any parents it lacks; true when it
    /// exists as a folder afterwards. `false` leaves the error to Foundation's wording.
    static func makeFolder(_ relative: Substring, in root: String) -> Bool {
        makeFolder(relative, in: AT_FDCWD, prefix: root + "/")
    }

    /// The same inside the open folder `folder` (`prefix` is put before `relative`; empty
    /// when `folder` is the root itself): a shorter path for the kernel to walk.
    static func makeFolder(_ relative: Substring, in folder: Int32, prefix: String) -> Bool {
        let path = prefix + relative
        if mkdirat(folder, path, 0o777) == 0 { return true }
        switch errno {
        case EEXIST:
            var status = stat()
            return fstatat(folder, path, &status, 0) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
        case ENOENT:
            guard let slash = relative.lastIndex(of: "/"), makeFolder(relative[..<slash], in: folder, prefix: prefix) else { return false }
            return mkdirat(folder, path, 0o777) == 0
        default:
            return false
        }
    }
}
