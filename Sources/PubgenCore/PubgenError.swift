/// An operational failure: the run cannot go on, whatever the content says.
///
/// Problems in the content itself are `Diagnostic`s instead; these are for folders
/// that cannot be read, files that cannot be written and outputs that are unsafe.
package enum PubgenError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotRead(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    /// The output folder given cannot be used (it holds files pubgen did not make, is a
    /// file or a link): a usage error, which no change to the content fixes.
    case unsafeOutput(path: String, reason: String)
    /// A file read for its front matter was changed, moved or deleted before its body was
    /// read: the build stops rather than publish the front matter of one version with the
    /// body of another (see `ArticleLoader.readBody`).
    case changedDuringBuild(path: String)

    package var description: String {
        switch self {
        case let .cannotRead(path, reason): "cannot read '\(path)': \(reason)"
        case let .cannotWrite(path, reason): "cannot write '\(path)': \(reason)"
        case let .unsafeOutput(path, reason): "refusing to write '\(path)': \(reason)"
        case let .changedDuringBuild(path): "cannot read '\(path)': it changed while pubgen was building; build again"
        }
    }
}
