import Foundation

/// Replaces the output folder as a whole: the new site is written to a staging folder
/// beside it and swapped in with two `rename(2)` calls, so a failed build leaves the
/// previous output exactly as it was and readers never see a half-written site (only,
/// for the instant between the two renames, no folder at all). A rebuild that changes a
/// few files stages only those and patches them in instead (`patch`, `OutputPatch`).
///
/// Files are written as they are produced (`Staging.write` is safe to call from
/// concurrent tasks), so a 10,000-page site never sits in memory at once.
package struct OutputWriter: Sendable {
    /// The file that marks a folder as pubgen's to replace.
    package static let marker = ".pubgen-output"
    /// pubgen's own files in the output, not pages: the marker (which holds the build
    /// manifest) and the source cache.
    package static let bookkeepingFiles: Set<String> = [marker, SourceCache.fileName]

    package init() {}

    /// A staging folder being filled, then committed or discarded.
    package struct Staging: Sendable {
        package let output: URL
        package let folder: URL
        let displayPath: String
        /// Held while this build fills the folder; see `removeAbandonedSiblings`.
        let ownership: DirectoryLock?
        /// The output's turn, when the build took it before reading the previous manifest
        /// (see `OutputWriter.turn(for:)`); else `commit` takes it.
        let turn: DirectoryLock?
        /// `folder.path`, computed once: every file's path is made from it.
        let folderPath: String
        /// The output's missing parent folders that `begin` made, deepest first: a build
        /// that fails leaves nothing behind, not even them.
        let madeParents: [URL]
        let madeFolders = MadeFolders()
        /// Where writes start from: the folder open under its lock, with paths relative
        /// to it (a third of the kernel's path walking), else the working directory.
        private let base: Int32
        private let basePrefix: String

        init(output: URL, folder: URL, displayPath: String, ownership: DirectoryLock?, turn: DirectoryLock?, madeParents: [URL] = []) {
            self.output = output
            self.folder = folder
            self.madeParents = madeParents
            self.displayPath = displayPath
            self.ownership = ownership
            self.turn = turn
            self.folderPath = folder.path
            (base, basePrefix) = ownership.map { ($0.descriptor, "") } ?? (AT_FDCWD, folder.path + "/")
        }

        /// Writes one file. Its folder must exist (see `prepareFolders`).
        package func write(_ file: OutputFile) throws {
            guard file.isContained else {
                throw PubgenError.cannotWrite(path: file.path, reason: "the path would leave the output folder")
            }
            guard file.withParts({ OutputFileSystem.createFile(atPath: basePrefix + file.path, in: base, parts: $0, $1, $2) }) else {
                let reason = Self.lastError()
                throw PubgenError.cannotWrite(path: ContentScanner.join(displayPath, file.path), reason: reason)
            }
        }

        /// Copies a file into the output without reading it into memory.
        package func copy(_ source: URL, to path: String) throws {
            guard OutputFile(path: path, bytes: []).isContained else {
                throw PubgenError.cannotWrite(path: path, reason: "the path would leave the output folder")
            }
            do {
                try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(path))
            } catch {
                throw PubgenError.cannotWrite(path: ContentScanner.join(displayPath, path), reason: OutputWriter.reason(error))
            }
        }

        /// Reuses a file of the previous output by hard link (a copy if linking fails):
        /// outputs are never modified in place, so sharing the inode is safe.
        ///
        /// Paths are joined as strings: a rebuild links 13,000 files, and making a `URL`
        /// for each side was a tenth of it.
        package func link(previousOutput: String, _ path: String) throws {
            let previous = previousOutput + "/" + path
            if Foundation.link(previous, folderPath + "/" + path) == 0 { return }
            try copy(URL(fileURLWithPath: previous), to: path)
        }

        /// Creates every folder the given paths need, once, before parallel writes.
        package func prepareFolders(for paths: some Sequence<String>) throws {
            try makeFolders(Self.folders(of: paths).sorted())
        }

        /// The same on up to `concurrency` tasks: a rebuild that replaces the output
        /// whole makes 10,000 folders to link the previous pages into. Folders are made
        /// by depth, so each one's parent exists before it.
        package func prepareFolders(for paths: some Sequence<String>, concurrency: Int) async throws {
            let byDepth = Dictionary(grouping: Self.folders(of: paths)) { $0.utf8.count { $0 == UInt8(ascii: "/") } }
            for depth in byDepth.keys.sorted() {
                let level = byDepth[depth]!.sorted()
                _ = try await level.chunked(into: 4 * concurrency).concurrentMap(width: concurrency) { folders in
                    try makeFolders(folders)
                }
            }
        }

        private static func folders(of paths: some Sequence<String>) -> Set<String> {
            var folders: Set<String> = []
            for path in paths {
                // Found on the bytes (a search by characters was half a percent of a build),
                // so a `/` before a combining mark parts folders too, as the file system has it.
                guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
                folders.insert(String(path[..<slash]))
            }
            return folders
        }

        private func makeFolders(_ folders: some Sequence<String>) throws {
            for relative in folders where !madeFolders.contains(relative) {
                // Plain `mkdir`; Foundation only when that fails, for its checks and wording.
                if !OutputFileSystem.makeFolder(relative[...], in: base, prefix: basePrefix) {
                    do {
                        try FileManager.default.createDirectory(
                            at: folder.appendingPathComponent(relative), withIntermediateDirectories: true)
                    } catch {
                        throw PubgenError.cannotWrite(path: ContentScanner.join(displayPath, relative), reason: OutputWriter.reason(error))
                    }
                }
                madeFolders.insert(relative)
            }
        }

        /// Adds the marker (holding `manifest`, if any) and swaps the staging folder in
        /// place of the output. Two builds into the same output take turns here (an
        /// exclusive `flock` on the folder that holds it, so no lock file is left behind),
        /// and the result is one of them whole.
        package func commit(manifest: [UInt8]? = nil) throws {
            let turn = self.turn ?? DirectoryLock(output.deletingLastPathComponent(), wait: true)
            try withExtendedLifetime(turn) { try swap(manifest: manifest) }
        }

        /// Updates the output in place instead (see `OutputPatch`): moves `files` from
        /// this folder into it, removes `removing` from it and writes `manifest` last.
        /// Only for a build holding the output's turn since it read the previous manifest.
        /// - Returns: `false`, with the output as it was and every file back in this
        ///   folder, when a step failed; the caller then completes this folder and commits.
        /// - Throws: `PubgenError.cannotWrite` when a step failed and could not be undone.
        package func patch(files: [String], removing: [String], manifest: [UInt8]) throws -> Bool {
            precondition(turn != nil, "patching an output needs its turn, taken before reading the manifest")
            var patch = OutputPatch(output: output.path, staging: folderPath, backup: sibling("old").path)
            do {
                try patch.apply(files: files, removing: removing, manifest: manifest)
                discard()  // Only folders are left in it.
                return true
            } catch where error.undone {
                return false
            } catch {
                discard()
                throw PubgenError.cannotWrite(
                    path: displayPath,
                    reason: "\(error.reason) (\(error.path)); it is now partly updated, and the next build replaces it whole")
            }
        }

        /// A folder beside the output for this build (`.out.pubgen-old-1a2b3c4d`).
        private func sibling(_ kind: String) -> URL {
            output.deletingLastPathComponent()
                .appendingPathComponent(".\(output.lastPathComponent).pubgen-\(kind)-\(UUID().uuidString.prefix(8).lowercased())")
        }

        private func swap(manifest: [UInt8]?) throws {
            do {
                let marker = manifest ?? Array("This folder was generated by pubgen and is replaced on every build.\n".utf8)
                try Data(marker).write(to: folder.appendingPathComponent(OutputWriter.marker))
            } catch {
                discard()
                throw PubgenError.cannotWrite(path: displayPath, reason: OutputWriter.reason(error))
            }
            // Another build may have created or replaced the output since `begin`.
            let outputExists = FileManager.default.fileExists(atPath: output.path)
            guard outputExists else {
                guard rename(folder.path, output.path) == 0 else {
                    let reason = Self.lastError()
                    discard()
                    throw PubgenError.cannotWrite(path: displayPath, reason: reason)
                }
                return
            }
            Self.takeAccess(of: output, to: folder)
            let old = sibling("old")
            guard rename(output.path, old.path) == 0 else {
                let reason = Self.lastError()
                discard()
                throw PubgenError.cannotWrite(path: displayPath, reason: reason)
            }
            guard rename(folder.path, output.path) == 0 else {
                let reason = Self.lastError()
                _ = rename(old.path, output.path)
                discard()
                throw PubgenError.cannotWrite(path: displayPath, reason: reason)
            }
            TreeRemoval.remove(old.path)
        }

        /// Removes the staging folder, and the parent folders `begin` made if they are
        /// still empty; the previous output is untouched.
        package func discard() {
            TreeRemoval.remove(folder.path)
            for parent in madeParents { _ = rmdir(parent.path) }
        }

        static func lastError() -> String { String(cString: strerror(errno)) }

        /// Gives the new output the old one's permissions and group (a folder a web
        /// server's group may read, setgid so new files join it): the swap replaced
        /// them with the defaults of a new folder. Best effort: a group this user is
        /// not in cannot be given.
        /// - Parameter groupOnly: Only the group and the setgid bit, for the staging folder
        ///   while it is filled (a read-only mode would keep the build from writing it).
        static func takeAccess(of output: URL, to folder: URL, groupOnly: Bool = false) {
            var old = stat()
            var new = stat()
            guard stat(output.path, &old) == 0, stat(folder.path, &new) == 0 else { return }
            _ = chown(folder.path, uid_t.max, old.st_gid)
            _ = chmod(folder.path, groupOnly ? (new.st_mode & 0o7777) | (old.st_mode & S_ISGID) : old.st_mode & 0o7777)
        }
    }

    /// Starts a new output.
    /// - Throws: `PubgenError.unsafeOutput` when `output` holds something pubgen did not
    ///   create; `PubgenError.cannotWrite` when the staging folder cannot be made.
    /// - Parameter turn: the output's turn, if the build already holds it.
    package func begin(_ output: URL, displayPath: String, turn: DirectoryLock? = nil) throws -> Staging {
        let output = output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        _ = try checkReplaceable(output, displayPath: displayPath)
        Self.removeAbandonedSiblings(of: output, holdingTurn: turn != nil)
        let token = UUID().uuidString.prefix(8).lowercased()
        // Made under another name, locked, then renamed (the lock stays with the folder):
        // a folder named `-staging-` is locked from the moment it has that name, so
        // another build's clean-up can never take it for an abandoned one.
        let unborn = parent.appendingPathComponent(".\(output.lastPathComponent).pubgen-new-\(token)")
        let folder = parent.appendingPathComponent(".\(output.lastPathComponent).pubgen-staging-\(token)")
        let ownership: DirectoryLock?
        var madeParents: [URL] = []
        var missing = parent
        while !FileManager.default.fileExists(atPath: missing.path), missing.path != "/" {
            madeParents.append(missing)
            missing.deleteLastPathComponent()
        }
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: unborn, withIntermediateDirectories: false)
            ownership = DirectoryLock(unborn, wait: false)
            guard rename(unborn.path, folder.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            // From the start, so that what is staged joins the output's (setgid) group.
            Staging.takeAccess(of: output, to: folder, groupOnly: true)
        } catch {
            try? FileManager.default.removeItem(at: unborn)
            for parent in madeParents { _ = rmdir(parent.path) }
            throw PubgenError.cannotWrite(path: displayPath, reason: Self.reason(error))
        }
        return Staging(output: output, folder: folder, displayPath: displayPath, ownership: ownership, turn: turn, madeParents: madeParents)
    }

    /// Throws `PubgenError.unsafeOutput` if no build could write `output` (see
    /// `begin`): `serve` checks its `--output` once, before it starts.
    package func checkUsable(_ output: URL, displayPath: String) throws {
        _ = try checkReplaceable(output.standardizedFileURL, displayPath: displayPath)
    }

    /// The output's turn: an exclusive lock on the folder that holds it. A build that
    /// may update the output in place takes it before reading the previous manifest and
    /// keeps it to its commit; one that replaces the output whole takes it to commit.
    /// (So builds into sibling folders take turns too.) `nil` when that folder does not
    /// exist yet, so there is no previous output.
    static func turn(for output: URL) async -> DirectoryLock? {
        await DirectoryLock.waiting(for: output.standardizedFileURL.deletingLastPathComponent())
    }

}

