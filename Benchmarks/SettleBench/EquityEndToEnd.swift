import Foundation
import SettleKernel
import EquityModel
import SettleStore
import SettleSynthetic

/// `settle-bench equity`: one day of the equity program end to end against PostgreSQL (PG*
/// variables) after a year of purchases and three settled days, with `requests` member requests
/// on the timed night, against issue 27's floor in the same database and run (`NightFloor`).
struct EquityEndToEnd {
    let members: Int
    let orders: Int
    let requests: Int
    let settleBinary: String
    let database = "settle_bench_equity"

    func run() throws {
        let (connection, today) = try freshDatabase(database)
        let night = today.advanced(by: -2), first = night.advanced(by: -3), start = night.advanced(by: -366)
        say(try machineLine(connection))
        var options = SyntheticShop.Options(members: members, orders: orders, lastDay: night)
        options.seed = 1
        let shop = measure("generate (in memory)") { SyntheticShop(options) }
        say("shop: \(members) members, \(orders) orders over the 365 days through \(night), seed 1; \(requests) requests on \(night)")
        try measure("write inputs through COPY") { try SyntheticWriter.write(shop, plan: EquityPlan.defaultDocument, model: "equity", to: connection) }
        try connection.execute("UPDATE settle.plan_versions SET effective_from = $1::date WHERE model = 'equity'", [start.iso])
        let inputs = try measure("a year replayed in memory") { try history(shop, start: start, before: first, connection: connection) }
        try measure("the night's requests through COPY") { try writeRequests(inputs.state, inputs.shop, day: night, connection: connection) }
        try connection.executeScript("VACUUM ANALYZE")

        say("\nthree equity days settled (\(first) to \(night.advanced(by: -1))), then the night of \(night) timed:")
        try timeNight(connection, model: "equity", from: first, night: night, settle: settle)
    }

    func settle(_ day: Day) throws -> (total: Double, result: ChildProcess.Result) {
        try ChildProcess.timedSettle(settleBinary, ["run", "--model", "equity", "--date", day.iso], database: database)
    }

    /// Every day from `start` to `before − 1` settled in memory with the engine, then the state at
    /// the end of `before − 1` written as the program's own rows would hold it.
    func history(_ shop: SyntheticShop, start: Day, before day: Day, connection: Connection) throws -> (shop: Shop, state: EquityState) {
        let plan = try EquityPlan.parse(json: EquityPlan.defaultDocument, isKnownTimeZone: { _ in true })
        let rows = shop.orders.map { order in
            var row = order
            row.refundedAtMicros = order.refundedOn.map { max(Int64($0.number) * 86_400_000_000 + 4 * 3_600_000_000, order.paidAtMicros) }
            return row
        }
        let kernelShop = try Shop(members: shop.members, orders: rows)
        let inputs = try EquityInputs(shop: kernelShop, requests: [], plans: PlanBook([.init(effectiveFrom: start, plan: plan)]))
        var state = EquityState(memberCount: inputs.memberCount)
        var last: EquityDayResult? = nil
        for offset in 0..<Int32(day.number - start.number) { last = EquityEngine.settle(day: start.advanced(by: offset), inputs: inputs, state: &state) }
        guard let last else { throw StoreError(.schema, "no history day") }
        try writeHistory(state, last, inputs: inputs, start: start, connection: connection)
        say("   history: price \(last.figures.closing.price.display(unitsPerPoint: plan.unitsPerPoint)), supply \(last.figures.closing.supplyUnits / plan.unitsPerPoint) points, "
            + "\(state.holdings.filter { $0.holdingsUnits > 0 }.count) members holding")
        return (kernelShop, state)
    }

