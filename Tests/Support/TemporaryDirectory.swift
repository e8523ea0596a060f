import Foundation

/// A fresh folder for one test, removed when the value goes away.
package final class TemporaryDirectory: @unchecked Sendable {
    // @unchecked: immutable after init; the class exists only for its deinit.
    package let url: URL

    package init(_ label: String = "test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("pubgen-\(label)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    package var path: String { url.path }

    package func appending(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

    /// Writes a text file, creating its folders.
    @discardableResult
    package func write(_ relativePath: String, _ text: String) throws -> URL {
        try write(relativePath, bytes: Array(text.utf8))
    }

    @discardableResult
    package func write(_ relativePath: String, bytes: [UInt8]) throws -> URL {
        let file = appending(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    /// Copies a fixture folder into this directory.
    package func copyFixture(_ relativePath: String, to destination: String) throws -> URL {
        let target = appending(destination)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.url(relativePath), to: target)
        return target
    }
}
