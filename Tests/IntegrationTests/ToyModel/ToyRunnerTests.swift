import Foundation
import Testing
import SettleKernel
import SettleJob
import SettleStore
import PointsModel
import SettlePrograms
import ToyModel
import ToyRoom
import SettleReports

/// The day machinery (days, catch-up, rerun, dry run, locks, late input, programs side by side)
/// driven by the toy model against a real PostgreSQL, without the points rules.
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct ToyRunnerTests {
    static let first = Day(iso: "2026-03-01")!

    /// Members 1…4 (2 and 3 referred by 1), orders of 100.00 + 10 × id yuan on each of three days.
    func shop() throws -> TestDatabase {
        let database = try TestDatabase()
        try database.connect().executeScript("""
            INSERT INTO settle.members VALUES (1, '13800000001', NULL, now()), (2, '13800000002', 1, now()),
                                              (3, '13800000003', 1, now()), (4, '13800000004', NULL, now());
            INSERT INTO settle.orders
            SELECT d * 10 + m, m, 100 + 10 * m, 100 + 10 * m, 0, timestamptz '2026-03-01 12:00+08' + (d - 1) * interval '1 day', NULL
            FROM generate_series(1, 4) m, generate_series(1, 3) d;
            """)
        return database
    }

    func runner(_ database: TestDatabase) throws -> ToyRunner {
        ToyRunner(connection: try database.connect(), progress: ProgressLog(style: .silent), host: "test")
    }

    func lines(_ database: TestDatabase, model: String = "toy") throws -> [String] {
        try database.connect().query("""
            SELECT concat_ws(' ', settle_date, member_id, kind, entitled, paid) FROM settle.model_lines WHERE model = $1 ORDER BY 1
            """, [model]).compactMap { $0[0] }
    }

    @Test func daysSettleInOrderAndOnlyOnce() throws {
        let database = try shop()
        let toy = try runner(database)
        _ = try toy.setPlan(effectiveFrom: Self.first, document: Toy.defaultPlanDocument)
        let outcome = try toy.run(date: Self.first, dryRun: false)
        #expect(outcome.days.map(\.day) == [Self.first] && outcome.days[0].runId != nil)
        #expect(try lines(database).first == "2026-03-01 1 echo 1.10 1.10")
        #expect(try lines(database).count == 4)
        #expect(throws: JobError.notReady("2026-03-01 is already settled; use `settle rerun --date 2026-03-01` to settle it again")) {
            try toy.run(date: Self.first, dryRun: false)
        }
        #expect(throws: JobError.notReady("2026-03-03 can't be settled before 2026-03-02, the first unsettled day")) {
            try toy.run(date: Self.first.advanced(by: 2), dryRun: false)
        }
        #expect(throws: JobError.notReady("2026-03-05 is not settled; use `settle run --date 2026-03-05`")) {
            try toy.rerun(date: Self.first.advanced(by: 4), dryRun: false)
        }
    }

    @Test func catchUpSettlesEveryDayThroughYesterdayAndDryRunWritesNothing() throws {
        let database = try shop()
        try database.connect().execute("UPDATE settle.orders SET paid_at = paid_at - timestamptz '2026-03-01 12:00+08' + now() - interval '3 days'")
        let toy = try runner(database)
        _ = try toy.setPlan(effectiveFrom: Self.first, document: Toy.defaultPlanDocument)
        let before = try database.rowCounts()
        let dry = try toy.run(date: nil, dryRun: true)
        #expect(dry.days.count == 3 && dry.days.allSatisfy { $0.runId == nil })
        #expect(try database.rowCounts() == before)
        let wet = try toy.run(date: nil, dryRun: false)
        #expect(wet.days.map(\.day) == dry.days.map(\.day))
        #expect(wet.days.map(\.totals) == dry.days.map(\.totals))
        #expect(try toy.run(date: nil, dryRun: false).message?.hasPrefix("nothing to settle: every day through") == true)
        // Late input is named even by a run with nothing to settle.
        try database.connect().execute("UPDATE settle.orders SET refunded_at = paid_at + interval '1 minute' WHERE id = 21")
        let idle = try toy.run(date: nil, dryRun: false)
        #expect(idle.days.isEmpty && idle.lateInputs.count == 1 && idle.lateInputs[0].refundsChanged)
        #expect(try database.settledDays().count == 0, "the points program settled nothing")
    }

    @Test func lateRefundIsNamedAndRerunChangesExactlyItsLine() throws {
        let database = try shop()
        let toy = try runner(database)
        _ = try toy.setPlan(effectiveFrom: Self.first, document: Toy.defaultPlanDocument)
        for offset in 0..<3 { _ = try toy.run(date: Self.first.advanced(by: Int32(offset)), dryRun: false) }
        let unchanged = try toy.rerun(date: Self.first, dryRun: false)
        #expect(unchanged.changes.isEmpty && unchanged.days.count == 3)
        // Order 23 (member 3, paid 2026-03-02) refunded the same day, after that day was settled.
        try database.connect().execute("UPDATE settle.orders SET refunded_at = '2026-03-02 20:00+08' WHERE id = 23")
        let later = try toy.rerun(date: Self.first.advanced(by: 2), dryRun: true)
        #expect(later.lateInputs == [LateInput(day: Self.first.advanced(by: 1), ordersChanged: false, refundsChanged: true)])
        #expect(later.changes.isEmpty)
        let dry = try toy.rerun(date: Self.first, dryRun: true)
        #expect(dry.changes.map { "\($0.day) \($0.memberId) \($0.old?.paidFen ?? -1) \($0.new?.paidFen ?? -1)" } == ["2026-03-02 3 130 -1"])
        let before = try lines(database)
        let rerun = try toy.rerun(date: Self.first.advanced(by: 1), dryRun: false)
        #expect(rerun.changes.count == 1)
        let after = try lines(database)
        #expect(Set(before).subtracting(after) == ["2026-03-02 3 echo 1.30 1.30"] && Set(after).isSubset(of: before))
        #expect(try toy.rerun(date: Self.first.advanced(by: 2), dryRun: true).lateInputs.isEmpty)
    }

    @Test func eachProgramHasItsOwnLockDaysAndLines() throws {
        let database = try shop()
        let toy = try runner(database)
        _ = try toy.setPlan(effectiveFrom: Self.first, document: Toy.defaultPlanDocument)
        let holder = try database.connect()
        try holder.execute("SELECT pg_advisory_lock($1)", [String(SettlementStore.settlementLockBase + Toy.lockNumber)])
        #expect(throws: JobError.self) { try toy.run(date: Self.first, dryRun: false) }
        #expect(try toy.run(date: Self.first, dryRun: true).days.count == 1, "a dry run takes no lock")
        // The points program settles the same day beside the held toy lock.
        try holder.execute("INSERT INTO settle.plan_versions (model, effective_from, document) VALUES ('points', '2026-01-01', $1)",
                           [Toy.pointsPlan])
        #expect(try database.settle(["run", "--date", Self.first.iso]).status == 0)
        try holder.execute("SELECT pg_advisory_unlock_all()")
        _ = try toy.run(date: Self.first, dryRun: false)
        #expect(try database.settledDays() == ["2026-03-01"], "settle.days of the points program")
        #expect(try database.connect().scalar("SELECT count(*) FROM settle.days") == "2")
        #expect(try database.connect().scalar("SELECT count(DISTINCT kind) FROM settle.settlement_lines WHERE kind = 'echo'") == "0")
        #expect(try lines(database).count == 4)
        #expect(try toy.store.planRecords().count == 1 && SettlementStore(connection: try database.connect(), model: "points", lockNumber: 0).planRecords().count == 1)
    }

    /// The toy joins as a fourth program would: its room (Tests/Toy), one registry line. The
    /// registry checks its name and lock number, the migrator applies its schema, and run, the
    /// reports' plumbing and verify come from the shared machinery.
    @Test func theToyIsAPlugInOfTheSameShapeAsTheRealPrograms() throws {
        let programs = Programs.registry(Programs.all + [ToyProgram.self])
        #expect(programs.map { $0.model } == ["points", "cycle", "equity", "toy"])
        #expect(Programs.problems(programs + [ToyProgram.self]) == ["two programs are named toy", "toy and toy share lock number 99"])
        let database = try shop()
        let connection = try database.connect()
        let migrator = try Migrator(directory: TestDatabase.repositoryRoot.appendingPathComponent("sql").path,
                                    repeatables: [Migrator.sharedSchema] + programs.map { $0.schema })
        #expect(try migrator.apply(on: connection) == ["schema of toy"])

        let toy = try #require(programs.last).init(connection: connection, progress: ProgressLog(style: .silent), host: "test")
        _ = try toy.setPlan(effectiveFrom: Self.first, document: Toy.defaultPlanDocument)
        #expect(try toy.run(date: Self.first, dryRun: false).report.sections.first?.key != nil)
        #expect(try toy.run(date: Self.first.advanced(by: 1), dryRun: false).metrics.days == 1)
        let day = try toy.dayReport(date: nil, top: 10)
        guard case .fields(let fields) = day.sections[0].content else { Issue.record("a day section of fields"); return }
        #expect(fields.first { $0.key == "paid" }?.value == .fen(110 + 120 + 130 + 140))   // 1% of each member's order
        #expect(try connection.scalar("SELECT sum(paid) FROM settle.toy_lines WHERE settle_date = '2026-03-02'") == "5.00")
        #expect(try toy.verify(from: nil, limit: 10).passed)

        try connection.execute("UPDATE settle.day_lines SET paid_fen = paid_fen - 1 WHERE model = 'toy' AND member_id = 2 AND settle_date = '2026-03-02'")
        let broken = try toy.verify(from: nil, limit: 10)
        #expect(!broken.passed)
        #expect(try VerifyFiguresProbe.failedChecks(broken.report) == ["day totals", "replay"])
    }
}

/// The checks a verify report names as failed.
enum VerifyFiguresProbe {
    static func failedChecks(_ report: Report) throws -> [String] {
        guard let checks = report.sections.first(where: { $0.key == "checks" }), case .table(let columns, let rows) = checks.content,
              let name = columns.firstIndex(where: { $0.key == "check" }), let faults = columns.firstIndex(where: { $0.key == "faults" }) else {
            return []
        }
        return rows.filter { $0[faults] != .count(0) }.compactMap { if case .text(let text) = $0[name] { text } else { nil } }
    }
}

extension Toy {
    static var pointsPlan: String { PointsModel.Plan.defaultDocument }
}
