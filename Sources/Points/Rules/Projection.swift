import SettleKernel

/// One day of a projection: what would be released if no new order arrived.
public struct ProjectedDay: Equatable, Sendable {
    public var day: Day
    public var staticFen: Int64
    /// Share, team and peer paid: accelerations, released from the receivers' own lots.
    public var acceleratedFen: Int64
    public var forfeitedFen: Int64
    public var lotsExhausted: Int
    /// Locked points left at the end of the day.
    public var lockedFen: Int64
    public var releasedFen: Int64 { staticFen + acceleratedFen }
}

public enum Projection {
    /// Settles the `days` days after `day` in memory, from the balances at the end of `day`,
    /// with the orders the snapshot holds (so, no new orders) and the refunds already known.
    /// Nothing here is written anywhere: it is the engine itself, run ahead.
    public static func run(after day: Day, days: Int, snapshot: Snapshot, balances: LotBalances) -> [ProjectedDay] {
        precondition(days >= 0 && days <= 3660, "projection length out of bounds")
        var carried = balances
        var projected: [ProjectedDay] = []
        projected.reserveCapacity(days)
        for offset in 0..<Int32(days) {
            let next = day.advanced(by: offset + 1)
            let result = DayEngine.settle(day: next, snapshot: snapshot, balances: &carried)
            let summary = result.summary
            projected.append(ProjectedDay(day: next, staticFen: summary.paidFen[PointsKind.static.rawValue],
                                          acceleratedFen: summary.totalPaidFen - summary.paidFen[PointsKind.static.rawValue],
                                          forfeitedFen: summary.forfeitedFen.reduce(0, +),
                                          lotsExhausted: summary.lotsExhausted, lockedFen: summary.standing.lockedFen))
        }
        return projected
    }
}
