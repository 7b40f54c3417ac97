import Foundation
import Testing
import SettleStore

/// What an operator of a real shop runs into (issue 12, in part): members named by id when phones
/// are empty or shared, adjustments an admin panel can retry, an operator always named, a schema
/// older than the binary, the version.
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct OperationsTests {
    @Test func aSharedOrEmptyPhoneIsRefusedWithTheIdsAndMemberIdWorks() throws {
        let database = try ReportIntegrationTests.settledSmallShop(through: SmallShop.day1)
        let connection = try database.connect()
        // A shop's own table, seen through settle.members, may hold one phone twice.
        try connection.executeScript("""
            ALTER TABLE settle.members DROP CONSTRAINT members_phone_key;
            INSERT INTO settle.members VALUES (9, '13800000001', NULL, now());
            """)
        let shared = try database.settle(["adjust", "--phone", SmallShop.phoneA, "--points", "1", "--reason", "r", "--operator", "ops"])
        #expect(shared.status == 3 && shared.stderr.contains("belongs to members 1, 9"), "\(shared.stderr)")
        #expect(try database.settle(["report", "member", "--phone", SmallShop.phoneA]).status == 3)
        let byId = try database.settle(["adjust", "--member-id", "1", "--points", "1", "--reason", "r", "--operator", "ops"])
        #expect(byId.status == 0, "\(byId.stderr)")
        #expect(try database.settle(["explain", "--member-id", "1", "--format", "json"]).status == 0)
        #expect(try database.settle(["adjust", "--phone", "", "--points", "1", "--reason", "r", "--operator", "ops"]).status == 2)
        #expect(try database.settle(["adjust", "--phone", SmallShop.phoneA, "--member-id", "1", "--points", "1", "--reason", "r",
                                     "--operator", "ops"]).status == 2)
        #expect(try database.settle(["adjust", "--member-id", "404", "--points", "1", "--reason", "r", "--operator", "ops"]).status == 3)
    }

    /// Through a view a referrer can change after days were settled on it (issue 23): the next run
    /// puts it in effect from the first day it settles and names it (exit 0); the days before stay
    /// settled on their tree, and verify replays each day on its own; a rerun from an earlier day
    /// recomputes from there on the new tree.
    @Test func aChangedReferrerTakesEffectFromTheNextDaySettled() throws {
        let database = try ReportIntegrationTests.settledSmallShop(through: SmallShop.day1)
        let connection = try database.connect()
        let before = [try database.lines(on: SmallShop.day0), try database.lines(on: SmallShop.day1)]
        try connection.executeScript("""
            ALTER TABLE settle.members DISABLE TRIGGER members_referrer_fixed;
            UPDATE settle.members SET referrer_id = NULL WHERE id = 2;
            """)
        let pending = try database.settle(["verify", "--format", "json"])
        #expect(pending.status == 0, "a change not yet settled on is no fault of the settled days: \(pending.stdout)")
        let day2 = SmallShop.day1.advanced(by: 1)
        let run = try database.settle(["run", "--date", day2.iso, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("member 2: referrer changed from 1 to none; in effect from \(day2.iso)"), "\(run.stderr)")
        #expect(SmallShop.json(run.stdout)[array: "tree_changes"].first?["member_id"] as? Int == 2)
        #expect(try connection.scalar("SELECT referrer_id || ' until ' || until FROM settle.tree_history") == "1 until \(day2.iso)")
        let next = try database.settle(["run", "--date", day2.advanced(by: 1).iso])
        #expect(next.status == 0 && !next.stderr.contains("referrer changed"), "adopted: no later run names it. \(next.stderr)")
        // Days 0 and 1 paid member 1 a share of member 2's release; replayed on today's tree they
        // would not: verify passes only because it replays each day on the tree it was settled on.
        #expect(try connection.scalar("""
            SELECT count(*) FROM settle.settlement_lines WHERE member_id = 1 AND kind = 'share' AND settle_date <= '\(SmallShop.day1.iso)'
            """) != "0")
        #expect([try database.lines(on: SmallShop.day0), try database.lines(on: SmallShop.day1)] == before, "the days before keep their lines")
        let verify = try database.settle(["verify", "--format", "json"])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(try database.settle(["rerun", "--date", SmallShop.day0.iso]).status == 0)
        #expect(try connection.scalar("SELECT referrer_id || ' until ' || until FROM settle.tree_history") == "1 until \(SmallShop.day0.iso)",
                "the rerun put today's tree in effect from its first day")
        #expect(try connection.scalar("""
            SELECT count(*) FROM settle.settlement_lines WHERE member_id = 1 AND kind = 'share' AND settle_date <= '\(SmallShop.day1.iso)'
            """) == "0", "and recomputed those days on it")
        #expect(try database.settle(["verify"]).status == 0)
    }

    @Test func aRetriedAdjustmentIsRecordedOnceAndLargeOnesNeedConfirmation() throws {
        let database = try ReportIntegrationTests.settledSmallShop(through: SmallShop.day1)
        let adjust = ["adjust", "--phone", SmallShop.phoneA, "--points", "10", "--reason", "gift", "--operator", "panel",
                      "--idempotency-key", "panel-42"]
        #expect(try database.settle(adjust).status == 0)
        let retry = try database.settle(adjust + ["--format", "json"])
        #expect(retry.status == 0 && retry.stderr.contains("recorded adjustment") && retry.stderr.contains("already"))
        let count = "SELECT count(*) FROM settle.wallet_adjustments WHERE idempotency_key = 'panel-42'"
        #expect(try database.connect().scalar(count) == "1")
        #expect(try database.connect().scalar("SELECT count(*) FROM settle.ledger WHERE source = 'adjustment'") == "1")
        let other = try database.settle(["adjust", "--phone", SmallShop.phoneA, "--points", "11", "--reason", "gift", "--operator", "panel",
                                         "--idempotency-key", "panel-42"])
        #expect(other.status == 3 && other.stderr.contains("idempotency key already recorded adjustment"))
        #expect(try database.settle(["adjust", "--phone", SmallShop.phoneA, "--points", "200000", "--reason", "big", "--operator", "o"]).status == 2)
        #expect(try database.settle(["adjust", "--phone", SmallShop.phoneA, "--points", "9999999999", "--reason", "big", "--operator", "o",
                                     "--confirm"]).status == 2)
        #expect(try database.settle(["adjust", "--phone", SmallShop.phoneA, "--points", "200000", "--reason", "big", "--operator", "o",
                                     "--confirm"]).status == 0)
        let anonymous = try database.settle(["adjust", "--phone", SmallShop.phoneA, "--points", "1", "--reason", "who?"],
                                            environment: ["USER": "", "LOGNAME": "", "SETTLE_OPERATOR": ""])
        #expect(anonymous.status == 2 && anonymous.stderr.contains("--operator is required"))
    }

    @Test func aSchemaOlderThanTheBinaryIsNamedWithItsPendingMigrations() throws {
        let database = try TestDatabase(migrate: false)
        let sql = TestDatabase.repositoryRoot.appendingPathComponent("sql")
        let old = FileManager.default.temporaryDirectory.appendingPathComponent("settle-sql-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        for name in ["0001_inputs.sql", "0002_settlement.sql", "0003_reports.sql", "0004_programs.sql", "0005_cycle.sql"] {
            try FileManager.default.copyItem(at: sql.appendingPathComponent(name), to: old.appendingPathComponent(name))
        }
        #expect(try database.settle(["migrate", "--sql-dir", old.path]).status == 0)
        let run = try database.settle(["run"])
        #expect(run.status == 1 && run.stderr.contains("run `settle migrate` (pending: 0006_ledger.sql, 0007_operations.sql, 0008_tree.sql, 0009_fresh_partitions.sql, 0010_equity.sql, 0011_ledger_writes.sql, 0012_ledger_totals.sql, 0013_sparse_lots.sql, 0014_ledger_days.sql, 0015_lines_one_index.sql, 0016_feed_order.sql, 0017_shop_settings.sql, 0018_tree_history.sql, 0019_points_day_figures.sql, 0020_cycle_checkpoints.sql, 0021_lot_anchor_moves.sql, 0022_equity_fills_replayed.sql, 0023_credits_from_lines.sql, 0024_equity_member_days_after.sql, 0025_cycle_checkpoint_arrays.sql, 0026_equity_member_day_chunks.sql, 0027_whole_amount_digests.sql, 0028_day_first_order_keys.sql, schema of shared, schema of points, schema of cycle, schema of equity)"), "\(run.stderr)")
        #expect(try database.settle(["migrate"]).status == 0)
        #expect(try database.settle(["run"]).status == 3, "migrated: now it says there is no plan")
        let version = try database.settle(["--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("settle "))
    }

    @Test func everyRunRecordsTheVersionThatComputedIt() throws {
        let database = try ReportIntegrationTests.settledSmallShop(through: SmallShop.day0)
        let version = try database.settle(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try database.connect().scalar("SELECT 'settle ' || settle_version FROM settle.runs") == version)
    }

    @Test func planFilesAreRefusedForDuplicateKeysAndNonUTF8AndShownAsJSON() throws {
        let database = try TestDatabase()
        let directory = FileManager.default.temporaryDirectory
        let duplicate = directory.appendingPathComponent("plan-dup-\(UUID().uuidString).json")
        let withDuplicate = PointsPlanText.document.replacingOccurrences(of: "\"peer_rate\": \"0.03\",", with: "\"peer_rate\": \"0.03\",\n  \"peer_rate\": \"0.05\",")
        try withDuplicate.write(to: duplicate, atomically: true, encoding: .utf8)
        let refused = try database.settle(["plan", "set", "--effective-from", "2026-01-01", duplicate.path])
        #expect(refused.status == 3 && refused.stderr.contains("plan field peer_rate: is given twice"), "\(refused.stderr)")
        let gbk = directory.appendingPathComponent("plan-gbk-\(UUID().uuidString).json")
        var bytes = Array(PointsPlanText.document.utf8)
        bytes.replaceSubrange(bytes.firstRange(of: Array("初级会员".utf8))!, with: [0xB3, 0xF5, 0xBC, 0xB6, 0xBB, 0xE1, 0xD4, 0xB1])  // GBK
        try Data(bytes).write(to: gbk)
        let notUTF8 = try database.settle(["plan", "set", "--effective-from", "2026-01-01", gbk.path])
        #expect(notUTF8.status == 3 && notUTF8.stderr.contains("is not UTF-8"))
        #expect(try database.connect().scalar("SELECT count(*) FROM settle.plan_versions") == "0")
        let good = directory.appendingPathComponent("plan-\(UUID().uuidString).json")
        try PointsPlanText.document.write(to: good, atomically: true, encoding: .utf8)
        #expect(try database.settle(["plan", "set", "--effective-from", "2026-01-01", good.path]).status == 0)
        let shown = try database.settle(["plan", "show", "--format", "json"])
        let versions = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]]
        #expect(versions?.first?["effective_from"] as? String == "2026-01-01" && (versions?.first?["plan"] as? [String: Any])?["peer_rate"] as? String == "0.03")
    }

    /// One command places the binary, sql/, the units, completions (and man pages); the installed
    /// binary finds its migrations beside itself.
    @Test func theInstalledBinaryMigratesFromItsOwnShareDirectory() throws {
        let stage = FileManager.default.temporaryDirectory.appendingPathComponent("settle-install-\(UUID().uuidString)")
        let install = Process()
        install.executableURL = TestDatabase.repositoryRoot.appendingPathComponent("scripts/install.sh")
        install.environment = ProcessInfo.processInfo.environment.merging(
            ["DESTDIR": stage.path, "PREFIX": "/opt/settle", "SETTLE_BIN": TestDatabase.settleBinary, "SETTLE_NO_MAN": "1"]) { _, new in new }
        install.standardOutput = FileHandle.nullDevice
        try install.run()
        install.waitUntilExit()
        #expect(install.terminationStatus == 0)
        let root = stage.appendingPathComponent("opt/settle")
        for file in ["bin/settle", "bin/settle-alert", "share/settle/sql/0007_operations.sql", "share/bash-completion/completions/settle"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(file).path), "\(file)")
        }
        let unit = try String(contentsOf: stage.appendingPathComponent("etc/systemd/system/settle.service"), encoding: .utf8)
        #expect(unit.contains("ExecStart=/opt/settle/bin/settle run --quiet"))
        let database = try TestDatabase(migrate: false)
        let migrate = try database.settle(["migrate"], environment: ["SETTLE_SQL_DIR": ""],
                                          binary: root.appendingPathComponent("bin/settle").path)
        #expect(migrate.status == 0 && migrate.stdout.contains("applied 0007_operations.sql"), "\(migrate.stderr)")
        try? FileManager.default.removeItem(at: stage)
    }

    @Test func quietRunsPrintALineADayAndCSVOpensInExcel() throws {
        let database = try TestDatabase()
        try SmallShop.write(to: database)
        let metrics = FileManager.default.temporaryDirectory.appendingPathComponent("settle-\(UUID().uuidString).prom")
        let quiet = try database.settle(["run", "--date", SmallShop.day0.iso, "--quiet", "--metrics-file", metrics.path])
        let prom = try String(contentsOf: metrics, encoding: .utf8)
        #expect(prom.contains("settle_last_success_timestamp_seconds{model=\"points\"}") && prom.contains("settle_lines_written{model=\"points\"} 0"))
        #expect(prom.contains("settle_paid_fen{") && prom.contains("kind=\"static\"") && prom.contains("settle_run_exit_status{model=\"points\"} 0"))
        let verbose = try database.settle(["verify"], environment: ["SETTLE_LOG_LEVEL": "info"])
        #expect(verbose.stderr.contains("level=info phase=verify"), "verify shows its progress")
        #expect(!(try database.settle(["verify"], environment: ["SETTLE_LOG_LEVEL": "warning"])).stderr.contains("phase=verify"))
        #expect(quiet.status == 0 && quiet.stdout.hasPrefix("settle run points 2026-03-01: settled, run 1,") && quiet.stdout.split(separator: "\n").count == 1)
        #expect(!quiet.stderr.contains("phase="), "no progress lines")
        let csv = try database.settle(["report", "day", "--format", "csv"])
        #expect(csv.stdout.utf8.starts(with: [0xEF, 0xBB, 0xBF]), "a byte-order mark")
        #expect(!(try database.settle(["report", "day", "--format", "csv", "--no-bom"]).stdout.utf8.starts(with: [0xEF, 0xBB, 0xBF])))
    }
}

import PointsModel
enum PointsPlanText { static var document: String { Plan.defaultDocument } }
