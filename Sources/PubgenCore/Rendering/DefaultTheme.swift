/// The built-in theme, compiled into the binary (SwiftPM `embedInCode`), so pubgen
/// works without any files of its own next to it.
package enum DefaultTheme {
    package struct Template: Sendable {
        package var name: String
        package var text: String
    }

    package struct Asset: Sendable {
        package var name: String
        package var bytes: [UInt8]
    }

    package static let templates: [Template] = [
        Template(name: "head", text: String(decoding: PackageResources.head_mustache, as: UTF8.self)),
        Template(name: "header", text: String(decoding: PackageResources.header_mustache, as: UTF8.self)),
        Template(name: "footer", text: String(decoding: PackageResources.footer_mustache, as: UTF8.self)),
        Template(name: "article", text: String(decoding: PackageResources.article_mustache, as: UTF8.self)),
        Template(name: "index", text: String(decoding: PackageResources.index_mustache, as: UTF8.self)),
        Template(name: "pagination", text: String(decoding: PackageResources.pagination_mustache, as: UTF8.self)),
        Template(name: "tags", text: String(decoding: PackageResources.tags_mustache, as: UTF8.self)),
        Template(name: "tag", text: String(decoding: PackageResources.tag_mustache, as: UTF8.self)),
        Template(name: "section", text: String(decoding: PackageResources.section_mustache, as: UTF8.self)),
        Template(name: "404", text: String(decoding: PackageResources.not_found_mustache, as: UTF8.self)),
    ]

    package static let assets: [Asset] = [
        Asset(name: "style.css", bytes: PackageResources.style_css)
    ]
}
