// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "settle",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "settle", targets: ["settle"]),
        .library(name: "SettleRules", targets: ["SettleRules"]),
        .executable(name: "settle-bench", targets: ["settle-bench"]),
    ],
    dependencies: [
        // The CLI: subcommands, options, validate(), generated help.
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        // Property-based tests (engine against the reference, parsers fuzzed).
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
    ],
    targets: [
        // Functional core: the settlement rules. No I/O, no Foundation, no floating point.
        .target(name: "SettleRules"),

        // libpq, as the system provides it (apt: libpq-dev).
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // Storage: connections, COPY, migrations, the snapshot a day reads and the rows it writes.
        .target(
            name: "SettleStore",
            dependencies: ["CLibPQ", "SettleRules"]
        ),
        // Reports as data (day, member, explain, liability, verify) and their text, JSON, CSV
        // and SVG renderings. Pure: figures in, strings out.
        .target(name: "SettleReports", dependencies: ["SettleRules"]),
        // Orchestration: run, rerun, catch-up, locking, gathering report figures, adjust, verify.
        .target(name: "SettleJob", dependencies: ["SettleRules", "SettleStore", "SettleReports"]),
        // The command line, the only place that knows about argv, the terminal and exit codes.
        .executableTarget(
            name: "settle",
            dependencies: [
                "SettleJob", "SettleStore", "SettleRules", "SettleReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A synthetic shop generator (pure), for the benchmark and `settle generate`.
        .target(name: "SettleSynthetic", dependencies: ["SettleRules", "SettleStore"]),
        // Prints figures; run it in release mode (see README, Performance).
        .executableTarget(
            name: "settle-bench",
            dependencies: ["SettleRules", "SettleSynthetic", "SettleStore", "SettleJob"],
            path: "Benchmarks/SettleBench"
        ),
        .testTarget(
            name: "SettleRulesTests",
            dependencies: [
                "SettleRules", "SettleSynthetic",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "SettleReportsTests",
            dependencies: [
                "SettleReports", "SettleRules",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["SettleJob", "SettleStore", "SettleRules", "SettleSynthetic", "SettleReports"]
        ),
    ]
)
