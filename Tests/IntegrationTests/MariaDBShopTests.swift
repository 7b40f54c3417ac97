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
        let ddl = try String(contentsOf: MariaDBShopTests.fixtures.appendingPathComponent("crmeb-v4.7.0.sql"), encoding: .utf8)
        try Self.mariadb(ddl + """
            INSERT INTO eb_user (uid, phone, spread_uid, add_time) VALUES
              (1, '13800000001', 0, 1772244000), (2, '13800000002', 1, 1772244000), (3, '13800000003', 3, 1772244000);
            INSERT INTO eb_store_order (id, order_id, `unique`, uid, pay_price, paid, pay_time) VALUES
              (11, 'o11', 'u11', 1, 9000.00, 1, 1772330400), (12, 'o12', 'u12', 2, 3000.00, 1, 1772330400);
            """)
        let database = try TestDatabase(migrate: false)
        let shops = TestDatabase.repositoryRoot.appendingPathComponent("sql/shops")
        let env = Self.environment
        #expect(try Self.psql(database, ["-v", "host=\(env["MARIADB_HOST"] ?? "127.0.0.1")", "-v", "port=\(env["MARIADB_PORT"] ?? "3306")",
                                         "-v", "user=\(env["MARIADB_USER"] ?? "shop")", "-v", "password=\(env["MARIADB_PASSWORD"] ?? "shop")",
                                         "-v", "database=\(env["MARIADB_DATABASE"] ?? "shop")", "-v", "tables=eb_user, eb_store_order, eb_store_order_refund",
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

/// A CRMEB and a likeshop shop as they ship (issue 23): their tables created in MariaDB with the
/// install SQL's own DDL (Fixtures/shops: file, version and commit named there), a small shop in
/// them with what real shops do to orders (hidden, split by a partial refund, cancelled, refunded
/// after sale, paid with points, deleted in the back office), then the README's route word for
/// word: mysql_fdw, the mapping, `settle migrate --inputs external`, the job role, the balance
/// owner, `shop check`, nights, verify.
/// (In the same suite as the test above: they share the MariaDB database, one at a time.)
extension MariaDBShopTests {
    static let fixtures = TestDatabase.repositoryRoot.appendingPathComponent("Tests/IntegrationTests/Fixtures/shops")
    static let shops = TestDatabase.repositoryRoot.appendingPathComponent("sql/shops")

    /// Unix seconds of `hour`:00 in Shanghai on March `day`, 2026.
    static func at(_ day: Int, _ hour: Int = 10) -> Int { 1_772_330_400 + (day - 1) * 86_400 + (hour - 10) * 3_600 }

