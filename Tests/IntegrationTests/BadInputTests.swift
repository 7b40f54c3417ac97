import Foundation
import Testing
import SettleKernel
import PointsModel
import SettleStore

/// Bad input: each refused with a message naming the ids or field, its documented exit status,
/// and every table's row count unchanged.
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct BadInputTests {
    static func settledShop(_ seed: UInt64 = 20) throws -> TestDatabase {
        let database = try TestDatabase()
        try ShopFixture(seed: seed, memberCount: 60, firstDay: day1, days: 2).write(to: database)
        #expect(try database.settle(["run", "--date", day1.iso]).status == 0)
        return database
    }

    /// Writes what the database itself would refuse, as a shop's own tables (or views) might hold it.
    static func bypassingChecks(_ database: TestDatabase, _ statements: [String]) throws {
        let connection = try database.connect()
        try connection.execute("SET session_replication_role = replica")     // no triggers, no foreign keys
        for statement in statements { try connection.executeScript(statement) }
    }

    @Test(arguments: [
        (["UPDATE settle.members SET referrer_id = 2 WHERE id = 1", "UPDATE settle.members SET referrer_id = 1 WHERE id = 2"],
         "referral cycle: 1 → 2 → 1"),
        (["INSERT INTO settle.members VALUES (9001, '13312345678', 9003, now()), (9002, '13312345679', 9001, now()), (9003, '13312345670', 9002, now())"],
         "referral cycle: 9001 → 9003 → 9002 → 9001"),
        (["INSERT INTO settle.members VALUES (9001, '13312345678', 424242, now())"],
         "member 9001 has referrer 424242, which is not a member"),
    ])
    func treeFaultsExitThreeNamingTheIds(statements: [String], message: String) throws {
        let database = try Self.settledShop()
        try Self.bypassingChecks(database, statements)
        let before = try database.rowCounts()
        let result = try database.settle(["run", "--date", day1.advanced(by: 1).iso])
        #expect(result.status == 3)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try database.rowCounts() == before)
    }

    @Test func longReferralLoopIsNamed() throws {
        let database = try Self.settledShop()
        let values = (0..<500).map { "(\(20_000 + $0), '13\(String(100_000_000 + $0))', \(20_000 + ($0 + 1) % 500), now())" }
        try Self.bypassingChecks(database, ["INSERT INTO settle.members VALUES " + values.joined(separator: ",")])
        let result = try database.settle(["run", "--date", day1.advanced(by: 1).iso])
        #expect(result.status == 3)
        #expect(result.stderr.contains("referral cycle: 20000 → 20001 → 20002"))
        #expect(result.stderr.contains("500 members in the loop"))
    }

    @Test func theDatabaseRefusesBadRows() throws {
        let database = try Self.settledShop()
        let connection = try database.connect()
        let before = try database.rowCounts()
        let refused: [(String, String)] = [
            ("UPDATE settle.members SET referrer_id = 3 WHERE id = 2", "member 2: the referrer cannot be changed"),
            ("UPDATE settle.members SET referrer_id = NULL WHERE id = 2", "member 2: the referrer cannot be changed"),
            ("INSERT INTO settle.orders VALUES (1, 1, 100, 60, 30, now(), NULL)", "orders_parts_add_up"),
            ("INSERT INTO settle.orders VALUES (1, 1, -5, 0, 0, now(), NULL)", "orders_amount_positive"),
            ("INSERT INTO settle.orders VALUES (1, 1, 0, 0, 0, now(), NULL)", "orders_amount_positive"),
            ("INSERT INTO settle.orders VALUES (1, 1, 10, 10, 0, now(), now() - interval '1 day')", "orders_refund_after_payment"),
            ("INSERT INTO settle.members VALUES (77777, '12345', NULL, now())", "members_phone_valid"),
            ("INSERT INTO settle.members VALUES (77777, '12812345678', NULL, now())", "members_phone_valid"),
            ("INSERT INTO settle.members VALUES (77777, '13812345678', 77777, now())", "members_not_own_referrer"),
        ]
        for (statement, expected) in refused {
            do {
                try connection.executeScript(statement)
                Issue.record("accepted: \(statement)")
            } catch {
                #expect(error.isDataRefusal, "\(error)")
                #expect(error.description.contains(expected), "\(error)")
            }
        }
        #expect(try connection.scalar("SELECT count(*) FROM settle.members WHERE phone = '+8613812345678'") == "0")
        try connection.executeScript("INSERT INTO settle.members VALUES (77777, '+8613812345678', 1, now())")   // E.164 is fine
        try connection.executeScript("DELETE FROM settle.members WHERE id = 77777")
        #expect(try database.rowCounts() == before)
    }

    /// The night reads `cash_amount` only where the database does not hold it to amount - points:
    /// a table without that check (dropped, or added NOT VALID) is read whole, and an order whose
    /// parts don't add up is refused by id.
    @Test func cashThatDoesNotAddUpIsRefusedWhereTheDatabaseDoesNotHoldIt() throws {
        let database = try Self.settledShop()
        let connection = try database.connect()
        let store = SettlementStore(connection: try database.connect(), for: Points.self)
        #expect(try store.databaseHoldsCash())
        let paid = "timestamptz '\(day1.advanced(by: 1).iso) 12:00:00+08'"
        try connection.execute("ALTER TABLE settle.orders DROP CONSTRAINT orders_parts_add_up")
        #expect(try store.databaseHoldsCash() == false)
        try connection.execute("INSERT INTO settle.orders VALUES (424242, 1, 100, 60, 30, \(paid), NULL)")
        try connection.execute("ALTER TABLE settle.orders ADD CONSTRAINT orders_parts_add_up CHECK (cash_amount + points_amount = amount) NOT VALID")
        #expect(try store.databaseHoldsCash() == false)
        let before = try database.rowCounts()
        let result = try database.settle(["run", "--date", day1.advanced(by: 1).iso])
        #expect(result.status == 3)
        #expect(result.stderr.contains("424242") && result.stderr.contains("cash + points must equal amount"), "\(result.stderr)")
        #expect(try database.rowCounts() == before)
    }

    @Test(arguments: [
        ("\"peer_rate\": \"0.03\"", "\"peer_rate\": \"1.03\"", "plan field peer_rate: is above 1"),
        ("\"timezone\": \"Asia/Shanghai\"", "\"timezone\": \"Moon/Base\"", "plan field timezone: unknown timezone"),
        ("\"timezone\": \"Asia/Shanghai\"", "\"timezone\": \"Europe/Berlin\"", "plan field timezone: must stay \"Asia/Shanghai\""),
        ("\"peer_generations\": 1", "\"peer_generations\": 12", "plan field peer_generations"),
        ("\"max_points_payment_ratio\": \"1.0\"", "\"max_points_payment_ratio\": \"1.0\", \"x\": 1", "plan field x: is not a known key"),
        ("{\"stars\": 3, \"min_team_performance\": \"600000\"", "{\"stars\": 3, \"min_team_performance\": \"100000\"", "star_tiers[2].min_team_performance"),
    ])
    func invalidPlanExitsThreeAndStoresNothing(old: String, new: String, message: String) throws {
        let database = try Self.settledShop()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).json")
        try Plan.defaultDocument.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
        let before = try database.rowCounts()
        let result = try database.settle(["plan", "set", "--effective-from", "2026-12-01", file.path])
        #expect(result.status == 3)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try database.rowCounts() == before)
    }

    /// A stored plan's zone is not looked up again (it was when stored); a zone the server does
    /// not know (its zone database changed) still stops the run when it is set, nothing written.
    @Test func aStoredZoneTheServerDoesNotKnowStopsTheRun() throws {
        let database = try Self.settledShop()
        try Self.bypassingChecks(database, ["UPDATE settle.plan_versions SET document = replace(document, 'Asia/Shanghai', 'Moon/Base')"])
        let before = try database.rowCounts()
        let result = try database.settle(["run", "--date", day1.advanced(by: 1).iso])
        #expect(result.status == 3)
        #expect(result.stderr.contains("Moon/Base"), "\(result.stderr)")
        #expect(try database.rowCounts() == before)
    }

    @Test func planForASettledDayIsRefused() throws {
        let database = try Self.settledShop()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).json")
        try Plan.defaultDocument.write(to: file, atomically: true, encoding: .utf8)
        let before = try database.rowCounts()
        let result = try database.settle(["plan", "set", "--effective-from", day1.iso, file.path])
        #expect(result.status == 3)
        #expect(result.stderr.contains("days through \(day1.iso) are settled"))
        #expect(try database.rowCounts() == before)
        #expect(try database.settle(["plan", "set", "--effective-from", day1.advanced(by: 1).iso, file.path]).status == 0)
    }

    @Test func unreachableDatabaseExitsOne() throws {
        let database = try TestDatabase(migrate: false)
        let result = try database.settle(["run", "--db", "host=127.0.0.1 port=1 dbname=x connect_timeout=3"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot connect to PostgreSQL"))
    }
}
