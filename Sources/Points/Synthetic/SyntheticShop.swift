import SettleKernel
import PointsModel

/// A synthetic shop, reproducible from a seed: a referral tree shaped like a real private-domain
/// shop's (most members recruit nobody, a few recruit thousands, some chains thousands deep)
/// and a year of orders with a real shop's gift-tier mix and refunds. Pure: no I/O.
public struct SyntheticShop: Sendable {
    public struct Options: Sendable {
        public var members: Int
        public var orders: Int
        /// Orders are paid over the `historyDays` days that end on `lastDay`.
        public var lastDay: Day
        public var historyDays: Int32 = 365
        public var seed: UInt64 = 1
        /// Share of orders that qualify for a lot (amount ≥ 3000).
        public var qualifyingPercent: Int = 80
        public var refundPercent: Int = 2
        public init(members: Int, orders: Int, lastDay: Day) { self.members = members; self.orders = orders; self.lastDay = lastDay }
    }

    public var members: [MemberRow]
    public var orders: [OrderRow]

    public init(_ options: Options) {
        var random = SplitMix(state: options.seed)
        members = SyntheticShop.tree(count: options.members, random: &random)
        orders = SyntheticShop.orders(options, memberCount: options.members, random: &random)
    }

    /// Member i (id i + 1) joins after members 0..<i. About 3% of members form chains of
    /// 500–5000 hanging from a random member (one chain starts per ~90,000 joins); the rest pick a random earlier member and, half the time,
    /// that member's referrer instead: popular recruiters recruit more (a power law).
    static func tree(count: Int, random: inout SplitMix) -> [MemberRow] {
        var referrer = [Int](repeating: -1, count: count)
        var index = 1
        while index < count {
            if random.below(90_000) == 0 {
                let length = min(500 + random.below(4500), count - index)
                referrer[index] = random.below(index)
                for step in 1..<max(1, length) { referrer[index + step] = index + step - 1 }
                index += max(1, length)
                continue
            }
            if random.below(100) == 0 { index += 1; continue }          // a new root (walk-in customer)
            let pick = random.below(index)
            referrer[index] = random.below(2) == 0 || referrer[pick] < 0 ? pick : referrer[pick]
            index += 1
        }
        return (0..<count).map { MemberRow(id: Int64($0 + 1), referrerId: referrer[$0] < 0 ? nil : Int64(referrer[$0] + 1)) }
    }

    /// Amounts by a real shop's mix: 20% small orders below the lowest tier, then 初级 / 中级 /
    /// 高级 / VIP, with cents; a few whales. Paid uniformly over the history, at any second.
    static func orders(_ options: Options, memberCount: Int, random: inout SplitMix) -> [OrderRow] {
        var orders: [OrderRow] = []
        orders.reserveCapacity(options.orders)
        let firstDay = options.lastDay.advanced(by: -(options.historyDays - 1))
        let smallPercent = 100 - options.qualifyingPercent
        for index in 0..<options.orders {
            let roll = random.below(100)
            let yuan: Int
            switch roll {
            case ..<smallPercent: yuan = 50 + random.below(2950)
            case ..<(smallPercent + 45): yuan = 3000 + random.below(6000)
            case ..<(smallPercent + 70): yuan = 9000 + random.below(18000)
            case ..<(smallPercent + 78): yuan = 27000 + random.below(24000)
            default: yuan = 51000 + random.below(random.below(100) == 0 ? 2_000_000 : 100_000)
            }
            let amount = Int64(yuan) * 100 + Int64(random.below(100))
            let points = random.below(4) == 0 ? amount / 10 : 0
            let day = firstDay.advanced(by: Int32(random.below(Int(options.historyDays))))
            let second = Int64(random.below(86_400))
            let localMidnightUTC: Int64 = Int64(day.number) * 86_400 - 8 * 3600               // Shanghai local day
            let paidAt: Int64 = (localMidnightUTC + second) * 1_000_000
            let refunded: Day? = random.below(100) < options.refundPercent ? day.advanced(by: Int32(random.below(10))) : nil
            orders.append(OrderRow(id: Int64(index + 1), memberId: Int64(random.below(memberCount) + 1), amountFen: amount,
                                   cashFen: amount - points, pointsFen: points, paidAtMicros: paidAt, paidOn: day,
                                   refundedOn: refunded.map { min($0, options.lastDay) }))
        }
        return orders
    }

    /// A single chain `depth` deep (member 1 at the top), each member with one 3000 order.
    public static func chain(depth: Int, day: Day) -> SyntheticShop {
        let members = (0..<depth).map { MemberRow(id: Int64($0 + 1), referrerId: $0 == 0 ? nil : Int64($0)) }
        let paidAt: Int64 = Int64(day.number) * 86_400_000_000
        let orders = (0..<depth).map { (index: Int) -> OrderRow in
            let amount: Int64 = 3000_00 + Int64(index % 7) * 1000_00
            return OrderRow(id: Int64(index + 1), memberId: Int64(index + 1), amountFen: amount, paidAtMicros: paidAt, paidOn: day)
        }
        return SyntheticShop(members: members, orders: orders)
    }

    init(members: [MemberRow], orders: [OrderRow]) { self.members = members; self.orders = orders }
}

/// SplitMix64: small, fast, and the same sequence on every platform.
public struct SplitMix: RandomNumberGenerator, Sendable {
    public var state: UInt64
    public init(state: UInt64) { self.state = state }
    public init(seed: UInt64) { self.state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in 0..<bound (bound > 0).
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
