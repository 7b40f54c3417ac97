import SettleKernel

/// What the points rules need of a shop for a run: the shop itself (tree and orders) and the
/// lots its qualifying orders gift, with the terms promised when they were bought (SPEC §3.1).
/// Built once, then any number of consecutive days are settled against it.
public struct Snapshot: Sendable {
    public let shop: Shop
    public let plans: PointsPlanBook

    // Lots (qualifying orders), in the shop's order order: a member's lots oldest first.
    public let lotOrder: [Int32]
    public let lotTier: [Int8]
    public let lotCapFen: [Int64]
    public let lotDailyFen: [Int64]
    /// First day the lot may release: paid day + the paid day's plan's `release_lag_days`.
    public let lotActiveFrom: [Int32]
    /// Lots of member m: `memberLotStart[m] ..< memberLotStart[m + 1]`.
    public let memberLotStart: [Int32]

    public var lotCount: Int { lotOrder.count }

    // The shop's parts, as the rules have always named them.
    public var tree: ReferralTree { shop.tree }
    public var orderCount: Int { shop.orderCount }
    public var orderIds: [Int64] { shop.orderIds }
    public var orderMember: [Int32] { shop.orderMember }
    public var orderAmountFen: [Int64] { shop.orderAmountFen }
    public func orderCashFen(_ order: Int) -> Int64 { shop.orderCashFen(order) }
    public var orderPointsFen: [Int64] { shop.orderPointsFen }
    public var orderPaidOn: [Int32] { shop.orderPaidOn }
    public var orderRefundedOn: [Int32] { shop.orderRefundedOn }
    public var memberOrderStart: [Int32] { shop.memberOrderStart }

    public init(plans: PointsPlanBook, members: [MemberRow], orders: [OrderRow]) throws(InputError) {
        self.init(plans: plans, shop: try Shop(members: members, orders: orders))
    }

    /// The lots of `shop`'s orders, with the terms of the plan in force on each order's paid day.
    public init(plans: PointsPlanBook, shop: Shop) {
        precondition(shop.isGroupedByMember, "the points rules walk each member's orders (Points.readsOrdersByMember)")
        self.shop = shop
        self.plans = plans
        let terms = plans.versions.map { LotTerms($0.plan) }
        let count = shop.orderCount
        var lotOrder: [Int32] = [], lotTier: [Int8] = [], lotCap: [Int64] = [], lotDaily: [Int64] = [], lotFrom: [Int32] = []
        var lotMember: [Int32] = []
        lotOrder.reserveCapacity(count); lotCap.reserveCapacity(count); lotDaily.reserveCapacity(count)
        lotTier.reserveCapacity(count); lotFrom.reserveCapacity(count); lotMember.reserveCapacity(count)
        for index in 0..<count {                               // bounded: one pass over the orders
            let amount = shop.orderAmountFen[index]
            let paidOn = shop.orderPaidOn[index]
            let term = terms[plans.versionIndex(on: Day(paidOn))]
            guard let tier = term.tier(forAmountFen: amount) else { continue }
            lotOrder.append(Int32(index))
            lotTier.append(Int8(tier))
            lotCap.append(Rate(ppb: term.multiplierPpb[tier]).applyTruncating(amount))
            lotDaily.append(term.daily.applyTruncating(amount))
            lotFrom.append(paidOn + term.lagDays)
            lotMember.append(shop.orderMember[index])
        }
        self.lotOrder = lotOrder
        self.lotTier = lotTier
        self.lotCapFen = lotCap
        self.lotDailyFen = lotDaily
        self.lotActiveFrom = lotFrom
        self.memberLotStart = Shop.ranges(keys: lotMember, groups: shop.tree.count)
    }

    /// A plan version's lot terms in flat arrays, so the per-order loop copies no Plan.
    struct LotTerms {
        var minimumFen: [Int64]
        var multiplierPpb: [Int64]
        var daily: Rate
        var lagDays: Int32
        init(_ plan: Plan) {
            minimumFen = plan.giftTiers.map(\.minAmountFen)
            multiplierPpb = plan.giftTiers.map(\.multiplier.ppb)
            daily = plan.dailyReleaseRate
            lagDays = Int32(plan.releaseLagDays)
        }
        @inline(__always)
        func tier(forAmountFen amount: Int64) -> Int? {
            var found: Int? = nil
            for index in minimumFen.indices where minimumFen[index] <= amount { found = index }
            return found
        }
    }

