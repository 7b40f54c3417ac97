import SettleKernel
import SettleStore
import SettleJob

/// A toy reward model, to drive the machinery without the points rules: each member is paid
/// `rate` of what it bought on the day (orders paid that day and not refunded by its end), one
/// `echo` line a member, truncated once. No state carries from day to day. Its room is this file;
/// it is registered where a test makes its runner (`ToyRunner`).
enum Toy: RewardModel {
    struct Plan: ModelPlan {
        var timezone: String
        var rate: Rate
        var digestFields: [Int64] { [rate.ppb] }
    }
    enum Kind: Int16, LineKind {
        case echo = 0
        var code: Int16 { rawValue }
        var name: String { "echo" }
        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }
    struct Result: DayOutput {
        var day: Day
        var planEffectiveFrom: Day
        var lines: [Line<Kind>]
    }

    static let name = "toy"
    static let lockNumber: Int64 = 99
    static let currency = Currency.cash
    static let defaultPlanDocument = #"{"timezone": "Asia/Shanghai", "rate": "0.01"}"#

    static func parsePlan(json: String, isKnownTimeZone: (String) -> Bool, first: Plan?) throws(PlanError) -> Plan {
        let object = try PlanReader.root(json: json, keys: ["timezone", "rate"])
        return Plan(timezone: try PlanReader.timezone(object, isKnown: isKnownTimeZone, first: first?.timezone),
                    rate: try PlanReader.rate(try PlanReader.field(object, "rate"), at: "rate"))
    }

    static func derive(shop: Shop, plans: PlanBook<Plan>) throws(InputError) -> (Shop, PlanBook<Plan>) { (shop, plans) }
    static func firstDay(plans: PlanBook<Plan>) -> Day? { nil }

    static func settle(day: Day, derived: (Shop, PlanBook<Plan>), state: inout Void) -> Result {
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

    static func summary(of result: Result) -> Int { result.lines.count }
}

/// The toy keeps nothing of its own beside the shared rows.
struct ToyStateStore: ModelStateStore {
    typealias Model = Toy
    init(store: SettlementStore) {}
    func loadState(before day: Day, derived: (Shop, PlanBook<Toy.Plan>)) throws {}
    func writeDay(_ result: Toy.Result, runId: Int64) throws {}
    func voidDays(from day: Day) throws {}
}

typealias ToyRunner = DayRunner<Toy, ToyStateStore>
