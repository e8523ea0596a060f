/// One file of the generated site: a path inside the output folder and its bytes.
package struct OutputFile: Sendable, Equatable {
    /// Relative, `/`-separated, never absolute and never containing `..`.
    package var path: String
    private var content: Content

    /// Pages come from their template as bytes; a file made as a string (a feed, a
    /// redirect) keeps it and is written from its UTF-8, never copied into an array.
    private enum Content: Sendable {
        case bytes([UInt8])
        case text(String)
        case page(PageParts)
    }

    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.content = .bytes(bytes)
    }

    package init(path: String, text: String) {
        self.path = path
        self.content = .text(text)
    }

    package init(path: String, page: PageParts) {
        self.path = path
        self.content = .page(page)
    }

    package var bytes: [UInt8] {
        switch content {
        case let .bytes(bytes): bytes
        case let .text(text): Array(text.utf8)
        case let .page(page): page.bytes
        }
    }

    /// Calls `body` with the file's bytes in up to three parts, in order, without
    /// copying a text or splicing a page.
    func withParts<Result>(
        _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> Result
    ) rethrows -> Result {
        let none = UnsafeRawBufferPointer(start: nil, count: 0)
        switch content {
        case let .bytes(bytes):
            return try bytes.withUnsafeBytes { try body($0, none, none) }
        case var .text(text):
            return try text.withUTF8 { try body(UnsafeRawBufferPointer($0), none, none) }
        case let .page(page):
            return try page.before.withUnsafeBytes { before in
                try page.body.withUnsafeBytes { middle in
                    try page.after.withUnsafeBytes { after in try body(before, middle, after) }
                }
            }
        }
    }

    package static func == (lhs: OutputFile, rhs: OutputFile) -> Bool {
        lhs.path == rhs.path && lhs.bytes == rhs.bytes
    }

    /// Whether `path` stays inside the output folder whatever it contains.
    /// Asked of every file written: one pass over the bytes, no component, `.` or `..`
    /// empty, and no backslash or NUL anywhere.
    package var isContained: Bool {
        guard let first = path.utf8.first, first != UInt8(ascii: "/") else { return false }
        var length = 0  // of the current component
        var dots = 0  // how many of its bytes are dots
        func isAllowed() -> Bool { length > 0 && !(dots == length && length <= 2) }
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), 0: return false
            case UInt8(ascii: "/"):
                guard isAllowed() else { return false }
                (length, dots) = (0, 0)
            case UInt8(ascii: "."):
                (length, dots) = (length + 1, dots + 1)
            default:
                length += 1
            }
        }
        return isAllowed()
    }
}
