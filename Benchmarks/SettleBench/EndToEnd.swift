import Foundation
import SettleJob
import SettleKernel
import PointsModel
import SettleStore
import SettleSynthetic
import PointsRoom

/// `settle-bench e2e`: one day end to end against PostgreSQL (PG* variables), the floor of the
/// same database in the same run, catch-up against single days, and empty against long history.
struct EndToEnd {
    let members: Int
    let orders: Int
    let catchUpDays: Int
    let historyDays: Int
    let settleBinary: String
    let database = "settle_bench"

    func run() throws {
        let (connection, today) = try freshDatabase(database)
        // Empty-history day; two more; the timed night (not a checkpoint day: without a catch-up,
        // the night after it is one, timed too); then catch-up.
        let shift: Int32 = catchUpDays == 0 && today.advanced(by: -1).isCheckpoint ? 1 : 0
        let firstDay = today.advanced(by: -Int32(catchUpDays + 4) - shift)
        let night = firstDay.advanced(by: 3), nextFresh = firstDay.advanced(by: 4)
        say(try machineLine(connection))
        say("shop: \(members) members, \(orders) orders over the 365 days before \(firstDay), seed 1")

        let shop = measure("generate (in memory)") { SyntheticShop({
            var options = SyntheticShop.Options(members: members, orders: orders, lastDay: firstDay.advanced(by: -1))
            options.seed = 1
            return options
        }()) }
        try measure("write inputs through COPY") { try SyntheticWriter.write(shop, plan: Plan.defaultDocument, to: connection) }
        try connection.executeScript("VACUUM ANALYZE")

        say("\n1. one day, empty history (\(firstDay)):")
        let day1 = try settleDay(firstDay)
        say("\n2. two more days settled, then the night of \(night) timed as a whole process:")
        // The second day is kept: the night after a year of history (4.) is that same day, the
        // first settled day's row for every lot still to fold in, and is compared with it.
        let secondDay = try settleDay(firstDay.advanced(by: 1), quiet: true)
        _ = try settleDay(firstDay.advanced(by: 2), quiet: true)
        try vacuumAsADayWould(connection)
        let sizeBefore = try DatabaseSize(connection)
        let day2 = try settleDay(night)
        let sizeAfter = try DatabaseSize(connection)
        let written = try connection.scalar("""
            SELECT (SELECT count(*) FROM settle.day_lines WHERE settle_date = $1::date) + (SELECT count(*) FROM settle.lot_days WHERE settle_date = $1::date)
                   + (SELECT count(*) FROM settle.ledger WHERE settle_date = $1::date)
            """, [night.iso])!
        say("   rows written \(written) (lines, lot rows, ledger entries)")
        let floor = try NightFloor.measure(connection, model: "points", day: night)
        floor.report(night: day2.total, sizeBefore: sizeBefore, sizeAfter: sizeAfter, peakRSSMiB: day2.peakRSSMiB)
        if catchUpDays == 0, nextFresh < today {
            let checkpoint = nextFresh.isCheckpoint ? " (a Thursday: it moves the lots' anchors to the week's rows)" : ""
            say("\n   the next night, \(nextFresh)\(checkpoint):")
            let sizeBeforeNext = try DatabaseSize(connection)
            _ = try settleDay(nextFresh)
            let sizeAfterNext = try DatabaseSize(connection)
            say("   database grew \((sizeAfterNext.totalBytes - sizeBeforeNext.totalBytes) >> 20) MiB: " + sizeAfterNext.growth(since: sizeBeforeNext))
        }

        if catchUpDays > 0 {
            say("\n3. \(catchUpDays)-day catch-up against \(catchUpDays) single days:")
            let start = Date()
            let catchUp = try settle(["run"])
            let catchUpSeconds = Date().timeIntervalSince(start)
            precondition(catchUp.settled, "catch-up failed")
            let sumBefore = try checksum(connection)
            try Self.void(from: nextFresh, connection)
            var singles = 0.0
            for offset in 0..<catchUpDays {
                singles += try settleDay(nextFresh.advanced(by: Int32(offset)), quiet: true).total
            }
            say(String(format: "   catch-up %.1f s (%.2f s a day) · single days %.1f s (%.2f s a day) · ratio %.2f",
                         catchUpSeconds, catchUpSeconds / Double(catchUpDays), singles, singles / Double(catchUpDays), catchUpSeconds / singles))
            say("   identical rows: \(try checksum(connection) == sumBefore)")
            let rerunDays = min(7, catchUpDays)
            let rerunFrom = nextFresh.advanced(by: Int32(catchUpDays - rerunDays))
            let rerunStart = Date()
            let rerun = try settle(["rerun", "--date", rerunFrom.iso])
            let rerunSeconds = Date().timeIntervalSince(rerunStart)
            precondition(rerun.settled, "rerun failed: \(rerun.stderr)")
            say(String(format: "   rerun of the last %d days %.1f s (%.2f s a day, one transaction) · single days %.2f s a day · ratio %.2f",
                       rerunDays, rerunSeconds, rerunSeconds / Double(rerunDays), singles / Double(catchUpDays),
                       (rerunSeconds / Double(rerunDays)) / (singles / Double(catchUpDays))))
            say("   identical rows after the rerun: \(try checksum(connection) == sumBefore)")
            try backtest(from: nextFresh, days: catchUpDays, catchUpSeconds: catchUpSeconds, catchUpRSSMiB: catchUp.peakRSSMiB)
        }

        if historyDays > 0 {
            say("\n4. one day after \(historyDays) days of settled history (made by the generator directly):")
            try Self.void(from: firstDay.advanced(by: 1), connection)
            try SyntheticWriter.history(days: historyDays, before: firstDay, rowsPerDay: 20_000, on: connection)
            try connection.executeScript("VACUUM ANALYZE")
            let withHistory = try settleDay(firstDay.advanced(by: 1))
            say(String(format: "   the same day (%@) with an empty history %.2f s · with history %.2f s · ratio %.2f",
                       firstDay.advanced(by: 1).iso, secondDay.total, withHistory.total, withHistory.total / secondDay.total))
        }
        _ = day1
    }

