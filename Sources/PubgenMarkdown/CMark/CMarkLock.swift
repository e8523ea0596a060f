internal import CCmarkGFM
#if canImport(Glibc)
import Glibc
#endif

/// The one lock pubgen holds: around cmark-gfm's parser.
///
/// cmark-gfm is not safe to parse concurrently: `cmark_parser_feed` and
/// `cmark_parser_finish` toggle entries of a process-global special-character table
/// (`cmark_manage_extensions_special_characters`) for the attached extensions, and
/// extension registration is an unguarded static. Parallel parses produced wrong HTML
/// here about 40% of the time (see github/cmark-gfm issues on thread safety). Walking
/// and rendering a finished tree touch no global state, so only the parse is held.
///
/// A pthread mutex rather than `Synchronization.Mutex`: ThreadSanitizer does not see
/// `Mutex`'s futex and reported races on what it guarded, so `make sanitize` could not
/// be clean (shared/design/NOTES.md saw the same).
enum CMarkLock {
    private static let mutex = ParseMutex()
    /// Registration runs once (a lazy static is initialised exactly once), before any parse.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Runs `body` while holding the parse lock, registering the extensions on first use.
    /// - Parameter whileBusy: Called while another thread holds the lock, to do one piece
    ///   of other work (a page to write) instead of sleeping; it returns false when it has
    ///   none, and the thread then waits. Up to a quarter of all parses found the lock
    ///   taken on a two-core build, and each waited out the rest of the other parse.
    static func withLock<T: ~Copyable>(whileBusy: () -> Bool = { false }, _ body: () throws -> T) rethrows -> T {
        _ = extensionsRegistered
        if !mutex.tryLock() {
            var locked = false
            while whileBusy() {
                if mutex.tryLock() {
                    locked = true
                    break
                }
            }
            if !locked { mutex.lock() }
        }
        defer { mutex.unlock() }
        return try body()
    }
}

/// A process-lifetime pthread mutex.
private final class ParseMutex: @unchecked Sendable {
    // @unchecked: the pthread mutex is the synchronisation; the pointer never changes.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    func lock() { pthread_mutex_lock(mutex) }
    func unlock() { pthread_mutex_unlock(mutex) }
    /// Takes the lock if it is free, without waiting.
    func tryLock() -> Bool { pthread_mutex_trylock(mutex) == 0 }
}
