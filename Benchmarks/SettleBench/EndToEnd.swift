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
        let firstDay = today.advanced(by: -Int32(catchUpDays + 2))     // empty-history day; then day + 1; then catch-up
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
        say("\n2. the next day (\(firstDay.advanced(by: 1))), which reads the previous day's lot states:")
        try connection.executeScript("CHECKPOINT")
        let sizeBefore = try databaseSize(connection)
        let day2 = try settleDay(firstDay.advanced(by: 1))
        let grown = try databaseSize(connection) - sizeBefore
        let written = try connection.scalar("""
            SELECT (SELECT count(*) FROM settle.day_lines WHERE settle_date = $1::date) + (SELECT count(*) FROM settle.lot_days WHERE settle_date = $1::date)
            """, [firstDay.advanced(by: 1).iso])!
        say("   rows written \(written)")

        say("\n3. the floor, same database, same run: PostgreSQL alone moving the same rows")
        let floor = try self.floor(connection, day: firstDay.advanced(by: 1))
        say(String(format: "   job end to end %.2f s · floor %.2f s · ratio %.2f", day2.total, floor, day2.total / floor))
        say("   job phases: " + day2.phases.map { "\($0.0) \(String(format: "%.2f", $0.1)) s" }.joined(separator: " · ")
              + " · peak RSS \(day2.peakRSSMiB) MiB")
        say("\n3b. issue 11's floor (inputs the rules need out, the day's contract lines into a table with no index) and storage:")
        let contract = try contractFloor(connection, day: firstDay.advanced(by: 1))
        say(String(format: "   job %.2f s · floor %.2f s · ratio %.2f", day2.total, contract.seconds, day2.total / contract.seconds))
        say(String(format: "   database grew %d MiB for the day · its lines take %d MiB in such a table · storage ratio %.2f",
                   grown >> 20, contract.linesBytes >> 20, Double(grown) / Double(max(1, contract.linesBytes))))

        if catchUpDays > 0 {
            say("\n4. \(catchUpDays)-day catch-up against \(catchUpDays) single days:")
            let start = Date()
            let catchUp = try settle(["run"])
            let catchUpSeconds = Date().timeIntervalSince(start)
            precondition(catchUp.settled, "catch-up failed")
            let sumBefore = try checksum(connection)
            try void(from: firstDay.advanced(by: 2), connection)
            var singles = 0.0
            for offset in 0..<catchUpDays {
                singles += try settleDay(firstDay.advanced(by: Int32(2 + offset)), quiet: true).total
            }
            say(String(format: "   catch-up %.1f s (%.2f s a day) · single days %.1f s (%.2f s a day) · ratio %.2f",
                         catchUpSeconds, catchUpSeconds / Double(catchUpDays), singles, singles / Double(catchUpDays), catchUpSeconds / singles))
            say("   identical rows: \(try checksum(connection) == sumBefore)")
            let rerunDays = min(7, catchUpDays)
            let rerunFrom = firstDay.advanced(by: Int32(2 + catchUpDays - rerunDays))
            let rerunStart = Date()
            let rerun = try settle(["rerun", "--date", rerunFrom.iso])
            let rerunSeconds = Date().timeIntervalSince(rerunStart)
            precondition(rerun.settled, "rerun failed: \(rerun.stderr)")
            say(String(format: "   rerun of the last %d days %.1f s (%.2f s a day, one transaction) · single days %.2f s a day · ratio %.2f",
                       rerunDays, rerunSeconds, rerunSeconds / Double(rerunDays), singles / Double(catchUpDays),
                       (rerunSeconds / Double(rerunDays)) / (singles / Double(catchUpDays))))
            say("   identical rows after the rerun: \(try checksum(connection) == sumBefore)")
            try backtest(from: firstDay.advanced(by: 2), days: catchUpDays, catchUpSeconds: catchUpSeconds, catchUpRSSMiB: catchUp.peakRSSMiB)
        }

        if historyDays > 0 {
            say("\n5. one day after \(historyDays) days of settled history (made by the generator directly):")
            try void(from: firstDay.advanced(by: 1), connection)
            try SyntheticWriter.history(days: historyDays, before: firstDay, rowsPerDay: 20_000, on: connection)
            try connection.executeScript("VACUUM ANALYZE")
            let withHistory = try settleDay(firstDay.advanced(by: 1))
            say(String(format: "   empty history %.2f s · with history %.2f s · ratio %.2f", day2.total, withHistory.total, withHistory.total / day2.total))
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
    /// fresh day: their partitions dropped and their ledger entries removed (the bench's own
    /// database; the job itself never deletes an entry).
    func void(from day: Day, _ connection: Connection) throws {
        try connection.transaction {
            let store = SettlementStore(connection: connection, for: Points.self)
            try PointsStateStore(store: store).voidDays(from: day)
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
        }
    }

    struct DayFigures { var total: Double; var phases: [(String, Double)]; var peakRSSMiB: Int }

    func settleDay(_ day: Day, quiet: Bool = false) throws -> DayFigures {
        let start = Date()
        let result = try settle(["run", "--date", day.iso])
        let total = Date().timeIntervalSince(start)
        precondition(result.settled, "settle run --date \(day) failed: \(result.stderr)")
        let phases = result.phases
        if !quiet {
            say(String(format: "   total %.2f s (process start to exit) · peak RSS %d MiB", total, result.peakRSSMiB))
            say("   " + phases.map { "\($0.0) \(String(format: "%.2f", $0.1)) s" }.joined(separator: " · "))
        }
        return DayFigures(total: total, phases: phases, peakRSSMiB: result.peakRSSMiB)
    }

    /// COPY out what the job reads, COPY in as many rows as it wrote (the same rows, into tables
    /// with the same columns and indexes), commit.
    func floor(_ connection: Connection, day: Day) throws -> Double {
        try connection.execute("SELECT set_config('TimeZone', 'Asia/Shanghai', false)")
        try connection.execute("SELECT set_config('settle.through', $1, false)", [day.iso])
        try connection.execute("SELECT set_config('settle.day', $1, false)", [day.iso])
        var lines: [[UInt8]] = [], lots: [[UInt8]] = []
        try connection.copyOut("COPY (SELECT * FROM settle.day_lines WHERE settle_date = current_setting('settle.day')::date) TO STDOUT") { lines.append(Array($0)) }
        try connection.copyOut("COPY (SELECT * FROM settle.lot_days WHERE settle_date = current_setting('settle.day')::date) TO STDOUT") { lots.append(Array($0)) }
        try connection.executeScript("""
            DROP TABLE IF EXISTS floor_lines, floor_lots;
            CREATE TABLE floor_lines (LIKE settle.day_lines INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
            ALTER TABLE floor_lines ADD PRIMARY KEY (member_id, model, kind, settle_date);
            CREATE TABLE floor_lots (LIKE settle.lot_days INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
            ALTER TABLE floor_lots ADD PRIMARY KEY (order_id, settle_date);
            CREATE INDEX ON floor_lots (settle_date) WHERE exhausted;
            """)
        let start = Date()
        var bytes = 0
        let read = Date()
        for query in [SettlementStore.membersQuery, SettlementStore.ordersQuery, PointsStateStore.anchorsQuery] {
            try connection.copyOut(query) { bytes += $0.count }
        }
        let readSeconds = Date().timeIntervalSince(read)
        let write = Date()
        try connection.execute("BEGIN")
        try connection.copyIn("COPY floor_lines FROM STDIN") { writer in for line in lines { try writer.raw(line) } }
        try connection.copyIn("COPY floor_lots FROM STDIN") { writer in for line in lots { try writer.raw(line) } }
        let writeSeconds = Date().timeIntervalSince(write)
        let commit = Date()
        try connection.execute("COMMIT")
        let commitSeconds = Date().timeIntervalSince(commit)
        let total = Date().timeIntervalSince(start)
        say(String(format: "   read %.2f s (%d MiB) · write %.2f s (%d rows) · commit %.2f s · total %.2f s",
                     readSeconds, bytes >> 20, writeSeconds, lines.count + lots.count, commitSeconds, total))
        try connection.executeScript("DROP TABLE floor_lines, floor_lots")
        return total
    }

    func databaseSize(_ connection: Connection) throws -> Int {
        Int(try connection.scalar("SELECT pg_database_size(current_database())") ?? "0") ?? 0
    }

    /// Issue 11's floor: COPY out `id, referrer_id` of the members and `id, member_id, amount,
    /// paid_at, refunded_at` of the orders, COPY in the day's contract lines (`settle_date,
    /// member_id, kind, entitled, paid`) into a table with no index, commit. Also the size of
    /// that table: what the day's lines take.
    func contractFloor(_ connection: Connection, day: Day) throws -> (seconds: Double, linesBytes: Int) {
        var lines: [[UInt8]] = []
        try connection.execute("SELECT set_config('settle.day', $1, false)", [day.iso])
        try connection.copyOut("""
            COPY (SELECT settle_date, member_id, kind, entitled, paid FROM settle.settlement_lines
                  WHERE settle_date = current_setting('settle.day')::date) TO STDOUT
            """) { lines.append(Array($0)) }
        try connection.executeScript("""
            DROP TABLE IF EXISTS floor_contract;
            CREATE TABLE floor_contract (settle_date date, member_id bigint, kind text, entitled numeric(20,2), paid numeric(20,2));
            """)
        let start = Date()
        try connection.copyOut("COPY (SELECT id, referrer_id FROM settle.members) TO STDOUT") { _ in }
        try connection.copyOut("COPY (SELECT id, member_id, amount, paid_at, refunded_at FROM settle.orders) TO STDOUT") { _ in }
        try connection.execute("BEGIN")
        try connection.copyIn("COPY floor_contract FROM STDIN") { writer in for line in lines { try writer.raw(line) } }
        try connection.execute("COMMIT")
        let seconds = Date().timeIntervalSince(start)
        let bytes = Int(try connection.scalar("SELECT pg_total_relation_size('floor_contract')") ?? "0") ?? 0
        try connection.executeScript("DROP TABLE floor_contract")
        return (seconds, bytes)
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
