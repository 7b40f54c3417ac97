@testable import SettleKernel
@testable import PointsModel

/// Random shops for property tests: trees of every shape (wide, deep chains), orders with
/// cents, below the lowest tier and exactly on thresholds, refunds, several plan versions,
/// and plans that make members run out of locked points.
struct RandomShop {
    var plans: PointsPlanBook
    var members: [MemberRow]
    var orders: [OrderRow]
    var firstDay: Day
    var days: Int32

    static let start = Day(iso: "2026-03-01")!

    init(seed: UInt64, maxMembers: Int = 40) {
        var random = SeededRandom(seed: seed)
        firstDay = RandomShop.start
        days = Int32.random(in: 3...6, using: &random)

        var versions: [PointsPlanBook.Version] = [.init(effectiveFrom: RandomShop.start.advanced(by: -30), plan: RandomShop.plan(&random))]
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            versions.append(.init(effectiveFrom: RandomShop.start.advanced(by: Int32.random(in: -10...5, using: &random)),
                                  plan: RandomShop.plan(&random)))
        }
        var seenDays = Set<Day>()
        plans = PointsPlanBook(versions.filter { seenDays.insert($0.effectiveFrom).inserted })

        // Members: ids sparse and unordered; shapes from wide to a single chain.
        let count = Int.random(in: 1...maxMembers, using: &random)
        var ids = (0..<count).map { Int64($0) * 7 + 3 }
        ids.shuffle(using: &random)
        let shape = Int.random(in: 0...3, using: &random)
        members = []
        for (index, id) in ids.enumerated() {
            var referrer: Int64? = nil
            if index > 0 {
                switch shape {
                case 0: referrer = ids[index - 1]                                       // one chain
                case 1: referrer = ids[Int.random(in: max(0, index - 3)..<index, using: &random)]  // deep-ish
                case 2: referrer = Bool.random(using: &random) ? ids[0] : ids[Int.random(in: 0..<index, using: &random)]
                default: referrer = Int.random(in: 0...5, using: &random) == 0 ? nil : ids[Int.random(in: 0..<index, using: &random)]
                }
            }
            members.append(MemberRow(id: id, referrerId: referrer))
        }

        // Orders: the lowest tier's threshold, cents, below it, far above it.
        let thresholds = plans.versions.flatMap { $0.plan.giftTiers.map(\.minAmountFen) }
        orders = []
        let orderCount = Int.random(in: 0...(count * 3), using: &random)
        for index in 0..<orderCount {
            let member = ids[Int.random(in: 0..<count, using: &random)]
            var amount: Int64
            switch Int.random(in: 0...4, using: &random) {
            case 0: amount = thresholds.randomElement(using: &random)!
            case 1: amount = thresholds.randomElement(using: &random)! - 1
            case 2: amount = Int64.random(in: 1...20_000_00, using: &random)
            default: amount = Int64.random(in: 1_000_00...400_000_00, using: &random)
            }
            amount = max(amount, 1)
            let points = Int64.random(in: 0...amount, using: &random)
            let paidOn = RandomShop.start.advanced(by: Int32.random(in: -4...days, using: &random))
            let refunded: Day? = Int.random(in: 0...5, using: &random) == 0
                ? paidOn.advanced(by: Int32.random(in: 0...4, using: &random)) : nil
            // Paid-at ties on purpose: the order id breaks them.
            let paidAt = Int64(paidOn.number) * 86_400_000_000 + Int64.random(in: 0...3, using: &random) * 1_000_000
            orders.append(OrderRow(id: Int64(1000 + index * 3), memberId: member, amountFen: amount, cashFen: amount - points,
                                   pointsFen: points, paidAtMicros: paidAt, paidOn: paidOn, refundedOn: refunded))
        }
        orders.shuffle(using: &random)
    }

    /// A random valid plan with small thresholds and fast release so that stars, caps and
    /// forfeits all happen within a few days.
    static func plan(_ random: inout SeededRandom) -> Plan {
        func rate(_ range: ClosedRange<Int64>) -> Rate { Rate(ppb: Int64.random(in: range, using: &random)) }
        var gifts: [Plan.GiftTier] = []
        var minimum: Int64 = Int64.random(in: 100_00...3000_00, using: &random)
        var multiplier = Rate(ppb: Int64.random(in: 1_000_000_000...1_500_000_000, using: &random))
        for index in 0..<Int.random(in: 1...4, using: &random) {
            gifts.append(.init(name: "g\(index)", minAmountFen: minimum, multiplier: multiplier))
            minimum += Int64.random(in: 1...50_000_00, using: &random)
            multiplier = Rate(ppb: multiplier.ppb + Int64.random(in: 0...1_000_000_000, using: &random))
        }
        var stars: [Plan.StarTier] = []
        var threshold: Int64 = Int64.random(in: 0...20_000_00, using: &random)
        var starRate: Int64 = Int.random(in: 0...3, using: &random) == 0 ? 0 : Int64.random(in: 1...100_000_000, using: &random)
        for index in 0..<Int.random(in: 1...5, using: &random) {
            guard starRate <= 1_000_000_000 else { break }
            stars.append(.init(stars: index + 1, minTeamPerformanceFen: threshold, rate: Rate(ppb: starRate)))
            threshold += Int64.random(in: 1...100_000_00, using: &random)
            starRate += Int64.random(in: 1...200_000_000, using: &random)
        }
        return Plan(timezone: "Asia/Shanghai",
                    releaseLagDays: Int.random(in: 0...2, using: &random),
                    dailyReleaseRate: rate(0...300_000_000),
                    giftTiers: gifts,
                    shareRates: (0..<Int.random(in: 0...4, using: &random)).map { _ in rate(0...1_000_000_000) },
                    starTiers: stars,
                    peerRate: rate(0...100_000_000),
                    peerGenerations: Int.random(in: 0...3, using: &random),
                    maxPointsPaymentRatio: .one)
    }
}
