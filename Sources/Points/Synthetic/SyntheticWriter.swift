import SettleKernel
import PointsModel
import SettleStore

/// Writes a synthetic shop into the input tables through COPY (for the benchmark and demos).
public enum SyntheticWriter {
    public static func write(_ shop: SyntheticShop, plan document: String, model: String = "points", to connection: Connection) throws {
        try connection.copyIn("COPY settle.members (id, phone, referrer_id, joined_at) FROM STDIN") { writer in
            for member in shop.members {
                writer.field(member.id)
                writer.field("13" + String(1_000_000_000 + member.id).suffix(9))
                writer.field(member.referrerId)
                writer.field("2024-01-01 00:00:00+00")
                try writer.endRow()
            }
        }
        try connection.copyIn("COPY settle.orders (id, member_id, amount, cash_amount, points_amount, paid_at, refunded_at) FROM STDIN") { writer in
            for order in shop.orders {
                writer.field(order.id); writer.field(order.memberId)
                writer.field(Fen.format(order.amountFen)); writer.field(Fen.format(order.cashFen)); writer.field(Fen.format(order.pointsFen))
                writer.field(timestamp(micros: order.paidAtMicros))
                if let refunded = order.refundedOn {
                    // Noon in Shanghai on the refund day, never before the payment.
                    let noon = max(Int64(refunded.number) * 86_400_000_000 + 4 * 3_600_000_000, order.paidAtMicros)
                    writer.field(timestamp(micros: noon))
                } else {
                    writer.nullField()
                }
                try writer.endRow()
            }
        }
        try connection.execute("INSERT INTO settle.plan_versions (model, effective_from, document) VALUES ($2, '2000-01-01', $1)", [document, model])
    }

    /// `days` days of settled history before `before`, made directly: runs, days, and daily
    /// partitions with `rowsPerDay` lot rows (never exhausted, so no later day reads them) and as
    /// many lines. What a day reads and writes does not depend on the size of older partitions.
    /// The last week's partitions get lines only: a night folds the lot rows since the latest
    /// checkpoint into its lots' anchors, and these rows name no lot.
    public static func history(days: Int, before: Day, rowsPerDay: Int, on connection: Connection) throws {
        for offset in 1...days {
            let day = before.advanced(by: -Int32(offset)).iso
            try connection.execute("SELECT settle.ensure_day_partitions($1::date)", [day])
            try connection.transaction {
                if offset > Int(Day.checkpointEveryDays) {
                    try connection.execute("""
                        INSERT INTO settle.lot_days SELECT $1::date, -g, 100, 0, 0, 0, 100 * g, false FROM generate_series(1, $2::int) g
                        """, [day, String(rowsPerDay)])
                }
                try connection.execute("""
                    INSERT INTO settle.day_lines (settle_date, member_id, kind, entitled_fen, paid_fen, model)
                    SELECT $1::date, -g, 0, 100, 100, 'points' FROM generate_series(1, $2::int) g
                    """, [day, String(rowsPerDay)])
                let run = try connection.scalar("""
                    INSERT INTO settle.runs (model, command, settle_date, plan_effective_from, started_at, finished_at, host, line_count,
                        members_paid, entitled_fen, paid_fen, input_digest)
                    VALUES ('points', 'run', $1::date, '2000-01-01', now(), now(), 'history', $2::int, 0, '{0,0,0,0}', '{0,0,0,0}', 'history')
                    RETURNING id
                    """, [day, String(rowsPerDay)]) ?? "0"
                try connection.execute("INSERT INTO settle.points_day_figures (run_id, lot_count, lots_created, lots_exhausted) VALUES ($1, $2::int, 0, 0)",
                                       [run, String(rowsPerDay)])
                try connection.execute("""
                    INSERT INTO settle.days (model, settle_date, run_id, plan_effective_from, paid_digest, refund_digest)
                    VALUES ('points', $1::date, $2, '2000-01-01', '0000000000000000', '0000000000000000')
                    """, [day, run])
            }
        }
    }

    /// The cycle program settled through `settled`, made directly (for the benchmark): its plan
    /// from `start` (replacing the one `write` stored), one settled day with its run and pools, and
    /// every member's paid total.
    public static func cycleHistory(plan document: String, start: Day, settled: Day, paid: [(Int64, Int64)], on connection: Connection) throws {
        try connection.transaction {
            try connection.execute("DELETE FROM settle.plan_versions WHERE model = 'cycle'")
            try connection.execute("INSERT INTO settle.plan_versions (model, effective_from, document) VALUES ('cycle', $1::date, $2)",
                                   [start.iso, document])
            try connection.execute("SELECT settle.ensure_day_partitions($1::date)", [settled.iso])
            let run = try connection.scalar("""
                INSERT INTO settle.runs (model, command, settle_date, plan_effective_from, started_at, finished_at, host, line_count,
                    members_paid, entitled_fen, paid_fen, input_digest)
                VALUES ('cycle', 'run', $1::date, $2::date, now(), now(), 'history', 0, 0, '{0,0}', '{0,0}', 'history') RETURNING id
                """, [settled.iso, start.iso]) ?? "0"
            try connection.execute("""
                INSERT INTO settle.days (model, settle_date, run_id, plan_effective_from, paid_digest, refund_digest)
                VALUES ('cycle', $1::date, $2, $3::date, '0000000000000000', '0000000000000000')
                """, [settled.iso, run, start.iso])
            try connection.execute("""
                INSERT INTO settle.cycle_day_figures VALUES ($1, $2::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                """, [run, settled.iso])
            // The checkpoint's chunks (0025) grouped by the server, as the migration groups them.
            try connection.execute("CREATE TEMPORARY TABLE paid_history (member_id bigint, paid_total_fen bigint) ON COMMIT DROP")
            try connection.copyIn("COPY paid_history (member_id, paid_total_fen) FROM STDIN") { writer in
                for (member, fen) in paid { writer.field(member); writer.field(fen); try writer.endRow() }
            }
            try connection.execute("""
                INSERT INTO settle.cycle_paid_checkpoint_chunks (as_of, chunk, member_ids, paid_total_fen)
                SELECT $1::date, chunk, array_agg(member_id ORDER BY member_id), array_agg(paid_total_fen ORDER BY member_id)
                FROM (SELECT member_id, paid_total_fen, ((row_number() OVER (ORDER BY member_id) - 1) / \(MemberChunks.size))::integer AS chunk
                      FROM paid_history) p
                GROUP BY chunk
                """, [settled.iso])
        }
    }

    /// `YYYY-MM-DD HH:MM:SS.ffffff+00` for microseconds since 1970 (UTC).
    public static func timestamp(micros: Int64) -> String {
        let seconds = micros >= 0 ? micros / 1_000_000 : (micros - 999_999) / 1_000_000
        let fraction = micros - seconds * 1_000_000
        let day = Day(Int32(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400))
        let secondOfDay = seconds - Int64(day.number) * 86_400
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : String(value) }
        let micro = String(fraction)
        return "\(day.iso) \(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))."
            + String(repeating: "0", count: 6 - micro.count) + micro + "+00"
    }
}
