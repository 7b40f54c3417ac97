import SettleKernel

/// The equity-points model (消费增值, SPEC-equity) behind the seam: a pool-backed point whose
/// price = pool ÷ supply never falls, replayed event by event each night.
public enum Equity: RewardModel {
    public static let name = "equity"
    public static let lockNumber: Int64 = 2
    /// Constant points (恒定积分) credited by to_constant and charged by from_constant.
    public static let currency = Currency.constant
    /// The lines' second amount is yuan moved by many kinds; only to_constant's and
    /// from_constant's are constant points credited (or charged) to the member.
    public static func credits(_ kind: EquityKind) -> Bool { kind == .toConstant || kind == .fromConstant }
    public static var defaultPlanDocument: String { EquityPlan.defaultDocument }
    /// Amounts are orders' whole amount, cash and points (SPEC-equity): no part is read.
    public static let readsOrderParts = false
    /// Its events are each day's orders in time order: the orders need no grouping by member.
    public static let readsOrdersByMember = false

    public static func parsePlan(json: String, isKnownTimeZone: (String) -> Bool, first: EquityPlan?) throws(PlanError) -> EquityPlan {
        try EquityPlan.parse(json: json, isKnownTimeZone: isKnownTimeZone, first: first)
    }

    /// The shop alone (no requests); the state store's `derive` adds `settle.equity_requests`.
    public static func derive(shop: Shop, plans: EquityPlanBook) throws(InputError) -> EquityInputs {
        try EquityInputs(shop: shop, requests: [], plans: plans)
    }

    /// The first version's `effective_from` is the program's first day (SPEC-equity §2).
    public static func firstDay(plans: EquityPlanBook) -> Day? { plans.versions[0].effectiveFrom }

    public static func settle(day: Day, derived: EquityInputs, state: inout EquityState) -> EquityDayResult {
        EquityEngine.settle(day: day, inputs: derived, state: &state)
    }

    public static func summary(of result: EquityDayResult) -> EquityDayFigures { result.figures }
    /// An equity line's first amount is in point units.
    public static func firstAmountDecimals(of summary: EquityDayFigures) -> Int? { summary.pointDecimals }
}
