import Testing
@testable import SettleKernel
@testable import CycleModel

@Suite struct CyclePlanDefaultsTests {
    @Test func bothDefaultDocumentsParse() throws {
        let basic = try CyclePlan.parse(json: CyclePlan.defaultDocument, isKnownTimeZone: { _ in true })
        #expect(basic.variant == .basic && basic.levels.map(\.minWeightUnits) == [50, 101, 201])
        let extended = try CyclePlan.parse(json: CyclePlan.extendedDocument, isKnownTimeZone: { _ in true })
        #expect(extended.variant == .extended && extended.levels.count == 4)
    }
}

/// A grant's weight through its reduced fraction in Int64 equals the Int128 formula of
/// SPEC-cycle §3.1, on both sides of the Int64 boundary.
@Suite struct WeightFractionTests {
    @Test func reducedFractionsGiveTheSameUnits() throws {
        var plan = try CyclePlan.parse(json: CyclePlan.defaultDocument, isKnownTimeZone: { _ in true })
        var numbers = CycleShopGenerator(state: 5)
        func next() -> UInt64 { numbers.next() }
        var checked = 0
        for _ in 0..<4_000 {
            plan.yuanPerWeightFen = Int64(1 + next() % 10_000_000)
            plan.weightDecimals = Int(next() % 7)
            let rate = Rate(ppb: Int64(next() % 3_000_000_000))
            let amount = Int64(1 + next() % (next() % 2 == 0 ? 10_000_000 : UInt64(Int64.max / 4)))
            let fraction = CycleTerms.WeightFraction(rate: rate, plan: plan)
            let slow = Result { () throws(InputError) in try CycleTerms.weightUnits(amount, rate: rate, plan: plan, order: 1) }
            let fast = Result { () throws(InputError) in try fraction.units(amount, order: 1) }
            switch (slow, fast) {
            case (.success(let a), .success(let b)): #expect(a == b, "\(amount) fen × \(rate) at \(plan.yuanPerWeightFen) fen, \(plan.weightDecimals) decimals"); checked += 1
            case (.failure, .failure): break
            default: Issue.record("one path refused what the other took: \(amount) fen × \(rate)")
            }
        }
        #expect(checked > 1_000)
    }
}
