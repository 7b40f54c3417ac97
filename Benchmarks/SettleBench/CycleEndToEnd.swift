import Foundation
import SettleKernel
import CycleModel
import SettleStore
import SettleSynthetic

/// `settle-bench cycle`: one day of the cycle program end to end against PostgreSQL (PG*
/// variables), after a year of orders, and the floor of issue 11 in the same database and run:
/// PostgreSQL alone reading the inputs the rules need and writing the day's lines.
struct CycleEndToEnd {
    let members: Int
    let orders: Int
    let settleBinary: String
    let database = "settle_bench_cycle"

    func run() throws {
        let (connection, today) = try freshDatabase(database)
        let day = today.advanced(by: -2)
        say(try machineLine(connection))
        var options = SyntheticShop.Options(members: members, orders: orders, lastDay: day)
        options.seed = 1
        let shop = measure("generate (in memory)") { SyntheticShop(options) }
        say("shop: \(members) members, \(orders) orders over the 365 days through \(day), seed 1")
        try measure("write inputs through COPY") { try SyntheticWriter.write(shop, plan: CyclePlan.defaultDocument, model: "cycle", to: connection) }
        try measure("a year of settled history") { try history(shop, before: day, connection: connection) }
        try connection.executeScript("VACUUM ANALYZE")

        say("\none cycle day (\(day)) after a year of orders, end to end:")
        let start = Date()
        let result = try ChildProcess.settle(settleBinary, ["run", "--model", "cycle", "--date", day.iso], database: database)
        let total = Date().timeIntervalSince(start)
        precondition(result.settled, "settle run failed: \(result.stderr)")
        let lines = try connection.scalar("SELECT count(*) FROM settle.day_lines WHERE model = 'cycle' AND settle_date = $1::date", [day.iso]) ?? "?"
        say(String(format: "   total %.2f s (process start to exit) · peak RSS %d MiB · %@ lines", total, result.peakRSSMiB, lines))
        say("   " + result.phases.map { "\($0.0) \(String(format: "%.2f", $0.1)) s" }.joined(separator: " · "))
        let floor = try self.floor(connection, day: day)
        say(String(format: "   job %.2f s · floor %.2f s · ratio %.2f", total, floor, total / floor))
    }

    /// Days before `day` settled, made directly: the plan from the shop's first day, a settled
    /// `day − 1`, and every member's paid total at a third of the quota its active orders give.
    func history(_ shop: SyntheticShop, before day: Day, connection: Connection) throws {
        let start = day.advanced(by: -366)
        let plans = PlanBook([.init(effectiveFrom: start, plan: try CyclePlan.parse(json: CyclePlan.defaultDocument, isKnownTimeZone: { _ in true }))])
        let terms = try CycleTerms(shop: try Shop(members: shop.members, orders: shop.orders), plans: plans)
        var state = CycleState(paidTotalFen: [Int64](repeating: 0, count: terms.memberCount))
        var granted = [Int64](repeating: 0, count: terms.memberCount)
        for position in terms.orders.indices where terms.activeFrom[position] < day.number {
            for grant in Int(terms.grantStart[position])..<Int(terms.grantStart[position + 1]) { granted[Int(terms.grantMember[grant])] += terms.grantQuotaFen[grant] }
        }
        for member in granted.indices { state.paidTotalFen[member] = granted[member] / 3 }
        try SyntheticWriter.cycleHistory(plan: CyclePlan.defaultDocument, start: start, settled: day.advanced(by: -1),
                                         paid: zip(shop.members.sorted { $0.id < $1.id }.map(\.id), state.paidTotalFen).filter { $0.1 > 0 },
                                         on: connection)
        // The tree as a settled program has seen it (a first run would record every member).
        try connection.execute("INSERT INTO settle.tree_seen SELECT 'cycle', id, referrer_id, $1::date FROM settle.members", [day.advanced(by: -1).iso])
        let maxId = terms.shop.tree.ids.last ?? 0
        try connection.execute("INSERT INTO settle.tree_digest VALUES ('cycle', $1, $2)", [String(maxId), InputDigest.tree(terms.shop, upTo: maxId)])
    }

    /// Issue 11's floor: COPY out `id, referrer_id` of the members and `id, member_id, amount,
    /// paid_at, refunded_at` of the orders, COPY in as many lines as the job wrote into a table
    /// with those columns and no index, commit.
    func floor(_ connection: Connection, day: Day) throws -> Double {
        var lines: [[UInt8]] = []
        try connection.execute("SELECT set_config('settle.day', $1, false)", [day.iso])
        try connection.copyOut("""
            COPY (SELECT settle_date, member_id, kind, entitled_fen, paid_fen FROM settle.day_lines
                  WHERE model = 'cycle' AND settle_date = current_setting('settle.day')::date) TO STDOUT
            """) { lines.append(Array($0)) }
        try connection.executeScript("""
            DROP TABLE IF EXISTS floor_lines;
            CREATE TABLE floor_lines (settle_date date, member_id bigint, kind smallint, entitled bigint, paid bigint);
            """)
        let start = Date()
        var bytes = 0
        try connection.copyOut("COPY (SELECT id, referrer_id FROM settle.members) TO STDOUT") { bytes += $0.count }
        try connection.copyOut("COPY (SELECT id, member_id, amount, paid_at, refunded_at FROM settle.orders) TO STDOUT") { bytes += $0.count }
        let read = Date().timeIntervalSince(start)
        try connection.execute("BEGIN")
        try connection.copyIn("COPY floor_lines FROM STDIN") { writer in for line in lines { try writer.raw(line) } }
        try connection.execute("COMMIT")
        let total = Date().timeIntervalSince(start)
        say(String(format: "   floor: read %.2f s (%d MiB) · write and commit %.2f s (%d lines)", read, bytes >> 20, total - read, lines.count))
        try connection.executeScript("DROP TABLE floor_lines")
        return total
    }
}
