import Foundation
import Testing
import SettleKernel
import PointsModel
import SettleStore

@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct RerunIntegrationTests {
    /// "day member/kind" of every row of the rerun report's change table.
    static func reportedChanges(_ stdout: String) -> Set<String> {
        var keys = Set<String>()
        for line in stdout.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard words.count >= 3, Day(iso: String(words[0])) != nil, Int64(words[1]) != nil else { continue }
            keys.insert("\(words[0]) \(words[1])/\(words[2])")
        }
        return keys
    }

    @Test func rerunWithUnchangedInputsReproducesEveryRow() throws {
        let database = try TestDatabase()
        try ShopFixture(seed: 5, memberCount: 150, firstDay: day1, days: 3).write(to: database)
        for offset in 0..<5 { #expect(try database.settle(["run", "--date", day1.advanced(by: Int32(offset)).iso]).status == 0) }
        let before = try database.checksum()
        let rerun = try database.settle(["rerun", "--date", day1.advanced(by: 2).iso])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.contains("nothing changed"))
        #expect(try database.checksum() == before)
        // The replaced runs are kept and point at the runs that replaced them.
        let voided = try database.connect().scalar("SELECT count(*) FROM settle.runs WHERE voided_by_run IS NOT NULL")
        #expect(voided == "3")
    }

    @Test func lateRefundIsNamedAndRerunChangesExactlyTheAffectedRows() throws {
        let database = try TestDatabase()
        var shop = ShopFixture(seed: 6, memberCount: 150, firstDay: day1, days: 2)
        try shop.write(to: database)
        let days = day1...day1.advanced(by: 4)
        for day in days { #expect(try database.settle(["run", "--date", day.iso]).status == 0) }
        let original = try shop.expectedLines(days)

        // A refund arrives late for day 3 (already settled): a qualifying order paid on day 1.
        let lateDay = day1.advanced(by: 2)
        let victim = shop.orders.first { $0.paidOn == day1 && $0.amountFen >= 3000_00 && $0.memberId != 1 }!
        try shop.refund(victim.id, on: lateDay, in: database)

        // The next run names the day; verify-style detection without changing settled rows.
        let next = try database.settle(["run", "--date", day1.advanced(by: 5).iso])
        #expect(next.status == 5, "late input: the run settles and alerts (exit 5)")
        #expect(next.stderr.contains("\(lateDay.iso): refunds made that day changed"))
        #expect(try database.lines(on: lateDay) == original[lateDay]!)

        let linesQuery = "SELECT settle_date::text, member_id::text, kind::text, xmin::text FROM settle.day_lines WHERE model = 'points'"
        let versionsBefore = Set(try database.connect().query(linesQuery).map { $0.map { $0 ?? "" } })
        let rerun = try database.settle(["rerun", "--date", lateDay.iso])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let updated = try shop.expectedLines(day1...day1.advanced(by: 5))
        var expectedChanges = Set<String>(), expectedWrites = Set<String>()
        for day in day1...day1.advanced(by: 5) {
            let rows = try database.lines(on: day)
            #expect(rows == updated[day]!, "\(day)")
            if day < lateDay { #expect(rows == original[day]!) }
            // What the rerun replaced: the rows first settled (days 1–5) or by the run of day 6.
            let old = day <= days.upperBound ? original[day]! : try ShopFixture.linesBeforeRefund(shop, victim.id, day)
            let oldByKey = Dictionary(uniqueKeysWithValues: old.map { ("\($0.memberId)/\($0.kind)", $0) })
            let newByKey = Dictionary(uniqueKeysWithValues: rows.map { ("\($0.memberId)/\($0.kind)", $0) })
            for key in Set(oldByKey.keys).union(newByKey.keys) where oldByKey[key] != newByKey[key] {
                expectedChanges.insert("\(day.iso) \(key)")
                if newByKey[key] != nil { expectedWrites.insert("\(day.iso) \(key)") }
            }
        }
        #expect(!expectedChanges.isEmpty)
        #expect(Self.reportedChanges(rerun.stdout) == expectedChanges)
        // The rerun wrote the lines that changed and no other: every other line is the row version it was.
        let written = try database.connect().query(linesQuery).map { $0.map { $0 ?? "" } }.filter { !versionsBefore.contains($0) }
        #expect(Set(written.map { "\($0[0]) \($0[1])/\(PointsKind(code: Int16($0[2])!)!)" }) == expectedWrites)
        // The refunded member's own static release stops from the refund day.
        let victimStatic = try database.connect().scalar("""
            SELECT count(*) FROM settle.lot_history WHERE order_id = $1 AND settle_date >= $2::date
            """, [String(victim.id), lateDay.iso])
        #expect(victimStatic == "0")
        // The refund is recorded on its day: a row releasing nothing, and the lot's status.
        let refundRow = try database.connect().query("""
            SELECT static_fen + share_fen + team_fen + peer_fen, refunded FROM settle.lot_days WHERE order_id = $1 AND settle_date >= $2::date
            """, [String(victim.id), lateDay.iso])
        #expect(refundRow == [["0", "t"]])
        #expect(try database.connect().scalar("SELECT status FROM settle.lot_status WHERE order_id = $1", [String(victim.id)]) == "refunded")
        // After the rerun nothing is late any more.
        let verify = try database.settle(["run", "--date", day1.advanced(by: 6).iso])
        #expect(!verify.stderr.contains("changed after it was settled"))
    }
}
