import Foundation

/// Replaces one file atomically: a temporary file in the same folder, then `rename(2)`.
/// Readers see the old bytes or the new ones, never a mix; on failure the file is untouched.
package enum AtomicFile {
    package static func write(_ bytes: [UInt8], to url: URL, displayPath: String, replacing: Bool = true) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).pubgen-\(UUID().uuidString.prefix(8))")
        let permissions = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.posixPermissions]
        do {
            try Data(bytes).write(to: temporary, options: .withoutOverwriting)
            if let permissions { try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw PubgenError.cannotWrite(path: displayPath, reason: OutputWriter.reason(error))
        }
        if !replacing {
            // link(2) fails if the name exists, so a file that appeared meanwhile is never replaced.
            defer { try? FileManager.default.removeItem(at: temporary) }
            guard link(temporary.path, url.path) == 0 else {
                throw PubgenError.cannotWrite(path: displayPath, reason: String(cString: strerror(errno)))
            }
            return
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw PubgenError.cannotWrite(path: displayPath, reason: reason)
        }
    }
}
