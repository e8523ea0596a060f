import Foundation
import Mustache
import PubgenDiagnostics

/// The Mustache templates and theme assets of a build: the built-in theme, with any
/// file of the site's `templates/` folder replacing the built-in one of the same name.
package struct TemplateSet: Sendable {
    package static let rule = "template.syntax"
    /// A file in the templates folder that nothing uses.
    package static let unusedRule = "template.unused"
    /// Template names every theme provides; `templates/<name>.mustache` overrides one.
    package static let templateNames = DefaultTheme.templates.map(\.name)

    package var library: MustacheLibrary
    /// The same templates for the compiled renderer; `nil` when one of them uses a
    /// swift-mustache extension it leaves to swift-mustache (partials reach across
    /// templates, so it is all or none).
    package var compiled: CompiledTemplateLibrary?
    /// Files copied to the output root as they are (the stylesheet).
    package var assets: [OutputFile]
    /// Which files came from the user's folder rather than the built-in theme.
    package var overridden: [String]
    /// Fingerprint of every template text and asset, for incremental builds.
    package var fingerprint = ""
    /// Whether pages the built-in templates make are written by `ThemePages` (the same
    /// bytes, made faster); tests turn it off to compare the two.
    package var writesThemePages = true
    /// The page templates (`article`, `index`, `tag`) none of whose templates, partials
    /// included, is the user's: decided once, as every page asks.
    private var builtInPages: Set<String> = []

    /// Whether the pages of `template` may be written by `ThemePages`.
    func writesBuiltIn(_ template: String) -> Bool {
        writesThemePages && builtInPages.contains(template)
    }

    /// Whether any template is the user's (an override or a partial of their own): the
    /// built-in theme shows no word count, a user's template may (`wordCount`, on any
    /// page that lists articles, the 404 page's included).
    package var hasUserTemplates: Bool {
        overridden.contains { $0.hasSuffix(".mustache") }
    }

    /// The templates each page `ThemePages` writes is made from.
    private static let themePageTemplates = [
        "article": ["article", "head", "header", "footer"],
        "index": ["index", "head", "header", "footer", "pagination"],
        "tag": ["tag", "head", "header", "footer", "pagination"],
    ]

    /// Loads the templates.
    /// - Parameters:
    ///   - directory: The site's templates folder, if any.
    ///   - displayPath: How diagnostics name that folder.
    /// - Returns: The set, or `nil` with diagnostics when a template does not parse.
    package static func load(directory: URL?, displayPath: String) -> (TemplateSet?, [Diagnostic]) {
        HTMLContent.registered
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        var overridden: [String] = []
        var fingerprint = Fingerprint()
        var compiled: [String: CompiledTemplate]? = [:]
        var loaded: [TemplateSource] = []
        for template in DefaultTheme.templates {
            var text = template.text
            var path = "built-in theme: \(template.name).mustache"
            if let directory {
                let url = directory.appendingPathComponent("\(template.name).mustache")
                if let data = FileManager.default.contents(atPath: url.path) {
                    text = String(decoding: data, as: UTF8.self)
                    path = ContentScanner.join(displayPath, "\(template.name).mustache")
                    overridden.append("\(template.name).mustache")
                }
            }
            loaded.append(TemplateSource(name: template.name, text: text, path: path))
        }
        // The user's own partials: every other template in the folder, which a template
        // includes by its name (`{{> sidebar}}` is sidebar.mustache).
        let ownPartials = directory.map { ownTemplates(in: $0, displayPath: displayPath) } ?? []
        loaded += ownPartials
        overridden += ownPartials.map { "\($0.name).mustache" }
        for template in loaded {
            let (name, text, path) = (template.name, template.text, template.path)
            fingerprint.combine(name)
            fingerprint.combine(text)
            do {
                library.register(try MustacheTemplate(string: HTMLContent.pragma + text), named: name)
                compiled?[name] = try? CompiledTemplateParser.parse(HTMLContent.pragma + text)
                if compiled?[name] == nil { compiled = nil }
            } catch let error as MustacheTemplate.ParserError {
                // swift-mustache finds an unclosed section at the end of the file; the
                // writer needs the tag that opened it.
                if case MustacheTemplate.Error.expectedSectionEnd = error.error, let open = MustacheTags.unclosedSection(in: text) {
                    diagnostics.append(.error(
                        "template does not parse: the section '\(open.text)' is never closed", rule: rule,
                        at: SourceLocation(path: path, line: open.line, column: open.column),
                        fix: "close it with {{/\(open.name)}}"))
                    continue
                }
                // The pragma sits on the first line: columns there are shifted by its length.
                let line = error.context.lineNumber
                let column = line == 1 ? error.context.columnNumber - HTMLContent.pragma.count : error.context.columnNumber
                diagnostics.append(.error(
                    "template does not parse: \(describe(error.error))", rule: rule,
                    at: SourceLocation(path: path, line: line, column: max(1, column))))
            } catch {
                diagnostics.append(.error("template does not parse: \(error)", rule: rule, at: SourceLocation(path: path, line: 1, column: 1)))
            }
        }
        diagnostics += MustacheTags.partialCycles(in: loaded, rule: rule)
        let (missing, unused) = Self.checkPartials(loaded, own: ownPartials.map(\.name), displayPath: displayPath)
        diagnostics += missing
        var assets: [OutputFile] = []
        for asset in DefaultTheme.assets {
            var bytes = asset.bytes
            if let directory, let data = FileManager.default.contents(atPath: directory.appendingPathComponent(asset.name).path) {
                bytes = [UInt8](data)
                overridden.append(asset.name)
            }
            assets.append(OutputFile(path: asset.name, bytes: bytes))
            fingerprint.combine(asset.name)
            fingerprint.combine(bytes)
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics + unused) }
        var set = TemplateSet(
            library: library, compiled: compiled.map(CompiledTemplateLibrary.init), assets: assets,
            overridden: overridden, fingerprint: fingerprint.hex)
        set.builtInPages = Set(themePageTemplates.filter { _, used in !used.contains { overridden.contains("\($0).mustache") } }.keys)
        return (set, unused)
    }

    /// The `.mustache` files of the user's folder that are not the theme's templates.
    private static func ownTemplates(in directory: URL, displayPath: String) -> [TemplateSource] {
        let known = Set(templateNames)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.sorted().compactMap { file in
            guard file.hasSuffix(".mustache"), case let name = String(file.dropLast(".mustache".count)), !known.contains(name),
                  let data = FileManager.default.contents(atPath: directory.appendingPathComponent(file).path) else { return nil }
            return TemplateSource(name: name, text: String(decoding: data, as: UTF8.self), path: ContentScanner.join(displayPath, file))
        }
    }

    /// Errors for partials that name no template (swift-mustache renders nothing for
    /// them), and warnings for the user's templates nothing includes: a misspelt
    /// override (`Article.mustache`) was silently never used.
    private static func checkPartials(
        _ templates: [TemplateSource], own: [String], displayPath: String
    ) -> (missing: [Diagnostic], unused: [Diagnostic]) {
        let names = Set(templates.map(\.name))
        var included: Set<String> = []
        var missing: [Diagnostic] = []
        for template in templates {
            for tag in MustacheTags.scan(template.text) ?? [] where tag.includes {
                included.insert(tag.name)
                guard !names.contains(tag.name) else { continue }
                missing.append(.error(
                    "the partial '\(tag.text)' names no template\(Suggestion.didYouMean(tag.name, among: names.sorted()))",
                    rule: rule, at: SourceLocation(path: template.path, line: tag.line, column: tag.column),
                    fix: "add \(ContentScanner.join(displayPath, tag.name)).mustache"))
            }
        }
        let unused = templates.filter { own.contains($0.name) && !included.contains($0.name) }.map { template in
            Diagnostic.warning(
                "no template includes '\(template.name)', and it is not one of the theme's (\(templateNames.joined(separator: ", ")))"
                    + (Suggestion.closest(to: template.name, among: templateNames).map { "; did you mean '\($0).mustache'?" } ?? ""),
                rule: unusedRule, at: SourceLocation(path: template.path, line: 1, column: 1))
        }
        return (missing, unused)
    }

    /// Renders a named template: with the compiled renderer when it handles the
    /// templates, else with swift-mustache. Both give the same bytes.
    package func render(_ name: String, _ context: TemplateObject) -> String {
        String(decoding: renderBytes(name, context), as: UTF8.self)
    }

    /// `render` as UTF-8, for a file: the compiled renderer writes bytes, and making a
    /// string of every page would check its UTF-8 once more.
    package func renderBytes(_ name: String, _ context: TemplateObject) -> [UInt8] {
        if let compiled { return compiled.render(.object(context), withTemplate: name) ?? [] }
        return Array(renderWithMustache(name, context).utf8)
    }

    /// Renders with swift-mustache, whatever the templates use.
    package func renderWithMustache(_ name: String, _ context: TemplateObject) -> String {
        library.render(TemplateView(context), withTemplate: name) ?? ""
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with a different name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: "a tag is not closed with '}}'"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid set-delimiter tag"
        default: "\(error)"
        }
    }
}
