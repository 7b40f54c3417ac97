import Testing
@testable import SettleKernel
@testable import CycleModel

/// The seed's worked numbers (seed/, 二、循环购), through the engine.
@Suite struct CycleSeedTests {
    static let day = Day(iso: "2026-05-01")!

    static func plan(_ document: String = CyclePlan.defaultDocument) throws -> CyclePlanBook {
        PlanBook([.init(effectiveFrom: day, plan: try CyclePlan.parse(json: document, isKnownTimeZone: { _ in true }))])
    }

    static func settle(_ members: [MemberRow], _ orders: [OrderRow], plans: CyclePlanBook, paid: [Int64]? = nil) throws -> CycleDayResult {
        let terms = try CycleTerms(shop: try Shop(members: members, orders: orders), plans: plans)
        var state = CycleState(paidTotalFen: paid ?? [Int64](repeating: 0, count: terms.memberCount))
        return CycleEngine.settle(day: day, terms: terms, state: &state)
    }

    static func order(_ id: Int64, _ member: Int64, yuan: Int64, refunded: Day? = nil) -> OrderRow {
        OrderRow(id: id, memberId: member, amountFen: yuan * 100, paidAtMicros: id, paidOn: day, refundedOn: refunded)
    }

    /// 1000 yuan → quota 2000 and 1 share (用户A 1000元: 分红额度 2000元, 1个股权).
    @Test func aThousandYuanGivesQuotaTwoThousandAndOneShare() throws {
        let terms = try CycleTerms(shop: try Shop(members: [MemberRow(id: 1, referrerId: nil)], orders: [Self.order(1, 1, yuan: 1000)]),
                                   plans: try Self.plan())
        #expect(terms.grantWeightUnits == [1] && terms.grantQuotaFen == [2000_00])
    }

    /// Revenue 10000: the weighted pool is 3000; A holds 10 of the 100 eligible shares: 300.
    @Test func tenOfAHundredSharesOfThreeThousandIsThreeHundred() throws {
        // A bought 10000 (10 shares); 90 others hold one share each from 1000; revenue of the day 10000 is A's own order.
        var members = [MemberRow(id: 1, referrerId: nil)], orders = [Self.order(1, 1, yuan: 10000)]
        for id in 2...91 as ClosedRange<Int64> { members.append(MemberRow(id: id, referrerId: nil)) }
        let earlier = Self.day.advanced(by: -1)
        for id in 2...91 as ClosedRange<Int64> { orders.append(OrderRow(id: id, memberId: id, amountFen: 1000_00, paidAtMicros: id, paidOn: earlier)) }
        let plans = PlanBook([.init(effectiveFrom: earlier, plan: try Self.plan().versions[0].plan)])
        let terms = try CycleTerms(shop: try Shop(members: members, orders: orders), plans: plans)
        var state = CycleState(paidTotalFen: [Int64](repeating: 0, count: terms.memberCount))
        let result = CycleEngine.settle(day: Self.day, terms: terms, state: &state)
        #expect(result.figures.revenueFen == 10000_00 && result.figures.weightedPoolFen == 3000_00)
        #expect(result.figures.eligibleWeightUnits == 100)
        #expect(result.lines.first { $0.memberId == 1 && $0.kind == .weighted } == CycleLine(memberId: 1, kind: .weighted, entitledFen: 300_00, paidFen: 300_00))
    }

    /// Extended variant, revenue 100000: V1's own pool is 1% = 1000, shared by its 100 members: 10 each.
    @Test func aHundredV1MembersShareAThousand() throws {
        var members: [MemberRow] = [], orders: [OrderRow] = []
        for id in 1...100 as ClosedRange<Int64> {
            members.append(MemberRow(id: id, referrerId: nil))
            orders.append(Self.order(id, id, yuan: 1000))                // 1 contribution each: V1 (≥ 1)
        }
        // Revenue 100000: the 100 orders above.
        let result = try Self.settle(members, orders, plans: try Self.plan(CyclePlan.extendedDocument))
        #expect(result.figures.revenueFen == 100000_00)
        let v1 = try #require(result.figures.levels.first)
        #expect(v1.name == "V1" && v1.poolFen == 1000_00 && v1.members == 100 && v1.perHeadFen == 10_00 && v1.paidFen == 1000_00)
        #expect(result.lines.filter { $0.kind == .level }.allSatisfy { $0.entitledFen == 10_00 && $0.paidFen == 10_00 })
        #expect(result.figures.levels.dropFirst().allSatisfy { $0.members == 0 && $0.paidFen == 0 }, "empty levels return their pools")
        #expect(result.figures.returnedFen == result.figures.levels.dropFirst().reduce(0) { $0 + $1.poolFen })
    }

    /// A quota that runs out is cut: paid is what is left, the rest returns to the platform.
    @Test func aQuotaThatRunsOutIsCutAndTheRestReturned() throws {
        let members = [MemberRow(id: 1, referrerId: nil)]
        let orders = [Self.order(1, 1, yuan: 1000)]                    // quota 2000, revenue 1000: W 300, V-levels none
        let result = try Self.settle(members, orders, plans: try Self.plan(), paid: [1900_00])
        #expect(result.lines == [CycleLine(memberId: 1, kind: .weighted, entitledFen: 300_00, paidFen: 100_00)])
        #expect(result.figures.weightedPaidFen == 100_00 && result.figures.quotaRanOut == 1)
        #expect(result.figures.returnedFen == 200_00 + result.figures.levelPoolFen)
    }

    /// A refund takes back exactly what its order gave, from its refund day on.
    @Test func aRefundTakesBackWhatItsOrderGave() throws {
        let members = [MemberRow(id: 1, referrerId: nil), MemberRow(id: 2, referrerId: 1)]
        let orders = [Self.order(1, 2, yuan: 2000), Self.order(2, 2, yuan: 3000, refunded: Self.day)]
        let terms = try CycleTerms(shop: try Shop(members: members, orders: orders), plans: try Self.plan())
        var state = CycleState(paidTotalFen: [0, 0])
        let result = CycleEngine.settle(day: Self.day, terms: terms, state: &state)
        #expect(state.weightUnits == [2, 2] && state.grantedFen == [0, 4000_00], "only the unrefunded order counts; the referrer gets its weight")
        #expect(result.figures.revenueFen == 2000_00)
    }
}
