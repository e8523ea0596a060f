import PubgenDiagnostics

/// Mojibake (UTF-8 read as Windows-1252 and saved again) at each occurrence.
enum MojibakeRule {
    static let id = "encoding.mojibake"

    static func check(_ file: SourceFile) -> [Diagnostic] {
        Mojibake.find(in: file.text).map { found in
            .error(
                "mojibake: '\(found.garbled)' is '\(found.intended)' saved in the wrong encoding (UTF-8 read as Windows-1252)",
                rule: id, at: SourceLocation(path: file.displayPath, line: found.line, column: found.column),
                fix: "replace '\(found.garbled)' with '\(found.intended)'")
        }
    }
}
