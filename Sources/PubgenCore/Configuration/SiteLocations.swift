import Foundation
import PubgenDiagnostics

/// Where a site's files are: the site root is the folder that holds the content folder,
/// and `pubgen.yml` and `templates/` live there.
package struct SiteLocations: Sendable {
    package var root: URL
    /// The root as diagnostics name it ("" for the working directory).
    package var rootDisplayPath: String

    package init(content: URL, contentDisplayPath: String) {
        self.root = content.standardizedFileURL.deletingLastPathComponent()
        self.rootDisplayPath = Self.parentDisplayPath(of: contentDisplayPath)
    }

    /// The folder above a path as the user typed it: `content` → "", `site/content` →
    /// `site`, `.` → `..`, `/srv/content` → `/srv`.
    static func parentDisplayPath(of path: String) -> String {
        var display = path
        while display.count > 1, display.hasSuffix("/") { display.removeLast() }
        while display.hasPrefix("./") { display.removeFirst(2) }
        if display == "." || display.isEmpty { return ".." }
        if display == ".." || display.hasSuffix("/..") { return display + "/.." }
        guard let slash = display.lastIndex(of: "/") else { return "" }
        return slash == display.startIndex ? "/" : String(display[..<slash])
    }

    /// Files published as they are, and the root of `/…` links in articles.
    package var staticDirectory: URL { root.appendingPathComponent("static") }
    package var staticDisplayPath: String { ContentScanner.join(rootDisplayPath, "static") }

    package var configurationFile: URL { root.appendingPathComponent(ConfigurationLoader.fileName) }
    package var configurationDisplayPath: String { ContentScanner.join(rootDisplayPath, ConfigurationLoader.fileName) }

    /// The site's `templates/` folder, when it exists.
    package var templatesDirectory: URL? {
        let url = root.appendingPathComponent("templates")
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue ? url : nil
    }

    package var templatesDisplayPath: String { ContentScanner.join(rootDisplayPath, "templates") }

    /// The templates folder to use: `--templates`, else `theme:` from the configuration
    /// (relative to the site root), else `templates/` when it exists.
    package func theme(option: URL?, configured: String?) -> (directory: URL?, displayPath: String, diagnostics: [Diagnostic]) {
        if let option { return (option, option.relativePath, []) }
        if let configured {
            let url = configured.hasPrefix("/") ? URL(fileURLWithPath: configured) : root.appendingPathComponent(configured)
            let display = configured.hasPrefix("/") ? configured : ContentScanner.join(rootDisplayPath, configured)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return (nil, display, [.error("theme folder '\(display)' does not exist", rule: "config", at: nil)])
            }
            return (url, display, [])
        }
        return (templatesDirectory, templatesDisplayPath, [])
    }

    /// The configuration: `explicit` if given (it must exist), else `pubgen.yml` if present.
    package func loadConfiguration(explicit: URL?) -> (SiteConfiguration, [Diagnostic]) {
        if let explicit {
            return ConfigurationLoader.load(from: explicit, displayPath: explicit.relativePath, required: true)
        }
        return ConfigurationLoader.load(from: configurationFile, displayPath: configurationDisplayPath)
    }
}
