import Foundation

/// Golden files: compare against a file under `Fixtures/`; with `PUBGEN_RECORD=1` the
/// file is rewritten instead (and the comparison reports it, so a recording run never
/// passes silently). Review recordings with `git diff Fixtures`.
package enum Golden {
    package static var isRecording: Bool {
        ProcessInfo.processInfo.environment["PUBGEN_RECORD"] == "1"
    }

    /// - Returns: `nil` when `actual` equals the golden file, else a description of the difference.
    package static func compare(_ actual: String, toFixture relativePath: String) -> String? {
        let url = Fixtures.url(relativePath)
        if isRecording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return "recorded \(relativePath); unset PUBGEN_RECORD and run again"
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "golden file \(relativePath) is missing; record it with PUBGEN_RECORD=1"
        }
        guard expected != actual else { return nil }
        return "\(relativePath) differs:\n" + DirectorySnapshot.firstDifference(Array(expected.utf8), Array(actual.utf8))
    }

    /// Compares a generated folder with an expected folder under `Fixtures/`, or records it.
    package static func compareTree(_ actual: URL, toFixture relativePath: String, ignoring ignored: Set<String> = []) -> [String] {
        let expectedURL = Fixtures.url(relativePath)
        let actualFiles = DirectorySnapshot.files(in: actual).filter { !ignored.contains($0.key) }
        if isRecording {
            try? FileManager.default.removeItem(at: expectedURL)
            for (path, bytes) in actualFiles {
                let url = expectedURL.appendingPathComponent(path)
                try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? Data(bytes).write(to: url)
            }
            return ["recorded \(relativePath); unset PUBGEN_RECORD and run again"]
        }
        let expectedFiles = DirectorySnapshot.files(in: expectedURL).filter { !ignored.contains($0.key) }
        if expectedFiles.isEmpty { return ["golden folder \(relativePath) is missing; record it with PUBGEN_RECORD=1"] }
        return DirectorySnapshot.differences(expected: expectedFiles, actual: actualFiles)
    }
}
