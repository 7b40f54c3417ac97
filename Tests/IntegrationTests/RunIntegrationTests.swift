import Foundation
import Testing
import SettleKernel
import PointsModel
import SettleStore

let day1 = Day(iso: "2026-03-01")!

@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct RunIntegrationTests {
    @Test func smallShopSettledDayByDayMatchesTheEngine() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 1, memberCount: 200, firstDay: day1, days: 4)
        try shop.write(to: database)
        let days = day1...day1.advanced(by: 5)
        let expected = try shop.expectedLines(days)
        for day in days {
            let result = try database.settle(["run", "--date", day.iso])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try database.lines(on: day) == expected[day]!, "\(day)")
        }
        let connection = try database.connect()
        let wallets = try connection.scalar("SELECT sum(balance_fen) FROM settle.wallet_balances")
        let paid = try connection.scalar("SELECT sum(paid_fen) FROM settle.day_lines")
        #expect(wallets == paid && paid != nil)
        let expectedPaid = expected.values.flatMap { $0 }.map(\.paidFen).reduce(0, +)
        #expect(paid == String(expectedPaid))
        // Every kind occurs, so the comparison covers all four rules.
        let kinds = try connection.query("SELECT DISTINCT kind FROM settle.settlement_lines ORDER BY 1").map { $0[0]! }
        #expect(kinds == ["peer", "share", "static", "team"])
    }

    @Test func dryRunWritesNothing() throws {
        let database = try TestDatabase()
        try ShopFixture(seed: 2, memberCount: 100, firstDay: day1, days: 3).write(to: database)
        #expect(try database.settle(["run", "--date", day1.iso]).status == 0)
        #expect(try database.settle(["run", "--date", day1.advanced(by: 1).iso]).status == 0)
        let before = try database.rowCounts()
        let dry = try database.settle(["run", "--date", day1.advanced(by: 2).iso, "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("dry run: nothing written"))
        #expect(dry.stdout.contains("forfeited"))
        let rerunDry = try database.settle(["rerun", "--date", day1.iso, "--dry-run"])
        #expect(rerunDry.status == 0, "\(rerunDry.stderr)")
        #expect(rerunDry.stdout.contains("nothing changed"))
        #expect(try database.rowCounts() == before)
        #expect(try database.settledDays() == [day1.iso, day1.advanced(by: 1).iso])
    }

    @Test func dayRulesGiveExitFour() throws {
        let database = try TestDatabase()
        try ShopFixture(seed: 3, memberCount: 20, firstDay: day1, days: 3).write(to: database)
        #expect(try database.settle(["run", "--date", day1.iso]).status == 0)
        let again = try database.settle(["run", "--date", day1.iso])
        #expect(again.status == 4 && again.stderr.contains("already settled"))
        let gap = try database.settle(["run", "--date", day1.advanced(by: 2).iso])
        #expect(gap.status == 4 && gap.stderr.contains(day1.advanced(by: 1).iso))
        let notSettled = try database.settle(["rerun", "--date", day1.advanced(by: 1).iso])
        #expect(notSettled.status == 4)
        let future = try TestDatabase()
        try ShopFixture(seed: 3, memberCount: 20, firstDay: day1, days: 3).write(to: future)
        let today = try future.connect().scalar("SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text")!
        let notEnded = try future.settle(["run", "--date", today])
        #expect(notEnded.status == 4 && notEnded.stderr.contains("not ended"))
        #expect(try future.rowCounts()["runs"] == 0)
    }

    /// Orders near today: settle two days by date, miss three, then a plain `settle run`
    /// catches up exactly those three, in order.
    @Test func catchUpAfterThreeMissedDaysSettlesThemInOrder() throws {
        let database = try TestDatabase()
        let today = Day(iso: try database.connect().scalar("SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text")!)!
        let first = today.advanced(by: -5)
        let shop = ShopFixture(seed: 4, memberCount: 80, firstDay: first.advanced(by: -1), days: 2)
        try shop.write(to: database)
        #expect(try database.settle(["run", "--date", first.iso]).status == 0)
        #expect(try database.settle(["run", "--date", first.advanced(by: 1).iso]).status == 0)
        let catchUp = try database.settle(["run"])
        #expect(catchUp.status == 0, "\(catchUp.stderr)")
        #expect(try database.settledDays() == (0...4).map { first.advanced(by: Int32($0)).iso })
        let runs = try database.connect().query("SELECT settle_date::text FROM settle.runs ORDER BY id").map { $0[0]! }
        #expect(runs == (0...4).map { first.advanced(by: Int32($0)).iso })
        let expected = try shop.expectedLines(first.advanced(by: -1)...today.advanced(by: -1))
        for offset in 0...4 {
            let day = first.advanced(by: Int32(offset))
            #expect(try database.lines(on: day) == expected[day]!)
        }
        let nothing = try database.settle(["run"])
        #expect(nothing.status == 0 && nothing.stdout.contains("nothing to settle"))
    }
}
