import Foundation

/// An advisory `flock(2)` on a folder, held until this value is released.
///
/// The kernel drops the lock when its holder dies, however it dies, which is what
/// tells a killed build's staging folder from one a running build is still filling.
package final class DirectoryLock: Sendable {
    /// The open folder, which also serves as a base for `openat(2)` and `mkdirat(2)`.
    let descriptor: Int32

    /// Takes an exclusive lock on `folder`, waiting for it unless `wait` is false.
    /// - Returns: `nil` when the folder cannot be opened, or is locked and `wait` is false.
    init?(_ folder: URL, wait: Bool) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) == 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }
}
