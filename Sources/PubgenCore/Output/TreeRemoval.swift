import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Deletes a folder tree with `unlinkat(2)` relative to open folders, its top-level
/// entries on all cores.
///
/// A build that replaces the output whole deletes the old one (13,000 files and 10,000
/// folders at 10,000 articles) at its end: Foundation's
/// `removeItem` took 0.15 s of a 1.3 s one-article rebuild, with a `stat` and a full
/// path per entry. Links are removed, never followed: folders are opened with
/// `O_NOFOLLOW`, so a link planted in the tree cannot lead the deletion outside it.
enum TreeRemoval {
    /// Removes `path` and everything in it; best effort, like `try? removeItem`.
    static func remove(_ path: String) {
        let root = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard root >= 0 else {
            unlink(path)  // A file or a link, not a folder.
            return
        }
        let entries = FolderListing.entries(ofOpenFolder: root)
        // Each top-level entry is a subtree of its own: remove them side by side.
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            removeEntry(entries[index].name, isFolder: entries[index].kind == .folder, in: root)
        }
        close(root)
        rmdir(path)
    }

    private static func removeEntry(_ name: [CChar], isFolder: Bool, in parent: Int32) {
        guard isFolder else {
            unlinkat(parent, name, 0)
            return
        }
        let folder = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if folder >= 0 {
            for entry in FolderListing.entries(ofOpenFolder: folder) { removeEntry(entry.name, isFolder: entry.kind == .folder, in: folder) }
            close(folder)
        }
        unlinkat(parent, name, AT_REMOVEDIR)
    }
}
