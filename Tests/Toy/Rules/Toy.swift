import SettleKernel

/// A toy reward model, to drive the machinery without the points rules: each member is paid
/// `rate` of what it bought on the day (orders paid that day and not refunded by its end), one
/// `echo` line a member, truncated once. No state carries from day to day. A plug-in of the same
/// shape as the real models: these rules (importing only the kernel) and its program beside them
/// (Tests/Toy/Program), registered by the tests that use it (`ToyProgram.registry`).
public enum Toy: RewardModel {
    public struct Plan: ModelPlan {
        public var timezone: String
        public var rate: Rate
        public var digestFields: [Int64] { [rate.ppb] }
    }
    public enum Kind: Int16, LineKind {
        case echo = 0
        public var code: Int16 { rawValue }
        public var name: String { "echo" }
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }
    public struct Result: DayOutput {
        public var day: Day
        public var planEffectiveFrom: Day
        public var lines: [Line<Kind>]
    }

    public static let name = "toy"
    public static let lockNumber: Int64 = 99
    public static let currency = Currency.cash
    public static let defaultPlanDocument = #"{"timezone": "Asia/Shanghai", "rate": "0.01"}"#

    public static func parsePlan(json: String, isKnownTimeZone: (String) -> Bool, first: Plan?) throws(PlanError) -> Plan {
        let object = try PlanReader.root(json: json, keys: ["timezone", "rate"])
        return Plan(timezone: try PlanReader.timezone(object, isKnown: isKnownTimeZone, first: first?.timezone),
                    rate: try PlanReader.rate(try PlanReader.field(object, "rate"), at: "rate"))
    }

    public static func derive(shop: Shop, plans: PlanBook<Plan>) throws(InputError) -> (Shop, PlanBook<Plan>) { (shop, plans) }
    public static func firstDay(plans: PlanBook<Plan>) -> Day? { nil }

    public static func settle(day: Day, derived: (Shop, PlanBook<Plan>), state: inout Void) -> Result {
        let (shop, plans) = derived
        let version = plans.version(on: day)
        var lines: [Line<Kind>] = []
        for member in 0..<shop.tree.count {
            var bought: Int64 = 0
            for order in Int(shop.memberOrderStart[member])..<Int(shop.memberOrderStart[member + 1])
            where shop.orderPaidOn[order] == day.number && shop.orderCounts(order, on: day) { bought += shop.orderAmountFen[order] }
            let fen = version.plan.rate.applyTruncating(bought)
            if fen > 0 { lines.append(Line(memberId: shop.tree.ids[member], kind: .echo, entitledFen: fen, paidFen: fen)) }
        }
        return Result(day: day, planEffectiveFrom: version.effectiveFrom, lines: lines)
    }

    public static func summary(of result: Result) -> Int { result.lines.count }
}
