import Testing
import SettleKernel
import SettleStore

/// Parameters sent in binary (`BinaryParameter`) and arrays in a binary COPY (`BinaryCopyWriter`)
/// read back by the server as the values they are.
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

    @Test func arraysInABinaryCopyArriveAsTheirValues() throws {
        let database = try TestDatabase()
        let connection = try database.connect()
        try connection.execute("CREATE TEMPORARY TABLE arrays (n integer, ids bigint[], flags boolean[])")
        let long = (0..<8_192).map { Int64($0) * 1_000_003 - 4_000_000_000 }
        let rows: [(ids: [Int64], flags: [Bool])] = [([], []), ([Int64.min, -1, 0, Int64.max], [true, false]),
                                                     (long, long.map { $0 % 3 == 0 })]
        let copied = try connection.copyInBinary("COPY arrays (n, ids, flags) FROM STDIN (FORMAT binary)") { writer in
            for (index, row) in rows.enumerated() {
                writer.integer(Int32(index)); writer.field(integers: row.ids); writer.field(booleans: row.flags[...])
                try writer.endRow()
            }
        }
        #expect(copied == 3)
        let read = try connection.query("SELECT ids::text, flags::text FROM arrays ORDER BY n")
        func text<T>(_ values: [T], _ show: (T) -> String) -> String { "{" + values.map(show).joined(separator: ",") + "}" }
        #expect(read.map { $0.map { $0 ?? "NULL" } } == rows.map { [text($0.ids) { String($0) }, text($0.flags) { $0 ? "t" : "f" }] })
        let sums = try connection.query("SELECT sum(v)::text FROM arrays, unnest(ids) v WHERE n = 2").first?.first ?? nil
        #expect(sums == String(long.reduce(0, +)))
    }
}
