import Foundation

/// pubgen's version, shown by `--version` and in the generator meta tag.
package enum PubgenVersion {
    package static let current = "0.1.0"

    /// The running executable's size and modification time: a rebuilt pubgen whose
    /// version string did not change must not reuse a previous build's pages.
    package static let buildIdentifier: String = {
        let candidates = ["/proc/self/exe", Bundle.main.executablePath ?? "", ProcessInfo.processInfo.arguments.first ?? ""]
        guard let attributes = candidates.lazy.compactMap({ path in
            try? FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
        }).first else { return "unknown" }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)-\(Int(modified))"
    }()
}
