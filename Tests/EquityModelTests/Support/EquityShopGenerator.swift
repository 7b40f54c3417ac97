import SettleKernel
@testable import EquityModel

/// Deterministic random shops for the equity rules (SplitMix64 from a seed): a referral forest of
/// 2–40 members (ids spaced, so indexes and ids differ), orders over 3–8 days (a few before the
/// program's start), refunds on the same or a later day, requests of every kind at coarse
/// instants (so ties between purchases, refunds and requests are common), one or two plan
/// versions with varying rates, small issuance caps, exits on or off, fees and decimals.
struct EquityShopGenerator {
    struct Shop {
        var members: [MemberRow]
        var orders: [OrderRow]
        var requests: [EquityRequestRow]
        var versions: [(effectiveFrom: Day, plan: EquityPlan)]
        var documents: [String]
        var start: Day
        var days: Int32

        var book: EquityPlanBook { PlanBook(versions.map { .init(effectiveFrom: $0.effectiveFrom, plan: $0.plan) }) }
        var dayList: [Day] { (0..<days).map { start.advanced(by: $0) } }
    }

    static let start = Day(iso: "2026-05-01") ?? Day(20_574)
    static let microsPerDay: Int64 = 86_400_000_000
    static let microsPerHour: Int64 = 3_600_000_000

    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    mutating func below64(_ n: Int64) -> Int64 { Int64(next() % UInt64(max(1, n))) }
    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }

    /// `count` ids from `first`, 3 apart, shuffled: ids that do not follow the instants.
    mutating func shuffledIds(from first: Int64, count: Int) -> [Int64] {
        var ids = (0..<Int64(count)).map { first + $0 * 3 }
        for index in stride(from: ids.count - 1, to: 0, by: -1) { ids.swapAt(index, below(index + 1)) }
        return ids
    }

    /// An instant on `day` at one of a few hours (ties are common).
    mutating func instant(on day: Day) -> Int64 {
        Int64(day.number) * Self.microsPerDay + Int64(below(8)) * Self.microsPerHour
    }

    // MARK: Plans

    /// One plan document; `decimals` is the same in every version of a shop.
    mutating func planDocument(decimals: Int) -> String {
        let buyer = pick([("0.70", 700), ("0.5", 500), ("0", 0), ("1", 1000), ("0.333333333", 333), ("0.9", 900), ("0.70", 700)])
        var left = 1000 - buyer.1
        var referrals: [String] = []
        for _ in 0..<below(4) {
            let fitting = [("0.10", 100), ("0.05", 50), ("0.2", 200), ("0.3", 300), ("0", 0)].filter { $0.1 <= left }
            let chosen = pick(fitting)
            left -= chosen.1
            referrals.append("\"\(chosen.0)\"")
        }
        let issuance = below(3) == 0 ? pick(["30", "120", "500", "2000", "75.5"]) : "100000000"
        return """
        {"timezone": "Asia/Shanghai", "pool_rate": "\(pick(["0.30", "0.5", "0.05", "1", "0.123", "0.30"]))",
         "buyer_rate": "\(buyer.0)", "referral_rates": [\(referrals.joined(separator: ", "))],
         "initial_price": "\(pick(["1", "0.5", "2.37", "0.01", "10", "1"]))",
         "total_issuance": "\(decimals == 0 && issuance.contains(".") ? "75" : issuance)", "point_decimals": \(decimals),
         "sell_fee_rate": "\(pick(["0.10", "0", "0.25", "0.10", "1"]))", "goods_fee_rate": "\(pick(["0", "0.05", "0.5"]))",
         "exit_enabled": \(below(5) != 0), "exit_quota_multiplier": "\(pick(["2", "0.5", "0.2", "1", "0", "0.35", "0.5"]))"}
        """
    }

    mutating func versions(days: Int32) throws -> (versions: [(effectiveFrom: Day, plan: EquityPlan)], documents: [String]) {
        let decimals = pick([6, 6, 6, 2, 0, 3, 1, 4])
        var versions: [(effectiveFrom: Day, plan: EquityPlan)] = [], documents: [String] = []
        for index in 0..<(below(3) == 0 ? 2 : 1) {
            let document = planDocument(decimals: decimals)
            let plan = try EquityPlan.parse(json: document, isKnownTimeZone: { _ in true }, first: versions.first?.plan)
            let from = index == 0 ? Self.start : Self.start.advanced(by: 1 + Int32(below(Int(days) - 1)))
            versions.append((from, plan))
            documents.append(document)
        }
        return (versions, documents)
    }

    // MARK: Members, orders, requests

    mutating func members() -> [MemberRow] {
        let count = 2 + below(39)
        var rows: [MemberRow] = []
        for index in 0..<count {
            let id = Int64(10 + 7 * index)
            let referrer: Int64? = index == 0 || below(6) == 0 ? nil : below(2) == 0 ? rows[index - 1].id : rows[below(index)].id
            rows.append(MemberRow(id: id, referrerId: referrer))
        }
        return rows
    }

    /// Orders on each day (and a few before the start), some refunded the same or a later day.
    mutating func orders(members: [MemberRow], days: Int32) -> [OrderRow] {
        var plannedDays: [Day] = (0..<below(3)).map { _ in Self.start.advanced(by: -1 - Int32(below(2))) }
        for offset in 0..<days {
            for _ in 0..<below(2 + members.count) { plannedDays.append(Self.start.advanced(by: offset)) }
        }
        let ids = shuffledIds(from: 5000, count: plannedDays.count)
        var orders: [OrderRow] = []
        for (index, paidOn) in plannedDays.enumerated() {
            let paidAt = instant(on: paidOn)
            var refundedOn: Day? = nil, refundedAt: Int64? = nil
            if below(5) == 0 {
                let later = Int32(below(3))
                refundedOn = paidOn.advanced(by: later)
                refundedAt = later == 0 ? paidAt + Int64(below(3)) * Self.microsPerHour : instant(on: paidOn.advanced(by: later))
            }
            orders.append(OrderRow(id: ids[index], memberId: pick(members).id, amountFen: 100 + below64(49_901),
                                   paidAtMicros: paidAt, paidOn: paidOn, refundedOn: refundedOn, refundedAtMicros: refundedAt))
        }
        return orders
    }

    /// Points text for `units` at `decimals`: trailing zeros dropped, sometimes kept.
    mutating func pointsText(_ units: Int64, decimals: Int) -> String {
        var text = ExactDecimal.format(units, scaleDigits: decimals)
        guard decimals > 0, below(4) != 0 else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Requests of every kind, mostly from members who bought something, of every size.
    mutating func requests(members: [MemberRow], orders: [OrderRow], days: Int32, decimals: Int) -> [EquityRequestRow] {
        let buyers = orders.map(\.memberId)
        var unitsPerPoint: Int64 = 1
        for _ in 0..<decimals { unitsPerPoint *= 10 }
        var planned: [(day: Day, at: Int64)] = []
        for offset in 0..<days {
            let day = Self.start.advanced(by: offset)
            for _ in 0..<below(3 + members.count / 2) { planned.append((day, instant(on: day))) }
        }
        let ids = shuffledIds(from: 90_000, count: planned.count)
        var rows: [EquityRequestRow] = []
        for (index, slot) in planned.enumerated() {
            let member = below(3) != 0 && !buyers.isEmpty ? pick(buyers) : pick(members).id
            let kind = pick(["sell", "goods", "to_constant", "from_constant", "sell", "to_constant", "from_constant"])
            var points: String? = nil, amount: Int64? = nil
            if kind == "from_constant" {
                amount = 1 + below64(pick([500, 5_000, 40_000]))
            } else {
                points = pointsText(1 + below64(pick([2, 8, 40, 300]) * unitsPerPoint), decimals: decimals)
            }
            rows.append(EquityRequestRow(id: ids[index], memberId: member, kind: kind, pointsText: points, amountFen: amount,
                                         requestedAtMicros: slot.at, day: slot.day))
        }
        return rows
    }

    mutating func shop() throws -> Shop {
        let days = Int32(3 + below(6))
        let members = members()
        let plans = try versions(days: days)
        let orders = orders(members: members, days: days)
        let requests = requests(members: members, orders: orders, days: days, decimals: plans.versions[0].plan.pointDecimals)
        return Shop(members: members, orders: orders, requests: requests, versions: plans.versions, documents: plans.documents,
                    start: Self.start, days: days)
    }
}
