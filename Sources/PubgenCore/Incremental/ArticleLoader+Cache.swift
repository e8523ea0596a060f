import PubgenDiagnostics

extension ArticleLoader {
    /// The article of an unchanged file from what the previous build read: only the
    /// body is split off again; the front matter is not parsed.
    ///
    /// - Returns: `nil` when `cached` is not of these bytes (then load the file anew).
    func restore(_ file: SourceFile, contentHash: String, from cached: SourceCache.Entry) -> (ArticleSource, [Diagnostic])? {
        guard cached.contentHash == contentHash, let (body, bodyLineOffset, bodyByteOffset) = Self.body(of: file) else { return nil }
        var source = Self.source(file, from: cached, body: body, bodyLineOffset: bodyLineOffset)
        source.bodyByteOffset = bodyByteOffset
        return (source, cached.diagnostics)
    }

    /// The article of a file whose stamp is the one the previous build read it with,
    /// without reading it: its body is read only if it is compiled (`readBody`).
    func restoreUnread(_ file: SourceFile, from cached: SourceCache.Entry) -> (ArticleSource, [Diagnostic]) {
        var source = Self.source(file, from: cached, body: "", bodyLineOffset: cached.bodyLineOffset)
        source.bodyIsUnread = true
        return (source, cached.diagnostics)
    }

    /// The article `cached` describes, with `body`.
    private static func source(_ file: SourceFile, from cached: SourceCache.Entry, body: SourceText, bodyLineOffset: Int) -> ArticleSource {
        var source = ArticleSource(
            file: file, frontMatter: cached.frontMatter, slug: cached.slug, path: cached.path, section: cached.section,
            redirects: cached.redirects, body: body, bodyLineOffset: bodyLineOffset)
        source.contentHash = cached.contentHash
        return source
    }

    /// Reads the body of an article whose body is still in its file (restored unread, or
    /// let go of after loading).
    ///
    /// The file was read or stamped earlier in this build, so it may have been edited,
    /// renamed or deleted since (an editor's save, a `git checkout`): whatever stops the
    /// read now, or bytes other than the ones read before, is such a change.
    /// - Parameter folder: the content folder, open (see `SourceFile.load`).
    /// - Throws: `PubgenError.changedDuringBuild` when the file cannot be read, or no
    ///   longer has the bytes its front matter was read from.
    static func readBody(of source: inout ArticleSource, in folder: OpenFolder? = nil) throws {
        guard source.bodyIsUnread else { return }
        let changed = PubgenError.changedDuringBuild(path: source.file.displayPath)
        guard let file = try? SourceFile.reread(
            filePath: source.file.filePath, relativePath: source.file.relativePath, displayPath: source.file.displayPath,
            contentHash: source.contentHash, in: folder)
        else { throw changed }
        if let offset = source.bodyByteOffset, offset <= file.contents.utf8.count {
            // The same bytes as loading split, and it found no control character.
            source.body = file.contents.suffix(fromByte: offset)
        } else {
            guard let (body, _, _) = body(of: file) else { throw changed }
            source.body = body
        }
        source.bodyIsUnread = false
    }

    /// The body of a file that loaded before, as loading made it, its first line, and
    /// where it starts in the file's text when it is that text (no control character removed).
    private static func body(of file: SourceFile) -> (SourceText, lineOffset: Int, byteOffset: Int?)? {
        guard case let .block(block) = FrontMatterSplitter.split(file.contents, path: file.displayPath) else { return nil }
        // Its diagnostic, if any, is among the cached ones.
        let (body, control) = ControlCharacters.removing(from: block.body, path: file.displayPath, lineOffset: block.bodyLineOffset)
        return (body, block.bodyLineOffset, control == nil ? block.bodyByteOffset : nil)
    }
}