    /// Issue 25: `settle simulate` over the catch-up's days (a candidate releasing 1.0% instead of
    /// 1.2%), against the catch-up itself: time and peak RSS, in the same run.
    func backtest(from: Day, days: Int, catchUpSeconds: Double, catchUpRSSMiB: Int) throws {
        let plan = FileManager.default.temporaryDirectory.appendingPathComponent("settle-bench-candidate.json").path
        try Plan.defaultDocument.replacingOccurrences(of: "\"0.012\"", with: "\"0.010\"")
            .write(toFile: plan, atomically: true, encoding: .utf8)
        let start = Date()
        let simulated = try settle(["simulate", "--plan", plan, "--from", from.iso, "--format", "csv", "--top", "10"])
        let seconds = Date().timeIntervalSince(start)
        precondition(simulated.status == 0, "simulate failed: \(simulated.stderr)")
        say(String(format: "   %d-day backtest (simulate, release 1.0%% instead of 1.2%%) %.1f s, peak RSS %d MiB · the catch-up %.1f s, %d MiB · time ratio %.2f",
                   days, seconds, simulated.peakRSSMiB, catchUpSeconds, catchUpRSSMiB, seconds / catchUpSeconds))
    }

    /// Voids `day` and later as a rerun would (the points state's rows first, then the shared
    /// ones), then makes those days as if never settled, so that settling them again measures a
    /// fresh day: their partitions dropped, their ledger entries and credited days removed (the bench's own
    /// database; the job itself never deletes an entry).
    static func void(from day: Day, _ connection: Connection) throws {
        try void(from: day, connection, states: PointsStateStore.self)
    }

    /// The same for any program: its own rows, then the shared ones.
    static func void<States: ModelStateStore>(from day: Day, _ connection: Connection, states: States.Type) throws {
        try connection.transaction {
            let store = SettlementStore(connection: connection, for: States.Model.self)
            try States(store: store).voidDays(from: day)
            _ = try store.voidDays(from: day)
            for row in try connection.query("""
                SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                WHERE i.inhparent IN ('settle.day_lines'::regclass, 'settle.lot_days'::regclass, 'settle.ledger'::regclass)
                  AND substring(c.relname from '[0-9]{8}$') >= to_char($1::date, 'YYYYMMDD')
                """, [day.iso]) {
                if let name = row[0] { try connection.executeScript("DROP TABLE settle.\"\(name)\"") }
            }
            try connection.executeScript("ALTER TABLE settle.ledger DISABLE TRIGGER ledger_append_only")
            try connection.execute("DELETE FROM settle.ledger WHERE settle_date >= $1::date", [day.iso])
            try connection.executeScript("ALTER TABLE settle.ledger ENABLE TRIGGER ledger_append_only")
            try connection.executeScript("ALTER TABLE settle.credited_days DISABLE TRIGGER credited_days_written")
            try connection.execute("DELETE FROM settle.credited_days WHERE settle_date >= $1::date", [day.iso])
            try connection.executeScript("ALTER TABLE settle.credited_days ENABLE TRIGGER credited_days_written")
        }
    }

    struct DayFigures { var total: Double; var phases: [(String, Double)]; var peakRSSMiB: Int }

    func settleDay(_ day: Day, quiet: Bool = false) throws -> DayFigures {
        let (total, result) = try ChildProcess.timedSettle(settleBinary, ["run", "--date", day.iso], database: database)
        let phases = result.phases
        if !quiet {
            say(String(format: "   total %.2f s (process start to exit) · peak RSS %d MiB", total, result.peakRSSMiB))
            say("   " + phases.map { "\($0.0) \(String(format: "%.2f", $0.1)) s" }.joined(separator: " · "))
        }
        return DayFigures(total: total, phases: phases, peakRSSMiB: result.peakRSSMiB)
    }

    func checksum(_ connection: Connection) throws -> String {
        // One md5 per day, then one of those: a single string_agg over every row would pass
        // PostgreSQL's 1 GB limit.
        try connection.scalar("""
            SELECT md5(string_agg(digest, ',' ORDER BY settle_date)) FROM (
                SELECT settle_date, md5(string_agg(concat_ws(',', member_id, kind, entitled_fen, paid_fen), ';' ORDER BY member_id, kind)) AS digest
                FROM settle.day_lines GROUP BY settle_date) per_day
            """) ?? ""
    }

    func settle(_ arguments: [String]) throws -> ChildProcess.Result {
        try ChildProcess.settle(settleBinary, arguments, database: database)
    }
}
