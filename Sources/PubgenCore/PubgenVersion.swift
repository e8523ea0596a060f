/// pubgen's version, shown by `--version` and in the generator meta tag.
package enum PubgenVersion {
    package static let current = "0.1.0"
}
