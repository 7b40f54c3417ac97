import Testing
@testable import SettleKernel
@testable import PointsModel

/// The random shops must reach every rule, or agreement with the reference would prove little.
@Suite struct RandomShopCoverageTests {
    @Test func randomShopsExerciseEveryKindAndForfeit() throws {
        var kinds = Set<PointsKind>()
        var forfeits = 0, exhausted = 0, refundedLots = 0, peers = 0
        for seed in 0..<200 as Range<UInt64> {
            let shop = RandomShop(seed: seed)
            refundedLots += shop.orders.filter { $0.refundedOn != nil }.count
            let snapshot = try Snapshot(plans: shop.plans, members: shop.members, orders: shop.orders)
            var balances = try snapshot.balances(from: [])
            for offset in 0..<shop.days {
                let result = DayEngine.settle(day: shop.firstDay.advanced(by: offset), snapshot: snapshot, balances: &balances)
                kinds.formUnion(result.lines.map(\.kind))
                forfeits += result.lines.filter { $0.forfeitedFen > 0 }.count
                peers += result.lines.filter { $0.kind == .peer }.count
                exhausted += result.summary.lotsExhausted
            }
        }
        #expect(kinds == Set(PointsKind.allCases))
        #expect(forfeits > 50)
        #expect(exhausted > 50)
        #expect(peers > 20)
        #expect(refundedLots > 20)
    }
}
