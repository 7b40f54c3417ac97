import Foundation
import SettleKernel
import CycleModel
import SettleStore
import SettleSynthetic

/// `settle-bench cycle`: one day of the cycle program end to end against PostgreSQL (PG*
/// variables), after a year of orders and three settled days, against issue 27's floor in the same
/// database and run (`NightFloor`).
struct CycleEndToEnd {
    let members: Int
    let orders: Int
    let settleBinary: String
    let database = "settle_bench_cycle"

    func run() throws {
        let (connection, today) = try freshDatabase(database)
        let night = today.advanced(by: -2), first = night.advanced(by: -3)
        say(try machineLine(connection))
        var options = SyntheticShop.Options(members: members, orders: orders, lastDay: night.advanced(by: 1))   // the next night has revenue too
        options.seed = 1
        let shop = measure("generate (in memory)") { SyntheticShop(options) }
        say("shop: \(members) members, \(orders) orders over the 365 days through \(night.advanced(by: 1)), seed 1")
        try measure("write inputs through COPY") { try SyntheticWriter.write(shop, plan: CyclePlan.defaultDocument, model: "cycle", to: connection) }
        try measure("a year of settled history") { try history(shop, before: first, connection: connection) }
        try connection.executeScript("VACUUM ANALYZE")

        say("\nthree cycle days settled (\(first) to \(night.advanced(by: -1))), then the night of \(night) timed:")
        try timeNight(connection, model: "cycle", from: first, night: night, settle: settle)
        let next = night.advanced(by: 1)
        let checkpointNight = next.isCheckpoint ? " (a Thursday: it writes the weekly checkpoint of the paid totals)" : ""
        let sizeBeforeNext = try DatabaseSize(connection)
        let (nextTotal, nextResult) = try settle(next)
        say(String(format: "   the next night, %@%@: %.2f s · peak RSS %d MiB · database grew %d MiB", next.iso, checkpointNight, nextTotal,
                   nextResult.peakRSSMiB, (try DatabaseSize(connection).totalBytes - sizeBeforeNext.totalBytes) >> 20))
    }

    func settle(_ day: Day) throws -> (total: Double, result: ChildProcess.Result) {
        try ChildProcess.timedSettle(settleBinary, ["run", "--model", "cycle", "--date", day.iso], database: database)
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
}
