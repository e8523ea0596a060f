import Foundation
import PubgenDiagnostics
import Yams

/// `pubgen lint --fix`: the repairs that are safe, applied in place and atomically.
///
/// Only two kinds are made: invalid single-quoted YAML rewritten in double quotes, and
/// mojibake re-decoded. Edits are byte-range replacements on the file as it is on disk,
/// so every other byte (line endings, a byte-order mark) stays as it was.
package struct LintFixer: Sendable {
    package struct Change: Sendable, Equatable {
        package var location: SourceLocation
        package var description: String
    }

    package init() {}

    /// Repairs one file; returns what changed (nothing when there was nothing to repair).
    /// - Throws: `PubgenError.cannotWrite` when the file cannot be replaced; it is then untouched.
    package func fix(_ file: SourceFile) throws -> [Change] {
        guard case var .success(bytes) = RegularFile.read(file.filePath) else {
            throw PubgenError.cannotRead(path: file.displayPath, reason: "cannot read the file, or it is no longer a regular file")
        }
        let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let text = String(decoding: bytes[bomLength...], as: UTF8.self)
        let lines = LineIndex(text)
        var edits: [(range: Range<Int>, replacement: [UInt8], change: Change)] = []

        if case let .block(block) = FrontMatterSplitter.split(text, path: file.displayPath), block.format == .yaml,
           (try? Yams.compose(yaml: block.yaml)) == nil {
            for repair in QuoteRepair.find(in: block.yaml) {
                let line = repair.line + block.yamlLineOffset
                let start = lines.byteOffset(line: line, column: 1)
                let end = start + Array(lines.line(line).utf8).count
                edits.append((start..<end, Array(repair.repairedLine.utf8), Change(
                    location: SourceLocation(path: file.displayPath, line: line, column: repair.column),
                    description: "rewrote the value in double quotes: \(QuoteRepair.doubleQuoted(repair.intendedText))")))
            }
        }
        for found in Mojibake.find(in: text) {
            let start = lines.byteOffset(line: found.line, column: found.column)
            edits.append((start..<(start + found.garbled.utf8.count), Array(found.intended.utf8), Change(
                location: SourceLocation(path: file.displayPath, line: found.line, column: found.column),
                description: "replaced mojibake '\(found.garbled)' with '\(found.intended)'")))
        }
        guard !edits.isEmpty else { return [] }
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange((edit.range.lowerBound + bomLength)..<(edit.range.upperBound + bomLength), with: edit.replacement)
        }
        try AtomicFile.write(bytes, to: file.url, displayPath: file.displayPath)
        return edits.map(\.change).sorted { $0.location < $1.location }
    }
}
