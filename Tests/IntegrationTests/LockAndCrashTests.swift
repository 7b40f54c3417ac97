import Foundation
import Testing
import SettleKernel
import PointsModel
import SettleStore

@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct LockAndCrashTests {
    /// Blocks the job's run-record insert by holding `settle.runs` in SHARE mode (reads still pass), so that a run is
    /// reliably caught in the middle of writing its day.
    static func blockWrites(_ database: TestDatabase) throws -> Connection {
        let blocker = try database.connect()
        try blocker.execute("BEGIN")
        try blocker.execute("LOCK TABLE settle.runs IN SHARE MODE")
        return blocker
    }

    /// Waits until a `settle` backend waits on a lock (its day's lines and lots already copied).
    static func waitUntilBlocked(_ database: TestDatabase) throws -> Int32 {
        let observer = try database.connect()
        for _ in 0..<600 {
            if let pid = try observer.scalar("""
                SELECT pid FROM pg_stat_activity
                WHERE datname = current_database() AND application_name LIKE 'settle run%' AND wait_event_type = 'Lock'
                """) { return Int32(pid)! }
            usleep(50_000)
        }
        Issue.record("settle never blocked")
        return 0
    }

    static func waitUntilGone(_ database: TestDatabase, pid: Int32) throws {
        let observer = try database.connect()
        for _ in 0..<600 {
            if try observer.scalar("SELECT count(*) FROM pg_stat_activity WHERE pid = $1", [String(pid)]) == "0" { return }
            usleep(50_000)
        }
        Issue.record("backend \(pid) still there")
    }

    @Test func secondRunExitsSeventyFiveAndWritesNothing() throws {
        let database = try TestDatabase()
        try ShopFixture(seed: 7, memberCount: 100, firstDay: day1, days: 2).write(to: database)
        let blocker = try Self.blockWrites(database)
        let first = try database.launch(["run", "--date", day1.iso])
        _ = try Self.waitUntilBlocked(database)
        let before = try database.rowCounts()
        let second = try database.settle(["run", "--date", day1.iso])
        #expect(second.status == 75)
        #expect(second.stderr.contains("another settlement is running: settle run"))
        #expect(second.stderr.contains("connected since"))
        #expect(try database.rowCounts() == before)
        try blocker.execute("COMMIT")
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(try database.settledDays() == [day1.iso])
    }

    @Test func killedDuringTheWriteLeavesNothingAndTheNextRunIsCorrect() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 8, memberCount: 300, firstDay: day1, days: 2)
        try shop.write(to: database)
        #expect(try database.settle(["run", "--date", day1.iso]).status == 0)
        let day2 = day1.advanced(by: 1)

        let blocker = try Self.blockWrites(database)
        let victim = try database.launch(["run", "--date", day2.iso])
        let backend = try Self.waitUntilBlocked(database)
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()
        try blocker.execute("COMMIT")
        try Self.waitUntilGone(database, pid: backend)

        #expect(try database.settledDays() == [day1.iso])
        #expect(try database.lines(on: day2).isEmpty)
        #expect(try database.connect().scalar("SELECT count(*) FROM settle.lot_days WHERE settle_date = $1::date", [day2.iso]) == "0")
        #expect(try database.connect().scalar("SELECT count(*) FROM settle.runs") == "1")

        let again = try database.settle(["run", "--date", day2.iso])
        #expect(again.status == 0)
        #expect(try database.lines(on: day2) == (try shop.expectedLines(day1...day2))[day2]!)
    }
}