private extension OutputWriter {
    /// Whether `output` exists; throws unless it is a folder pubgen made or an empty one.
    func checkReplaceable(_ output: URL, displayPath: String) throws -> Bool {
        let fileManager = FileManager.default
        guard let attributes = try? fileManager.attributesOfItem(atPath: output.path) else { return false }
        if attributes[.type] as? FileAttributeType == .typeSymbolicLink {
            throw PubgenError.unsafeOutput(path: displayPath, reason: "it is a symbolic link; give the real folder")
        }
        guard attributes[.type] as? FileAttributeType == .typeDirectory else {
            throw PubgenError.unsafeOutput(path: displayPath, reason: "it exists and is not a folder")
        }
        let contents = (try? fileManager.contentsOfDirectory(atPath: output.path)) ?? []
        if contents.isEmpty || contents.contains(Self.marker) { return true }
        throw PubgenError.unsafeOutput(
            path: displayPath,
            reason: "the folder is not empty and was not created by pubgen (no \(Self.marker) file); choose another output folder or empty this one")
    }
}

extension OutputWriter {
    /// Staging and old folders that a killed build left beside the output. A staging
    /// folder goes when no build holds its lock (its builder is gone); an old folder
    /// lives only inside `commit`'s turn, so one found while holding the turn is left
    /// over. Folders of builds still running are never touched.
    static func removeAbandonedSiblings(of output: URL, holdingTurn: Bool = false) {
        let parent = output.deletingLastPathComponent()
        let staging = ".\(output.lastPathComponent).pubgen-staging-", old = ".\(output.lastPathComponent).pubgen-old-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        // A build killed between making its folder and naming it (microseconds) leaves a
        // `-new-` folder nobody can tell from a live one but by its age.
        for name in names where name.hasPrefix(".\(output.lastPathComponent).pubgen-new-") {
            let url = parent.appendingPathComponent(name)
            let modified = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
            if let modified, modified < Date(timeIntervalSinceNow: -3600) { try? FileManager.default.removeItem(at: url) }
        }
        for name in names where name.hasPrefix(staging) {
            let url = parent.appendingPathComponent(name)
            if let lock = DirectoryLock(url, wait: false) {
                withExtendedLifetime(lock) { TreeRemoval.remove(url.path) }
            }
        }
        let leftovers = names.filter { $0.hasPrefix(old) }
        guard !leftovers.isEmpty else { return }
        if holdingTurn {
            for name in leftovers { TreeRemoval.remove(parent.appendingPathComponent(name).path) }
            return
        }
        guard let turn = DirectoryLock(parent, wait: false) else { return }
        withExtendedLifetime(turn) {
            for name in leftovers { TreeRemoval.remove(parent.appendingPathComponent(name).path) }
        }
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? POSIXError { return String(cString: strerror(error.code.rawValue)) }
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? POSIXError {
            return String(cString: strerror(underlying.code.rawValue))
        }
        // Foundation's own wording ("The operation could not be completed. The volume is
        // read only.") for the errors it maps; the system's shorter one reads better.
        if let error = error as? CocoaError {
            let code: Int32? = switch error.code {
            case .fileWriteVolumeReadOnly: EROFS
            case .fileWriteOutOfSpace: ENOSPC
            case .fileWriteNoPermission, .fileReadNoPermission: EACCES
            case .fileNoSuchFile, .fileReadNoSuchFile: ENOENT
            default: nil
            }
            if let code { return String(cString: strerror(code)) }
        }
        return (error as NSError).localizedDescription
    }
}
