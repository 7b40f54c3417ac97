import SettleKernel

/// Reads for `report health`: the shop's revenue and the program's payouts over a window of
/// days, each a statement or two over the window's rows (the orders' paid_at index, one day
/// partition a day of lines). The session's timezone is the plan's (`useTimeZone`).
extension SettlementStore {
    public struct HealthRows: Sendable, Equatable {
        /// Orders paid in the window and not refunded by the end of its last day.
        public var revenueFen: Int64 = 0
        /// The part of it from members' first orders (their first paid order ever).
        public var firstOrderRevenueFen: Int64 = 0
        public var payoutFen: Int64 = 0
        public var paidMembers = 0
        /// Paid to the top 1% (rounded up) and 10% of the members paid, most paid first.
        public var top1PayoutFen: Int64 = 0
        public var top10PayoutFen: Int64 = 0
        /// Paid to members with no order of their own paid in the window.
        public var noOwnOrderPayoutFen: Int64 = 0
        public init() {}
    }

    /// The window's figures; `payoutKinds`: the kind codes whose paid amounts are payouts.
    public func healthRows(window: ClosedRange<Day>, payoutKinds: [Int16]) throws(StoreError) -> HealthRows {
        var rows = HealthRows()
        let kinds = "{" + payoutKinds.map { String($0) }.joined(separator: ",") + "}"
        if let revenue = try connection.row("""
            WITH window_orders AS (
                SELECT o.id, o.member_id, (o.amount * 100)::bigint AS fen, o.paid_at FROM settle.orders o
                WHERE o.paid_at >= $1::date::timestamptz AND o.paid_at < ($2::date + 1)::timestamptz
                  AND (o.refunded_at IS NULL OR o.refunded_at >= ($2::date + 1)::timestamptz))
            SELECT coalesce(sum(fen), 0)::bigint,
                   coalesce(sum(fen) FILTER (WHERE NOT EXISTS (
                       SELECT FROM settle.orders p WHERE p.member_id = w.member_id AND (p.paid_at, p.id) < (w.paid_at, w.id))), 0)::bigint
            FROM window_orders w
            """, [window.lowerBound.iso, window.upperBound.iso], source: "settle.orders") {
            rows.revenueFen = try revenue.int64(0)
            rows.firstOrderRevenueFen = try revenue.int64(1)
        }
        if let payouts = try connection.row("""
            WITH paid AS (
                SELECT member_id, sum(paid_fen)::bigint AS fen FROM settle.day_lines
                WHERE model = $1 AND settle_date BETWEEN $2::date AND $3::date AND kind = ANY($4::smallint[])
                GROUP BY member_id HAVING sum(paid_fen) > 0),
            ranked AS (SELECT member_id, fen, row_number() OVER (ORDER BY fen DESC, member_id) AS rank, count(*) OVER () AS members FROM paid)
            SELECT coalesce(sum(fen), 0)::bigint, count(*)::bigint,
                   coalesce(sum(fen) FILTER (WHERE rank * 100 <= members + 99), 0)::bigint,
                   coalesce(sum(fen) FILTER (WHERE rank * 10 <= members + 9), 0)::bigint,
                   coalesce(sum(fen) FILTER (WHERE NOT EXISTS (
                       SELECT FROM settle.orders o WHERE o.member_id = ranked.member_id
                       AND o.paid_at >= $2::date::timestamptz AND o.paid_at < ($3::date + 1)::timestamptz)), 0)::bigint
            FROM ranked
            """, [model, window.lowerBound.iso, window.upperBound.iso, kinds], source: "settle.day_lines") {
            rows.payoutFen = try payouts.int64(0)
            rows.paidMembers = Int(try payouts.int64(1))
            rows.top1PayoutFen = try payouts.int64(2)
            rows.top10PayoutFen = try payouts.int64(3)
            rows.noOwnOrderPayoutFen = try payouts.int64(4)
        }
        return rows
    }

    /// Revenue a day over `days` (orders paid that day and not refunded by the end of the last).
    public func revenueByDay(_ days: ClosedRange<Day>) throws(StoreError) -> [Day: Int64] {
        var revenue: [Day: Int64] = [:]
        for row in try connection.rows("""
            SELECT paid_at::date - date '1970-01-01', sum((amount * 100)::bigint)::bigint FROM settle.orders
            WHERE paid_at >= $1::date::timestamptz AND paid_at < ($2::date + 1)::timestamptz
              AND (refunded_at IS NULL OR refunded_at >= ($2::date + 1)::timestamptz)
            GROUP BY 1
            """, [days.lowerBound.iso, days.upperBound.iso], source: "settle.orders") {
            revenue[try row.day(0)] = try row.int64(1)
        }
        return revenue
    }
}
