import SettleKernel

/// One version of the cycle-purchase plan (SPEC-cycle §2), already validated.
public struct CyclePlan: ModelPlan {
    public enum Variant: String, Sendable { case basic, extended }

    public struct Level: Equatable, Sendable {
        public var name: String
        /// In weight units (10^−weight_decimals of a weight).
        public var minWeightUnits: Int64
        public var share: Rate
    }

    public var timezone: String
    public var variant: Variant
    public var entryLagDays: Int
    public var quotaMultiplier: Rate
    public var yuanPerWeightFen: Int64
    public var weightDecimals: Int
    /// Generation g + 1 at index g (index 0: the referrer).
    public var referralWeightRates: [Rate]
    public var referralQuotaMultipliers: [Rate]
    public var weightedPoolRate: Rate
    public var levelPoolRate: Rate
    public var levels: [Level]

    /// 10^weight_decimals: weight units per whole weight.
    public var unitsPerWeight: Int64 {
        var value: Int64 = 1
        for _ in 0..<weightDecimals { value *= 10 }
        return value
    }

    /// The highest level with `minWeightUnits <= units`, or nil below the lowest.
    public func levelIndex(forWeightUnits units: Int64) -> Int? {
        var found: Int? = nil
        for (index, level) in levels.enumerated() where level.minWeightUnits <= units { found = index }
        return found
    }

    public var digestFields: [Int64] {
        var fields: [Int64] = [variant == .basic ? 0 : 1, Int64(entryLagDays), quotaMultiplier.ppb, yuanPerWeightFen, Int64(weightDecimals),
                               weightedPoolRate.ppb, levelPoolRate.ppb]
        fields += [Int64(referralWeightRates.count)] + referralWeightRates.map(\.ppb)
        fields += [Int64(referralQuotaMultipliers.count)] + referralQuotaMultipliers.map(\.ppb)
        for level in levels { fields += [level.minWeightUnits, level.share.ppb] }
        return fields
    }
}

public typealias CyclePlanBook = PlanBook<CyclePlan>
