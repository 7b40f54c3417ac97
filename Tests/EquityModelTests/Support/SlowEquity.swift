import SettleKernel
@testable import EquityModel

/// A slow, obvious reading of SPEC-equity §3, written from the spec alone: plain dictionaries by
/// member id, each day's events gathered from the rows and sorted by (instant, purchase < refund <
/// request, id), every formula evaluated as written with Int128, and after every event the exit
/// cascade found by rescanning every member. Nothing is cached but the book, the members'
/// figures and what each order gave.
struct SlowEquity {
    /// The end of one day.
    struct DayEnd {
        /// Sums per (member, kind), both-zero sums left out, sorted by (member id, kind).
        var lines: [EquityLine]
        var pool: Int64, supply: Int64, reserve: Int64, issued: Int64
        /// The price (fen per unit): P/S, or the last price, or the plan's initial price.
        var priceFen: Int128, priceUnits: Int128
        /// Every member by id.
        var members: [Int64: EquityHolding]
        var exits: Int
    }

    /// What one purchase gave, remembered for its refund (§3.1, §3.2).
    struct Given {
        var buyer: Int64
        var quota: Int64
        var gives: [(member: Int64, units: Int64)]
    }

    enum Action {
        case purchase(OrderRow), refund(OrderRow), request(EquityRequestRow)
    }

    struct Event {
        var at: Int64
        var rank: Int
        var id: Int64
        var action: Action
    }

    struct LineKey: Hashable {
        var member: Int64
        var kind: EquityKind
    }

    static let scale = Int128(1_000_000_000)

    let memberIds: [Int64]
    let referrer: [Int64: Int64]
    let orders: [OrderRow]
    let requests: [EquityRequestRow]
    let versions: [(effectiveFrom: Day, plan: EquityPlan)]

    var pool: Int64 = 0, supply: Int64 = 0, reserve: Int64 = 0, issued: Int64 = 0
    var lastPrice: (fen: Int128, units: Int128)? = nil
    var holdings: [Int64: Int64] = [:]
    var quota: [Int64: Int64] = [:]
    var bound: Set<Int64> = []
    var given: [Int64: Given] = [:]
    /// The plan in force on the day being settled.
    var plan: EquityPlan
    var sums: [LineKey: (points: Int64, yuan: Int64)] = [:]
    var exitsToday = 0
    /// Things the spec says cannot happen (a refund of an order that gave nothing, a broken
    /// invariant): the tests expect none.
    var anomalies: [String] = []

    init(members: [MemberRow], orders: [OrderRow], requests: [EquityRequestRow], versions: [(effectiveFrom: Day, plan: EquityPlan)]) {
        memberIds = members.map(\.id).sorted()
        var referrer: [Int64: Int64] = [:]
        for member in members { if let parent = member.referrerId { referrer[member.id] = parent } }
        self.referrer = referrer
        self.orders = orders
        self.requests = requests
        self.versions = versions.sorted { $0.effectiveFrom < $1.effectiveFrom }
        plan = self.versions[0].plan
    }

    func plan(on day: Day) -> EquityPlan {
        (versions.last { $0.effectiveFrom <= day } ?? versions[0]).plan
    }

    // MARK: Arithmetic

    /// trunc(amount × rate).
    static func times(_ amount: Int64, _ rate: Rate) -> Int64 {
        Int64(Int128(amount) * Int128(rate.ppb) / scale)
    }

    /// trunc(q × P / S) (S > 0).
    func worth(_ units: Int64) -> Int64 {
        Int64(Int128(units) * Int128(pool) / Int128(supply))
    }

    /// P/S when S > 0, else the last price, else the plan's initial price.
    func price() -> (fen: Int128, units: Int128) {
        if supply > 0 { return (Int128(pool), Int128(supply)) }
        if let lastPrice { return lastPrice }
        let initial = plan.initialPriceFraction
        return (Int128(initial.fen), Int128(initial.units))
    }

