import Foundation
import PubgenCore

/// One terminal line, rewritten in place ten times a second while a build runs, then
/// cleared so the summary takes its place.
struct ProgressLine: Sendable {
    let progress: BuildProgress

    func `while`<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        let ticker = Task {
            // Short builds finish before the first tick and never show a line.
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(100))
                if Task.isCancelled { break }
                Self.show("\r\u{1B}[2K" + progress.line)
            }
        }
        defer {
            ticker.cancel()
            Self.show("\r\u{1B}[2K")
        }
        return try await work()
    }

    private static func show(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
