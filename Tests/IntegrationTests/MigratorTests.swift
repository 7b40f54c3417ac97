import Foundation
import Testing
import SettleKernel
import SettleStore
import SettlePrograms

/// The repeatable definitions: applied after the numbered migrations, again only when their text
/// changes, in a transaction each (a broken one leaves the last good one in force).
@Suite(.enabled(if: TestDatabase.isConfigured))
struct MigratorTests {
    static let sql = TestDatabase.repositoryRoot.appendingPathComponent("sql").path

    @Test func aRepeatableIsAppliedWhenItsTextChangesAndOnlyThen() throws {
        let database = try TestDatabase(migrate: false)
        let connection = try database.connect()
        let first = Migrator.Repeatable(name: "probe", sql: "CREATE OR REPLACE VIEW settle.probe AS SELECT 1 AS one;")
        let applied = try Migrator(directory: Self.sql, repeatables: [Migrator.sharedSchema, first]).apply(on: connection)
        #expect(applied.first == "0001_inputs.sql" && applied.suffix(2) == ["schema of shared", "schema of probe"])
        #expect(try connection.scalar("SELECT one FROM settle.probe") == "1")
        #expect(try Migrator(directory: Self.sql, repeatables: [Migrator.sharedSchema, first]).apply(on: connection).isEmpty)

        let second = Migrator.Repeatable(name: "probe", sql: "CREATE OR REPLACE VIEW settle.probe AS SELECT 2 AS one;")
        let migrator = try Migrator(directory: Self.sql, repeatables: [Migrator.sharedSchema, second])
        #expect(try migrator.pending(on: connection) == ["schema of probe"])
        #expect(try migrator.apply(on: connection) == ["schema of probe"])
        #expect(try connection.scalar("SELECT one FROM settle.probe") == "2")
        #expect(try migrator.pending(on: connection).isEmpty)

        let broken = Migrator.Repeatable(name: "probe", sql: "CREATE OR REPLACE VIEW settle.probe AS SELECT 3 AS one; SELECT no_such_column;")
        #expect(throws: StoreError.self) { try Migrator(directory: Self.sql, repeatables: [Migrator.sharedSchema, broken]).apply(on: connection) }
        #expect(try connection.scalar("SELECT one FROM settle.probe") == "2", "the broken text changed nothing")
        #expect(try Migrator(directory: Self.sql, repeatables: [Migrator.sharedSchema, broken]).pending(on: connection) == ["schema of probe"])
    }
}

extension MigratorTests {
    /// `sql/` up to and including `version` in a folder of its own: a database as that version left it.
    static func migrations(through version: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("settle-sql-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: sql) where name.hasSuffix(".sql") && name.prefix(4) <= version {
            try FileManager.default.copyItem(atPath: sql + "/" + name, toPath: folder.appendingPathComponent(name).path)
        }
        return folder.path
    }

