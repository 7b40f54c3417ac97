import Foundation
import Testing
import SettleStore

/// A database migrated and settled by the previous version (points only, migrations 0001–0003:
/// `Fixtures/v1-points-30-days.sql`, made by scripts/make-upgrade-fixture.sh), upgraded with this
/// version's `settle migrate`: every row and every figure kept, the next day settled.
@Suite(.enabled(if: TestDatabase.isConfigured), .serialized)
struct UpgradeTests {
    static let fixtures = TestDatabase.repositoryRoot.appendingPathComponent("Tests/IntegrationTests/Fixtures")

    /// `key=value` lines of the fixture's expected figures, and the queries written above them.
    struct Expected {
        var values: [String: String] = [:]
        var queries: [String: String] = [:]
        init() throws {
            let text = try String(contentsOf: UpgradeTests.fixtures.appendingPathComponent("v1-points-30-days.expected"), encoding: .utf8)
            for line in text.split(separator: "\n").map(String.init) {
                if line.hasPrefix("# "), let colon = line.firstIndex(of: ":"), line.contains("SELECT") {
                    let key = line.dropFirst(2)[..<colon].trimmingCharacters(in: .whitespaces)
                    queries[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                } else if !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") {
                    values[String(line[..<equals])] = String(line[line.index(after: equals)...])
                }
            }
        }
    }

