/// One file of the generated site: a path inside the output folder and its bytes.
package struct OutputFile: Sendable, Equatable {
    /// Relative, `/`-separated, never absolute and never containing `..`.
    package var path: String
    package var bytes: [UInt8]

    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    package init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Whether `path` stays inside the output folder whatever it contains.
    package var isContained: Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}
