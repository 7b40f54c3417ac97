import SettleKernel
import PointsModel

/// The points program's state: one row per lot active on a settled day (`settle.lot_days`, what
/// it released by kind and its total since it began), and the day's figures on its run record.
public struct PointsStateStore: ModelStateStore {
    public typealias Model = Points
    let store: SettlementStore
    var connection: Connection { store.connection }

    public init(store: SettlementStore) { self.store = store }

    /// Lot states a day starts from: the previous day's rows and every lot exhausted before.
    public static let lotStatesQuery = """
        COPY (SELECT order_id, released_total_fen FROM settle.lot_days
              WHERE settle_date = current_setting('settle.day')::date - 1
              UNION ALL
              SELECT order_id, released_total_fen FROM settle.lot_days
              WHERE exhausted AND settle_date < current_setting('settle.day')::date - 1) TO STDOUT (FORMAT binary)
        """

    public func loadState(before day: Day, derived: Snapshot) throws -> LotBalances {
        try derived.balances(from: try loadLotStates(before: day))
    }

    /// The lot states a day starts from: the previous day's rows and every lot exhausted before.
    public func loadLotStates(before day: Day) throws -> [LotState] {
        try connection.execute("SELECT set_config('settle.day', $1, false)", [day.iso])
        var states: [LotState] = []
        try connection.copyOutBinary(Self.lotStatesQuery) { tuple in
            guard tuple.count == 2, let order = tuple.integer(0), let released = tuple.integer(1)
            else { throw SettlementStore.malformed("lot_days") }
            states.append(LotState(orderId: order, releasedFen: released))
        }
        return states
    }

    public func writeDay(_ result: DayResult, runId: Int64) throws {
        let date = result.day.iso
        let table = try store.dayTable("lot_days", result.day)
        let copied = try connection.copyIn("""
            COPY \(table) (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted)
            FROM STDIN
            """) { writer in
            for lot in result.lots {
                writer.field(date); writer.field(lot.orderId)
                writer.field(lot.staticFen); writer.field(lot.shareFen); writer.field(lot.teamFen); writer.field(lot.peerFen)
                writer.field(lot.releasedTotalFen); writer.field(lot.exhausted)
                try writer.endRow()
            }
        }
        guard copied == result.lots.count else { throw StoreError(.schema, "day \(date): stored \(copied) lot rows of \(result.lots.count)") }
        try store.attachFreshPartitions()
        try writeFigures(result.summary, lotCount: result.lots.count, runId: runId)
    }

    /// The day's points figures on its run record: what `report day` reads back.
    func writeFigures(_ summary: DaySummary, lotCount: Int, runId: Int64) throws(StoreError) {
        let standing = summary.standing
        let tiers = "{" + summary.membersPerStarTier.map { String($0) }.joined(separator: ",") + "}"
        let updated = try connection.rows("""
            UPDATE settle.runs SET lot_count = $2, lots_created = $3, lots_exhausted = $4, star_members = $5::integer[],
                   locked_fen = $6, lots_outstanding = $7, revenue_fen = $8, cash_revenue_fen = $9, points_revenue_fen = $10,
                   trailing_revenue_fen = $11
            WHERE id = $1 AND model = 'points' RETURNING id
            """, [String(runId), String(lotCount), String(summary.lotsCreated), String(summary.lotsExhausted), tiers,
                  String(standing.lockedFen), String(standing.lotsOutstanding), String(standing.revenueFen),
                  String(standing.cashRevenueFen), String(standing.pointsRevenueFen), String(standing.trailingRevenueFen)],
            source: "settle.runs")
        guard updated.count == 1 else { throw StoreError(.schema, "points run \(runId) not found to record its figures") }
    }

    public func voidDays(from day: Day) throws {
        try connection.execute("DELETE FROM settle.lot_days WHERE settle_date >= $1::date", [day.iso])
    }
}
