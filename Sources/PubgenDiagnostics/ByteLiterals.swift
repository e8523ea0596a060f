extension Array where Element == UInt8 {
    /// Appends a literal's UTF-8 as it is: no string made, no UTF-8 view walked. Markup
    /// is written this way a piece at a time on every page, where appending a string's
    /// `utf8` cost over a hundred instructions a piece.
    @inlinable
    package mutating func append(literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }
}
