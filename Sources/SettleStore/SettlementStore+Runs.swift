import SettleKernel

/// The runs of a program's day, for the console: every run that settled it, the voided ones too.
extension SettlementStore {
    public struct RunRow: Sendable {
        public var id: Int64
        public var command: String
        public var startedAt: String
        public var finishedAt: String
        public var host: String
        public var version: String?
        public var lineCount: Int64
        public var paidFen: Int64
        public var voidedByRun: Int64?
    }

    public func runs(on day: Day, limit: Int = 100) throws(StoreError) -> [RunRow] {
        try connection.rows("""
            SELECT id, command, to_char(started_at, 'YYYY-MM-DD HH24:MI:SS TZH'), to_char(finished_at, 'YYYY-MM-DD HH24:MI:SS TZH'), host,
                   settle_version, line_count, (SELECT coalesce(sum(p), 0) FROM unnest(paid_fen) AS p)::bigint, voided_by_run
            FROM settle.runs WHERE model = $1 AND settle_date = $2::date ORDER BY id LIMIT $3
            """, [model, day.iso, String(limit)], source: "settle.runs").map { row throws(StoreError) in
            RunRow(id: try row.int64(0), command: try row.text(1), startedAt: try row.text(2), finishedAt: try row.text(3), host: try row.text(4),
                   version: row.optionalText(5), lineCount: try row.int64(6), paidFen: try row.int64(7), voidedByRun: try row.optionalInt64(8))
        }
    }
}
