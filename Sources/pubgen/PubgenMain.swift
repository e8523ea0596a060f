import PubgenCLI

// The root command lives in the PubgenCLI library so tests can run it in-process;
// `@main` must be here, in the executable target, for ArgumentParser's async entry.
@main extension PubgenCommand {}
