import Foundation
import Testing
import SettleKernel
import CycleModel

/// The cycle program through the real binary and its contract views (SPEC-cycle §4), held to the
/// engine run on the fixture's own rows.
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct CycleIntegrationTests {
    /// A plan with small weights and quotas so that levels fill and quotas run out within days.
    static let plan = """
    {"timezone": "Asia/Shanghai", "variant": "basic", "entry_lag_days": 1, "quota_multiplier": "0.05",
     "yuan_per_weight": "100", "weight_decimals": 2, "referral_weight_rates": ["0.5", "0.25"],
     "referral_quota_multipliers": ["0.01"], "weighted_pool_rate": "0.30", "level_pool_rate": "0.10",
     "levels": [{"name": "V1", "min_weight": "10", "share": "0.2"}, {"name": "V2", "min_weight": "100", "share": "0.3"},
                {"name": "V3", "min_weight": "100000", "share": "0.5"}]}
    """

    func setUp(_ database: TestDatabase, _ shop: ShopFixture) throws {
        try shop.write(to: database)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cycle-\(UUID().uuidString).json")
        try Self.plan.write(to: file, atomically: true, encoding: .utf8)
        let stored = try database.settle(["plan", "set", "--model", "cycle", "--effective-from", day1.iso, file.path])
        #expect(stored.status == 0, "\(stored.stderr)")
    }

    /// The engine's lines and figures for `days`, from no history, on the fixture's rows.
    func expected(_ shop: ShopFixture, _ days: ClosedRange<Day>) throws -> [Day: CycleDayResult] {
        let plan = try CyclePlan.parse(json: Self.plan, isKnownTimeZone: { _ in true })
        let terms = try CycleTerms(shop: try Shop(members: shop.members, orders: shop.orders), plans: PlanBook([.init(effectiveFrom: day1, plan: plan)]))
        var state = CycleState(paidTotalFen: [Int64](repeating: 0, count: terms.memberCount))
        var results: [Day: CycleDayResult] = [:]
        for day in days { results[day] = CycleEngine.settle(day: day, terms: terms, state: &state) }
        return results
    }

    func cycleLines(_ database: TestDatabase, on day: Day) throws -> [String] {
        try database.connect().query("""
            SELECT concat_ws(' ', member_id, kind, (entitled * 100)::bigint, (paid * 100)::bigint) FROM settle.cycle_lines
            WHERE settle_date = $1::date ORDER BY member_id, kind DESC
            """, [day.iso]).compactMap { $0[0] }
    }

    func text(_ lines: [CycleLine]) -> [String] { lines.map { "\($0.memberId) \($0.kind.name) \($0.entitledFen) \($0.paidFen)" } }

    /// The program that makes a day's table leaves its name out of the rows (the table's default,
    /// `fresh_day_partition`'s `program`); a second program settling the same day names itself.
    /// Either way round, each program's lines are its run's.
    @Test func twoProgramsOnOneDayEachNameTheirOwnLines() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 23, memberCount: 60, ordersPerMember: 2, firstDay: day1, days: 3)
        try setUp(database, shop)
        for (day, order) in [(day1.advanced(by: 1), ["cycle", "points"]), (day1.advanced(by: 2), ["points", "cycle"])] {
            for model in order {
                let run = try database.settle(["run", "--model", model, "--date", day.iso])
                #expect(run.status == 0, "\(model) \(day): \(run.stderr)")
            }
            let stored = try database.connect().query("""
                SELECT model, count(*)::text FROM settle.day_lines WHERE settle_date = $1::date GROUP BY model ORDER BY model
                """, [day.iso])
            let runs = try database.connect().query("""
                SELECT model, line_count::text FROM settle.runs WHERE settle_date = $1::date AND line_count > 0 ORDER BY model
                """, [day.iso])
            #expect(stored.count == 2 && stored == runs, "\(day): \(stored) against \(runs)")
        }
    }

    @Test func daysSettledThroughTheBinaryEqualTheEngineInEveryView() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 21, memberCount: 120, ordersPerMember: 3, firstDay: day1, days: 5)
        try setUp(database, shop)
        let days = day1...day1.advanced(by: 6)
        let expected = try expected(shop, days)
        for day in days { #expect(try database.settle(["run", "--model", "cycle", "--date", day.iso]).status == 0) }
        var cut = 0
        for day in days {
            let result = try #require(expected[day])
            #expect(try cycleLines(database, on: day) == text(result.lines), "\(day)")
            let row = try database.connect().query("""
                SELECT (revenue * 100)::bigint, (weighted_pool * 100)::bigint, (weighted_paid * 100)::bigint, (level_pool * 100)::bigint,
                       (level_paid * 100)::bigint, (returned * 100)::bigint FROM settle.cycle_days WHERE settle_date = $1::date
                """, [day.iso]).first?.compactMap { $0.flatMap { Int64($0) } }
            let f = result.figures
            #expect(row == [f.revenueFen, f.weightedPoolFen, f.weightedPaidFen, f.levelPoolFen, f.levelPaidFen, f.returnedFen], "\(day)")
            cut += result.lines.filter { $0.paidFen < $0.entitledFen }.count
        }
        #expect(cut > 0, "some quota ran out, so payment capped by quota is covered")
        #expect(try database.connect().scalar("SELECT count(DISTINCT kind) FROM settle.cycle_lines") == "2")
        // The member app's view agrees with the engine's paid totals.
        let paid = try database.connect().scalar("SELECT (sum(quota_paid) * 100)::bigint FROM settle.cycle_member_status")
        #expect(paid == String(expected.values.flatMap(\.lines).reduce(0) { $0 + $1.paidFen }))
        #expect(try database.settle(["verify", "--model", "cycle"]).status == 0)
        #expect(try database.settledDays().isEmpty, "the points program settled nothing")
    }

    @Test func aLateRefundIsNamedAndItsRerunChangesExactlyTheAffectedRows() throws {
        let database = try TestDatabase()
        var shop = ShopFixture(seed: 22, memberCount: 80, ordersPerMember: 3, firstDay: day1, days: 4)
        try setUp(database, shop)
        let days = day1...day1.advanced(by: 5)
        for day in days { #expect(try database.settle(["run", "--model", "cycle", "--date", day.iso]).status == 0) }
        let order = try #require(shop.orders.filter { $0.paidOn == day1.advanced(by: 1) }.first)
        let refundDay = day1.advanced(by: 2)
        var before: [Day: [String]] = [:]
        for day in days { before[day] = try cycleLines(database, on: day) }
        try shop.refund(order.id, on: refundDay, in: database)
        let verify = try database.settle(["verify", "--model", "cycle"])
        #expect(verify.status == 3 && verify.stdout.contains("\(refundDay.iso): refunds made that day changed"))
        let rerun = try database.settle(["rerun", "--model", "cycle", "--date", refundDay.iso])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let expected = try expected(shop, days)
        for day in days {
            let now = try cycleLines(database, on: day)
            if day < refundDay { #expect(now == before[day], "days before the refund keep their rows") }
            #expect(now == text(expected[day]!.lines), "\(day)")
        }
        #expect(try database.settle(["verify", "--model", "cycle"]).status == 0)
    }

    @Test func programsSettleSideBySideAndReportsRenderInEveryFormat() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 23, memberCount: 60, firstDay: day1, days: 3)
        try setUp(database, shop)
        let dry = try database.settle(["run", "--date", day1.iso, "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.contains("settle run --model cycle · dry run"))
        let counts = try database.rowCounts()
        #expect(try database.settle(["run", "--date", day1.iso, "--dry-run"]).status == 0)
        #expect(try database.rowCounts() == counts)
        let both = try database.settle(["run", "--date", day1.iso])
        #expect(both.status == 0 && both.stdout.contains("settle run · 1 day(s) settled") && both.stdout.contains("settle run --model cycle · 1 day(s)"))
        #expect(try database.connect().scalar("SELECT count(*) FROM settle.days") == "2")
        #expect(try database.connect().scalar("SELECT count(*) FROM settle.settlement_lines WHERE kind IN ('weighted', 'level')") == "0")
        let member = try #require(shop.orders.first?.memberId)
        for command in [["report", "day"], ["report", "member", "--phone", ShopFixture.phone(member)],
                        ["explain", "--phone", ShopFixture.phone(member)], ["report", "liability", "--days", "3"], ["verify"]] {
            let json = try database.settle(command + ["--model", "cycle", "--format", "json"])
            #expect(json.status == 0, "\(command): \(json.stderr)")
            #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil, "\(command) prints JSON")
            let csv = try database.settle(command + ["--model", "cycle", "--format", "csv"])
            #expect(csv.status == 0 && csv.stdout.contains("\r\n"), "\(command) prints CSV")
        }
        let explain = try database.settle(["explain", "--model", "cycle", "--phone", ShopFixture.phone(member)])
        #expect(explain.stdout.contains("the settled lines say the same"))
    }

    @Test func refusalsNameTheFieldAndTamperingIsFound() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 24, memberCount: 40, firstDay: day1, days: 2)
        try setUp(database, shop)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cycle-bad-\(UUID().uuidString).json")
        try Self.plan.replacingOccurrences(of: "\"basic\"", with: "\"extended\"").write(to: file, atomically: true, encoding: .utf8)
        let refused = try database.settle(["plan", "set", "--model", "cycle", "--effective-from", day1.advanced(by: 5).iso, file.path])
        #expect(refused.status == 3 && refused.stderr.contains("plan field referral_quota_multipliers: must be empty in the extended variant"))
        try CyclePlan.extendedDocument.write(to: file, atomically: true, encoding: .utf8)
        let decimals = try database.settle(["plan", "set", "--model", "cycle", "--effective-from", day1.advanced(by: 5).iso, file.path])
        #expect(decimals.status == 3 && decimals.stderr.contains("plan field weight_decimals: must stay 2"), "\(decimals.stderr)")
        // Through Thursday day1 + 3: that night writes a checkpoint of the paid totals, which the tampered line then contradicts.
        for day in day1...day1.advanced(by: 3) { #expect(try database.settle(["run", "--model", "cycle", "--date", day.iso]).status == 0) }
        try database.connect().execute("""
            UPDATE settle.day_lines SET paid_fen = paid_fen - 1
            WHERE model = 'cycle' AND (settle_date, member_id, kind) = (SELECT settle_date, member_id, kind FROM settle.day_lines
                                                                         WHERE model = 'cycle' AND paid_fen > 0 ORDER BY 1, 2, 3 LIMIT 1)
            """)
        let verify = try database.settle(["verify", "--model", "cycle", "--format", "json"])
        #expect(verify.status == 3)
        for check in ["\"replay\"", "\"paid totals\"", "\"day totals\""] { #expect(verify.stdout.contains(check), "\(check) names the tampered line") }
    }

    /// Issue 27: no paid total is rewritten nightly. A checkpoint of every member's total is
    /// written on Thursdays; a total is the latest checkpoint plus the lines since, through a
    /// catch-up, single nights and a rerun across a checkpoint.
    @Test func paidTotalsAreWeeklyCheckpointsPlusTheLinesSince() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 25, memberCount: 90, ordersPerMember: 3, firstDay: day1, days: 12)
        try setUp(database, shop)
        let days = day1...day1.advanced(by: 16)
        let expected = try expected(shop, days)
        let thursdays = days.filter(\.isCheckpoint)
        #expect(thursdays.map(\.iso) == ["2026-03-05", "2026-03-12"])
        var checkpointRows: [String] = []
        for day in days {
            #expect(try database.settle(["run", "--model", "cycle", "--date", day.iso]).status == 0)
            let rows = try database.connect().scalar("SELECT count(*) FROM settle.cycle_paid_checkpoints") ?? ""
            if !thursdays.contains(day) { #expect(rows == checkpointRows.last ?? "0", "\(day): no checkpoint row is written or rewritten") }
            checkpointRows.append(rows)
        }
        func paidThrough(_ last: Day) -> [String] {
            var paid: [Int64: Int64] = [:]
            for day in days where day <= last { for line in expected[day]!.lines { paid[line.memberId, default: 0] += line.paidFen } }
            return paid.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        }
        func checkpoint(_ day: Day) throws -> [String] {
            try database.connect().query("""
                SELECT concat_ws(' ', member_id, paid_total_fen) FROM settle.cycle_paid_checkpoints WHERE as_of = $1::date ORDER BY member_id
                """, [day.iso]).compactMap { $0[0] }
        }
        let totalsView = "SELECT concat_ws(' ', member_id, paid_total_fen) FROM settle.cycle_paid_totals ORDER BY member_id"
        for day in thursdays { #expect(try checkpoint(day) == paidThrough(day), "the checkpoint of \(day) holds the totals through it") }
        #expect(!paidThrough(thursdays[0]).isEmpty)
        #expect(try database.connect().query(totalsView).compactMap { $0[0] } == paidThrough(days.upperBound))
        // A rerun from before the second checkpoint reads the first, rewrites the second, changes nothing.
        let lines = try days.map { try cycleLines(database, on: $0) }
        let rerun = try database.settle(["rerun", "--model", "cycle", "--date", day1.advanced(by: 9).iso])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try days.map { try cycleLines(database, on: $0) } == lines)
        for day in thursdays { #expect(try checkpoint(day) == paidThrough(day)) }
        #expect(try database.connect().query(totalsView).compactMap { $0[0] } == paidThrough(days.upperBound))
        #expect(try database.settle(["verify", "--model", "cycle"]).status == 0)
        // A checkpoint that disagrees with the lines is named by verify.
        try database.connect().execute("""
            UPDATE settle.cycle_paid_checkpoint_chunks SET paid_total_fen[cardinality(paid_total_fen)] = paid_total_fen[cardinality(paid_total_fen)] + 1
            WHERE (as_of, chunk) = (SELECT as_of, chunk FROM settle.cycle_paid_checkpoint_chunks ORDER BY 1 DESC, 2 DESC LIMIT 1)
            """)
        let verify = try database.settle(["verify", "--model", "cycle"])
        #expect(verify.status == 3 && verify.stdout.contains("settle.cycle_paid_checkpoints says"), "\(verify.stdout)")
    }

    /// Migration 0025: a checkpoint is stored 8,192 members a row, as two arrays. With more paid
    /// members than a row holds, the Thursday writes several rows in member order, the Friday reads
    /// them (and the lines since) and settles what the engine settles from no history, and a
    /// checkpoint naming a member out of order is refused by the next night's read.
    @Test func aCheckpointOfManyMembersIsStoredInChunksAndReadBack() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 31, memberCount: 30_000, ordersPerMember: 1, firstDay: day1, days: 3)
        try setUp(database, shop)
        let thursday = Day(iso: "2026-03-05")!, friday = thursday.advanced(by: 1)
        #expect(thursday.isCheckpoint)
        let expected = try expected(shop, day1...friday)
        for day in day1...friday {
            let run = try database.settle(["run", "--model", "cycle", "--date", day.iso])
            #expect(run.status == 0, "\(day): \(run.stderr)")
        }
        let connection = try database.connect()
        let chunks = try connection.query("""
            SELECT chunk, cardinality(member_ids) FROM settle.cycle_paid_checkpoint_chunks WHERE as_of = $1::date ORDER BY chunk
            """, [thursday.iso]).map { $0.compactMap { $0 } }
        #expect(chunks.count >= 2 && chunks.dropLast().allSatisfy { $0.last == "8192" }, "\(chunks)")
        #expect(chunks.map { $0[0] } == chunks.indices.map(String.init), "chunks numbered from 0")
        let outOfOrder = try connection.scalar("""
            SELECT count(*) FROM (SELECT u.member_id, lag(u.member_id) OVER (ORDER BY c.chunk, u.position) AS previous
                                  FROM settle.cycle_paid_checkpoint_chunks c, unnest(c.member_ids) WITH ORDINALITY u(member_id, position)
                                  WHERE c.as_of = $1::date) m
            WHERE m.previous >= m.member_id
            """, [thursday.iso])
        #expect(outOfOrder == "0", "member ids ascend across the chunks")
        let differing = try connection.scalar("""
            SELECT count(*) FROM (SELECT member_id, paid_total_fen FROM settle.cycle_paid_checkpoints WHERE as_of = $1::date) p
            FULL JOIN (SELECT member_id, sum(paid_fen) AS paid FROM settle.day_lines
                       WHERE model = 'cycle' AND settle_date <= $1::date GROUP BY member_id HAVING sum(paid_fen) > 0) l USING (member_id)
            WHERE p.paid_total_fen IS DISTINCT FROM l.paid
            """, [thursday.iso])
        #expect(differing == "0", "the checkpoint holds the lines' totals through its day")
        #expect(try cycleLines(database, on: friday) == text(expected[friday]!.lines),
                "the night after reads the chunks and settles as the engine does")
        #expect(try database.settle(["verify", "--model", "cycle"]).status == 0)
        // Two ids swapped in the first chunk: the next night's read names the checkpoint and writes nothing.
        try connection.execute("""
            UPDATE settle.cycle_paid_checkpoint_chunks SET member_ids = ARRAY[member_ids[2], member_ids[1]] || member_ids[3:]
            WHERE as_of = $1::date AND chunk = 0
            """, [thursday.iso])
        let refused = try database.settle(["run", "--model", "cycle", "--date", friday.advanced(by: 1).iso])
        #expect(refused.status != 0 && refused.stderr.contains("out of order or twice"), "\(refused.status) \(refused.stderr)")
        #expect(try connection.scalar("SELECT count(*) FROM settle.days WHERE model = 'cycle' AND settle_date > $1::date", [friday.iso]) == "0")
    }
}
