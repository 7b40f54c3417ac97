import SettleKernel
import SettleStore
import PointsModel
import SettleJob
import SettleReports

/// `report health` for the points program: what it owes is the locked points of every lot and
/// the members' unspent balances; its plan promises its gift multiplier in points per yuan.
extension PointsProgram {
    public static let liabilityWhat = "locked points and unspent balances"

    public func liabilities(_ days: ClosedRange<Day>) throws -> [Day: (fen: Int64, backingFen: Int64?)] {
        var owed: [Day: (fen: Int64, backingFen: Int64?)] = [:]
        for (day, locked) in try runner.store.lockedByDay(days) {        // bounded: the settled days asked for
            owed[day] = (locked + (try runner.store.walletFen(through: day)), nil)
        }
        return owed
    }

    public static func planTerms(_ plan: Plan) -> PlanTerms {
        var terms = PlanTerms()
        terms.generations = max(plan.shareRates.count, plan.peerGenerations)
        terms.unlimitedTeamDepth = !plan.starTiers.isEmpty
        terms.membershipPurchaseFen = plan.giftTiers.map(\.minAmountFen).min()
        terms.commitmentPerYuan = plan.giftTiers.map(\.multiplier).max() ?? .zero
        terms.commitmentWhat = "locked points per yuan of a qualifying order, the top gift tier's multiplier"
        return terms
    }
}

extension SettlementStore {
    /// The points locked at the end of each settled day of `days` (days settled before migration
    /// 0003 recorded none and are left out).
    func lockedByDay(_ days: ClosedRange<Day>) throws(StoreError) -> [(Day, Int64)] {
        try connection.rows("""
            SELECT d.settle_date - date '1970-01-01', f.locked_fen FROM settle.days d
            JOIN settle.points_day_figures f ON f.run_id = d.run_id
            WHERE d.model = 'points' AND d.settle_date BETWEEN $1::date AND $2::date AND f.locked_fen IS NOT NULL
            ORDER BY 1
            """, [days.lowerBound.iso, days.upperBound.iso], source: "settle.points_day_figures").map { row throws(StoreError) in
            (try row.day(0), try row.int64(1))
        }
    }
}

/// `settle simulate` for the points program: the locked points a day leaves, and what its lines
/// paid (credited to the wallets, owed until spent).
extension PointsProgram {
    public static func owedFen(after summary: DaySummary) -> Int64 { summary.standing.lockedFen }
    public static var paidIsOwed: Bool { true }

    public static func simulationPairs(settled: [DaySummary], simulated: [DaySummary]) -> [SimulationFigures.Pair] {
        func forfeited(_ days: [DaySummary]) -> Int64 { days.reduce(0) { $0 + $1.forfeitedFen.reduce(0, +) } }
        func exhausted(_ days: [DaySummary]) -> Int64 { days.reduce(0) { $0 + Int64($1.lotsExhausted) } }
        return [
            .init("forfeited", "forfeited (烧伤)", settled: .fen(forfeited(settled)), simulated: .fen(forfeited(simulated))),
            .init("locked_end", "locked at the end", settled: .fen(settled.last?.standing.lockedFen ?? 0),
                  simulated: .fen(simulated.last?.standing.lockedFen ?? 0)),
            .init("lots_exhausted", "lots exhausted (出局)", settled: .count(exhausted(settled)), simulated: .count(exhausted(simulated))),
        ]
    }
}
