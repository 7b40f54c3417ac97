import Testing
@testable import SettleKernel

@Suite struct ShopTests {
    @Test func orderForUnknownMemberIsNamed() {
        #expect(throws: InputError.orderForUnknownMember(orderId: 7, memberId: 3)) {
            try Shop(members: [MemberRow(id: 1, referrerId: nil)],
                     orders: [OrderRow(id: 7, memberId: 3, amountFen: 100, paidAtMicros: 0, paidOn: Day(0))])
        }
    }

    @Test func ordersAreGroupedByMemberOldestFirst() throws {
        let shop = try Shop(members: [MemberRow(id: 2, referrerId: nil), MemberRow(id: 1, referrerId: 2)],
                            orders: [OrderRow(id: 9, memberId: 2, amountFen: 500, paidAtMicros: 20, paidOn: Day(1)),
                                     OrderRow(id: 8, memberId: 2, amountFen: 700, paidAtMicros: 10, paidOn: Day(1)),
                                     OrderRow(id: 5, memberId: 1, amountFen: 300, paidAtMicros: 30, paidOn: Day(2), refundedOn: Day(3))])
        #expect(shop.orderIds == [5, 8, 9])
        #expect(shop.memberOrderStart == [0, 1, 3])
        #expect(shop.orderCounts(0, on: Day(2)) && !shop.orderCounts(0, on: Day(3)))
        #expect(shop.firstPaidDay == Day(1))
    }
}
