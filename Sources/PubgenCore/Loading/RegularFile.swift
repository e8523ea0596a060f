import Foundation

/// Reads a whole regular file with `open(2)` and `read(2)`.
///
/// Content is untrusted: between the folder scan and the read, a file can be swapped
/// for a symbolic link or a FIFO. `O_NOFOLLOW` refuses the link, `O_NONBLOCK` and the
/// `fstat` check refuse anything that is not a regular file, so a read never leaves
/// the folder and never blocks. (It also avoids a small leak that AddressSanitizer
/// found in Foundation's `FileManager.contents(atPath:)`.)
package enum RegularFile {
    package enum Failure: Error, Equatable {
        case cannotOpen(String)
        case notRegular
        case cannotRead(String)
    }

    package static func read(_ path: String) -> Result<[UInt8], Failure> {
        readStamped(path).map(\.bytes)
    }

    /// The bytes and the file's stamp as it was before they were read (a change while
    /// reading gives it a newer one, so the next build reads it again).
    /// - Parameter folder: an open folder that a relative `path` starts from.
    package static func readStamped(_ path: String, in folder: Int32 = AT_FDCWD) -> Result<(bytes: [UInt8], stamp: FileStamp), Failure> {
        let descriptor = openat(folder, path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(errno == ELOOP ? .notRegular : .cannotOpen(String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, let stamp = FileStamp(status) else { return .failure(.notRegular) }
        // The size `fstat` gave, read into memory that is not zeroed first; then whatever
        // the file grew by while being read, in chunks. (Zeroing the buffer and a chunk
        // for the final empty read was a copy's worth of memory traffic per file.)
        let size = Int(status.st_size)
        var failure: Failure?
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size {
                let count = Foundation.read(descriptor, buffer.baseAddress! + initialized, size - initialized)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else {
                    if count < 0 { failure = .cannotRead(String(cString: strerror(errno))) }
                    return
                }
                initialized += count
            }
        }
        if let failure { return .failure(failure) }
        if bytes.count == size {
            let grown: Failure? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { chunk in
                while true {
                    let count = Foundation.read(descriptor, chunk.baseAddress!, chunk.count)
                    if count < 0, errno == EINTR { continue }
                    guard count >= 0 else { return .cannotRead(String(cString: strerror(errno))) }
                    if count == 0 { return nil }
                    bytes += chunk.prefix(count)
                }
            }
            if let grown { return .failure(grown) }
        }
        return .success((bytes, stamp))
    }
}
