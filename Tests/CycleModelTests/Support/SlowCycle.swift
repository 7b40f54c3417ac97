import SettleKernel
@testable import CycleModel

/// A slow, obvious reading of SPEC-cycle §3, written from the spec alone: dictionaries by member
/// id, every order rescanned every day, ancestors walked through a referrer dictionary, every
/// formula evaluated as written with Int128. Only `paid_before` carries from day to day.
struct SlowCycle {
    struct Figures: Equatable {
        var revenue: Int64 = 0, weightedPool: Int64 = 0, eligibleWeight: Int64 = 0, weightedPaid: Int64 = 0
        var levelPool: Int64 = 0, levelPaid: Int64 = 0, returned: Int64 = 0
        var levelMembers: [Int] = [], levelPools: [Int64] = [], levelPerHead: [Int64] = [], levelPaidEach: [Int64] = []
    }

    let members: [MemberRow]
    let orders: [OrderRow]
    let versions: [(effectiveFrom: Day, plan: CyclePlan)]
    var paidBefore: [Int64: Int64] = [:]

    init(members: [MemberRow], orders: [OrderRow], versions: [(effectiveFrom: Day, plan: CyclePlan)]) {
        self.members = members
        self.orders = orders
        self.versions = versions.sorted { $0.effectiveFrom < $1.effectiveFrom }
    }

    func plan(on day: Day) -> (effectiveFrom: Day, plan: CyclePlan) {
        versions.last { $0.effectiveFrom <= day } ?? versions[0]
    }

    static func pow10(_ n: Int) -> Int128 { (0..<n).reduce(Int128(1)) { value, _ in value * 10 } }

    /// Weight and quota each member gets from the orders active on `day`.
    func grants(on day: Day) -> (weight: [Int64: Int64], quota: [Int64: Int64]) {
        let referrer = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0.referrerId) })
        var weight: [Int64: Int64] = [:], quota: [Int64: Int64] = [:]
        let start = versions[0].effectiveFrom
        for order in orders where order.paidOn >= start {
            let plan = plan(on: order.paidOn).plan
            let active = order.paidOn.advanced(by: Int32(plan.entryLagDays)) <= day && (order.refundedOn.map { $0 > day } ?? true)
            guard active else { continue }
            let amount = Int128(order.amountFen), scale = Int128(1_000_000_000), units = Self.pow10(plan.weightDecimals)
            weight[order.memberId, default: 0] += Int64(amount * units / Int128(plan.yuanPerWeightFen))
            quota[order.memberId, default: 0] += Int64(amount * Int128(plan.quotaMultiplier.ppb) / scale)
            var ancestor = referrer[order.memberId] ?? nil
            var generation = 1
            while let current = ancestor, generation <= max(plan.referralWeightRates.count, plan.referralQuotaMultipliers.count) {
                let rate = generation <= plan.referralWeightRates.count ? plan.referralWeightRates[generation - 1].ppb : 0
                let multiplier = generation <= plan.referralQuotaMultipliers.count ? plan.referralQuotaMultipliers[generation - 1].ppb : 0
                weight[current, default: 0] += Int64(amount * Int128(rate) * units / (Int128(plan.yuanPerWeightFen) * scale))
                quota[current, default: 0] += Int64(amount * Int128(multiplier) / scale)
                ancestor = referrer[current] ?? nil
                generation += 1
            }
        }
        return (weight, quota)
    }

    mutating func settle(_ day: Day) -> (lines: [Line<CycleKind>], figures: Figures) {
        let plan = plan(on: day).plan
        let (weight, quota) = grants(on: day)
        let start = versions[0].effectiveFrom
        var figures = Figures()
        figures.revenue = orders.filter { $0.paidOn >= start && $0.paidOn == day && ($0.refundedOn.map { $0 > day } ?? true) }
            .reduce(0) { $0 + $1.amountFen }
        let revenue = Int128(figures.revenue), scale = Int128(1_000_000_000)
        figures.weightedPool = Int64(revenue * Int128(plan.weightedPoolRate.ppb) / scale)
        figures.levelPool = Int64(revenue * Int128(plan.levelPoolRate.ppb) / scale)
        let ids = members.map(\.id).sorted()
        func left(_ id: Int64) -> Int64 { quota[id, default: 0] - paidBefore[id, default: 0] }
        let eligible = ids.filter { left($0) > 0 }
        figures.eligibleWeight = eligible.reduce(0) { $0 + weight[$1, default: 0] }
        func level(_ id: Int64) -> Int? { plan.levels.indices.last { plan.levels[$0].minWeightUnits <= weight[id, default: 0] } }
        figures.levelPools = plan.levels.map { Int64(revenue * Int128(plan.levelPoolRate.ppb) * Int128($0.share.ppb) / (scale * scale)) }
        figures.levelMembers = plan.levels.indices.map { index in eligible.filter { level($0) == index }.count }
        figures.levelPerHead = zip(figures.levelPools, figures.levelMembers).map { $1 == 0 ? 0 : $0 / Int64($1) }
        figures.levelPaidEach = plan.levels.map { _ in 0 }
        var lines: [Line<CycleKind>] = []
        for id in eligible {
            let w = weight[id, default: 0]
            let entitledW = figures.eligibleWeight == 0 || w == 0 ? 0
                : Int64(Int128(figures.weightedPool) * Int128(w) / Int128(figures.eligibleWeight))
            let entitledL = level(id).map { figures.levelPerHead[$0] } ?? 0
            let paidW = min(entitledW, left(id))
            let paidL = min(entitledL, left(id) - paidW)
            if entitledW > 0 { lines.append(Line(memberId: id, kind: .weighted, entitledFen: entitledW, paidFen: paidW)) }
            if entitledL > 0 { lines.append(Line(memberId: id, kind: .level, entitledFen: entitledL, paidFen: paidL)) }
            if let index = level(id) { figures.levelPaidEach[index] += paidL }
            figures.weightedPaid += paidW
            figures.levelPaid += paidL
            paidBefore[id, default: 0] += paidW + paidL
        }
        figures.returned = figures.weightedPool - figures.weightedPaid + figures.levelPool - figures.levelPaid
        return (lines, figures)
    }

    /// The engine's figures in the reference's shape.
    static func figures(_ engine: CycleDayFigures) -> Figures {
        Figures(revenue: engine.revenueFen, weightedPool: engine.weightedPoolFen, eligibleWeight: engine.eligibleWeightUnits,
                weightedPaid: engine.weightedPaidFen, levelPool: engine.levelPoolFen, levelPaid: engine.levelPaidFen,
                returned: engine.returnedFen, levelMembers: engine.levels.map(\.members), levelPools: engine.levels.map(\.poolFen),
                levelPerHead: engine.levels.map(\.perHeadFen), levelPaidEach: engine.levels.map(\.paidFen))
    }
}
