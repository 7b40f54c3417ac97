import SettleKernel
import PointsModel
import SettleStore

/// The points program's state (migration 0013): `settle.lots`, each lot once with its terms and an
/// anchor (its released total and status at the end of a settled day), and `settle.lot_days`, a row
/// only for the lots a day accelerated, exhausted or saw refunded. Between its anchor and the day
/// settled a live lot released exactly its daily amount, so reads and writes grow with the lots and
/// with what happened, not with a row per lot per day. The anchors move on checkpoint days only
/// (`Day.isCheckpoint`, Thursdays), to each lot's last row of the week; a reader folds in the rows
/// since, at most six days of them (`settle.lot_anchors` in SQL). The day's figures go on their own
/// table.
public struct PointsStateStore: ModelStateStore {
    public typealias Model = Points
    let store: SettlementStore
    /// Whether the next day written must hold a row for every active lot: the state came from
    /// rows, not anchors (a first day, or days settled before migration 0013), and that day's
    /// rows become the anchors' ground.
    /// `sinceCheckpoint`: the rows since the latest checkpoint that are later than their lot's
    /// stored anchor, read with the anchors and then appended from every day this store writes,
    /// in day order: each lot's last of them is what the next checkpoint day moves.
    final class Pending {
        var fullRows = false
        var sinceCheckpoint: [LotAnchor] = []
    }
    let pending = Pending()
    var connection: Connection { store.connection }

    public init(store: SettlementStore) { self.store = store }

    /// The anchors of the lots recorded before `day` as they stand at the end of `day − 1`, and
    /// the rows since the latest checkpoint that moved them.
    public struct AnchorRows: Sendable {
        public var anchors: [LotAnchor]
        public var sinceCheckpoint: [LotAnchor]
    }

    /// The anchors of the lots recorded before `day`, read without the shop.
    public func readStateRows(before day: Day) throws -> AnchorRows { try loadAnchors(before: day) }

    public func loadState(before day: Day, derived: Snapshot, rows: AnchorRows) throws -> LotBalances {
        pending.sinceCheckpoint = rows.sinceCheckpoint
        let recorded = rows.anchors
        guard !recorded.isEmpty else {
            pending.fullRows = true
            return try derived.balances(from: try loadRowStates(before: day))
        }
        pending.fullRows = false
        let moved = recorded.filter { $0.asOf >= day }
        guard !moved.isEmpty else { return try derived.balances(anchors: recorded, before: day) }
        let firstRows = try loadFirstRows(from: day)
        let lotOf = derived.lotIndexByOrderId()
        let anchors = try recorded.map { anchor throws -> LotAnchor in
            guard anchor.asOf >= day else { return anchor }
            guard let row = firstRows[anchor.orderId], let lot = lotOf.position(of: anchor.orderId) else {
                throw InputError.lotStateForUnknownLot(orderId: anchor.orderId,
                                                       detail: "its anchor is of \(anchor.asOf) but it has no row on or after \(day)")
            }
            let released = derived.released(Int(lot), before: day, rowDay: row.day, beforeRowFen: row.beforeFen)
            return LotAnchor(orderId: anchor.orderId, asOf: day.advanced(by: -1), releasedFen: released, status: .live)
        }
        return try derived.balances(anchors: anchors, before: day)
    }

    /// The anchors `day` starts from.
    static func anchorsQuery(before day: Day) -> String {
        """
        COPY (SELECT order_id, as_of - date '1970-01-01', released_fen, status FROM settle.lots
              WHERE recorded_on < \(SQLLiteral.date(day))) TO STDOUT (FORMAT binary)
        """
    }

