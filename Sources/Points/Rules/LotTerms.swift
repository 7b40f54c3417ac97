import SettleKernel

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
