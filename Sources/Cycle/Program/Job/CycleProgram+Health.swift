import SettleKernel
import SettleStore
import CycleModel
import SettleJob
import SettleReports

/// `report health` for the cycle program: it owes every member's quota not yet paid; its plan
/// promises its quota multiplier in cash per yuan.
extension CycleProgram {
    public static let liabilityWhat = "quota outstanding (cash still to pay)"

    public func liabilities(_ days: ClosedRange<Day>) throws -> [Day: (fen: Int64, backingFen: Int64?)] {
        var owed: [Day: (fen: Int64, backingFen: Int64?)] = [:]
        for day in try runner.store.cycleDays(from: days.lowerBound, through: days.upperBound) {   // bounded: the days asked for
            owed[day.day] = (day.figures.quotaOutstandingFen, nil)
        }
        return owed
    }

    public static func planTerms(_ plan: CyclePlan) -> PlanTerms {
        var terms = PlanTerms()
        terms.generations = max(plan.referralWeightRates.count, plan.referralQuotaMultipliers.count)
        let smallest = plan.levels.map(\.minWeightUnits).min().map { Int128($0) * Int128(plan.yuanPerWeightFen) / Int128(plan.unitsPerWeight) }
        terms.membershipPurchaseFen = smallest.map { Int64(clamping: $0) }
        terms.commitmentPerYuan = Rate(ppb: plan.quotaMultiplier.ppb + plan.referralQuotaMultipliers.reduce(0) { $0 + $1.ppb })
        terms.commitmentWhat = "quota in cash per yuan of an order, the buyer's and its referrers'"
        return terms
    }
}

/// `settle simulate` for the cycle program: its pools, what they returned, the quota left.
extension CycleProgram {
    public static func owedFen(after summary: CycleDayFigures) -> Int64 { summary.quotaOutstandingFen }

    public static func simulationPairs(settled: [CycleDayFigures], simulated: [CycleDayFigures]) -> [SimulationFigures.Pair] {
        func sum(_ days: [CycleDayFigures], _ value: (CycleDayFigures) -> Int64) -> Int64 { days.reduce(0) { $0 + value($1) } }
        return [
            .init("weighted_pool", "weighted pools", settled: .fen(sum(settled, \.weightedPoolFen)), simulated: .fen(sum(simulated, \.weightedPoolFen))),
            .init("level_pool", "level pools", settled: .fen(sum(settled, \.levelPoolFen)), simulated: .fen(sum(simulated, \.levelPoolFen))),
            .init("returned", "returned (回归平台)", settled: .fen(sum(settled, \.returnedFen)), simulated: .fen(sum(simulated, \.returnedFen))),
            .init("quota_outstanding", "quota outstanding at the end", settled: .fen(settled.last?.quotaOutstandingFen ?? 0),
                  simulated: .fen(simulated.last?.quotaOutstandingFen ?? 0)),
        ]
    }
}
