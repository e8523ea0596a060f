import Foundation
import Synchronization

/// An advisory `flock(2)` on a folder, held until `release()` or until this value is
/// released.
///
/// The kernel drops the lock when its holder dies, however it dies, which is what
/// tells a killed build's staging folder from one a running build is still filling.
package final class DirectoryLock: Sendable {
    /// The open folder, which also serves as a base for `openat(2)` and `mkdirat(2)`.
    let descriptor: Int32
    private let released = Atomic<Bool>(false)

    /// Takes an exclusive lock on `folder`, waiting for it unless `wait` is false.
    /// - Returns: `nil` when the folder cannot be opened, or is locked and `wait` is false.
    convenience init?(_ folder: URL, wait: Bool) {
        guard case let .locked(descriptor) = Self.attempt(folder, wait: wait) else { return nil }
        self.init(descriptor: descriptor)
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// What one try at the lock gave.
    enum Attempt {
        case locked(Int32)
        /// Another holder has it.
        case busy
        /// The folder cannot be opened (it does not exist, or may not be read).
        case unavailable
    }

    private static func attempt(_ folder: URL, wait: Bool) -> Attempt {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return .unavailable }
        guard flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) == 0 else {
            let busy = errno == EWOULDBLOCK
            close(descriptor)
            return busy ? .busy : .unavailable
        }
        return .locked(descriptor)
    }

    /// Takes the lock without holding a thread while another holder has it: a build's
    /// tasks run on a pool as wide as the machine, and a thread blocked in `flock` is one
    /// fewer for every task of the process. `nil` when the folder cannot be opened, or
    /// when the task is cancelled while it waits (an interrupted build: the sleep ends at
    /// once then, and the loop spun a core until the other holder let go).
    static func waiting(for folder: URL) async -> DirectoryLock? {
        while true {
            switch attempt(folder, wait: false) {
            case let .locked(descriptor): return DirectoryLock(descriptor: descriptor)
            case .unavailable: return nil
            case .busy:
                do { try await Task.sleep(for: .milliseconds(10)) } catch { return nil }
            }
        }
    }

    /// Lets the lock go now rather than when the last reference goes.
    func release() {
        guard !released.exchange(true, ordering: .acquiringAndReleasing) else { return }
        close(descriptor)
    }

    deinit {
        release()
    }
}
