extension String {
    /// The text with control characters spelled out (`\t`, `\n`, `\u{1B}`), so that one
    /// diagnostic stays one line and a hostile file name or link cannot move the cursor
    /// or recolour the terminal it is printed on.
    package var escapingControls: String {
        guard unicodeScalars.contains(where: \.isControlCharacter) else { return self }
        var escaped = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case _ where scalar.isControlCharacter: escaped += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