    /// The anchors of the lots recorded before `day` (a rerun from `day` removes the others), as
    /// they stand at the end of `day − 1`, each lot's rows since the last checkpoint folded in: an
    /// anchor still of `day` or later is restored by the caller from its first row.
    public func loadAnchors(before day: Day) throws -> AnchorRows {
        var anchors: [LotAnchor] = []
        if let rows = try store.estimatedRows(of: "settle.lots") { anchors.reserveCapacity(rows) }
        try connection.copyOutBinary(Self.anchorsQuery(before: day)) { tuple in
            guard tuple.count == 4, let order = tuple.integer(0), let asOf = tuple.integer(1), let released = tuple.integer(2),
                  let code = tuple.integer(3), let status = LotAnchor.Status(rawValue: Int16(truncatingIfNeeded: code))
            else { throw SettlementStore.malformed("lots") }
            anchors.append(LotAnchor(orderId: order, asOf: Day(Int32(truncatingIfNeeded: asOf)), releasedFen: released, status: status))
        }
        guard !anchors.isEmpty else { return AnchorRows(anchors: [], sinceCheckpoint: []) }   // the state comes from rows
        let last = day.advanced(by: -1)
        // A day's rows fold into no anchor when every anchor is as late (`LotAnchor.folding`):
        // after a day that wrote every lot's row and anchor (a first day, an upgrade from 0012),
        // its 2.4M rows were read and dropped by every night until the next checkpoint (1.8 s).
        // Those days are not read; a row there naming no lot is left to `verify`, which names it.
        let earliestAnchor = anchors.lazy.map(\.asOf).min() ?? last      // not empty: checked above
        let after = max(try store.lotRowsFoldedAfter(last), earliestAnchor)
        let folded = try LotAnchor.folding(anchors, rows: try store.lotRowsSince(after: after, through: last))
        return AnchorRows(anchors: folded.anchors, sinceCheckpoint: folded.moved)
    }

    /// Each lot's first row on or after `day`: its date and what the lot had released before it.
    func loadFirstRows(from day: Day) throws -> [Int64: (day: Day, beforeFen: Int64)] {
        var rows: [Int64: (day: Day, beforeFen: Int64)] = [:]
        try connection.copyOutBinary("""
            COPY (SELECT DISTINCT ON (order_id) order_id, settle_date - date '1970-01-01',
                         released_total_fen - static_fen - share_fen - team_fen - peer_fen
                  FROM settle.lot_days WHERE settle_date >= \(SQLLiteral.date(day))
                  ORDER BY order_id, settle_date) TO STDOUT (FORMAT binary)
            """) { tuple in
            guard tuple.count == 3, let order = tuple.integer(0), let date = tuple.integer(1), let before = tuple.integer(2)
            else { throw SettlementStore.malformed("lot_days") }
            rows[order] = (Day(Int32(truncatingIfNeeded: date)), before)
        }
        return rows
    }

    /// Lot states from rows alone, for a state with no anchors recorded before `day`: each lot's
    /// last row before `day` (days settled before migration 0013 have a row for every active lot).
    /// Reads the history once; the day written next records the anchors.
    public func loadRowStates(before day: Day) throws -> [LotState] {
        var states: [LotState] = []
        try connection.copyOutBinary("""
            COPY (SELECT DISTINCT ON (order_id) order_id, released_total_fen FROM settle.lot_days
                  WHERE settle_date < \(SQLLiteral.date(day)) ORDER BY order_id, settle_date DESC) TO STDOUT (FORMAT binary)
            """) { tuple in
            guard tuple.count == 2, let order = tuple.integer(0), let released = tuple.integer(1)
            else { throw SettlementStore.malformed("lot_days") }
            states.append(LotState(orderId: order, releasedFen: released))
        }
        return states
    }

