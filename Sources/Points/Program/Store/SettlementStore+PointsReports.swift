import SettleKernel
import PointsModel
import SettleStore

/// Reads for the reports. Each is a parameterised statement that touches one day's partition or
/// uses an index; none scans the whole history except where the report says so.
extension SettlementStore {
    /// A settled day as its current run recorded it.
    public struct RecordedDay: Sendable {
        public var day: Day
        public var runId: Int64
        public var planEffectiveFrom: Day
        public var summary: DaySummary
        /// False for runs made before migration 0003 (no star tiers or standing).
        public var standingRecorded: Bool
    }

    public func recordedDay(_ day: Day) throws(StoreError) -> RecordedDay? {
        guard let row = try connection.row("""
            SELECT r.id, r.plan_effective_from - date '1970-01-01', array_to_string(r.entitled_fen, ','), array_to_string(r.paid_fen, ','),
                   r.members_paid, f.lot_count, f.lots_created, f.lots_exhausted, array_to_string(f.star_members, ','),
                   f.locked_fen, f.lots_outstanding, f.revenue_fen, f.cash_revenue_fen, f.points_revenue_fen, f.trailing_revenue_fen
            FROM settle.days d JOIN settle.runs r ON r.id = d.run_id LEFT JOIN settle.points_day_figures f ON f.run_id = r.id
            WHERE d.settle_date = $1::date AND d.model = $2
            """, [day.iso, model], source: "settle.points_day_figures").map({ $0.fields }) else { return nil }
        func numbers(_ text: String?) -> [Int64] { (text ?? "").split(separator: ",").compactMap { Int64($0) } }
        func int(_ index: Int) -> Int64 { row[index].flatMap { Int64($0) } ?? 0 }
        var summary = DaySummary()
        summary.entitledFen = numbers(row[2])
        summary.paidFen = numbers(row[3])
        summary.membersPaid = Int(int(4))
        summary.lotsActive = Int(int(5))
        summary.lotsCreated = Int(int(6))
        summary.lotsExhausted = Int(int(7))
        summary.membersPerStarTier = numbers(row[8]).map { Int($0) }
        let recorded = row[9] != nil
        summary.standing.lockedFen = int(9)
        summary.standing.lotsOutstanding = Int(int(10))
        summary.standing.revenueFen = int(11)
        summary.standing.cashRevenueFen = int(12)
        summary.standing.pointsRevenueFen = int(13)
        summary.standing.trailingRevenueFen = int(14)
        guard summary.entitledFen.count == 4, summary.paidFen.count == 4 else { throw Self.malformed("runs") }
        return RecordedDay(day: day, runId: int(0), planEffectiveFrom: Day(Int32(int(1))), summary: summary, standingRecorded: recorded)
    }

    /// Every points wallet at the end of `day` together: the ledger's points entries of settled
    /// days through `day` (days from `settledBefore` on excluded, for a rerun that replaces them)
    /// plus the adjustments made before the day ended.
    /// The dated part is the running total of `settle.ledger_totals` for the last day it covers (a
    /// sum of the entries only for days settled before that table existed).
    public func walletFen(through day: Day, settledBefore: Day? = nil) throws(StoreError) -> Int64 {
        let last = settledBefore.map { min(day, $0.advanced(by: -1)) } ?? day
        return try connection.row("""
            SELECT coalesce((SELECT through_fen FROM settle.ledger_totals WHERE currency = 'points' AND settle_date = $1::date),
                            (SELECT sum(amount_fen) FROM settle.entry_amounts WHERE currency = 'points' AND settle_date <= $1::date), 0)::bigint
                 + (SELECT coalesce(sum(amount_fen), 0) FROM settle.ledger
                    WHERE currency = 'points' AND settle_date IS NULL AND created_at < ($2::date + 1)::timestamptz)::bigint
            """, [last.iso, day.iso], source: "settle.ledger")?.int64(0) ?? 0
    }

    // MARK: One member

    public func lines(of memberId: Int64, on day: Day) throws(StoreError) -> [PointsLine] {
        try connection.rows("""
            SELECT kind, entitled_fen, paid_fen FROM settle.day_lines
            WHERE settle_date = $1::date AND member_id = $2 AND model = 'points' ORDER BY kind
            """, [day.iso, String(memberId)], source: "settle.day_lines").map { row throws(StoreError) in
            guard let kind = Int16(exactly: try row.int64(0)).flatMap(PointsKind.init(code:)) else { throw Self.malformed("day_lines") }
            return PointsLine(memberId: memberId, kind: kind, entitledFen: try row.int64(1), paidFen: try row.int64(2))
        }
    }

