import ArgumentParser

/// Output options every subcommand shares.
struct GlobalOptions: ParsableArguments {
    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Option(help: "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(name: [.short, .long], help: "Print only errors and warnings.")
    var quiet = false
}
