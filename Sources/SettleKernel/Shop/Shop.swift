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
        let (positions, memberOfSlot, memberStart) = try Self.grouped(orders, tree: tree)
        let count = positions.count
        var ids = [Int64](repeating: 0, count: count), cash = [Int64](repeating: 0, count: count)
        var amounts = [Int64](repeating: 0, count: count), points = [Int64](repeating: 0, count: count)
        var paidAt = [Int64](repeating: 0, count: count)
        var paidOn = [Int32](repeating: 0, count: count), refundedOn = [Int32](repeating: 0, count: count)
        var refundedAt = [Int64](repeating: 0, count: count)
        for (slot, position) in positions.enumerated() {     // bounded: one pass over the orders
            let order = orders[Int(position)]
            ids[slot] = order.id
            amounts[slot] = order.amountFen
            cash[slot] = order.cashFen
            points[slot] = order.pointsFen
            paidAt[slot] = order.paidAtMicros
            paidOn[slot] = order.paidOn.number
            refundedOn[slot] = order.refundedOn?.number ?? Self.notRefunded
            refundedAt[slot] = order.refundedAtMicros ?? Int64.max
        }
        orderIds = ids; orderMember = memberOfSlot; orderAmountFen = amounts; orderCashFen = cash; orderPointsFen = points
        orderPaidAtMicros = paidAt; orderPaidOn = paidOn; orderRefundedOn = refundedOn; orderRefundedAtMicros = refundedAt
        memberOrderStart = memberStart
    }

    /// Every order checked, then the orders' positions in (member id, paid at, id) order, each
    /// one's member index and each member's range of them (CSR offsets): a counting sort by member (members are sorted by id; each order's
    /// member found by binary search), then each member's few orders by (paid at, id). An order
    /// of an unknown member is named (the first in that order, as a full sort would find it).
    static func grouped(_ orders: [OrderRow], tree: ReferralTree) throws(InputError) -> (positions: [Int32], members: [Int32], start: [Int32]) {
        var total: Int64 = 0
        var memberOf = [Int32](repeating: 0, count: orders.count)
        var unknown: OrderRow? = nil
        var start = [Int32](repeating: 0, count: tree.count + 1)
        for (position, order) in orders.enumerated() {       // bounded: the orders
            try check(order)
            let (sum, overflow) = total.addingReportingOverflow(order.amountFen)
            guard !overflow, sum <= Int64.max / 4 else { throw .amountsTooLarge(detail: "the orders' amounts add up past \(Int64.max / 400) yuan") }
            total = sum
            guard let member = tree.index(of: order.memberId) else {
                if unknown.map({ (order.memberId, order.paidAtMicros, order.id) < ($0.memberId, $0.paidAtMicros, $0.id) }) ?? true { unknown = order }
                continue
            }
            memberOf[position] = member
            start[Int(member) + 1] += 1
        }
        try checkUniqueIds(orders)
        if let unknown { throw .orderForUnknownMember(orderId: unknown.id, memberId: unknown.memberId) }
        for member in 0..<tree.count { start[member + 1] += start[member] }   // bounded: the members
        var next = start
        var positions = [Int32](repeating: 0, count: orders.count)
        for position in orders.indices {                     // bounded: the orders
            let member = Int(memberOf[position])
            positions[Int(next[member])] = Int32(position)
            next[member] += 1
        }
        orders.withUnsafeBufferPointer { orders in
            positions.withUnsafeMutableBufferPointer { positions in
                for member in 0..<tree.count where start[member + 1] - start[member] > 1 {   // bounded: the members
                    var group = UnsafeMutableBufferPointer(rebasing: positions[Int(start[member])..<Int(start[member + 1])])
                    group.sort { (orders[Int($0)].paidAtMicros, orders[Int($0)].id) < (orders[Int($1)].paidAtMicros, orders[Int($1)].id) }
                }
            }
        }
        var members = [Int32](repeating: 0, count: orders.count)
        for member in 0..<tree.count {                       // bounded: the members
            for slot in Int(start[member])..<Int(start[member + 1]) { members[slot] = Int32(member) }
        }
        return (positions, members, start)
    }

    /// The smallest order id given twice is named (`IdIndex`: a table when the ids are nearly
    /// dense, as a shop's sequence makes them, instead of a sort of every id).
    static func checkUniqueIds(_ orders: [OrderRow]) throws(InputError) {
        if let duplicate = IdIndex.build(orders.map(\.id)).duplicate { throw .duplicateOrder(id: duplicate) }
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
