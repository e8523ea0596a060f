// Importing CMimalloc links libmimalloc ahead of libc, so its malloc and free serve the
// whole process (the Swift runtime, Foundation and cmark-gfm too). Nothing here calls it.
import CMimalloc
import PubgenCLI

// The root command lives in the PubgenCLI library so tests can run it in-process;
// `@main` must be here, in the executable target, for ArgumentParser's async entry.
@main extension PubgenCommand {}
