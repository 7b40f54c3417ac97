import Foundation
import Testing
import SettleKernel
import PointsModel
import SettleStore

@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct ConcurrencyAndSecurityTests {
    /// Issue 27: a run reads its state on a second connection while the first reads the shop;
    /// the second sees exactly the first's snapshot (exported and imported), not a row committed
    /// in between. Without the import it would count the member added after the snapshot.
    @Test func theParallelStateReadSeesTheRunsSnapshot() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 41, memberCount: 30, firstDay: day1, days: 1)
        try shop.write(to: database)
        let store = SettlementStore(connection: try database.connect(), for: Points.self)
        let other = try database.connect()
        let counts = try store.consistently {
            let before = try store.connection.scalar("SELECT count(*) FROM settle.members")   // takes the snapshot
            try other.execute("INSERT INTO settle.members (id, referrer_id, phone, joined_at) VALUES (999999, NULL, '13999999999', now())")
            let read = try store.readInParallel { second in try second.connection.scalar("SELECT count(*) FROM settle.members") }
            return (before, try read.join(), try store.connection.scalar("SELECT count(*) FROM settle.members"))
        }
        let before = try #require(counts.0.flatMap { Int($0) })
        #expect(counts.1 == String(before) && counts.2 == String(before), "\(counts)")
        #expect(try other.scalar("SELECT count(*) FROM settle.members") == String(before + 1), "the row was committed")
        // A read that fails hands its error back at the join.
        let failed = try store.consistently {
            try store.readInParallel { second in try second.connection.scalar("SELECT no_such_column FROM settle.members") }
        }
        #expect(throws: StoreError.self) { try failed.join() }
    }

    /// Issue 27: the members are read once, by whichever connection is free first, and both
    /// connections' reads see the run's snapshot: taken by the second connection, taken by the
    /// first when the second never offers, and a failed read's error handed to the first.
    @Test func aSharedReadIsDoneOnceByTheFirstFreeConnection() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 43, memberCount: 30, firstDay: day1, days: 1)
        try shop.write(to: database)
        let store = SettlementStore(connection: try database.connect(), for: Points.self)
        let other = try database.connect()
        for secondOffers in [true, false] {
            let (before, members, readers) = try store.consistently {
                let before = try store.connection.scalar("SELECT count(*) FROM settle.members")    // takes the snapshot
                try other.execute("INSERT INTO settle.members (id, referrer_id, phone, joined_at) VALUES ($1, NULL, $2, now())",
                                  [secondOffers ? "999998" : "999997", secondOffers ? "13999999998" : "13999999997"])
                let readers = ReaderLog()
                let shared = SharedRead<[MemberRow]> { reader in readers.append(reader === store ? "first" : "second"); return try reader.loadMembers() }
                let read = try store.readInParallel { second in if secondOffers { shared.takeIfFree(second) } }
                try read.join()                              // the second has had its chance
                return (before, try shared.value(store), readers.names)
            }
            #expect(String(members.count) == before, "the run's snapshot, not the member added since")
            #expect(readers == [secondOffers ? "second" : "first"], "read once, by \(readers)")
        }
        let failed = SharedRead<Int> { _ in throw StoreError(.schema, "no") }
        let taken = try store.consistently { try store.readInParallel { second in failed.takeIfFree(second) } }
        try taken.join()
        #expect(throws: StoreError.self) { try failed.value(store) }
    }

    @Test func eightRunsStartedTogetherSettleOnce() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 40, memberCount: 400, firstDay: day1, days: 2)
        try shop.write(to: database)
        // Hold the write so that the winner is still at work while the other seven try.
        let blocker = try LockAndCrashTests.blockWrites(database)
        let processes = try (0..<8).map { _ in try database.launch(["run", "--date", day1.iso]) }
        _ = try LockAndCrashTests.waitUntilBlocked(database)
        var losers = 0
        // Seven end by themselves with 75; the eighth waits on the blocker.
        let deadline = Date().addingTimeInterval(60)
        while processes.filter({ !$0.isRunning }).count < 7 && Date() < deadline { usleep(20_000) }
        for process in processes where !process.isRunning {
            #expect(process.terminationStatus == 75)
            losers += 1
        }
        #expect(losers == 7)
        try blocker.execute("COMMIT")
        for process in processes { process.waitUntilExit() }
        #expect(processes.filter { $0.terminationStatus == 0 }.count == 1)
        #expect(try database.connect().scalar("SELECT count(*) FROM settle.runs") == "1")
        #expect(try database.lines(on: day1) == (try shop.expectedLines(day1...day1))[day1]!)
    }

    @Test func planChangeRacingARunIsRefusedNotLost() throws {
        let database = try TestDatabase()
        try ShopFixture(seed: 41, memberCount: 100, firstDay: day1, days: 2).write(to: database)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).json")
        try Plan.defaultDocument.write(to: file, atomically: true, encoding: .utf8)
        let blocker = try LockAndCrashTests.blockWrites(database)
        let run = try database.launch(["run", "--date", day1.iso])
        _ = try LockAndCrashTests.waitUntilBlocked(database)
        let plan = try database.settle(["plan", "set", "--effective-from", "2026-12-01", file.path])
        #expect(plan.status == 75)
        try blocker.execute("COMMIT")
        run.waitUntilExit()
        #expect(run.terminationStatus == 0)
        #expect(try database.connect().scalar("SELECT count(*) FROM settle.plan_versions") == "1")
        #expect(try database.settle(["plan", "set", "--effective-from", "2026-12-01", file.path]).status == 0)
    }

    @Test func sameDaysInTwoFreshDatabasesAndARerunAreIdentical() throws {
        let shop = ShopFixture(seed: 42, memberCount: 500, firstDay: day1, days: 3)
        var sums: [String] = []
        for _ in 0..<2 {
            let database = try TestDatabase()
            try shop.write(to: database)
            for offset in 0..<5 { #expect(try database.settle(["run", "--date", day1.advanced(by: Int32(offset)).iso]).status == 0) }
            sums.append(try database.checksum())
            #expect(try database.settle(["rerun", "--date", day1.advanced(by: 1).iso]).status == 0)
            sums.append(try database.checksum())
        }
        #expect(Set(sums).count == 1)
    }

    @Test func textFromOutsideNeverBecomesSQL() throws {
        let database = try TestDatabase()
        try ShopFixture(seed: 43, memberCount: 30, firstDay: day1, days: 2).write(to: database)
        let hostile = "x'); DROP TABLE settle.orders; --"
        let document = Plan.defaultDocument.replacingOccurrences(of: "初级会员", with: hostile)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).json")
        try document.write(to: file, atomically: true, encoding: .utf8)
        #expect(try database.settle(["plan", "set", "--effective-from", "2026-12-01", file.path]).status == 0)
        let connection = try database.connect()
        #expect(try connection.scalar("SELECT to_regclass('settle.orders') IS NOT NULL") == "t")
        #expect(try connection.scalar("SELECT count(*) FROM settle.plan_versions WHERE document LIKE '%' || $1 || '%'", [hostile]) == "1")
        // A date argument is validated before it reaches the database.
        #expect(try database.settle(["run", "--date", "2026-03-01'; DROP TABLE settle.orders; --"]).status == 2)
        #expect(try connection.scalar("SELECT to_regclass('settle.orders') IS NOT NULL") == "t")
    }

    /// The least-privilege role of sql/roles can settle but not touch the shop's inputs, and a
    /// wrong password is reported without the password.
    @Test func leastPrivilegeRoleAndPasswordsStayOutOfMessages() throws {
        let database = try TestDatabase()
        try ShopFixture(seed: 44, memberCount: 50, firstDay: day1, days: 2).write(to: database)
        let owner = try database.connect()
        let roleScript = try String(contentsOf: TestDatabase.repositoryRoot.appendingPathComponent("sql/roles/settle_job.sql"), encoding: .utf8)
        try owner.executeScript(roleScript)
        let grants = try database.settle(["migrate"])           // the rooms' grants, if the role is new to the cluster
        #expect(grants.status == 0, "\(grants.stderr)")
        let password = "S3cret-\(UInt32.random(in: 0...UInt32.max))"
        try owner.execute("SELECT set_config('settle.pw', $1, false)", [password])
        try owner.executeScript("DO $$ BEGIN EXECUTE format('ALTER ROLE settle_job PASSWORD %L', current_setting('settle.pw')); END $$")
        let port = ProcessInfo.processInfo.environment["PGPORT"] ?? "5432"
        let tcp = "host=127.0.0.1 port=\(port) dbname=\(database.name) user=settle_job"

        let good = try database.settle(["run", "--date", day1.iso, "--db", tcp + " password=\(password)"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(!good.stdout.contains(password) && !good.stderr.contains(password))

        let wrong = try database.settle(["run", "--date", day1.advanced(by: 1).iso, "--db", tcp + " password=\(password)x"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("password authentication failed"))
        #expect(!wrong.stderr.contains(password))

        // The role can also read every report, verify, adjust (audited as itself) and rerun.
        let phone = ShopFixture.phone(1)
        for arguments in [["report", "day"], ["report", "member", "--phone", phone], ["explain", "--phone", phone],
                          ["report", "liability", "--days", "2"], ["verify"],
                          ["adjust", "--phone", phone, "--points", "1", "--reason", "role test", "--operator", "tests"],
                          ["rerun", "--date", day1.iso]] {
            let result = try database.settle(arguments + ["--db", tcp + " password=\(password)"])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(try owner.scalar("SELECT db_user FROM settle.wallet_adjustments") == "settle_job")

        let job = try Connection(conninfo: tcp + " password=\(password)")
        do {
            try job.execute("UPDATE settle.orders SET amount = amount WHERE id = 1")
            Issue.record("the job role could write orders")
        } catch {
            #expect(error.isPermissionDenied)
        }
        try owner.execute("REVOKE SELECT ON settle.orders FROM settle_job")
        let denied = try database.settle(["run", "--date", day1.advanced(by: 1).iso, "--db", tcp + " password=\(password)"])
        #expect(denied.status == 1)
        #expect(denied.stderr.contains("permission denied"))
        try owner.executeScript("REASSIGN OWNED BY settle_job TO postgres; DROP OWNED BY settle_job")
    }
}

/// Who did a shared read (written by either thread, read after both are done).
final class ReaderLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func append(_ name: String) { lock.lock(); list.append(name); lock.unlock() }
    var names: [String] { lock.lock(); defer { lock.unlock() }; return list }
}
