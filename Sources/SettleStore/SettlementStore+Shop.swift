import SettleKernel

/// The shop's inputs every program reads: members and paid orders, through binary COPY.
extension SettlementStore {
    /// What a day reads, as COPY statements (binary): no expression per row on the server, and no
    /// WHERE (orders paid after the day are few; they are dropped here, which also keeps a
    /// foreign table's scan free of conditions its wrapper might not push down). Public so that
    /// the benchmark's floor reads exactly this.
    public static let membersQuery = "COPY (SELECT id::bigint, referrer_id::bigint FROM settle.members) TO STDOUT (FORMAT binary)"
    /// What of an order a read takes: every order, with instants as timestamptz (days are found
    /// here, from `DayBoundaries`) and amounts as numeric, the cheapest form PostgreSQL sends
    /// them in. Each numeric column costs the server about 0.2–0.27 s at 3M orders (decisions.md).
    public enum OrderColumns: Sendable, Equatable {
        /// `amount`, `cash_amount` and `points_amount`, each order's parts checked here.
        case parts
        /// `amount` and `points_amount`: the database holds cash to their difference
        /// (`databaseHoldsCash`).
        case pointsPart
        /// `amount` alone, for a program that reads no part (`RewardModel.readsOrderParts`):
        /// cash = amount, points = 0. The floor's columns.
        case whole

        var amounts: String {
            switch self {
            case .parts: "amount::numeric, cash_amount::numeric, points_amount::numeric"
            case .pointsPart: "amount::numeric, points_amount::numeric"
            case .whole: "amount::numeric"
            }
        }
        var count: Int { self == .parts ? 7 : self == .pointsPart ? 6 : 5 }

        public var query: String {
            """
            COPY (SELECT id::bigint, member_id::bigint, \(amounts), paid_at::timestamptz, refunded_at::timestamptz
                  FROM settle.orders) TO STDOUT (FORMAT binary)
            """
        }
    }

    /// Whether `settle.orders` is a table whose validated, inherited check holds every row's
    /// `cash_amount + points_amount = amount`, with `cash_amount` NOT NULL: settle's own table as
    /// migrated. A view (a shop's mapping), a foreign table, or a table whose check was dropped or
    /// added NOT VALID gives false: its cash is read and checked here, order by order.
    public func databaseHoldsCash() throws -> Bool {
        try connection.scalar("""
            SELECT EXISTS (SELECT FROM pg_constraint c
                           WHERE c.conrelid = to_regclass('settle.orders') AND c.contype = 'c' AND c.convalidated
                             AND NOT c.connoinherit AND pg_get_constraintdef(c.oid) = 'CHECK (((cash_amount + points_amount) = amount))')
               AND EXISTS (SELECT FROM pg_attribute a
                           WHERE a.attrelid = to_regclass('settle.orders') AND a.attname = 'cash_amount' AND a.attnotnull)
            """) == "t"
    }

    /// The columns this store's reads take: none of the parts for a program that reads none.
    public func orderColumns() throws -> OrderColumns {
        guard readsOrderParts else { return .whole }
        return try databaseHoldsCash() ? .pointsPart : .parts
    }

    /// Members and the orders paid through `through`, checked and grouped (call inside
    /// `consistently` when the read must be one snapshot).
    public func loadShop(through: Day) throws -> Shop {
        try Shop(members: try loadMembers(), orders: try loadOrders(through: through), byMember: ordersByMember)
    }

    /// The same, with the members read and their tree built elsewhere (on a second connection's
    /// thread, while the orders stream here): `tree` is called once the orders are in.
    public func loadShop(through: Day, tree: () throws -> ReferralTree) throws -> Shop {
        let orders = try loadOrders(through: through)
        return try Shop(tree: try tree(), orders: orders, byMember: ordersByMember)
    }

    /// The planner's row count of `relation` when it is a table (ANALYZE or autovacuum keep it
    /// near), for reserving arrays once instead of growing them by doubling (a copy of every row
    /// so far and fresh pages at each step: 240 MB of orders at a million members). Nil for a
    /// view (a shop's mapping) or a table never analysed.
    public func estimatedRows(of relation: String) throws -> Int? {
        guard let text = try connection.scalar("""
            SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass($1) AND relkind IN ('r', 'p', 'm')
            """, [relation]), let rows = Int(text), rows > 0 else { return nil }
        return min(rows + rows / 64, 500_000_000)
    }

    public func loadMembers() throws -> [MemberRow] {
        var members: [MemberRow] = []
        if let rows = try estimatedRows(of: "settle.members") { members.reserveCapacity(rows) }
        try connection.copyOutBinary(Self.membersQuery) { tuple in
            guard tuple.count == 2, let id = tuple.integer(0) else { throw Self.malformed("members") }
            members.append(MemberRow(id: id, referrerId: tuple.integer(1)))
        }
        return members
    }

