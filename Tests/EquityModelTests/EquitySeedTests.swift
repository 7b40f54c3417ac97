import Foundation
import Testing
@testable import SettleKernel
@testable import EquityModel

/// The seed's worked numbers (seed/, 一、消费增值) through the engine: 100-yuan bottles bought by
/// members with no referrer, the price after each, and A's 21 points sold after the 100th.
@Suite struct EquitySeedTests {
    static let day = Day(iso: "2026-05-01")!

    static func plans(_ edit: (String) -> String = { $0 }) throws -> EquityPlanBook {
        PlanBook([.init(effectiveFrom: day, plan: try EquityPlan.parse(json: edit(EquityPlan.defaultDocument), isKnownTimeZone: { _ in true }))])
    }

    /// `buyers` orders of 100 yuan, one per member, then `requests`.
    static func settle(buyers: Int, requests: [EquityRequestRow] = [], plans: EquityPlanBook? = nil) throws -> (EquityDayResult, EquityState) {
        let members = (1...Int64(buyers)).map { MemberRow(id: $0, referrerId: nil) }
        let orders = (1...Int64(buyers)).map { OrderRow(id: $0, memberId: $0, amountFen: 100_00, paidAtMicros: $0, paidOn: day) }
        let inputs = try EquityInputs(shop: try Shop(members: members, orders: orders), requests: requests, plans: try plans ?? Self.plans())
        var state = EquityState(memberCount: inputs.memberCount)
        let result = EquityEngine.settle(day: day, inputs: inputs, state: &state)
        return (result, state)
    }

    static func price(_ book: EquityBook) -> String { book.price.display(unitsPerPoint: 1_000_000) }

    @Test func theFirstFourBottles() throws {
        let expected: [(Int64, String)] = [(21_000_000, "1.4286"), (14_700_000, "1.6807"), (12_495_000, "1.8674"), (11_245_500, "2.0188")]
        for (count, (units, price)) in expected.enumerated() {
            let (result, state) = try Self.settle(buyers: count + 1)
            #expect(state.holdings[count].holdingsUnits == units, "buyer \(count + 1)")
            #expect(Self.price(result.figures.closing) == price, "after buyer \(count + 1)")
        }
        let (first, _) = try Self.settle(buyers: 1)
        #expect(first.fills.first?.price.display(unitsPerPoint: 1_000_000) == "1.0000")
        #expect(first.lines == [EquityLine(memberId: 1, kind: .buy, pointsUnits: 21_000_000, yuanFen: 0)])
    }

    @Test func aHundredBottlesThenASells21Points() throws {
        let (hundred, _) = try Self.settle(buyers: 100)
        #expect(Self.price(hundred.figures.closing) == "5.1731")
        #expect(hundred.figures.exits == 0 && hundred.figures.closing.poolFen == 3000_00)
        let sell = EquityRequestRow(id: 1, memberId: 1, kind: "sell", pointsText: "21", amountFen: nil, requestedAtMicros: 1_000, day: Self.day)
        let (result, state) = try Self.settle(buyers: 100, requests: [sell])
        let lines = result.lines.filter { $0.memberId == 1 }
        #expect(lines.contains(EquityLine(memberId: 1, kind: .sell, pointsUnits: -21_000_000, yuanFen: 97_77)))
        #expect(lines.contains(EquityLine(memberId: 1, kind: .fee, pointsUnits: 0, yuanFen: 10_86)))
        #expect(state.holdings[0] == EquityHolding(holdingsUnits: 0, quotaFen: 200_00 - 108_63, bound: true))
        #expect(result.figures.closing.poolFen == 3000_00 - 97_77)
    }

    /// A referrer gets 10% of the contribution's worth; the buyer 70%; the price rises by what the 20% leaves.
    @Test func aReferrerGetsItsShare() throws {
        let members = [MemberRow(id: 1, referrerId: nil), MemberRow(id: 2, referrerId: 1)]
        let orders = [OrderRow(id: 1, memberId: 2, amountFen: 100_00, paidAtMicros: 1, paidOn: Self.day)]
        let inputs = try EquityInputs(shop: try Shop(members: members, orders: orders), requests: [], plans: try Self.plans())
        var state = EquityState(memberCount: 2)
        let result = EquityEngine.settle(day: Self.day, inputs: inputs, state: &state)
        #expect(result.lines == [EquityLine(memberId: 1, kind: .referral, pointsUnits: 3_000_000, yuanFen: 0),
                                 EquityLine(memberId: 2, kind: .buy, pointsUnits: 21_000_000, yuanFen: 0)])
        #expect(state.holdings[0].bound == false && state.holdings[1].bound && state.holdings[1].quotaFen == 200_00)
        #expect(Self.price(result.figures.closing) == "1.2500")                     // 30 yuan ÷ 24 points
    }

    /// With the issuance cap reached, the rest is a capped line and the pool still grows.
    @Test func theCapStopsIssuance() throws {
        let plans = try Self.plans { $0.replacingOccurrences(of: "\"100000000\"", with: "\"30\"") }
        let (result, state) = try Self.settle(buyers: 2, plans: plans)
        #expect(state.issuedUnits == 30_000_000 && state.holdings[1].holdingsUnits == 9_000_000)
        #expect(result.lines.contains(EquityLine(memberId: 2, kind: .capped, pointsUnits: 14_700_000 - 9_000_000, yuanFen: 0)))
        #expect(result.figures.roomUnits == 0 && result.figures.closing.poolFen == 60_00)
    }
}
