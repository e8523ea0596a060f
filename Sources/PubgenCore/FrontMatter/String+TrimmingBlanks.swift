import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, or `.whitespacesAndNewlines` when
    /// `newlines` is true. Nearly every front-matter value starts and ends with a
    /// visible ASCII character, which neither set holds, so it comes back as itself;
    /// Foundation would bridge and copy it each time.
    func trimmingBlanks(newlines: Bool) -> String {
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last else { return self }
        if (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last) { return self }
        return trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
    }
}
