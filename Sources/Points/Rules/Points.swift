import SettleKernel

/// The points model (积分通证, SPEC §2–§3) behind the seam: locked lots released 1.2% a day,
/// accelerated by share, team differential and peer bonus, paid from the receiver's own lots.
public enum Points: RewardModel {
    public static let name = "points"
    public static let lockNumber: Int64 = 0
    public static let currency = Currency.points
    public static var defaultPlanDocument: String { Plan.defaultDocument }

    public static func parsePlan(json: String, isKnownTimeZone: (String) -> Bool, first: Plan?) throws(PlanError) -> Plan {
        try Plan.parse(json: json, isKnownTimeZone: isKnownTimeZone, firstTimeZone: first?.timezone)
    }

    public static func derive(shop: Shop, plans: PointsPlanBook) throws(InputError) -> Snapshot {
        Snapshot(plans: plans, shop: shop)
    }

    /// Points settle from the first paid order's day.
    public static func firstDay(plans: PointsPlanBook) -> Day? { nil }

    public static func settle(day: Day, derived: Snapshot, state: inout LotBalances) -> DayResult {
        var result = DayEngine.settle(day: day, snapshot: derived, balances: &state)
        result.checkout = Checkout.postings(on: day, shop: derived.shop)
        return result
    }

    public static func summary(of result: DayResult) -> DaySummary { result.summary }
}