    /// Order `order` (an index) counts on `day` (SPEC §3.3, §3.8).
    @inline(__always)
    public func orderCounts(_ order: Int, on day: Day) -> Bool { shop.orderCounts(order, on: day) }

    /// The lot index of each order id that has a lot (for loading saved lot states).
    public func lotIndexByOrderId() -> IdIndex {
        IdIndex(lotOrder.map { orderIds[Int($0)] })
    }

    /// Released-so-far per lot, from saved states. A state for an order that is not a lot is an
    /// input error (the order was deleted or changed under a settled day).
    public func balances(from states: [LotState]) throws(InputError) -> LotBalances {
        var released = [Int64](repeating: 0, count: lotCount)
        guard !states.isEmpty else { return LotBalances(releasedFen: released) }
        let map = lotIndexByOrderId()
        for state in states {
            guard let lot = map.position(of: state.orderId) else {
                throw .lotStateForUnknownLot(orderId: state.orderId, detail: "the order is gone or no longer qualifies for a lot")
            }
            guard state.releasedFen >= 0, state.releasedFen <= lotCapFen[Int(lot)] else {
                throw .lotStateForUnknownLot(orderId: state.orderId, detail: "released \(state.releasedFen) fen is outside 0…cap \(lotCapFen[Int(lot)])")
            }
            released[Int(lot)] = state.releasedFen
        }
        return LotBalances(releasedFen: released)
    }

    /// Released-so-far per lot at the start of `day`, from the recorded anchors: a live lot has
    /// released its daily amount on every day after its anchor that it was past its lag. Lots
    /// without an anchor have released nothing and are not yet known. A projection that reaches
    /// the cap means a missing exhausted row: an input error naming the order.
    public func balances(anchors: [LotAnchor], before day: Day) throws(InputError) -> LotBalances {
        var balances = LotBalances(releasedFen: [Int64](repeating: 0, count: lotCount))
        guard !anchors.isEmpty else { return balances }
        let map = lotIndexByOrderId()
        // Each anchor's lot first, in a loop of its own: the lookups are independent loads that
        // overlap, where in the loop below each waited on memory.
        let lots = anchors.map { map.position(of: $0.orderId) ?? -1 }
        for (anchor, lot32) in zip(anchors, lots) {           // bounded: the anchors
            guard lot32 >= 0 else {
                throw .lotStateForUnknownLot(orderId: anchor.orderId, detail: "the order is gone or no longer qualifies for a lot")
            }
            let lot = Int(lot32)
            let capFen = lotCapFen[lot]
            var released = anchor.releasedFen
            if anchor.status == .live { released += lotDailyFen[lot] * Int64(activeDays(lot, from: anchor.asOf.advanced(by: 1), to: day.advanced(by: -1))) }
            guard anchor.releasedFen >= 0, released <= capFen, (anchor.status == .exhausted) == (anchor.releasedFen == capFen) || anchor.status == .refunded,
                  anchor.status != .live || released < capFen else {
                throw .lotStateForUnknownLot(orderId: anchor.orderId, detail: "recorded \(anchor.releasedFen) fen \(anchor.status) at the end of \(anchor.asOf), "
                                             + "\(released) by \(day.advanced(by: -1)), of a cap of \(capFen)")
            }
            balances.releasedFen[lot] = released
            balances.known[lot] = true
            balances.refundRecorded[lot] = anchor.status == .refunded
        }
        return balances
    }

    /// What a lot had released at the end of `day − 1`, from its first recorded row on or after
    /// `day` (on `rowDay`, having released `beforeRowFen` before it): the days between released
    /// exactly the daily amount, so a rerun from `day` restores the lot without older rows.
    public func released(_ lot: Int, before day: Day, rowDay: Day, beforeRowFen: Int64) -> Int64 {
        beforeRowFen - lotDailyFen[lot] * Int64(activeDays(lot, from: day, to: rowDay.advanced(by: -1)))
    }

    /// Days in `from ... to` on or after the lot's first day of release (0 when none).
    @inline(__always)
    public func activeDays(_ lot: Int, from: Day, to: Day) -> Int32 {
        max(0, to.number - max(from.number, lotActiveFrom[lot]) + 1)
    }
}

