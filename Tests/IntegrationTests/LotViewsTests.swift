import Foundation
import Testing
import SettleKernel
import PointsModel
import SettleStore

/// Migration 0013: a day stores rows only for the lots it changed, and the views give back every
/// lot on every day exactly as the engine released it (issue 11).
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct LotViewsTests {
    /// "order day static/share/team/peer total exhausted" for every lot active on each day.
    static func expectedHistory(_ shop: ShopFixture, _ days: ClosedRange<Day>) throws
        -> (history: [String], changed: [Day: Int], final: LotBalances, snapshot: Snapshot) {
        let snapshot = try Snapshot(plans: shop.plans, members: shop.members, orders: shop.orders)
        var balances = try snapshot.balances(from: [])
        var history: [String] = [], changed: [Day: Int] = [:]
        for day in days {
            let result = DayEngine.settle(day: day, snapshot: snapshot, balances: &balances)
            history += result.lots.map { "\($0.orderId) \(day) \($0.staticFen)/\($0.shareFen)/\($0.teamFen)/\($0.peerFen) \($0.releasedTotalFen) \($0.exhausted)" }
            changed[day] = result.changedLots.count
        }
        return (history.sorted(), changed, balances, snapshot)
    }

    @Test func theViewsGiveBackEveryLotOnEveryDayFromTheChangesAlone() throws {
        let database = try TestDatabase()
        let today = Day(iso: try database.connect().scalar("SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text")!)!
        let day1 = today.advanced(by: -30), last = today.advanced(by: -1)
        var shop = ShopFixture(seed: 11, memberCount: 300, ordersPerMember: 3, firstDay: day1, days: 12)
        try shop.write(to: database)
        // Refunds: before the lot releases, while it releases, and one the first run already sees.
        let qualifying = shop.orders.filter { $0.amountFen >= 3000_00 }
        for (index, order) in qualifying.prefix(6).enumerated() {
            try shop.refund(order.id, on: max(order.paidOn.advanced(by: 1), day1.advanced(by: Int32(index * 4))), in: database)
        }
        // Single days, a catch-up, then a rerun of the middle: every path that moves the anchors.
        // The anchors of lots already recorded move on checkpoint days (Thursdays) only.
        let connection = try database.connect()
        func anchors() throws -> [String: String] {
            Dictionary(uniqueKeysWithValues: try connection.query("SELECT order_id, as_of || ' ' || released_fen || ' ' || status FROM settle.lots")
                .map { ($0[0] ?? "", $0[1] ?? "") })
        }
        var before: [String: String] = [:], movedOnCheckpoints = 0
        for offset in 0..<9 {
            let day = day1.advanced(by: Int32(offset))
            #expect(try database.settle(["run", "--date", day.iso]).status == 0)
            let after = try anchors()
            let moved = before.filter { after[$0.key] != $0.value }.count
            if day.isCheckpoint { movedOnCheckpoints += moved } else { #expect(moved == 0, "\(day): \(moved) anchors moved") }
            before = after
        }
        #expect(movedOnCheckpoints > 0)
        #expect(try database.settle(["run"]).status == 0)
        let rerun = try database.settle(["rerun", "--date", day1.advanced(by: 17).iso])
        #expect(rerun.status == 0 && rerun.stdout.contains("nothing changed"), "\(rerun.stdout)\(rerun.stderr)")

        let expected = try Self.expectedHistory(shop, day1...last)
        let late = try connection.scalar("SELECT count(*) FROM settle.lots WHERE as_of > greatest(recorded_on, $1::date)", [last.checkpoint.iso])
        #expect(late == "0")
        let stored = try connection.query("""
            SELECT order_id || ' ' || settle_date || ' ' || static_fen || '/' || share_fen || '/' || team_fen || '/' || peer_fen
                   || ' ' || released_total_fen || ' ' || exhausted FROM settle.lot_history
            """).map { $0[0] ?? "" }
        #expect(stored.sorted() == expected.history)
        #expect(expected.history.count > 1000)

        // Only the changes are stored: after the first day, a row per lot accelerated, exhausted or refunded.
        for offset in 1...29 {
            let day = day1.advanced(by: Int32(offset))
            let rows = try connection.scalar("SELECT count(*) FROM settle.lot_days WHERE settle_date = $1::date", [day.iso])
            #expect(rows == String(expected.changed[day] ?? -1), "\(day)")
        }
        let allRows = Int(try connection.scalar("SELECT count(*) FROM settle.lot_days") ?? "0") ?? 0
        #expect(allRows * 3 < expected.history.count, "rows stored \(allRows), lot-days \(expected.history.count)")

        // Every lot's state at the end of the last day.
        let snapshot = expected.snapshot
        var status: [String] = []
        for lot in 0..<snapshot.lotCount {
            let order = Int(snapshot.lotOrder[lot])
            let released = expected.final.releasedFen[lot], cap = snapshot.lotCapFen[lot]
            let word = snapshot.orderRefundedOn[order] <= last.number && released < cap ? "refunded"
                : released == cap ? "exhausted" : snapshot.lotActiveFrom[lot] > last.number ? "pending" : "active"
            status.append("\(snapshot.orderIds[order]) \(cap) \(snapshot.lotDailyFen[lot]) \(released) \(cap - released) \(word)")
        }
        let view = try connection.query("""
            SELECT order_id || ' ' || cap_fen || ' ' || daily_fen || ' ' || released_fen || ' ' || remaining_fen || ' ' || status
            FROM settle.lot_status WHERE as_of = $1::date
            """, [last.iso]).map { $0[0] ?? "" }
        #expect(view.sorted() == status.sorted())
        #expect(status.contains { $0.hasSuffix("refunded") } && status.contains { $0.hasSuffix("active") })
        #expect(try database.settle(["verify"]).status == 0)

        // A member's history through the filter the member app uses: the same rows.
        let member = try #require(try connection.scalar("SELECT member_id FROM settle.lots GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"))
        let own = try connection.query("""
            SELECT order_id || ' ' || settle_date || ' ' || static_fen || '/' || share_fen || '/' || team_fen || '/' || peer_fen
                   || ' ' || released_total_fen || ' ' || exhausted FROM settle.lot_history WHERE member_id = $1
            """, [member]).map { $0[0] ?? "" }
        let orders = Set(shop.orders.filter { String($0.memberId) == member }.map { String($0.id) })
        #expect(own.sorted() == expected.history.filter { orders.contains(String($0.split(separator: " ")[0])) })
    }

    /// A projection of a stored anchor, and a restore from a day's first row, are exact.
    @Test func anchorsProjectAndRestoreExactly() throws {
        let shop = ShopFixture(seed: 12, memberCount: 80, ordersPerMember: 3, firstDay: day1, days: 5)
        let snapshot = try Snapshot(plans: shop.plans, members: shop.members, orders: shop.orders)
        var balances = try snapshot.balances(from: [])
        var history: [[Int64]] = []
        for day in day1...day1.advanced(by: 20) {
            _ = DayEngine.settle(day: day, snapshot: snapshot, balances: &balances)
            history.append(balances.releasedFen)
        }
        // Lot by lot: anchored at the end of day 3 (live), projected to the start of day 11, the
        // engine's own figure where nothing but static release happened between.
        for lot in 0..<snapshot.lotCount where history[3][lot] < snapshot.lotCapFen[lot] {
            let anchor = LotAnchor(orderId: snapshot.orderIds[Int(snapshot.lotOrder[lot])], asOf: day1.advanced(by: 3),
                                   releasedFen: history[3][lot], status: .live)
            let projected = try snapshot.balances(anchors: [anchor], before: day1.advanced(by: 11)).releasedFen[lot]
            let staticOnly = (4...10).allSatisfy { day in
                history[day][lot] - history[day - 1][lot] == (snapshot.lotActiveFrom[lot] <= day1.advanced(by: Int32(day)).number ? snapshot.lotDailyFen[lot] : 0)
            }
            if staticOnly {
                #expect(projected == history[10][lot])
                let restored = snapshot.released(lot, before: day1.advanced(by: 5), rowDay: day1.advanced(by: 11), beforeRowFen: history[10][lot])
                #expect(restored == history[4][lot])
            }
        }
    }
}
