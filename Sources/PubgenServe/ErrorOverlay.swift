import PubgenMarkdown

/// What a page shows while the latest rebuild has failed: the diagnostics, escaped, in a
/// box over the last good version of the page.
package enum ErrorOverlay {
    /// An overlay listing `diagnostics` (one `path:line:col: severity: message` per line).
    package static func element(diagnostics: String) -> String {
        """
        <div id="pubgen-error-overlay" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
        background:rgba(20,20,20,.92);color:#f5f5f5;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;padding:2rem">
        <p style="margin:0 0 1rem;font-weight:bold;color:#ff8a80">pubgen: the site failed to build; showing the last good version. \
        Fix the problems below and the page reloads by itself.</p>
        <pre style="white-space:pre-wrap;margin:0">\(HTMLText.escape(diagnostics))</pre>
        </div>

        """
    }

    /// A page of its own, for when no build has succeeded yet.
    package static func page(diagnostics: String, generation: Int) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>pubgen: build failed</title></head>
        <body>
        \(element(diagnostics: diagnostics))\(LiveReloadScript.element(generation: generation))</body></html>

        """
    }

    /// The page shown while the first build is still running.
    package static func buildingPage(generation: Int) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>pubgen: building…</title></head>
        <body><p>Building the site…</p>
        \(LiveReloadScript.element(generation: generation))</body></html>

        """
    }
}
