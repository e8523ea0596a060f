import Foundation
import PubgenDiagnostics

/// Reads located front-matter nodes into a typed `FrontMatter`, whatever the format.
///
/// pubgen's own keys are read first, then other generators' spellings of them (see
/// `GeneratorKeys`), which fill in only what is still missing.
struct FrontMatterReader {
    let timeZone: TimeZone
    var frontMatter = FrontMatter()
    var diagnostics: [Diagnostic] = []
    /// The title key as written and where its value is, when it is there but empty.
    var emptyTitle: (key: String, location: SourceLocation?)?

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    mutating func read(_ entries: [FrontMatterNode.Entry]) {
        for entry in entries { frontMatter.writtenKeys.append((entry.key, entry.keyLocation)) }
        // Each key made canonical once (it was three times), and both tables sized once.
        let canonical = entries.map { FrontMatterKey.canonical($0.key) }
        frontMatter.locations.reserveCapacity(entries.count)
        frontMatter.keyLocations.reserveCapacity(entries.count)
        let isOwn = canonical.map { FrontMatterKey.all.contains($0) }
        for index in entries.indices where isOwn[index] { readOwn(entries[index], canonical: canonical[index]) }
        for index in entries.indices where !isOwn[index] { readOther(entries[index], canonical: canonical[index]) }
        mergeCategoriesIntoTags()
    }

    /// A key pubgen defines: a repeated spelling of it (`heroImage` and `hero_image`) is an error.
    mutating func readOwn(_ entry: FrontMatterNode.Entry, canonical key: String) {
        if frontMatter.locations[key] != nil {
            diagnostics.append(.error(
                "'\(entry.key)' repeats a key already given (as '\(key)')", rule: FrontMatterParser.syntaxRule, at: entry.keyLocation))
            return
        }
        assign(key, entry)
    }

    /// Another generator's key: mapped when pubgen's own key is not set, else kept for templates.
    mutating func readOther(_ entry: FrontMatterNode.Entry, canonical: String) {
        let value = entry.value
        switch canonical {
        case GeneratorKeys.categories:
            frontMatter.categories += words(value, key: entry.key)
            frontMatter.extra.append((entry.key, value.loose))
        case GeneratorKeys.category:
            frontMatter.categories += words(value, key: entry.key, splitting: false)
            frontMatter.extra.append((entry.key, value.loose))
        case GeneratorKeys.taxonomies:
            if let tags = value["tags"] { frontMatter.tags += self.tags(tags, key: "taxonomies.tags") }
            if let categories = value["categories"] { frontMatter.categories += words(categories, key: "taxonomies.categories") }
            frontMatter.extra.append((entry.key, value.loose))
        default:
            if GeneratorKeys.synonyms[canonical] == FrontMatterKey.aliases, frontMatter.locations[FrontMatterKey.aliases] != nil {
                // `aliases` and `redirect_from` both list old URLs: keep every one, once.
                aliases(entry.value, key: entry.key)
                frontMatter.extra.append((entry.key, value.loose))
                return
            }
            guard let key = GeneratorKeys.synonyms[canonical], frontMatter.locations[key] == nil else {
                if frontMatter.locations[canonical] == nil { frontMatter.locations[canonical] = value.location }
                frontMatter.extra.append((entry.key, value.loose))
                return
            }
            if canonical == GeneratorKeys.published {
                frontMatter.locations[key] = value.location
                frontMatter.keyLocations[key] = entry.keyLocation
                frontMatter.draft = !flag(value, key: entry.key)
                return
            }
            assign(key, entry)
        }
    }

