/// Everything about a shop that does not change from one day to the next of a run: the tree,
/// the orders grouped by member, and the lots with the terms promised when they were bought.
/// Built once, then any number of consecutive days are settled against it.
public struct Snapshot: Sendable {
    public let tree: ReferralTree
    public let plans: PlanBook

    // Orders, struct-of-arrays, sorted by (member index, paid at, order id).
    public let orderIds: [Int64]
    public let orderMember: [Int32]
    public let orderAmountFen: [Int64]
    public let orderCashFen: [Int64]
    public let orderPointsFen: [Int64]
    public let orderPaidOn: [Int32]
    /// Day number of the refund, or `Int32.max` when not refunded.
    public let orderRefundedOn: [Int32]
    /// Orders of member m: `memberOrderStart[m] ..< memberOrderStart[m + 1]`.
    public let memberOrderStart: [Int32]

    // Lots (qualifying orders), in the same order: a member's lots oldest first.
    public let lotOrder: [Int32]
    public let lotTier: [Int8]
    public let lotCapFen: [Int64]
    public let lotDailyFen: [Int64]
    /// First day the lot may release: paid day + the paid day's plan's `release_lag_days`.
    public let lotActiveFrom: [Int32]
    /// Lots of member m: `memberLotStart[m] ..< memberLotStart[m + 1]`.
    public let memberLotStart: [Int32]

    public var lotCount: Int { lotOrder.count }
    public var orderCount: Int { orderIds.count }

    public init(plans: PlanBook, members: [MemberRow], orders: [OrderRow]) throws(InputError) {
        let tree = try ReferralTree(members: members)
        self.tree = tree
        self.plans = plans

        // Check every order; sort compact keys by (member id, paid at, id), then find members by
        // a merge with the sorted member ids (no per-order search).
        var total: Int64 = 0
        var keys: [OrderKey] = []
        keys.reserveCapacity(orders.count)
        for (position, order) in orders.enumerated() {
            try Self.check(order)
            let (sum, overflow) = total.addingReportingOverflow(order.amountFen)
            guard !overflow, sum <= Int64.max / 4 else { throw .amountsTooLarge(detail: "the orders' amounts add up past \(Int64.max / 400) yuan") }
            total = sum
            keys.append(OrderKey(memberId: order.memberId, position: Int32(position), paidAtMicros: order.paidAtMicros, id: order.id))
        }
        try Self.checkUniqueIds(orders)
        keys.sort { ($0.memberId, $0.paidAtMicros, $0.id) < ($1.memberId, $1.paidAtMicros, $1.id) }
        var memberOfKey = [Int32](repeating: 0, count: keys.count)
        var cursor = 0
        for (slot, key) in keys.enumerated() {
            while cursor < tree.count && tree.ids[cursor] < key.memberId { cursor += 1 }
            guard cursor < tree.count, tree.ids[cursor] == key.memberId else {
                let order = orders[Int(key.position)]
                throw .orderForUnknownMember(orderId: order.id, memberId: order.memberId)
            }
            memberOfKey[slot] = Int32(cursor)
        }

        let count = keys.count
        var ids = [Int64](repeating: 0, count: count), members = [Int32](repeating: 0, count: count)
        var amounts = [Int64](repeating: 0, count: count), cash = [Int64](repeating: 0, count: count)
        var points = [Int64](repeating: 0, count: count)
        var paidOn = [Int32](repeating: 0, count: count), refundedOn = [Int32](repeating: 0, count: count)
        for (slot, key) in keys.enumerated() {
            let order = orders[Int(key.position)]
            ids[slot] = order.id
            members[slot] = memberOfKey[slot]
            amounts[slot] = order.amountFen
            cash[slot] = order.cashFen
            points[slot] = order.pointsFen
            paidOn[slot] = order.paidOn.number
            refundedOn[slot] = order.refundedOn?.number ?? Int32.max
        }
        keys = []
        orderIds = ids; orderMember = members; orderAmountFen = amounts; orderCashFen = cash; orderPointsFen = points
        orderPaidOn = paidOn; orderRefundedOn = refundedOn
        memberOrderStart = Self.ranges(keys: members, groups: tree.count)

        // Lots, with the terms of the plan in force on each order's paid day.
        let terms = plans.versions.map { LotTerms($0.plan) }
        var lotOrder: [Int32] = [], lotTier: [Int8] = [], lotCap: [Int64] = [], lotDaily: [Int64] = [], lotFrom: [Int32] = []
        var lotMember: [Int32] = []
        for reserve in [count] { lotOrder.reserveCapacity(reserve); lotCap.reserveCapacity(reserve); lotDaily.reserveCapacity(reserve) }
        for index in 0..<count {
            let amount = amounts[index]
            let term = terms[plans.versionIndex(on: Day(paidOn[index]))]
            guard let tier = term.tier(forAmountFen: amount) else { continue }
            lotOrder.append(Int32(index))
            lotTier.append(Int8(tier))
            lotCap.append(Rate(ppb: term.multiplierPpb[tier]).applyTruncating(amount))
            lotDaily.append(term.daily.applyTruncating(amount))
            lotFrom.append(paidOn[index] + term.lagDays)
            lotMember.append(members[index])
        }
        self.lotOrder = lotOrder
        self.lotTier = lotTier
        self.lotCapFen = lotCap
        self.lotDailyFen = lotDaily
        self.lotActiveFrom = lotFrom
        self.memberLotStart = Self.ranges(keys: lotMember, groups: tree.count)
    }

