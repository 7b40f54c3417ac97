/// A member's team (下级市场) seen from the member: totals split into cash and points
/// (个人网体总业绩，分割出积分及现金数额), and its own lots with their terms. O(downline).
public struct Downline: Equatable, Sendable {
    public var members = 0
    /// Orders of the downline that count on the day (paid, not refunded): P(m) and its split.
    public var amountFen: Int64 = 0
    public var cashFen: Int64 = 0
    public var pointsFen: Int64 = 0

    public static func of(_ member: Int32, on day: Day, snapshot: Snapshot) -> Downline {
        var totals = Downline()
        let tree = snapshot.tree
        var stack: [Int32] = []
        for slot in Int(tree.childStart[Int(member)])..<Int(tree.childStart[Int(member) + 1]) { stack.append(tree.children[slot]) }
        while let next = stack.popLast() {                   // bounded: each downline member once
            let node = Int(next)
            totals.members += 1
            for order in Int(snapshot.memberOrderStart[node])..<Int(snapshot.memberOrderStart[node + 1])
            where snapshot.orderCounts(order, on: day) {
                totals.amountFen += snapshot.orderAmountFen[order]
                totals.cashFen += snapshot.orderCashFen[order]
                totals.pointsFen += snapshot.orderPointsFen[order]
            }
            for slot in Int(tree.childStart[node])..<Int(tree.childStart[node + 1]) { stack.append(tree.children[slot]) }
        }
        return totals
    }
}

/// One lot of a member, with the terms fixed when it was bought (SPEC §3.1).
public struct LotTermsView: Equatable, Sendable {
    public var orderId: Int64
    public var paidOn: Day
    public var amountFen: Int64
    public var giftTier: Int
    public var capFen: Int64
    public var dailyFen: Int64
    public var activeFrom: Day
    public var refundedOn: Day?

    /// The member's lots, oldest first, of orders paid on or before `day`.
    public static func lots(of member: Int32, through day: Day, snapshot: Snapshot) -> [LotTermsView] {
        (Int(snapshot.memberLotStart[Int(member)])..<Int(snapshot.memberLotStart[Int(member) + 1])).compactMap { lot in
            let order = Int(snapshot.lotOrder[lot])
            guard snapshot.orderPaidOn[order] <= day.number else { return nil }
            let refunded = snapshot.orderRefundedOn[order]
            return LotTermsView(orderId: snapshot.orderIds[order], paidOn: Day(snapshot.orderPaidOn[order]),
                                amountFen: snapshot.orderAmountFen[order], giftTier: Int(snapshot.lotTier[lot]),
                                capFen: snapshot.lotCapFen[lot], dailyFen: snapshot.lotDailyFen[lot],
                                activeFrom: Day(snapshot.lotActiveFrom[lot]), refundedOn: refunded == Int32.max ? nil : Day(refunded))
        }
    }

    /// The last day on or before `day` on which the lot could have a settled row (active at its
    /// start), or nil if it never could.
    public func lastPossibleRow(onOrBefore day: Day) -> Day? {
        var last = day
        if let refundedOn, refundedOn <= day { last = refundedOn.advanced(by: -1) }
        return last >= activeFrom ? last : nil
    }
}
