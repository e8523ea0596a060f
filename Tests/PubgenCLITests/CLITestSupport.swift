import Foundation
import PubgenTestSupport

/// A copy of a fixture site in a temporary folder, so tests can build and change it freely.
func siteCopy(_ fixture: String = "site") throws -> TemporaryDirectory {
    let folder = try TemporaryDirectory("cli")
    _ = try folder.copyFixture(fixture, to: "site")
    try? FileManager.default.removeItem(at: folder.appending("site/expected"))
    return folder
}

func pubgen(_ arguments: String..., in folder: URL) throws -> PubgenProcess.Outcome {
    try PubgenProcess.run(arguments, in: folder)
}
