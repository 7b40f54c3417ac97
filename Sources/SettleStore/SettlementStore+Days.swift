import SettleKernel

/// A settled day's shared rows: its lines, its run record and the day row; voiding days for a
/// rerun; reading back the lines a rerun replaces. Whatever the model.
extension SettlementStore {
    public struct RunRecord: Sendable {
        public var command: String
        public var day: Day
        public var planEffectiveFrom: Day
        public var startedAtMicros: Int64
        public var host: String
        public var inputDigest: String
        public var digest: DayDigest
        public var totals: KindTotals
        public var lineCount: Int
        public var membersPaid: Int
        /// The settle version that computed the run.
        public var version = ""
        public init(command: String, day: Day, planEffectiveFrom: Day, startedAtMicros: Int64, host: String,
                    inputDigest: String, digest: DayDigest, totals: KindTotals, lineCount: Int, membersPaid: Int) {
            self.command = command; self.day = day; self.planEffectiveFrom = planEffectiveFrom
            self.startedAtMicros = startedAtMicros; self.host = host; self.inputDigest = inputDigest; self.digest = digest
            self.totals = totals; self.lineCount = lineCount; self.membersPaid = membersPaid
        }
    }

    /// Creates the daily partitions of `days`, each in its own short transaction, before the
    /// day's write transaction opens: creating a partition locks the parent table exclusively,
    /// and readers of settle.day_lines must not wait for a whole settlement.
    public func ensurePartitions(for days: ClosedRange<Day>) throws(StoreError) {
        for day in days { try connection.execute("SELECT settle.ensure_day_partitions($1::date)", [day.iso]) }
    }

    /// Where a day's rows go, and whether they name their day: a fresh day's table has the day as
    /// `settle_date`'s default (`fresh_day_partition`), so a COPY into it leaves the column out.
    public struct DayTable: Sendable {
        public let name: String
        public let fresh: Bool
        /// `settle_date, ` when the rows must name their day, else nothing: for a COPY's columns.
        public var dateColumn: String { fresh ? "" : "settle_date, " }
        /// `model, ` when the rows must name their program (a fresh table has it as the column's
        /// default), else nothing.
        public var modelColumn: String { fresh ? "" : "model, " }
    }

    /// Where `parent`'s rows of `day` go: a fresh plain table (attached with its indexes built in
    /// bulk by `attachFreshPartitions`) when the day has no partition yet, else the parent.
    public func dayTable(_ parent: String, _ day: Day) throws(StoreError) -> DayTable {
        let fresh = try connection.scalar("SELECT settle.fresh_day_partition($1, $2::date, $3)", [parent, day.iso, model.isEmpty ? nil : model]) == "t"
        guard fresh else { return DayTable(name: "settle.\(parent)", fresh: false) }
        freshPartitions.append((parent, day))
        return DayTable(name: Self.partitionName(parent, day), fresh: true)
    }

    /// Attaches the partitions this transaction made (call before its COMMIT). Each one's
    /// indexes are sorted in memory: the transaction's `maintenance_work_mem` is raised to the
    /// table's size and a half (at most 1 GB) when it is lower, since PostgreSQL's default of
    /// 64 MB made a million-member day's key spill to disk and merge (1.3 s instead of 0.5 s).
    /// `waiting` false: the last attach is sent and not waited for (`Connection.send`).
    public func attachFreshPartitions(waiting: Bool = true) throws(StoreError) {
        for (index, (parent, day)) in freshPartitions.enumerated() {   // bounded: the partitions this transaction made
            try connection.execute("""
                SELECT set_config('maintenance_work_mem', (greatest(pg_size_bytes(current_setting('maintenance_work_mem')),
                                  least(coalesce(pg_relation_size(to_regclass($1)), 0) * 3 / 2, 1073741824)) / 1024)::bigint || 'kB', true)
                """, [Self.partitionName(parent, day)])
            let attach = "SELECT settle.attach_day_partition($1, $2::date)", parameters = [parent, day.iso]
            if waiting || index < freshPartitions.count - 1 { try connection.execute(attach, parameters) } else { try connection.send(attach, parameters) }
        }
        freshPartitions = []
    }

    /// A day's partition of `parent`, schema-qualified (`settle.day_lines_20261204`).
    static func partitionName(_ parent: String, _ day: Day) -> String { "settle.\(parent)_\(day.iso.filter(\.isNumber))" }

    /// Forgets partitions made by a transaction that rolled back.
    public func forgetFreshPartitions() { freshPartitions = [] }

