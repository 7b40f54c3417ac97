import SettleKernel
import PointsModel

/// What the job reads from and writes to PostgreSQL. Bulk reads and writes go through COPY;
/// everything else is a parameterised statement.
public final class SettlementStore {
    public let connection: Connection

    /// The advisory lock that serialises settlements (run, rerun, plan set) across hosts.
    public static let settlementLockKey: Int64 = 0x5E77_1E00

    public init(connection: Connection) { self.connection = connection }

    // MARK: Session

    /// Sets the session's timezone, so that `timestamptz::date` is the plan's calendar day.
    public func useTimeZone(_ timezone: String) throws(StoreError) {
        try connection.execute("SELECT set_config('TimeZone', $1, false)", [timezone])
    }

    /// Today in the session's timezone, by the database's clock (one clock for every host).
    public func today() throws(StoreError) -> Day {
        Day(Int32(try connection.scalar("SELECT current_date - date '1970-01-01'") ?? "0") ?? 0)
    }

    public func isKnownTimeZone(_ name: String) throws(StoreError) -> Bool {
        try connection.scalar("SELECT count(*) FROM pg_timezone_names WHERE name = $1", [name]) != "0"
    }

    // MARK: Lock

    public func tryLock() throws(StoreError) -> Bool {
        try connection.scalar("SELECT pg_try_advisory_lock($1)", [String(Self.settlementLockKey)]) == "t"
    }

    public func unlock() throws(StoreError) {
        try connection.execute("SELECT pg_advisory_unlock($1)", [String(Self.settlementLockKey)])
    }

    /// Who holds the settlement lock, and since when, as the server sees it.
    public func lockHolder() throws(StoreError) -> String? {
        let rows = try connection.query("""
            SELECT a.pid, a.application_name, coalesce(host(a.client_addr), 'local socket'),
                   to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1::bigint::oid
            """, [String(Self.settlementLockKey)])
        guard let row = rows.first else { return nil }
        return "\(row[1] ?? "?") (server pid \(row[0] ?? "?"), from \(row[2] ?? "?"), connected since \(row[3] ?? "?"))"
    }

    // MARK: Plans

    public struct PlanRecord: Sendable {
        public var effectiveFrom: Day
        public var document: String
    }

    public func planRecords() throws(StoreError) -> [PlanRecord] {
        try connection.query("""
            SELECT effective_from - date '1970-01-01', document FROM settle.plan_versions ORDER BY effective_from
            """).map { PlanRecord(effectiveFrom: Day(Int32($0[0]!)!), document: $0[1]!) }
    }

    public func storePlan(effectiveFrom: Day, document: String) throws(StoreError) {
        try connection.execute("""
            INSERT INTO settle.plan_versions (effective_from, document) VALUES ($1::date, $2)
            ON CONFLICT (effective_from) DO UPDATE SET document = excluded.document, created_at = now()
            """, [effectiveFrom.iso, document])
    }

    // MARK: Settled days

    public struct SettledDay: Sendable {
        public var day: Day
        public var runId: Int64
        public var planEffectiveFrom: Day
        public var digest: DayDigest
    }

    public func settledDays() throws(StoreError) -> [SettledDay] {
        try connection.query("""
            SELECT settle_date - date '1970-01-01', run_id, plan_effective_from - date '1970-01-01', paid_digest, refund_digest
            FROM settle.days ORDER BY settle_date
            """).map {
            SettledDay(day: Day(Int32($0[0]!)!), runId: Int64($0[1]!)!, planEffectiveFrom: Day(Int32($0[2]!)!),
                       digest: DayDigest(paid: UInt64($0[3]!, radix: 16) ?? 0, refunds: UInt64($0[4]!, radix: 16) ?? 0))
        }
    }

    public func lastSettledDay() throws(StoreError) -> Day? {
        try connection.scalar("SELECT max(settle_date) - date '1970-01-01' FROM settle.days").flatMap { Int32($0) }.map(Day.init)
    }

    // MARK: Snapshot reads

    /// What a day reads, as COPY statements. Values come from `set_config` (settle.through,
    /// settle.day), never from the text. Public so that the benchmark's floor reads exactly this.
    public static let membersQuery = "COPY (SELECT id, referrer_id FROM settle.members) TO STDOUT"
    /// Orders paid on or before settle.through in the session's timezone, amounts in fen.
    public static let ordersQuery = """
        COPY (SELECT id, member_id, (amount * 100)::bigint, (cash_amount * 100)::bigint, (points_amount * 100)::bigint,
                     (extract(epoch FROM paid_at) * 1000000)::bigint,
                     paid_at::date - date '1970-01-01', refunded_at::date - date '1970-01-01'
              FROM settle.orders
              WHERE paid_at < (current_setting('settle.through')::date + 1)::timestamptz) TO STDOUT
        """
    /// Lot states a day starts from: the previous day's rows and every lot exhausted before.
    public static let lotStatesQuery = """
        COPY (SELECT order_id, released_total_fen FROM settle.lot_days
              WHERE settle_date = current_setting('settle.day')::date - 1
              UNION ALL
              SELECT order_id, released_total_fen FROM settle.lot_days
              WHERE exhausted AND settle_date < current_setting('settle.day')::date - 1) TO STDOUT
        """

