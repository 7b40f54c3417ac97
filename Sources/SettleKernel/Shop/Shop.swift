/// The shop every program reads: the referral tree and the paid orders, grouped by member (or,
/// for a program that reads no member's orders as a group, in id order: `isGroupedByMember`).
/// Built once per run from the input rows, checked (SPEC §5: ids named), then any number of
/// days of any model are settled against it.
public struct Shop: Sendable {
    public let tree: ReferralTree

    // Orders, struct-of-arrays, sorted by (member index, paid at, order id); by id when the shop
    // is not grouped by member.
    public let orderIds: [Int64]
    public let orderMember: [Int32]
    public let orderAmountFen: [Int64]
    public let orderPointsFen: [Int64]
    public let orderPaidAtMicros: [Int64]
    public let orderPaidOn: [Int32]
    /// Day number of the refund, or `Shop.notRefunded` when not refunded.
    public let orderRefundedOn: [Int32]
    /// The refund's instant in UTC microseconds (`Int64.max` when not refunded).
    public let orderRefundedAtMicros: [Int64]
    /// Orders of member m: `memberOrderStart[m] ..< memberOrderStart[m + 1]`; empty when the
    /// shop is not grouped by member.
    public let memberOrderStart: [Int32]
    /// Whether the orders are grouped by member (`memberOrderStart`) or in id order.
    public var isGroupedByMember: Bool { memberOrderStart.count == tree.count + 1 }

    public static let notRefunded = Int32.max
    public var orderCount: Int { orderIds.count }

    /// An order's cash part: its amount less its points part (`check` holds every order of a
    /// shop to cash + points = amount), kept once, not as a column of its own.
    @inlinable
    public func orderCashFen(_ order: Int) -> Int64 { orderAmountFen[order] - orderPointsFen[order] }

    public init(members: [MemberRow], orders: [OrderRow], byMember: Bool = true) throws(InputError) {
        try self.init(tree: try ReferralTree(members: members), orders: orders, byMember: byMember)
    }

    /// The same with the tree built elsewhere (a night builds it on the thread that read the
    /// members, while the orders still stream in). `byMember` false: the orders in id order, not
    /// grouped (no per-member sort; as the rows come from a shop's table in id order, the gather
    /// below reads them nearly in sequence).
    public init(tree: ReferralTree, orders: [OrderRow], byMember: Bool = true) throws(InputError) {
        self.tree = tree
        let (positions, memberOfSlot, memberStart) = byMember ? try Self.grouped(orders, tree: tree) : try Self.byId(orders, tree: tree)
        let count = positions.count
        // Every slot is written by the gather below, so the columns are not zeroed first: their
        // pages are first touched there, on both cores (zeroing them took one core 20–30 ms).
        var ids = [Int64](unwrittenCount: count)
        var amounts = [Int64](unwrittenCount: count), points = [Int64](unwrittenCount: count)
        var paidAt = [Int64](unwrittenCount: count), refundedAt = [Int64](unwrittenCount: count)
        var paidOn = [Int32](unwrittenCount: count), refundedOn = [Int32](unwrittenCount: count)
        // The gather reads the rows at scattered places (0.25 s for 3M orders on one core): two
        // halves of the slots at once, on the core the finished stream left idle.
        orders.withUnsafeBufferPointer { orders in positions.withUnsafeBufferPointer { positions in
        ids.withUnsafeMutableBufferPointer { ids in amounts.withUnsafeMutableBufferPointer { amounts in
        points.withUnsafeMutableBufferPointer { points in
        paidAt.withUnsafeMutableBufferPointer { paidAt in refundedAt.withUnsafeMutableBufferPointer { refundedAt in
        paidOn.withUnsafeMutableBufferPointer { paidOn in refundedOn.withUnsafeMutableBufferPointer { refundedOn in
            TwoHalves.run(count) { slots in
                for slot in slots {                          // bounded: half of the orders
                    let order = orders[Int(positions[slot])]
                    ids[slot] = order.id; amounts[slot] = order.amountFen; points[slot] = order.pointsFen
                    paidAt[slot] = order.paidAtMicros; paidOn[slot] = order.paidOn.number
                    refundedOn[slot] = order.refundedOn?.number ?? Self.notRefunded
                    refundedAt[slot] = order.refundedAtMicros ?? Int64.max
                }
            }
        } } } } } } } } }
        orderIds = ids; orderMember = memberOfSlot; orderAmountFen = amounts; orderPointsFen = points
        orderPaidAtMicros = paidAt; orderPaidOn = paidOn; orderRefundedOn = refundedOn; orderRefundedAtMicros = refundedAt
        memberOrderStart = memberStart
    }

