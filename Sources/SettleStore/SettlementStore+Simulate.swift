import SettleKernel

/// What was settled over a range of days, for `settle simulate` to compare with: one statement
/// each over the days' partitions.
extension SettlementStore {
    /// Entitled and paid per day and kind code.
    public func kindTotals(from first: Day, through last: Day) throws(StoreError) -> [Day: [Int16: (entitledFen: Int64, paidFen: Int64)]] {
        var totals: [Day: [Int16: (entitledFen: Int64, paidFen: Int64)]] = [:]
        for row in try connection.rows("""
            SELECT settle_date - date '1970-01-01', kind, sum(entitled_fen)::bigint, sum(paid_fen)::bigint FROM settle.day_lines
            WHERE model = $1 AND settle_date BETWEEN $2::date AND $3::date GROUP BY 1, 2
            """, [model, first.iso, last.iso], source: "settle.day_lines") {
            totals[try row.day(0), default: [:]][Int16(try row.int64(1))] = (try row.int64(2), try row.int64(3))
        }
        return totals
    }

    /// Entitled and paid over the days, by member.
    public func memberTotals(from first: Day, through last: Day) throws(StoreError) -> [Int64: (entitledFen: Int64, paidFen: Int64)] {
        var totals: [Int64: (entitledFen: Int64, paidFen: Int64)] = [:]
        for row in try connection.rows("""
            SELECT member_id, sum(entitled_fen)::bigint, sum(paid_fen)::bigint FROM settle.day_lines
            WHERE model = $1 AND settle_date BETWEEN $2::date AND $3::date GROUP BY 1
            """, [model, first.iso, last.iso], source: "settle.day_lines") {
            totals[try row.int64(0)] = (try row.int64(1), try row.int64(2))
        }
        return totals
    }
}
