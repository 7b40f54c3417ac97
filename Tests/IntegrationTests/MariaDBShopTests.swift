import Foundation
import Testing
import PointsModel

/// A CRMEB-like shop whose tables live in a real MariaDB server (started by scripts/test.sh with
/// scripts/mariadb.sh), reached from PostgreSQL through mysql_fdw with sql/shops/mariadb-fdw.sql,
/// mapped by sql/shops/crmeb.sql, settled by the real binary.
enum MariaDBServer {
    static var isConfigured: Bool {
        let environment = ProcessInfo.processInfo.environment
        return TestDatabase.isConfigured && (environment["MARIADB_PORT"] != nil || environment["SETTLE_REQUIRE_MARIADB"] == "1")
    }
}

@Suite(.serialized, .enabled(if: MariaDBServer.isConfigured, "no MariaDB: scripts/test.sh starts one when mariadb-server is installed"))
struct MariaDBShopTests {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// Runs SQL in the MariaDB test database through its own client.
    static func mariadb(_ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["mariadb", "--no-defaults", "-h", environment["MARIADB_HOST"] ?? "127.0.0.1", "-P", environment["MARIADB_PORT"] ?? "3306",
                             "-u", environment["MARIADB_USER"] ?? "shop", "-p\(environment["MARIADB_PASSWORD"] ?? "shop")",
                             environment["MARIADB_DATABASE"] ?? "shop", "-e", sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "mariadb: \(sql.prefix(60))")
    }

    static func psql(_ database: TestDatabase, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database.name] + arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func aShopInMariaDBSettlesThroughMysqlFDW() throws {
        try Self.mariadb("""
            DROP TABLE IF EXISTS eb_user, eb_store_order;
            CREATE TABLE eb_user (uid int PRIMARY KEY, phone varchar(32), spread_uid int NOT NULL DEFAULT 0, add_time int NOT NULL);
            CREATE TABLE eb_store_order (id int PRIMARY KEY, uid int NOT NULL, pay_price decimal(8,2) NOT NULL,
              deduction_price decimal(8,2) NOT NULL DEFAULT 0, paid tinyint NOT NULL, pay_time int, refund_status tinyint NOT NULL DEFAULT 0,
              refund_reason_time int, is_del tinyint NOT NULL DEFAULT 0);
            INSERT INTO eb_user VALUES (1, '13800000001', 0, 1772244000), (2, '13800000002', 1, 1772244000), (3, '13800000003', 3, 1772244000);
            INSERT INTO eb_store_order VALUES (11, 1, 9000.00, 0, 1, 1772330400, 0, NULL, 0), (12, 2, 3000.00, 0, 1, 1772330400, 0, NULL, 0);
            """)
        let database = try TestDatabase(migrate: false)
        let shops = TestDatabase.repositoryRoot.appendingPathComponent("sql/shops")
        let env = Self.environment
        #expect(try Self.psql(database, ["-v", "host=\(env["MARIADB_HOST"] ?? "127.0.0.1")", "-v", "port=\(env["MARIADB_PORT"] ?? "3306")",
                                         "-v", "user=\(env["MARIADB_USER"] ?? "shop")", "-v", "password=\(env["MARIADB_PASSWORD"] ?? "shop")",
                                         "-v", "database=\(env["MARIADB_DATABASE"] ?? "shop")", "-v", "tables=eb_user, eb_store_order",
                                         "-f", shops.appendingPathComponent("mariadb-fdw.sql").path]) == 0)
        #expect(try Self.psql(database, ["-f", shops.appendingPathComponent("crmeb.sql").path]) == 0)
        #expect(try database.settle(["migrate", "--inputs", "external"]).status == 0)
        let plan = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).json")
        try Plan.defaultDocument.write(to: plan, atomically: true, encoding: .utf8)
        #expect(try database.settle(["plan", "set", "--effective-from", "2026-01-01", plan.path]).status == 0)
        // Member 3 refers itself in the shop's table: named, nothing written.
        let bad = try database.settle(["run", "--date", "2026-03-01"])
        #expect(bad.status == 3 && bad.stderr.contains("member 3 is its own referrer"), "\(bad.stderr)")
        try Self.mariadb("UPDATE eb_user SET spread_uid = 0 WHERE uid = 3")
        for day in ["2026-03-01", "2026-03-02"] { #expect(try database.settle(["run", "--date", day]).status == 0) }
        let lines = try database.connect().query("SELECT member_id || ' ' || kind || ' ' || paid FROM settle.settlement_lines ORDER BY 1")
            .compactMap { $0[0] }
        #expect(lines == ["1 share 18.00", "1 static 108.00", "2 static 36.00"])
        // A refund made in MariaDB after the day was settled is named as late input (exit 5).
        try Self.mariadb("UPDATE eb_store_order SET refund_status = 2, refund_reason_time = 1772420400 WHERE id = 12")
        let late = try database.settle(["run", "--date", "2026-03-03"])
        #expect(late.status == 5 && late.stderr.contains("2026-03-02: refunds made that day changed"), "\(late.stderr)")
    }
}
