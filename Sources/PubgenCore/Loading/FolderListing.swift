import Foundation

/// A folder's entries with their kinds, from `readdir(3)`.
///
/// `FileManager` lists names and then needs an `attributesOfItem` call per name, which
/// builds a dictionary of a dozen attributes; at 10,000 articles that was most of a
/// 0.2 s scan. `readdir` gives each entry's kind with its name; only file systems that
/// do not (`DT_UNKNOWN`) cost an `fstatat` per entry. The content scan and the removal
/// of old outputs (`TreeRemoval`) both list folders this way.
enum FolderListing {
    enum Kind: Equatable {
        case regular, folder, symbolicLink, other
    }

    struct Entry {
        var name: String
        var kind: Kind
    }

    /// An entry as the file system names it: bytes with their NUL, not necessarily UTF-8.
    struct RawEntry {
        var name: [CChar]
        var kind: Kind
    }

    /// The entries except `.` and `..`, unsorted; `nil` when the folder cannot be opened.
    static func entries(of path: String) -> [Entry]? {
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return nil }
        defer { close(folder) }
        return entries(ofOpenFolder: folder).map { entry in
            Entry(name: entry.name.withUnsafeBufferPointer { name in
                FileManager.default.string(withFileSystemRepresentation: name.baseAddress!, length: name.count - 1)
            }, kind: entry.kind)
        }
    }

    /// The entries of the open folder `folder` (it stays open), except `.` and `..`.
    static func entries(ofOpenFolder folder: Int32) -> [RawEntry] {
        let copy = dup(folder)
        guard copy >= 0 else { return [] }
        guard let stream = fdopendir(copy) else {
            close(copy)
            return []
        }
        defer { closedir(stream) }
        var result: [RawEntry] = []
        while let entry = readdir(stream) {
            let (name, type) = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { cName in
                    (Array(UnsafeBufferPointer(start: cName, count: strlen(cName) + 1)), Int32(entry.pointee.d_type))
                }
            }
            guard name != [46, 0], name != [46, 46, 0] else { continue }  // "." and ".."
            result.append(RawEntry(name: name, kind: kind(type, name: name, in: folder)))
        }
        return result
    }

    private static func kind(_ type: Int32, name: [CChar], in folder: Int32) -> Kind {
        switch type {
        case Int32(DT_REG): return .regular
        case Int32(DT_DIR): return .folder
        case Int32(DT_LNK): return .symbolicLink
        case Int32(DT_UNKNOWN):
            var status = stat()
            guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return .other }
            switch status.st_mode & S_IFMT {
            case S_IFREG: return .regular
            case S_IFDIR: return .folder
            case S_IFLNK: return .symbolicLink
            default: return .other
            }
        default: return .other
        }
    }
}