    /// Static releases of every member on a settled day (static entitled equals paid).
    public func staticReleases(on day: Day) throws -> [(memberId: Int64, fen: Int64)] {
        var releases: [(memberId: Int64, fen: Int64)] = []
        var ranges: [Range<Int>] = []
        try connection.copyOut("""
            COPY (SELECT member_id, paid_fen FROM settle.day_lines
                  WHERE settle_date = \(SQLLiteral.date(day)) AND model = 'points' AND kind = 0) TO STDOUT
            """) { line in
            CopyText.fields(line, into: &ranges)
            guard ranges.count == 2, let member = CopyText.integer(line, ranges[0]), let fen = CopyText.integer(line, ranges[1])
            else { throw Self.malformed("day_lines") }
            releases.append((member, fen))
        }
        return releases
    }

    public func walletBalance(of memberId: Int64) throws(StoreError) -> Int64 {
        Int64(try connection.scalar("SELECT coalesce(sum(amount_fen), 0) FROM settle.wallet_entries WHERE member_id = $1",
                                    [String(memberId)]) ?? "0") ?? 0
    }

    public struct WalletEntryRecord: Sendable {
        public var at: String
        public var source: String
        public var amountFen: Int64
        public var reason: String
        public var actor: String
    }

    public func walletEntries(of memberId: Int64, limit: Int) throws(StoreError) -> [WalletEntryRecord] {
        try connection.rows("""
            SELECT to_char(at, 'YYYY-MM-DD HH24:MI:SS'), source, amount_fen, reason, operator FROM settle.wallet_entries
            WHERE member_id = $1 ORDER BY at DESC, source, amount_fen, reason, operator LIMIT $2
            """, [String(memberId), String(limit)], source: "settle.wallet_entries").map { row throws(StoreError) in
            WalletEntryRecord(at: try row.text(0), source: try row.text(1), amountFen: try row.int64(2), reason: try row.text(3),
                              actor: try row.text(4))
        }
    }

    /// A lot's settled row: released by kind that day and in total since it began.
    public struct LotRow: Equatable, Sendable {
        public var day: Day
        public var orderId: Int64
        public var byKindFen: [Int64]
        public var releasedTotalFen: Int64
        public var exhausted: Bool
        public var refunded = false
        public init(day: Day, orderId: Int64, byKindFen: [Int64], releasedTotalFen: Int64, exhausted: Bool, refunded: Bool = false) {
            self.day = day; self.orderId = orderId; self.byKindFen = byKindFen
            self.releasedTotalFen = releasedTotalFen; self.exhausted = exhausted; self.refunded = refunded
        }
    }

    /// Each of `orders`' last day in `settle.lot_history` on or before `day` (the lot's total then;
    /// by kind, what it released that day).
    public func lotHistory(orders: [Int64], through day: Day) throws(StoreError) -> [LotRow] {
        let list = "{" + orders.map(String.init).joined(separator: ",") + "}"
        return try connection.rows("""
            SELECT DISTINCT ON (order_id) settle_date - date '1970-01-01', order_id, static_fen, share_fen, team_fen, peer_fen,
                   released_total_fen, exhausted
            FROM settle.lot_history WHERE order_id = ANY($1::bigint[]) AND settle_date <= $2::date
            ORDER BY order_id, settle_date DESC
            """, [list, day.iso], source: "settle.lot_history").map { row throws(StoreError) in
            LotRow(day: try row.day(0), orderId: try row.int64(1),
                   byKindFen: try (2...5).map { index throws(StoreError) in try row.int64(index) },
                   releasedTotalFen: try row.int64(6), exhausted: try row.text(7) == "t")
        }
    }

    /// The rows `settle.lot_days` holds for `day`, by order id.
    public func lotDayRows(on day: Day) throws -> [LotRow] {
        var rows: [LotRow] = []
        try connection.copyOutBinary("""
            COPY (SELECT order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted::int, refunded::int
                  FROM settle.lot_days WHERE settle_date = \(SQLLiteral.date(day)) ORDER BY order_id) TO STDOUT (FORMAT binary)
            """) { tuple in
            guard tuple.count == 8, let order = tuple.integer(0), let total = tuple.integer(5), let exhausted = tuple.integer(6),
                  let refunded = tuple.integer(7) else { throw Self.malformed("lot_days") }
            let kinds = (1...4).map { tuple.integer($0) ?? 0 }
            rows.append(LotRow(day: day, orderId: order, byKindFen: kinds, releasedTotalFen: total, exhausted: exhausted != 0,
                               refunded: refunded != 0))
        }
        return rows
    }

