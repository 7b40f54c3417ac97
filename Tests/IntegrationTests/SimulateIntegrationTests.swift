import Foundation
import Testing
import SettleKernel
import PointsModel
import CycleModel
import EquityModel

/// `settle simulate` for every program, on one shop settled six days by all three (equity with
/// its members' requests): the stored plan shows no difference, a candidate's figures are those
/// of the same days rerun with the candidate stored, and simulating writes nothing and takes no lock.
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct SimulateIntegrationTests {
    static let day1 = Day(iso: "2026-03-01")!
    static let last = day1.advanced(by: 5)
    static let from = day1.advanced(by: 2)

    /// The stored plan of each program, and a candidate that pays otherwise.
    static let plans: [String: (stored: String, candidate: String)] = [
        "points": (Plan.defaultDocument, Plan.defaultDocument.replacingOccurrences(of: "\"0.012\"", with: "\"0.010\"")),
        "cycle": (CyclePlan.defaultDocument, CyclePlan.defaultDocument.replacingOccurrences(of: "\"weighted_pool_rate\": \"0.30\"", with: "\"weighted_pool_rate\": \"0.20\"")),
        "equity": (EquityIntegrationTests.plan, EquityIntegrationTests.plan.replacingOccurrences(of: "\"buyer_rate\": \"0.70\"", with: "\"buyer_rate\": \"0.50\"")),
    ]

    static func file(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).json")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static func settledShop() throws -> TestDatabase {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 41, memberCount: 120, ordersPerMember: 3, firstDay: day1, days: 5)
        let equity = EquityIntegrationTests()
        try equity.setUp(database, shop)
        try equity.write(equity.requests(shop, days: 6, seed: 5), shop, to: database)
        for model in ["points", "cycle"] {
            let stored = try database.settle(["plan", "set", "--model", model, "--effective-from", day1.iso, try file(plans[model]!.stored)])
            #expect(stored.status == 0, "\(stored.stderr)")
        }
        for offset in 0...5 {
            let run = try database.settle(["run", "--date", day1.advanced(by: Int32(offset)).iso, "--quiet"])
            #expect(run.status == 0, "\(run.stderr)")
        }
        return database
    }

    static func simulate(_ database: TestDatabase, _ model: String, _ plan: String, _ extra: [String]) throws -> [String: Any] {
        let result = try database.settle(["simulate", "--model", model, "--plan", try file(plan), "--format", "json", "--top", "1000"] + extra)
        #expect(result.status == 0, "\(model): \(result.stderr)")
        return SmallShop.json(result.stdout)
    }

    static func amountKeys(_ model: String) -> (String, String) { model == "equity" ? ("points", "yuan") : ("entitled", "paid") }

    @Test(arguments: ["points", "cycle", "equity"])
    func theStoredPlanShowsNoDifference(model: String) throws {
        let database = try Self.settledShop()
        let (a, b) = Self.amountKeys(model)
        for extra in [["--from", Self.from.iso], ["--ahead", "4"], ["--ahead", "4", "--new-orders", "pace"]] {
            let report = try Self.simulate(database, model, Self.plans[model]!.stored, extra)
            let days = report[array: "days"]
            #expect(!days.isEmpty || extra == ["--ahead", "4"], "\(model) \(extra): lines to compare")
            for row in days {
                #expect(row["settled_\(a)"] as? String == row["simulated_\(a)"] as? String && row["settled_\(b)"] as? String == row["simulated_\(b)"] as? String,
                        "\(model) \(extra): \(row)")
            }
            #expect(report[array: "members"].isEmpty, "\(model) \(extra)")
            let summary = report[object: "summary"]
            for (key, value) in summary where key.hasPrefix("settled_") {
                #expect("\(value)" == "\(summary["simulated_" + key.dropFirst("settled_".count)] ?? "none")", "\(model) \(extra): \(key)")
            }
            #expect(summary["settled_liability"] != nil)
        }
    }

    /// The candidate's figures are what the days give when the candidate is stored from D and
    /// the days rerun (the same database, after simulating).
    @Test(arguments: ["points", "cycle", "equity"])
    func aCandidatesFiguresAreThoseOfTheDaysRerunUnderIt(model: String) throws {
        let database = try Self.settledShop()
        let (a, b) = Self.amountKeys(model)
        let candidate = Self.plans[model]!.candidate
        let report = try Self.simulate(database, model, candidate, ["--from", Self.from.iso])
        let days = report[array: "days"]
        #expect(days.contains { $0["settled_\(b)"] as? String != $0["simulated_\(b)"] as? String }, "\(model): the candidate pays otherwise")

        let connection = try database.connect()
        try connection.execute("DELETE FROM settle.plan_versions WHERE model = $1 AND effective_from >= $2::date", [model, Self.from.iso])
        try connection.execute("INSERT INTO settle.plan_versions (model, effective_from, document) VALUES ($1, $2::date, $3)",
                               [model, Self.from.iso, candidate])
        let rerun = try database.settle(["rerun", "--model", model, "--date", Self.from.iso, "--quiet"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let decimals = model == "equity" ? 6 : 2
        let stored = try connection.query("""
            SELECT settle_date::text, k.name, sum(entitled_fen)::bigint, sum(paid_fen)::bigint FROM settle.day_lines l
            JOIN settle.line_kinds k ON k.model = l.model AND k.kind = l.kind
            WHERE l.model = $1 AND settle_date >= $2::date GROUP BY 1, 2, l.kind ORDER BY 1, l.kind
            """, [model, Self.from.iso]).map { "\($0[0]!) \($0[1]!) \(ExactDecimal.format(Int64($0[2]!)!, scaleDigits: decimals)) \(Fen.format(Int64($0[3]!)!))" }
        let simulated = days.compactMap { row -> String? in
            guard let first = row["simulated_\(a)"] as? String, let second = row["simulated_\(b)"] as? String else { return nil }
            return "\(row["date"] as? String ?? "?") \(row["kind"] as? String ?? "?") \(first) \(second)"
        }
        #expect(simulated == stored, "\(model)")
        let members = try connection.query("""
            SELECT member_id, sum(paid_fen)::bigint FROM settle.day_lines WHERE model = $1 AND settle_date >= $2::date GROUP BY 1
            """, [model, Self.from.iso])
        var paid: [Int: String] = [:]
        for row in members { paid[Int(row[0]!)!] = Fen.format(Int64(row[1]!)!) }
        for row in report[array: "members"] {
            let id = row["member_id"] as? Int ?? 0
            #expect(row["simulated"] as? String == (paid[id] ?? "0.00"), "\(model): member \(id)")
        }
        let total = try connection.scalar("SELECT sum(paid_fen)::bigint FROM settle.day_lines WHERE model = $1 AND settle_date >= $2::date",
                                          [model, Self.from.iso])
        #expect(report[object: "summary"]["simulated_\(b)"] as? String == Fen.format(Int64(total ?? "0") ?? 0))
    }

    @Test func simulatingWritesNothingTakesNoLockAndRefusesBadInput() throws {
        let database = try Self.settledShop()
        let before = try database.rowCounts()
        let holder = try database.connect()
        try holder.execute("SELECT pg_advisory_lock(\(0x5E77_1E00))")          // the points program's settlement lock
        let chart = FileManager.default.temporaryDirectory.appendingPathComponent("simulate-\(UUID().uuidString).svg")
        let slower = Self.plans["points"]!.candidate
        let ahead = try database.settle(["simulate", "--plan", try Self.file(slower), "--ahead", "7", "--new-orders", "pace",
                                         "--chart", chart.path, "--format", "json"])
        #expect(ahead.status == 0, "a held lock does not stop it: \(ahead.stderr)")
        #expect(SmallShop.json(ahead.stdout)[array: "liability"].count == 7)
        #expect(try String(contentsOf: chart, encoding: .utf8).contains("candidate"))
        let csv = try database.settle(["simulate", "--plan", try Self.file(slower), "--from", Self.day1.iso, "--format", "csv"])
        #expect(csv.status == 0 && ["simulate.summary", "simulate.days", "simulate.members"].allSatisfy(csv.stdout.contains), "\(csv.stdout.prefix(300))")
        try holder.execute("SELECT pg_advisory_unlock_all()")
        #expect(try database.rowCounts() == before, "nothing written")

        let bad = try database.settle(["simulate", "--plan", try Self.file(Plan.defaultDocument.replacingOccurrences(of: "\"0.012\"", with: "\"-1\"")),
                                       "--from", Self.from.iso])
        #expect(bad.status == 3 && bad.stderr.contains("daily_release_rate"), "\(bad.stderr)")
        let plan = try Self.file(Plan.defaultDocument)
        #expect(try database.settle(["simulate", "--plan", plan, "--from", "2026-02-01"]).status == 4, "before the first settled day")
        #expect(try database.settle(["simulate", "--plan", plan, "--from", Self.from.iso, "--to", "2026-04-01"]).status == 4, "after the last")
        #expect(try database.settle(["simulate", "--plan", plan, "--from", Self.from.iso, "--ahead", "3"]).status == 2)
        #expect(try database.settle(["simulate", "--plan", plan, "--from", Self.from.iso, "--new-orders", "pace"]).status == 2)
        #expect(try database.settle(["simulate", "--plan", plan, "--from", "2026-02-30"]).status == 2)
    }
}
