import SettleKernel
import EquityModel
import SettleStore

/// The equity program's SQL: its requests, its state rows, its event ledger and book.
extension SettlementStore {
    /// Requests dated in `days` (the session's timezone is the plan's), as text COPY.
    public func equityRequests(days: ClosedRange<Day>) throws -> [EquityRequestRow] {
        var rows: [EquityRequestRow] = []
        var ranges: [Range<Int>] = []
        try connection.copyOut("""
            COPY (SELECT id, member_id, kind, points::text, (amount * 100)::bigint, (extract(epoch FROM requested_at) * 1000000)::bigint,
                         requested_at::date - date '1970-01-01'
                  FROM settle.equity_requests
                  WHERE requested_at >= \(SQLLiteral.date(days.lowerBound))::timestamptz
                    AND requested_at < \(SQLLiteral.date(days.upperBound.advanced(by: 1)))::timestamptz) TO STDOUT
            """) { line in
            CopyText.fields(line, into: &ranges)
            guard ranges.count == 7, let id = CopyText.integer(line, ranges[0]), let member = CopyText.integer(line, ranges[1]),
                  let kind = CopyText.text(line, ranges[2]), let at = CopyText.integer(line, ranges[5]),
                  let day = CopyText.integer(line, ranges[6]) else { throw Self.malformed("equity_requests") }
            rows.append(EquityRequestRow(id: id, memberId: member, kind: kind,
                                         pointsText: CopyText.isNull(line, ranges[3]) ? nil : CopyText.text(line, ranges[3]),
                                         amountFen: CopyText.integer(line, ranges[4]), requestedAtMicros: at, day: Day(Int32(day))))
        }
        return rows
    }

    /// Per day in `days`: a digest of that day's requests (sum mod 2^64 of a hash of each row), in SQL.
    public func equityRequestDigests(days: ClosedRange<Day>) throws(StoreError) -> [Day: UInt64] {
        var digests: [Day: UInt64] = [:]
        for row in try connection.rows("""
            SELECT requested_at::date - date '1970-01-01',
                   ((sum(hashtextextended(concat_ws(',', id, member_id, kind, points, amount,
                                                    (extract(epoch FROM requested_at) * 1000000)::bigint), 7)::numeric)
                     % 18446744073709551616 + 18446744073709551616) % 18446744073709551616)::text
            FROM settle.equity_requests
            WHERE requested_at >= $1::date::timestamptz AND requested_at < ($2::date + 1)::timestamptz GROUP BY 1
            """, [days.lowerBound.iso, days.upperBound.iso], source: "settle.equity_requests") {
            guard let digest = UInt64(try row.text(1)) else { throw Self.malformed("equity_requests digest") }
            digests[try row.day(0)] = digest
        }
        return digests
    }

    /// The book at the end of settled day `day`, and the last price; nil when `day` is not settled.
    public func equityBook(endOf day: Day) throws(StoreError) -> (EquityBook, Price?)? {
        guard let row = try connection.row("""
            SELECT f.pool_fen, f.supply_units, f.reserve_units, f.issued_units, f.price_fen, f.price_units, f.last_price_fen, f.last_price_units
            FROM settle.days d JOIN settle.equity_day_figures f ON f.run_id = d.run_id
            WHERE d.model = 'equity' AND d.settle_date = $1::date
            """, [day.iso], source: "settle.equity_day_figures") else { return nil }
        let book = EquityBook(poolFen: try row.int64(0), supplyUnits: try row.int64(1), reserveUnits: try row.int64(2),
                              issuedUnits: try row.int64(3), price: Price(fen: try row.int64(4), units: try row.int64(5)))
        let last = try row.optionalInt64(6).flatMap { fen throws(StoreError) in try row.optionalInt64(7).map { Price(fen: fen, units: $0) } }
        return (book, last)
    }

    /// The members' holdings as stored, by member id, read without the shop.
    public struct EquityHoldingRows: Sendable {
        public var memberIds: [Int64] = []
        public var holdings: [EquityHolding] = []
    }

