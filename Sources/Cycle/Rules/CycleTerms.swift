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
        var builder = Builder(plans: plans, orders: shop.orderCount)
        // Each order's buyer's referrer, gathered in a loop of its own: its loads are independent
        // and overlap. Looked up in the loop below, each waited on memory (four fifths of that
        // loop's time when the orders are in id order, their members scattered).
        let referrers = shop.orderMember.map { shop.tree.parent[Int($0)] }
        for order in 0..<shop.orderCount where shop.orderPaidOn[order] >= start.number {  // bounded: the orders
            try builder.add(order, shop: shop, referrer: referrers[order])
        }
        orders = builder.orders
        activeFrom = builder.activeFrom
        grantStart = builder.grantStart + [Int32(builder.grantMember.count)]
        grantMember = builder.grantMember
        grantWeightUnits = builder.grantWeight
        grantQuotaFen = builder.grantQuota
        // Positions by day, equal days by position: a counting sort (a few hundred days).
        let orders = builder.orders
        byPaidDay = StableOrder.positions(byKeys: orders.map { shop.orderPaidOn[Int($0)] })
        byActiveDay = StableOrder.positions(byKeys: builder.activeFrom)
        let refunded = (0..<Int32(orders.count)).filter { shop.orderRefundedOn[Int(orders[Int($0)])] != Shop.notRefunded }
        byRefundDay = StableOrder.positions(byKeys: refunded.map { shop.orderRefundedOn[Int(orders[Int($0)])] }).map { refunded[Int($0)] }
    }

    struct Builder {
        let plans: CyclePlanBook
        /// Per plan version: its terms as the per-order loop needs them, read once (a `Plan` per
        /// order was a copy with its arrays retained and released).
        let versions: [VersionTerms]
        var orders: [Int32] = [], activeFrom: [Int32] = [], grantStart: [Int32] = []
        var grantMember: [Int32] = [], grantWeight: [Int64] = [], grantQuota: [Int64] = []

        /// `orders`: room reserved for that many orders and their grants (a buyer and a referrer
        /// each: most orders), not grown by doubling.
        init(plans: CyclePlanBook, orders count: Int) {
            self.plans = plans
            versions = plans.versions.map { VersionTerms($0.plan) }
            orders.reserveCapacity(count); activeFrom.reserveCapacity(count); grantStart.reserveCapacity(count)
            grantMember.reserveCapacity(2 * count); grantWeight.reserveCapacity(2 * count); grantQuota.reserveCapacity(2 * count)
        }

        /// `referrer`: the buyer's parent in the tree (−1: none).
        mutating func add(_ order: Int, shop: Shop, referrer: Int32) throws(InputError) {
            let version = versions[plans.versionIndex(on: Day(shop.orderPaidOn[order]))]
            let amount = shop.orderAmountFen[order]
            orders.append(Int32(order))
            activeFrom.append(shop.orderPaidOn[order] + version.entryLagDays)
            grantStart.append(Int32(grantMember.count))
            var member = Int(shop.orderMember[order])
            append(member, try version.weight[0].units(amount, order: shop.orderIds[order]), version.quota[0].applyTruncating(amount))
            for generation in 1..<version.weight.count {       // bounded: at most 10 generations
                member = generation == 1 ? Int(referrer) : Int(shop.tree.parent[member])
                guard member >= 0 else { break }
                append(member, try version.weight[generation].units(amount, order: shop.orderIds[order]), version.quota[generation].applyTruncating(amount))
            }
        }

        mutating func append(_ member: Int, _ weight: Int64, _ quota: Int64) {
            grantMember.append(Int32(member)); grantWeight.append(weight); grantQuota.append(quota)
        }
    }

    /// A plan version's grants: generation 0 the buyer (rate 1, the quota multiplier), then each
    /// referral generation (a rate missing on one side is 0).
    struct VersionTerms {
        let entryLagDays: Int32
        let weight: [WeightFraction]
        let quota: [Rate]
        init(_ plan: CyclePlan) {
            entryLagDays = Int32(plan.entryLagDays)
            let generations = max(plan.referralWeightRates.count, plan.referralQuotaMultipliers.count)
            weight = [WeightFraction(rate: .one, plan: plan)] + (0..<generations).map { generation in
                WeightFraction(rate: generation < plan.referralWeightRates.count ? plan.referralWeightRates[generation] : .zero, plan: plan)
            }
            quota = [plan.quotaMultiplier] + (0..<generations).map { generation in
                generation < plan.referralQuotaMultipliers.count ? plan.referralQuotaMultipliers[generation] : .zero
            }
        }
    }

    /// `rate ÷ yuan_per_weight × 10^wd` as a reduced fraction of fen: `weightUnits` in Int64 when
    /// the product fits (the same quotient: equal fractions truncate alike), else in Int128.
    /// Plain integers only: the per-order loop copies one for each grant, and a copy holding the
    /// plan retained and released its arrays each time (a quarter of a night's derive).
    struct WeightFraction {
        let rate: Rate
        /// The plan's `unitsPerWeight` and `yuanPerWeightFen`, for the Int128 path.
        let unitsPerWeight: Int64, yuanPerWeightFen: Int64
        /// The reduced fraction, or 0/0 when either part is past Int64.
        let numerator: Int64, denominator: Int64
        init(rate: Rate, plan: CyclePlan) {
            self.rate = rate; unitsPerWeight = plan.unitsPerWeight; yuanPerWeightFen = plan.yuanPerWeightFen
            let wide = Int128(rate.ppb) * Int128(plan.unitsPerWeight), across = Int128(plan.yuanPerWeightFen) * Int128(Rate.scale)
            var (a, b) = (wide < 0 ? -wide : wide, across)
            while b != 0 { (a, b) = (b, a % b) }                  // bounded: Euclid, about 90 steps for 128 bits at most
            let divisor = max(a, 1)
            let (top, bottom) = (wide / divisor, across / divisor)
            if top >= Int128(Int64.min), top <= Int128(Int64.max), bottom > 0, bottom <= Int128(Int64.max) {
                numerator = Int64(top); denominator = Int64(bottom)
            } else {
                numerator = 0; denominator = 0
            }
        }

        @inline(__always)
        func units(_ amountFen: Int64, order: Int64) throws(InputError) -> Int64 {
            if denominator > 0 {
                let (product, overflow) = amountFen.multipliedReportingOverflow(by: numerator)
                if !overflow {
                    let units = product / denominator
                    guard units <= Int64.max / 1024 else { throw .amountsTooLarge(detail: "order \(order) gives more weight than can be summed exactly") }
                    return units
                }
            }
            return try CycleTerms.weightUnits(amountFen, ratePPB: rate.ppb, unitsPerWeight: unitsPerWeight,
                                              yuanPerWeightFen: yuanPerWeightFen, order: order)
        }
    }

    /// `trunc(amount × rate ÷ yuan_per_weight × 10^wd)`, exact, in weight units.
    static func weightUnits(_ amountFen: Int64, rate: Rate, plan: CyclePlan, order: Int64) throws(InputError) -> Int64 {
        try weightUnits(amountFen, ratePPB: rate.ppb, unitsPerWeight: plan.unitsPerWeight, yuanPerWeightFen: plan.yuanPerWeightFen, order: order)
    }

    static func weightUnits(_ amountFen: Int64, ratePPB: Int64, unitsPerWeight: Int64, yuanPerWeightFen: Int64, order: Int64) throws(InputError) -> Int64 {
        let numerator = Int128(amountFen) * Int128(ratePPB) * Int128(unitsPerWeight)
        let units = numerator / (Int128(yuanPerWeightFen) * Int128(Rate.scale))
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
