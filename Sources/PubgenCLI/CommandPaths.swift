import ArgumentParser
import Foundation

/// Checks on the folders a command is given, reported as usage errors (exit 64).
enum CommandPaths {
    /// A path as diagnostics show it: as typed, without trailing slashes.
    static func display(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    static func validateContent(_ content: String) throws {
        try validateFolder(content, role: "content")
    }

    static func validateFolder(_ path: String, role: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ValidationError("\(role) folder '\(display(path))' does not exist")
        }
        guard isDirectory.boolValue else {
            throw ValidationError("\(role) path '\(display(path))' is not a folder")
        }
    }

    /// The output may be neither the content folder, nor inside it, nor around it:
    /// replacing it would destroy the articles.
    static func validateOutput(_ output: String, content: String) throws {
        let outputPath = canonical(output)
        let contentPath = canonical(content)
        if outputPath == contentPath {
            throw ValidationError("the output folder cannot be the content folder")
        }
        if outputPath.hasPrefix(contentPath + "/") {
            throw ValidationError("the output folder '\(display(output))' cannot be inside the content folder '\(display(content))'")
        }
        if contentPath.hasPrefix(outputPath + "/") || outputPath == "/" {
            throw ValidationError("the output folder '\(display(output))' contains the content folder; replacing it would delete your articles")
        }
        // The site's other inputs (after the content folder, which an output around the
        // site root also contains): an output inside static/ would be published into itself.
        let siteRoot = (contentPath as NSString).deletingLastPathComponent
        for folder in ["static", "templates"] {
            let input = (siteRoot as NSString).appendingPathComponent(folder)
            if outputPath == input || outputPath.hasPrefix(input + "/") || input.hasPrefix(outputPath + "/") {
                throw ValidationError("the output folder '\(display(output))' cannot be, contain or be inside the site's \(folder)/ folder")
            }
        }
        let home = canonical(NSHomeDirectory())
        if outputPath == home || outputPath == canonical(FileManager.default.currentDirectoryPath) {
            throw ValidationError("refusing to use '\(display(output))' as the output folder: it is your home or working folder")
        }
    }

    /// An absolute path with symbolic links resolved, also for paths that do not exist yet.
    static func canonical(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var suffix: [String] = []
        while !FileManager.default.fileExists(atPath: url.path), url.path != "/" {
            suffix.insert(url.lastPathComponent, at: 0)
            url.deleteLastPathComponent()
        }
        var resolved = url.resolvingSymlinksInPath().path
        for part in suffix { resolved = (resolved as NSString).appendingPathComponent(part) }
        return resolved
    }
}