    public func loadMembers() throws -> [MemberRow] {
        var members: [MemberRow] = []
        var ranges: [Range<Int>] = []
        try connection.copyOut(Self.membersQuery) { line in
            CopyText.fields(line, into: &ranges)
            guard ranges.count == 2, let id = CopyText.integer(line, ranges[0]) else { throw Self.malformed("members") }
            members.append(MemberRow(id: id, referrerId: CopyText.integer(line, ranges[1])))
        }
        return members
    }

    /// Orders paid on or before `through` (in the session's timezone), amounts in fen.
    public func loadOrders(through: Day) throws -> [OrderRow] {
        try connection.execute("SELECT set_config('settle.through', $1, false)", [through.iso])
        var orders: [OrderRow] = []
        var ranges: [Range<Int>] = []
        try connection.copyOut(Self.ordersQuery) { line in
            CopyText.fields(line, into: &ranges)
            guard ranges.count == 8,
                  let id = CopyText.integer(line, ranges[0]), let member = CopyText.integer(line, ranges[1]),
                  let amount = CopyText.integer(line, ranges[2]), let cash = CopyText.integer(line, ranges[3]),
                  let points = CopyText.integer(line, ranges[4]), let paidAt = CopyText.integer(line, ranges[5]),
                  let paidOn = CopyText.integer(line, ranges[6])
            else { throw Self.malformed("orders") }
            orders.append(OrderRow(id: id, memberId: member, amountFen: amount, cashFen: cash, pointsFen: points,
                                   paidAtMicros: paidAt, paidOn: Day(Int32(paidOn)),
                                   refundedOn: CopyText.integer(line, ranges[7]).map { Day(Int32($0)) }))
        }
        return orders
    }

    /// The lot states a day starts from: the previous day's rows and every lot exhausted before.
    public func loadLotStates(before day: Day) throws -> [LotState] {
        try connection.execute("SELECT set_config('settle.day', $1, false)", [day.iso])
        var states: [LotState] = []
        var ranges: [Range<Int>] = []
        try connection.copyOut(Self.lotStatesQuery) { line in
            CopyText.fields(line, into: &ranges)
            guard ranges.count == 2, let order = CopyText.integer(line, ranges[0]), let released = CopyText.integer(line, ranges[1])
            else { throw Self.malformed("lot_days") }
            states.append(LotState(orderId: order, releasedFen: released))
        }
        return states
    }

    /// Settled lines of days ≥ `from`, for comparing a rerun with what it replaces.
    public func loadLines(from day: Day) throws -> [Day: [PointsLine]] {
        try connection.execute("SELECT set_config('settle.day', $1, false)", [day.iso])
        var lines: [Day: [PointsLine]] = [:]
        var ranges: [Range<Int>] = []
        try connection.copyOut("""
            COPY (SELECT settle_date - date '1970-01-01', member_id, kind, entitled_fen, paid_fen FROM settle.day_lines
                  WHERE settle_date >= current_setting('settle.day')::date ORDER BY 1, 2, 3) TO STDOUT
            """) { line in
            CopyText.fields(line, into: &ranges)
            guard ranges.count == 5, let date = CopyText.integer(line, ranges[0]), let member = CopyText.integer(line, ranges[1]),
                  let kindNumber = CopyText.integer(line, ranges[2]), let kind = PointsKind(rawValue: Int(kindNumber)),
                  let entitled = CopyText.integer(line, ranges[3]), let paid = CopyText.integer(line, ranges[4])
            else { throw Self.malformed("day_lines") }
            lines[Day(Int32(date)), default: []].append(PointsLine(memberId: member, kind: kind, entitledFen: entitled, paidFen: paid))
        }
        return lines
    }

    static func malformed(_ table: String) -> StoreError {
        StoreError(.schema, "unexpected row shape reading settle.\(table)")
    }

    // MARK: Writes

    public struct RunRecord: Sendable {
        public var command: String
        public var startedAtMicros: Int64
        public var host: String
        public var inputDigest: String
        public var digest: DayDigest
        public init(command: String, startedAtMicros: Int64, host: String, inputDigest: String, digest: DayDigest) {
            self.command = command; self.startedAtMicros = startedAtMicros; self.host = host
            self.inputDigest = inputDigest; self.digest = digest
        }
    }

