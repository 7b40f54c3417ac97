import Testing
import SettleKernel
import SettleStore

/// An instant's day found from `DayBoundaries` is PostgreSQL's own `::date` in the session's zone,
/// around daylight-saving changes too (São Paulo's moved its clocks at midnight: that day began at 01:00).
@Suite(.enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct DayBoundariesTests {
    @Test(arguments: ["Asia/Shanghai", "America/New_York", "America/Sao_Paulo", "Pacific/Apia"])
    func anInstantsDayIsTheDatabasesDate(zone: String) throws {
        let database = try TestDatabase()
        let connection = try database.connect()
        try connection.execute("SELECT set_config('TimeZone', $1, false)", [zone])
        let days = try DayBoundaries(connection: connection)
        let rows = try connection.query("""
            SELECT (extract(epoch FROM t) * 1000000)::bigint, t::date - date '1970-01-01'
            FROM (SELECT timestamptz '2018-11-02 00:00+00' + n * interval '17 minutes' FROM generate_series(0, 400) n
                  UNION ALL SELECT timestamptz '2011-12-28 00:00+00' + n * interval '53 minutes' FROM generate_series(0, 200) n
                  UNION ALL SELECT timestamptz '1970-01-01 12:00+00' + n * interval '83 days 7 hours' FROM generate_series(0, 1000) n) AS i(t)
            """)
        #expect(rows.count == 1_603)
        for row in rows {                                     // bounded: the instants above
            let micros = try #require(row[0].flatMap { Int64($0) }), date = try #require(row[1].flatMap { Int32($0) })
            #expect(days.day(of: micros) == Day(date), "\(zone): \(micros)")
        }
        // This century's boundaries alone (what a night reads first): the same day inside, none outside.
        let century = try DayBoundaries(connection: connection, years: DayBoundaries.commonYears)
        let inside = Day(iso: "2000-01-01")!.number..<Day(iso: "2099-12-31")!.number
        for row in rows {                                     // bounded: the instants above
            let micros = try #require(row[0].flatMap { Int64($0) }), date = try #require(row[1].flatMap { Int32($0) })
            #expect(century.day(of: micros) == (inside.contains(date) ? Day(date) : nil), "\(zone): \(micros)")
        }
    }

    /// Orders paid or refunded outside this century are dated after the read from every year, as
    /// PostgreSQL dates them; an order paid after the day asked for is not read.
    @Test func ordersOutsideThisCenturyAreDatedAsTheDatabaseDatesThem() throws {
        let database = try TestDatabase()
        let connection = try database.connect()
        try connection.execute("SELECT set_config('TimeZone', 'Asia/Shanghai', false)")
        try connection.execute("INSERT INTO settle.members (id, phone, joined_at) VALUES (1, '13800000001', '1980-01-01 00:00+08')")
        try connection.execute("""
            INSERT INTO settle.orders (id, member_id, amount, cash_amount, points_amount, paid_at, refunded_at) VALUES
                (1, 1, 10, 10, 0, '1985-06-01 23:30+08', '2150-01-01 00:10+08'),
                (2, 1, 20, 20, 0, '1999-12-31 23:59:59+08', NULL),
                (3, 1, 30, 30, 0, '2050-03-04 05:06+08', '2099-12-31 23:00+08'),
                (4, 1, 40, 40, 0, '2160-01-01 10:00+08', NULL)
            """)
        let store = SettlementStore(connection: connection, model: "points", lockNumber: 0)
        let orders = try store.loadOrders(through: Day(iso: "2155-01-01")!).sorted { $0.id < $1.id }
        let expected = try connection.query("""
            SELECT id, paid_at::date - date '1970-01-01', refunded_at::date - date '1970-01-01', (extract(epoch FROM refunded_at) * 1000000)::bigint
            FROM settle.orders WHERE id < 4 ORDER BY id
            """)
        #expect(orders.map(\.id) == [1, 2, 3])
        #expect(orders.map { [String($0.id), String($0.paidOn.number), $0.refundedOn.map { String($0.number) }, $0.refundedAtMicros.map(String.init)] }
                == expected)
    }
}
