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
        var display = contentDisplayPath
        while display.count > 1, display.hasSuffix("/") { display.removeLast() }
        let parent = (display as NSString).deletingLastPathComponent
        self.rootDisplayPath = parent == "." ? "" : parent
    }

    package var configurationFile: URL { root.appendingPathComponent(ConfigurationLoader.fileName) }
    package var configurationDisplayPath: String { ContentScanner.join(rootDisplayPath, ConfigurationLoader.fileName) }

    /// The site's `templates/` folder, when it exists.
    package var templatesDirectory: URL? {
        let url = root.appendingPathComponent("templates")
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue ? url : nil
    }

    package var templatesDisplayPath: String { ContentScanner.join(rootDisplayPath, "templates") }

    /// The configuration: `explicit` if given (it must exist), else `pubgen.yml` if present.
    package func loadConfiguration(explicit: URL?) -> (SiteConfiguration, [Diagnostic]) {
        if let explicit {
            return ConfigurationLoader.load(from: explicit, displayPath: explicit.relativePath, required: true)
        }
        return ConfigurationLoader.load(from: configurationFile, displayPath: configurationDisplayPath)
    }
}