    mutating func assign(_ key: String, _ entry: FrontMatterNode.Entry) {
        let (written, value) = (entry.key, entry.value)
        frontMatter.locations[key] = value.location
        frontMatter.keyLocations[key] = entry.keyLocation
        switch key {
        case FrontMatterKey.title: frontMatter.title = title(value, key: written)
        case FrontMatterKey.subtitle: frontMatter.subtitle = optionalText(value, key: written)
        case FrontMatterKey.description: frontMatter.description = optionalText(value, key: written)
        case FrontMatterKey.author:
            frontMatter.authors = authors(value, key: written)
            frontMatter.author = frontMatter.authors.isEmpty ? nil : frontMatter.authors.joined(separator: ", ")
        case FrontMatterKey.readTime: frontMatter.readTime = optionalText(value, key: written)
        case FrontMatterKey.heroImage: heroImage(value, key: written)
        case FrontMatterKey.heroImageAlt: frontMatter.heroImageAlt = optionalText(value, key: written)
        case FrontMatterKey.cta: frontMatter.cta = optionalText(value, key: written)
        case FrontMatterKey.slug: frontMatter.slug = optionalText(value, key: written)
        case FrontMatterKey.path: frontMatter.path = optionalText(value, key: written)
        case FrontMatterKey.aliases: aliases(value, key: written)
        case FrontMatterKey.publishDate: frontMatter.publishDate = date(value, key: written)
        case FrontMatterKey.createdDate: frontMatter.createdDate = date(value, key: written)
        case FrontMatterKey.updatedDate: frontMatter.updatedDate = date(value, key: written)
        case FrontMatterKey.tags: frontMatter.tags += tags(value, key: written)
        case FrontMatterKey.draft: frontMatter.draft = flag(value, key: written)
        default: frontMatter.extra.append((written, value.loose))
        }
    }
}

// MARK: - Values

extension FrontMatterReader {
    mutating func text(_ node: FrontMatterNode, key: String) -> String? {
        guard let text = node.scalarText else {
            diagnostics.append(.error("'\(key)' must be text, not \(node.kindDescription)", rule: FrontMatterParser.typeRule, at: node.location))
            return nil
        }
        return text
    }

    /// The title every page, list and feed shows: present but null or blank, it
    /// published links with no text and empty feed titles. Whether that is an error is
    /// the parser's to say (a Jekyll post takes its title from its file name then).
    mutating func title(_ node: FrontMatterNode, key: String) -> String {
        guard let text = text(node, key: key) else { return "" }
        guard node.isNull || text.trimmingBlanks(newlines: true).isEmpty else { return text }
        emptyTitle = (key, node.location)
        return ""
    }

    mutating func optionalText(_ node: FrontMatterNode, key: String) -> String? {
        if node.isNull { return nil }
        let value = text(node, key: key)?.trimmingBlanks(newlines: true)
        return value?.isEmpty == true ? nil : value
    }

    /// One name, a list of names (`authors: [Ana, Bo]`) or Jekyll's `{name: …}`.
    mutating func authors(_ node: FrontMatterNode, key: String) -> [String] {
        switch node {
        case let .list(items, _):
            // An entry that is not text is named by its place: "'author' must be text"
            // read as if the list itself were wrong.
            return items.indices.compactMap { optionalText(items[$0], key: "\(key)[\($0 + 1)]") }
        case .map:
            return node["name"].flatMap { optionalText($0, key: key + ".name") }.map { [$0] } ?? []
        case .scalar:
            return optionalText(node, key: key).map { [$0] } ?? []
        }
    }

    /// A path or URL, or a mapping such as Hugo's `cover: {image: …, alt: …}`.
    mutating func heroImage(_ node: FrontMatterNode, key: String) {
        guard case .map = node else {
            frontMatter.heroImage = optionalText(node, key: key)
            return
        }
        let source = ["image", "path", "src", "url"].lazy.compactMap { node[$0] }.first
        frontMatter.heroImage = source.flatMap { optionalText($0, key: key) }
        if frontMatter.heroImageAlt == nil, let alt = node["alt"] { frontMatter.heroImageAlt = optionalText(alt, key: key + ".alt") }
        if let source { frontMatter.locations[FrontMatterKey.heroImage] = source.location }
    }

