import SettleKernel
import SettleStore

/// What every program's `verify` starts from, and the checks every program ends with: written
/// once here; a program supplies its replay and its own checks.
public struct VerifyScope<Plan: ModelPlan> {
    public let plans: PlanBook<Plan>
    public let settled: [SettlementStore.SettledDay]
    /// The first and last settled days, and the first whose rows are checked (`--from`).
    public let first: Day, last: Day, start: Day
}

extension DayRunner {
    /// The program's plans (their timezone set on the session) and settled days; nil when nothing
    /// is settled yet.
    func verifyScope(from: Day?) throws -> VerifyScope<Model.Plan>? {
        let plans = try planBook()
        try store.useTimeZone(plans.timezone)
        let settled = try store.settledDays()
        guard let first = settled.first?.day, let last = settled.last?.day else { return nil }
        return VerifyScope(plans: plans, settled: settled, first: first, last: last, start: max(from ?? first, first))
    }

    /// The checks every program ends with: the feed against the balances in its currency, late
    /// input (orders, refunds and the model's own requests), and members gone from the tree.
    func closingFaults(_ scope: VerifyScope<Model.Plan>, shop: Shop, requests: [Day: UInt64] = [:], limit: Int) throws -> [Fault] {
        var faults = try store.faultsInFeed(currency: Model.currency, limit: limit)
        for late in LateInput.find(in: shop, settled: scope.settled, requests: requests) {
            faults.append(Fault(check: "late input", day: late.day, detail: late.description))
        }
        faults += try store.treeChanges(limit: limit).filter(\.removed).map {
            Fault(check: "tree", day: $0.firstAffected, memberId: $0.memberId, detail: $0.description)
        }
        return faults
    }
}
