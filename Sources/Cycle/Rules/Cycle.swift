import SettleKernel

/// The cycle-purchase model (循环购, SPEC-cycle) behind the seam: each day's revenue paid out
/// through a pool by weight and a pool by level, every yuan using up the member's quota.
public enum Cycle: RewardModel {
    public static let name = "cycle"
    public static let lockNumber: Int64 = 1
    public static let currency = Currency.cash
    /// Revenue is every order's whole amount, cash and points (SPEC-cycle §2): no part is read.
    public static let readsOrderParts = false
    /// Its terms are each order's, summed per member: the orders need no grouping.
    public static let readsOrdersByMember = false
    public static var defaultPlanDocument: String { CyclePlan.defaultDocument }

    public static func parsePlan(json: String, isKnownTimeZone: (String) -> Bool, first: CyclePlan?) throws(PlanError) -> CyclePlan {
        try CyclePlan.parse(json: json, isKnownTimeZone: isKnownTimeZone, firstTimeZone: first?.timezone,
                            firstWeightDecimals: first?.weightDecimals)
    }

    public static func derive(shop: Shop, plans: CyclePlanBook) throws(InputError) -> CycleTerms {
        try CycleTerms(shop: shop, plans: plans)
    }

    /// The first version's `effective_from` is the program's first day (SPEC-cycle §2).
    public static func firstDay(plans: CyclePlanBook) -> Day? { plans.versions[0].effectiveFrom }

    public static func settle(day: Day, derived: CycleTerms, state: inout CycleState) -> CycleDayResult {
        CycleEngine.settle(day: day, terms: derived, state: &state)
    }

    public static func summary(of result: CycleDayResult) -> CycleDayFigures { result.figures }
}
