import Foundation
import PubgenDiagnostics

/// One Markdown file, decoded, with the path diagnostics show for it.
package struct SourceFile: Sendable {
    /// The path as users see it in diagnostics (relative to the working directory when possible).
    package var displayPath: String
    /// The path relative to the content folder, with `/` separators.
    package var relativePath: String
    /// Where the file is: a path, made a URL only when one is asked for (a URL per file
    /// was 3% of a one-article rebuild, which reads almost none of them).
    package var filePath: String
    package var url: URL { URL(fileURLWithPath: filePath) }
    /// The text, without a byte-order mark. Invalid UTF-8 is replaced by U+FFFD.
    package var text: String
    /// The file's stamp when it was read (`nil` when it was not read here).
    package var stamp: FileStamp?

    package init(displayPath: String, relativePath: String, filePath: String, text: String, stamp: FileStamp? = nil) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.filePath = filePath
        self.text = text
        self.stamp = stamp
    }

    package init(displayPath: String, relativePath: String, url: URL, text: String, stamp: FileStamp? = nil) {
        self.init(displayPath: displayPath, relativePath: relativePath, filePath: url.path, text: text, stamp: stamp)
    }

    /// Reads and decodes a file.
    /// - Returns: The file, and an error at the first invalid UTF-8 byte if there is one.
    /// - Throws: `PubgenError.cannotRead` when the file cannot be read at all.
    package static func load(filePath: String, relativePath: String, displayPath: String) throws -> (SourceFile, [Diagnostic]) {
        var bytes: [UInt8]
        let stamp: FileStamp
        switch RegularFile.readStamped(filePath) {
        case let .success(read): (bytes, stamp) = read
        case .failure(.notRegular): throw PubgenError.cannotRead(path: displayPath, reason: "not a regular file (it was replaced while pubgen read the folder)")
        case let .failure(.cannotOpen(reason)), let .failure(.cannotRead(reason)): throw PubgenError.cannotRead(path: displayPath, reason: reason)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // Validation is vectorised in the standard library; the slow scan for the
        // position of the first bad byte runs only when there is one.
        if let text = String(validating: bytes, as: UTF8.self) {
            return (SourceFile(displayPath: displayPath, relativePath: relativePath, filePath: filePath, text: text, stamp: stamp), [])
        }
        var diagnostics: [Diagnostic] = []
        if let offset = firstInvalidUTF8Offset(in: bytes) {
            let (line, column) = LineIndex(bytes: bytes).position(ofByteOffset: offset)
            diagnostics.append(.error(
                "invalid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true))); save the file as UTF-8",
                rule: "encoding.utf8", at: SourceLocation(path: displayPath, line: line, column: column)))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return (SourceFile(displayPath: displayPath, relativePath: relativePath, filePath: filePath, text: text, stamp: stamp), diagnostics)
    }

    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