    func restoredDatabase() throws -> TestDatabase {
        let database = try TestDatabase(migrate: false)
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        psql.arguments = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database.name,
                          "-f", UpgradeTests.fixtures.appendingPathComponent("v1-points-30-days.sql").path]
        psql.standardOutput = FileHandle.nullDevice
        try psql.run()
        psql.waitUntilExit()
        #expect(psql.terminationStatus == 0, "the fixture restores")
        return database
    }

    @Test func migrateKeepsEveryRowAndFigureAndTheNextDaySettles() throws {
        let expected = try Expected()
        let database = try restoredDatabase()
        let connection = try database.connect()
        let migrate = try database.settle(["migrate"])
        #expect(migrate.status == 0 && migrate.stdout.contains("0004_programs.sql"), "\(migrate.stderr)")

        for key in ["lines_md5", "wallet_md5", "lot_days_md5"] {
            let query = try #require(expected.queries[key], "the fixture names the query of \(key)")
            #expect(try connection.scalar(query) == expected.values[key], "\(key) after the upgrade")
        }
        for table in ["runs", "days", "lot_days", "settlement_lines", "wallet_adjustments"] {
            #expect(try connection.scalar("SELECT count(*) FROM settle.\(table)") == expected.values[table], "rows of \(table)")
        }
        #expect(try connection.scalar("SELECT count(*) FROM settle.model_lines WHERE model = 'points'") == expected.values["settlement_lines"])

        // The reports the previous version printed, value for value (keys may only be added).
        let day = try database.settle(["report", "day", "--date", "2026-01-30", "--format", "json"])
        let now = try Self.json(day.stdout), before = try Self.json(try #require(expected.values["report_day_json"]))
        for key in before.allKeys.compactMap({ $0 as? String }) {
            #expect(now[key] as? NSObject == before[key] as? NSObject, "report day's \(key) as the previous version printed it")
        }
        let verify = try database.settle(["verify", "--format", "json"])
        #expect(verify.status == 0, "\(verify.stdout)")
        // The wallet became the ledger's opening entries: every balance unchanged.
        #expect(try connection.scalar(try #require(expected.queries["wallet_md5"])) == expected.values["wallet_md5"])

        // A rerun of settled days reproduces them; the next day settles on top.
        let rerun = try database.settle(["rerun", "--date", "2026-01-25"])
        #expect(rerun.status == 0 && rerun.stdout.contains("nothing changed"), "\(rerun.stdout)\(rerun.stderr)")
        let next = try database.settle(["run", "--date", "2026-01-31"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try database.settledDays().last == "2026-01-31")
        #expect(try database.settle(["verify"]).status == 0)
        // Migration 0014: the upgraded days' entries stay in the old table (with the undated
        // ones). Migration 0023: they keep their stored credits; the day settled since stores
        // none (its credits are its lines) and is the one credited day.
        let homes = try connection.query("""
            SELECT tableoid::regclass::text, count(*) FILTER (WHERE settle_date > '2026-01-30') FROM settle.ledger GROUP BY 1 ORDER BY 1
            """).map { $0.map { $0 ?? "" } }
        #expect(homes == [["settle.ledger_before_0014", "0"]], "\(homes)")
        #expect(try connection.query("SELECT settle_date::text FROM settle.credited_days") == [["2026-01-31"]])
        #expect(try connection.scalar("SELECT count(*) FROM settle.entries WHERE settle_date = '2026-01-31' AND source = 'settlement'") != "0")
        let query = try #require(expected.queries["lines_md5"])
        #expect(try connection.scalar(query.replacingOccurrences(of: "FROM settle.settlement_lines",
                                                                 with: "FROM settle.settlement_lines WHERE settle_date <= '2026-01-30'"))
                == expected.values["lines_md5"])
        // A late refund of an upgraded day: the rerun's corrections of the old days go to the old
        // table, those of the new day to its partition; the ledger still agrees with the lines.
        try connection.execute("""
            UPDATE settle.orders SET refunded_at = '2026-01-20 10:00+08'
            WHERE id = (SELECT min(id) FROM settle.orders WHERE paid_at < '2026-01-10' AND refunded_at IS NULL)
            """)
        let corrected = try database.settle(["rerun", "--date", "2026-01-20"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        let corrections = try connection.query("""
            SELECT tableoid::regclass::text, count(*) FROM settle.ledger WHERE source = 'correction' GROUP BY 1 ORDER BY 1
            """).map { $0.map { $0 ?? "" } }
        #expect(corrections.map(\.first) == ["settle.ledger_20260131", "settle.ledger_before_0014"], "\(corrections)")
        #expect(try database.settle(["verify"]).status == 0)
        let ids = try connection.query("SELECT count(*), count(DISTINCT id) FROM settle.ledger")[0]
        #expect(ids[0] == ids[1], "ids unique across partitions: \(ids)")
    }

    /// A database migrated from zero and the v1 fixture upgraded have the same schema, and it is
    /// sql/schema.snapshot.sql's (the tables, views, functions, triggers; grants depend on the
    /// cluster's roles and are compared by the role tests).
    @Test func freshAndUpgradedDatabasesHaveTheSnapshotsSchema() throws {
        let fresh = try TestDatabase()
        let upgraded = try restoredDatabase()
        let migrate = try upgraded.settle(["migrate"])
        #expect(migrate.status == 0, "\(migrate.stderr)")
        let script = TestDatabase.repositoryRoot.appendingPathComponent("scripts/schema.sh").path
        let freshSchema = try fresh.settle(["dump"], binary: script), upgradedSchema = try upgraded.settle(["dump"], binary: script)
        #expect(freshSchema.status == 0 && upgradedSchema.status == 0, "\(freshSchema.stderr)\(upgradedSchema.stderr)")
        #expect(freshSchema.stdout.contains("CREATE TABLE settle.points_day_figures"), "the dump holds the tables")
        #expect(freshSchema.stdout == upgradedSchema.stdout, "fresh and upgraded differ: \(Self.firstDifference(freshSchema.stdout, upgradedSchema.stdout))")

        let snapshot = try String(contentsOf: TestDatabase.repositoryRoot.appendingPathComponent("sql/schema.snapshot.sql"), encoding: .utf8)
        let header = snapshot.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        let body = header.count == 3 ? String(header[2]) : ""
        let pgDump = Process()
        pgDump.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        pgDump.arguments = ["pg_dump", "--version"]
        let out = Pipe()
        pgDump.standardOutput = out
        try pgDump.run()
        let versionText = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        pgDump.waitUntilExit()
        let major = versionText.split(separator: " ").last.map { String($0.prefix { $0.isNumber }) } ?? ""
        if header.count == 3, header[1].contains("pg_dump \(major);") {
            #expect(body == freshSchema.stdout,
                    "sql/schema.snapshot.sql is not the schema `settle migrate` makes (scripts/schema.sh snapshot rewrites it): \(Self.firstDifference(body, freshSchema.stdout))")
        } else {
            // Another pg_dump prints the same schema in other words: fresh and upgraded still agree (above).
            print("note: sql/schema.snapshot.sql was written by another pg_dump than \(major); compared fresh with upgraded only")
        }
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false), right = b.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {                 // bounded: the two texts
            let l = index < left.count ? String(left[index]) : "<end>", r = index < right.count ? String(right[index]) : "<end>"
            if l != r { return "line \(index + 1): \(l) | \(r)" }
        }
        return "none"
    }

    static func json(_ text: String) throws -> NSDictionary {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary)
    }
}