    public func writeDay(_ result: DayResult, state: Model.State, derived: Model.Derived, runId: Int64) throws {
        let fullRows = pending.fullRows
        pending.fullRows = false
        // By order id, the key's order: a rerun writes into the day's existing partition, where
        // rows in lot (member) order were inserts at random places of its key. The rows stay
        // where the result has them and their order is sorted: 4 bytes a row, where a sorted copy
        // of a first day's 2.9M rows took 186 MB more at the peak.
        let rows = fullRows ? LotRows(result.lots, result.refunds) : LotRows(result.changedLots)
        let table = try store.dayTable("lot_days", result.day)
        let copied = try connection.copyInBinary("""
            COPY \(table.name) (\(table.dateColumn)order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted, refunded)
            FROM STDIN (FORMAT binary)
            """) { writer in
            for lot in rows {                                 // bounded: the day's rows
                if !table.fresh { writer.field(result.day) }
                writer.field(lot.orderId)
                writer.field(lot.staticFen); writer.field(lot.shareFen); writer.field(lot.teamFen); writer.field(lot.peerFen)
                writer.field(lot.releasedTotalFen); writer.field(lot.exhausted); writer.field(lot.refunded)
                try writer.endRow()
            }
        }
        guard copied == rows.count else { throw StoreError(.schema, "day \(result.day): stored \(copied) lot rows of \(rows.count)") }
        // The rows' key built while the anchors since the checkpoint are noted here (the next
        // statement waits for it).
        try store.attachFreshPartitions(waiting: false)
        let entered = IdIndex(result.entered.map(\.orderId))
        for lot in rows where entered.position(of: lot.orderId) == nil {  // bounded: the day's rows (a lot entered today stands there)
            pending.sinceCheckpoint.append(LotAnchor(orderId: lot.orderId, rowDay: result.day, releasedTotalFen: lot.releasedTotalFen,
                                                     exhausted: lot.exhausted, refunded: lot.refunded))
        }
        try writeEntered(result.entered, day: result.day)
        if result.day.isCheckpoint { try moveAnchors(on: result.day) }
        try writeFigures(result.summary, lotCount: result.lots.count, lotRows: rows.count, runId: runId)
    }

    /// A day's lot rows in order id order, read in place from the one or two arrays the result
    /// holds them in (positions past the first array's are the second's).
    struct LotRows: Sequence {
        let first: [LotRelease]
        let second: [LotRelease]
        let order: [Int32]

        init(_ first: [LotRelease], _ second: [LotRelease] = []) {
            precondition(first.count + second.count < Int(Int32.max), "more lot rows than Int32 positions")
            self.first = first
            self.second = second
            var order = Array(0..<Int32(first.count + second.count))
            first.withUnsafeBufferPointer { a in
                second.withUnsafeBufferPointer { b in
                    func id(_ position: Int32) -> Int64 { Int(position) < a.count ? a[Int(position)].orderId : b[Int(position) - a.count].orderId }
                    order.sort { (id($0), $0) < (id($1), $1) }
                }
            }
            self.order = order
        }

        var count: Int { order.count }
        func row(_ position: Int32) -> LotRelease { Int(position) < first.count ? first[Int(position)] : second[Int(position) - first.count] }

        struct Iterator: IteratorProtocol {
            let rows: LotRows
            var at = 0
            mutating func next() -> LotRelease? {
                guard at < rows.order.count else { return nil }
                defer { at += 1 }
                return rows.row(rows.order[at])
            }
        }
        func makeIterator() -> Iterator { Iterator(rows: self) }
    }

    /// The lots the state holds from this day on: terms and anchor.
    func writeEntered(_ entered: [LotEntry], day: Day) throws {
        guard !entered.isEmpty else { return }
        let copied = try connection.copyInBinary("""
            COPY settle.lots (order_id, member_id, paid_on, gift_tier, cap_fen, daily_fen, active_from, releases_from, recorded_on,
                              as_of, released_fen, status) FROM STDIN (FORMAT binary)
            """) { writer in
            for lot in entered {
                writer.field(lot.orderId); writer.field(lot.memberId); writer.field(lot.paidOn); writer.smallint(Int16(lot.giftTier))
                writer.field(lot.capFen); writer.field(lot.dailyFen); writer.field(lot.activeFrom)
                writer.field(max(lot.activeFrom, day)); writer.field(day); writer.field(day)
                writer.field(lot.releasedFen); writer.smallint(lot.status.rawValue)
                try writer.endRow()
            }
        }
        guard copied == entered.count else { throw StoreError(.schema, "day \(day): stored \(copied) lots of \(entered.count)") }
    }

