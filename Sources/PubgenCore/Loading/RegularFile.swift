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
    package static func readStamped(_ path: String) -> Result<(bytes: [UInt8], stamp: FileStamp), Failure> {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(errno == ELOOP ? .notRegular : .cannotOpen(String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, let stamp = FileStamp(status) else { return .failure(.notRegular) }
        // The size `fstat` gave, then whatever the file grew by while being read.
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = filled < bytes.count
                ? bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
                : chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return .failure(.cannotRead(String(cString: strerror(errno)))) }
            if count == 0 { break }
            if filled < bytes.count { filled += count } else { bytes += chunk.prefix(count); filled = bytes.count }
        }
        bytes.removeLast(bytes.count - filled)
        return .success((bytes, stamp))
    }
}
