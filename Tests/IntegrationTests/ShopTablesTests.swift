import Foundation
import Testing
import SettleStore
import PointsModel

/// settle on a shop's own tables (issue 12): CRMEB-like and likeshop-like tables in the same
/// PostgreSQL, seen through the views of sql/shops/, `settle migrate --inputs external`, and bad
/// rows of the shop's tables named with their ids.
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct ShopTablesTests {
    static let shops = TestDatabase.repositoryRoot.appendingPathComponent("sql/shops")

    func prepare(_ database: TestDatabase, tables: String, views: String) throws {
        let connection = try database.connect()
        try connection.executeScript(tables)
        try connection.executeScript(try String(contentsOf: Self.shops.appendingPathComponent(views), encoding: .utf8))
        let migrate = try database.settle(["migrate", "--inputs", "external"])
        #expect(migrate.status == 0, "\(migrate.stderr)")
        let plan = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).json")
        try Plan.defaultDocument.write(to: plan, atomically: true, encoding: .utf8)
        #expect(try database.settle(["plan", "set", "--effective-from", "2026-01-01", plan.path]).status == 0)
    }

    /// 2026-03-01 10:00 Shanghai as a unix time.
    static let paid = 1_772_330_400

    @Test func aCRMEBShopSettlesThroughViewsAndItsBadRowsAreNamed() throws {
        let database = try TestDatabase(migrate: false)
        try prepare(database, tables: """
            CREATE TABLE public.eb_user (uid int PRIMARY KEY, phone varchar(32), spread_uid int NOT NULL DEFAULT 0, add_time int NOT NULL);
            CREATE TABLE public.eb_store_order (id int PRIMARY KEY, uid int NOT NULL, pay_price numeric(8,2) NOT NULL,
                deduction_price numeric(8,2) NOT NULL DEFAULT 0, paid smallint NOT NULL, pay_time int, refund_status smallint NOT NULL DEFAULT 0,
                refund_reason_time int, is_del smallint NOT NULL DEFAULT 0);
            INSERT INTO public.eb_user VALUES (1, '13800000001', 0, \(Self.paid - 86400)), (2, '', 1, \(Self.paid - 86400)),
                                              (3, '13800000003', 2, \(Self.paid - 86400));
            INSERT INTO public.eb_store_order VALUES
                (11, 1, 9000.00, 0, 1, \(Self.paid), 0, NULL, 0),
                (12, 2, 2500.00, 500.00, 1, \(Self.paid), 0, NULL, 0),
                (13, 3, 3000.00, 0, 0, NULL, 0, NULL, 0),                                  -- not paid: not an order
                (14, 3, 3000.00, 0, 1, \(Self.paid), 2, \(Self.paid - 2 * 86400), 0);    -- refunded before it was paid
            """, views: "crmeb.sql")
        let bad = try database.settle(["run", "--date", "2026-03-01"])
        #expect(bad.status == 3 && bad.stderr.contains("order 14: refunded before it was paid"), "\(bad.stderr)")
        #expect(try database.connect().scalar("SELECT count(*) FROM settle.runs") == "0", "nothing written")
        try database.connect().execute("UPDATE public.eb_store_order SET refund_reason_time = pay_time + 86400 WHERE id = 14")
        for day in ["2026-03-01", "2026-03-02"] { #expect(try database.settle(["run", "--date", day]).status == 0) }
        let lines = try database.connect().query("SELECT member_id || ' ' || kind || ' ' || paid FROM settle.settlement_lines ORDER BY 1")
            .compactMap { $0[0] }
        #expect(lines == ["1 share 18.00", "1 static 108.00", "2 static 36.00"], "A's 9000, B's 3000 (500 of it points), C refunded")
        #expect(try database.settle(["report", "member", "--phone", ""]).status == 2, "an empty phone is named by id instead")
        #expect(try database.settle(["report", "member", "--member-id", "2"]).status == 0)
        // A referrer changed in the shop's table is named, not absorbed.
        try database.connect().execute("UPDATE public.eb_user SET spread_uid = 0 WHERE uid = 3")
        let changed = try database.settle(["verify", "--format", "json"])
        #expect(changed.status == 3 && changed.stdout.contains("member 3: referrer changed from 2 to none"))
    }

    @Test func aLikeshopShopSettlesThroughViewsAndAnUnknownReferrerIsNamed() throws {
        let database = try TestDatabase(migrate: false)
        try prepare(database, tables: """
            CREATE TABLE public.ls_user (id int PRIMARY KEY, mobile varchar(20), first_leader int NOT NULL DEFAULT 0, create_time int NOT NULL);
            CREATE TABLE public.ls_order (id int PRIMARY KEY, user_id int NOT NULL, order_amount numeric(10,2) NOT NULL,
                integral_amount numeric(10,2) NOT NULL DEFAULT 0, pay_status smallint NOT NULL, pay_time int,
                refund_status smallint NOT NULL DEFAULT 0, refund_time int);
            INSERT INTO public.ls_user VALUES (1, '13900000001', 0, 0), (2, '13900000002', 1, 0), (3, '13900000003', 99, 0);
            INSERT INTO public.ls_order VALUES (21, 1, 3000.00, 0, 1, \(Self.paid), 0, NULL), (22, 2, 3000.00, 0, 1, \(Self.paid), 0, NULL);
            """, views: "likeshop.sql")
        let bad = try database.settle(["run", "--date", "2026-03-01"])
        #expect(bad.status == 3 && bad.stderr.contains("member 3 has referrer 99, which is not a member"), "\(bad.stderr)")
        try database.connect().execute("UPDATE public.ls_user SET first_leader = 2 WHERE id = 3")
        for day in ["2026-03-01", "2026-03-02"] { #expect(try database.settle(["run", "--date", day]).status == 0) }
        #expect(try database.connect().scalar("SELECT sum(paid) FROM settle.settlement_lines") == "90.00", "36 + 36 + A's share 18")
        #expect(try database.settle(["verify"]).status == 0)
    }
}