    /// Creates the daily partitions of `days`, each in its own short transaction, before the
    /// day's write transaction opens: creating a partition locks the parent table exclusively,
    /// and readers of settle.day_lines must not wait for a whole settlement.
    public func ensurePartitions(for days: ClosedRange<Day>) throws(StoreError) {
        for day in days { try connection.execute("SELECT settle.ensure_day_partitions($1::date)", [day.iso]) }
    }

    /// Writes one settled day: its lines, its lots, the run record and the day row. Call inside a
    /// transaction, after `ensurePartitions`. Returns the run id.
    @discardableResult
    public func writeDay(_ result: DayResult, run: RunRecord, replacingRun replaced: Int64? = nil) throws -> Int64 {
        let date = result.day.iso
        try connection.copyIn("COPY settle.day_lines (settle_date, member_id, kind, entitled_fen, paid_fen) FROM STDIN") { writer in
            for line in result.lines {
                writer.field(date); writer.field(line.memberId); writer.field(Int64(line.kind.rawValue))
                writer.field(line.entitledFen); writer.field(line.paidFen)
                try writer.endRow()
            }
        }
        try connection.copyIn("""
            COPY settle.lot_days (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted)
            FROM STDIN
            """) { writer in
            for lot in result.lots {
                writer.field(date); writer.field(lot.orderId)
                writer.field(lot.staticFen); writer.field(lot.shareFen); writer.field(lot.teamFen); writer.field(lot.peerFen)
                writer.field(lot.releasedTotalFen); writer.field(lot.exhausted)
                try writer.endRow()
            }
        }
        let summary = result.summary
        func array(_ values: [some BinaryInteger]) -> String { "{" + values.map { String($0) }.joined(separator: ",") + "}" }
        let standing = summary.standing
        let runId = try connection.scalar("""
            INSERT INTO settle.runs (command, settle_date, plan_effective_from, started_at, finished_at, host,
                                     line_count, lot_count, members_paid, lots_created, lots_exhausted,
                                     entitled_fen, paid_fen, input_digest, star_members, locked_fen, lots_outstanding,
                                     revenue_fen, cash_revenue_fen, points_revenue_fen, trailing_revenue_fen)
            VALUES ($1, $2::date, $3::date, to_timestamp($4::numeric / 1000000), clock_timestamp(), $5,
                    $6, $7, $8, $9, $10, $11::bigint[], $12::bigint[], $13, $14::integer[], $15, $16, $17, $18, $19, $20)
            RETURNING id
            """, [run.command, date, result.planEffectiveFrom.iso, String(run.startedAtMicros), run.host,
                  String(result.lines.count), String(result.lots.count), String(summary.membersPaid),
                  String(summary.lotsCreated), String(summary.lotsExhausted),
                  array(summary.entitledFen), array(summary.paidFen), run.inputDigest, array(summary.membersPerStarTier),
                  String(standing.lockedFen), String(standing.lotsOutstanding), String(standing.revenueFen),
                  String(standing.cashRevenueFen), String(standing.pointsRevenueFen), String(standing.trailingRevenueFen)])
        guard let runId, let id = Int64(runId) else { throw StoreError(.schema, "run record not created") }
        if let replaced {
            try connection.execute("UPDATE settle.runs SET voided_by_run = $1 WHERE id = $2", [String(id), String(replaced)])
        }
        try connection.execute("""
            INSERT INTO settle.days (settle_date, run_id, plan_effective_from, paid_digest, refund_digest)
            VALUES ($1::date, $2, $3::date, $4, $5)
            """, [date, String(id), result.planEffectiveFrom.iso, run.digest.paidHex, run.digest.refundsHex])
        return id
    }

    /// Removes day `from` and every later settled day (inside the rerun's transaction).
    /// Returns the run that had settled each removed day, for the new runs to point back at.
    public func voidDays(from day: Day) throws(StoreError) -> [Day: Int64] {
        let rows = try connection.query("""
            DELETE FROM settle.days WHERE settle_date >= $1::date RETURNING settle_date - date '1970-01-01', run_id
            """, [day.iso])
        try connection.execute("DELETE FROM settle.day_lines WHERE settle_date >= $1::date", [day.iso])
        try connection.execute("DELETE FROM settle.lot_days WHERE settle_date >= $1::date", [day.iso])
        var replaced: [Day: Int64] = [:]
        for row in rows { replaced[Day(Int32(row[0]!)!)] = Int64(row[1]!)! }
        return replaced
    }
}
