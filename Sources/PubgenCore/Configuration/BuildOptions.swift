import Foundation

/// How one build runs, as opposed to what the site is (`SiteConfiguration`).
package struct BuildOptions: Sendable {
    /// Publish articles marked `draft: true`.
    package var includeDrafts = false
    /// Publish articles dated after `now`.
    package var includeFuture = false
    /// Treat warnings as errors.
    package var strict = false
    /// A templates folder that overrides the site's `templates/`.
    package var templatesDirectory: URL?
    /// The instant that decides what is "future"; injected so tests do not depend on the clock.
    package var now = Date()
    /// How many files are compiled and rendered at once.
    package var concurrency = ProcessInfo.processInfo.activeProcessorCount
    /// Keep every file's text and Markdown after compiling (lint scans them); a build
    /// drops them so a 10,000-article site is held once, as HTML.
    package var retainSources = false
    /// Ignore the previous build's manifest and render everything.
    package var clean = false
    /// Updated as the build goes, when someone shows progress.
    package var progress: BuildProgress?

    package init() {}
}
