import Foundation
import PubgenDiagnostics

/// The files `pubgen lint FILE…` was given, as a pre-commit hook passes the files a
/// commit changes. The site is still read whole (links and anchors from these files to
/// others are checked), but of the findings in Markdown sources only these files' are
/// reported. Findings anywhere else (the configuration, templates, static files, a
/// bundle's file where an output collides) are always reported: they fail every build.
package struct LintSelection: Sendable {
    /// The selected files, as canonical paths.
    private let files: Set<String>
    /// The content folder, as a canonical path.
    private let content: String

    /// - Parameters: `files` and `contentDirectory` as given (relative to the working
    ///   directory or absolute).
    package init(files: [String], contentDirectory: String) {
        self.files = Set(files.map(Self.canonical))
        self.content = Self.canonical(contentDirectory)
    }

    /// Whether `path` is inside the content folder: only such files can be selected.
    package func isInContent(_ path: String) -> Bool {
        Self.canonical(path).hasPrefix(content + "/")
    }

    /// Whether a file's findings are reported.
    package func selects(_ path: String) -> Bool {
        files.contains(Self.canonical(path))
    }

    /// Whether `diagnostic` is reported: it is about a selected file, or about anything
    /// but another Markdown file of the content folder (every source lint reads is one,
    /// and so is a symbolic link the scan did not follow): no place, the configuration,
    /// a template, a static or bundled file.
    package func keeps(_ diagnostic: Diagnostic) -> Bool {
        guard let path = diagnostic.location?.path else { return true }
        let canonical = Self.canonical(path)
        if files.contains(canonical) { return true }
        return !(canonical.hasPrefix(content + "/") && ContentPlacement.isMarkdown(canonical))
    }

    /// The report, narrowed to the selection: its findings, and its file count (the
    /// summary's "in N files") the number of selected files.
    package func narrow(_ report: Linter.Report) -> Linter.Report {
        var narrowed = report
        narrowed.diagnostics = DiagnosticSet(report.diagnostics.diagnostics.filter(keeps))
        narrowed.fileCount = files.count
        narrowed.files = report.files.filter { selects($0.filePath) }
        return narrowed
    }

    /// An absolute path with `.` and `..` resolved and the symbolic links of its folders
    /// followed, so that a file named two ways (`content/a.md`, `./content/../content/a.md`)
    /// is one file. A symbolic link as the last part stays itself, as the content scan
    /// sees it (it warns about such links and does not follow them).
    static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let name = url.lastPathComponent
        guard !name.isEmpty, name != "/" else { return url.resolvingSymlinksInPath().path }
        return url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(name).path
    }
}
