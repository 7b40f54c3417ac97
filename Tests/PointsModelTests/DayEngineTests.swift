import Testing
@testable import SettleKernel
@testable import PointsModel

@Suite struct DayEngineTests {
    /// A million-deep chain settles without recursion: every member releases and every ancestor
    /// pays differentials; the result is checked by its conservation, not by timing.
    @Test func millionDeepChainSettles() throws {
        let depth = 1_000_000
        let members = (0..<depth).map { MemberRow(id: Int64($0), referrerId: $0 == 0 ? nil : Int64($0 - 1)) }
        let orders = (0..<depth).map {
            OrderRow(id: Int64($0), memberId: Int64($0), amountFen: 3000_00, paidAtMicros: 0, paidOn: Day(0))
        }
        let snapshot = try Snapshot(plans: PointsPlanBook([.init(effectiveFrom: Day(0), plan: ShopBuilder.defaultPlan)]),
                                    members: members, orders: orders)
        var balances = try snapshot.balances(from: [])
        let result = DayEngine.settle(day: Day(1), snapshot: snapshot, balances: &balances)
        #expect(result.summary.paidFen[PointsKind.static.rawValue] == Int64(depth) * 36_00)
        #expect(result.summary.entitledFen[PointsKind.team.rawValue] > 0)
        #expect(result.summary.entitledFen[PointsKind.peer.rawValue] > 0)
        #expect(result.lots.map(\.releasedTodayFen).reduce(0, +) == result.summary.totalPaidFen)
    }
}

@Suite struct DeterminismTests {
    /// The same shop with its rows shuffled gives the same lines and lots.
    @Test(arguments: [11, 12, 13, 14, 15] as [UInt64])
    func inputOrderDoesNotMatter(seed: UInt64) throws {
        let shop = RandomShop(seed: seed, maxMembers: 120)
        var random = SeededRandom(seed: seed ^ 0xABCDEF)
        func run(_ members: [MemberRow], _ orders: [OrderRow]) throws -> [String] {
            let snapshot = try Snapshot(plans: shop.plans, members: members, orders: orders)
            var balances = try snapshot.balances(from: [])
            return (0..<shop.days).map { offset in
                let result = DayEngine.settle(day: shop.firstDay.advanced(by: offset), snapshot: snapshot, balances: &balances)
                return "\(result.lines)|\(result.lots)"
            }
        }
        let first = try run(shop.members, shop.orders)
        let second = try run(shop.members.shuffled(using: &random), shop.orders.shuffled(using: &random))
        #expect(first == second)
    }

    /// Saved lot states (as the database keeps them) carry a day over exactly.
    @Test func restartingFromSavedStatesGivesTheSameDays() throws {
        let shop = RandomShop(seed: 99, maxMembers: 80)
        let snapshot = try Snapshot(plans: shop.plans, members: shop.members, orders: shop.orders)
        var straight = try snapshot.balances(from: [])
        var results: [DayResult] = []
        for offset in 0..<shop.days { results.append(DayEngine.settle(day: shop.firstDay.advanced(by: offset), snapshot: snapshot, balances: &straight)) }
        let saved = results[0].lots.map { LotState(orderId: $0.orderId, releasedFen: $0.releasedTotalFen) }
        var resumed = try snapshot.balances(from: saved)
        // Lots exhausted before day 0 do not occur here (no earlier settled day); day 1 onwards must match.
        for offset in 1..<shop.days {
            let again = DayEngine.settle(day: shop.firstDay.advanced(by: offset), snapshot: snapshot, balances: &resumed)
            #expect(again.lines == results[Int(offset)].lines)
            #expect(again.lots == results[Int(offset)].lots)
        }
    }
}
