/// A page as the bytes before its body, the body, and the bytes after it, written with
/// one `writev(2)`: an article's body HTML (two thirds of its page) goes to the file
/// from the array the article already holds, not copied into the page first.
package struct PageParts: Sendable, Equatable {
    package var before: [UInt8]
    package var body: [UInt8]
    package var after: [UInt8]

    package init(before: [UInt8], body: [UInt8] = [], after: [UInt8] = []) {
        self.before = before
        self.body = body
        self.after = after
    }

    /// The page's bytes, spliced (for tests and the rare caller that needs them whole).
    package var bytes: [UInt8] { before + body + after }
}
