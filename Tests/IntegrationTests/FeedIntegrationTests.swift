import Foundation
import Testing
import SettleKernel
import SettleStore

/// The feed delivers every entry exactly once whatever writes at the same time (issue 22): a
/// consumer of `settle feed --after CURSOR`, and the README's SQL pattern, against writers that
/// commit in another order than their ids.
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct FeedIntegrationTests {
    /// The README's pattern before issue 22 (ids only), run as it was written: the control that
    /// shows the interleavings below lose entries.
    static let idOnlyTables = """
        CREATE TABLE public.old_user (uid bigint PRIMARY KEY, integral numeric(20,2) NOT NULL DEFAULT 0);
        CREATE TABLE public.old_cursor (last_id bigint NOT NULL);
        INSERT INTO public.old_user (uid) SELECT id FROM settle.members;
        INSERT INTO public.old_cursor VALUES (0);
        """
    static let idOnlyApply = """
        BEGIN;
        LOCK TABLE public.old_cursor;
        WITH new AS (SELECT id, member_id, amount FROM settle.ledger_feed
                     WHERE currency = 'points' AND id > (SELECT last_id FROM public.old_cursor)),
             per_member AS (SELECT member_id, sum(amount) AS amount FROM new GROUP BY member_id),
             applied AS (UPDATE public.old_user u SET integral = u.integral + p.amount FROM per_member p WHERE u.uid = p.member_id)
        UPDATE public.old_cursor SET last_id = coalesce((SELECT max(id) FROM settle.ledger_feed), last_id);
        COMMIT;
        """

    /// A consumer of `settle feed`: applies each page's entries after its stored cursor (so a page
    /// applied twice changes nothing), counts how often it applied each entry, and stores the
    /// cursor of the last one.
    final class Consumer {
        var cursor = "0"
        var applied: [Int64: Int] = [:]
        var balances: [String: Int64] = [:]      // "member currency" → fen
        var pages = 0
        /// Entries the last page said wait above the horizon.
        var waiting = 0
        var lastPage: [[String: Any]] = []
        /// Polls that failed (checked by the test on its own thread).
        var failures: [String] = []

        /// One page; false when it was empty.
        @discardableResult
        func poll(_ database: TestDatabase, limit: Int = 50, replayLastPage: Bool = false) throws -> Bool {
            let result = try database.settle(["feed", "--after", cursor, "--limit", String(limit), "--format", "json"])
            guard result.status == 0 else { failures.append(result.stderr); return false }
            let json = SmallShop.json(result.stdout)
            let entries = json[array: "entries"]
            for page in replayLastPage ? [lastPage, entries] : [entries] { apply(page) }
            lastPage = entries
            pages += 1
            if let next = json[object: "cursor"]["next"] as? String { cursor = next }
            waiting = json[object: "cursor"]["waiting"] as? Int ?? 0
            return !entries.isEmpty
        }

        func apply(_ entries: [[String: Any]]) {
            for entry in entries {
                guard let text = entry["cursor"] as? String, let position = FeedPosition(text), let stored = FeedPosition(cursor),
                      position > stored else { continue }
                let id = Int64(entry["id"] as! Int)
                applied[id, default: 0] += 1
                let amount = entry["amount"] as! String
                balances["\(entry["member_id"] as! Int) \(entry["currency"] as! String)", default: 0] += Fen.parse(amount)!
                cursor = text
            }
        }

        /// Polls until a page is empty and nothing waits. The horizon is the cluster's: another
        /// test's open transaction in another database holds it for a moment.
        func drain(_ database: TestDatabase) throws {
            for _ in 0..<3_000 {                               // bounded: 10,000 pages, or 60 s of waiting
                if try poll(database, limit: 5_000) { continue }
                if waiting == 0 { return }
                usleep(20_000)
            }
        }
    }

    static func ledgerIds(_ database: TestDatabase) throws -> [Int64] {
        try database.connect().query("SELECT id FROM settle.entries ORDER BY id").map { Int64($0[0]!)! }
    }

    static func ledgerBalances(_ database: TestDatabase) throws -> [String: Int64] {
        var balances: [String: Int64] = [:]
        for row in try database.connect().query("SELECT member_id, currency, balance_fen FROM settle.balances WHERE balance_fen <> 0") {
            balances["\(row[0]!) \(row[1]!)"] = Int64(row[2]!)!
        }
        return balances
    }

    static func shopBalances(_ database: TestDatabase, table: String) throws -> [String] {
        try database.connect().query("SELECT uid || ':' || integral FROM public.\(table) WHERE integral <> 0 ORDER BY uid").compactMap { $0[0] }
    }

    /// Once the writers are done: the consumer and both SQL patterns catch up, and the consumer and
    /// the README's pattern hold every entry once. Returns the ledger's balances.
    @discardableResult
    static func catchUp(_ consumer: Consumer, _ database: TestDatabase, _ connection: Connection) throws -> [String] {
        try consumer.drain(database)
        try LedgerIntegrationTests.applyFeed(connection, idOnlyApply)
        try LedgerIntegrationTests.applyFeed(connection)
        #expect(consumer.applied.keys.sorted() == (try ledgerIds(database)) && consumer.applied.values.allSatisfy { $0 == 1 })
        #expect(consumer.balances.filter { $0.value != 0 } == (try ledgerBalances(database)))
        let ledger = try LedgerIntegrationTests.ledgerBalances(database)
        #expect(try shopBalances(database, table: "eb_user") == ledger, "the README's pattern got every entry")
        return ledger
    }

    @Test func anEntryOfAnOpenTransactionIsNeitherSkippedNorShownBeforeItsTurn() throws {
        let database = try ReportIntegrationTests.settledSmallShop(through: SmallShop.day0)
        let connection = try database.connect()
        try connection.executeScript(Self.idOnlyTables + LedgerIntegrationTests.shopTables)
        let consumer = Consumer()
        try consumer.drain(database)
        try LedgerIntegrationTests.applyFeed(connection, Self.idOnlyApply)
        try LedgerIntegrationTests.applyFeed(connection)

        // A writer that takes its id first and commits last (a night's block of entries), and an
        // adjustment that starts after it and commits before it.
        let night = try database.connect()
        try night.execute("BEGIN")
        try night.execute("INSERT INTO settle.ledger (member_id, currency, amount_fen, source) VALUES (1, 'points', 700, 'opening')")
        let adjust = try database.settle(["adjust", "--phone", SmallShop.phoneB, "--points", "3", "--reason", "feed test", "--operator", "test"])
        #expect(adjust.status == 0, "\(adjust.stderr)")

        // Both readers poll while the writer is open.
        try connection.executeScript(Self.idOnlyApply)
        try connection.executeScript(LedgerIntegrationTests.applyFeedSQL)
        let waiting = try database.settle(["feed", "--after", consumer.cursor, "--format", "json"])
        #expect(SmallShop.json(waiting.stdout)[array: "entries"].isEmpty, "nothing shown past an open writer")
        #expect(SmallShop.json(waiting.stdout)[object: "cursor"]["waiting"] as? Int == 1, "the committed adjustment waits")
        #expect(try database.settle(["feed", "--after", consumer.cursor]).stdout.contains("wait for it to end"))
        try night.execute("COMMIT")

        try Self.catchUp(consumer, database, connection)

        // The other order: a writer holds a lower id and a younger transaction while an older one
        // commits a higher id. The horizon holds the feed; the id-only pattern skips the lower id
        // for good (the failure issue 22 describes).
        let older = try database.connect(), younger = try database.connect()
        try older.execute("BEGIN")
        _ = try older.scalar("SELECT pg_current_xact_id()")
        try younger.execute("BEGIN")
        try younger.execute("INSERT INTO settle.ledger (member_id, currency, amount_fen, source) VALUES (1, 'points', 700, 'opening')")
        try older.execute("INSERT INTO settle.ledger (member_id, currency, amount_fen, source) VALUES (2, 'points', 300, 'opening')")
        try older.execute("COMMIT")
        try consumer.drain(database)
        try connection.executeScript(Self.idOnlyApply)
        try connection.executeScript(LedgerIntegrationTests.applyFeedSQL)
        try younger.execute("COMMIT")
        let after = try Self.catchUp(consumer, database, connection)
        let lost = Set(after).subtracting(try Self.shopBalances(database, table: "old_user"))
        #expect(lost.count == 1 && lost.first?.hasPrefix("1:") == true, "the id-only pattern is short of member 1's 7.00: \(lost)")

        // A page applied twice changes nothing; a bad or unsafe cursor is a usage error.
        consumer.cursor = "0"
        consumer.applied = [:]
        try consumer.poll(database, limit: 2)
        try consumer.poll(database, limit: 2, replayLastPage: true)
        #expect(consumer.applied.values.allSatisfy { $0 == 1 } && consumer.applied.count == 4, "\(consumer.applied)")
        for bad in ["-1", "1:2:3", "x", "1;DROP TABLE settle.ledger", "99999999999999999999999"] {
            #expect(try database.settle(["feed", "--after", bad]).status == 2, "\(bad)")
        }
        let csv = try database.settle(["feed", "--after", "0", "--limit", "2", "--format", "csv"]).stdout
        let last = csv.split(separator: "\r\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("next,") && FeedPosition(last.dropFirst(5)) != nil, "the CSV's last line is the cursor: \(csv)")
        let bare = try database.settle(["feed", "--after", "2"])
        #expect(bare.status == 2 && bare.stderr.contains("migration 0016"), "\(bare.stderr)")
    }

    /// The scenario of issue 22: two programs' nights (a catch-up each), adjustments in a loop and
    /// a rerun, all at once, against a `settle feed` consumer and the README's SQL pattern that
    /// poll throughout. Each must end with every entry of the ledger applied once.
    @Test func everyEntryOnceWhileNightsAdjustmentsAndARerunWriteAtOnce() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 22, memberCount: 3_000, ordersPerMember: 3, firstDay: day1, days: 8)
        try CycleIntegrationTests().setUp(database, shop)
        let connection = try database.connect()
        try connection.executeScript(Self.idOnlyTables + LedgerIntegrationTests.shopTables)
        let done = Flag()

        let consumer = Consumer()
        let consumerThread = Worker {
            while !done.isSet { _ = try? consumer.poll(database, limit: 500); usleep(50_000) }
        }
        let sqlThread = Worker {
            let shopConnection = try? database.connect()
            while !done.isSet {
                try? shopConnection?.executeScript(LedgerIntegrationTests.applyFeedSQL)
                try? shopConnection?.executeScript(Self.idOnlyApply)
                usleep(50_000)
            }
        }
        let adjustments = Flag()
        let adjustThread = Worker {
            var n: Int64 = 0
            while !adjustments.isSet && n < 300 {
                n += 1
                _ = try? database.settle(["adjust", "--phone", ShopFixture.phone(1 + n % 50), "--points", "1", "--reason", "loop \(n)", "--operator", "test"])
                usleep(100_000)
            }
        }
        // Each program's nights, one process a day, as cron would run them late.
        let days = (0..<8).map { day1.advanced(by: $0) }
        let statuses = Log()
        let nights = ["points", "cycle"].map { model in
            Worker {
                for day in days {
                    for _ in 0..<50 {                          // bounded: a lock held by the other program's night (75)
                        let run = try? database.settle(["run", "--model", model, "--date", day.iso, "--quiet"])
                        if run?.status == 75 { usleep(100_000); continue }
                        if run?.status != 0 { statuses.record("\(model) \(day): \(run?.status ?? -1) \(run?.stderr ?? "")") }
                        break
                    }
                }
            }
        }
        for night in nights { night.join() }
        #expect(try connection.scalar("SELECT count(*) FROM settle.days") == "16", "\(statuses.lines)")
        let rerun = try database.settle(["rerun", "--date", day1.advanced(by: 2).iso, "--quiet"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        adjustments.set()
        adjustThread.join()
        done.set()
        consumerThread.join()
        sqlThread.join()

        try consumer.drain(database)
        try LedgerIntegrationTests.applyFeed(connection)
        try LedgerIntegrationTests.applyFeed(connection, Self.idOnlyApply)
        let ids = try Self.ledgerIds(database)
        let twice = consumer.applied.filter { $0.value != 1 }.keys.sorted()
        let missed = Set(ids).subtracting(consumer.applied.keys).sorted()
        #expect(ids.count > 1_000 && consumer.pages > 10, "\(ids.count) entries, \(consumer.pages) pages")
        #expect(consumer.failures.isEmpty, "\(consumer.failures.prefix(3))")
        #expect(twice.isEmpty && missed.isEmpty, "applied twice: \(twice.prefix(10)); missed \(missed.count): \(missed.prefix(10))")
        #expect(consumer.applied.count == ids.count)
        #expect(consumer.balances.filter { $0.value != 0 } == (try Self.ledgerBalances(database)))
        #expect(try Self.shopBalances(database, table: "eb_user") == LedgerIntegrationTests.ledgerBalances(database))
        let lost = try Self.shopBalances(database, table: "old_user") != LedgerIntegrationTests.ledgerBalances(database)
        print("feed test: \(ids.count) entries, \(consumer.pages) pages; the id-only pattern \(lost ? "lost entries" : "happened to lose none")")
        for model in ["points", "cycle"] {
            let verify = try database.settle(["verify", "--model", model, "--format", "json"])
            let checks = SmallShop.json(verify.stdout)[array: "checks"]
            #expect(checks.contains { $0["check"] as? String == "feed" && $0["faults"] as? Int == 0 }, "\(model): \(verify.stdout.prefix(2000))")
        }
    }

    @Test func verifyNamesABalanceTheFeedWouldNotDeliver() throws {
        let database = try ReportIntegrationTests.settledSmallShop(through: SmallShop.day0)
        let connection = try database.connect()
        #expect(try database.settle(["verify"]).status == 0)
        // An entry slipped in below every cursor (tx 0) is refused: nothing can enter behind a reader.
        #expect(throws: StoreError.self) {
            try connection.execute("INSERT INTO settle.ledger (member_id, currency, amount_fen, source, tx) VALUES (1, 'points', 5, 'opening', '0')")
        }
        // The view changed to hide a member's entries: verify names the member.
        try connection.execute("INSERT INTO settle.ledger (member_id, currency, amount_fen, source) VALUES (3, 'points', 500, 'opening')")
        let member = "3"
        try connection.execute("""
            CREATE OR REPLACE VIEW settle.ledger_feed AS
            SELECT id, member_id, currency, (amount_fen::numeric / 100)::numeric(20,2) AS amount, source, model, settle_date, run_id,
                   order_id, adjustment_id, created_at, tx, tx::text || ':' || id AS cursor
            FROM settle.entries WHERE tx < pg_snapshot_xmin(pg_current_snapshot()) AND member_id <> \(member)
            """)
        // The horizon is the cluster's: until another test's open transaction ends, the entry
        // counts as waiting (verify then can't tell). Wait until nothing of this database waits.
        for _ in 0..<3_000 {                                   // bounded: 60 s
            if try connection.scalar("SELECT count(*) FROM settle.entries WHERE tx >= pg_snapshot_xmin(pg_current_snapshot())") == "0" { break }
            usleep(20_000)
        }
        let verify = try database.settle(["verify", "--format", "json"])
        #expect(verify.status == 3)
        let faults = SmallShop.json(verify.stdout)[array: "faults"].filter { $0["check"] as? String == "feed" }
        #expect(faults.compactMap { $0["member_id"] as? Int } == [Int(member)!], "\(verify.stdout)")
    }
}

/// A flag set by one thread and read by others.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}

/// Lines recorded from several threads.
final class Log: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [String] = []
    var lines: [String] { lock.lock(); defer { lock.unlock() }; return recorded }
    func record(_ line: String) { lock.lock(); recorded.append(line); lock.unlock() }
}

/// A thread running `body` once, joined by `join()`. The body's captures are the test's to keep apart.
final class Worker: @unchecked Sendable {
    private struct Body: @unchecked Sendable { let run: () -> Void }
    private let finished = DispatchSemaphore(value: 0)
    init(_ body: @escaping () -> Void) {
        let boxed = Body(run: body)
        let thread = Thread { [finished] in boxed.run(); finished.signal() }
        thread.stackSize = 8 << 20
        thread.start()
    }
    func join() { finished.wait() }
}
