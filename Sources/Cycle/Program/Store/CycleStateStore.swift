import SettleKernel
import CycleModel
import SettleStore

/// The cycle program's own rows: each program order's terms (written on its paid day), every
/// member's paid total (quota used), and each settled day's pools and levels.
public struct CycleStateStore: ModelStateStore {
    public typealias Model = Cycle
    let store: SettlementStore
    var connection: Connection { store.connection }

    public init(store: SettlementStore) { self.store = store }

    /// Paid totals at the start of `day`: the totals through the last settled day, less what the
    /// days from `day` on paid (a rerun's), so the read grows with the members, not the history.
    public func loadState(before day: Day, derived: CycleTerms) throws -> CycleState {
        var paid = [Int64](repeating: 0, count: derived.memberCount)
        try connection.execute("SELECT set_config('settle.day', $1, false)", [day.iso])
        try connection.copyOutBinary("""
            COPY (SELECT member_id, paid_total_fen FROM settle.cycle_members
                  UNION ALL
                  SELECT member_id, -sum(paid_fen)::bigint FROM settle.day_lines
                  WHERE model = 'cycle' AND settle_date >= current_setting('settle.day')::date GROUP BY member_id) TO STDOUT (FORMAT binary)
            """) { tuple in
            guard tuple.count == 2, let member = tuple.integer(0), let fen = tuple.integer(1)
            else { throw SettlementStore.malformed("cycle_members") }
            guard let index = derived.shop.tree.index(of: member) else {
                throw StoreError(.schema, "settle.cycle_members: member \(member) was paid but is no longer a member")
            }
            paid[Int(index)] += fen
        }
        if let member = paid.firstIndex(where: { $0 < 0 }) {
            throw StoreError(.schema, "settle.cycle_members: member \(derived.shop.tree.ids[member]) would have paid \(paid[member]) fen before \(day)")
        }
        return CycleState(paidTotalFen: paid)
    }

    public func writeDay(_ result: CycleDayResult, runId: Int64) throws {
        try writeTerms(result)
        try connection.execute("""
            INSERT INTO settle.cycle_members (member_id, paid_total_fen)
            SELECT member_id, sum(paid_fen) FROM settle.day_lines
            WHERE model = 'cycle' AND settle_date = $1::date AND paid_fen > 0 GROUP BY member_id
            ON CONFLICT (member_id) DO UPDATE SET paid_total_fen = settle.cycle_members.paid_total_fen + excluded.paid_total_fen
            """, [result.day.iso])
        try writeFigures(result, runId: runId)
    }

    /// The terms of the program orders paid on the day.
    func writeTerms(_ result: CycleDayResult) throws {
        let copied = try connection.copyIn("""
            COPY settle.cycle_order_terms (order_id, generation, member_id, weight_units, quota_fen, paid_on, active_from) FROM STDIN
            """) { writer in
            for term in result.newTerms {
                writer.field(term.orderId); writer.field(Int64(term.generation)); writer.field(term.memberId)
                writer.field(term.weightUnits); writer.field(term.quotaFen); writer.field(term.paidOn.iso); writer.field(term.activeFrom.iso)
                try writer.endRow()
            }
        }
        guard copied == result.newTerms.count else {
            throw StoreError(.schema, "day \(result.day): stored \(copied) order terms of \(result.newTerms.count)")
        }
    }

    func writeFigures(_ result: CycleDayResult, runId: Int64) throws {
        let figures = result.figures
        try connection.execute("""
            INSERT INTO settle.cycle_day_figures (run_id, settle_date, revenue_fen, weighted_pool_fen, eligible_weight_units,
                weighted_paid_fen, level_pool_fen, level_paid_fen, eligible_members, members_paid, quota_ran_out,
                quota_outstanding_fen, weight_decimals)
            VALUES ($1, $2::date, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            """, [String(runId), result.day.iso, String(figures.revenueFen), String(figures.weightedPoolFen),
                  String(figures.eligibleWeightUnits), String(figures.weightedPaidFen), String(figures.levelPoolFen),
                  String(figures.levelPaidFen), String(figures.eligibleMembers), String(figures.membersPaid),
                  String(figures.quotaRanOut), String(figures.quotaOutstandingFen), String(result.weightDecimals)])
        for (index, level) in figures.levels.enumerated() {
            try connection.execute("""
                INSERT INTO settle.cycle_day_levels (run_id, level, name, min_weight_units, members, pool_fen, per_head_fen, paid_fen)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """, [String(runId), String(index), level.name, String(level.minWeightUnits), String(level.members),
                      String(level.poolFen), String(level.perHeadFen), String(level.paidFen)])
        }
    }

    /// Takes the voided days' payments back out of the paid totals and removes the terms of
    /// orders paid on them (before the shared rows, whose lines say what was paid, are voided).
    public func voidDays(from day: Day) throws {
        try connection.execute("""
            UPDATE settle.cycle_members c SET paid_total_fen = c.paid_total_fen - s.paid
            FROM (SELECT member_id, sum(paid_fen) AS paid FROM settle.day_lines
                  WHERE model = 'cycle' AND settle_date >= $1::date GROUP BY member_id) s
            WHERE c.member_id = s.member_id
            """, [day.iso])
        try connection.execute("DELETE FROM settle.cycle_order_terms WHERE paid_on >= $1::date", [day.iso])
    }
}
