import SettleKernel
import PointsModel

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

    /// Every (day, member, kind) line's paid amount was released from that member's own lots that
    /// day, to the fen (points paid = points released: the wallet's credits are conserved).
    public func faultsInLinesAgainstLots(from: Day, limit: Int) throws(StoreError) -> [Fault] {
        try connection.rows("""
            WITH released AS (
                SELECT l.settle_date, o.member_id, v.kind, sum(v.fen) AS fen
                FROM settle.lot_days l LEFT JOIN settle.orders o ON o.id = l.order_id
                CROSS JOIN LATERAL (VALUES (0, l.static_fen), (1, l.share_fen), (2, l.team_fen), (3, l.peer_fen)) AS v(kind, fen)
                WHERE l.settle_date >= $1::date AND v.fen <> 0
                GROUP BY 1, 2, 3),
                 lines AS (SELECT settle_date, member_id, kind, paid_fen FROM settle.day_lines
                           WHERE model = 'points' AND settle_date >= $1::date)
            SELECT settle_date - date '1970-01-01', member_id, kind, lines.paid_fen, released.fen
            FROM lines FULL JOIN released USING (settle_date, member_id, kind)
            WHERE coalesce(lines.paid_fen, 0) <> coalesce(released.fen, 0)
            ORDER BY 1, 2, 3 LIMIT $2
            """, [from.iso, String(limit)], source: "settle.lot_days").map { row throws(StoreError) in
            let kind = try kindName(try row.int64(2))
            return Fault(check: "lines = lots", day: try row.day(0), memberId: try row.optionalInt64(1),
                         detail: "\(kind): the line says \(row.optionalText(3) ?? "no line, 0") fen paid, "
                             + "the member's lots released \(row.optionalText(4) ?? "0")")
        }
    }

    /// Each lot's running total moves by exactly what it released that day, day after day, with
    /// no gap, no negative release and nothing after the day it was exhausted.
    public func faultsInLotHistory(from: Day, limit: Int) throws(StoreError) -> [Fault] {
        try connection.rows("""
            SELECT settle_date - date '1970-01-01', order_id, released_total_fen, today, previous_date - date '1970-01-01',
                   previous_total, previous_exhausted
            FROM (SELECT settle_date, order_id, released_total_fen, static_fen + share_fen + team_fen + peer_fen AS today,
                         least(static_fen, share_fen, team_fen, peer_fen) AS smallest,
                         lag(settle_date) OVER w AS previous_date, lag(released_total_fen) OVER w AS previous_total,
                         lag(exhausted) OVER w AS previous_exhausted
                  FROM settle.lot_days WHERE settle_date >= $1::date - 1
                  WINDOW w AS (PARTITION BY order_id ORDER BY settle_date)) AS history
            WHERE settle_date >= $1::date
              AND (released_total_fen <> coalesce(previous_total, 0) + today OR smallest < 0
                   OR (previous_date IS NOT NULL AND previous_date <> settle_date - 1) OR coalesce(previous_exhausted, false))
            ORDER BY 1, 2 LIMIT $2
            """, [from.iso, String(limit)], source: "settle.lot_days").map { row throws(StoreError) in
            var detail = "total \(try row.int64(2)) fen after releasing \(try row.int64(3))"
            if let previous = row.optionalText(5) { detail += ", the day before it stood at \(previous)" }
            let day = try row.day(0)
            if let previousDay = try row.optionalDay(4), previousDay != day.advanced(by: -1) { detail += ", its previous row is of \(previousDay)" }
            if row.optionalText(6) == "t" { detail += ", after it was exhausted" }
            return Fault(check: "lot history", day: day, orderId: try row.optionalInt64(1), detail: detail)
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

    /// Every lot's last settled row on or before `day` (also the lots refunded or exhausted
    /// earlier), with its exhausted flag, by order id. Scans the history, through COPY.
    public func latestLotStates(through day: Day) throws -> [(state: LotState, exhausted: Bool)] {
        try connection.execute("SELECT set_config('settle.day', $1, false)", [day.iso])
        var states: [(state: LotState, exhausted: Bool)] = []
        var ranges: [Range<Int>] = []
        try connection.copyOut("""
            COPY (SELECT DISTINCT ON (order_id) order_id, released_total_fen, exhausted FROM settle.lot_days
                  WHERE settle_date <= current_setting('settle.day')::date ORDER BY order_id, settle_date DESC) TO STDOUT
            """) { line in
            CopyText.fields(line, into: &ranges)
            guard ranges.count == 3, let order = CopyText.integer(line, ranges[0]), let released = CopyText.integer(line, ranges[1])
            else { throw Self.malformed("lot_days") }
            states.append((LotState(orderId: order, releasedFen: released), line[ranges[2].lowerBound] == UInt8(ascii: "t")))
        }
        return states
    }

    /// The points wallet's sums: paid by the lines, adjusted by the back office, posted by settled
    /// days (credits, checkout, corrections), and held (the ledger's total).
    public func walletSums() throws(StoreError) -> (paidFen: Int64, adjustedFen: Int64, postedFen: Int64, openingFen: Int64, balancesFen: Int64) {
        guard let row = try connection.row("""
            SELECT (SELECT coalesce(sum(paid_fen), 0) FROM settle.day_lines WHERE model = 'points'),
                   (SELECT coalesce(sum(amount_fen), 0) FROM settle.wallet_adjustments WHERE currency = 'points'),
                   (SELECT coalesce(sum(amount_fen), 0) FROM settle.ledger WHERE currency = 'points' AND settle_date IS NOT NULL),
                   (SELECT coalesce(sum(amount_fen), 0) FROM settle.ledger WHERE currency = 'points' AND source = 'opening'),
                   (SELECT coalesce(sum(amount_fen), 0) FROM settle.ledger WHERE currency = 'points')
            """, source: "settle.ledger") else { throw Self.malformed("ledger") }
        return (try row.int64(0), try row.int64(1), try row.int64(2), try row.int64(3), try row.int64(4))
    }
}