    /// Every stored member's holding before `day`: the current row, or the "before" of the first
    /// day from `day` on that changed it (a rerun's start). Read without the shop: a run reads it
    /// on its second connection while the first reads members and orders.
    public func equityHoldingRows(before day: Day) throws -> EquityHoldingRows {
        var rows = EquityHoldingRows()
        if let estimate = try estimatedRows(of: "settle.equity_members") {
            rows.memberIds.reserveCapacity(estimate); rows.holdings.reserveCapacity(estimate)
        }
        try connection.copyOutBinary("""
            COPY (SELECT m.member_id, coalesce(b.holdings_before_units, m.holdings_units), coalesce(b.quota_before_fen, m.quota_fen),
                         coalesce(b.bound_before, m.bound)::int
                  FROM settle.equity_members m
                  LEFT JOIN (SELECT DISTINCT ON (member_id) member_id, holdings_before_units, quota_before_fen, bound_before
                             FROM settle.equity_member_days WHERE settle_date >= \(SQLLiteral.date(day))
                             ORDER BY member_id, settle_date) b USING (member_id)) TO STDOUT (FORMAT binary)
            """) { tuple in
            guard tuple.count == 4, let member = tuple.integer(0), let units = tuple.integer(1), let quota = tuple.integer(2),
                  let bound = tuple.integer(3) else {
                throw Self.malformed("equity_members")
            }
            rows.memberIds.append(member)
            rows.holdings.append(EquityHolding(holdingsUnits: units, quotaFen: quota, bound: bound == 1))
        }
        return rows
    }

    /// Every member's holding by the shop's member index; a stored member the shop no longer has
    /// is refused.
    public func equityHoldings(_ rows: EquityHoldingRows, shop: Shop) throws -> [EquityHolding] {
        var holdings = [EquityHolding](repeating: EquityHolding(holdingsUnits: 0, quotaFen: 0, bound: false), count: shop.tree.count)
        for (member, holding) in zip(rows.memberIds, rows.holdings) {   // bounded: the stored members
            guard let index = shop.tree.index(of: member) else {
                throw StoreError(.schema, "settle.equity_members: member \(member) holds points but is no longer a member")
            }
            holdings[Int(index)] = holding
        }
        return holdings
    }

    /// The gives of `orders` (sorted by id, each with its paid day: the gives' key leads with it,
    /// migration 0028), each with its buyer row (generation 0).
    public func equityGives(orders: [(id: Int64, paidOn: Day)], shop: Shop) throws -> [EquityOrderGives] {
        guard !orders.isEmpty else { return [] }
        var found: [EquityOrderGives] = []
        for row in try connection.rows("""
            SELECT g.order_id, g.generation, g.member_id, g.units, g.quota_fen, g.paid_on - date '1970-01-01'
            FROM unnest($1::date[], $2::bigint[]) AS k(paid_on, order_id)
            JOIN settle.equity_order_gives g ON g.paid_on = k.paid_on AND g.order_id = k.order_id
            ORDER BY g.order_id, g.generation
            """, ["{" + orders.map(\.paidOn.iso).joined(separator: ",") + "}", "{" + orders.map { String($0.id) }.joined(separator: ",") + "}"],
            source: "settle.equity_order_gives") {
            let orderId = try row.int64(0), generation = Int(try row.int64(1)), memberId = try row.int64(2), units = try row.int64(3)
            guard let member = shop.tree.index(of: memberId) else { throw Self.malformed("equity_order_gives member") }
            if generation == 0 {
                found.append(EquityOrderGives(orderId: orderId, paidOn: try row.day(5), buyerId: memberId, quotaFen: try row.int64(4), gives: []))
            }
            guard found.last?.orderId == orderId else { throw StoreError(.schema, "settle.equity_order_gives: order \(orderId) has no buyer row") }
            if units > 0 { found[found.count - 1].gives.append(EquityGive(generation: generation, member: member, memberId: memberId, units: units)) }
        }
        guard found.map(\.orderId) == orders.map(\.id) else {
            throw StoreError(.schema, "settle.equity_order_gives: \(orders.count - found.count) refunded program order(s) have no recorded gives")
        }
        return found
    }
}

