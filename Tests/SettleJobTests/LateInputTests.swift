import Testing
import SettleKernel
import SettleStore
@testable import SettleJob

@Suite struct LateInputTests {
    @Test func aChangedDayIsNamedWithWhatChanged() throws {
        let shop = try Shop(members: [MemberRow(id: 1, referrerId: nil)], orders: [
            OrderRow(id: 1, memberId: 1, amountFen: 100, paidAtMicros: 0, paidOn: Day(10), refundedOn: Day(12)),
            OrderRow(id: 2, memberId: 1, amountFen: 200, paidAtMicros: 0, paidOn: Day(11)),
        ])
        let now = InputDigest.byDay(shop, days: Day(10)...Day(12))
        let settled = (10...12).map { number in
            SettlementStore.SettledDay(day: Day(Int32(number)), runId: Int64(number), planEffectiveFrom: Day(0), digest: now[Day(Int32(number))] ?? DayDigest())
        }
        #expect(LateInput.find(in: shop, settled: settled).isEmpty)
        var stale = settled
        stale[2].digest = DayDigest()                          // day 12's refund arrived after it was settled
        stale[1].digest.paid &+= 1                             // day 11's orders changed
        #expect(LateInput.find(in: shop, settled: stale) == [
            LateInput(day: Day(11), ordersChanged: true, refundsChanged: false),
            LateInput(day: Day(12), ordersChanged: false, refundsChanged: true),
        ])
    }
}
