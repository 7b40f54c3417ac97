import SettleKernel

/// What the cycle rules need of a shop for a run: the program's orders with the terms fixed on
/// their paid day (SPEC-cycle §3.1), each order's grants of weight and quota to its buyer and its
/// ancestors, and the orders indexed by the days on which something happens to them.
public struct CycleTerms: Sendable {
    public let shop: Shop
    public let plans: CyclePlanBook
    /// The program's first day: orders paid before it are not in the program.
    public let start: Day

    /// Program orders (indices into the shop's orders), and for each its first active day.
    public let orders: [Int32]
    public let activeFrom: [Int32]
    /// Grants of order position p: `grantStart[p] ..< grantStart[p + 1]`, buyer first, then
    /// generation by generation.
    public let grantStart: [Int32]
    public let grantMember: [Int32]
    public let grantWeightUnits: [Int64]
    public let grantQuotaFen: [Int64]
    /// Order positions sorted by paid day, by first active day, and by refund day (refunded only).
    let byPaidDay: [Int32]
    let byActiveDay: [Int32]
    let byRefundDay: [Int32]

    public var memberCount: Int { shop.tree.count }

    public init(shop: Shop, plans: CyclePlanBook) throws(InputError) {
        self.shop = shop
        self.plans = plans
        start = plans.versions[0].effectiveFrom
        var builder = Builder()
        for order in 0..<shop.orderCount where shop.orderPaidOn[order] >= start.number {  // bounded: the orders
            try builder.add(order, shop: shop, plans: plans)
        }
        orders = builder.orders
        activeFrom = builder.activeFrom
        grantStart = builder.grantStart + [Int32(builder.grantMember.count)]
        grantMember = builder.grantMember
        grantWeightUnits = builder.grantWeight
        grantQuotaFen = builder.grantQuota
        let positions = (0..<Int32(builder.orders.count))
        byPaidDay = positions.sorted { (shop.orderPaidOn[Int(builder.orders[Int($0)])], $0) < (shop.orderPaidOn[Int(builder.orders[Int($1)])], $1) }
        byActiveDay = positions.sorted { (builder.activeFrom[Int($0)], $0) < (builder.activeFrom[Int($1)], $1) }
        byRefundDay = positions.filter { shop.orderRefundedOn[Int(builder.orders[Int($0)])] != Shop.notRefunded }
            .sorted { (shop.orderRefundedOn[Int(builder.orders[Int($0)])], $0) < (shop.orderRefundedOn[Int(builder.orders[Int($1)])], $1) }
    }

    struct Builder {
        var orders: [Int32] = [], activeFrom: [Int32] = [], grantStart: [Int32] = []
        var grantMember: [Int32] = [], grantWeight: [Int64] = [], grantQuota: [Int64] = []

        mutating func add(_ order: Int, shop: Shop, plans: CyclePlanBook) throws(InputError) {
            let plan = plans.plan(on: Day(shop.orderPaidOn[order]))
            let amount = shop.orderAmountFen[order]
            orders.append(Int32(order))
            activeFrom.append(shop.orderPaidOn[order] + Int32(plan.entryLagDays))
            grantStart.append(Int32(grantMember.count))
            var member = Int(shop.orderMember[order])
            let own = try CycleTerms.weightUnits(amount, rate: .one, plan: plan, order: shop.orderIds[order])
            append(member, own, plan.quotaMultiplier.applyTruncating(amount))
            let generations = max(plan.referralWeightRates.count, plan.referralQuotaMultipliers.count)
            for generation in 0..<generations {                 // bounded: at most 10 generations
                member = Int(shop.tree.parent[member])
                guard member >= 0 else { break }
                let weightRate = generation < plan.referralWeightRates.count ? plan.referralWeightRates[generation] : .zero
                let quotaRate = generation < plan.referralQuotaMultipliers.count ? plan.referralQuotaMultipliers[generation] : .zero
                append(member, try CycleTerms.weightUnits(amount, rate: weightRate, plan: plan, order: shop.orderIds[order]),
                       quotaRate.applyTruncating(amount))
            }
        }

        mutating func append(_ member: Int, _ weight: Int64, _ quota: Int64) {
            grantMember.append(Int32(member)); grantWeight.append(weight); grantQuota.append(quota)
        }
    }

    /// `trunc(amount × rate ÷ yuan_per_weight × 10^wd)`, exact, in weight units.
    static func weightUnits(_ amountFen: Int64, rate: Rate, plan: CyclePlan, order: Int64) throws(InputError) -> Int64 {
        let numerator = Int128(amountFen) * Int128(rate.ppb) * Int128(plan.unitsPerWeight)
        let units = numerator / (Int128(plan.yuanPerWeightFen) * Int128(Rate.scale))
        guard units <= Int128(Int64.max / 1024) else { throw .amountsTooLarge(detail: "order \(order) gives more weight than can be summed exactly") }
        return Int64(units)
    }

    /// The range of `sorted` (positions) whose key equals `day`, by binary search.
    func range(_ sorted: [Int32], on day: Int32, key: (Int32) -> Int32) -> Range<Int> {
        func lowerBound(_ value: Int32) -> Int {
            var low = 0, high = sorted.count
            while low < high {                                   // bounded: log2(orders) steps
                let mid = (low + high) / 2
                if key(sorted[mid]) < value { low = mid + 1 } else { high = mid }
            }
            return low
        }
        return lowerBound(day)..<lowerBound(day + 1)
    }

    func paidOn(_ position: Int32) -> Int32 { shop.orderPaidOn[Int(orders[Int(position)])] }
    func refundedOn(_ position: Int32) -> Int32 { shop.orderRefundedOn[Int(orders[Int(position)])] }

    /// Order position p counts as active on `day` (SPEC-cycle §3.3).
    func isActive(_ position: Int, on day: Int32) -> Bool {
        activeFrom[position] <= day && refundedOn(Int32(position)) > day
    }

    /// The terms of the program orders paid on `day`, buyer first, generation by generation.
    public func termsOfOrders(paidOn day: Day) -> [CycleOrderTerm] {
        var rows: [CycleOrderTerm] = []
        for position in byPaidDay[range(byPaidDay, on: day.number, key: paidOn)] {   // bounded: the day's orders
            let order = Int(orders[Int(position)])
            let grants = Int(grantStart[Int(position)])..<Int(grantStart[Int(position) + 1])
            for (generation, grant) in grants.enumerated() {
                rows.append(CycleOrderTerm(orderId: shop.orderIds[order], generation: generation,
                                           memberId: shop.tree.ids[Int(grantMember[grant])], weightUnits: grantWeightUnits[grant],
                                           quotaFen: grantQuotaFen[grant], paidOn: day, activeFrom: Day(activeFrom[Int(position)])))
            }
        }
        return rows
    }
}