    /// A fresh PostgreSQL database on the shop's MariaDB tables, mapped and migrated, the job
    /// role granted, the checkout balance the shop's, a plan stored.
    func connect(_ tables: String, mapping: String) throws -> TestDatabase {
        let database = try TestDatabase(migrate: false)
        let env = MariaDBShopTests.environment
        #expect(try MariaDBShopTests.psql(database, [
            "-v", "host=\(env["MARIADB_HOST"] ?? "127.0.0.1")", "-v", "port=\(env["MARIADB_PORT"] ?? "3306")",
            "-v", "user=\(env["MARIADB_USER"] ?? "shop")", "-v", "password=\(env["MARIADB_PASSWORD"] ?? "shop")",
            "-v", "database=\(env["MARIADB_DATABASE"] ?? "shop")", "-v", "tables=\(tables)",
            "-f", Self.shops.appendingPathComponent("mariadb-fdw.sql").path]) == 0)
        #expect(try MariaDBShopTests.psql(database, ["-f", Self.shops.appendingPathComponent(mapping).path]) == 0)
        let migrate = try database.settle(["migrate", "--inputs", "external"])
        #expect(migrate.status == 0, "\(migrate.stderr)")
        #expect(try MariaDBShopTests.psql(database, ["-f", TestDatabase.repositoryRoot.appendingPathComponent("sql/roles/settle_job.sql").path]) == 0)
        #expect(try database.settle(["migrate", "--inputs", "external"]).status == 0)     // grants the role what each room says
        #expect(try database.settle(["shop", "set", "--checkout-balance", "shop"]).status == 0)
        let plan = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).json")
        try Plan.defaultDocument.write(to: plan, atomically: true, encoding: .utf8)
        #expect(try database.settle(["plan", "set", "--effective-from", "2026-01-01", plan.path]).status == 0)
        return database
    }

    /// The job role's connection (the local socket trusts it in the tests' cluster).
    func asJob(_ database: TestDatabase) -> [String] { ["--db", "dbname=\(database.name) user=settle_job"] }

    func orders(_ database: TestDatabase) throws -> [String] {
        try database.connect().query("""
            SELECT concat_ws(' ', id, member_id, amount, cash_amount, points_amount,
                             to_char(paid_at AT TIME ZONE 'Asia/Shanghai', 'MM-DD HH24'),
                             coalesce(to_char(refunded_at AT TIME ZONE 'Asia/Shanghai', 'MM-DD HH24'), '-'))
            FROM settle.orders ORDER BY id
            """).compactMap { $0[0] }
    }

    func lots(_ database: TestDatabase) throws -> [String] {
        try database.connect().query("SELECT order_id || ' ' || cap_fen || ' ' || status FROM settle.lot_status ORDER BY order_id").compactMap { $0[0] }
    }

    @Test func aCRMEBShopAsItShips() throws {
        try MariaDBShopTests.mariadb(try String(contentsOf: Self.fixtures.appendingPathComponent("crmeb-v4.7.0.sql"), encoding: .utf8) + """
            INSERT INTO eb_user (uid, phone, spread_uid, add_time) VALUES
              (1, '13800000001', 0, \(Self.at(0))), (2, '13800000002', 1, \(Self.at(0))), (3, '13800000003', 2, \(Self.at(0))),
              (4, '13800000004', 1, \(Self.at(0))), (5, '', 4, \(Self.at(0))), (6, '13800000006', 2, \(Self.at(0)));
            INSERT INTO eb_store_order (id, pid, order_id, `unique`, uid, total_price, pay_price, deduction_price, use_integral, paid, pay_time, is_del) VALUES
              (101, 0, 'wx101', 'u101', 1, 9000.00, 9000.00, 0, 0, 1, \(Self.at(1)), 0),
              (102, 0, 'wx102', 'u102', 2, 3000.00, 2900.00, 100.00, 1000, 1, \(Self.at(1, 11)), 0),
              (103, 0, 'wx103', 'u103', 3, 3000.00, 3000.00, 0, 0, 0, 0, 1),
              (104, 0, 'wx104', 'u104', 3, 9000.00, 9000.00, 0, 0, 1, \(Self.at(1, 12)), 0),
              (107, 0, 'wx107', 'u107', 4, 3000.00, 3000.00, 0, 0, 1, \(Self.at(1, 13)), 0),
              (108, 0, 'wx108', 'u108', 5, 3000.00, 3000.00, 0, 0, 1, \(Self.at(2)), 0),
              (109, 0, 'wx109', 'u109', 6, 3000.00, 3000.00, 0, 0, 1, \(Self.at(2, 11)), 0);
            """)
        let database = try connect("eb_user, eb_store_order, eb_store_order_refund", mapping: "crmeb.sql")
        let check = try database.settle(["shop", "check", "--format", "json"] + asJob(database))
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let findings = SmallShop.json(check.stdout)[array: "findings"]
        let ids = { (name: String) in findings.first { $0["check"] as? String == name }?["ids"] as? String }
        #expect(ids("members without phone") == "5" && ids("orders with points") == "102", "\(findings)")
        #expect(SmallShop.json(check.stdout)[object: "settings"]["checkout_balance"] as? String == "shop")
        for day in ["2026-03-01", "2026-03-02"] {
            let run = try database.settle(["run", "--date", day] + asJob(database))
            #expect(run.status == 0, "\(day): \(run.stderr)")
        }

        // Day 3 in the shop: 101 hidden by its member, 104 split by a partial refund (4,500 of it
        // back), 107 refunded in full after sale, 109 deleted in the back office.
        try MariaDBShopTests.mariadb("""
            UPDATE eb_store_order SET is_del = 1 WHERE id = 101;
            UPDATE eb_store_order SET pid = -1, refund_status = 3 WHERE id = 104;
            INSERT INTO eb_store_order (id, pid, order_id, `unique`, uid, total_price, pay_price, paid, pay_time, status, refund_status, refund_price) VALUES
              (105, 104, 'cp104a', 'u105', 3, 4500.00, 4500.00, 1, \(Self.at(1, 12)), -2, 2, 4500.00),
              (106, 104, 'cp104b', 'u106', 3, 4500.00, 4500.00, 1, \(Self.at(1, 12)), 0, 0, 0);
            UPDATE eb_store_order SET status = -2, refund_status = 2, refund_price = 3000.00 WHERE id = 107;
            INSERT INTO eb_store_order_refund (id, store_order_id, order_id, uid, refund_type, refund_price, refunded_price, refunded_time, add_time) VALUES
              (1, 105, 'cp104a', 3, 6, 4500.00, 4500.00, \(Self.at(3, 9)), \(Self.at(3, 8))),
              (2, 107, 'wx107', 4, 6, 3000.00, 3000.00, \(Self.at(3)), \(Self.at(3, 8)));
            UPDATE eb_store_order SET is_system_del = 1 WHERE id = 109;
            """)
        let day3 = try database.settle(["run", "--date", "2026-03-03"] + asJob(database))
        #expect(day3.status == 0, "hidden, split and deleted purchases are the same purchases: no late input. \(day3.stderr)")
        #expect(try orders(database) == [
            "101 1 9000.00 9000.00 0.00 03-01 10 -", "102 2 3000.00 2900.00 100.00 03-01 11 -", "104 3 9000.00 9000.00 0.00 03-01 12 -",
            "107 4 3000.00 3000.00 0.00 03-01 13 03-03 10", "108 5 3000.00 3000.00 0.00 03-02 10 -", "109 6 3000.00 3000.00 0.00 03-02 11 -",
        ])
        // One lot per purchase, its cap the plan's multiple of the whole purchase (3,000 with 100 of it in points is the first tier).
        let lots = try lots(database)
        #expect(lots.count == 6 && lots.contains("107 750000 refunded") && lots.contains("102 750000 active"), "\(lots)")
        #expect(try database.connect().scalar("SELECT count(*) FROM settle.ledger WHERE source LIKE 'checkout%'") == "0",
                "the shop's checkout spends its own points: settle posts none")
        // 107 released on days 1–2 before its refund: kept.
        #expect(try database.connect().scalar("SELECT released_fen > 0 FROM settle.lot_status WHERE order_id = 107") == "t")
        let notes = SmallShop.json(try database.settle(["shop", "check", "--format", "json"]).stdout)[array: "findings"]
        for (kind, id) in [("hidden by the member (is_del), counted", "101"), ("partly refunded, counted in full", "104"),
                           ("deleted in the back office, counted", "109")] {
            #expect(notes.contains { $0["check"] as? String == kind && $0["ids"] as? String == id }, "\(kind): \(notes)")
        }
        let verify = try database.settle(["verify"] + asJob(database))
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")

        // Mid-month CRMEB re-binds member 6 (referred by 2) to 4, as its binding modes do.
        try MariaDBShopTests.mariadb("UPDATE eb_user SET spread_uid = 4, spread_time = \(Self.at(3, 20)) WHERE uid = 6")
        let day4 = try database.settle(["run", "--date", "2026-03-04"] + asJob(database))
        #expect(day4.status == 0 && day4.stderr.contains("member 6: referrer changed from 2 to 4; in effect from 2026-03-04"), "\(day4.stderr)")
        #expect(try database.settle(["run", "--date", "2026-03-05"] + asJob(database)).status == 0, "adopted: not named again")
        let after = try database.settle(["verify"] + asJob(database))
        #expect(after.status == 0, "every day replays on its own tree: \(after.stdout)")
    }

    @Test func aLikeshopShopAsItShips() throws {
        try MariaDBShopTests.mariadb(try String(contentsOf: Self.fixtures.appendingPathComponent("likeshop-3.5.1.sql"), encoding: .utf8) + """
            INSERT INTO ls_user (id, nickname, avatar, mobile, first_leader, create_time) VALUES
              (1, 'a', '', '13900000001', 0, \(Self.at(0))), (2, 'b', '', '13900000002', 1, \(Self.at(0))),
              (3, 'c', '', '13900000003', 2, \(Self.at(0))), (4, 'd', '', NULL, 1, \(Self.at(0)));
            INSERT INTO ls_order (id, order_sn, user_id, order_status, pay_status, pay_time, goods_price, order_amount, integral_amount, use_integral, total_amount) VALUES
              (201, 's201', 1, 1, 1, \(Self.at(1)), 3000.00, 3000.00, 0, 0, 3000.00),
              (202, 's202', 2, 1, 1, \(Self.at(1, 11)), 3000.00, 2900.00, 100.00, 1000, 3000.00),
              (203, 's203', 3, 1, 1, \(Self.at(1, 12)), 3000.00, 3000.00, 0, 0, 3000.00),
              (204, 's204', 2, 1, 1, \(Self.at(2)), 3000.00, 3000.00, 0, 0, 3000.00),
              (205, 's205', 4, 1, 1, \(Self.at(2, 11)), 3000.00, 3000.00, 0, 0, 3000.00),
              (206, 's206', 1, 0, 0, 0, 3000.00, 3000.00, 0, 0, 3000.00);
            """)
        let database = try connect("ls_user, ls_order, ls_order_refund", mapping: "likeshop.sql")
        for day in ["2026-03-01", "2026-03-02"] { #expect(try database.settle(["run", "--date", day] + asJob(database)).status == 0) }

        // Day 3: 203 cancelled and refunded (then deleted by its member), 204 refunded in full
        // after sale, 205 partly refunded after sale, and a failed refund attempt on 201.
        try MariaDBShopTests.mariadb("""
            UPDATE ls_order SET order_status = 4, pay_status = 2, refund_status = 2, refund_amount = 3000.00, cancel_time = \(Self.at(3)), del = 1 WHERE id = 203;
            UPDATE ls_order SET order_status = 4, refund_status = 2, refund_amount = 3000.00 WHERE id = 204;
            UPDATE ls_order SET refund_status = 1, refund_amount = 1000.00 WHERE id = 205;
            INSERT INTO ls_order_refund (id, order_id, user_id, refund_sn, order_amount, refund_amount, refund_status, refund_at, create_time) VALUES
              (1, 203, 3, 'r1', 3000.00, 3000.00, 1, \(Self.at(3)), \(Self.at(3))),
              (2, 204, 2, 'r2', 3000.00, 3000.00, 1, \(Self.at(3, 11)), \(Self.at(3, 11))),
              (3, 205, 4, 'r3', 3000.00, 1000.00, 1, \(Self.at(3, 12)), \(Self.at(3, 12))),
              (4, 201, 1, 'r4', 3000.00, 3000.00, 2, 0, \(Self.at(3, 13)));
            """)
        let day3 = try database.settle(["run", "--date", "2026-03-03"] + asJob(database))
        #expect(day3.status == 0, "a cancel or refund after settlement stops the lot from its day: no late input. \(day3.stderr)")
        #expect(try orders(database) == [
            "201 1 3000.00 3000.00 0.00 03-01 10 -", "202 2 3000.00 2900.00 100.00 03-01 11 -", "203 3 3000.00 3000.00 0.00 03-01 12 03-03 10",
            "204 2 3000.00 3000.00 0.00 03-02 10 03-03 11", "205 4 3000.00 3000.00 0.00 03-02 11 -",
        ])
        let lots = try lots(database)
        #expect(lots == ["201 750000 active", "202 750000 active", "203 750000 refunded", "204 750000 refunded", "205 750000 active"], "\(lots)")
        #expect(try database.connect().scalar("SELECT released_fen > 0 FROM settle.lot_status WHERE order_id = 203") == "t",
                "what 203 released before its cancel stays released")
        let notes = SmallShop.json(try database.settle(["shop", "check", "--format", "json"]).stdout)[array: "findings"]
        #expect(notes.contains { $0["check"] as? String == "partly refunded, counted in full" && $0["ids"] as? String == "205" }, "\(notes)")
        #expect(notes.contains { $0["check"] as? String == "members without phone" && $0["ids"] as? String == "4" }, "\(notes)")
        #expect(try database.settle(["verify"] + asJob(database)).status == 0)
    }
}
