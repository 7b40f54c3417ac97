import Foundation
import SettleKernel
import SettleStore

/// Issue 27's floor for one program's night, in the same database right after it: PostgreSQL
/// alone reading the inputs the rules need (`COPY … TO STDOUT (FORMAT binary)` of the members'
/// `id, referrer_id`, the orders' `id, member_id, amount, paid_at, refunded_at` and, for equity,
/// the night's requests; best of three) and writing as many rows as the night wrote lines
/// (`settle_date, member_id, kind, entitled, paid`, the contract's types) into a table with those
/// columns and no index, committed (durable server: fsync), best of three. The size of that table
/// is what the night's growth is held to.
struct NightFloor {
    var readSeconds: Double
    var writeSeconds: Double
    var lineCount: Int
    var linesBytes: Int
    var seconds: Double { readSeconds + writeSeconds }

    static func measure(_ connection: Connection, model: String, day: Day) throws -> NightFloor {
        var lines: [[UInt8]] = []
        try connection.execute("SELECT set_config('settle.day', $1, false)", [day.iso])
        try connection.copyOut("""
            COPY (SELECT settle_date, member_id, kind, entitled, paid FROM settle.model_lines
                  WHERE model = '\(model)' AND settle_date = current_setting('settle.day')::date) TO STDOUT
            """) { lines.append(Array($0)) }
        var reads: [String] = [
            "COPY (SELECT id, referrer_id FROM settle.members) TO STDOUT (FORMAT binary)",
            "COPY (SELECT id, member_id, amount, paid_at, refunded_at FROM settle.orders) TO STDOUT (FORMAT binary)",
        ]
        if model == "equity" {
            reads.append("""
                COPY (SELECT id, member_id, kind, points, amount, requested_at FROM settle.equity_requests
                      WHERE requested_at >= current_setting('settle.day')::date::timestamptz) TO STDOUT (FORMAT binary)
                """)
        }
        var read = Double.infinity, write = Double.infinity, bytes = 0
        for _ in 0..<3 {                                           // best of three
            let start = Date()
            for query in reads { try connection.copyOut(query) { _ in } }
            read = min(read, Date().timeIntervalSince(start))
        }
        for _ in 0..<3 {
            try connection.executeScript("""
                DROP TABLE IF EXISTS floor_lines;
                CREATE TABLE floor_lines (settle_date date, member_id bigint, kind text, entitled numeric(20,2), paid numeric(20,2));
                CHECKPOINT;
                """)
            let start = Date()
            try connection.execute("BEGIN")
            try connection.copyIn("COPY floor_lines FROM STDIN") { writer in for line in lines { try writer.raw(line) } }
            try connection.execute("COMMIT")
            write = min(write, Date().timeIntervalSince(start))
            bytes = Int(try connection.scalar("SELECT pg_total_relation_size('floor_lines')") ?? "0") ?? 0
        }
        try connection.executeScript("DROP TABLE floor_lines")
        return NightFloor(readSeconds: read, writeSeconds: write, lineCount: lines.count, linesBytes: bytes)
    }

    /// One line of figures: the night against this floor, its growth against the lines' table.
    func report(night seconds: Double, sizeBefore: DatabaseSize, sizeAfter: DatabaseSize, peakRSSMiB: Int) {
        let grownBytes = sizeAfter.totalBytes - sizeBefore.totalBytes
        say(String(format: "   floor (issue 27): read %.2f s · write %d lines and commit %.2f s · total %.2f s",
                   readSeconds, lineCount, writeSeconds, self.seconds))
        say(String(format: "   night %.2f s · floor %.2f s · ratio %.2f (target ≤ 2.0)", seconds, self.seconds, seconds / self.seconds))
        say(String(format: "   database grew %d MiB · the lines' table %d MiB · ratio %.2f (target ≤ 2.0) · peak RSS %d MiB (target ≤ 1024)",
                   grownBytes >> 20, linesBytes >> 20, Double(grownBytes) / Double(max(1, linesBytes)), peakRSSMiB))
        say("   what grew: " + sizeAfter.growth(since: sizeBefore))
    }
}

/// Settles the days from `first` up to `night` (each one's time printed), then `night` timed as a
/// whole process with the database's size before and after it; prints its lines and phases, then
/// measures the floor in the same database and reports the night against it.
func timeNight(_ connection: Connection, model: String, from first: Day, night: Day,
               settle: (Day) throws -> (total: Double, result: ChildProcess.Result)) throws {
    for day in first..<night { say(String(format: "   %@: %.2f s", day.iso, try settle(day).total)) }   // bounded: three days
    try vacuumAsADayWould(connection)
    let sizeBefore = try DatabaseSize(connection)
    let (total, result) = try settle(night)
    let sizeAfter = try DatabaseSize(connection)
    let lines = try connection.scalar("SELECT count(*) FROM settle.day_lines WHERE model = $1 AND settle_date = $2::date", [model, night.iso]) ?? "?"
    say(String(format: "   total %.2f s (process start to exit) · peak RSS %d MiB · %@ lines", total, result.peakRSSMiB, lines))
    say("   " + result.phases.map { "\($0.0) \(String(format: "%.2f", $0.1)) s" }.joined(separator: " · "))
    let floor = try NightFloor.measure(connection, model: model, day: night)
    floor.report(night: total, sizeBefore: sizeBefore, sizeAfter: sizeAfter, peakRSSMiB: result.peakRSSMiB)
}

/// A real night follows the one before by a day, in which autovacuum has vacuumed and analysed
/// what that night wrote. The bench settles its days seconds apart, so autovacuum's workers may
/// take the previous days' tables during the timed night, on the same two cores: done here
/// first, and the time printed (the floor's write starts from a CHECKPOINT the same way).
func vacuumAsADayWould(_ connection: Connection) throws {
    let start = Date()
    try connection.executeScript("VACUUM ANALYZE")
    say(String(format: "   VACUUM ANALYZE before the night, as the day between would have: %.2f s", Date().timeIntervalSince(start)))
}

/// The database's size after a CHECKPOINT (what a night's growth is measured from), and each
/// relation's, a partition counted in its root's and an index in its table's: what a night's
/// growth is made of.
struct DatabaseSize {
    let totalBytes: Int
    let relationBytes: [String: Int]

    init(_ connection: Connection) throws {
        try connection.executeScript("CHECKPOINT")
        totalBytes = Int(try connection.scalar("SELECT pg_database_size(current_database())") ?? "0") ?? 0
        var sizes: [String: Int] = [:]
        for row in try connection.query("""
            SELECT coalesce(pg_partition_root(c.oid), c.oid)::regclass::text, pg_relation_size(c.oid)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'settle' AND c.relkind IN ('r', 'm', 't')
            UNION ALL
            SELECT coalesce(pg_partition_root(i.indrelid), i.indrelid)::regclass::text || ' (indexes)', pg_relation_size(i.indexrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'settle'
            """) {
            guard let name = row[0], let bytes = row[1].flatMap({ Int($0) }) else { continue }
            sizes[name, default: 0] += bytes
        }
        relationBytes = sizes
    }

    /// The relations that grew by at least 1 MiB since `before`, largest first (ties by name).
    func growth(since before: DatabaseSize) -> String {
        let grown = relationBytes.map { ($0.key, $0.value - (before.relationBytes[$0.key] ?? 0)) }
            .filter { $0.1 >= 1 << 20 }
            .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        guard !grown.isEmpty else { return "no relation by 1 MiB or more" }
        return grown.map { "\($0.0) \($0.1 >> 20)" }.joined(separator: " · ") + " (MiB)"
    }
}
