import Testing
import SettleKernel
import SettleStore

/// Parameters sent in binary (`BinaryParameter`) read back by the server as the values they are.
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct BinaryParameterTests {
    @Test func arraysAndDaysArriveAsTheirValues() throws {
        let database = try TestDatabase()
        let connection = try database.connect()
        let row = try connection.query("""
            SELECT $1::bigint[]::text, $2::boolean[]::text, $3::date::text, $4::date::text, cardinality($5::bigint[]), $6::bigint[]::text
            """, binary: [.integers([0, -1, 7, Int64.max, Int64.min]), .booleans([true, false, true]), .day(Day(iso: "2026-12-03")!),
                          .day(Day(iso: "1969-07-20")!), .integers([]), .integers([42])]).first
        #expect(row == ["{0,-1,7,9223372036854775807,-9223372036854775808}", "{t,f,t}", "2026-12-03", "1969-07-20", "0", "{42}"])
    }
}
