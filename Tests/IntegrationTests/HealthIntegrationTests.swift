import Foundation
import Testing
import SettleKernel

/// `report health` on the seed's small shop, every figure worked by hand (SmallShop: 2026-03-01
/// A buys 3000 and 9000, B 3000 (1000 of it with points), C 1000; on 03-02 A releases 36 + 108,
/// B 36, and A's share of B is 18).
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct HealthIntegrationTests {
    static func shop() throws -> TestDatabase {
        let database = try ReportIntegrationTests.settledSmallShop(through: SmallShop.day1)
        return database
    }

    @Test func everyFigureOfASmallShopIsTheHandWorkedOne() throws {
        let database = try Self.shop()
        let result = try database.settle(["report", "health", "--date", SmallShop.day1.iso, "--window", "2", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = SmallShop.json(result.stdout)
        #expect(report["report"] as? String == "health")
        let points = try #require(report[array: "programs"].first)
        #expect(points["model"] as? String == "points" && points["window_days"] as? Int == 2)
        #expect(points["revenue"] as? String == "16000.00", "every order paid in the window, none refunded")
        #expect(points["payout"] as? String == "198.00", "144 + 36 released, 18 of share, all on 03-02")
        #expect(points["payout_share"] as? String == "0.0123", "198 / 16000 = 0.012375")
        #expect(points["liability"] as? String == "42000.00", "locked 42000 − 198 released + 198 in the wallets (B's 1000 opening spent at checkout)")
        #expect(points["liability_change"] == nil || points["liability_change"] is NSNull, "the day before the window is not settled")
        #expect(points["liability_days_of_revenue"] as? String == "5.2", "42000 × 2 days / 16000")
        #expect(points["days_to_pay_off"] as? String == "424.2", "42000 × 2 days / 198")
        #expect(points["paid_members"] as? Int == 2)
        #expect(points["top1_share"] as? String == "0.8181" && points["top10_share"] as? String == "0.8181", "A's 162 of 198")
        #expect(points["no_own_order_share"] as? String == "0.0000", "A and B bought in the window")
        #expect(points["first_order_revenue"] as? String == "7000.00" && points["repeat_revenue"] as? String == "9000.00",
                "A's 3000, B's 3000 and C's 1000 are first orders; A's 9000 a repeat")
        #expect(points["first_order_share"] as? String == "0.4375")
        let flags = report[array: "flags"].map { "\($0["kind"] as? String ?? "?") \($0["flag"] as? String ?? "?") \($0["article_7"] as? Bool ?? false)" }
        #expect(flags == ["threshold days_to_pay_off false", "plan team_depth true", "plan membership_purchase true", "plan commitment_per_yuan false"])
        #expect(result.stderr.contains("warning: points: days_to_pay_off: takes 424.2 days to pay off at the window's pace, above 365"))
    }

    @Test func checkExitsSixAndAThresholdsFileChangesWhatIsFlagged() throws {
        let database = try Self.shop()
        let base = ["report", "health", "--date", SmallShop.day1.iso, "--window", "2"]
        #expect(try database.settle(base + ["--check"]).status == 6)
        #expect(try database.settle(base).status == 0, "without --check the flags are warnings")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("thresholds-\(UUID().uuidString).json")
        try #"{"default": {"days_to_pay_off": 500, "commitment_per_yuan": "5"}, "points": {"membership_purchase": "5000"}}"#
            .write(to: file, atomically: true, encoding: .utf8)
        let relaxed = try database.settle(base + ["--thresholds", file.path, "--check", "--format", "csv"])
        #expect(relaxed.status == 6, "the team-volume risk stays")
        #expect(relaxed.stdout.contains("points,plan,team_depth") && !relaxed.stdout.contains("threshold,days_to_pay_off"), "\(relaxed.stdout)")
        #expect(relaxed.stdout.contains("programs") && relaxed.stdout.contains("flags"), "both CSV blocks")

        for (text, field) in [(#"{"points": {"payout_share": "-0.1"}}"#, "points.payout_share"),
                              (#"{"default": {"payout": "0.5"}}"#, "default.payout"),
                              (#"{"moon": {}}"#, "moon")] {
            try text.write(to: file, atomically: true, encoding: .utf8)
            let bad = try database.settle(base + ["--thresholds", file.path])
            #expect(bad.status == 3 && bad.stderr.contains(field), "\(text): \(bad.stderr)")
        }
        #expect(try database.settle(["report", "health", "--date", "2026-03-09"]).status == 4, "a day not settled")
        #expect(try database.settle(["report", "health", "--window", "0"]).status == 2)
        #expect(try database.settle(["report", "health", "--date", "2026-13-01"]).status == 2)
    }

    @Test func theChartAndTheMetricsFileCarryTheHealth() throws {
        let database = try Self.shop()
        let chart = FileManager.default.temporaryDirectory.appendingPathComponent("health-\(UUID().uuidString).svg")
        #expect(try database.settle(["report", "health", "--window", "2", "--chart", chart.path]).status == 0)
        let svg = try String(contentsOf: chart, encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("points liability") && svg.contains("revenue a day"))

        let metrics = FileManager.default.temporaryDirectory.appendingPathComponent("metrics-\(UUID().uuidString).prom")
        #expect(try database.settle(["run", "--quiet", "--metrics-file", metrics.path]).status == 0)
        let text = try String(contentsOf: metrics, encoding: .utf8)
        #expect(text.contains("settle_health_liability_fen{model=\"points\"}"), "\(text)")
        let flags = text.split(separator: "\n").first { $0.hasPrefix("settle_health_flags{model=\"points\"}") }
        #expect(flags.flatMap { Double($0.split(separator: " ").last ?? "") }.map { $0 >= 3 } == true,
                "at least the plan's three risks: \(flags ?? "no gauge")")
    }
}
