import Foundation
import Testing
import SettleKernel
import EquityModel
import SettleStore

/// The equity program through the real binary and its contract views (SPEC-equity §4), held to
/// the engine run on the fixture's own rows and requests.
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct EquityIntegrationTests {
    /// The seed's plan with a small issuance (the cap is reached) and quota 0.3× (members are forced out).
    static let plan = EquityPlan.defaultDocument
        .replacingOccurrences(of: "\"100000000\"", with: "\"400000\"")
        .replacingOccurrences(of: "\"exit_quota_multiplier\": \"2\"", with: "\"exit_quota_multiplier\": \"0.3\"")
        .replacingOccurrences(of: "[\"0.10\"]", with: "[\"0.10\", \"0.05\"]")

    func setUp(_ database: TestDatabase, _ shop: ShopFixture, plan: String = Self.plan) throws {
        try shop.write(to: database)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("equity-\(UUID().uuidString).json")
        try plan.write(to: file, atomically: true, encoding: .utf8)
        let stored = try database.settle(["plan", "set", "--model", "equity", "--effective-from", day1.iso, file.path])
        #expect(stored.status == 0, "\(stored.stderr)")
    }

    /// Requests of every kind by buyers, a few a day at 20:00 Shanghai time, written to the table.
    func requests(_ shop: ShopFixture, days: Int32, seed: Int64) -> [EquityRequestRow] {
        let buyers = Array(Set(shop.orders.map(\.memberId))).sorted()
        let kinds = ["sell", "goods", "to_constant", "from_constant", "sell"]
        var rows: [EquityRequestRow] = []
        for offset in 0..<days {
            let day = day1.advanced(by: offset)
            for slot in 0..<6 {
                let id = Int64(offset) * 10 + Int64(slot) + 1
                let member = buyers[Int((id * 7 + seed) % Int64(buyers.count))]
                let kind = kinds[Int((id + seed) % 5)]
                let at = shop.micros(day, 20, slot)
                rows.append(EquityRequestRow(id: id, memberId: member, kind: kind, pointsText: kind == "from_constant" ? nil : ["50", "1200.5", "30000"][slot % 3],
                                             amountFen: kind == "from_constant" ? [500_00, 90000_00][slot % 2] : nil, requestedAtMicros: at, day: day))
            }
        }
        return rows
    }

    func write(_ requests: [EquityRequestRow], _ shop: ShopFixture, to database: TestDatabase) throws {
        for request in requests {
            let minute = Int((request.requestedAtMicros / 60_000_000) % 60)
            try database.connect().execute("""
                INSERT INTO settle.equity_requests (id, member_id, kind, points, amount, requested_at) VALUES ($1, $2, $3, $4::numeric, $5::numeric, $6::timestamptz)
                """, [String(request.id), String(request.memberId), request.kind, request.pointsText, request.amountFen.map(Fen.format),
                      shop.text(request.day, 20, minute)])
        }
    }

    func expected(_ shop: ShopFixture, _ requests: [EquityRequestRow], _ days: ClosedRange<Day>, plan: String = Self.plan) throws -> [Day: EquityDayResult] {
        let parsed = try EquityPlan.parse(json: plan, isKnownTimeZone: { _ in true })
        let inputs = try EquityInputs(shop: try Shop(members: shop.members, orders: shop.orders), requests: requests,
                                      plans: PlanBook([.init(effectiveFrom: day1, plan: parsed)]))
        var state = EquityState(memberCount: inputs.memberCount)
        var results: [Day: EquityDayResult] = [:]
        for day in days { results[day] = EquityEngine.settle(day: day, inputs: inputs, state: &state) }
        return results
    }

    func equityLines(_ database: TestDatabase, on day: Day) throws -> [String] {
        try database.connect().query("""
            SELECT concat_ws(' ', l.member_id, l.kind, (l.points * 1000000)::bigint, (l.yuan * 100)::bigint)
            FROM settle.equity_lines l JOIN settle.line_kinds k ON k.model = 'equity' AND k.name = l.kind
            WHERE settle_date = $1::date ORDER BY l.member_id, k.kind
            """, [day.iso]).compactMap { $0[0] }
    }

    func text(_ lines: [EquityLine]) -> [String] { lines.map { "\($0.memberId) \($0.kind.name) \($0.pointsUnits) \($0.yuanFen)" } }

    @Test func daysSettledThroughTheBinaryEqualTheEngineInEveryView() throws {
        let database = try TestDatabase()
        var shop = ShopFixture(seed: 31, memberCount: 120, ordersPerMember: 3, firstDay: day1, days: 5)
        try setUp(database, shop)
        // Two orders paid on the first day are refunded on the third: that day's run reads their
        // gives from the table, by their paid day and id (migration 0028).
        let refunded = shop.orders.filter { $0.paidOn == day1 && $0.refundedOn == nil }.prefix(2).map(\.id)
        #expect(refunded.count == 2)
        for id in refunded { try shop.refund(id, on: day1.advanced(by: 2), in: database) }
        let requests = requests(shop, days: 6, seed: 3)
        try write(requests, shop, to: database)
        let days = day1...day1.advanced(by: 5)
        let expected = try expected(shop, requests, days)
        for day in days {
            let run = try database.settle(["run", "--model", "equity", "--date", day.iso])
            #expect(run.status == 0, "\(run.stderr)")
        }
        // The program reads each order's whole amount only: its days' digests are of the orders
        // as all cash (migration 0027), though some were paid partly with points.
        let whole = InputDigest.byDay(try Shop(members: shop.members, orders: shop.orders.map { order in
            var cash = order; cash.cashFen = order.amountFen; cash.pointsFen = 0; return cash
        }), days: days)
        #expect(shop.orders.contains { $0.pointsFen > 0 && days.contains($0.paidOn) })
        #expect(try database.connect().query("SELECT paid_digest FROM settle.days WHERE model = 'equity' ORDER BY settle_date").compactMap { $0[0] }
                == days.map { whole[$0]?.paidHex ?? DayDigest().paidHex })
        var kinds = Set<EquityKind>()
        for day in days {
            let result = try #require(expected[day])
            #expect(try equityLines(database, on: day) == text(result.lines), "\(day)")
            let book = result.figures.closing
            let row = try database.connect().query("""
                SELECT (pool * 100)::bigint, (supply * 1000000)::bigint, (reserve * 1000000)::bigint, (issued * 1000000)::bigint, price::text
                FROM settle.equity_days WHERE settle_date = $1::date
                """, [day.iso]).first ?? []
            #expect(row == [String(book.poolFen), String(book.supplyUnits), String(book.reserveUnits), String(book.issuedUnits),
                            book.price.display(unitsPerPoint: 1_000_000)], "\(day)")
            // The fills are not stored: the member report replays the day. The busiest member's
            // fills are the engine's, in order, and explain finds they add up to the stored lines.
            let busiest = try #require(Dictionary(grouping: result.fills, by: \.memberId)
                .max { ($0.value.count, $1.key) < ($1.value.count, $0.key) })
            let phone = ShopFixture.phone(busiest.key)
            let member = try database.settle(["report", "member", "--model", "equity", "--phone", phone, "--date", day.iso, "--format", "json"])
            let shown = try #require(try JSONSerialization.jsonObject(with: Data(member.stdout.utf8)) as? [String: Any])["fills"] as? [[String: Any]]
            #expect(shown?.map { "\($0["sequence"] ?? "") \($0["event"] ?? "") \($0["event_id"] ?? "") \($0["kind"] ?? "")" }
                    == busiest.value.map { "\($0.sequence) \($0.event.name) \($0.eventId) \($0.kind.name)" }, "\(day)")
            let explain = try database.settle(["explain", "--model", "equity", "--phone", phone, "--date", day.iso])
            #expect(explain.stdout.contains("the fills add up to the settled lines"), "\(day): \(explain.stdout)")
            kinds.formUnion(result.lines.map(\.kind))
        }
        #expect(kinds.isSuperset(of: [.buy, .referral, .capped, .sell, .goods, .exit, .fee, .toConstant, .fromConstant, .unfilled]), "\(kinds)")
        let held = try database.connect().scalar("SELECT (sum(holdings) * 1000000)::bigint FROM settle.equity_member_status")
        let last = try #require(expected[days.upperBound]?.figures.closing)
        #expect(held == String(last.supplyUnits - last.reserveUnits))
        // The constant points moved are the ledger's credits from the lines (issue 27): none stored,
        // each member's balance the sum of its to_constant and from_constant lines.
        let connection = try database.connect()
        #expect(try connection.scalar("SELECT count(*) FROM settle.ledger WHERE model = 'equity'") == "0")
        #expect(try connection.query("SELECT member_id, balance_fen FROM settle.balances WHERE currency = 'constant' AND balance_fen <> 0 ORDER BY 1")
                == connection.query("""
                    SELECT member_id, sum(paid_fen)::bigint FROM settle.day_lines WHERE model = 'equity' AND kind IN (9, 10)
                    GROUP BY 1 HAVING sum(paid_fen) <> 0 ORDER BY 1
                    """))
        let verify = try database.settle(["verify", "--model", "equity"])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(try database.settledDays().isEmpty, "the points program settled nothing")
    }
}

