import Synchronization

/// The folders one staging folder already has. Articles written as soon as they are
/// compiled make theirs; the later pass over every page's path then skips them
/// instead of asking the file system about 10,000 folders again.
final class MadeFolders: Sendable {
    private let names = Mutex<Set<String>>([])

    func contains(_ name: String) -> Bool { names.withLock { $0.contains(name) } }

    /// Recorded only once the folder exists, so a concurrent writer never skips one still being made.
    func insert(_ name: String) { names.withLock { _ = $0.insert(name) } }
}
