import Foundation
import PubgenDiagnostics

/// The files `pubgen lint FILE…` was given, as a pre-commit hook passes the files a
/// commit changes. The site is still read whole (links and anchors between articles are
/// checked), but of the articles' findings only these files' are reported. Findings of
/// the site as a whole (the configuration, templates, static files, outputs that
/// collide) belong to no article and are always reported: they fail every build.
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

    /// Whether `diagnostic` is reported: it is about a selected file, or about the site
    /// rather than an article (no place, or a place outside the content folder).
    package func keeps(_ diagnostic: Diagnostic) -> Bool {
        guard let path = diagnostic.location?.path else { return true }
        return selects(path) || !isInContent(path)
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

    /// An absolute path with `.` and `..` resolved and symbolic links followed, so that a
    /// file named two ways (`content/a.md`, `./content/../content/a.md`) is one file.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
