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
    /// The text as read, without a byte-order mark. Invalid UTF-8 is replaced by U+FFFD.
    package var contents: SourceText
    /// The text as a string, made on each call: a build reads `contents`, which are
    /// never made a string (see `SourceText`); lint and section pages read this.
    package var text: String {
        get { contents.string }
        set { contents = SourceText(newValue) }
    }
    /// The file's stamp when it was read (`nil` when it was not read here).
    package var stamp: FileStamp?

    package init(displayPath: String, relativePath: String, filePath: String, contents: SourceText, stamp: FileStamp? = nil) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.filePath = filePath
        self.contents = contents
        self.stamp = stamp
    }

    package init(displayPath: String, relativePath: String, filePath: String, text: String, stamp: FileStamp? = nil) {
        self.init(displayPath: displayPath, relativePath: relativePath, filePath: filePath, contents: SourceText(text), stamp: stamp)
    }

    package init(displayPath: String, relativePath: String, url: URL, text: String, stamp: FileStamp? = nil) {
        self.init(displayPath: displayPath, relativePath: relativePath, filePath: url.path, text: text, stamp: stamp)
    }

    /// Reads and decodes a file.
    /// - Parameter folder: the content folder, open: the file is read as `relativePath`
    ///   in it (else as `filePath`).
    /// - Returns: The file, and an error at the first invalid UTF-8 byte if there is one.
    /// - Throws: `PubgenError.cannotRead` when the file cannot be read at all.
    package static func load(
        filePath: String, relativePath: String, displayPath: String, in folder: OpenFolder? = nil
    ) throws -> (SourceFile, [Diagnostic]) {
        let (bytes, stamp) = try read(filePath, relativePath: relativePath, in: folder, displayPath: displayPath)
        let (contents, diagnostics) = decode(bytes, displayPath: displayPath)
        return (SourceFile(displayPath: displayPath, relativePath: relativePath, filePath: filePath, contents: contents, stamp: stamp), diagnostics)
    }

    /// Reads a file again, for text read before whose fingerprint is `contentHash`.
    ///
    /// Bytes with that fingerprint are the ones that were decoded then, so they are
    /// taken without checking their UTF-8 again (nearly half of what reading again cost);
    /// a file whose text was repaired then is decoded again, to the same text.
    /// - Parameter folder: as `load` takes it.
    /// - Returns: `nil` when the file's text is no longer the one read before.
    /// - Throws: `PubgenError.cannotRead` when the file cannot be read at all.
    package static func reread(
        filePath: String, relativePath: String, displayPath: String, contentHash: String, in folder: OpenFolder? = nil
    ) throws -> SourceFile? {
        let (bytes, stamp) = try read(filePath, relativePath: relativePath, in: folder, displayPath: displayPath)
        let start = byteOrderMarkLength(bytes)
        var fingerprint = Fingerprint()
        fingerprint.combine(bytes[start...])  // as `Fingerprint.of(contents)` takes the text
        let contents: SourceText
        if fingerprint.hex == contentHash {
            contents = SourceText(validUTF8: bytes, from: start)
        } else {
            (contents, _) = decode(bytes, displayPath: displayPath)
            guard Fingerprint.of(contents) == contentHash else { return nil }
        }
        return SourceFile(displayPath: displayPath, relativePath: relativePath, filePath: filePath, contents: contents, stamp: stamp)
    }

    /// The text of a file's bytes, without a byte-order mark, and an error at the first
    /// invalid UTF-8 byte if there is one (the text then has U+FFFD in its place).
    private static func decode(_ bytes: [UInt8], displayPath: String) -> (SourceText, [Diagnostic]) {
        let start = byteOrderMarkLength(bytes)
        let text = bytes[start...]
        // Checked once and kept as bytes: a string would check them again, slowly.
        guard let offset = text.withUnsafeBufferPointer({ $0.firstInvalidUTF8Offset }) else {
            return (SourceText(validUTF8: bytes, from: start), [])
        }
        return (SourceText(String(decoding: text, as: UTF8.self)), [invalidUTF8(in: text, at: offset, displayPath: displayPath)])
    }

    private static func byteOrderMarkLength(_ bytes: [UInt8]) -> Int {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// A file's bytes and stamp, or the error that names it.
    private static func read(
        _ filePath: String, relativePath: String, in folder: OpenFolder?, displayPath: String
    ) throws -> (bytes: [UInt8], stamp: FileStamp) {
        let read = if let folder { RegularFile.readStamped(relativePath, in: folder.descriptor) } else { RegularFile.readStamped(filePath) }
        switch read {
        case let .success(read): return read
        case .failure(.notRegular): throw PubgenError.cannotRead(path: displayPath, reason: "not a regular file (it was replaced while pubgen read the folder)")
        case let .failure(.cannotOpen(reason)), let .failure(.cannotRead(reason)): throw PubgenError.cannotRead(path: displayPath, reason: reason)
        }
    }

    /// The error for a file's first byte that is not UTF-8, at its line and column
    /// (articles and the configuration alike).
    static func invalidUTF8(in text: ArraySlice<UInt8>, at offset: Int, displayPath: String) -> Diagnostic {
        let (line, column) = LineIndex(bytes: Array(text)).position(ofByteOffset: offset)
        return .error(
            "invalid UTF-8 (byte 0x\(String(text[text.startIndex + offset], radix: 16, uppercase: true))); save the file as UTF-8",
            rule: "encoding.utf8", at: SourceLocation(path: displayPath, line: line, column: column))
    }
}
