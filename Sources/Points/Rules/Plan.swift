import SettleKernel

/// One version of the reward plan (SPEC §2), already validated.
public struct Plan: Equatable, Sendable {
    public struct GiftTier: Equatable, Sendable {
        public var name: String
        public var minAmountFen: Int64
        public var multiplier: Rate
    }

    public struct StarTier: Equatable, Sendable {
        public var stars: Int
        public var minTeamPerformanceFen: Int64
        public var rate: Rate
    }

    public var timezone: String
    public var releaseLagDays: Int
    public var dailyReleaseRate: Rate
    public var giftTiers: [GiftTier]
    public var shareRates: [Rate]
    public var starTiers: [StarTier]
    public var peerRate: Rate
    public var peerGenerations: Int
    public var maxPointsPaymentRatio: Rate

    /// The highest gift tier with `minAmount <= amountFen`, or nil when the order does not qualify.
    public func giftTierIndex(forAmountFen amountFen: Int64) -> Int? {
        var found: Int? = nil
        for (index, tier) in giftTiers.enumerated() where tier.minAmountFen <= amountFen { found = index }
        return found
    }

    /// The star tier index (0-based) for a team performance, or nil with no tier.
    public func starTierIndex(forPerformanceFen performanceFen: Int128) -> Int? {
        var found: Int? = nil
        for (index, tier) in starTiers.enumerated() where Int128(tier.minTeamPerformanceFen) <= performanceFen { found = index }
        return found
    }
}

/// The points program's plan versions.
public typealias PointsPlanBook = PlanBook<Plan>

extension Plan: ModelPlan {
    /// A stable list of the plan's terms for the input digest (the same numbers since session 1).
    public var digestFields: [Int64] {
        var fields: [Int64] = [Int64(releaseLagDays), dailyReleaseRate.ppb, peerRate.ppb, Int64(peerGenerations)]
        for tier in giftTiers { fields += [tier.minAmountFen, tier.multiplier.ppb] }
        fields += shareRates.map(\.ppb)
        for tier in starTiers { fields += [Int64(tier.stars), tier.minTeamPerformanceFen, tier.rate.ppb] }
        return fields
    }
}
