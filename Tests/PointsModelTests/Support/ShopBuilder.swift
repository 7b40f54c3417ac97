@testable import SettleKernel
@testable import PointsModel
import SettleSynthetic

/// Builds small shops for tests: members by name, orders in yuan, settled day by day.
struct ShopBuilder {
    var plans: PointsPlanBook
    var members: [MemberRow] = []
    var orders: [OrderRow] = []
    private var ids: [String: Int64] = [:]
    private var nextOrderId: Int64 = 1

    static let day0 = Day(iso: "2026-01-01")!

    init(plan: Plan = ShopBuilder.defaultPlan) {
        plans = PointsPlanBook([.init(effectiveFrom: ShopBuilder.day0, plan: plan)])
    }

    static var defaultPlan: Plan { try! Plan.parse(json: Plan.defaultDocument, isKnownTimeZone: { _ in true }) }

    mutating func member(_ name: String, referrer: String? = nil) {
        let id = Int64(ids.count + 1) * 10
        ids[name] = id
        members.append(MemberRow(id: id, referrerId: referrer.map { ids[$0]! }))
    }

    func id(_ name: String) -> Int64 { ids[name]! }

    /// An order of `yuan` paid on day0 + `day` at second `second` of that day.
    @discardableResult
    mutating func order(_ name: String, yuan: String, day: Int32 = 0, second: Int64 = 0, refundedDay: Int32? = nil) -> Int64 {
        let id = nextOrderId
        nextOrderId += 1
        let paidOn = ShopBuilder.day0.advanced(by: day)
        orders.append(OrderRow(id: id, memberId: ids[name]!, amountFen: Fen.parse(yuan)!,
                               paidAtMicros: Int64(paidOn.number) * 86_400_000_000 + second * 1_000_000,
                               paidOn: paidOn, refundedOn: refundedDay.map { ShopBuilder.day0.advanced(by: $0) }))
        return id
    }

    func snapshot() throws -> Snapshot { try Snapshot(plans: plans, members: members, orders: orders) }

    /// Settles days day0+from … day0+through in order, returning each day's result.
    func settle(from: Int32 = 1, through: Int32) throws -> [DayResult] {
        let snapshot = try snapshot()
        var balances = try snapshot.balances(from: [])
        return (from...through).map { DayEngine.settle(day: ShopBuilder.day0.advanced(by: $0), snapshot: snapshot, balances: &balances) }
    }
}

extension DayResult {
    func line(_ memberId: Int64, _ kind: PointsKind) -> PointsLine? { lines.first { $0.memberId == memberId && $0.kind == kind } }
    func entitled(_ memberId: Int64, _ kind: PointsKind) -> Int64 { line(memberId, kind)?.entitledFen ?? 0 }
    func paid(_ memberId: Int64, _ kind: PointsKind) -> Int64 { line(memberId, kind)?.paidFen ?? 0 }
}

/// A small, seeded, deterministic generator so failures reproduce from a number.
typealias SeededRandom = SplitMix
