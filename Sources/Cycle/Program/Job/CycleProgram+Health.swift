import SettleKernel
import SettleStore
import CycleModel
import SettleJob

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