    /// Orders paid on or before `through` (in the session's timezone), amounts in fen, with the
    /// columns `orderColumns()` says (the cash part as amount - points where the database holds
    /// it so; cash = amount, points = 0 for a program that reads no part).
    public func loadOrders(through: Day) throws -> [OrderRow] {
        // The days of this century first (its boundaries read in half the time of 1970–2199's);
        // an order outside it is kept aside and dated after the read, from every year.
        let days = try DayBoundaries(connection: connection, years: DayBoundaries.commonYears)
        let columns = try orderColumns()
        let paidColumn = columns.count - 2
        // An order outside keeps its refund's instant beside it: a row holds one only with its day.
        var orders: [OrderRow] = [], outside: [(order: OrderRow, refundedAt: Int64?)] = []
        if let rows = try estimatedRows(of: "settle.orders") { orders.reserveCapacity(rows) }
        try connection.copyOutBinary(columns.query) { tuple in
            guard tuple.count == columns.count, let id = tuple.integer(0), let member = tuple.integer(1), let paidAt = tuple.timestampMicros(paidColumn)
            else { throw Self.malformed("orders") }
            let refundedAt = tuple.timestampMicros(paidColumn + 1)
            let paidOn = days.day(of: paidAt)
            let dated = paidOn != nil && (refundedAt.map { days.day(of: $0) != nil } ?? true)
            if dated, let paidOn, paidOn > through { return }      // paid after the day: not an input of it
            guard let amount = tuple.numeric(2, scale: 2), let points = columns == .whole ? 0 : tuple.numeric(paidColumn - 1, scale: 2),
                  let cash = columns == .parts ? tuple.numeric(3, scale: 2) : Self.cash(amount, less: points) else {
                throw InputError.invalidOrder(orderId: id, reason: columns == .whole ? "amount must be yuan with at most 2 decimals"
                                              : "amount, cash_amount and points_amount must be yuan with at most 2 decimals")
            }
            let order = OrderRow(id: id, memberId: member, amountFen: amount, cashFen: cash, pointsFen: points,
                                 paidAtMicros: paidAt, paidOn: paidOn ?? Day(0), refundedOn: refundedAt.flatMap(days.day(of:)),
                                 refundedAtMicros: refundedAt)             // an order outside: its days set below
            if dated { orders.append(order) } else { outside.append((order, refundedAt)) }
        }
        guard !outside.isEmpty else { return orders }
        let every = try DayBoundaries(connection: connection)
        for (row, refundedAt) in outside {                       // bounded: the orders outside this century
            var order = row
            guard let paidOn = every.day(of: order.paidAtMicros), refundedAt.map({ every.day(of: $0) != nil }) ?? true else {
                throw InputError.invalidOrder(orderId: order.id, reason: "paid or refunded outside 1970–2199")
            }
            guard paidOn <= through else { continue }
            order.paidOn = paidOn
            order.refundedOn = refundedAt.flatMap(every.day(of:))
            order.refundedAtMicros = refundedAt
            orders.append(order)
        }
        return orders
    }

    /// The cash part of an order whose database holds it to amount - points; nil past Int64.
    @inline(__always)
    static func cash(_ amountFen: Int64, less pointsFen: Int64) -> Int64? {
        let (cashFen, overflow) = amountFen.subtractingReportingOverflow(pointsFen)
        return overflow ? nil : cashFen
    }
}

/// The first instant of every day from 1970 to 2199 in the session's timezone, read once, so that
/// an instant's day is found here exactly as PostgreSQL's `::date` would find it, without a
/// conversion per row on the server. The series comes in day order (checked here, not sorted
/// there) and the zone is read once (an init plan), not per row: 85–92 ms → 64–67 ms in psql.
public struct DayBoundaries: Sendable {
    /// The years every order is dated in first: a night reads their boundaries (36,525 days) in
    /// 22–25 ms where 1970–2199's took 51–58 ms, and dates the rare order outside them from the
    /// full range after its read.
    public static let commonYears = 2000...2099
    /// The day number of `starts[0]`.
    let first: Int32
    /// starts[d]: microseconds since 1970 (UTC) of the first instant of day number first + d.
    let starts: [Int64]

    /// The boundaries of the days of `years` (at most 1970–2199).
    public init(connection: Connection, years: ClosedRange<Int> = 1970...2199) throws {
        precondition(years.lowerBound >= 1970 && years.upperBound <= 2199, "day boundaries: 1970–2199 at most")
        first = Day(iso: "\(years.lowerBound)-01-01")!.number
        var starts: [Int64] = []
        starts.reserveCapacity(366 * years.count)
        try connection.copyOutBinary("""
            COPY (SELECT d AT TIME ZONE (SELECT current_setting('TimeZone'))
                  FROM generate_series(timestamp '\(years.lowerBound)-01-01', timestamp '\(years.upperBound)-12-31', interval '1 day') AS d)
            TO STDOUT (FORMAT binary)
            """) { tuple in
            guard let start = tuple.timestampMicros(0) else { throw SettlementStore.malformed("day boundaries") }
            starts.append(start)
        }
        // A day a zone skipped (Samoa's 2011-12-30: its clocks went from the 29th to the 31st)
        // starts where the next one does and holds no instant; a day starting before the one
        // before it would be an error in the series.
        for index in starts.indices.dropFirst() where starts[index] < starts[index - 1] {
            throw StoreError(.schema, "day boundaries out of order at day \(index)")
        }
        self.starts = starts
    }

    /// The day of an instant: within a day of its UTC day (offsets are under 24 hours); nil
    /// outside the years read.
    @inline(__always)
    public func day(of micros: Int64) -> Day? {
        let utcDay = (micros >= 0 ? micros / 86_400_000_000 : (micros - 86_399_999_999) / 86_400_000_000) - Int64(first)
        var day = Int(max(0, min(Int64(starts.count - 1), utcDay)))
        while day > 0 && starts[day] > micros { day -= 1 }                      // bounded: at most 3 steps
        while day + 1 < starts.count && starts[day + 1] <= micros { day += 1 }  // bounded: at most 3 steps
        guard starts[day] <= micros, day + 1 < starts.count else { return nil }
        return Day(first + Int32(day))
    }
}
