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
        // The mapping is a psql script: its meta-commands (\set ON_ERROR_STOP on) are psql's, not SQL.
        let mapping = try String(contentsOf: Self.shops.appendingPathComponent(views), encoding: .utf8)
        try connection.executeScript(mapping.split(separator: "\n").filter { !$0.hasPrefix("\\") }.joined(separator: "\n"))
        let migrate = try database.settle(["migrate", "--inputs", "external"])
        #expect(migrate.status == 0, "\(migrate.stderr)")
        // Both shops keep the points their checkout spends in their own tables.
        #expect(try database.settle(["shop", "set", "--checkout-balance", "shop"]).status == 0)
        let plan = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).json")
        try Plan.defaultDocument.write(to: plan, atomically: true, encoding: .utf8)
        #expect(try database.settle(["plan", "set", "--effective-from", "2026-01-01", plan.path]).status == 0)
    }

    /// 2026-03-01 10:00 Shanghai as a unix time.
    static let paid = 1_772_330_400

    @Test func aCRMEBShopSettlesThroughViewsAndItsBadRowsAreNamed() throws {
        let database = try TestDatabase(migrate: false)
        try prepare(database, tables: """
            -- The columns of CRMEB v4.7.0's tables that the mapping reads (the full tables: MariaDBShopTests).
            CREATE TABLE public.eb_user (uid int PRIMARY KEY, phone char(15) NOT NULL DEFAULT '', spread_uid int NOT NULL DEFAULT 0,
                add_time int NOT NULL DEFAULT 0);
            CREATE TABLE public.eb_store_order (id int PRIMARY KEY, pid int NOT NULL DEFAULT 0, uid int NOT NULL, pay_price numeric(8,2) NOT NULL,
                deduction_price numeric(8,2) NOT NULL DEFAULT 0, paid smallint NOT NULL, pay_time int NOT NULL DEFAULT 0,
                refund_status smallint NOT NULL DEFAULT 0, refund_reason_time int NOT NULL DEFAULT 0, is_del smallint NOT NULL DEFAULT 0,
                is_system_del smallint NOT NULL DEFAULT 0);
            CREATE TABLE public.eb_store_order_refund (id int PRIMARY KEY, store_order_id int NOT NULL, refund_type smallint NOT NULL,
                refunded_price numeric(8,2) NOT NULL DEFAULT 0, refunded_time int NOT NULL DEFAULT 0);
            INSERT INTO public.eb_user VALUES (1, '13800000001', 0, \(Self.paid - 86400)), (2, '', 1, \(Self.paid - 86400)),
                                              (3, '13800000003', 2, \(Self.paid - 86400));
            INSERT INTO public.eb_store_order (id, uid, pay_price, deduction_price, paid, pay_time, refund_status, refund_reason_time) VALUES
                (11, 1, 9000.00, 0, 1, \(Self.paid), 0, 0),
                (12, 2, 2500.00, 500.00, 1, \(Self.paid), 0, 0),
                (13, 3, 3000.00, 0, 0, 0, 0, 0),                                        -- not paid: not an order
                (14, 3, 3000.00, 0, 1, \(Self.paid), 2, \(Self.paid - 2 * 86400));    -- refunded before it was paid
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
        // A referrer changed in the shop's table takes effect from the next day settled, named.
        try database.connect().execute("UPDATE public.eb_user SET spread_uid = 0 WHERE uid = 3")
        let changed = try database.settle(["run", "--date", "2026-03-03"])
        #expect(changed.status == 0 && changed.stderr.contains("member 3: referrer changed from 2 to none; in effect from 2026-03-03"),
                "\(changed.stderr)")
        let verify = try database.settle(["verify", "--format", "json"])
        #expect(verify.status == 0, "\(verify.stdout)")
    }

    @Test func aLikeshopShopSettlesThroughViewsAndAnUnknownReferrerIsNamed() throws {
        let database = try TestDatabase(migrate: false)
        try prepare(database, tables: """
            -- The columns of likeshop 3.5.1's tables that the mapping reads (the full tables: MariaDBShopTests).
            CREATE TABLE public.ls_user (id int PRIMARY KEY, mobile varchar(15) DEFAULT '', first_leader int DEFAULT 0, create_time int);
            CREATE TABLE public.ls_order (id int PRIMARY KEY, user_id int DEFAULT 0, order_amount numeric(10,2) DEFAULT 0,
                integral_amount numeric(10,2) DEFAULT 0, pay_status smallint NOT NULL DEFAULT 0, pay_time int DEFAULT 0,
                refund_status smallint DEFAULT 0, cancel_time int, del smallint DEFAULT 0);
            CREATE TABLE public.ls_order_refund (id int PRIMARY KEY, order_id int DEFAULT 0, refund_amount numeric(10,2) DEFAULT 0,
                refund_status smallint DEFAULT 0, refund_at int DEFAULT 0);
            INSERT INTO public.ls_user VALUES (1, '13900000001', 0, 0), (2, '13900000002', 1, 0), (3, '13900000003', 99, 0);
            INSERT INTO public.ls_order (id, user_id, order_amount, integral_amount, pay_status, pay_time) VALUES
                (21, 1, 3000.00, 0, 1, \(Self.paid)), (22, 2, 3000.00, 0, 1, \(Self.paid));
            """, views: "likeshop.sql")
        let bad = try database.settle(["run", "--date", "2026-03-01"])
        #expect(bad.status == 3 && bad.stderr.contains("member 3 has referrer 99, which is not a member"), "\(bad.stderr)")
        try database.connect().execute("UPDATE public.ls_user SET first_leader = 2 WHERE id = 3")
        for day in ["2026-03-01", "2026-03-02"] { #expect(try database.settle(["run", "--date", day]).status == 0) }
        #expect(try database.connect().scalar("SELECT sum(paid) FROM settle.settlement_lines") == "90.00", "36 + 36 + A's share 18")
        #expect(try database.settle(["verify"]).status == 0)
    }

    /// A mapping that fails stops and leaves nothing (psql, ON_ERROR_STOP, one transaction); a
    /// view that misses a column or gives money as floating point is named by `settle migrate
    /// --inputs external` before it applies anything.
    @Test func aBrokenMappingStopsAndMigrateNamesWhatTheViewsMiss() throws {
        let database = try TestDatabase(migrate: false)
        let connection = try database.connect()
        // likeshop's ls_order as some older shop has it: no cancel_time.
        try connection.executeScript("""
            CREATE TABLE public.ls_user (id int PRIMARY KEY, mobile varchar(15), first_leader int, create_time int);
            CREATE TABLE public.ls_order (id int PRIMARY KEY, user_id int, order_amount numeric(10,2), integral_amount numeric(10,2),
                pay_status smallint, pay_time int, refund_status smallint, del smallint);
            CREATE TABLE public.ls_order_refund (id int PRIMARY KEY, order_id int, refund_status smallint, refund_at int);
            """)
        #expect(try MariaDBShopTests.psql(database, ["-f", Self.shops.appendingPathComponent("likeshop.sql").path]) != 0)
        #expect(try connection.scalar("SELECT to_regclass('settle.members') IS NULL AND to_regclass('settle.orders') IS NULL") == "t",
                "nothing of the mapping is left")
        let missing = try database.settle(["migrate", "--inputs", "external"])
        #expect(missing.status == 3 && missing.stderr.contains("settle.members does not exist"), "\(missing.stderr)")

        try connection.executeScript("""
            CREATE SCHEMA settle;
            CREATE VIEW settle.members AS SELECT id::bigint AS id, mobile::text AS phone, first_leader::bigint AS referrer_id,
                to_timestamp(create_time) AS joined_at FROM public.ls_user;
            CREATE VIEW settle.orders AS SELECT id::bigint AS id, user_id::bigint AS member_id, order_amount::float8 AS amount,
                order_amount AS cash_amount, integral_amount AS points_amount, to_timestamp(pay_time)::timestamp AS paid_at FROM public.ls_order;
            """)
        let wrong = try database.settle(["migrate", "--inputs", "external"])
        #expect(wrong.status == 3, "\(wrong.stderr)")
        for named in ["settle.orders.amount is double precision: money must be exact", "settle.orders.refunded_at is missing",
                      "settle.orders.paid_at is timestamp without time zone"] {
            #expect(wrong.stderr.contains(named), "\(named): \(wrong.stderr)")
        }
        #expect(try connection.scalar("SELECT to_regclass('settle.schema_migrations') IS NULL") == "t", "nothing applied")
    }

    /// `settle shop check` reads without writing and exits 3 on rows the job would refuse; the
    /// checkout balance's owner is chosen before the first night.
    @Test func shopCheckNamesWhatTheJobWouldRefuseAndTheBalanceOwnerIsChosenFirst() throws {
        let database = try TestDatabase()
        try SmallShop.write(to: database)
        let connection = try database.connect()
        let clean = try database.settle(["shop", "check", "--format", "json"])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        let before = try database.rowCounts()
        // What a shop's own view can hold and settle's table refuses: a member that refers itself.
        try connection.executeScript("""
            ALTER TABLE settle.members DROP CONSTRAINT members_not_own_referrer;
            ALTER TABLE settle.members DISABLE TRIGGER members_referrer_fixed;
            UPDATE settle.members SET referrer_id = id WHERE id = 3;
            """)
        let refused = try database.settle(["shop", "check", "--format", "json"])
        #expect(refused.status == 3, "\(refused.stdout)")
        let own = SmallShop.json(refused.stdout)[array: "findings"].first { $0["check"] as? String == "own referrer" }
        #expect(own?["ids"] as? String == "3" && own?["severity"] as? String == "refuse", "\(refused.stdout)")
        try connection.execute("UPDATE settle.members SET referrer_id = 2 WHERE id = 3")
        #expect(try database.rowCounts() == before, "shop check writes nothing")
        #expect(try database.settle(["shop", "set", "--checkout-balance", "sideways"]).status == 2)
        #expect(try database.settle(["shop", "set", "--checkout-balance", "shop"]).status == 0)
        #expect(try connection.scalar("SELECT checkout_balance FROM settle.shop_settings") == "shop")
        #expect(try database.settle(["shop", "set", "--checkout-balance", "settle"]).status == 0)
        #expect(try database.settle(["run", "--date", SmallShop.day0.iso]).status == 0)
        let late = try database.settle(["shop", "set", "--checkout-balance", "shop"])
        #expect(late.status == 3 && late.stderr.contains("before the first night"), "\(late.stderr)")
        #expect(try connection.scalar("SELECT checkout_balance FROM settle.shop_settings") == "settle")
    }
}
