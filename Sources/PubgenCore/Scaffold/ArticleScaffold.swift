import Foundation
import Mustache
import PubgenDiagnostics

/// `pubgen new`: the file name and text of a new article whose front matter already
/// passes `pubgen lint`.
package struct ArticleScaffold: Sendable {
    package var title: String
    package var slug: String
    /// `YYYY-MM-DD`.
    package var date: String
    package var author: String

    package init(title: String, slug: String? = nil, date: String, author: String) {
        self.title = title
        self.slug = slug.map(Slug.make(from:)) ?? Slug.make(from: title)
        self.date = date
        self.author = author
    }

    package var fileName: String { "\(slug).md" }

    /// The article text from the built-in skeleton, or from an archetype (a Mustache
    /// template with `title`, `titleQuoted`, `slug`, `date` and `author`).
    /// - Throws: `MustacheTemplate.ParserError` when the archetype does not parse.
    /// An archetype that does not parse, with where and why.
    package struct ArchetypeError: Error, Equatable {
        package var line: Int
        package var column: Int
        package var message: String
    }

    /// - Throws: `ArchetypeError` when the archetype is not a Mustache template.
    package func text(archetype: String? = nil) throws -> String {
        guard let archetype else { return defaultText }
        // Archetypes produce YAML and Markdown, not HTML: nothing is HTML-escaped.
        let pragma = "{{% CONTENT_TYPE: TEXT}}"
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: pragma + archetype)
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.lineNumber
            let column = line == 1 ? error.context.columnNumber - pragma.count : error.context.columnNumber
            var message = "the archetype does not parse as a Mustache template: \(TemplateSet.describe(error.error))"
            // Hugo's archetypes are Go templates: `{{ .Date }}`, `{{ replace .File.ContentBaseName … }}`.
            if archetype.contains("{{ .") || archetype.contains(".File.") || archetype.contains("{{- ") {
                message += "; it looks like a Hugo (Go template) archetype: pubgen's use {{title}}, {{titleQuoted}}, {{slug}}, {{date}} and {{author}}"
            }
            throw ArchetypeError(line: line, column: max(1, column), message: message)
        }
        return template.render([
            "title": title, "titleQuoted": QuoteRepair.doubleQuoted(title), "slug": slug, "date": date,
            "author": author, "authorQuoted": QuoteRepair.doubleQuoted(author),
        ])
    }

    /// Every value double-quoted: colons, `#`, quotes, apostrophes and a leading `-`
    /// are all safe there.
    private var defaultText: String {
        """
        ---
        title: \(QuoteRepair.doubleQuoted(title))
        subtitle: ""
        description: ""
        author: \(QuoteRepair.doubleQuoted(author))
        publish_date: \(date)
        created_date: \(date)
        tags: []
        draft: true
        ---

        Open with the paragraph that makes readers stay.

        ## A first section

        Write here. Link to other articles by their Markdown file name, as in
        `[see also](other-article.md)`, and remove `draft: true` above when the article
        is ready to publish.

        """
    }

    /// Today's date in a time zone, as `YYYY-MM-DD`.
    package static func today(in zone: TimeZone, now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// `title` without control characters (a pasted terminal colour code, a tab), which
    /// YAML does not allow in a value: tabs and line breaks become spaces, and a
    /// terminal's control sequence goes whole (`ESC [ 1 m`, `ESC ] 0 ; text BEL`).
    package static func printableTitle(_ title: String) -> String {
        var scalars = String.UnicodeScalarView()
        var iterator = title.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if scalar == "\u{1B}" {
                switch iterator.next() {
                case "[":  // to its final byte, @ to ~
                    while let next = iterator.next(), !(0x40...0x7E).contains(next.value) {}
                case "]":  // to BEL, or to ESC \
                    while let next = iterator.next() {
                        if next == "\u{07}" { break }
                        if next == "\u{1B}" { _ = iterator.next(); break }
                    }
                default: break
                }
            } else if scalar == "\t" || scalar == "\n" || scalar == "\r" {
                scalars.append(" ")
            } else if scalar.properties.generalCategory != .control {
                scalars.append(scalar)
            }
        }
        return String(scalars).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
