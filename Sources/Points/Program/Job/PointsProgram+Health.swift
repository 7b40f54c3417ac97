import SettleKernel
import SettleStore
import PointsModel
import SettleJob

/// `report health` for the points program: what it owes is the locked points of every lot and
/// the members' unspent balances; its plan promises its gift multiplier in points per yuan.
extension PointsProgram {
    public static let liabilityWhat = "locked points and unspent balances"

    public func liabilities(_ days: ClosedRange<Day>) throws -> [Day: (fen: Int64, backingFen: Int64?)] {
        var owed: [Day: (fen: Int64, backingFen: Int64?)] = [:]
        for (day, locked) in try runner.store.lockedByDay(days) {        // bounded: the settled days asked for
            owed[day] = (locked + (try runner.store.walletFen(through: day)), nil)
        }
        return owed
    }

    public static func planTerms(_ plan: Plan) -> PlanTerms {
        var terms = PlanTerms()
        terms.generations = max(plan.shareRates.count, plan.peerGenerations)
        terms.unlimitedTeamDepth = !plan.starTiers.isEmpty
        terms.membershipPurchaseFen = plan.giftTiers.map(\.minAmountFen).min()
        terms.commitmentPerYuan = plan.giftTiers.map(\.multiplier).max() ?? .zero
        terms.commitmentWhat = "locked points per yuan of a qualifying order, the top gift tier's multiplier"
        return terms
    }
}

extension SettlementStore {
    /// The points locked at the end of each settled day of `days` (days settled before migration
    /// 0003 recorded none and are left out).
    func lockedByDay(_ days: ClosedRange<Day>) throws(StoreError) -> [(Day, Int64)] {
        try connection.rows("""
            SELECT d.settle_date - date '1970-01-01', f.locked_fen FROM settle.days d
            JOIN settle.points_day_figures f ON f.run_id = d.run_id
            WHERE d.model = 'points' AND d.settle_date BETWEEN $1::date AND $2::date AND f.locked_fen IS NOT NULL
            ORDER BY 1
            """, [days.lowerBound.iso, days.upperBound.iso], source: "settle.points_day_figures").map { row throws(StoreError) in
            (try row.day(0), try row.int64(1))
        }
    }
}