    mutating func date(_ node: FrontMatterNode, key: String) -> PublicationDate? {
        if node.isNull { return nil }
        guard let text = text(node, key: key) else { return nil }
        switch PublicationDate.parse(text, zone: timeZone) {
        case let .success(date):
            return date
        case .failure(.format):
            diagnostics.append(.error(
                "'\(key)' must be a date written YYYY-MM-DD or RFC 3339 (2025-03-04T09:30:00+01:00), not '\(text)'",
                rule: FrontMatterParser.dateRule, at: node.location))
        case let .failure(.impossible(reason)):
            diagnostics.append(.error(
                "'\(key)' is not a real date: \(text) (\(reason))", rule: FrontMatterParser.dateRule, at: node.location))
        }
        return nil
    }

    /// A list, or Jekyll's words in one text (`tags: release notes` is two tags). A text
    /// with commas (`"python, web"`) was meant as a list and is an error with a fix.
    mutating func tags(_ node: FrontMatterNode, key: String) -> [String] {
        if node.isNull { return [] }
        if let text = node.scalarText, !text.contains(",") {
            return text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        }
        guard case let .list(items, _) = node else {
            diagnostics.append(.error(
                "'\(key)' must be a list of strings, like [python, web]", rule: FrontMatterParser.typeRule, at: node.location,
                fix: node.scalarText.map { "write tags: [\(QuoteRepair.doubleQuoted($0))]" }))
            return []
        }
        var tags: [String] = []
        for item in items {
            guard let text = item.scalarText else {
                diagnostics.append(.error("each tag must be text, not \(item.kindDescription)", rule: FrontMatterParser.typeRule, at: item.location))
                continue
            }
            let trimmed = text.trimmingBlanks(newlines: false)
            if !trimmed.isEmpty { tags.append(trimmed) }
        }
        return tags
    }

    /// A list of texts, or one text (Jekyll's `categories: web tools` is two, split at spaces).
    mutating func words(_ node: FrontMatterNode, key: String, splitting: Bool = true) -> [String] {
        if node.isNull { return [] }
        if let text = node.scalarText {
            let trimmed = text.trimmingBlanks(newlines: false)
            guard !trimmed.isEmpty else { return [] }
            return splitting ? trimmed.split(separator: " ").map(String.init) : [trimmed]
        }
        return tags(node, key: key)
    }

    /// Old URLs, each with its own location; one already listed is left out.
    mutating func aliases(_ node: FrontMatterNode, key: String) {
        let items: [FrontMatterNode] = if case let .list(items, _) = node { items } else { [node] }
        for item in items {
            for alias in words(item, key: key, splitting: false) where !frontMatter.aliases.contains(alias) {
                frontMatter.aliases.append(alias)
                frontMatter.aliasLocations.append(item.location)
            }
        }
    }

    mutating func flag(_ node: FrontMatterNode, key: String) -> Bool {
        if case let .scalar(text, plain, _) = node, let value = YAMLBoolean.value(of: text) {
            if plain { return value }
            diagnostics.append(.error("'\(key)' is quoted text; write true or false without quotes", rule: FrontMatterParser.typeRule, at: node.location))
        } else {
            diagnostics.append(.error("'\(key)' must be true or false (or yes or no)", rule: FrontMatterParser.typeRule, at: node.location))
        }
        return false
    }

    /// Categories are tags too (one tag page each); one already among the tags counts once.
    mutating func mergeCategoriesIntoTags() {
        var seen = Set(frontMatter.tags.map { $0.lowercased() })
        let added = frontMatter.categories.filter { seen.insert($0.lowercased()).inserted }
        guard !added.isEmpty else { return }
        if frontMatter.locations[FrontMatterKey.tags] == nil {
            frontMatter.locations[FrontMatterKey.tags] = frontMatter.writtenKeys.first {
                [GeneratorKeys.categories, GeneratorKeys.category, GeneratorKeys.taxonomies].contains(FrontMatterKey.canonical($0.key))
            }?.location
        }
        frontMatter.tags += added
    }
}