    /// Writes a day's lines, its run record and its day row (inside the day's transaction, after
    /// `ensurePartitions`), and checks what the server says it stored against what was sent.
    /// A rerun passes the day's `changes` against the lines it kept (`voidDays` leaves them): only
    /// those are deleted and written again. Returns the run id.
    public func writeDay<Kind: LineKind>(_ lines: [Line<Kind>], run: RunRecord, replacingRun replaced: Int64? = nil,
                                         changes: [LineChange<Kind>]? = nil) throws -> Int64 {
        precondition(lines.count == run.lineCount && KindTotals(lines) == run.totals, "run record does not match its lines")
        let date = run.day.iso
        if let changes {
            try writeLineChanges(changes, day: run.day, lines: lines)
        } else {
            let table = try dayTable("day_lines", run.day)
            let copied = try copyLines(lines, day: run.day, into: table)
            guard copied == lines.count else { throw StoreError(.schema, "day \(date): stored \(copied) lines of \(lines.count)") }
        }
        let id = try insertRun(run)
        if let replaced {
            try connection.execute("UPDATE settle.runs SET voided_by_run = $1 WHERE id = $2 AND model = $3",
                                   [String(id), String(replaced), model])
        }
        try connection.execute("""
            INSERT INTO settle.days (model, settle_date, run_id, plan_effective_from, paid_digest, refund_digest, request_digest)
            VALUES ($1, $2::date, $3, $4::date, $5, $6, $7)
            """, [model, date, String(id), run.planEffectiveFrom.iso, run.digest.paidHex, run.digest.refundsHex,
                  run.digest.requests == 0 ? nil : InputDigest.hex(run.digest.requests)])
        // The lines' key built now, in bulk, the rows then visible through the parent; not waited
        // for: the caller prepares its program's rows meanwhile (its next statement waits).
        try attachFreshPartitions(waiting: false)
        return id
    }

    func copyLines<Kind: LineKind>(_ lines: [Line<Kind>], day: Day, into table: DayTable) throws -> Int {
        try connection.copyInBinary("""
            COPY \(table.name) (\(table.dateColumn)\(table.modelColumn)member_id, kind, entitled_fen, paid_fen) FROM STDIN (FORMAT binary)
            """) { writer in
            for line in lines {
                if !table.fresh { writer.field(day); writer.field(model) }
                writer.field(line.memberId); writer.smallint(line.kind.code)
                writer.field(line.entitledFen); writer.field(line.paidFen)
                try writer.endRow()
            }
        }
    }

    /// A rerun's day: deletes the kept lines that changed or went, copies the changed and new
    /// ones, then checks the day's lines (count, entitled, paid) against the lines settled.
    func writeLineChanges<Kind: LineKind>(_ changes: [LineChange<Kind>], day: Day, lines: [Line<Kind>]) throws {
        let gone = changes.compactMap(\.old)
        if !gone.isEmpty {
            let deleted = try connection.scalar("""
                WITH gone AS (
                    DELETE FROM settle.day_lines d USING unnest($3::bigint[], $4::smallint[]) AS g(member_id, kind)
                    WHERE d.settle_date = $1::date AND d.model = $2 AND d.member_id = g.member_id AND d.kind = g.kind
                    RETURNING 1)
                SELECT count(*) FROM gone
                """, [day.iso, model, Self.array(gone.map(\.memberId)), Self.array(gone.map { Int64($0.kind.code) })])
            guard deleted == String(gone.count) else {
                throw StoreError(.schema, "day \(day): deleted \(deleted ?? "no") lines of the \(gone.count) a rerun replaces")
            }
        }
        let added = changes.compactMap(\.new)
        if !added.isEmpty { _ = try copyLines(added, day: day, into: DayTable(name: "settle.day_lines", fresh: false)) }
        let stored: [String?] = try connection.query("""
            SELECT count(*), coalesce(sum(entitled_fen), 0)::bigint, coalesce(sum(paid_fen), 0)::bigint
            FROM settle.day_lines WHERE settle_date = $1::date AND model = $2
            """, [day.iso, model]).first ?? []
        let expected: [String?] = [Int64(lines.count), lines.reduce(Int64(0)) { $0 + $1.entitledFen },
                                   lines.reduce(Int64(0)) { $0 + $1.paidFen }].map { String($0) }
        guard stored == expected else {
            throw StoreError(.schema, "day \(day): the lines stored after the rerun (\(stored)) are not the lines settled (\(expected))")
        }
    }

    static func array(_ values: [Int64]) -> String { "{" + values.map { String($0) }.joined(separator: ",") + "}" }

