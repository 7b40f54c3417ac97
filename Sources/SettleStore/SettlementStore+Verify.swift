import SettleKernel

/// The checks `settle verify` asks the database to make. Each returns the rows that fail, at
/// most `limit` of them, with the ids involved. `from` bounds the days the row checks read
/// (they scan the settled history; the default is all of it).
extension SettlementStore {
    public typealias Fault = SettleKernel.Fault

    /// The name of a kind code of this program's model, from settle.line_kinds.
    func kindName(_ code: Int64) throws(StoreError) -> String {
        try connection.row("SELECT name FROM settle.line_kinds WHERE model = $1 AND kind = $2", [model, String(code)],
                           source: "settle.line_kinds")?.text(0) ?? "kind \(code)"
    }

    /// Each settled day's lines add up to the totals its run recorded, kind by kind; no line
    /// belongs to a day that is not settled.
    public func faultsInDayTotals(from: Day, limit: Int) throws(StoreError) -> [Fault] {
        try connection.rows("""
            WITH lines AS (SELECT settle_date, kind, sum(entitled_fen) AS entitled, sum(paid_fen) AS paid
                           FROM settle.day_lines WHERE model = $3 AND settle_date >= $1::date GROUP BY 1, 2),
                 recorded AS (SELECT d.settle_date, k.kind, r.id AS run_id, r.entitled_fen[k.kind + 1] AS entitled, r.paid_fen[k.kind + 1] AS paid
                              FROM settle.days d JOIN settle.runs r ON r.id = d.run_id
                              CROSS JOIN generate_series(0, cardinality(r.entitled_fen) - 1) AS k(kind)
                              WHERE d.model = $3 AND d.settle_date >= $1::date)
            SELECT settle_date - date '1970-01-01', kind, recorded.run_id, recorded.entitled, recorded.paid, lines.entitled, lines.paid
            FROM recorded FULL JOIN lines USING (settle_date, kind)
            WHERE recorded.run_id IS NULL OR recorded.entitled <> coalesce(lines.entitled, 0) OR recorded.paid <> coalesce(lines.paid, 0)
            ORDER BY 1, 2 LIMIT $2
            """, [from.iso, String(limit), model], source: "settle.day_lines").map { row throws(StoreError) in
            let kind = try kindName(try row.int64(1))
            guard let run = row.optionalText(2) else {
                return Fault(check: "day totals", day: try row.day(0), detail: "\(kind) lines exist for a day that is not settled")
            }
            return Fault(check: "day totals", day: try row.day(0),
                         detail: "\(kind): run \(run) recorded entitled \(row.optionalText(3) ?? "none") / paid \(row.optionalText(4) ?? "none") fen, "
                             + "the lines add up to \(row.optionalText(5) ?? "0") / \(row.optionalText(6) ?? "0")")
        }
    }

    /// Balances below zero in `currency` (a rerun that lowered credits already spent, an
    /// overdraft at checkout).
    public func faultsInWallets(currency: Currency = .points, limit: Int) throws(StoreError) -> [Fault] {
        try connection.rows("""
            SELECT member_id, balance_fen FROM settle.balances WHERE currency = $2 AND balance_fen < 0 ORDER BY member_id LIMIT $1
            """, [String(limit), currency.rawValue], source: "settle.balances").map { row throws(StoreError) in
            Fault(check: "wallet", memberId: try row.int64(0), detail: "\(currency.rawValue) balance \(try row.int64(1)) fen is below zero")
        }
    }

    /// Balances derived from the feed as a shop applies it (issue 22): each member's entries shown
    /// by `settle.ledger_feed` plus those committed but still waiting above its horizon must equal
    /// `settle.balances`, in one snapshot. A difference is an entry the feed would never deliver.
    public func faultsInFeed(currency: Currency, limit: Int) throws(StoreError) -> [Fault] {
        try connection.rows("""
            WITH feed AS (SELECT member_id, (amount * 100)::bigint AS fen FROM settle.ledger_feed WHERE currency = $1),
                 waiting AS (SELECT member_id, amount_fen AS fen FROM settle.entries
                             WHERE currency = $1 AND tx >= pg_snapshot_xmin(pg_current_snapshot())),
                 derived AS (SELECT member_id, sum(fen)::bigint AS fen FROM (SELECT * FROM feed UNION ALL SELECT * FROM waiting) e GROUP BY 1),
                 held AS (SELECT member_id, balance_fen FROM settle.balances WHERE currency = $1)
            SELECT member_id, coalesce(held.balance_fen, 0), coalesce(derived.fen, 0)
            FROM held FULL JOIN derived USING (member_id)
            WHERE coalesce(held.balance_fen, 0) <> coalesce(derived.fen, 0)
            ORDER BY 1 LIMIT $2
            """, [currency.rawValue, String(limit)], source: "settle.ledger_feed").map { row throws(StoreError) in
            Fault(check: "feed", memberId: try row.int64(0),
                  detail: "\(currency.rawValue) balance \(try row.int64(1)) fen; its entries in the feed (and waiting for it) add up to \(try row.int64(2))")
        }
    }
}
