import Foundation
import Testing
import SettleKernel
import SettleStore

/// The members' ledger (issue 15): credits posted with their day, corrections on rerun, checkout
/// spending and its return, the feed a shop posts from, and entries that never change.
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct LedgerIntegrationTests {
    /// A CRMEB-like shop table of balances, and the README's way of applying the feed to it
    /// (docs/ledger.md, word for word).
    static let shopTables = """
        CREATE TABLE public.eb_user (uid bigint PRIMARY KEY, integral numeric(20,2) NOT NULL DEFAULT 0);
        CREATE TABLE public.settle_feed_cursor (last_tx xid8 NOT NULL, last_id bigint NOT NULL);
        INSERT INTO public.eb_user (uid) SELECT id FROM settle.members;
        INSERT INTO public.settle_feed_cursor VALUES ('0', 0);
        """
    static let applyFeedSQL = """
        BEGIN;
        LOCK TABLE public.settle_feed_cursor;
        WITH new AS (SELECT tx, id, member_id, currency, amount
                     FROM settle.feed_after((SELECT last_tx FROM public.settle_feed_cursor), (SELECT last_id FROM public.settle_feed_cursor), 100000)),
             per_member AS (SELECT member_id, sum(amount) AS amount FROM new WHERE currency = 'points' GROUP BY member_id),
             applied AS (UPDATE public.eb_user u SET integral = u.integral + p.amount FROM per_member p WHERE u.uid = p.member_id),
             last AS (SELECT tx, id FROM new ORDER BY tx DESC, id DESC LIMIT 1)
        UPDATE public.settle_feed_cursor SET last_tx = last.tx, last_id = last.id FROM last;
        COMMIT;
        """

    /// Applies the feed (the README's pattern, or another) until nothing waits above the horizon,
    /// which is the cluster's: another test's open transaction in another database holds it.
    static func applyFeed(_ connection: Connection, _ script: String = applyFeedSQL) throws {
        for _ in 0..<3_000 {                                   // bounded: 60 s
            let waiting = try connection.scalar("SELECT count(*) FROM settle.entries WHERE tx >= pg_snapshot_xmin(pg_current_snapshot())")
            try connection.executeScript(script)
            if waiting == "0" { return }
            usleep(20_000)
        }
    }

    static func shopBalances(_ database: TestDatabase) throws -> [String] {
        try database.connect().query("SELECT uid || ':' || integral FROM public.eb_user WHERE integral <> 0 ORDER BY uid").compactMap { $0[0] }
    }

    static func ledgerBalances(_ database: TestDatabase) throws -> [String] {
        try database.connect().query("""
            SELECT member_id || ':' || balance FROM settle.balances WHERE currency = 'points' AND balance_fen <> 0 ORDER BY member_id
            """).compactMap { $0[0] }
    }

    @Test func aShopAppliesTheFeedOnceAndARerunsCorrectionsBringItToTheCorrectedBalances() throws {
        var shop = ShopFixture(seed: 31, memberCount: 80, ordersPerMember: 3, firstDay: day1, days: 3)
        let database = try TestDatabase()
        try shop.write(to: database)
        let connection = try database.connect()
        try connection.executeScript(Self.shopTables)
        let days = day1...day1.advanced(by: 4)
        for day in days { #expect(try database.settle(["run", "--date", day.iso]).status == 0) }
        try Self.applyFeed(connection)
        #expect(try Self.shopBalances(database) == Self.ledgerBalances(database))
        try Self.applyFeed(connection)
        #expect(try Self.shopBalances(database) == Self.ledgerBalances(database), "applying the feed twice changes nothing")

        // A late refund, then its rerun: corrections, tied to the rerun's runs, never rewrites.
        let order = try #require(shop.orders.first { $0.paidOn == day1 && $0.pointsFen > 0 })
        let before = try connection.scalar("SELECT count(*) FROM settle.ledger")
        try shop.refund(order.id, on: day1.advanced(by: 1), in: database)
        #expect(try database.settle(["rerun", "--date", day1.advanced(by: 1).iso]).status == 0)
        let corrections = try connection.query("""
            SELECT DISTINCT l.source, r.command FROM settle.ledger l JOIN settle.runs r ON r.id = l.run_id
            WHERE l.id > (SELECT max(id) FROM settle.ledger) - 1000 AND l.source = 'correction'
            """).compactMap { $0[1] }
        #expect(corrections == ["rerun"])
        #expect(Int(try connection.scalar("SELECT count(*) FROM settle.ledger") ?? "0")! > Int(before ?? "0")!)
        try Self.applyFeed(connection)
        #expect(try Self.shopBalances(database) == Self.ledgerBalances(database))

        // The same balances as a first run on the corrected inputs.
        let fresh = try TestDatabase()
        try shop.write(to: fresh)
        for day in days { #expect(try fresh.settle(["run", "--date", day.iso]).status == 0) }
        #expect(try Self.ledgerBalances(fresh) == Self.ledgerBalances(database))
        #expect(try database.settle(["verify"]).status == 0)
        // Each settled day's running total (migration 0012) is every dated entry through it, after the rerun too.
        let totals = try connection.query("""
            SELECT t.settle_date::text, t.through_fen, (SELECT sum(amount_fen) FROM settle.entries l
                                                        WHERE l.currency = t.currency AND l.settle_date <= t.settle_date)
            FROM settle.ledger_totals t WHERE t.currency = 'points' ORDER BY 1
            """)
        #expect(totals.count == days.count && totals.allSatisfy { $0[1] == $0[2] }, "\(totals)")
        let feed = try database.settle(["feed", "--after", "0", "--limit", "5", "--format", "json"])
        let entries = SmallShop.json(feed.stdout)[array: "entries"]
        #expect(feed.status == 0 && entries.map { $0["id"] as? Int } == [1, 2, 3, 4, 5])
        #expect(try database.settle(["feed", "--after", "0", "--format", "csv"]).stdout.contains("checkout"))
    }

    /// Issue 27: a day's settlement credits are its lines, not stored entries. The feed's pages
    /// (`settle.feed_after`, any page size) give exactly the view's entries in the view's order, and
    /// a rerun leaves every credit already shown as it was (id and amount): it posts corrections,
    /// per member for the lines and per order for checkout.
    @Test func theCreditsAreTheLinesAndARerunLeavesThemAsShown() throws {
        var shop = ShopFixture(seed: 27, memberCount: 120, ordersPerMember: 3, firstDay: day1, days: 3)
        let database = try TestDatabase()
        try shop.write(to: database)
        let connection = try database.connect()
        let days = day1...day1.advanced(by: 3)
        for day in days {
            #expect(try database.settle(["run", "--date", day.iso]).status == 0)
            _ = try database.settle(["adjust", "--phone", ShopFixture.phone(3), "--points", "2", "--reason", "between nights", "--operator", "test"])
        }
        #expect(try connection.scalar("SELECT count(*) FROM settle.ledger WHERE source = 'settlement'") == "0")
        #expect(try connection.scalar("SELECT count(*) FROM settle.credited_days WHERE model = 'points'") == "4")
        let credits = "SELECT id, amount_fen FROM settle.ledger_credits ORDER BY id"
        let shown = try connection.query(credits)
        let paid = try connection.scalar("""
            SELECT count(DISTINCT (settle_date, member_id)) FROM settle.day_lines WHERE model = 'points' AND paid_fen > 0
            """)
        #expect(shown.count > 100 && String(shown.count) == paid, "one credit per member and day paid")
        try Self.expectPagesAreTheView(connection)

        // A late refund of a member's orders, rerun: the credits shown stay; the balances follow the lines.
        let order = try #require(shop.orders.first { $0.paidOn == day1 && $0.pointsFen > 0 })
        for late in shop.orders where late.memberId == order.memberId && late.paidOn == day1 {
            try shop.refund(late.id, on: day1.advanced(by: 1), in: database)
        }
        #expect(try database.settle(["rerun", "--date", day1.iso]).status == 0)
        #expect(try connection.query(credits) == shown, "a rerun changes no credit already shown")
        #expect(try connection.scalar("""
            SELECT count(*) FROM settle.ledger_credits c WHERE NOT EXISTS (
                SELECT FROM settle.day_lines l WHERE l.model = c.model AND l.settle_date = c.settle_date AND l.member_id = c.member_id AND l.paid_fen > 0)
            """) != "0", "a credit whose member the rerun paid nothing that day: its corrections alone keep it")
        #expect(try connection.scalar("SELECT count(*) FROM settle.ledger WHERE source = 'correction'") != "0")
        #expect(try connection.scalar("SELECT count(*) FROM settle.ledger WHERE source LIKE 'checkout%' AND run_id IN (SELECT id FROM settle.runs WHERE command = 'rerun')") != "0")
        try Self.expectPagesAreTheView(connection)
        let fresh = try TestDatabase()
        try shop.write(to: fresh)
        for day in days { #expect(try fresh.settle(["run", "--date", day.iso]).status == 0) }
        let balances = { (d: TestDatabase) in try d.connect().query("SELECT member_id, balance_fen FROM settle.balances WHERE currency = 'points' AND member_id <> 3 ORDER BY 1") }
        #expect(try balances(database) == (try balances(fresh)), "the balances of a first run on the corrected inputs (member 3 adjusted)")
        #expect(try database.settle(["verify"]).status == 0)
    }

    /// Pages of every size through `settle.feed_after` give the view's entries in its order.
    static func expectPagesAreTheView(_ connection: Connection) throws {
        // The horizon is the cluster's: wait until no entry of this database waits above it (a
        // transaction that starts later has a later id and holds nothing of ours back).
        for _ in 0..<3_000 {                                   // bounded: 60 s
            if try connection.scalar("SELECT count(*) FROM settle.entries WHERE tx >= pg_snapshot_xmin(pg_current_snapshot())") == "0" { break }
            usleep(20_000)
        }
        let all = try connection.query("SELECT cursor, amount::text FROM settle.ledger_feed ORDER BY tx, id")
        for size in [1, 3, 7, 64, 100_000] {
            var cursor = (tx: "0", id: "0"), paged: [[String?]] = []
            for _ in 0...all.count {                          // bounded: one entry a page at least
                let page = try connection.query("SELECT cursor, amount::text, tx::text, id FROM settle.feed_after($1::xid8, $2::bigint, \(size))",
                                                [cursor.tx, cursor.id])
                paged += page.map { [$0[0], $0[1]] }
                guard let last = page.last, page.count == size else { break }
                cursor = (last[2]!, last[3]!)
            }
            let extra = paged.filter { !all.contains($0) }, missing = all.filter { !paged.contains($0) }
            let same = paged == all
            #expect(same, "pages of \(size): \(paged.count) entries, the view \(all.count); only paged \(extra.prefix(5)), only the view \(missing.prefix(5))")
        }
    }

    @Test func checkoutSpendingLeavesOnItsDayAndComesBackOnItsRefund() throws {
        let database = try ReportIntegrationTests.settledSmallShop(through: SmallShop.day1)
        let connection = try database.connect()
        let checkout = try connection.query("""
            SELECT source, amount_fen, order_id, settle_date::text FROM settle.entries WHERE member_id = 2 ORDER BY tx, id
            """).map { $0.map { $0 ?? "" } }
        #expect(checkout == [["opening", "100000", "", ""], ["checkout", "-100000", "103", "2026-03-01"], ["settlement", "3600", "", "2026-03-02"]])
        try connection.execute("UPDATE settle.orders SET refunded_at = '2026-03-03 09:00+08' WHERE id = 103")
        #expect(try database.settle(["run", "--date", "2026-03-03"]).status == 0)
        #expect(try connection.scalar("SELECT amount_fen FROM settle.ledger WHERE source = 'checkout_refund' AND order_id = 103") == "100000")
        #expect(try connection.scalar("SELECT balance_fen FROM settle.balances WHERE member_id = 2 AND currency = 'points'") == "103600")
    }

    @Test func ordersOverTheRatioOrTheBalanceAreNamedByRunReportAndVerify() throws {
        let database = try TestDatabase()
        try SmallShop.write(to: database)
        let connection = try database.connect()
        // C pays 700 of 1000 with points it does not have; the plan allows 50% from 2026-03-01.
        try connection.execute("UPDATE settle.orders SET cash_amount = 300, points_amount = 700 WHERE id = 104")
        try connection.execute("""
            UPDATE settle.plan_versions SET document = replace(document, '"max_points_payment_ratio": "1.0"', '"max_points_payment_ratio": "0.5"')
            """)
        let run = try database.settle(["run", "--date", SmallShop.day0.iso, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let named = SmallShop.json(run.stdout)[array: "days"].first?[array: "checkout"].compactMap { $0["order_id"] as? Int }
        #expect(named == [104], "over the ratio, and over the balance")
        let day = SmallShop.json(try database.settle(["report", "day", "--format", "json"]).stdout)[array: "checkout"]
        #expect(day.map { $0["detail"] as? String ?? "" }.contains { $0.contains("more than the plan's max_points_payment_ratio allows") })
        #expect(day.map { $0["detail"] as? String ?? "" }.contains { $0.contains("paid 700.00 of 1000.00 with points") && $0.contains("spent 700.00 points on the day with 0.00 held") })
        let verify = try database.settle(["verify", "--format", "json"])
        #expect(verify.status == 3)
        let faults = SmallShop.json(verify.stdout)[array: "faults"]
        #expect(Set(faults.compactMap { $0["check"] as? String }) == ["checkout", "wallet"])
        #expect(faults.filter { $0["check"] as? String == "checkout" }.compactMap { $0["order_id"] as? Int } == [104])
    }

    @Test func noEntryCanBeChangedOrDeleted() throws {
        let database = try ReportIntegrationTests.settledSmallShop(through: SmallShop.day0)
        let connection = try database.connect()
        // Migration 0014: the settled day's entries are a partition of their own, indexed like the
        // parent, and the partition refuses changes as the parent does.
        let day = "ledger_" + SmallShop.day0.iso.filter(\.isNumber)
        #expect(try connection.scalar("SELECT count(*) FROM settle.ledger WHERE tableoid = 'settle.\(day)'::regclass") == "1")
        #expect(try connection.scalar("SELECT count(*) FROM pg_indexes WHERE schemaname = 'settle' AND tablename = '\(day)'") == "2")
        for statement in ["UPDATE settle.ledger SET amount_fen = amount_fen + 1", "DELETE FROM settle.ledger", "TRUNCATE settle.ledger",
                          "UPDATE settle.\(day) SET amount_fen = amount_fen + 1", "DELETE FROM settle.\(day)", "TRUNCATE settle.\(day)",
                          // Migration 0023: a credited day (its credits' position) is never changed either.
                          "UPDATE settle.credited_days SET tx = '0'", "DELETE FROM settle.credited_days", "TRUNCATE settle.credited_days",
                          "INSERT INTO settle.credited_days (model, settle_date, currency, run_id, tx) SELECT 'x', '2026-01-01', 'points', max(id), '0' FROM settle.runs"] {
            #expect(throws: StoreError.self, "\(statement)") { try connection.execute(statement) }
        }
        #expect(try connection.scalar("SELECT count(*) FROM settle.ledger") == "2")
        #expect(try connection.scalar("SELECT count(*) FROM settle.credited_days") == "1")
        // A fresh day's lines (issue 27): the parent's columns packed widest first, its checks kept.
        let lines = "day_lines_" + SmallShop.day0.iso.filter(\.isNumber)
        let order = try connection.query("SELECT attname FROM pg_attribute WHERE attrelid = 'settle.\(lines)'::regclass AND attnum > 0 ORDER BY attnum")
        #expect(order.compactMap { $0[0] } == ["member_id", "entitled_fen", "paid_fen", "settle_date", "kind", "model"])
        #expect(throws: StoreError.self) {
            try connection.execute("INSERT INTO settle.day_lines (settle_date, member_id, kind, entitled_fen, paid_fen, model) VALUES ('\(SmallShop.day0.iso)', 1, 7, 100, 200, 'points')")
        }
        // An entry must name a run that exists (checked once per statement since migration 0011).
        let orphan = "INSERT INTO settle.ledger (member_id, currency, amount_fen, source, model, settle_date, run_id) "
            + "SELECT 1, 'points', 100, 'settlement', 'points', '\(SmallShop.day0.iso)', max(id) + 1 FROM settle.runs"
        #expect(throws: StoreError.self) { try connection.execute(orphan) }
        #expect(try connection.scalar("SELECT count(*) FROM settle.ledger") == "2")
    }
}
