/// One template as a build loads it: the built-in theme's, the user's override of it,
/// or a partial of the user's own.
package struct TemplateSource: Sendable, Equatable {
    /// What partials call it by (`footer` for footer.mustache).
    package var name: String
    package var text: String
    /// How diagnostics name it (`templates/footer.mustache`, `built-in theme: footer.mustache`).
    package var path: String

    package init(name: String, text: String, path: String) {
        self.name = name
        self.text = text
        self.path = path
    }
}