    /// Migration 0024: equity member days keep the state before the day; the upgrade keeps every
    /// "before" and refuses, naming the member and day, a history whose "after" is neither the
    /// member's next "before" nor its current row (and then changes nothing).
    @Test func equityMemberDaysKeepTheirBeforeAndAnInconsistentHistoryIsRefused() throws {
        let older = try Self.migrations(through: "0023"), newer = try Self.migrations(through: "0024")
        defer { try? FileManager.default.removeItem(atPath: older); try? FileManager.default.removeItem(atPath: newer) }
        for consistent in [true, false] {
            let database = try TestDatabase(migrate: false)
            let connection = try database.connect()
            _ = try (try Migrator(directory: older, repeatables: [])).apply(on: connection)
            let secondBefore = consistent ? "500, 2000, true" : "499, 2000, true"
            try connection.executeScript("""
                INSERT INTO settle.equity_member_days (settle_date, member_id, holdings_before_units, quota_before_fen, bound_before,
                                                       holdings_units, quota_fen, bound) VALUES
                    ('2026-03-01', 7, 0, 0, false, 500, 2000, true),
                    ('2026-03-01', 9, 0, 0, false, 40, 100, false),
                    ('2026-03-03', 7, \(secondBefore), 0, 0, false);
                INSERT INTO settle.equity_members (member_id, holdings_units, quota_fen, bound, settle_date) VALUES
                    (7, 0, 0, false, '2026-03-03'), (9, 40, 100, false, '2026-03-01');
                """)
            let upgrade = try Migrator(directory: newer, repeatables: [])
            if consistent {
                #expect(try upgrade.apply(on: connection) == ["0024_equity_member_days_after.sql"])
                let rows = try connection.query("""
                    SELECT member_id, settle_date::text, holdings_before_units, quota_before_fen, bound_before FROM settle.equity_member_days ORDER BY 2, 1
                    """)
                #expect(rows.map { $0.compactMap { $0 } } == [["7", "2026-03-01", "0", "0", "f"], ["9", "2026-03-01", "0", "0", "f"],
                                                               ["7", "2026-03-03", "500", "2000", "t"]])
                #expect(try connection.scalar("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'equity_member_days_pkey'") == "PRIMARY KEY (settle_date, member_id)")
                #expect(try connection.scalar("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'settle' AND table_name = 'equity_member_days'") == "5")
                #expect(try connection.scalar("SELECT reloptions::text FROM pg_class WHERE oid = 'settle.equity_members'::regclass") == "{fillfactor=70}")
            } else {
                do {
                    _ = try upgrade.apply(on: connection)
                    Issue.record("an inconsistent history was upgraded")
                } catch {
                    #expect("\(error)".contains("member 7 on 2026-03-01"), "\(error)")
                }
                #expect(try connection.scalar("SELECT count(*) FROM settle.equity_member_days WHERE holdings_before_units = 499") == "1", "nothing changed")
            }
        }
    }

    /// Migration 0025: the cycle's checkpoint rows become chunks of 8,192 members in member order;
    /// the view of the old name gives back every row, and the chunks' numbers start at 0 per day.
    @Test func cycleCheckpointRowsBecomeChunksAndReadTheSame() throws {
        let older = try Self.migrations(through: "0024")
        defer { try? FileManager.default.removeItem(atPath: older) }
        let database = try TestDatabase(migrate: false)
        let connection = try database.connect()
        _ = try (try Migrator(directory: older, repeatables: [])).apply(on: connection)
        try connection.executeScript("""
            INSERT INTO settle.cycle_paid_checkpoints (as_of, member_id, paid_total_fen)
            SELECT date '2026-03-05', id * 3, id FROM generate_series(1, 10000) id
            UNION ALL SELECT date '2026-03-12', id, 7 FROM generate_series(1, 5) id;
            """)
        let rows = "SELECT concat_ws(' ', as_of, member_id, paid_total_fen) FROM settle.cycle_paid_checkpoints ORDER BY as_of, member_id"
        let before = try connection.query(rows).compactMap { $0[0] }
        #expect(try Programs.migrator(directory: Self.sql).apply(on: connection).contains("0025_cycle_checkpoint_arrays.sql"))
        #expect(try connection.query(rows).compactMap { $0[0] } == before, "every row as before, through the view")
        let chunks = try connection.query("""
            SELECT concat_ws(' ', as_of, chunk, cardinality(member_ids), member_ids[1], member_ids[cardinality(member_ids)])
            FROM settle.cycle_paid_checkpoint_chunks ORDER BY as_of, chunk
            """).compactMap { $0[0] }
        #expect(chunks == ["2026-03-05 0 8192 3 24576", "2026-03-05 1 1808 24579 30000", "2026-03-12 0 5 1 5"])
    }

    /// Migration 0026: the equity undo log's rows become rows of 8,192 members a day in member
    /// order, each with its first and last id; the view of the old name gives back every row.
    @Test func equityMemberDaysBecomeChunksAndReadTheSame() throws {
        let older = try Self.migrations(through: "0025")
        defer { try? FileManager.default.removeItem(atPath: older) }
        let database = try TestDatabase(migrate: false)
        let connection = try database.connect()
        _ = try (try Migrator(directory: older, repeatables: [])).apply(on: connection)
        try connection.executeScript("""
            INSERT INTO settle.equity_member_days (settle_date, member_id, holdings_before_units, quota_before_fen, bound_before)
            SELECT date '2026-03-05', id * 2, id, id * 10, id % 3 = 0 FROM generate_series(1, 9000) id
            UNION ALL SELECT date '2026-03-06', id, 0, 5, false FROM generate_series(1, 3) id;
            """)
        let rows = """
            SELECT concat_ws(' ', settle_date, member_id, holdings_before_units, quota_before_fen, bound_before)
            FROM settle.equity_member_days ORDER BY settle_date, member_id
            """
        let before = try connection.query(rows).compactMap { $0[0] }
        #expect(try Programs.migrator(directory: Self.sql).apply(on: connection).contains("0026_equity_member_day_chunks.sql"))
        #expect(try connection.query(rows).compactMap { $0[0] } == before, "every row as before, through the view")
        let chunks = try connection.query("""
            SELECT concat_ws(' ', settle_date, chunk, cardinality(member_ids), first_member_id, last_member_id)
            FROM settle.equity_member_day_chunks ORDER BY settle_date, chunk
            """).compactMap { $0[0] }
        #expect(chunks == ["2026-03-05 0 8192 2 16384", "2026-03-05 1 808 16386 18000", "2026-03-06 0 3 1 3"])
    }

    /// Migration 0027: the cycle program reads each order's whole amount only, so its days'
    /// digests are of orders as all cash. Days settled before (digests of the parts) are moved to
    /// that reading: each day whose orders are as they were matches, and a day whose orders
    /// changed after it was settled is still named (late input) and only it.
    @Test func wholeAmountDigestsMoveSoOnlyAChangedDayIsLate() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 27, memberCount: 60, ordersPerMember: 3, firstDay: day1, days: 3)
        try CycleIntegrationTests().setUp(database, shop)
        let days = day1...day1.advanced(by: 2)
        for day in days { #expect(try database.settle(["run", "--model", "cycle", "--date", day.iso]).status == 0) }
        let connection = try database.connect()
        func stored() throws -> [String] {
            try connection.query("SELECT paid_digest FROM settle.days WHERE model = 'cycle' ORDER BY settle_date").compactMap { $0[0] }
        }
        func digests(_ orders: [OrderRow]) throws -> [String] {
            let byDay = InputDigest.byDay(try Shop(members: shop.members, orders: orders), days: days)
            return days.map { byDay[$0]?.paidHex ?? DayDigest().paidHex }
        }
        let whole = try digests(shop.orders.map { order in
            var cash = order; cash.cashFen = order.amountFen; cash.pointsFen = 0; return cash
        })
        #expect(shop.orders.contains { $0.pointsFen > 0 && days.contains($0.paidOn) })
        #expect(try stored() == whole, "the night digests what it reads: the whole amount")
        #expect(try digests(shop.orders) != whole, "the parts' digests differ")

        // As settled before 0027, the middle day's digest of its orders before one paid partly
        // with points arrived late.
        let late = try #require(shop.orders.first { $0.paidOn == day1.advanced(by: 1) && $0.pointsFen > 0 })
        var before = try digests(shop.orders)
        before[1] = try digests(shop.orders.filter { $0.id != late.id })[1]
        for (day, digest) in zip(days, before) {
            try connection.execute("UPDATE settle.days SET paid_digest = $1 WHERE model = 'cycle' AND settle_date = $2::date", [digest, day.iso])
        }
        try connection.execute("DELETE FROM settle.schema_migrations WHERE version = '0027'")
        #expect(try Programs.migrator(directory: Self.sql).apply(on: connection).contains("0027_whole_amount_digests.sql"))
        let moved = try stored()
        #expect(moved[0] == whole[0] && moved[2] == whole[2], "unchanged days match the new reading")
        #expect(moved[1] != whole[1] && moved[1] != before[1], "the changed day moved and still differs")
        let verify = try database.settle(["verify", "--model", "cycle"])
        #expect(verify.status != 0 && verify.stdout.contains("\(day1.advanced(by: 1).iso): orders paid that day changed"), "\(verify.stdout)")
        #expect(!verify.stdout.contains("\(day1.iso): orders") && !verify.stdout.contains("\(day1.advanced(by: 2).iso): orders"), "\(verify.stdout)")
    }
}