/// How much each lot of a snapshot has released so far: the state carried from day to day.
public struct LotBalances: Equatable, Sendable {
    public var releasedFen: [Int64]
    /// Lots the state holds: a settled day on or after their paid day has seen them (their terms are recorded).
    public var known: [Bool]
    /// Lots whose refund a settled day has recorded (a refund is recorded once, on the first day that sees it).
    public var refundRecorded: [Bool]
    public init(releasedFen: [Int64]) {
        self.releasedFen = releasedFen
        known = [Bool](repeating: false, count: releasedFen.count)
        refundRecorded = [Bool](repeating: false, count: releasedFen.count)
    }
}

/// How much of a lot was released before the day being settled.
public struct LotState: Equatable, Sendable {
    public var orderId: Int64
    public var releasedFen: Int64
    public init(orderId: Int64, releasedFen: Int64) { self.orderId = orderId; self.releasedFen = releasedFen }
}

/// Where a lot stood at the end of a settled day, as recorded once per lot: between two recorded
/// days a live lot releases exactly its daily amount (any other day is recorded).
public struct LotAnchor: Equatable, Sendable {
    public enum Status: Int16, Sendable { case live = 0, exhausted = 1, refunded = 2 }
    public var orderId: Int64
    public var asOf: Day
    public var releasedFen: Int64
    public var status: Status
    public init(orderId: Int64, asOf: Day, releasedFen: Int64, status: Status) {
        self.orderId = orderId; self.asOf = asOf; self.releasedFen = releasedFen; self.status = status
    }

    /// A lot's row of `day` as the anchor it makes: its total at the end of the day and its status.
    public init(orderId: Int64, rowDay day: Day, releasedTotalFen: Int64, exhausted: Bool, refunded: Bool) {
        self.init(orderId: orderId, asOf: day, releasedFen: releasedTotalFen, status: exhausted ? .exhausted : refunded ? .refunded : .live)
    }

    /// This anchor, or `row` (a later row of the lot) in its place when the row is the later of
    /// the two.
    public func folding(_ row: LotAnchor?) -> LotAnchor {
        guard let row, row.asOf > asOf else { return self }
        return row
    }

    /// `anchors` with each lot's last row since the latest checkpoint (`rows`, in day order) in
    /// place of its anchor when the row is the later of the two: the anchors are moved on
    /// checkpoint days only, and a reader folds in the rows since. (An anchor later than the row
    /// is one a rerun restores from its first row, or a lot entered on a day that wrote every
    /// lot's row.) A row whose lot has no anchor is an input error naming the smallest such order.
    /// Returns the folded anchors and, in the anchors' order, those a row moved (what the next
    /// checkpoint writes). Lots are found by `IdIndex`, not hashed: 2.4M anchors and up to six
    /// days of rows at a million members.
    public static func folding(_ anchors: [LotAnchor], rows: [LotAnchor]) throws(InputError)
        -> (anchors: [LotAnchor], moved: [LotAnchor]) {
        guard !rows.isEmpty else { return (anchors, []) }
        let index = IdIndex(anchors.map(\.orderId))
        var folded = anchors
        var touched = [Bool](repeating: false, count: anchors.count)
        var orphan: LotAnchor? = nil
        for row in rows {                                     // bounded: the rows since the checkpoint
            guard let position = index.position(of: row.orderId).map(Int.init) else {
                if orphan.map({ row.orderId < $0.orderId }) ?? true { orphan = row }
                continue
            }
            folded[position] = folded[position].folding(row)
            touched[position] = true
        }
        if let orphan {
            throw .lotStateForUnknownLot(orderId: orphan.orderId, detail: "it has a row of \(orphan.asOf.iso) but no lot recorded before it")
        }
        var moved: [LotAnchor] = []
        for position in anchors.indices where touched[position] && folded[position] != anchors[position] { moved.append(folded[position]) }   // bounded: the anchors
        return (folded, moved)
    }

    /// Each lot's last of `rows` (appended in day order), by order id ascending: what a
    /// checkpoint moves the anchors to.
    public static func lastOfEachLot(_ rows: [LotAnchor]) -> [LotAnchor] {
        let order = rows.indices.sorted { (rows[$0].orderId, $0) < (rows[$1].orderId, $1) }
        var last: [LotAnchor] = []
        last.reserveCapacity(order.count)
        for position in order {                               // bounded: the rows
            if last.last?.orderId == rows[position].orderId { last[last.count - 1] = rows[position] } else { last.append(rows[position]) }
        }
        return last
    }
}