extension EquityIntegrationTests {
    @Test func aRequestAddedToASettledDayIsLateInputAndItsRerunChangesExactlyTheAffectedRows() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 32, memberCount: 80, ordersPerMember: 3, firstDay: day1, days: 4)
        try setUp(database, shop)
        var requests = requests(shop, days: 5, seed: 5)
        try write(requests, shop, to: database)
        let days = day1...day1.advanced(by: 4)
        for day in days { #expect(try database.settle(["run", "--model", "equity", "--date", day.iso]).status == 0) }
        var before: [Day: [String]] = [:]
        for day in days { before[day] = try equityLines(database, on: day) }
        let lateDay = day1.advanced(by: 2)
        let seller = try #require(expected(shop, requests, days)[lateDay]?.changes.first { $0.after.holdingsUnits > 0 })
        let late = EquityRequestRow(id: 999, memberId: seller.memberId, kind: "sell", pointsText: "1", amountFen: nil,
                                    requestedAtMicros: shop.micros(lateDay, 20, 30), day: lateDay)
        requests.append(late)
        try write([late], shop, to: database)
        let run = try database.settle(["run", "--model", "equity"])
        #expect(run.status == 5 && run.stderr.contains("\(lateDay.iso): requests made that day changed"), "\(run.status) \(run.stderr)")
        let verify = try database.settle(["verify", "--model", "equity"])
        #expect(verify.status == 3 && verify.stdout.contains("requests made that day changed"))
        let rerun = try database.settle(["rerun", "--model", "equity", "--date", lateDay.iso])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let settled = try database.connect().query("SELECT settle_date::text FROM settle.days WHERE model = 'equity' ORDER BY 1").compactMap { $0[0] }
        let expected = try expected(shop, requests, day1...Day(iso: try #require(settled.last))!)
        var changed = 0
        for day in days {
            let now = try equityLines(database, on: day)
            if day < lateDay { #expect(now == before[day], "days before the late request keep their rows") }
            #expect(now == text(try #require(expected[day]).lines), "\(day)")
            changed += Set(now).symmetricDifference(before[day] ?? []).count
        }
        #expect(changed > 0 && rerun.stdout.contains("rerun changed"), "the rerun names the lines it changed")
        // Each day's member rows are the state before it of the members it changed (0024: their
        // state after is their next day's before, or their current row).
        for day in days {
            let stored = try database.connect().query("""
                SELECT member_id, holdings_before_units, quota_before_fen, bound_before FROM settle.equity_member_days
                WHERE settle_date = $1::date ORDER BY 1
                """, [day.iso]).map { $0.compactMap { $0 }.joined(separator: " ") }
            let wanted = try #require(expected[day]).changes.map { "\($0.memberId) \($0.before.holdingsUnits) \($0.before.quotaFen) \($0.before.bound ? "t" : "f")" }
            #expect(stored == wanted, "member rows of \(day)")
        }
        #expect(try database.settle(["verify", "--model", "equity"]).status == 0)
    }

    /// Migration 0026: a day's undo log is stored 8,192 members a row. With more members changed
    /// in a day than a row holds, the rows give back the engine's changes in member order (through
    /// the view), and a member's holding at the end of the first day is found in the second day's
    /// rows (`report member --date`: the "before" of its next change).
    @Test func aDayOfManyChangedMembersIsStoredInChunks() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 36, memberCount: 30_000, ordersPerMember: 2, firstDay: day1, days: 2)
        let plan = EquityPlan.defaultDocument
        try setUp(database, shop, plan: plan)
        let day2 = day1.advanced(by: 1)
        let expected = try expected(shop, [], day1...day2, plan: plan)
        for day in day1...day2 {
            let run = try database.settle(["run", "--model", "equity", "--date", day.iso])
            #expect(run.status == 0, "\(day): \(run.stderr)")
        }
        let connection = try database.connect()
        for day in day1...day2 {
            let changes = try #require(expected[day]).changes
            let rows = try connection.query("""
                SELECT cardinality(member_ids) FROM settle.equity_member_day_chunks WHERE settle_date = $1::date ORDER BY chunk
                """, [day.iso]).compactMap { $0[0] }
            #expect(rows == MemberChunks.chunks(changes.count).map { String($0.positions.count) }, "\(day): \(changes.count) members")
            let stored = try connection.query("""
                SELECT member_id, holdings_before_units, quota_before_fen, bound_before FROM settle.equity_member_days
                WHERE settle_date = $1::date ORDER BY 1
                """, [day.iso]).map { $0.compactMap { $0 }.joined(separator: " ") }
            #expect(stored == changes.map { "\($0.memberId) \($0.before.holdingsUnits) \($0.before.quotaFen) \($0.before.bound ? "t" : "f")" })
        }
        #expect(try #require(expected[day1]).changes.count > MemberChunks.size, "more changed than a row holds")
        // Members changed on both days, the last of day 2's: in its last row.
        let later = Dictionary(uniqueKeysWithValues: try #require(expected[day2]).changes.map { ($0.memberId, $0) })
        let both = try #require(expected[day1]).changes.filter { later[$0.memberId] != nil }.suffix(3)
        #expect(!both.isEmpty)
        for change in both {
            let report = try database.settle(["report", "member", "--model", "equity", "--phone", ShopFixture.phone(change.memberId),
                                               "--date", day1.iso, "--format", "json"])
            let json = try #require((try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])?["member"] as? [String: Any],
                                    "\(report.stderr)")
            #expect(json["holdings"] as? String == ExactDecimal.format(change.after.holdingsUnits, scaleDigits: 6), "\(change.memberId): \(json)")
            #expect(json["quota"] as? String == Fen.format(change.after.quotaFen), "\(change.memberId)")
        }
    }

    @Test func aBadRequestIsNamedAndNothingIsWritten() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 33, memberCount: 30, firstDay: day1, days: 2)
        try setUp(database, shop, plan: Self.plan.replacingOccurrences(of: "\"point_decimals\": 6", with: "\"point_decimals\": 2"))
        let member = try #require(shop.orders.first?.memberId)
        try database.connect().execute("""
            INSERT INTO settle.equity_requests (id, member_id, kind, points, requested_at) VALUES (77, $1, 'sell', 1.005, $2::timestamptz)
            """, [String(member), shop.text(day1, 12, 0)])
        let counts = try database.rowCounts()
        let run = try database.settle(["run", "--model", "equity", "--date", day1.iso])
        #expect(run.status == 3 && run.stderr.contains("request 77: points 1.005000 must be above 0 with at most 2 decimals"), "\(run.stderr)")
        #expect(try database.rowCounts() == counts, "nothing written")
    }

    @Test func reportsRenderInEveryFormatAndTamperingIsFound() throws {
        let database = try TestDatabase()
        let shop = ShopFixture(seed: 34, memberCount: 60, firstDay: day1, days: 3)
        try setUp(database, shop)
        try write(requests(shop, days: 3, seed: 1), shop, to: database)
        for day in day1...day1.advanced(by: 2) { #expect(try database.settle(["run", "--model", "equity", "--date", day.iso]).status == 0) }
        let member = try #require(shop.orders.first?.memberId)
        for command in [["report", "day"], ["report", "member", "--phone", ShopFixture.phone(member)],
                        ["explain", "--phone", ShopFixture.phone(member)], ["report", "liability"], ["verify"]] {
            let json = try database.settle(command + ["--model", "equity", "--format", "json"])
            #expect(json.status == 0, "\(command): \(json.stderr)")
            #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil, "\(command) prints JSON")
            let csv = try database.settle(command + ["--model", "equity", "--format", "csv"])
            #expect(csv.status == 0 && csv.stdout.contains("\r\n"), "\(command) prints CSV")
        }
        let explain = try database.settle(["explain", "--model", "equity", "--phone", ShopFixture.phone(member), "--date", day1.iso])
        #expect(explain.stdout.contains("the fills add up to the settled lines"), "\(explain.stdout)")
        try database.connect().execute("""
            UPDATE settle.day_lines SET entitled_fen = entitled_fen + 1
            WHERE model = 'equity' AND (settle_date, member_id, kind) = (SELECT settle_date, member_id, kind FROM settle.day_lines
                                                                          WHERE model = 'equity' ORDER BY 1, 2, 3 LIMIT 1)
            """)
        let verify = try database.settle(["verify", "--model", "equity"])
        #expect(verify.status == 3 && verify.stdout.contains("replay") && verify.stdout.contains("conservation"), "\(verify.stdout)")
    }
}
