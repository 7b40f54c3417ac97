import Foundation
import SettleKernel
import PointsModel
import SettleStore
import SettleSynthetic

/// A deterministic shop written to the database and kept in memory, so that what the job
/// writes can be checked against the engine run on the fixture's own rows (not on what the
/// job's loader read back).
struct ShopFixture {
    var members: [MemberRow] = []
    var orders: [OrderRow] = []
    /// paid_at and refunded_at as text with the +08:00 offset, by order id.
    var paidAtText: [Int64: String] = [:]
    var refundedAtText: [Int64: String] = [:]
    let plans = PointsPlanBook([.init(effectiveFrom: Day(iso: "2026-01-01")!,
                                plan: try! Plan.parse(json: Plan.defaultDocument, isKnownTimeZone: { _ in true }))])

    /// `memberCount` members in a random tree; orders paid over `days` days from `firstDay`,
    /// at hours that straddle midnight UTC (00:30 and 23:30 in Shanghai).
    init(seed: UInt64, memberCount: Int, ordersPerMember: Int = 2, firstDay: Day, days: Int32) {
        var random = FixtureRandom(state: seed)
        for index in 0..<memberCount {
            let id = Int64(index + 1)
            let referrer: Int64? = index == 0 ? nil : Int64(random.next() % UInt64(index) + 1)
            members.append(MemberRow(id: id, referrerId: index % 50 == 0 ? nil : referrer))
        }
        let amounts: [Int64] = [3000_00, 9000_00, 27000_00, 51000_00, 1500_00, 2999_99, 3000_01, 120000_00, 12345_67]
        var orderId: Int64 = 1000
        for member in members {
            for _ in 0..<ordersPerMember where random.next() % 3 != 0 {
                orderId += 1
                let amount = amounts[Int(random.next() % UInt64(amounts.count))]
                let day = firstDay.advanced(by: Int32(random.next() % UInt64(days)))
                let (hour, minute) = [(0, 30), (9, 15), (23, 30), (12, 0)][Int(random.next() % 4)]
                let points = amount / 10 * Int64(random.next() % 3)
                add(OrderRow(id: orderId, memberId: member.id, amountFen: amount, cashFen: amount - points, pointsFen: points,
                             paidAtMicros: micros(day, hour, minute), paidOn: day),
                    paidAt: text(day, hour, minute))
            }
        }
    }

    mutating func add(_ order: OrderRow, paidAt: String) {
        orders.append(order)
        paidAtText[order.id] = paidAt
    }

    func micros(_ day: Day, _ hour: Int, _ minute: Int) -> Int64 {
        (Int64(day.number) * 86_400 + Int64(hour - 8) * 3600 + Int64(minute) * 60) * 1_000_000
    }

    func text(_ day: Day, _ hour: Int, _ minute: Int) -> String {
        "\(day.iso) \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute):00+08"
    }

    /// Writes members, orders and the default plan (in force from 2026-01-01).
    func write(to database: TestDatabase) throws {
        let connection = try database.connect()
        try connection.copyIn("COPY settle.members (id, phone, referrer_id, joined_at) FROM STDIN") { writer in
            for member in members {
                writer.field(member.id); writer.field(ShopFixture.phone(member.id)); writer.field(member.referrerId)
                writer.field("2026-01-01 00:00:00+08")
                try writer.endRow()
            }
        }
        try connection.copyIn("COPY settle.orders (id, member_id, amount, cash_amount, points_amount, paid_at, refunded_at) FROM STDIN") { writer in
            for order in orders {
                writer.field(order.id); writer.field(order.memberId)
                writer.field(Fen.format(order.amountFen)); writer.field(Fen.format(order.cashFen)); writer.field(Fen.format(order.pointsFen))
                writer.field(paidAtText[order.id]!)
                if let refunded = refundedAtText[order.id] { writer.field(refunded) } else { writer.nullField() }
                try writer.endRow()
            }
        }
        try connection.execute("INSERT INTO settle.plan_versions (model, effective_from, document) VALUES ('points', '2026-01-01', $1)",
                               [Plan.defaultDocument])
        // Members that pay with points brought them from the shop's old system: an opening balance.
        let openings = openingBalances
        try connection.copyIn("COPY settle.ledger (member_id, currency, amount_fen, source, created_at) FROM STDIN") { writer in
            for (member, fen) in openings {
                writer.field(member); writer.field("points"); writer.field(fen); writer.field("opening"); writer.field("2026-01-01 00:00:00+08")
                try writer.endRow()
            }
        }
    }

    /// Per member, the points its orders pay with: its opening balance, sorted by member.
    var openingBalances: [(Int64, Int64)] {
        var spent: [Int64: Int64] = [:]
        for order in orders where order.pointsFen > 0 { spent[order.memberId, default: 0] += order.pointsFen }
        return spent.keys.sorted().map { ($0, spent[$0] ?? 0) }
    }

    static func phone(_ id: Int64) -> String {
        let digits = String(id)
        return "139" + String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// Refunds an order at `hour`:00 Shanghai time on `day`, in memory and in the database.
    mutating func refund(_ orderId: Int64, on day: Day, hour: Int = 10, in database: TestDatabase) throws {
        let index = orders.firstIndex { $0.id == orderId }!
        orders[index].refundedOn = day
        orders[index].refundedAtMicros = micros(day, hour, 0)
        refundedAtText[orderId] = text(day, hour, 0)
        try database.connect().execute("UPDATE settle.orders SET refunded_at = $1::timestamptz WHERE id = $2",
                                       [refundedAtText[orderId]!, String(orderId)])
    }

    /// Lines of `day` as a run saw them before the refund of `orderId` was known: that run
    /// settled from the (unrefunded) earlier days' state and the refund already in the table.
    static func linesBeforeRefund(_ shop: ShopFixture, _ orderId: Int64, _ day: Day) throws -> [PointsLine] {
        var before = shop
        let index = before.orders.firstIndex { $0.id == orderId }!
        let refundDay = before.orders[index].refundedOn!
        before.orders[index].refundedOn = nil
        let snapshot = try Snapshot(plans: shop.plans, members: shop.members, orders: before.orders)
        var balances = try snapshot.balances(from: [])
        for earlier in day1..<day { _ = DayEngine.settle(day: earlier, snapshot: snapshot, balances: &balances) }
        // The run of `day` itself read the refunded order.
        let refunded = try Snapshot(plans: shop.plans, members: shop.members, orders: shop.orders)
        var carried = try refunded.balances(from: zip(snapshot.lotOrder.indices, snapshot.lotOrder).map {
            LotState(orderId: snapshot.orderIds[Int($0.1)], releasedFen: balances.releasedFen[$0.0])
        })
        _ = refundDay
        return DayEngine.settle(day: day, snapshot: refunded, balances: &carried).lines
    }

    /// The engine's lines for each day of `days`, settled in order from no history.
    func expectedLines(_ days: ClosedRange<Day>) throws -> [Day: [PointsLine]] {
        let snapshot = try Snapshot(plans: plans, members: members, orders: orders)
        var balances = try snapshot.balances(from: [])
        var result: [Day: [PointsLine]] = [:]
        for day in days { result[day] = DayEngine.settle(day: day, snapshot: snapshot, balances: &balances).lines }
        return result
    }
}

typealias FixtureRandom = SplitMix
