extension String {
    /// The first character that is one of `bytes` (ASCII) on its own, as
    /// `firstIndex(where:)` on characters finds it, found on the UTF-8 bytes when it can be.
    ///
    /// A byte found is the answer when it starts a character and that character is the
    /// byte alone; a `#` followed by a combining mark, or after a prepended character,
    /// is part of a larger character, and the character search decides.
    func firstIndex(ofASCII bytes: UInt8...) -> Index? {
        guard let index = utf8.firstIndex(where: bytes.contains) else { return nil }
        if index.samePosition(in: self) != nil, self[index].utf8.count == 1 { return index }
        return firstIndex { character in
            character.utf8.count == 1 && bytes.contains(character.utf8.first!)
        }
    }
}
