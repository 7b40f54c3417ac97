import SettleKernel

extension CycleEngine {
    /// The day's two pools, from the revenue and who is eligible (SPEC-cycle §3.4–3.5).
    struct Pools {
        let weightedPoolFen: Int64
        let eligibleWeightUnits: Int64
        let levelPoolFen: Int64
        let levelThresholds: [Int64]
        let levelPoolsFen: [Int64]
        let levelMembers: [Int]
        let perHeadFen: [Int64]
        let revenueFen: Int64
        let eligibleMembers: Int
        var weightedPaidFen: Int64 = 0
        var levelPaidFen: [Int64]
        var membersPaid = 0
        var quotaRanOut = 0

        init(plan: CyclePlan, revenueFen: Int64, state: CycleState) {
            self.revenueFen = revenueFen
            weightedPoolFen = plan.weightedPoolRate.applyTruncating(revenueFen)
            levelPoolFen = plan.levelPoolRate.applyTruncating(revenueFen)
            levelThresholds = plan.levels.map(\.minWeightUnits)
            levelPoolsFen = plan.levels.map { level in
                Int64(Int128(revenueFen) * Int128(plan.levelPoolRate.ppb) * Int128(level.share.ppb) / (Int128(Rate.scale) * Int128(Rate.scale)))
            }
            var total: Int64 = 0, eligible = 0
            var members = [Int](repeating: 0, count: plan.levels.count)
            for member in state.paidTotalFen.indices where state.leftFen(member) > 0 {   // bounded: the members
                total += state.weightUnits[member]
                eligible += 1
                if let level = Self.level(of: state.weightUnits[member], thresholds: levelThresholds) { members[level] += 1 }
            }
            eligibleWeightUnits = total
            eligibleMembers = eligible
            levelMembers = members
            perHeadFen = zip(levelPoolsFen, members).map { pool, count in count == 0 ? 0 : pool / Int64(count) }
            levelPaidFen = [Int64](repeating: 0, count: plan.levels.count)
        }

        /// trunc(W × w ÷ T) for an eligible member's weight w (0 when T or w is 0).
        func weightedEntitlement(_ weightUnits: Int64) -> Int64 {
            guard eligibleWeightUnits > 0, weightUnits > 0 else { return 0 }
            return Int64(Int128(weightedPoolFen) * Int128(weightUnits) / Int128(eligibleWeightUnits))
        }

        func levelOf(_ weightUnits: Int64) -> Int? { Self.level(of: weightUnits, thresholds: levelThresholds) }

        static func level(of weightUnits: Int64, thresholds: [Int64]) -> Int? {
            var found: Int? = nil
            for (index, threshold) in thresholds.enumerated() where threshold <= weightUnits { found = index }
            return found
        }

        func figures(plan: CyclePlan, lines: [CycleLine], state: CycleState) -> CycleDayFigures {
            var figures = CycleDayFigures()
            figures.revenueFen = revenueFen
            figures.weightedPoolFen = weightedPoolFen
            figures.eligibleWeightUnits = eligibleWeightUnits
            figures.weightedPaidFen = weightedPaidFen
            figures.levelPoolFen = levelPoolFen
            figures.levelPaidFen = levelPaidFen.reduce(0, +)
            figures.levels = plan.levels.indices.map { index in
                CycleLevelFigures(name: plan.levels[index].name, minWeightUnits: plan.levels[index].minWeightUnits,
                                  members: levelMembers[index], poolFen: levelPoolsFen[index], perHeadFen: perHeadFen[index],
                                  paidFen: levelPaidFen[index])
            }
            figures.eligibleMembers = eligibleMembers
            figures.membersPaid = membersPaid
            figures.quotaRanOut = quotaRanOut
            figures.quotaOutstandingFen = state.paidTotalFen.indices.reduce(0) { $0 + max(0, state.leftFen($1)) }
            return figures
        }
    }
}
