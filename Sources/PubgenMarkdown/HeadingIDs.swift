/// GitHub-style heading ids: lower case, punctuation dropped, spaces as hyphens,
/// and `-1`, `-2`… appended to repeats, so links copied from GitHub keep working.
struct HeadingIDs {
    private var used: [String: Int] = [:]

    init() {}

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