    func insertRun(_ run: RunRecord) throws(StoreError) -> Int64 {
        let array = Self.array
        let row = try connection.row("""
            INSERT INTO settle.runs (model, command, settle_date, plan_effective_from, started_at, finished_at, host,
                                     line_count, members_paid, entitled_fen, paid_fen, input_digest, settle_version)
            VALUES ($1, $2, $3::date, $4::date, to_timestamp($5::numeric / 1000000), clock_timestamp(), $6,
                    $7, $8, $9::bigint[], $10::bigint[], $11, nullif($12, ''))
            RETURNING id, array_to_string(entitled_fen, ','), array_to_string(paid_fen, ',')
            """, [model, run.command, run.day.iso, run.planEffectiveFrom.iso, String(run.startedAtMicros), run.host,
                  String(run.lineCount), String(run.membersPaid), array(run.totals.entitledFen), array(run.totals.paidFen),
                  run.inputDigest, run.version], source: "settle.runs")
        guard let row else { throw StoreError(.schema, "run record not created") }
        guard try row.int64List(1) == run.totals.entitledFen, try row.int64List(2) == run.totals.paidFen else {
            throw StoreError(.schema, "run record of \(run.day) stored other totals than the day's")
        }
        return try row.int64(0)
    }

    /// Removes the program's day `from` and every later settled day (inside the rerun's
    /// transaction). Returns the run that had settled each removed day, for the new runs to point
    /// back at. Their lines stay until the rerun writes each day again (`writeDay` with its
    /// changes: a rerun writes what changed, not every line). The model's own rows go with its
    /// state store's `voidDays`.
    public func voidDays(from day: Day) throws(StoreError) -> [Day: Int64] {
        let rows = try connection.rows("""
            DELETE FROM settle.days WHERE model = $1 AND settle_date >= $2::date RETURNING settle_date - date '1970-01-01', run_id
            """, [model, day.iso], source: "settle.days")
        var replaced: [Day: Int64] = [:]
        for row in rows { replaced[try row.day(0)] = try row.int64(1) }
        return replaced
    }

    /// Settled lines of days ≥ `from` (and ≤ `through`), for comparing a rerun with what it replaces.
    public func loadLines<Kind: LineKind>(from day: Day, through last: Day? = nil, kinds: Kind.Type) throws -> [Day: [Line<Kind>]] {
        var lines: [Day: [Line<Kind>]] = [:]
        var ranges: [Range<Int>] = []
        try connection.copyOut("""
            COPY (SELECT settle_date - date '1970-01-01', member_id, kind, entitled_fen, paid_fen FROM settle.day_lines
                  WHERE model = \(SQLLiteral.name(model)) AND settle_date >= \(SQLLiteral.date(day))
                    \(last.map { "AND settle_date <= \(SQLLiteral.date($0))" } ?? "")
                  ORDER BY 1, 2, 3) TO STDOUT
            """) { line in
            CopyText.fields(line, into: &ranges)
            guard ranges.count == 5, let date = CopyText.integer(line, ranges[0]), let member = CopyText.integer(line, ranges[1]),
                  let code = CopyText.integer(line, ranges[2]), let kind = Int16(exactly: code).flatMap(Kind.init(code:)),
                  let entitled = CopyText.integer(line, ranges[3]), let paid = CopyText.integer(line, ranges[4])
            else { throw Self.malformed("day_lines") }
            lines[Day(Int32(date)), default: []].append(Line(memberId: member, kind: kind, entitledFen: entitled, paidFen: paid))
        }
        return lines
    }

    /// A member's lines of this program through `through`, newest first.
    public func recentLines<Kind: LineKind>(of memberId: Int64, through: Day, limit: Int, kinds: Kind.Type) throws(StoreError) -> [(Day, Line<Kind>)] {
        try connection.rows("""
            SELECT settle_date - date '1970-01-01', kind, entitled_fen, paid_fen FROM settle.day_lines
            WHERE model = $1 AND member_id = $2 AND settle_date <= $3::date ORDER BY settle_date DESC, kind LIMIT $4
            """, [model, String(memberId), through.iso, String(limit)], source: "settle.day_lines").map { row throws(StoreError) in
            guard let kind = Int16(exactly: try row.int64(1)).flatMap(Kind.init(code:)) else { throw Self.malformed("day_lines") }
            return (try row.day(0), Line(memberId: memberId, kind: kind, entitledFen: try row.int64(2), paidFen: try row.int64(3)))
        }
    }
}
