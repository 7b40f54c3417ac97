import Foundation
import SettleJob
import SettlePrograms
import SettleKernel
import SettleStore

/// A new, migrated benchmark database of the PG* cluster, and today in Asia/Shanghai.
func freshDatabase(_ name: String) throws -> (Connection, Day) {
    let admin = try Connection(conninfo: "dbname=postgres")
    try admin.executeScript("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")   // a benchmark's own name, not input
    try admin.executeScript("CREATE DATABASE \(name)")
    let connection = try Connection(conninfo: "dbname=\(name)")
    _ = try Programs.migrator(directory: Migrator.defaultDirectory()).apply(on: connection)
    guard let text = try connection.scalar("SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date - date '1970-01-01'"),
          let number = Int32(text) else { throw StoreError(.schema, "no date from the server") }
    return (connection, Day(number))
}

/// The machine and the server's durability settings, as every benchmark prints them first.
func machineLine(_ connection: Connection) throws -> String {
    "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory >> 30) GiB; "
        + "PostgreSQL \(try connection.scalar("SHOW server_version") ?? "?"), fsync \(try connection.scalar("SHOW fsync") ?? "?"), "
        + "synchronous_commit \(try connection.scalar("SHOW synchronous_commit") ?? "?")"
}

/// Runs the settle binary as a child (log-style progress on stderr), with its peak RSS.
enum ChildProcess {
    struct Result {
        var status: Int32
        var stderr: String
        var peakRSSMiB: Int
        /// Exit 0, or 5: settled, and late input named (history the generator made directly has no
        /// real digests of its days' orders).
        var settled: Bool { status == 0 || status == 5 }
        /// The `phase=NAME elapsed_ms=N` log lines of its progress, in seconds.
        var phases: [(String, Double)] {
            stderr.split(separator: "\n").compactMap { line in
                let fields = Dictionary(line.split(separator: " ").compactMap { field -> (String, String)? in
                    let parts = field.split(separator: "=", maxSplits: 1)
                    return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
                }, uniquingKeysWith: { first, _ in first })
                guard let phase = fields["phase"], let ms = fields["elapsed_ms"].flatMap(Double.init) else { return nil }
                return (phase, ms / 1000)
            }
        }
    }

    static func settle(_ settleBinary: String, _ arguments: [String], database: String) throws -> Result {
        let errPath = FileManager.default.temporaryDirectory.appendingPathComponent("settle-bench-\(UUID().uuidString).err").path
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var environment = ProcessInfo.processInfo.environment
        environment["PGDATABASE"] = database
        // Peak RSS through /usr/bin/time when there is one: the child's own wait4 figure would include
        // this (large) process's pages, which Linux counts into a child's ru_maxrss at its exec.
        let timer = "/usr/bin/time"
        let timed = FileManager.default.isExecutableFile(atPath: timer)
        let program = timed ? timer : settleBinary
        let argv = ((timed ? [timer, "-f", "peak_rss_kib=%M", settleBinary] : [settleBinary]) + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, program, &actions, nil, argv, envp) == 0 else { throw JobError.failed("cannot start \(program)") }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let measured = stderr.split(separator: "\n").last { $0.hasPrefix("peak_rss_kib=") }.flatMap { Int($0.dropFirst(13)) }
        return Result(status: exitStatus, stderr: stderr, peakRSSMiB: (measured ?? Int(usage.ru_maxrss)) / 1024)
    }

    /// `settle` run to completion and timed from start to exit; a run that did not settle stops
    /// the benchmark with its standard error.
    static func timedSettle(_ settleBinary: String, _ arguments: [String], database: String) throws -> (total: Double, result: Result) {
        let start = Date()
        let result = try settle(settleBinary, arguments, database: database)
        let total = Date().timeIntervalSince(start)
        precondition(result.settled, "settle \(arguments.joined(separator: " ")) failed: \(result.stderr)")
        return (total, result)
    }
}
