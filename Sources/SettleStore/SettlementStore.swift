import SettleKernel

/// What the machinery reads from and writes to PostgreSQL for one program (SPEC §6): its plan
/// versions, settled days, runs, lines and lock, keyed by the program's model, plus the shop's
/// inputs every program shares. Bulk reads and writes go through COPY; everything else is a
/// parameterised statement. The job never sees the connection: SQL stays in this room.
public final class SettlementStore {
    public let connection: Connection
    /// The program's model: the `model` column of every shared table.
    public let model: String
    /// The advisory lock that serialises this program's settlements (run, rerun, plan set) across
    /// hosts. The points program keeps the key it always had.
    public let lockKey: Int64
    /// Whether the program's orders are read with their cash and points parts
    /// (`RewardModel.readsOrderParts`); a store of no program reads them.
    public let readsOrderParts: Bool
    /// Whether the program's shop has its orders grouped by member
    /// (`RewardModel.readsOrdersByMember`), or in id order.
    public let ordersByMember: Bool
    /// The day partitions this transaction made and must attach before it commits.
    var freshPartitions: [(parent: String, day: Day)] = []

    public static let settlementLockBase: Int64 = 0x5E77_1E00

    public init(connection: Connection, model: String, lockNumber: Int64, readsOrderParts: Bool = true, ordersByMember: Bool = true) {
        precondition(lockNumber >= 0 && lockNumber < 256, "lock numbers are small")
        self.connection = connection
        self.model = model
        self.lockKey = Self.settlementLockBase + lockNumber
        self.readsOrderParts = readsOrderParts
        self.ordersByMember = ordersByMember
    }

    /// A store of no program: for the rows every program shares (the ledger and its feed,
    /// adjustments, the shop's inputs). Its program-keyed reads find nothing; it takes no lock.
    public static func shared(_ connection: Connection) -> SettlementStore {
        SettlementStore(connection: connection, model: "", lockNumber: 255)
    }

    public convenience init<Model: RewardModel>(connection: Connection, for _: Model.Type) {
        self.init(connection: connection, model: Model.name, lockNumber: Model.lockNumber, readsOrderParts: Model.readsOrderParts,
                  ordersByMember: Model.readsOrdersByMember)
    }

    // MARK: Session

    /// Sets the session's timezone, so that `timestamptz::date` is the plan's calendar day.
    public func useTimeZone(_ timezone: String) throws(StoreError) {
        try connection.execute("SELECT set_config('TimeZone', $1, false)", [timezone])
    }

    /// Today in the session's timezone, by the database's clock (one clock for every host).
    public func today() throws(StoreError) -> Day {
        guard let row = try connection.row("SELECT current_date - date '1970-01-01'", source: "current_date") else {
            throw StoreError(.schema, "current_date returned no row")
        }
        return try row.day(0)
    }

    /// Whether PostgreSQL knows `name` as a time zone: asked of a plan being stored or simulated
    /// (`pg_timezone_names` reads the server's whole zone directory, 30–38 ms; stored plans are
    /// not asked again).
    public func isKnownTimeZone(_ name: String) throws(StoreError) -> Bool {
        try connection.scalar("SELECT count(*) FROM pg_timezone_names WHERE name = $1", [name]) != "0"
    }

    // MARK: Lock

    public func tryLock() throws(StoreError) -> Bool {
        try connection.scalar("SELECT pg_try_advisory_lock($1)", [String(lockKey)]) == "t"
    }

    public func unlock() throws(StoreError) {
        try connection.execute("SELECT pg_advisory_unlock($1)", [String(lockKey)])
    }

    /// Who holds the program's settlement lock, and since when, as the server sees it.
    public func lockHolder() throws(StoreError) -> String? {
        let rows = try connection.query("""
            SELECT a.pid, a.application_name, coalesce(host(a.client_addr), 'local socket'),
                   to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1::bigint::oid
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """, [String(lockKey)])
        guard let row = rows.first else { return nil }
        return "\(row[1] ?? "?") (server pid \(row[0] ?? "?"), from \(row[2] ?? "?"), connected since \(row[3] ?? "?"))"
    }

