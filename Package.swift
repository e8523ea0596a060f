// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "pubgen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "pubgen", targets: ["pubgen"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Already in the graph through Hummingbird; named here because PubgenServe (and, for
        // UnixSignals, PubgenCLI) imports them.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // MARK: C boundary
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        // Empty modulemap on purpose: Swift never imports libxml2's headers (their ICU
        // types clash with Foundation's); only CPubgenXML's C files include them.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "CPubgenXML", dependencies: ["CLibXML2"]),
        // A bump allocator for cmark-gfm's trees (see its header).
        .target(name: "CMarkArena", dependencies: ["CCmarkGFM"]),
        // mimalloc replaces malloc for the pubgen executable only: a build allocates and
        // frees millions of small blocks on two threads, and glibc's allocator was a
        // fifth of all samples (BENCHMARKS.md). No pkg-config file; the modulemap links it.
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),

        // MARK: Swift modules, in dependency order
        .target(name: "PubgenDiagnostics"),
        .target(name: "PubgenHighlight", exclude: ["highlight.css.txt"]),
        .target(name: "PubgenMarkdown", dependencies: ["CCmarkGFM", "CMarkArena", "PubgenDiagnostics", "PubgenHighlight"]),
        .target(name: "PubgenXML", dependencies: ["CPubgenXML", "PubgenDiagnostics"]),
        .target(
            name: "PubgenCore",
            dependencies: [
                "PubgenDiagnostics", "PubgenMarkdown", "PubgenXML", "Yams", "TOMLKit",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.embedInCode("Theme")]
        ),
        // The preview server (`pubgen serve`) lives apart so `pubgen build` never links its
        // script injection and the HTTP stack stays out of PubgenCore.
        .target(
            name: "PubgenServe",
            dependencies: [
                "PubgenCore", "PubgenDiagnostics", "PubgenMarkdown",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .target(
            name: "PubgenCLI",
            dependencies: [
                "PubgenCore", "PubgenServe", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(name: "pubgen", dependencies: ["PubgenCLI", "CMimalloc"]),

        // MARK: Tests
        .target(name: "PubgenTestSupport", dependencies: ["PubgenDiagnostics"], path: "Tests/Support"),
        .testTarget(name: "PubgenDiagnosticsTests", dependencies: ["PubgenDiagnostics", "PubgenTestSupport"]),
        .testTarget(name: "PubgenMarkdownTests", dependencies: ["PubgenMarkdown", "CMarkArena", "CCmarkGFM", "PubgenTestSupport"]),
        .testTarget(name: "PubgenXMLTests", dependencies: ["PubgenXML", "PubgenTestSupport"]),
        .testTarget(name: "PubgenHighlightTests", dependencies: ["PubgenHighlight", "PubgenTestSupport"]),
        .testTarget(name: "PubgenCoreTests", dependencies: ["PubgenCore", "PubgenTestSupport"]),
        .testTarget(name: "PubgenServeTests", dependencies: ["PubgenServe", "PubgenTestSupport"]),
        .testTarget(name: "PubgenCLITests", dependencies: ["PubgenCLI", "pubgen", "PubgenTestSupport"]),
    ]
)

// MARK: Fuzzing
// `make fuzz` sets PUBGEN_FUZZ=1: a libFuzzer entry point has no `main` of its own and
// links only with `-sanitize=fuzzer`, so it is part of the package only then.
if Context.environment["PUBGEN_FUZZ"] == "1" {
    package.targets.append(
        .executableTarget(name: "PubgenFuzz", dependencies: ["PubgenCore", "PubgenXML"], path: "Fuzz/PubgenFuzz"))
}
