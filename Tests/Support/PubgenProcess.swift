import Foundation

/// Runs the built `pubgen` binary, as users and CI do, and captures what it did.
package struct PubgenProcess {
    package struct Outcome: Sendable {
        package var status: Int32
        package var stdout: String
        package var stderr: String
    }

    /// The binary under test: `PUBGEN_BIN`, else `pubgen` beside the test bundle
    /// (SwiftPM puts both in the same build folder).
    package static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["PUBGEN_BIN"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("pubgen")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        return Fixtures.repositoryRoot.appendingPathComponent(".build/debug/pubgen")
    }

    /// This process's environment without colour or golden-recording settings, plus `extra`.
    package static func environment(adding extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NO_COLOR")
        environment.removeValue(forKey: "PUBGEN_RECORD")
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Runs `pubgen arguments…` in `directory` with an environment free of colour settings.
    /// - Parameters:
    ///   - launching: Another program to run instead (e.g. `script`, to give pubgen a terminal).
    package static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:], stdin: String? = nil,
        launching program: String? = nil, arguments programArguments: [String] = [], timeout: Double? = nil
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = program.map { URL(fileURLWithPath: $0) } ?? executable
        process.arguments = program == nil ? arguments : programArguments
        process.currentDirectoryURL = directory
        process.environment = Self.environment(adding: environment)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let timeout {
            // A watchdog, so a hang fails the test instead of stopping the whole run.
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { kill(pid, SIGKILL) }
        }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes at once and before waiting: a child that fills one pipe while
        // the other is read to its end would wait for ever (it did, with 3 MB of errors).
        let errorReader = PipeReader(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errorReader.wait()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
    // @unchecked: `data` is written once by the reading thread before `done` is signalled.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
