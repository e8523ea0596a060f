import Foundation

/// A cache of rendered pages, safe to share between tasks.
@available(macOS 15, *)
actor PageCache {
    struct Entry: Sendable {
        let html: String
        var hits: Int = 0
    }

    private var entries: [String: Entry] = [:]
    private let limit = 1_024
    nonisolated let name: String

    init(name: String = "pages") {
        self.name = name
    }

    /* Block comments /* nest */ in Swift. */
    func page(for path: String, render: @Sendable (String) async throws -> String) async rethrows -> String {
        if var entry = entries[path] {
            entry.hits += 1
            entries[path] = entry
            return entry.html
        }
        let html = try await render(path)
        guard entries.count < limit else { return html }
        entries[path] = Entry(html: html)
        return html
    }

    var summary: String {
        let hits = entries.values.reduce(0) { $0 + $1.hits }
        return "\(name): \(entries.count) entries, \(hits) hits, ratio \(Double(hits) / 1e-9)"
    }
}

enum Mode: String, CaseIterable {
    case draft, published = "live"

    var isVisible: Bool { self == .published }
}

#if DEBUG
let banner = #"Raw "quotes" and \n stay"#
#endif
let template = """
    <h1>\(Mode.draft.rawValue)</h1> "quoted" \t
    """
let mask: UInt8 = 0x1F & 0b1010
print(template, mask, nil as Int?, true)
