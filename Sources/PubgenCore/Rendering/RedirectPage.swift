import PubgenMarkdown

/// The page left at an article's old URL (`aliases`, `redirect_from`, a `.html` permalink).
///
/// It is plain HTML, not a theme template, so every theme gets a correct one: an
/// immediate meta refresh, a canonical link for search engines, `noindex` so the old
/// URL leaves their index, and a visible link for people whose browser does not
/// follow the refresh. Redirect pages are never listed in the sitemap.
package enum RedirectPage {
    /// The redirect at `file` (`2019/old/index.html`, `old.html`) to `article`.
    package static func render(file: String, to article: Article, site: Site) -> OutputFile {
        let depth = file.split(separator: "/").count - 1
        let relative = String(repeating: "../", count: depth) + article.relativeURL
        let target = HTMLText.escape(relative)
        let canonical = HTMLText.escape(site.absoluteURL(article.relativeURL) ?? relative)
        let title = HTMLText.escape(article.title)
        let language = HTMLText.escape(site.configuration.language)
        let text = """
            <!doctype html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8">
            <title>Redirecting to \(title)</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="\(canonical)">
            <meta http-equiv="refresh" content="0; url=\(target)">
            </head>
            <body>
            <main>
            <h1>This page has moved</h1>
            <p>It is now at <a href="\(target)">\(title)</a>.</p>
            </main>
            </body>
            </html>

            """
        return OutputFile(path: file, text: text)
    }
}
