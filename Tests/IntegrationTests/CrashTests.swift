import Foundation
import Testing
import SettleKernel
import PointsModel
import SettleStore

/// The database always holds a day completely or not at all, whatever moment the job dies.
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct CrashTests {
    /// Every settled day has exactly the rows its run recorded; no rows exist for other days.
    static func expectWholeDays(_ database: TestDatabase, _ context: String) throws {
        let connection = try database.connect()
        let broken = try connection.query("""
            SELECT d.settle_date::text FROM settle.days d JOIN settle.runs r ON r.id = d.run_id
                                       LEFT JOIN settle.points_day_figures f ON f.run_id = r.id
            WHERE r.line_count <> (SELECT count(*) FROM settle.day_lines l WHERE l.settle_date = d.settle_date)
               OR f.lot_rows <> (SELECT count(*) FROM settle.lot_days l WHERE l.settle_date = d.settle_date)
            """)
        #expect(broken.isEmpty, "\(context): partial days \(broken)")
        let orphans = try connection.scalar("""
            SELECT (SELECT count(*) FROM settle.day_lines WHERE settle_date NOT IN (SELECT settle_date FROM settle.days))
                 + (SELECT count(*) FROM settle.lot_days WHERE settle_date NOT IN (SELECT settle_date FROM settle.days))
                 + (SELECT count(*) FROM settle.lots WHERE recorded_on NOT IN (SELECT settle_date FROM settle.days)
                                                        OR as_of > (SELECT max(settle_date) FROM settle.days))
            """)
        #expect(orphans == "0", "\(context): rows of unsettled days")
    }

    static func waitForBackendsToGo(_ database: TestDatabase) throws {
        let observer = try database.connect()
        for _ in 0..<400 {
            if try observer.scalar("""
                SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'settle r%'
                """) == "0" { return }
            usleep(25_000)
        }
        Issue.record("settle backends still running")
    }

    @Test func killedAtRandomMomentsOfRunAndRerun() throws {
        let shop = ShopFixture(seed: 30, memberCount: 3000, ordersPerMember: 3, firstDay: day1, days: 3)
        let lastDay = day1.advanced(by: 5)

        let reference = try TestDatabase()
        try shop.write(to: reference)
        for day in day1...lastDay { #expect(try reference.settle(["run", "--date", day.iso]).status == 0) }
        let expected = try reference.checksum()

        // How long one day takes here, so that the kills land inside runs (and reruns).
        let timing = try TestDatabase()
        try shop.write(to: timing)
        let clock = ContinuousClock.now
        #expect(try timing.settle(["run", "--date", day1.iso]).status == 0)
        let elapsed = ContinuousClock.now - clock
        let dayMicros = UInt64(max(50_000, elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000))

        let database = try TestDatabase()
        try shop.write(to: database)
        var random = FixtureRandom(state: 99)
        var kills = 0, attempts = 0
        while kills < 24 && attempts < 200 {
            attempts += 1
            let settled = try database.settledDays()
            let next = settled.last.flatMap { Day(iso: $0)?.advanced(by: 1) } ?? day1
            let rerun = next > lastDay || (settled.count >= 2 && random.next() % 3 == 0)
            let arguments = rerun ? ["rerun", "--date", settled[Int(random.next() % UInt64(settled.count))]]
                                  : ["run", "--date", next.iso]
            let process = try database.launch(arguments)
            usleep(UInt32(random.next() % (rerun ? dayMicros * 2 : dayMicros)))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()
            try Self.waitForBackendsToGo(database)
            try Self.expectWholeDays(database, "after \(arguments) (kill \(kills))")
        }
        #expect(kills >= 20, "only \(kills) kills landed mid-run")
        // Finish the days and compare with the uninterrupted database.
        while let last = try database.settledDays().last.flatMap({ Day(iso: $0) }) ?? Optional(day1.advanced(by: -1)), last < lastDay {
            #expect(try database.settle(["run", "--date", last.advanced(by: 1).iso]).status == 0)
        }
        #expect(try database.checksum() == expected)
    }

    /// PostgreSQL restarts while a run is writing: a clear error, exit 1, nothing partial.
    @Test func postgresRestartMidRunGivesAClearErrorAndNothingPartial() throws {
        guard let clusterDirectory = ProcessInfo.processInfo.environment["PGHOST"], clusterDirectory.hasPrefix("/") else { return }
        // Its own cluster, so that the restart does not disturb other tests.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("settle-restart-\(UInt32.random(in: 0...UInt32.max))").path
        let script = TestDatabase.repositoryRoot.appendingPathComponent("scripts/pg.sh").path
        let start = try Self.shell(script, ["start", directory])
        defer { _ = try? Self.shell(script, ["stop", directory]); try? FileManager.default.removeItem(atPath: directory) }
        let port = try String(contentsOfFile: directory + "/port", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(start.contains("PGPORT=\(port)"))

        let database = try TestDatabase(host: directory, port: port)
        try ShopFixture(seed: 31, memberCount: 200, firstDay: day1, days: 2).write(to: database)
        let blocker = try LockAndCrashTests.blockWrites(database)
        let process = try database.launch(["run", "--date", day1.iso])
        _ = try LockAndCrashTests.waitUntilBlocked(database)
        withExtendedLifetime(blocker) {}
        _ = try Self.shell(script, ["restart", directory])
        process.waitUntilExit()
        let stderr = String(decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("lost the connection to PostgreSQL") || stderr.contains("terminat"), "\(stderr)")
        try Self.expectWholeDays(database, "after restart")
        #expect(try database.settledDays().isEmpty)
        let again = try database.settle(["run", "--date", day1.iso])
        #expect(again.status == 0, "\(again.stderr)")
    }

    @discardableResult
    static func shell(_ path: String, _ arguments: [String]) throws -> String {
        // Output goes to a file, not a pipe (the postmaster it starts would hold a pipe open), and
        // system() waits with waitpid (Foundation's Process did not notice this child's exit).
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pg-sh-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let command = ([path] + arguments + [">", output.path, "</dev/null"]).map { $0.contains(" ") ? "'\($0)'" : $0 }
        let status = system("PG_DURABLE=1 bash " + command.joined(separator: " "))
        #expect(status == 0, "pg.sh \(arguments) exited \(status)")
        return try String(contentsOf: output, encoding: .utf8)
    }
}