    /// "3.5" at `decimals` decimals, as units; nil for anything else.
    static func units(_ text: String, decimals: Int) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0]), whole >= 0 else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        while fraction.count > decimals && fraction.hasSuffix("0") { fraction.removeLast() }
        guard fraction.count <= decimals, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        fraction += String(repeating: "0", count: decimals - fraction.count)
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        return whole * scale + (fraction.isEmpty ? 0 : Int64(fraction) ?? 0)
    }

    mutating func line(_ member: Int64, _ kind: EquityKind, points: Int64, yuan: Int64) {
        guard points != 0 || yuan != 0 else { return }
        let key = LineKey(member: member, kind: kind)
        let old = sums[key] ?? (0, 0)
        sums[key] = (old.points + points, old.yuan + yuan)
    }

    // MARK: One day

    /// Day `day`'s events: program orders paid on it, program orders refunded on it, its requests.
    func events(on day: Day) -> [Event] {
        let start = versions[0].effectiveFrom
        var list: [Event] = []
        for order in orders where order.paidOn >= start {
            if order.paidOn == day { list.append(Event(at: order.paidAtMicros, rank: 0, id: order.id, action: .purchase(order))) }
            if let refunded = order.refundedOn, refunded == day {
                let at = order.refundedAtMicros ?? Int64(refunded.number) * 86_400_000_000
                list.append(Event(at: at, rank: 1, id: order.id, action: .refund(order)))
            }
        }
        for request in requests where request.day == day && day >= start {
            list.append(Event(at: request.requestedAtMicros, rank: 2, id: request.id, action: .request(request)))
        }
        return list.sorted { ($0.at, $0.rank, $0.id) < ($1.at, $1.rank, $1.id) }
    }

    mutating func settle(_ day: Day) -> DayEnd {
        plan = plan(on: day)
        sums = [:]
        exitsToday = 0
        for event in events(on: day) {
            let before = price()
            switch event.action {
            case .purchase(let order): purchase(order)
            case .refund(let order): refund(order)
            case .request(let request): self.request(request)
            }
            check(before, "event \(event.id) on \(day)")
            exitCascade(day)
        }
        let lines = sums.filter { $0.value.points != 0 || $0.value.yuan != 0 }
            .map { EquityLine(memberId: $0.key.member, kind: $0.key.kind, pointsUnits: $0.value.points, yuanFen: $0.value.yuan) }
            .sorted { ($0.memberId, $0.kind.rawValue) < ($1.memberId, $1.kind.rawValue) }
        var members: [Int64: EquityHolding] = [:]
        for id in memberIds {
            members[id] = EquityHolding(holdingsUnits: holdings[id] ?? 0, quotaFen: quota[id] ?? 0, bound: bound.contains(id))
        }
        let closing = price()
        return DayEnd(lines: lines, pool: pool, supply: supply, reserve: reserve, issued: issued,
                      priceFen: closing.fen, priceUnits: closing.units, members: members, exits: exitsToday)
    }

    /// §3.8 after an event or a forced sale, then the last price when S > 0.
    mutating func check(_ before: (fen: Int128, units: Int128), _ what: String) {
        let held = holdings.values.reduce(0, +)
        if held + reserve != supply { anomalies.append("\(what): holdings \(held) + reserve \(reserve) ≠ supply \(supply)") }
        if pool < 0 || reserve < 0 || issued < 0 || quota.values.contains(where: { $0 < 0 }) || holdings.values.contains(where: { $0 < 0 }) {
            anomalies.append("\(what): a figure below 0")
        }
        let after = price()
        if after.fen * before.units < before.fen * after.units { anomalies.append("\(what): the price fell") }
        if supply > 0 { lastPrice = (Int128(pool), Int128(supply)) }
    }

    // MARK: The events

    /// §3.1.
    mutating func purchase(_ order: OrderRow) {
        let buyer = order.memberId
        let contribution = Self.times(order.amountFen, plan.poolRate)
        let p = price()
        var room = max(0, plan.totalIssuanceUnits - issued)
        var recipients: [(member: Int64, rate: Rate, kind: EquityKind)] = [(buyer, plan.buyerRate, .buy)]
        var ancestor = referrer[buyer]
        for rate in plan.referralRates {
            guard let current = ancestor else { break }
            recipients.append((current, rate, .referral))
            ancestor = referrer[current]
        }
        var gives: [(member: Int64, units: Int64)] = []
        for recipient in recipients {
            let want = p.fen == 0 ? 0 : Int64(Int128(contribution) * Int128(recipient.rate.ppb) * p.units / (Self.scale * p.fen))
            let give = min(want, room)
            room -= give
            holdings[recipient.member, default: 0] += give
            supply += give
            issued += give
            gives.append((recipient.member, give))
            line(recipient.member, recipient.kind, points: give, yuan: 0)
            if want > give { line(recipient.member, .capped, points: want - give, yuan: 0) }
        }
        pool += contribution
        let orderQuota = Self.times(order.amountFen, plan.exitQuotaMultiplier)
        quota[buyer, default: 0] += orderQuota
        bound.insert(buyer)
        given[order.id] = Given(buyer: buyer, quota: orderQuota, gives: gives)
    }

    /// §3.2.
    mutating func refund(_ order: OrderRow) {
        guard let record = given.removeValue(forKey: order.id) else {
            anomalies.append("order \(order.id) refunded but it gave nothing")
            return
        }
        for give in record.gives {
            let taken = min(give.units, holdings[give.member] ?? 0)
            if taken > 0 {
                let value = worth(taken)
                pool -= value
                supply -= taken
                issued -= taken
                holdings[give.member, default: 0] -= taken
                line(give.member, .refund, points: -taken, yuan: 0)
            }
            if give.units > taken { line(give.member, .refundShortfall, points: give.units - taken, yuan: 0) }
        }
        quota[record.buyer] = max(0, (quota[record.buyer] ?? 0) - record.quota)
    }

    /// §3.3–3.5.
    mutating func request(_ row: EquityRequestRow) {
        let member = row.memberId
        if row.kind == "from_constant" { return fromConstant(member, fen: row.amountFen ?? 0) }
        guard let wanted = row.pointsText.flatMap({ Self.units($0, decimals: plan.pointDecimals) }) else {
            anomalies.append("request \(row.id): points \(row.pointsText ?? "nil") unreadable")
            return
        }
        let taken = min(wanted, holdings[member] ?? 0)
        if wanted > taken { line(member, .unfilled, points: wanted - taken, yuan: 0) }
        guard taken > 0 else { return }
        switch row.kind {
        case "sell": sellOut(member, taken, fee: plan.sellFeeRate, kind: .sell)
        case "goods": sellOut(member, taken, fee: plan.goodsFeeRate, kind: .goods)
        default:
            let value = worth(taken)
            holdings[member, default: 0] -= taken
            reserve += taken
            quota[member] = max(0, (quota[member] ?? 0) - value)
            line(member, .toConstant, points: -taken, yuan: value)
        }
    }

    /// §3.3: g = q × P/S; net = trunc(g × (1 − fee)); the fee is trunc(g) − net.
    mutating func sellOut(_ member: Int64, _ units: Int64, fee: Rate, kind: EquityKind) {
        let g = Int128(units) * Int128(pool)                  // g × S
        let truncated = Int64(g / Int128(supply))
        let net = Int64(g * (Self.scale - Int128(fee.ppb)) / (Int128(supply) * Self.scale))
        pool -= net
        supply -= units
        holdings[member, default: 0] -= units
        quota[member] = max(0, (quota[member] ?? 0) - truncated)
        line(member, kind, points: -units, yuan: net)
        line(member, .fee, points: 0, yuan: truncated - net)
    }

    /// §3.5.
    mutating func fromConstant(_ member: Int64, fen: Int64) {
        let want = supply == 0 || pool == 0 ? 0 : Int64(Int128(fen) * Int128(supply) / Int128(pool))
        let taken = min(want, reserve)
        let charged: Int64
        if taken == 0 { charged = 0 }
        else if taken == want { charged = fen }
        else {
            let numerator = Int128(taken) * Int128(pool), denominator = Int128(supply)
            charged = Int64((numerator + denominator - 1) / denominator)
        }
        reserve -= taken
        holdings[member, default: 0] += taken
        line(member, .fromConstant, points: taken, yuan: -charged)
        if fen > charged { line(member, .unfilled, points: 0, yuan: fen - charged) }
    }

    /// §3.6: rescan every member after each forced sale.
    mutating func exitCascade(_ day: Day) {
        guard plan.exitEnabled else { return }
        while true {
            var chosen: Int64? = nil
            for id in memberIds where bound.contains(id) {
                let held = holdings[id] ?? 0, owed = quota[id] ?? 0
                guard held > 0, Int128(held) * Int128(pool) >= Int128(owed) * Int128(supply) else { continue }
                if let best = chosen {
                    let bestHeld = holdings[best] ?? 0, bestOwed = quota[best] ?? 0
                    if Int128(owed) * Int128(bestHeld) < Int128(bestOwed) * Int128(held) { chosen = id }
                } else {
                    chosen = id
                }
            }
            guard let member = chosen else { return }
            let before = price()
            sellOut(member, holdings[member] ?? 0, fee: plan.sellFeeRate, kind: .exit)
            quota[member] = 0
            exitsToday += 1
            check(before, "exit of \(member) on \(day)")
        }
    }
}
