/// Jekyll's post file names, `YYYY-MM-DD-title.md`: the date and the slug of a post
/// whose front matter does not give them.
package struct JekyllFileName: Sendable, Equatable {
    /// The date as written in the name (`2023-04-05`), read like a front-matter date.
    package var date: String
    /// The rest of the name (`hello-world`).
    package var title: String

    /// Reads a file name without its extension; `nil` when it does not start with a date.
    package init?(_ stem: String) {
        let scalars = Array(stem.unicodeScalars)
        guard scalars.count > 11 else { return nil }
        for (offset, scalar) in scalars.prefix(11).enumerated() {
            let isDigit = scalar.isASCII && ("0"..."9").contains(Character(scalar))
            guard [4, 7, 10].contains(offset) ? scalar == "-" : isDigit else { return nil }
        }
        date = String(String.UnicodeScalarView(scalars[..<10]))
        title = String(String.UnicodeScalarView(scalars[11...]))
    }

    /// A title for a post that has none, as Jekyll makes it: `hello-world` → `Hello World`.
    package var displayTitle: String {
        title.split { $0 == "-" || $0 == "_" || $0 == " " }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
