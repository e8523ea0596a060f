import Foundation

/// A long-running `pubgen` (e.g. `pubgen serve`) for end-to-end tests: output goes to
/// files, so a chatty process never blocks on a full pipe, and the process is killed
/// when the value goes away, whatever the test did.
package final class ServeProcess: @unchecked Sendable {
    // @unchecked: the Process is only touched from the test that owns this value.
    package let process = Process()
    private let folder: URL
    private let stdoutURL: URL
    private let stderrURL: URL

    /// Starts `pubgen arguments…` in `directory`.
    package init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pubgen-serve-log-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        stdoutURL = folder.appendingPathComponent("stdout")
        stderrURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.executableURL = PubgenProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = PubgenProcess.environment(adding: environment)
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        stop()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    package var pid: Int32 { process.processIdentifier }
    package var stdout: String { (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "" }
    package var stderr: String { (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "" }

    /// Ends the process: Ctrl-C, then SIGKILL if it has not stopped within `grace` seconds.
    package func stop(grace: Double = 10) {
        guard process.isRunning else { return }
        signal(SIGINT)
        if waitForExit(timeout: grace) == nil { signal(SIGKILL) }
    }

    /// Sends a signal (SIGINT is Ctrl-C).
    package func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Waits for the process to end; its exit status, or nil if it is still running after `timeout`.
    package func waitForExit(timeout: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        return process.isRunning ? nil : process.terminationStatus
    }
}
