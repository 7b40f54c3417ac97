// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "settle",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "settle", targets: ["settle"]),
        .library(name: "SettleKernel", targets: ["SettleKernel"]),
        .library(name: "PointsModel", targets: ["PointsModel"]),
        .library(name: "CycleModel", targets: ["CycleModel"]),
        .library(name: "EquityModel", targets: ["EquityModel"]),
        .executable(name: "settle-bench", targets: ["settle-bench"]),
    ],
    dependencies: [
        // The CLI: subcommands, options, validate(), generated help.
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        // Logging with levels (progress at info, warnings at warning), formatted by settle.
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        // The metrics file in the Prometheus text format (node_exporter's textfile collector).
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.0.0"),
        // Property-based tests (engine against the reference, parsers fuzzed).
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
        // HeapModule: the equity exit queue (members by trigger price), a min-heap we need not hand-write.
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0"),
        // The back office in a browser (`settle serve`): HTTP/1.1 on SwiftNIO, routing, request
        // decoding, graceful shutdown; the server we need not write (docs/console.md).
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0"),
    ],
    targets: [
        // The kernel every model shares: money, days, the shop (members, orders, referral tree),
        // plan versions, input digests, lines, and the model seam (RewardModel). Pure: no I/O, no
        // floating point; FoundationEssentials only for JSONDecoder in plan reading.
        .target(name: "SettleKernel"),
        // One room per reward model: its plan, its rules, its state. Pure; imports only the kernel.
        .target(name: "PointsModel", dependencies: ["SettleKernel"], path: "Sources/Points/Rules"),
        .target(name: "CycleModel", dependencies: ["SettleKernel"], path: "Sources/Cycle/Rules"),
        .target(name: "EquityModel", dependencies: ["SettleKernel", .product(name: "HeapModule", package: "swift-collections")],
                path: "Sources/Equity/Rules"),

        // libpq, as the system provides it (apt: libpq-dev).
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // Storage: connections, COPY, migrations; the shared rows keyed by program (plans, runs,
        // days, lines, locks, the ledger) and the protocol a room's state store meets. Every model's
        // own SQL lives in its room (Sources/<Model>/Program/Store).
        .target(
            name: "SettleStore",
            dependencies: ["CLibPQ", "SettleKernel"]
        ),
        // Reports as data (day, member, explain, liability, verify) and their text, JSON, CSV
        // and SVG renderings. Pure: figures in, strings out.
        .target(name: "SettleReports", dependencies: ["SettleKernel"]),
        // Orchestration: one day loop for every model (DayRunner), which days may be settled
        // (DaySchedule, pure), late input, the program skeleton the CLI drives (ModelProgram),
        // verify's, simulate's and health's skeletons. Issues no SQL of its own.
        .target(name: "SettleJob", dependencies: ["SettleKernel", "SettleStore", "SettleReports",
                                                 .product(name: "Logging", package: "swift-log")]),
        // The points program's room beside its rules (Sources/Points), laid out as the others.
        .target(name: "PointsRoom", dependencies: ["SettleKernel", "PointsModel", "SettleStore", "SettleReports", "SettleJob"],
                path: "Sources/Points/Program"),
        // The cycle program's room beside its rules (Sources/Cycle): its state store and SQL, its
        // report figures and reports, its program and verify. The shared targets don't import it.
        .target(name: "CycleRoom", dependencies: ["SettleKernel", "CycleModel", "SettleStore", "SettleReports", "SettleJob"],
                path: "Sources/Cycle/Program"),
        // The equity program's room beside its rules (Sources/Equity), laid out as the cycle's.
        .target(name: "EquityRoom", dependencies: ["SettleKernel", "EquityModel", "SettleStore", "SettleReports", "SettleJob"],
                path: "Sources/Equity/Program"),
        // The registry: the one place that lists every program (the command line's way to the models).
        .target(name: "SettlePrograms", dependencies: ["SettleJob", "PointsRoom", "CycleRoom", "EquityRoom"]),
        // The console (`settle serve`): the reports as HTML pages and JSON under /api, read-only,
        // over the registry; HTTP is Hummingbird's.
        .target(name: "SettleConsole", dependencies: ["SettleJob", "SettlePrograms", "SettleStore", "SettleKernel", "SettleReports",
                                                      .product(name: "Hummingbird", package: "hummingbird"),
                                                      .product(name: "Logging", package: "swift-log")]),
        // glibc's mallopt, for the batch commands' memory (Sources/settle/Options/BatchMemory.swift).
        .systemLibrary(name: "CMalloc"),
        // The command line, the only place that knows about argv, the terminal and exit codes.
        .executableTarget(
            name: "settle",
            dependencies: [
                "CMalloc", "SettleJob", "SettlePrograms", "SettleStore", "SettleKernel", "SettleReports", "SettleConsole",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        // A synthetic points shop for the benchmark (`settle-bench generate`) and its writer: in the
        // points room, since it generates and writes that program's rows.
        .target(name: "SettleSynthetic", dependencies: ["SettleKernel", "PointsModel", "SettleStore", "PointsRoom"],
                path: "Sources/Points/Synthetic"),
        // Prints figures; run it in release mode (see README, Performance).
        .executableTarget(
            name: "settle-bench",
            dependencies: ["SettleKernel", "PointsModel", "CycleModel", "EquityModel", "SettleSynthetic", "SettleStore", "SettleJob", "PointsRoom", "CycleRoom", "EquityRoom", "SettlePrograms"],
            path: "Benchmarks/SettleBench"
        ),
        // The toy model: a plug-in of the same shape as the real ones (its rules, importing only the
        // kernel; its program), for the tests that drive the shared machinery without a real model.
        .target(name: "ToyModel", dependencies: ["SettleKernel"], path: "Tests/Toy/Rules"),
        .target(name: "ToyRoom", dependencies: ["SettleKernel", "ToyModel", "SettleStore", "SettleReports", "SettleJob"],
                path: "Tests/Toy/Program"),
        .testTarget(
            name: "SettleKernelTests",
            dependencies: ["SettleKernel"]
        ),
        .testTarget(
            name: "PointsModelTests",
            dependencies: [
                "SettleKernel", "PointsModel", "SettleSynthetic",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "CycleModelTests",
            dependencies: ["SettleKernel", "CycleModel", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "EquityModelTests",
            dependencies: ["SettleKernel", "EquityModel", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "SettleReportsTests",
            dependencies: [
                "SettleReports", "SettleKernel", "PointsModel", "PointsRoom",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "SettleJobTests",
            dependencies: ["SettleJob", "SettlePrograms", "PointsRoom", "CycleRoom", "EquityRoom", "SettleKernel", "SettleStore"]
        ),
        // The command line without a database: usage, help, exit status 2.
        .testTarget(name: "SettleCommandTests"),
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["SettleJob", "SettleStore", "SettleKernel", "PointsModel", "CycleModel", "EquityModel", "SettleSynthetic", "SettleReports",
                           "PointsRoom", "CycleRoom", "EquityRoom", "SettlePrograms", "ToyModel", "ToyRoom"],
            exclude: ["Fixtures"]
        ),
    ]
)
