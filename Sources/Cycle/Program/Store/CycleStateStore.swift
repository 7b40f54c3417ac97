import SettleKernel
import CycleModel
import SettleStore

/// The cycle program's own rows: each program order's terms (written on its paid day), a weekly
/// checkpoint of every member's paid total (quota used), and each settled day's pools and levels.
public struct CycleStateStore: ModelStateStore {
    public typealias Model = Cycle
    let store: SettlementStore
    var connection: Connection { store.connection }

    public init(store: SettlementStore) { self.store = store }

    /// A checkpoint of every paid member's total is written at the end of each checkpoint day
    /// (`Day.isCheckpoint`, Thursdays), from the night's state in memory; a night reads the
    /// latest one before it and the lines since, at most six days of them.

    /// What was paid before `day`, a total per member id (ascending): the latest checkpoint
    /// before `day` and the lines after it and before `day` (a rerun's later lines are not read),
    /// so the read grows with the members and a week of lines, not with the history.
    public struct PaidRows: Sendable {
        var memberIds: [Int64] = []
        var paidFen: [Int64] = []
    }

    public func readStateRows(before day: Day) throws -> PaidRows {
        var checkpointIds: [Int64] = [], checkpointFen: [Int64] = []
        let checkpoint = try latestCheckpoint(before: day)
        if let checkpoint {
            try store.cycleCheckpoint(checkpoint) { members, paid in
                checkpointIds.append(contentsOf: members); checkpointFen.append(contentsOf: paid)
            }
        }
        var totals = AmountsById(ascending: checkpointIds, amounts: checkpointFen)
        let since = checkpoint.map { "AND settle_date > \(SQLLiteral.date($0))" } ?? ""
        // The lines since, one row each (1.35M a day at a million members, up to six days), folded
        // into the totals as they come (a day's lines come in member order: a merge a day).
        // Summed by member in the server, they were a hash of a million members: 2.3 s for three
        // days of lines (decisions.md).
        try connection.copyOutBinary("""
            COPY (SELECT member_id, paid_fen FROM settle.day_lines
                  WHERE model = 'cycle' AND paid_fen > 0 AND settle_date < \(SQLLiteral.date(day)) \(since)) TO STDOUT (FORMAT binary)
            """) { tuple in
            guard tuple.count == 2, let member = tuple.integer(0), let fen = tuple.integer(1)
            else { throw SettlementStore.malformed("day_lines") }
            totals.add(member, fen)
        }
        let (ids, paid) = totals.finish()
        return PaidRows(memberIds: ids, paidFen: paid)
    }

    /// Paid totals at the start of `day`, per member index.
    public func loadState(before day: Day, derived: CycleTerms, rows: PaidRows) throws -> CycleState {
        var paid = [Int64](repeating: 0, count: derived.memberCount)
        for (member, fen) in zip(rows.memberIds, rows.paidFen) {      // bounded: the rows read
            guard let index = derived.shop.tree.index(of: member) else {
                throw StoreError(.schema, "settle.cycle_paid_checkpoints or the lines since: member \(member) was paid but is no longer a member")
            }
            paid[Int(index)] += fen
        }
        return CycleState(paidTotalFen: paid)
    }

    /// The latest checkpoint's day before `day`, if any.
    func latestCheckpoint(before day: Day) throws(StoreError) -> Day? {
        try connection.rows("""
            SELECT max(as_of) - date '1970-01-01' FROM settle.cycle_paid_checkpoint_chunks WHERE as_of < $1::date
            """, [day.iso], source: "settle.cycle_paid_checkpoint_chunks").first.flatMap { row throws(StoreError) in try row.optionalDay(0) }
    }

    public func writeDay(_ result: CycleDayResult, state: CycleState, derived: CycleTerms, runId: Int64) throws {
        try writeTerms(result)
        if result.day.isCheckpoint { try writeCheckpoint(state, derived: derived, day: result.day) }
        try writeFigures(result, runId: runId)
    }

    /// Every paid member's total at the end of `day`, in member id order, `MemberChunks.size`
    /// members a row (migration 0025): two arrays of ids and totals.
    func writeCheckpoint(_ state: CycleState, derived: CycleTerms, day: Day) throws {
        precondition(state.paidTotalFen.count == derived.memberCount, "a state of another shop")
        var ids: [Int64] = [], fens: [Int64] = []
        for (member, fen) in state.paidTotalFen.enumerated() where fen != 0 {   // bounded: the members
            guard fen > 0 else { throw StoreError(.schema, "day \(day): member \(derived.shop.tree.ids[member]) paid \(fen) fen in all") }
            ids.append(derived.shop.tree.ids[member]); fens.append(fen)
        }
        if !MemberChunks.ascending(ids) {
            let order = ids.indices.sorted { ids[$0] < ids[$1] }
            (ids, fens) = (order.map { ids[$0] }, order.map { fens[$0] })
        }
        let chunks = MemberChunks.chunks(ids.count)
        let copied = try connection.copyInBinary("""
            COPY settle.cycle_paid_checkpoint_chunks (as_of, chunk, member_ids, paid_total_fen) FROM STDIN (FORMAT binary)
            """) { writer in
            for chunk in chunks {                                                // bounded: the paid members / 8,192
                writer.field(day); writer.integer(chunk.number)
                writer.field(integers: ids[chunk.positions]); writer.field(integers: fens[chunk.positions])
                try writer.endRow()
            }
        }
        guard copied == chunks.count else { throw StoreError(.schema, "day \(day): stored \(copied) chunks of paid totals of \(chunks.count)") }
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

    /// Forgets the checkpoints of the voided days and removes the terms of orders paid on them
    /// (the voided days' lines, which say what was paid, go with the shared rows).
    public func voidDays(from day: Day) throws {
        try connection.execute("DELETE FROM settle.cycle_paid_checkpoint_chunks WHERE as_of >= $1::date", [day.iso])
        try connection.execute("DELETE FROM settle.cycle_order_terms WHERE paid_on >= $1::date", [day.iso])
    }
}
