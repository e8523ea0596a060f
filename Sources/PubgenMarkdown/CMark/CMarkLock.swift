internal import CCmarkGFM
import Synchronization

/// The one lock pubgen holds: around cmark-gfm's parser.
///
/// cmark-gfm is not safe to parse concurrently: `cmark_parser_feed` and
/// `cmark_parser_finish` toggle entries of a process-global special-character table
/// (`cmark_manage_extensions_special_characters`) for the attached extensions, and
/// extension registration is an unguarded static. Parallel parses produced wrong HTML
/// here about 40% of the time (see github/cmark-gfm issues on thread safety). Walking
/// and rendering a finished tree touch no global state, so only the parse is held.
enum CMarkLock {
    private static let mutex = Mutex(false)

    /// Runs `body` while holding the parse lock, registering the extensions on first use.
    static func withLock<T: ~Copyable>(_ body: () throws -> T) rethrows -> T {
        try mutex.withLock { registered in
            if !registered {
                cmark_gfm_core_extensions_ensure_registered()
                registered = true
            }
            return try body()
        }
    }
}
