/// The shop every program reads: the referral tree and the paid orders, grouped by member.
/// Built once per run from the input rows, checked (SPEC §5: ids named), then any number of
/// days of any model are settled against it.
public struct Shop: Sendable {
    public let tree: ReferralTree

    // Orders, struct-of-arrays, sorted by (member index, paid at, order id).
    public let orderIds: [Int64]
    public let orderMember: [Int32]
    public let orderAmountFen: [Int64]
    public let orderCashFen: [Int64]
    public let orderPointsFen: [Int64]
    public let orderPaidAtMicros: [Int64]
    public let orderPaidOn: [Int32]
    /// Day number of the refund, or `Shop.notRefunded` when not refunded.
    public let orderRefundedOn: [Int32]
    /// The refund's instant in UTC microseconds (`Int64.max` when not refunded).
    public let orderRefundedAtMicros: [Int64]
    /// Orders of member m: `memberOrderStart[m] ..< memberOrderStart[m + 1]`.
    public let memberOrderStart: [Int32]

    public static let notRefunded = Int32.max
    public var orderCount: Int { orderIds.count }

    public init(members: [MemberRow], orders: [OrderRow]) throws(InputError) {
        let tree = try ReferralTree(members: members)
        self.tree = tree
        let keys = try Self.sortedKeys(orders)
        let memberOfKey = try Self.memberIndices(keys, tree: tree, orders: orders)
        let count = keys.count
        var ids = [Int64](repeating: 0, count: count), cash = [Int64](repeating: 0, count: count)
        var amounts = [Int64](repeating: 0, count: count), points = [Int64](repeating: 0, count: count)
        var paidAt = [Int64](repeating: 0, count: count)
        var paidOn = [Int32](repeating: 0, count: count), refundedOn = [Int32](repeating: 0, count: count)
        var refundedAt = [Int64](repeating: 0, count: count)
        for (slot, key) in keys.enumerated() {               // bounded: one pass over the orders
            let order = orders[Int(key.position)]
            ids[slot] = order.id
            amounts[slot] = order.amountFen
            cash[slot] = order.cashFen
            points[slot] = order.pointsFen
            paidAt[slot] = order.paidAtMicros
            paidOn[slot] = order.paidOn.number
            refundedOn[slot] = order.refundedOn?.number ?? Self.notRefunded
            refundedAt[slot] = order.refundedAtMicros ?? Int64.max
        }
        orderIds = ids; orderMember = memberOfKey; orderAmountFen = amounts; orderCashFen = cash; orderPointsFen = points
        orderPaidAtMicros = paidAt; orderPaidOn = paidOn; orderRefundedOn = refundedOn; orderRefundedAtMicros = refundedAt
        memberOrderStart = Self.ranges(keys: memberOfKey, groups: tree.count)
    }

    struct OrderKey {
        var memberId: Int64
        var position: Int32
        var paidAtMicros: Int64
        var id: Int64
    }

    /// Every order checked, then compact keys sorted by (member id, paid at, id).
    static func sortedKeys(_ orders: [OrderRow]) throws(InputError) -> [OrderKey] {
        var total: Int64 = 0
        var keys: [OrderKey] = []
        keys.reserveCapacity(orders.count)
        for (position, order) in orders.enumerated() {
            try check(order)
            let (sum, overflow) = total.addingReportingOverflow(order.amountFen)
            guard !overflow, sum <= Int64.max / 4 else { throw .amountsTooLarge(detail: "the orders' amounts add up past \(Int64.max / 400) yuan") }
            total = sum
            keys.append(OrderKey(memberId: order.memberId, position: Int32(position), paidAtMicros: order.paidAtMicros, id: order.id))
        }
        try checkUniqueIds(orders)
        keys.sort { ($0.memberId, $0.paidAtMicros, $0.id) < ($1.memberId, $1.paidAtMicros, $1.id) }
        return keys
    }

    /// The member index of each sorted key, by a merge with the sorted member ids (no per-order search).
    static func memberIndices(_ keys: [OrderKey], tree: ReferralTree, orders: [OrderRow]) throws(InputError) -> [Int32] {
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
        return memberOfKey
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
    public static func ranges(keys: [Int32], groups: Int) -> [Int32] {
        var start = [Int32](repeating: 0, count: groups + 1)
        for key in keys { start[Int(key) + 1] += 1 }
        for group in 0..<groups { start[group + 1] += start[group] }
        return start
    }

    /// Order `order` (an index) counts on `day`: paid on or before it and not refunded on or
    /// before it (SPEC §3.3, §3.8).
    @inlinable @inline(__always)
    public func orderCounts(_ order: Int, on day: Day) -> Bool {
        orderPaidOn[order] <= day.number && orderRefundedOn[order] > day.number
    }

    /// The day of the first paid order, or nil with none.
    public var firstPaidDay: Day? { orderPaidOn.min().map(Day.init) }
}