    func writeHistory(_ state: EquityState, _ last: EquityDayResult, inputs: EquityInputs, start: Day, connection: Connection) throws {
        try connection.transaction {
            let run = try connection.scalar("""
                INSERT INTO settle.runs (model, command, settle_date, plan_effective_from, started_at, finished_at, host, line_count,
                    members_paid, entitled_fen, paid_fen, input_digest)
                VALUES ('equity', 'run', $1::date, $2::date, now(), now(), 'history', 0, 0, '{0}', '{0}', 'history') RETURNING id
                """, [last.day.iso, start.iso]) ?? "0"
            try connection.execute("""
                INSERT INTO settle.days (model, settle_date, run_id, plan_effective_from, paid_digest, refund_digest)
                VALUES ('equity', $1::date, $2, $3::date, '0000000000000000', '0000000000000000')
                """, [last.day.iso, run, start.iso])
            let closing = last.figures.closing
            try connection.execute("""
                INSERT INTO settle.equity_day_figures (run_id, settle_date, point_decimals, total_issuance_units, opening_pool_fen,
                    opening_supply_units, opening_reserve_units, opening_issued_units, opening_price_fen, opening_price_units, pool_fen,
                    supply_units, reserve_units, issued_units, price_fen, price_units, price, last_price_fen, last_price_units, purchases,
                    purchase_amount_fen, contribution_fen, refunds, refund_pool_fen, sells, goods, to_constant, from_constant, exits)
                VALUES ($1, $2::date, 6, $3, $4, $5, $6, $7, $8, $9, $4, $5, $6, $7, $8, $9, $10::numeric, $8, $9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                """, [run, last.day.iso, String(last.figures.totalIssuanceUnits), String(closing.poolFen), String(closing.supplyUnits),
                      String(closing.reserveUnits), String(closing.issuedUnits), String(closing.price.fen), String(closing.price.units),
                      closing.price.display(unitsPerPoint: 1_000_000)])
            try connection.copyIn("COPY settle.equity_members (member_id, holdings_units, quota_fen, bound, settle_date) FROM STDIN") { writer in
                for (index, holding) in state.holdings.enumerated() where holding.bound || holding.holdingsUnits > 0 {
                    writer.field(inputs.shop.tree.ids[index]); writer.field(holding.holdingsUnits); writer.field(holding.quotaFen)
                    writer.field(holding.bound); writer.field(last.day.iso)
                    try writer.endRow()
                }
            }
            // The tree as a settled program has seen it (a first run would record every member).
            try connection.execute("INSERT INTO settle.tree_seen SELECT 'equity', id, referrer_id, $1::date FROM settle.members", [last.day.iso])
            let maxId = inputs.shop.tree.ids.last ?? 0
            try connection.execute("INSERT INTO settle.tree_digest VALUES ('equity', $1, $2)",
                                   [String(maxId), InputDigest.tree(inputs.shop, upTo: maxId)])
            try connection.copyIn("COPY settle.equity_order_gives (order_id, generation, member_id, units, quota_fen, paid_on) FROM STDIN") { writer in
                for id in state.gives.keys.sorted() {
                    guard let order = state.gives[id] else { continue }
                    writer.field(id); writer.field(Int64(0)); writer.field(order.buyerId)
                    writer.field(order.gives.first { $0.generation == 0 }?.units ?? 0); writer.field(order.quotaFen); writer.field(order.paidOn.iso)
                    try writer.endRow()
                    for give in order.gives where give.generation > 0 {
                        writer.field(id); writer.field(Int64(give.generation)); writer.field(give.memberId); writer.field(give.units)
                        writer.field(Int64(0)); writer.field(order.paidOn.iso)
                        try writer.endRow()
                    }
                }
            }
        }
    }

    /// `requests` requests during `day`, by members holding points: sells, goods and to_constant of
    /// a share of what they hold (some more than they hold), and from_constant.
    func writeRequests(_ state: EquityState, _ shop: Shop, day: Day, connection: Connection) throws {
        let holders = state.holdings.indices.filter { state.holdings[$0].holdingsUnits > 0 }
        guard !holders.isEmpty else { return }
        let kinds = ["sell", "sell", "goods", "to_constant", "from_constant"]
        let dayStartMicros = (Int64(day.number) * 86_400 - 8 * 3600) * 1_000_000
        try connection.copyIn("COPY settle.equity_requests (id, member_id, kind, points, amount, requested_at) FROM STDIN") { writer in
            for index in 0..<requests {
                let member = holders[(index * 7919) % holders.count]
                let kind = kinds[index % kinds.count]
                writer.field(Int64(index + 1)); writer.field(shop.tree.ids[member]); writer.field(kind)
                if kind == "from_constant" {
                    writer.nullField(); writer.field(Fen.format(Int64(100 + index % 5000) * 100))
                } else {
                    writer.field(ExactDecimal.format(state.holdings[member].holdingsUnits * Int64(1 + index % 12) / 10, scaleDigits: 6)); writer.nullField()
                }
                writer.field(SyntheticWriter.timestamp(micros: dayStartMicros + Int64(index) * 86_400_000_000 / Int64(requests)))
                try writer.endRow()
            }
        }
    }
}
