import Testing
@testable import SettleKernel
@testable import CycleModel

/// The engine against the slow reading of SPEC-cycle §3, day after day, over many random shops.
@Suite struct CycleEngineVersusSlowTests {
    static func engine(_ shop: CycleShopGenerator.Shop) throws -> CycleTerms {
        let versions = shop.versions.map { PlanBook<CyclePlan>.Version(effectiveFrom: $0.effectiveFrom, plan: $0.plan) }
        return try CycleTerms(shop: try Shop(members: shop.members, orders: shop.orders, byMember: Cycle.readsOrdersByMember), plans: PlanBook(versions))
    }

    /// Lines and figures of every day, engine (state carried, as a catch-up) against the reference.
    @Test(arguments: 0..<300 as Range<UInt64>)
    func everyDayEqualsTheReference(seed: UInt64) throws {
        var generator = CycleShopGenerator(state: seed)
        let shop = try generator.shop()
        let terms = try Self.engine(shop)
        var state = CycleState(paidTotalFen: [Int64](repeating: 0, count: terms.memberCount))
        var slow = SlowCycle(members: shop.members, orders: shop.orders, versions: shop.versions)
        for offset in 0..<shop.days {
            let day = shop.start.advanced(by: offset)
            let result = CycleEngine.settle(day: day, terms: terms, state: &state)
            let expected = slow.settle(day)
            #expect(result.lines == expected.lines, "seed \(seed) day \(day)")
            #expect(SlowCycle.figures(result.figures) == expected.figures, "seed \(seed) day \(day)")
        }
    }

    /// A run that starts from the paid totals alone (as the database loads them) settles the
    /// later days exactly as one that carried its running sums.
    @Test(arguments: 0..<60 as Range<UInt64>)
    func restartingFromPaidTotalsGivesTheSameDays(seed: UInt64) throws {
        var generator = CycleShopGenerator(state: seed ^ 0x5EED)
        let shop = try generator.shop()
        let terms = try Self.engine(shop)
        var carried = CycleState(paidTotalFen: [Int64](repeating: 0, count: terms.memberCount))
        var restarted: CycleState? = nil
        let cut = shop.days / 2
        for offset in 0..<shop.days {
            let day = shop.start.advanced(by: offset)
            if offset == cut { restarted = CycleState(paidTotalFen: carried.paidTotalFen) }
            let straight = CycleEngine.settle(day: day, terms: terms, state: &carried)
            if var state = restarted {
                #expect(CycleEngine.settle(day: day, terms: terms, state: &state) == straight, "seed \(seed) day \(day)")
                restarted = state
            }
        }
    }

    /// Shuffled members and orders give the same days.
    @Test(arguments: 0..<20 as Range<UInt64>)
    func inputOrderDoesNotMatter(seed: UInt64) throws {
        var generator = CycleShopGenerator(state: seed ^ 0xABC)
        var shop = try generator.shop()
        let terms = try Self.engine(shop)
        var mixer = CycleShopGenerator(state: seed)
        shop.members.sort { _, _ in mixer.below(2) == 0 }
        shop.orders.reverse()
        let shuffled = try Self.engine(shop)
        var a = CycleState(paidTotalFen: [Int64](repeating: 0, count: terms.memberCount)), b = a
        for offset in 0..<shop.days {
            let day = shop.start.advanced(by: offset)
            #expect(CycleEngine.settle(day: day, terms: terms, state: &a) == CycleEngine.settle(day: day, terms: shuffled, state: &b))
        }
    }

    /// The random shops reach every case the rules have.
    @Test func theRandomShopsCoverEveryCase() throws {
        var seen: Set<String> = []
        for seed in 0..<300 as Range<UInt64> {
            var generator = CycleShopGenerator(state: seed)
            let shop = try generator.shop()
            let terms = try Self.engine(shop)
            if shop.versions.count > 1 { seen.insert("versions") }
            if Set(shop.versions.map(\.plan.variant)).count == 1 { seen.insert("variant \(shop.versions[0].plan.variant)") }
            if shop.versions.contains(where: { $0.plan.entryLagDays > 0 }) { seen.insert("lag") }
            if shop.versions.contains(where: { $0.plan.weightDecimals > 0 }) { seen.insert("fractional weights") }
            if shop.versions.contains(where: { $0.plan.referralWeightRates.count >= 2 }) { seen.insert("generations") }
            if shop.orders.contains(where: { $0.refundedOn != nil }) { seen.insert("refunds") }
            var state = CycleState(paidTotalFen: [Int64](repeating: 0, count: terms.memberCount))
            for offset in 0..<shop.days {
                let result = CycleEngine.settle(day: shop.start.advanced(by: offset), terms: terms, state: &state)
                if result.lines.contains(where: { $0.paidFen < $0.entitledFen }) { seen.insert("quota cut") }
                if result.figures.revenueFen > 0 && result.figures.levels.contains(where: { $0.members == 0 }) { seen.insert("empty level") }
                if result.figures.revenueFen > 0 && result.figures.eligibleWeightUnits == 0 { seen.insert("T = 0") }
                if state.paidTotalFen.indices.contains(where: { state.leftFen($0) < 0 }) { seen.insert("quota below zero") }
            }
        }
        #expect(seen == ["versions", "variant basic", "variant extended", "lag", "fractional weights", "generations", "refunds",
                         "quota cut", "empty level", "T = 0", "quota below zero"])
    }
}
