import Foundation

/// Every regular file under a folder, as relative path → bytes.
package enum DirectorySnapshot {
    package static func files(in root: URL) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return result
        }
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            let relative = String(path.dropFirst(rootPath.count + 1))
            result[relative] = (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? []
        }
        return result
    }

    /// Human-readable differences between two trees: missing, extra and differing files,
    /// with the first differing line of each text file. Empty when the trees are equal.
    package static func differences(expected: [String: [UInt8]], actual: [String: [UInt8]]) -> [String] {
        var problems: [String] = []
        for path in expected.keys.sorted() {
            guard let actualBytes = actual[path] else {
                problems.append("missing: \(path)")
                continue
            }
            let expectedBytes = expected[path]!
            if actualBytes != expectedBytes {
                problems.append("differs: \(path)\n" + firstDifference(expectedBytes, actualBytes))
            }
        }
        for path in actual.keys.sorted() where expected[path] == nil {
            problems.append("unexpected: \(path)")
        }
        return problems
    }

    static func firstDifference(_ expected: [UInt8], _ actual: [UInt8]) -> String {
        let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let e = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
            let a = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
            if e != a { return "  line \(index + 1):\n  - \(e)\n  + \(a)" }
        }
        return "  (binary difference)"
    }
}