    struct OrderKey {
        var memberId: Int64
        var position: Int32
        var paidAtMicros: Int64
        var id: Int64
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

    static func checkUniqueIds(_ orders: [OrderRow]) throws(InputError) {
        var ids = orders.map(\.id)
        ids.sort()
        for index in ids.indices.dropFirst() where ids[index] == ids[index - 1] { throw .duplicateOrder(id: ids[index]) }
    }

    static func check(_ order: OrderRow) throws(InputError) {
        guard order.amountFen > 0 else { throw .invalidOrder(orderId: order.id, reason: "amount must be above 0") }
        guard order.cashFen >= 0, order.pointsFen >= 0 else { throw .invalidOrder(orderId: order.id, reason: "cash and points must not be negative") }
        guard order.cashFen.addingReportingOverflow(order.pointsFen) == (order.amountFen, false) else {
            throw .invalidOrder(orderId: order.id, reason: "cash + points must equal amount")
        }
        if let refunded = order.refundedOn, refunded < order.paidOn {
            throw .invalidOrder(orderId: order.id, reason: "refunded before it was paid")
        }
    }

    /// CSR offsets for keys that are sorted ascending: group g is `start[g] ..< start[g + 1]`.
    static func ranges(keys: [Int32], groups: Int) -> [Int32] {
        var start = [Int32](repeating: 0, count: groups + 1)
        for key in keys { start[Int(key) + 1] += 1 }
        for group in 0..<groups { start[group + 1] += start[group] }
        return start
    }

    /// Order `order` (an index) counts on `day`: paid on or before it and not refunded on or
    /// before it (SPEC §3.3, §3.8).
    @inline(__always)
    public func orderCounts(_ order: Int, on day: Day) -> Bool {
        orderPaidOn[order] <= day.number && orderRefundedOn[order] > day.number
    }

    /// The lot index of each order id that has a lot (for loading saved lot states).
    public func lotIndexByOrderId() -> [Int64: Int32] {
        var map = [Int64: Int32](minimumCapacity: lotCount)
        for lot in 0..<lotCount { map[orderIds[Int(lotOrder[lot])]] = Int32(lot) }
        return map
    }

    /// Released-so-far per lot, from saved states. A state for an order that is not a lot is an
    /// input error (the order was deleted or changed under a settled day).
    public func balances(from states: [LotState]) throws(InputError) -> LotBalances {
        var released = [Int64](repeating: 0, count: lotCount)
        guard !states.isEmpty else { return LotBalances(releasedFen: released) }
        let map = lotIndexByOrderId()
        for state in states {
            guard let lot = map[state.orderId] else {
                throw .lotStateForUnknownLot(orderId: state.orderId, detail: "the order is gone or no longer qualifies for a lot")
            }
            guard state.releasedFen >= 0, state.releasedFen <= lotCapFen[Int(lot)] else {
                throw .lotStateForUnknownLot(orderId: state.orderId, detail: "released \(state.releasedFen) fen is outside 0…cap \(lotCapFen[Int(lot)])")
            }
            released[Int(lot)] = state.releasedFen
        }
        return LotBalances(releasedFen: released)
    }
}

/// How much each lot of a snapshot has released so far: the state carried from day to day.
public struct LotBalances: Equatable, Sendable {
    public var releasedFen: [Int64]
    public init(releasedFen: [Int64]) { self.releasedFen = releasedFen }
}
