import Foundation
import Testing
import SettleKernel
import PointsModel
import SettleStore
import SettlePrograms

/// A fresh database per test on the private cluster that `scripts/test.sh` starts (libpq's PG*
/// variables point at it). With no cluster configured the integration tests are skipped, unless
/// SETTLE_REQUIRE_DB=1 (set by scripts/test.sh and CI), where they fail instead.
final class TestDatabase {
    let name: String
    /// Host and port of a cluster other than the PG* one (for the restart test).
    let host: String?
    let port: String?

    static var isConfigured: Bool {
        ProcessInfo.processInfo.environment["PGHOST"] != nil || ProcessInfo.processInfo.environment["SETTLE_REQUIRE_DB"] == "1"
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var settleBinary: String {
        ProcessInfo.processInfo.environment["SETTLE_BIN"] ?? repositoryRoot.appendingPathComponent(".build/debug/settle").path
    }

    init(migrate: Bool = true, host: String? = nil, port: String? = nil) throws {
        name = "settle_test_\(UInt64.random(in: 0...UInt64.max) % 1_000_000_000_000)"
        self.host = host
        self.port = port
        let admin = try Connection(conninfo: conninfo(database: "postgres"))
        try admin.executeScript("CREATE DATABASE \(name)")     // a generated identifier, not input
        if migrate {
            let migrator = try Programs.migrator(directory: TestDatabase.repositoryRoot.appendingPathComponent("sql").path)
            _ = try migrator.apply(on: try connect())
        }
    }

    deinit {
        if let admin = try? Connection(conninfo: conninfo(database: "postgres")) {
            _ = try? admin.executeScript("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }

    var conninfo: String { conninfo(database: name) }

    func conninfo(database: String) -> String {
        var text = "dbname=\(database)"
        if let host { text += " host=\(host)" }
        if let port { text += " port=\(port)" }
        return text
    }

    func connect() throws -> Connection { try Connection(conninfo: conninfo, applicationName: "settle tests") }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the real `settle` binary against this database.
    func settle(_ arguments: [String], environment extra: [String: String] = [:], binary: String? = nil) throws -> Result {
        let process = try launch(arguments, environment: extra, binary: binary)
        // A watchdog: a settle that hangs must fail the test, not the whole CI run.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 180, execute: watchdog)
        defer { watchdog.cancel() }
        let out = process.standardOutput as! Pipe, err = process.standardError as! Pipe
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    nonisolated(unsafe) static let launching = NSLock()

    func launch(_ arguments: [String], environment extra: [String: String] = [:], binary: String? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary ?? TestDatabase.settleBinary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PGDATABASE"] = name
        if let host { environment["PGHOST"] = host }
        if let port { environment["PGPORT"] = port }
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        // One launch at a time: Foundation's Process.run is not safe from several threads at once
        // (tests that launch from worker threads crashed in it), and the write ends closed below
        // must not leak into a child another thread is starting.
        TestDatabase.launching.lock()
        defer { TestDatabase.launching.unlock() }
        try process.run()
        // Close this process's copies of the write ends: otherwise any child started later (a
        // restarted postmaster) inherits them and the reader never sees end of file.
        try out.fileHandleForWriting.close()
        try err.fileHandleForWriting.close()
        return process
    }

    // MARK: Reading back

    /// Row counts of every table in schema settle, for "nothing was written" checks.
    func rowCounts() throws -> [String: Int] {
        let connection = try connect()
        var counts: [String: Int] = [:]
        for row in try connection.query("SELECT tablename FROM pg_tables WHERE schemaname = 'settle' ORDER BY 1") {
            let table = row[0]!
            counts[table] = Int(try connection.scalar("SELECT count(*) FROM settle.\(table)") ?? "0")   // catalog names
        }
        return counts
    }

    /// The contract view's rows of one day as engine lines, sorted.
    func lines(on day: Day) throws -> [PointsLine] {
        try connect().query("""
            SELECT member_id, kind, (entitled * 100)::bigint, (paid * 100)::bigint FROM settle.settlement_lines
            WHERE settle_date = $1::date ORDER BY member_id, array_position(ARRAY['static','share','team','peer'], kind)
            """, [day.iso]).map {
            PointsLine(memberId: Int64($0[0]!)!, kind: PointsKind(name: $0[1]!)!, entitledFen: Int64($0[2]!)!, paidFen: Int64($0[3]!)!)
        }
    }

    /// An md5 of every settled row in order: lines and lots.
    func checksum() throws -> String {
        let connection = try connect()
        let lines = try connection.scalar("""
            SELECT md5(coalesce(string_agg(concat_ws(',', settle_date, member_id, kind, entitled, paid), ';'
                       ORDER BY settle_date, member_id, kind), '')) FROM settle.settlement_lines
            """) ?? ""
        let lots = try connection.scalar("""
            SELECT md5(coalesce(string_agg(concat_ws(',', settle_date, order_id, static_fen, share_fen, team_fen, peer_fen,
                       released_total_fen, exhausted), ';' ORDER BY settle_date, order_id), '')) FROM settle.lot_days
            """) ?? ""
        return lines + "/" + lots
    }

    func settledDays() throws -> [String] {
        try connect().query("SELECT settle_date::text FROM settle.days WHERE model = 'points' ORDER BY 1").map { $0[0]! }
    }
}
