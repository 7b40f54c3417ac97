import SettleKernel
import CycleModel
import SettleStore

/// What the cycle program's reports and verify read.
extension SettlementStore {
    public struct CycleRecordedDay: Sendable {
        public var day: Day
        public var runId: Int64
        public var planEffectiveFrom: Day
        public var weightDecimals: Int
        public var figures: CycleDayFigures
    }

    /// The settled days' pools from `from` through `through`, oldest first, with their levels.
    public func cycleDays(from: Day, through: Day) throws(StoreError) -> [CycleRecordedDay] {
        var days: [CycleRecordedDay] = []
        var byRun: [Int64: Int] = [:]
        for row in try connection.rows("""
            SELECT d.settle_date - date '1970-01-01', d.run_id, d.plan_effective_from - date '1970-01-01', f.weight_decimals,
                   f.revenue_fen, f.weighted_pool_fen, f.eligible_weight_units, f.weighted_paid_fen, f.level_pool_fen, f.level_paid_fen,
                   f.eligible_members, f.members_paid, f.quota_ran_out, f.quota_outstanding_fen
            FROM settle.days d JOIN settle.cycle_day_figures f ON f.run_id = d.run_id
            WHERE d.model = 'cycle' AND d.settle_date BETWEEN $1::date AND $2::date ORDER BY d.settle_date
            """, [from.iso, through.iso], source: "settle.cycle_day_figures") {
            var figures = CycleDayFigures()
            figures.revenueFen = try row.int64(4); figures.weightedPoolFen = try row.int64(5)
            figures.eligibleWeightUnits = try row.int64(6); figures.weightedPaidFen = try row.int64(7)
            figures.levelPoolFen = try row.int64(8); figures.levelPaidFen = try row.int64(9)
            figures.eligibleMembers = Int(try row.int64(10)); figures.membersPaid = Int(try row.int64(11))
            figures.quotaRanOut = Int(try row.int64(12)); figures.quotaOutstandingFen = try row.int64(13)
            let runId = try row.int64(1)
            byRun[runId] = days.count
            days.append(CycleRecordedDay(day: try row.day(0), runId: runId, planEffectiveFrom: try row.day(2),
                                         weightDecimals: Int(try row.int64(3)), figures: figures))
        }
        guard !days.isEmpty else { return days }
        for row in try connection.rows("""
            SELECT l.run_id, l.name, l.min_weight_units, l.members, l.pool_fen, l.per_head_fen, l.paid_fen
            FROM settle.cycle_day_levels l JOIN settle.days d ON d.run_id = l.run_id
            WHERE d.model = 'cycle' AND d.settle_date BETWEEN $1::date AND $2::date ORDER BY l.run_id, l.level
            """, [from.iso, through.iso], source: "settle.cycle_day_levels") {
            guard let index = byRun[try row.int64(0)] else { continue }
            days[index].figures.levels.append(CycleLevelFigures(
                name: try row.text(1), minWeightUnits: try row.int64(2), members: Int(try row.int64(3)), poolFen: try row.int64(4),
                perHeadFen: try row.int64(5), paidFen: try row.int64(6)))
        }
        return days
    }

    public struct CycleMemberOrder: Sendable {
        public var term: CycleOrderTerm
        public var buyerId: Int64
        public var amountFen: Int64
        public var refundedOn: Day?
    }

    /// The terms that gave `memberId` weight or quota, of orders paid through `through`.
    public func cycleTerms(of memberId: Int64, through: Day, limit: Int = 200) throws(StoreError) -> [CycleMemberOrder] {
        try connection.rows("""
            SELECT t.order_id, t.generation, t.weight_units, t.quota_fen, t.paid_on - date '1970-01-01', t.active_from - date '1970-01-01',
                   o.member_id, (o.amount * 100)::bigint, o.refunded_at::date - date '1970-01-01'
            FROM settle.cycle_order_terms t JOIN settle.orders o ON o.id = t.order_id
            WHERE t.member_id = $1 AND t.paid_on <= $2::date ORDER BY t.paid_on DESC, t.order_id DESC LIMIT $3
            """, [String(memberId), through.iso, String(limit)], source: "settle.cycle_order_terms").map { row throws(StoreError) in
            CycleMemberOrder(term: CycleOrderTerm(orderId: try row.int64(0), generation: Int(try row.int64(1)), memberId: memberId,
                                                  weightUnits: try row.int64(2), quotaFen: try row.int64(3), paidOn: try row.day(4),
                                                  activeFrom: try row.day(5)),
                             buyerId: try row.int64(6), amountFen: try row.int64(7), refundedOn: try row.optionalDay(8))
        }
    }

    /// The days that have a checkpoint of the paid totals, in order.
    public func cycleCheckpointDays() throws(StoreError) -> [Day] {
        try connection.rows("""
            SELECT DISTINCT as_of - date '1970-01-01' FROM settle.cycle_paid_checkpoint_chunks ORDER BY 1
            """, source: "settle.cycle_paid_checkpoint_chunks").map { row throws(StoreError) in try row.day(0) }
    }

    /// Every paid member's total at the end of `day` as its checkpoint keeps it.
    public func cycleCheckpoint(_ day: Day) throws -> [Int64: Int64] {
        var totals: [Int64: Int64] = [:]
        try cycleCheckpoint(day) { members, paid in
            for (member, fen) in zip(members, paid) { totals[member] = fen }   // bounded: a chunk's members
        }
        return totals
    }

    /// The checkpoint of `day` a chunk at a time (ids and totals, 0025), in chunk order; checked
    /// as it arrives: the ids ascending across the whole checkpoint (no member twice), each total
    /// above zero, the two arrays as long as each other.
    func cycleCheckpoint(_ day: Day, chunk: ([Int64], [Int64]) throws -> Void) throws {
        var last = Int64.min
        try connection.copyOutBinary("""
            COPY (SELECT member_ids, paid_total_fen FROM settle.cycle_paid_checkpoint_chunks
                  WHERE as_of = '\(day.iso)'::date ORDER BY chunk) TO STDOUT (FORMAT binary)
            """) { tuple in
            guard tuple.count == 2, let members = tuple.integers(0), let paid = tuple.integers(1), members.count == paid.count
            else { throw SettlementStore.malformed("cycle_paid_checkpoint_chunks") }
            for (member, fen) in zip(members, paid) {                       // bounded: a chunk's members
                guard member > last, fen > 0 else {
                    throw StoreError(.schema, "settle.cycle_paid_checkpoint_chunks of \(day): member \(member) \(member > last ? "paid \(fen) fen" : "out of order or twice")")
                }
                last = member
            }
            try chunk(members, paid)
        }
    }
}
