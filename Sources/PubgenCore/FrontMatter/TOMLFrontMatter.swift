import PubgenDiagnostics
import TOMLKit

/// TOML front matter (Hugo's and Zola's `+++` blocks) to located front-matter nodes.
///
/// TOMLKit parses; its tables and dates are not `Sendable`, so everything is copied
/// into `FrontMatterNode` values before this function returns. TOMLKit does not say
/// where a value was written, so `TOMLKeyLocator` finds each key's line in the text.
enum TOMLFrontMatter {
    /// Parses the TOML text of one article.
    /// - Parameters:
    ///   - text: The text between the `+++` lines.
    ///   - path: The file's path for diagnostics.
    ///   - lineOffset: Lines of the file before the TOML text.
    /// - Returns: The root mapping, or `nil` with an error at the file-absolute
    ///   `line:column` where the TOML is invalid.
    static func parse(_ text: String, path: String, lineOffset: Int) -> (FrontMatterNode?, [Diagnostic]) {
        if let (line, column) = TOMLHeaderGuard.firstBadHeader(in: text) {
            return (nil, [.error(
                "invalid TOML: a table name must start with a letter, a digit, '_', '-' or a quote; put other names in quotes, like [\"café\"]",
                rule: FrontMatterParser.syntaxRule, at: SourceLocation(path: path, line: line + lineOffset, column: column))])
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let at = SourceLocation(
                path: path, line: max(1, error.source.begin.line) + lineOffset, column: max(1, error.source.begin.column))
            return (nil, [.error("invalid TOML: \(error.description)", rule: FrontMatterParser.syntaxRule, at: at)])
        } catch {
            return (nil, [.error("invalid TOML: \(error)", rule: FrontMatterParser.syntaxRule,
                                 at: SourceLocation(path: path, line: lineOffset + 1, column: 1))])
        }
        let locator = TOMLKeyLocator(text: text, path: path, lineOffset: lineOffset)
        return (node(table.tomlValue, keyPath: [], locator: locator, fallback: locator.start), [])
    }
}

private extension TOMLFrontMatter {
    static func node(_ value: TOMLValue, keyPath: [String], locator: TOMLKeyLocator, fallback: SourceLocation) -> FrontMatterNode {
        let at = locator.value(keyPath) ?? fallback
        switch value.type {
        case .table:
            guard let table = value.table else { return .map([], at: at) }
            let entries = zip(table.keys, table.values).map { key, child in
                let childPath = keyPath + [key]
                return FrontMatterNode.Entry(
                    key: key, keyLocation: locator.key(childPath) ?? at,
                    value: node(child, keyPath: childPath, locator: locator, fallback: at))
            }
            // Keys in the order they were written, as YAML and JSON keep them (TOMLKit sorts them).
            let ordered = entries.enumerated().sorted { ($0.element.keyLocation, $0.offset) < ($1.element.keyLocation, $1.offset) }
            return .map(ordered.map(\.element), at: at)
        case .array:
            // Each item at its own place when the locator found it (`aliases = [` … `]`), else the array's.
            let places = locator.items(keyPath)
            let items = value.array.map { array in
                array.enumerated().map { index, item in
                    node(item.tomlValue, keyPath: [], locator: .none, fallback: places.indices.contains(index) ? places[index] : at)
                }
            } ?? []
            return .list(items, at: at)
        case .string: return .scalar(value.string ?? "", plain: false, at: at)
        case .int: return .scalar(value.int.map(String.init) ?? "", plain: true, at: at)
        case .double: return .scalar(value.double.map { String($0) } ?? "", plain: true, at: at)
        case .bool: return .scalar(value.bool.map { $0 ? "true" : "false" } ?? "", plain: true, at: at)
        case .date: return .scalar(value.date.map(text(of:)) ?? "", plain: true, at: at)
        case .time: return .scalar(value.time.map(text(of:)) ?? "", plain: true, at: at)
        case .dateTime: return .scalar(value.dateTime.map(text(of:)) ?? "", plain: true, at: at)
        }
    }

    static func text(of date: TOMLDate) -> String {
        "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))"
    }

    static func text(of time: TOMLTime) -> String {
        "\(pad(time.hour, 2)):\(pad(time.minute, 2)):\(pad(time.second, 2))"
    }

    /// RFC 3339, which `PublicationDate` reads; a local date-time gets no offset (the site's zone).
    static func text(of dateTime: TOMLDateTime) -> String {
        var result = text(of: dateTime.date) + "T" + text(of: dateTime.time)
        if let offset = dateTime.offset?.offset {
            result += offset == 0 ? "Z" : (offset < 0 ? "-" : "+") + "\(pad(abs(offset) / 60, 2)):\(pad(abs(offset) % 60, 2))"
        }
        return result
    }

    static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