    // MARK: Plans

    public struct PlanRecord: Sendable {
        public var effectiveFrom: Day
        public var document: String
    }

    public func planRecords() throws(StoreError) -> [PlanRecord] {
        try connection.rows("""
            SELECT effective_from - date '1970-01-01', document FROM settle.plan_versions WHERE model = $1 ORDER BY effective_from
            """, [model], source: "settle.plan_versions").map { row throws(StoreError) in
            PlanRecord(effectiveFrom: try row.day(0), document: try row.text(1))
        }
    }

    /// Stores a plan version, and the names of the model's kinds for the views.
    public func storePlan<Kind: LineKind>(effectiveFrom: Day, document: String, kinds: Kind.Type) throws(StoreError) {
        try connection.execute("""
            INSERT INTO settle.plan_versions (model, effective_from, document) VALUES ($1, $2::date, $3)
            ON CONFLICT (model, effective_from) DO UPDATE SET document = excluded.document, created_at = now()
            """, [model, effectiveFrom.iso, document])
        for kind in Kind.allCases {
            try connection.execute("""
                INSERT INTO settle.line_kinds (model, kind, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
                """, [model, String(kind.code), kind.name])
        }
    }

    // MARK: Settled days

    public struct SettledDay: Sendable {
        public var day: Day
        public var runId: Int64
        public var planEffectiveFrom: Day
        public var digest: DayDigest
        public init(day: Day, runId: Int64, planEffectiveFrom: Day, digest: DayDigest) {
            self.day = day; self.runId = runId; self.planEffectiveFrom = planEffectiveFrom; self.digest = digest
        }
    }

    public func settledDays() throws(StoreError) -> [SettledDay] {
        try connection.rows("""
            SELECT settle_date - date '1970-01-01', run_id, plan_effective_from - date '1970-01-01', paid_digest, refund_digest,
                   coalesce(request_digest, '0')
            FROM settle.days WHERE model = $1 ORDER BY settle_date
            """, [model], source: "settle.days").map { row throws(StoreError) in
            SettledDay(day: try row.day(0), runId: try row.int64(1), planEffectiveFrom: try row.day(2),
                       digest: DayDigest(paid: UInt64(try row.text(3), radix: 16) ?? 0, refunds: UInt64(try row.text(4), radix: 16) ?? 0,
                                                 requests: UInt64(try row.text(5), radix: 16) ?? 0))
        }
    }

    public func lastSettledDay() throws(StoreError) -> Day? {
        try connection.row("SELECT max(settle_date) - date '1970-01-01' FROM settle.days WHERE model = $1", [model],
                           source: "settle.days")?.optionalDay(0)
    }

    /// The day of the first paid order, in the session's timezone; nil with no orders.
    public func firstOrderDay() throws(StoreError) -> Day? {
        try connection.row("SELECT min(paid_at)::date - date '1970-01-01' FROM settle.orders", source: "settle.orders")?.optionalDay(0)
    }

    // MARK: Transactions

    /// Runs `body` in one REPEATABLE READ transaction: every read inside sees one snapshot of the
    /// database. Read only unless `writing`; rolled back instead of committed when `rollback`.
    public func consistently<T>(writing: Bool = false, rollback: Bool = false, _ body: () throws -> T) throws -> T {
        try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ" + (writing ? "" : " READ ONLY"))
        freshPartitions = []
        do {
            let value = try body()
            if !rollback { try attachFreshPartitions() }
            try connection.execute(rollback ? "ROLLBACK" : "COMMIT")
            freshPartitions = []
            return value
        } catch {
            connection.rollback()
            forgetFreshPartitions()
            throw error
        }
    }

    /// Runs `body` in a transaction: COMMIT when it returns, ROLLBACK when it throws. Day
    /// partitions the body made are attached before the COMMIT.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        freshPartitions = []
        do {
            return try connection.transaction {
                let value = try body()
                try attachFreshPartitions()
                return value
            }
        } catch {
            forgetFreshPartitions()
            throw error
        }
    }

    public static func malformed(_ table: String) -> StoreError {
        StoreError(.schema, "unexpected row shape reading settle.\(table)")
    }
}