    /// On a checkpoint day the anchors move to each lot's last row since the checkpoint before,
    /// from what this store read and wrote since (about 330,000 lots a week at a million
    /// members, where the nightly move was 306,000 a night): staged by COPY, then one UPDATE that
    /// must move every one of them (each row is later than its lot's stored anchor).
    func moveAnchors(on day: Day) throws {
        let moves = LotAnchor.lastOfEachLot(pending.sinceCheckpoint)
        pending.sinceCheckpoint = []
        guard !moves.isEmpty else { return }
        try connection.execute("TRUNCATE settle.lot_anchor_moves")
        let copied = try connection.copyInBinary("COPY settle.lot_anchor_moves (order_id, as_of, released_fen, status) FROM STDIN (FORMAT binary)") { writer in
            for move in moves {                               // bounded: the lots moved since the last checkpoint
                writer.field(move.orderId); writer.field(move.asOf); writer.field(move.releasedFen); writer.smallint(move.status.rawValue)
                try writer.endRow()
            }
        }
        let moved = try connection.scalar("""
            WITH moved AS (
                UPDATE settle.lots l SET as_of = m.as_of, released_fen = m.released_fen, status = m.status
                FROM settle.lot_anchor_moves m
                WHERE l.order_id = m.order_id AND l.recorded_on < $1::date AND m.as_of > l.as_of AND m.as_of <= $1::date
                RETURNING 1)
            SELECT count(*) FROM moved
            """, [day.iso])
        try connection.execute("TRUNCATE settle.lot_anchor_moves")
        guard copied == moves.count, moved == String(moves.count) else {
            throw StoreError(.schema, "day \(day): moved \(moved ?? "no") lot anchors of \(moves.count) (\(copied) staged): a lot is missing or its anchor is not older")
        }
    }

    /// The day's points figures beside its run record (`settle.points_day_figures`): what
    /// `report day` reads back.
    func writeFigures(_ summary: DaySummary, lotCount: Int, lotRows: Int, runId: Int64) throws(StoreError) {
        let standing = summary.standing
        let tiers = "{" + summary.membersPerStarTier.map { String($0) }.joined(separator: ",") + "}"
        let updated = try connection.rows("""
            INSERT INTO settle.points_day_figures (run_id, lot_count, lots_created, lots_exhausted, star_members, locked_fen,
                   lots_outstanding, revenue_fen, cash_revenue_fen, points_revenue_fen, trailing_revenue_fen, lot_rows)
            SELECT id, $2, $3, $4, $5::integer[], $6, $7, $8, $9, $10, $11, $12 FROM settle.runs
            WHERE id = $1 AND model = 'points' RETURNING run_id
            """, [String(runId), String(lotCount), String(summary.lotsCreated), String(summary.lotsExhausted), tiers,
                  String(standing.lockedFen), String(standing.lotsOutstanding), String(standing.revenueFen),
                  String(standing.cashRevenueFen), String(standing.pointsRevenueFen), String(standing.trailingRevenueFen), String(lotRows)],
            source: "settle.points_day_figures")
        guard updated.count == 1 else { throw StoreError(.schema, "points run \(runId) not found to record its figures") }
    }

    /// Restores the anchors to the end of `day − 1` (a lot moved since stands where its first row of
    /// `day` or later says, less the daily amounts between), forgets the lots recorded since, and
    /// removes the rows; checks that no anchor of `day` or later is left.
    public func voidDays(from day: Day) throws {
        try connection.execute("""
            UPDATE settle.lots l
            SET as_of = $1::date - 1, status = 0,
                released_fen = f.before_fen - l.daily_fen * greatest(0, f.settle_date - greatest($1::date, l.active_from))
            FROM (SELECT DISTINCT ON (order_id) order_id, settle_date,
                         released_total_fen - static_fen - share_fen - team_fen - peer_fen AS before_fen
                  FROM settle.lot_days WHERE settle_date >= $1::date ORDER BY order_id, settle_date) f
            WHERE l.order_id = f.order_id AND l.recorded_on < $1::date AND l.as_of >= $1::date
            """, [day.iso])
        try connection.execute("DELETE FROM settle.lots WHERE recorded_on >= $1::date", [day.iso])
        try connection.execute("DELETE FROM settle.lot_days WHERE settle_date >= $1::date", [day.iso])
        let left = try connection.scalar("SELECT count(*) FROM settle.lots WHERE as_of >= $1::date", [day.iso])
        guard left == "0" else { throw StoreError(.schema, "rerun from \(day): \(left ?? "?") lot anchors of that day or later have no row to restore them from") }
    }
}
