internal import CCmarkGFM
import PubgenDiagnostics

/// Where an inline node (link, image, raw HTML) really starts in the source.
///
/// cmark-gfm's block positions are exact, but its inline positions are not always:
/// a link that wraps gets the line of its closing `]`; columns on indented
/// continuation lines ignore the stripped indentation; the autolink extension leaves
/// bare URLs at line 0 and puts `www.` links one column early. So a reported position
/// is kept only when the source there starts as the node must start (`[`, `![`, `<`,
/// or an autolink's text); otherwise the node is searched for inside its block, after
/// the previous inline found there, which keeps document order.
struct InlinePositions {
    private let lines: LineIndex
    /// Per block (by its start line and column), where the next search begins.
    private var cursors: [Int: (line: Int, byte: Int)] = [:]

    init(lines: LineIndex) {
        self.lines = lines
    }

    /// The 1-based line and byte column where `node` starts.
    mutating func start(of node: OpaquePointer, patterns: [String]) -> (line: Int, byteColumn: Int) {
        let reported = (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
        guard let block = Self.enclosingBlock(of: node) else { return reported }
        let first = Int(cmark_node_get_start_line(block))
        let last = max(first, Int(cmark_node_get_end_line(block)))
        let key = first * 65_536 + Int(cmark_node_get_start_column(block))
        let cursor = cursors[key] ?? (first, 0)
        let found: (Int, Int)
        if (first...last).contains(reported.0), matches(patterns, line: reported.0, byte: reported.1 - 1),
           (reported.0, reported.1 - 1) >= (cursor.line, cursor.byte) {
            found = (reported.0, reported.1 - 1)
        } else if let match = search(patterns, from: cursor, through: last) {
            found = match
        } else {
            return reported.0 >= first && reported.0 <= last ? reported : (first, Int(cmark_node_get_start_column(block)))
        }
        // Past the whole opening (`![` too), so that an image's `[` is not taken for the next link.
        cursors[key] = (found.0, found.1 + max(1, matchedLength(patterns, line: found.0, byte: found.1)))
        return (found.0, found.1 + 1)
    }
}

private extension InlinePositions {
    static func enclosingBlock(of node: OpaquePointer) -> OpaquePointer? {
        var current = cmark_node_parent(node)
        while let candidate = current {
            if cmark_node_get_type(candidate).rawValue & 0xC000 == 0x8000 { return candidate }
            current = cmark_node_parent(candidate)
        }
        return nil
    }

    func matches(_ patterns: [String], line: Int, byte: Int) -> Bool {
        matchedLength(patterns, line: line, byte: byte) > 0
    }

    /// The length in bytes of the first pattern found at `byte`, or 0.
    func matchedLength(_ patterns: [String], line: Int, byte: Int) -> Int {
        lines.withLineBytes(line) { text in
            guard byte >= 0, byte < text.count else { return 0 }
            return patterns.first { text[byte...].starts(with: $0.utf8) }?.utf8.count ?? 0
        }
    }

    /// The earliest occurrence of any pattern at or after `cursor`, up to line `last`.
    func search(_ patterns: [String], from cursor: (line: Int, byte: Int), through last: Int) -> (Int, Int)? {
        guard cursor.line <= last else { return nil }
        for line in cursor.line...last {
            let found = lines.withLineBytes(line) { text -> Int? in
                var byte = line == cursor.line ? cursor.byte : 0
                while byte < text.count {
                    if patterns.contains(where: { text[byte...].starts(with: $0.utf8) }) { return byte }
                    byte += 1
                }
                return nil
            }
            if let found { return (line, found) }
        }
        return nil
    }
}
