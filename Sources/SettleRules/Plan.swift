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

/// The versions of the plan, each in force from its `effectiveFrom` day.
public struct PlanBook: Sendable {
    public struct Version: Sendable {
        public var effectiveFrom: Day
        public var plan: Plan
        public init(effectiveFrom: Day, plan: Plan) { self.effectiveFrom = effectiveFrom; self.plan = plan }
    }

    public let versions: [Version]

    /// - Precondition: at least one version.
    public init(_ versions: [Version]) {
        precondition(!versions.isEmpty, "a plan book needs at least one version")
        self.versions = versions.sorted { $0.effectiveFrom < $1.effectiveFrom }
    }

    /// The version with the greatest `effectiveFrom <= day`; the first version for earlier days.
    public func version(on day: Day) -> Version { versions[versionIndex(on: day)] }

    public func versionIndex(on day: Day) -> Int {
        var low = 0, high = versions.count - 1, found = 0
        while low <= high {
            let mid = (low + high) / 2
            if versions[mid].effectiveFrom <= day { found = mid; low = mid + 1 } else { high = mid - 1 }
        }
        return found
    }

    public func plan(on day: Day) -> Plan { version(on: day).plan }
}
