import SettleKernel

/// Where the shop stands at the end of a day: the points it still owes as locked lots, and the
/// revenue those points were given for (issue 4, liability). Computed by the engine for every
/// day it settles, stored with the run, so a settled day's report and a dry run's agree.
public struct Standing: Equatable, Sendable {
    /// Locked points not yet released, of lots paid on or before the day and not refunded on or
    /// before it (a refunded lot's remainder is forfeited, not owed). Includes lots still in
    /// their release lag.
    public var lockedFen: Int64 = 0
    /// Lots with locked points left (the same lots as `lockedFen`).
    public var lotsOutstanding = 0
    /// Orders paid on or before the day and not refunded on or before it, whatever their amount.
    public var revenueFen: Int64 = 0
    public var cashRevenueFen: Int64 = 0
    public var pointsRevenueFen: Int64 = 0
    /// The same, for orders paid in the `trailingDays` days ending with the day.
    public var trailingRevenueFen: Int64 = 0

    public static let trailingDays: Int32 = 30

    public init() {}

    /// The standing at the end of `day`, with `balances` as they are after settling it.
    /// O(orders + lots).
    public static func at(day: Day, snapshot: Snapshot, balances: LotBalances) -> Standing {
        var standing = Standing()
        let firstTrailing = day.number - trailingDays + 1
        for order in 0..<snapshot.orderCount where snapshot.orderCounts(order, on: day) {
            standing.revenueFen += snapshot.orderAmountFen[order]
            standing.cashRevenueFen += snapshot.orderCashFen(order)
            standing.pointsRevenueFen += snapshot.orderPointsFen[order]
            if snapshot.orderPaidOn[order] >= firstTrailing { standing.trailingRevenueFen += snapshot.orderAmountFen[order] }
        }
        for lot in 0..<snapshot.lotCount {
            let order = Int(snapshot.lotOrder[lot])
            guard snapshot.orderCounts(order, on: day) else { continue }
            let remaining = snapshot.lotCapFen[lot] - balances.releasedFen[lot]
            precondition(remaining >= 0, "lot of order \(snapshot.orderIds[order]) released past its cap")
            if remaining > 0 {
                standing.lockedFen += remaining
                standing.lotsOutstanding += 1
            }
        }
        return standing
    }
}
