import Foundation
import Testing
import SettleKernel
import PointsModel
import SettleStore

@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct AdjustAndVerifyTests {
    static func balance(_ database: TestDatabase, _ memberId: Int64) throws -> String? {
        try database.connect().scalar("SELECT balance_fen FROM settle.wallet_balances WHERE member_id = $1", [String(memberId)])
    }

    @Test func adjustBelowZeroExitsThreeAndWritesNothing() throws {
        let database = try ReportIntegrationTests.settledSmallShop()
        let before = try database.rowCounts()
        let refused = try database.settle(["adjust", "--phone", SmallShop.phoneB, "--points", "-36.01", "--reason", "too much", "--operator", "tests"])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("has 36.00 points") && refused.stderr.contains("nothing written"))
        #expect(try database.rowCounts() == before)
        let exact = try database.settle(["adjust", "--phone", SmallShop.phoneB, "--points", "-36", "--reason", "all of it", "--operator", "tests"])
        #expect(exact.status == 0, "\(exact.stderr)")
        #expect(try Self.balance(database, 2) == "0")
        // Audited: who, from where, why, and the balance it left; the trail can't be edited.
        let row = try database.connect().query("SELECT reason, operator, db_user, client, balance_after_fen FROM settle.wallet_adjustments")
        #expect(row.count == 1 && row[0][0] == "all of it" && row[0][2] != nil && row[0][3] != nil && row[0][4] == "0")
        #expect(throws: StoreError.self) { try database.connect().execute("DELETE FROM settle.wallet_adjustments") }
        // Usage errors: no amount, zero, three decimals, empty reason.
        for points in ["0", "1.005", "abc"] {
            #expect(try database.settle(["adjust", "--phone", SmallShop.phoneA, "--points", points, "--reason", "r", "--operator", "tests"]).status == 2)
        }
        #expect(try database.settle(["adjust", "--phone", SmallShop.phoneA, "--points", "1", "--reason", " ", "--operator", "tests"]).status == 2)
    }

    /// Eight debits of 30 race for a wallet of 162: exactly five succeed, none is lost.
    @Test func concurrentDebitsNeverSpendTheSameBalanceTwice() throws {
        let database = try ReportIntegrationTests.settledSmallShop()
        let processes = try (0..<8).map { index in
            try database.launch(["adjust", "--phone", SmallShop.phoneA, "--points", "-30", "--reason", "race \(index)", "--operator", "tests"])
        }
        for process in processes { process.waitUntilExit() }
        let statuses = processes.map(\.terminationStatus).sorted()
        #expect(statuses == [0, 0, 0, 0, 0, 3, 3, 3])
        #expect(try Self.balance(database, 1) == "1200")
        #expect(try database.connect().scalar("SELECT count(*) FROM settle.wallet_adjustments") == "5")
    }

    /// Adjustments made while a run is writing its day are all kept, and so is the day.
    @Test func adjustDuringARunLosesNoUpdate() throws {
        let database = try ReportIntegrationTests.settledSmallShop()
        let blocker = try LockAndCrashTests.blockWrites(database)
        let run = try database.launch(["run", "--date", SmallShop.day1.advanced(by: 1).iso])
        _ = try LockAndCrashTests.waitUntilBlocked(database)
        for index in 0..<5 {
            let adjust = try database.settle(["adjust", "--phone", SmallShop.phoneA, "--points", "1", "--reason", "during run \(index)", "--operator", "tests"])
            #expect(adjust.status == 0, "\(adjust.stderr)")
        }
        try blocker.execute("COMMIT")
        run.waitUntilExit()
        #expect(run.terminationStatus == 0)
        #expect(try Self.balance(database, 1) == String(162_00 * 2 + 5_00))
        #expect(try database.settle(["verify"]).status == 0)
    }

    @Test func verifyPassesOnAHealthyDatabase() throws {
        let database = try ReportIntegrationTests.settledSmallShop(through: SmallShop.day1.advanced(by: 2))
        let result = try database.settle(["verify", "--format", "json"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let report = SmallShop.json(result.stdout)
        #expect(report[array: "checks"].count == 11 && report[array: "checks"].allSatisfy { $0["result"] as? String == "ok" })
        #expect(report[object: "conservation"]["gifted"] as? String == "42000.00")
        #expect(report[object: "conservation"]["released"] as? String == "594.00")     // 3 days × 198
        #expect(report[array: "faults"].isEmpty)
    }

    @Test func verifyNamesATamperedLine() throws {
        let database = try ReportIntegrationTests.settledSmallShop(through: SmallShop.day1.advanced(by: 2))
        try database.connect().execute("""
            UPDATE settle.day_lines SET entitled_fen = entitled_fen + 100, paid_fen = paid_fen + 100
            WHERE settle_date = '2026-03-03' AND member_id = 2 AND kind = 0
            """)
        let result = try database.settle(["verify"])
        #expect(result.status == 3)
        let faults = SmallShop.json(try database.settle(["verify", "--format", "json"]).stdout)[array: "faults"]
        #expect(faults.contains { $0["check"] as? String == "lines = lots" && $0["date"] as? String == "2026-03-03" && $0["member_id"] as? Int == 2 })
        #expect(faults.contains { $0["check"] as? String == "day totals" && $0["date"] as? String == "2026-03-03" })
        #expect(faults.contains { $0["check"] as? String == "conservation" })
    }

    @Test func verifyNamesATamperedLot() throws {
        let database = try ReportIntegrationTests.settledSmallShop(through: SmallShop.day1.advanced(by: 2))
        let connection = try database.connect()
        #expect(try database.settle(["verify"]).status == 0)
        // A stored row of the last day (an accelerated or exhausted lot), and another lot's anchor.
        let order = try #require(try connection.scalar("""
            SELECT order_id FROM settle.lot_days WHERE settle_date = '2026-03-03' AND NOT refunded ORDER BY order_id LIMIT 1
            """))
        try connection.execute("""
            UPDATE settle.lot_days SET released_total_fen = released_total_fen - 5 WHERE settle_date = '2026-03-03' AND order_id = $1
            """, [order])
        // (an anchor no later row replaces: the rows since the last checkpoint are folded in over it)
        let anchored = try #require(try connection.scalar("""
            SELECT order_id FROM settle.lots l WHERE order_id <> $1
              AND NOT EXISTS (SELECT FROM settle.lot_days d WHERE d.order_id = l.order_id AND d.settle_date > l.as_of)
            ORDER BY order_id LIMIT 1
            """, [order]))
        try connection.execute("UPDATE settle.lots SET released_fen = released_fen + 1 WHERE order_id = $1", [anchored])
        let faults = SmallShop.json(try database.settle(["verify", "--format", "json"]).stdout)[array: "faults"]
        #expect(faults.contains { $0["check"] as? String == "lot history" && $0["order_id"] as? Int == Int(order) && $0["date"] as? String == "2026-03-03" })
        #expect(faults.contains { $0["check"] as? String == "caps" && $0["order_id"] as? Int == Int(anchored) })
        // A removed row is missed too.
        try connection.execute("DELETE FROM settle.lot_days WHERE settle_date = '2026-03-03' AND order_id = $1", [order])
        let missing = SmallShop.json(try database.settle(["verify", "--format", "json"]).stdout)[array: "faults"]
        #expect(missing.contains { $0["check"] as? String == "lot history" && $0["order_id"] as? Int == Int(order)
                                   && ($0["detail"] as? String ?? "").hasPrefix("no row") })
    }

    @Test func verifyNamesTheDayOfALateOrderAndOfALateRefund() throws {
        let database = try ReportIntegrationTests.settledSmallShop(through: SmallShop.day1.advanced(by: 2))
        try database.connect().execute("""
            INSERT INTO settle.orders (id, member_id, amount, cash_amount, points_amount, paid_at)
            VALUES (900, 3, 5000.00, 5000.00, 0, '2026-03-02 20:00+08')
            """)
        let late = try database.settle(["verify"])
        #expect(late.status == 3)
        var faults = SmallShop.json(try database.settle(["verify", "--format", "json"]).stdout)[array: "faults"]
        #expect(faults.filter { $0["check"] as? String == "late input" }.map { $0["date"] as? String } == ["2026-03-02"])
        try database.connect().execute("DELETE FROM settle.orders WHERE id = 900")
        #expect(try database.settle(["verify"]).status == 0)

        try database.connect().execute("UPDATE settle.orders SET refunded_at = '2026-03-03 18:00+08' WHERE id = 103")
        faults = SmallShop.json(try database.settle(["verify", "--format", "json"]).stdout)[array: "faults"]
        let refund = faults.filter { $0["check"] as? String == "late input" }
        #expect(refund.map { $0["date"] as? String } == ["2026-03-03"])
        #expect((refund.first?["detail"] as? String)?.contains("refunds made that day") == true)
        // After a rerun from that day the history agrees with the inputs again.
        #expect(try database.settle(["rerun", "--date", "2026-03-03"]).status == 0)
        let again = try database.settle(["verify"])
        #expect(again.status == 0, "\(again.stdout)")
    }

    /// A rerun can lower a credit the back office already took away: verify names the wallet.
    /// (B's refund on day 1 stops its release, so A's share of it; the 1000 points B paid with
    /// come back to B.)
    @Test func verifyNamesAWalletARerunLeftBelowZero() throws {
        let database = try ReportIntegrationTests.settledSmallShop()
        #expect(try database.settle(["adjust", "--phone", SmallShop.phoneA, "--points", "-162", "--reason", "spent", "--operator", "tests"]).status == 0)
        try database.connect().execute("UPDATE settle.orders SET refunded_at = '2026-03-02 08:00+08' WHERE id = 103")
        let rerun = try database.settle(["rerun", "--date", SmallShop.day1.iso])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try Self.balance(database, 1) == "-1800")
        #expect(try Self.balance(database, 2) == "100000", "B's points spent at checkout came back with the refund")
        let faults = SmallShop.json(try database.settle(["verify", "--format", "json"]).stdout)[array: "faults"]
        #expect(faults.map { $0["check"] as? String } == ["wallet"])
        #expect(faults.first?["member_id"] as? Int == 1)
    }
}
