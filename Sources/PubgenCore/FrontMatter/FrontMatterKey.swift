/// The front-matter keys pubgen understands, in their canonical `snake_case` spelling.
package enum FrontMatterKey {
    package static let title = "title"
    package static let subtitle = "subtitle"
    package static let description = "description"
    package static let author = "author"
    package static let readTime = "read_time"
    package static let publishDate = "publish_date"
    package static let createdDate = "created_date"
    package static let updatedDate = "updated_date"
    package static let heroImage = "hero_image"
    package static let heroImageAlt = "hero_image_alt"
    package static let cta = "cta"
    package static let tags = "tags"
    package static let draft = "draft"
    package static let slug = "slug"
    /// The article's URL path (`/2019/old-post/`), overriding the slug and the site's pattern.
    package static let path = "path"
    /// Old URLs that redirect to the article.
    package static let aliases = "aliases"

    /// Every known key, for "did you mean" suggestions and documentation.
    package static let all = [
        title, subtitle, description, author, readTime, publishDate, createdDate, updatedDate,
        heroImage, heroImageAlt, cta, tags, draft, slug, path, aliases,
    ]
    package static let required = [title, publishDate]

    /// `heroImage`, `hero-image` and `hero_image` all become `hero_image`.
    package static func canonical(_ key: String) -> String {
        // Keys are nearly always ASCII; bytes spare a Unicode property lookup per
        // character (1% of a 10,000-article build). Most are canonical already
        // (`title`, `publish_date`): those come back as they are.
        var key = key
        switch key.withUTF8(canonicalASCII) {
        case .unchanged: return key
        case let .changed(canonical): return canonical
        case .notASCII: break
        }
        var result = ""
        var previousWasLower = false
        for character in key {
            if character.isUppercase {
                if previousWasLower { result.append("_") }
                result += character.lowercased()
                previousWasLower = false
            } else if character == "-" || character == " " {
                result.append("_")
                previousWasLower = false
            } else {
                result.append(character)
                previousWasLower = character.isLowercase || character.isNumber
            }
        }
        return result
    }

    private enum ASCIIKey {
        case unchanged, changed(String), notASCII
    }

    private static func canonicalASCII(_ key: UnsafeBufferPointer<UInt8>) -> ASCIIKey {
        var changes = false
        for byte in key {
            if byte >= 0x80 { return .notASCII }
            if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: " ") { changes = true }
        }
        guard changes else { return .unchanged }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(key.count + 4)
        var previousWasLower = false
        for byte in key {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if previousWasLower { bytes.append(UInt8(ascii: "_")) }
                bytes.append(byte + 32)
                previousWasLower = false
            case UInt8(ascii: "-"), UInt8(ascii: " "):
                bytes.append(UInt8(ascii: "_"))
                previousWasLower = false
            default:
                bytes.append(byte)
                previousWasLower = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            }
        }
        return .changed(String(decoding: bytes, as: UTF8.self))
    }
}