    /// Every order checked, then the orders' positions in (member id, paid at, id) order, each
    /// one's member index and each member's range of them (CSR offsets): a counting sort by member
    /// (members are sorted by id; each order's member found in the tree's `IdIndex`), then each
    /// member's few orders by (paid at, id). An order of an unknown member is named (the first in
    /// that order, as a full sort would find it).
    static func grouped(_ orders: [OrderRow], tree: ReferralTree) throws(InputError) -> (positions: [Int32], members: [Int32], start: [Int32]) {
        var (memberOf, counts, _) = try counted(orders, tree: tree)
        for member in 0..<tree.count { counts[member + 1] += counts[member] }   // bounded: the members
        let start = counts
        var next = start
        var positions = [Int32](repeating: 0, count: orders.count)
        for position in orders.indices {                     // bounded: the orders
            let member = Int(memberOf[position])
            positions[Int(next[member])] = Int32(position)
            next[member] += 1
        }
        memberOf = []
        // Each member's orders by (paid at, id), two halves of the members at once.
        orders.withUnsafeBufferPointer { orders in
            positions.withUnsafeMutableBufferPointer { positions in
                TwoHalves.run(tree.count) { members in
                    for member in members where start[member + 1] - start[member] > 1 {   // bounded: half of the members
                        var group = UnsafeMutableBufferPointer(rebasing: positions[Int(start[member])..<Int(start[member + 1])])
                        group.sort { (orders[Int($0)].paidAtMicros, orders[Int($0)].id) < (orders[Int($1)].paidAtMicros, orders[Int($1)].id) }
                    }
                }
            }
        }
        var members = [Int32](repeating: 0, count: orders.count)
        for member in 0..<tree.count {                       // bounded: the members
            for slot in Int(start[member])..<Int(start[member + 1]) { members[slot] = Int32(member) }
        }
        return (positions, members, start)
    }

    /// Every order checked, then the orders' positions in id order and each one's member index
    /// (no member ranges): the ids' index, built to find a duplicate, walked in id order.
    static func byId(_ orders: [OrderRow], tree: ReferralTree) throws(InputError) -> (positions: [Int32], members: [Int32], start: [Int32]) {
        let (memberOf, _, ids) = try counted(orders, tree: tree, countsMembers: false)
        let positions = ids.positionsInIdOrder()
        precondition(positions.count == orders.count, "every order has a slot")
        var members = [Int32](repeating: 0, count: orders.count)
        for slot in positions.indices { members[slot] = memberOf[Int(positions[slot])] }   // bounded: the orders
        return (positions, members, [])
    }

    /// Each order checked and its member's index; each member's count of orders (at `start[m + 1]`);
    /// the orders' ids indexed. The ids' uniqueness is checked at once on the other core. The first
    /// error found in the orders' order is thrown, then a duplicate id, then the unknown member.
    static func counted(_ orders: [OrderRow], tree: ReferralTree, countsMembers: Bool = true) throws(InputError) -> (memberOf: [Int32], start: [Int32], ids: IdIndex) {
        // Each closure assigns its own variable once (a variable both closures captured would be
        // checked for exclusive access at every use).
        var counts: Result<Counts, InputError>? = nil, built: (index: IdIndex, duplicate: Int64?)? = nil
        TwoHalves.both({
            counts = Result { () throws(InputError) in try Counts(orders, tree: tree, countsMembers: countsMembers) }
        }, {
            // `IdIndex`: a table when the ids are nearly dense, as a shop's sequence makes them.
            built = IdIndex.build(orders.map(\.id))
        })
        guard let counts, let built else { preconditionFailure("the orders were not counted") }
        let counted = try counts.get()
        if let duplicate = built.duplicate { throw .duplicateOrder(id: duplicate) }
        if let unknown = counted.unknown { throw .orderForUnknownMember(orderId: unknown.id, memberId: unknown.memberId) }
        return (counted.memberOf, counted.start, built.index)
    }

    /// One pass over the orders: each checked, its member found and counted.
    struct Counts {
        var memberOf: [Int32]
        var start: [Int32]
        var unknown: OrderRow? = nil

        /// `countsMembers` false: `start` stays zero (a shop in id order has no member ranges).
        init(_ orders: [OrderRow], tree: ReferralTree, countsMembers: Bool = true) throws(InputError) {
            var total: Int64 = 0
            // Each order's member first, in a loop of its own: its lookups are independent loads
            // that overlap, where in the loop below each waited on memory.
            memberOf = orders.map { tree.index(of: $0.memberId) ?? -1 }
            start = [Int32](repeating: 0, count: tree.count + 1)
            for (position, order) in orders.enumerated() {   // bounded: the orders
                try check(order)
                let (sum, overflow) = total.addingReportingOverflow(order.amountFen)
                guard !overflow, sum <= Int64.max / 4 else { throw .amountsTooLarge(detail: "the orders' amounts add up past \(Int64.max / 400) yuan") }
                total = sum
                let member = memberOf[position]
                guard member >= 0 else {
                    if unknown.map({ (order.memberId, order.paidAtMicros, order.id) < ($0.memberId, $0.paidAtMicros, $0.id) }) ?? true { unknown = order }
                    memberOf[position] = 0
                    continue
                }
                if countsMembers { start[Int(member) + 1] += 1 }
            }
        }
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

extension Array where Element: FixedWidthInteger {
    /// `count` elements whose memory is left as it was: only for an array every element of which
    /// is written before it is read (any bit pattern is an integer, so nothing
    /// undefined can be read; the shop's tests compare every column it gathers).
    init(unwrittenCount count: Int) {
        precondition(count >= 0, "a negative count")
        self.init(unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }
}