/// What the equity reports and verify read beside the book.
extension SettlementStore {
    /// `memberId`'s holding at the end of settled day `day`: the "before" of its first change
    /// after it, or its current row when none (migration 0024), or nothing held. The changes after
    /// `day` are found by the key's leading date, each later day's one row whose id range holds
    /// the member opened (0026): quick for a recent day, a row a day since for an old one.
    public func equityHolding(of memberId: Int64, endOf day: Day) throws(StoreError) -> EquityHolding {
        guard let row = try connection.row("""
            SELECT holdings_units, quota_fen, bound FROM (
                (SELECT 0 AS rank, c.holdings_before_units[p] AS holdings_units, c.quota_before_fen[p] AS quota_fen,
                        c.bound_before[p] AS bound
                 FROM settle.equity_member_day_chunks c CROSS JOIN LATERAL array_position(c.member_ids, $1::bigint) AS p
                 WHERE c.settle_date > $2::date AND $1::bigint BETWEEN c.first_member_id AND c.last_member_id AND p IS NOT NULL
                 ORDER BY c.settle_date LIMIT 1)
                UNION ALL
                SELECT 1, holdings_units, quota_fen, bound FROM settle.equity_members WHERE member_id = $1) r
            ORDER BY rank LIMIT 1
            """, [String(memberId), day.iso], source: "settle.equity_member_day_chunks") else {
            return EquityHolding(holdingsUnits: 0, quotaFen: 0, bound: false)
        }
        return EquityHolding(holdingsUnits: try row.int64(0), quotaFen: try row.int64(1), bound: try row.text(2) == "t")
    }

    /// Every member's current row (settle.equity_members), by id.
    public func equityMembers() throws(StoreError) -> [Int64: EquityHolding] {
        var members: [Int64: EquityHolding] = [:]
        for row in try connection.rows("SELECT member_id, holdings_units, quota_fen, bound FROM settle.equity_members", source: "settle.equity_members") {
            members[try row.int64(0)] = EquityHolding(holdingsUnits: try row.int64(1), quotaFen: try row.int64(2), bound: try row.text(3) == "t")
        }
        return members
    }

    /// The buyer of each order in `ids`.
    public func orderBuyers(_ ids: [Int64]) throws(StoreError) -> [Int64: Int64] {
        guard !ids.isEmpty else { return [:] }
        var buyers: [Int64: Int64] = [:]
        for row in try connection.rows("SELECT id, member_id FROM settle.orders WHERE id = ANY($1::bigint[])",
                                       ["{" + ids.map(String.init).joined(separator: ",") + "}"], source: "settle.orders") {
            buyers[try row.int64(0)] = try row.int64(1)
        }
        return buyers
    }

    /// Per settled day from `from` and member: the ledger's constant entries against the day's
    /// to_constant and from_constant lines.
    public func faultsInEquityLedger(from: Day, limit: Int) throws(StoreError) -> [Fault] {
        try connection.rows("""
            WITH wanted AS (SELECT settle_date, member_id, sum(paid_fen)::bigint AS amount FROM settle.day_lines
                            WHERE model = 'equity' AND settle_date >= $1::date AND kind IN (9, 10) GROUP BY 1, 2),
                 posted AS (SELECT settle_date, member_id, sum(amount_fen)::bigint AS amount FROM settle.entries
                            WHERE model = 'equity' AND currency = 'constant' AND settle_date >= $1::date GROUP BY 1, 2)
            SELECT settle_date - date '1970-01-01', member_id, coalesce(posted.amount, 0), coalesce(wanted.amount, 0)
            FROM wanted FULL JOIN posted USING (settle_date, member_id)
            WHERE coalesce(posted.amount, 0) <> coalesce(wanted.amount, 0) ORDER BY 1, 2 LIMIT $2
            """, [from.iso, String(limit)], source: "settle.entries").map { row throws(StoreError) in
            Fault(check: "ledger", day: try row.day(0), memberId: try row.int64(1),
                  detail: "the ledger nets \(try row.int64(2)) fen of constant points for the day; its lines say \(try row.int64(3))")
        }
    }
}
