import ArgumentParser
import PubgenCore

/// `pubgen`: the root command. Subcommands are thin: they parse, call `PubgenCore`, and
/// map the outcome to an exit code (0 ok, 1 content or I/O errors, 64 usage errors).
public struct PubgenCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pubgen",
        abstract: "Publish a folder of Markdown articles as a static website.",
        version: PubgenVersion.current,
        subcommands: [Build.self, Lint.self, New.self, Serve.self]
    )

    public init() {}
}
