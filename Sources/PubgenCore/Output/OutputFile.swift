/// One file of the generated site: a path inside the output folder and its bytes.
package struct OutputFile: Sendable, Equatable {
    /// Relative, `/`-separated, never absolute and never containing `..`.
    package var path: String
    private var content: Content

    /// A page keeps the string its template rendered: copying 10,000 pages into byte
    /// arrays only to write them was 250 MB of copying at 10,000 articles.
    private enum Content: Sendable {
        case bytes([UInt8])
        case text(String)
    }

    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.content = .bytes(bytes)
    }

    package init(path: String, text: String) {
        self.path = path
        self.content = .text(text)
    }

    package var bytes: [UInt8] {
        switch content {
        case let .bytes(bytes): bytes
        case let .text(text): Array(text.utf8)
        }
    }

    /// Calls `body` with the file's bytes, without copying a text.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch content {
        case let .bytes(bytes):
            return try bytes.withUnsafeBytes(body)
        case var .text(text):
            return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        }
    }

    package static func == (lhs: OutputFile, rhs: OutputFile) -> Bool {
        lhs.path == rhs.path && lhs.bytes == rhs.bytes
    }

    /// Whether `path` stays inside the output folder whatever it contains.
    package var isContained: Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}
