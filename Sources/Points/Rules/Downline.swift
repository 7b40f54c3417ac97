import SettleKernel

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
                totals.cashFen += snapshot.orderCashFen(order)
                totals.pointsFen += snapshot.orderPointsFen[order]
            }
            for slot in Int(tree.childStart[node])..<Int(tree.childStart[node + 1]) { stack.append(tree.children[slot]) }
        }
        return totals
    }
}
