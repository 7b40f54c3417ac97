import Foundation
import Testing
import SettleJob
import SettleReports
import SettleKernel
import PointsModel
import SettleStore
import PointsRoom

@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct ReportIntegrationTests {
    static func settledSmallShop(through last: Day = SmallShop.day1) throws -> TestDatabase {
        let database = try TestDatabase()
        try SmallShop.write(to: database)
        var day = SmallShop.day0
        while day <= last {
            let run = try database.settle(["run", "--date", day.iso])
            #expect(run.status == 0, "\(run.stderr)")
            day = day.advanced(by: 1)
        }
        return database
    }

    @Test func dayReportHasTheHandCheckedFiguresAndEqualsTheDryRun() throws {
        let database = try Self.settledSmallShop(through: SmallShop.day0)
        let dry = try database.settle(["run", "--date", SmallShop.day1.iso, "--dry-run", "--format", "json"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(try database.settledDays() == [SmallShop.day0.iso])
        #expect(try database.settle(["run", "--date", SmallShop.day1.iso]).status == 0)
        let settled = try database.settle(["report", "day", "--date", SmallShop.day1.iso, "--format", "json"])
        #expect(settled.status == 0, "\(settled.stderr)")

        let report = SmallShop.json(settled.stdout)
        #expect(report["report"] as? String == "day")
        let kinds = report[array: "kinds"]
        #expect(kinds.map { $0["kind"] as? String } == ["static", "share", "team", "peer", "total"])
        #expect(kinds.map { $0["entitled"] as? String } == ["180.00", "18.00", "0.00", "0.00", "198.00"])
        #expect(kinds.map { $0["paid"] as? String } == ["180.00", "18.00", "0.00", "0.00", "198.00"])
        #expect(kinds.map { $0["forfeited"] as? String } == ["0.00", "0.00", "0.00", "0.00", "0.00"])
        let counts = report[object: "counts"]
        #expect(counts["members_paid"] as? Int == 2 && counts["lots_active"] as? Int == 3)
        #expect(counts["lots_created"] as? Int == 0 && counts["lots_exhausted"] as? Int == 0)
        #expect(report[array: "star_tiers"].first?["members"] as? Int == 3)
        let top = report[array: "top_earners"]
        #expect(top.map { $0["phone"] as? String } == [SmallShop.phoneA, SmallShop.phoneB])
        #expect(top.map { $0["total_paid"] as? String } == ["162.00", "36.00"])
        let liability = report[object: "liability"]
        #expect(liability["locked"] as? String == "41802.00")            // 7446 + 26892 + 7464
        #expect(liability["wallet"] as? String == "198.00")
        #expect(liability["owed"] as? String == "42000.00")
        #expect(liability["revenue"] as? String == "16000.00")
        #expect(liability["cash_revenue"] as? String == "15000.00")
        #expect(liability["points_revenue"] as? String == "1000.00")
        #expect(liability["owed_per_cash_yuan"] as? String == "2.8000")  // 42000 / 15000
        #expect(liability["days_left_at_pace"] as? String == "211.1")    // 41802 / 198
        #expect(liability["release_vs_daily_revenue"] as? String == "37.12%")   // 198 × 30 / 16000

        // The dry run printed the same day report before anything was written.
        var fromDry = SmallShop.json(dry.stdout)[array: "days"].first ?? [:]
        var fromReport = report
        #expect((fromDry[object: "day"]["dry_run"] as? Bool) == true)
        fromDry["day"] = nil
        fromReport["day"] = nil
        #expect(NSDictionary(dictionary: fromDry).isEqual(to: fromReport))
        // And so does a rerun's dry run of the settled day.
        let rerunDry = try database.settle(["rerun", "--date", SmallShop.day1.iso, "--dry-run", "--format", "json"])
        var fromRerun = SmallShop.json(rerunDry.stdout)[array: "days"].first ?? [:]
        #expect((fromRerun[object: "day"]["dry_run"] as? Bool) == true)
        fromRerun["day"] = nil
        #expect(NSDictionary(dictionary: fromRerun).isEqual(to: fromReport))

        let csv = try database.settle(["report", "day", "--format", "csv"])
        #expect(csv.stdout.contains("day.kinds\r\nkind,entitled,paid,forfeited\r\nstatic,180.00,180.00,0.00\r\n"))
        let text = try database.settle(["report", "day"])
        #expect(text.stdout.contains("lots exhausted (出局)") && text.stdout.contains("41,802.00"))
    }

    @Test func memberReportShowsLevelTeamSplitLotsLinesAndWallet() throws {
        let database = try Self.settledSmallShop()
        #expect(try database.settle(["adjust", "--phone", SmallShop.phoneA, "--points", "-62", "--reason", "redeemed", "--operator", "ops"]).status == 0)
        let result = try database.settle(["report", "member", "--phone", SmallShop.phoneA, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = SmallShop.json(result.stdout)
        #expect(report[object: "member"]["level"] as? String == "中级会员")
        #expect(report[object: "member"]["star_tier"] as? String == "none")
        let team = report[object: "team"]
        #expect(team["members"] as? Int == 2 && team["performance"] as? String == "4000.00")
        #expect(team["cash"] as? String == "3000.00" && team["points"] as? String == "1000.00")
        #expect(report[array: "referrals"].map { $0["phone"] as? String } == [SmallShop.phoneB])
        #expect(report[array: "referrals"].first?["team_performance"] as? String == "1000.00")
        let lots = report[array: "lots"]
        #expect(lots.map { $0["order_id"] as? Int } == [101, 102])
        #expect(lots.map { $0["cap"] as? String } == ["7500.00", "27000.00"])
        #expect(lots.map { $0["released"] as? String } == ["54.00", "108.00"])       // the share is paid from the older lot
        #expect(lots.map { $0["remaining"] as? String } == ["7446.00", "26892.00"])
        #expect(lots.map { $0["status"] as? String } == ["active", "active"])
        #expect(report[array: "lines"].map { $0["paid"] as? String } == ["144.00", "18.00"])
        #expect(report[object: "wallet"]["balance"] as? String == "100.00")
        #expect(report[array: "wallet_entries"].map { $0["amount"] as? String } == ["-62.00", "162.00"])
        #expect(report[array: "wallet_entries"].first?["by"] as? String == "ops")
    }

    @Test func explainNamesTheShareSourceAndMatchesTheLines() throws {
        let database = try Self.settledSmallShop()
        let result = try database.settle(["explain", "--phone", SmallShop.phoneA, "--date", SmallShop.day1.iso, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = SmallShop.json(result.stdout)
        let sources = report[array: "sources"]
        #expect(sources.count == 1)
        #expect(sources.first?["member_id"] as? Int == 2 && sources.first?["base"] as? String == "36.00")
        #expect(sources.first?["rate"] as? String == "50%" && sources.first?["amount"] as? String == "18.00")
        #expect(sources.first?["why"] as? String == "share, generation 1")
        #expect(report[array: "totals"].allSatisfy { $0["matches"] as? Bool == true })
        let unknown = try database.settle(["explain", "--phone", "13999999999"])
        #expect(unknown.status == 3 && unknown.stderr.contains("13999999999"))
    }

    /// Every member of a settled day of a random shop: explained totals equal settlement_lines.
    @Test func explainTotalsEqualTheSettledLinesForEveryMember() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 11, memberCount: 250, ordersPerMember: 3, firstDay: day1, days: 3)
        try shop.write(to: database)
        for offset in 0..<4 { #expect(try database.settle(["run", "--date", day1.advanced(by: Int32(offset)).iso]).status == 0) }
        let last = day1.advanced(by: 3)
        let settled = try database.lines(on: last)
        #expect(settled.contains { $0.kind == .team } && settled.contains { $0.kind == .share })
        let reporter = PointsReporter(runner: PointsRunner(connection: try database.connect(), progress: ProgressLog(style: .silent),
                                                           host: "test"))
        var checked = 0
        for member in shop.members {
            let figures = try reporter.explainFigures(member: .phone(ShopFixture.phone(member.id)), date: last)
            for kind in [PointsKind.share, .team, .peer] {
                let line = settled.first { $0.memberId == member.id && $0.kind == kind }?.entitledFen ?? 0
                #expect(figures.explanation.entitledFen[kind.rawValue] == line, "member \(member.id) \(kind)")
            }
            #expect(figures.matchesSettled)
            checked += 1
        }
        #expect(checked == 250)
    }

    @Test func liabilityProjectionIsWhatTheNextRunSettles() throws {
        let database = try Self.settledSmallShop()
        let chart = FileManager.default.temporaryDirectory.appendingPathComponent("settle-liability-\(getpid()).svg").path
        defer { try? FileManager.default.removeItem(atPath: chart) }
        let result = try database.settle(["report", "liability", "--days", "3", "--chart", chart, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = SmallShop.json(result.stdout)
        #expect(report[object: "liability"]["locked"] as? String == "41802.00")
        let projection = report[array: "projection"]
        #expect(projection.map { $0["released"] as? String } == ["198.00", "198.00", "198.00"])
        #expect(projection.map { $0["locked"] as? String } == ["41604.00", "41406.00", "41208.00"])
        #expect(projection.map { $0["wallet"] as? String } == ["396.00", "594.00", "792.00"])
        let svg = try String(contentsOfFile: chart, encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("<polyline"))
        // The projection is the engine run ahead: settling the next day gives the same figures.
        #expect(try database.settle(["run", "--date", SmallShop.day1.advanced(by: 1).iso]).status == 0)
        let next = SmallShop.json(try database.settle(["report", "day", "--format", "json"]).stdout)
        #expect(next[object: "liability"]["locked"] as? String == projection.first?["locked"] as? String)
        #expect(next[array: "kinds"].last?["paid"] as? String == "198.00")
    }
}