    /// One lot of `settle.lots`: its terms and its anchor.
    public struct LotRecord: Sendable {
        public var orderId: Int64
        public var memberId: Int64
        public var paidOn: Day
        public var giftTier: Int
        public var capFen: Int64
        public var dailyFen: Int64
        public var activeFrom: Day
        public var recordedOn: Day
        public var anchor: LotAnchor
    }

    /// The day after which a night ending at `last` folds lot rows into the anchors: the latest
    /// checkpoint on or before `last`, or the program's first settled day if later (its rows are
    /// those of the lots it entered, which stand there already).
    public func lotRowsFoldedAfter(_ last: Day) throws -> Day {
        let first = try connection.rows("SELECT min(settle_date) - date '1970-01-01' FROM settle.days WHERE model = 'points'",
                                        source: "settle.days").first.flatMap { row throws(StoreError) in try row.optionalDay(0) }
        return max(last.checkpoint, first ?? last.checkpoint)
    }

    /// The lot rows of the days after `after` through `through`, each as the anchor it makes, in
    /// day order (one COPY per day), so that a lot's later row comes after its earlier one.
    public func lotRowsSince(after: Day, through: Day) throws -> [LotAnchor] {
        var rows: [LotAnchor] = []
        var day = after.advanced(by: 1)
        while day <= through {                                // bounded: the days since a checkpoint, at most six
            try connection.copyOutBinary("""
                COPY (SELECT order_id, released_total_fen, exhausted::int, refunded::int FROM settle.lot_days
                      WHERE settle_date = \(SQLLiteral.date(day))) TO STDOUT (FORMAT binary)
                """) { tuple in
                guard tuple.count == 4, let order = tuple.integer(0), let total = tuple.integer(1), let exhausted = tuple.integer(2),
                      let refunded = tuple.integer(3) else { throw Self.malformed("lot_days") }
                rows.append(LotAnchor(orderId: order, rowDay: day, releasedTotalFen: total, exhausted: exhausted != 0, refunded: refunded != 0))
            }
            day = day.advanced(by: 1)
        }
        return rows
    }

    /// Every lot of `settle.lots`, by order id, its anchor as it stands at the end of `last` (the
    /// rows since the last checkpoint folded in: verify).
    public func lotRecords(through last: Day) throws -> [LotRecord] {
        var records: [LotRecord] = []
        try connection.copyOutBinary("""
            COPY (SELECT order_id, member_id, paid_on - date '1970-01-01', gift_tier, cap_fen, daily_fen, active_from - date '1970-01-01',
                         as_of - date '1970-01-01', released_fen, status, recorded_on - date '1970-01-01'
                  FROM settle.lots ORDER BY order_id) TO STDOUT (FORMAT binary)
            """) { tuple in
            let v = (0..<min(tuple.count, 11)).compactMap { tuple.integer($0) }
            guard tuple.count == 11, v.count == 11, let status = LotAnchor.Status(rawValue: Int16(truncatingIfNeeded: v[9]))
            else { throw Self.malformed("lots") }
            let day = { (value: Int64) in Day(Int32(truncatingIfNeeded: value)) }
            records.append(LotRecord(orderId: v[0], memberId: v[1], paidOn: day(v[2]), giftTier: Int(v[3]), capFen: v[4], dailyFen: v[5],
                                     activeFrom: day(v[6]), recordedOn: day(v[10]), anchor: LotAnchor(orderId: v[0], asOf: day(v[7]), releasedFen: v[8], status: status)))
        }
        // A row that names no lot is left to verify's lot history check, which names it.
        let rows = try lotRowsSince(after: try lotRowsFoldedAfter(last), through: last)
        let recordOf = IdIndex(records.map(\.orderId))
        for row in rows {                                     // bounded: the rows since the checkpoint (a row of no lot is verify's to name)
            guard let index = recordOf.position(of: row.orderId).map(Int.init) else { continue }
            records[index].anchor = records[index].anchor.folding(row)
        }
        return records
    }
}
