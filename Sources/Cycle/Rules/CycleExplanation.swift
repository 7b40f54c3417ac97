import SettleKernel

/// Why one member got what it got on one cycle day: its weight against the eligible weight and
/// the pool, its level with the heads in it and the level's pool, and what its quota cut. The
/// same computation as the engine's, for one member, from the state at the start of the day.
public struct CycleExplanation: Equatable, Sendable {
    public var day: Day
    public var memberId: Int64
    public var revenueFen: Int64 = 0
    public var weightedPoolRate: Rate = .zero
    public var weightedPoolFen: Int64 = 0
    public var weightUnits: Int64 = 0
    public var eligibleWeightUnits: Int64 = 0
    public var grantedFen: Int64 = 0
    public var paidBeforeFen: Int64 = 0
    public var levelName: String?
    public var levelMembers = 0
    public var levelPoolFen: Int64 = 0
    public var weightedEntitledFen: Int64 = 0
    public var weightedPaidFen: Int64 = 0
    public var levelEntitledFen: Int64 = 0
    public var levelPaidFen: Int64 = 0

    public var leftBeforeFen: Int64 { grantedFen - paidBeforeFen }
    public var eligible: Bool { leftBeforeFen > 0 }
    public var cutFen: Int64 { weightedEntitledFen - weightedPaidFen + levelEntitledFen - levelPaidFen }
    /// W × w, the numerator of the member's share of the weighted pool (÷ T, then truncated).
    public var weightedNumerator: Int128 { Int128(weightedPoolFen) * Int128(weightUnits) }

    /// The member's lines, as the engine writes them.
    public var lines: [CycleLine] {
        var lines: [CycleLine] = []
        if weightedEntitledFen > 0 { lines.append(CycleLine(memberId: memberId, kind: .weighted, entitledFen: weightedEntitledFen, paidFen: weightedPaidFen)) }
        if levelEntitledFen > 0 { lines.append(CycleLine(memberId: memberId, kind: .level, entitledFen: levelEntitledFen, paidFen: levelPaidFen)) }
        return lines
    }
}

extension CycleEngine {
    /// Explains member index `member` on `day`, from `state` as it stood at the start of the day.
    public static func explain(member: Int, day: Day, terms: CycleTerms, state: CycleState) -> CycleExplanation {
        var state = state
        let plan = terms.plans.plan(on: day)
        advance(&state, to: day, terms: terms)
        let pools = Pools(plan: plan, revenueFen: revenue(on: day, terms: terms), state: state)
        var explanation = CycleExplanation(day: day, memberId: terms.shop.tree.ids[member])
        explanation.revenueFen = pools.revenueFen
        explanation.weightedPoolRate = plan.weightedPoolRate
        explanation.weightedPoolFen = pools.weightedPoolFen
        explanation.weightUnits = state.weightUnits[member]
        explanation.eligibleWeightUnits = pools.eligibleWeightUnits
        explanation.grantedFen = state.grantedFen[member]
        explanation.paidBeforeFen = state.paidTotalFen[member]
        let level = pools.levelOf(state.weightUnits[member])
        explanation.levelName = level.map { plan.levels[$0].name }
        explanation.levelMembers = level.map { pools.levelMembers[$0] } ?? 0
        explanation.levelPoolFen = level.map { pools.levelPoolsFen[$0] } ?? 0
        guard explanation.eligible else { return explanation }
        let left = explanation.leftBeforeFen
        explanation.weightedEntitledFen = pools.weightedEntitlement(state.weightUnits[member])
        explanation.levelEntitledFen = level.map { pools.perHeadFen[$0] } ?? 0
        explanation.weightedPaidFen = min(explanation.weightedEntitledFen, left)
        explanation.levelPaidFen = min(explanation.levelEntitledFen, left - explanation.weightedPaidFen)
        return explanation
    }
}
