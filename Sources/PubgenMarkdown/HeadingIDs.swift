/// GitHub-style heading ids: lower case, punctuation dropped, spaces as hyphens,
/// and `-1`, `-2`… appended to repeats, so links copied from GitHub keep working.
struct HeadingIDs {
    private var used: [String: Int]

    /// Ids the page around the body already uses (the default theme's landmarks and
    /// labels, and the footnotes heading): a heading called "Main" becomes `main-1`.
    static let reserved = ["main", "toc-label", "related-label", "footnotes-label", "post-tags-label"]

    init() {
        used = Dictionary(uniqueKeysWithValues: Self.reserved.map { ($0, 0) })
    }

    mutating func id(for text: String) -> String {
        var base = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "-" {
                base.unicodeScalars.append(scalar)
            } else if scalar == " " {
                base.append("-")
            }
        }
        if base.isEmpty { base = "section" }
        var candidate = base
        if let count = used[base] {
            var next = count
            repeat {
                next += 1
                candidate = "\(base)-\(next)"
            } while used[candidate] != nil
            used[base] = next
        } else {
            used[base] = 0
        }
        used[candidate] = used[candidate] ?? 0
        return candidate
    }
}
