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
    }
}
