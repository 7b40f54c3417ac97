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

    /// The grouping (checked in one half while the ids' uniqueness is checked in the other, the
    /// gather and the members' sorts split in two) against the slow reference: every order sorted
    /// by (member id, paid at, id). Orders streamed in any order give the same shop.
    @Test func ordersAreGroupedAsASortWouldWhateverTheirOrder() throws {
        var numbers = IdIndexTests.Numbers(state: 27)
        let members = (1...3_000).map { MemberRow(id: Int64($0), referrerId: $0 == 1 ? nil : Int64.random(in: 1..<Int64($0), using: &numbers)) }
        var orders = (1...20_000).map { id -> OrderRow in
            let paidAt = Int64.random(in: 0..<(40 * 86_400_000_000), using: &numbers) / 1_000_000 * 1_000_000
            let refunded = Int.random(in: 0..<10, using: &numbers) == 0
            return OrderRow(id: Int64(id) * 3, memberId: Int64.random(in: 1...3_000, using: &numbers), amountFen: Int64(id % 900 + 1),
                            paidAtMicros: paidAt, paidOn: Day(Int32(paidAt / 86_400_000_000)),
                            refundedOn: refunded ? Day(Int32(paidAt / 86_400_000_000) + 1) : nil)
        }
        orders[7].paidAtMicros = orders[8].paidAtMicros; orders[7].memberId = orders[8].memberId   // a tie on paid at: by id
        let expected = orders.sorted { ($0.memberId, $0.paidAtMicros, $0.id) < ($1.memberId, $1.paidAtMicros, $1.id) }
        for streamed in [orders, orders.reversed(), orders.shuffled(using: &numbers)] {
            let shop = try Shop(members: members, orders: streamed)
            let sameIds = shop.orderIds == expected.map(\.id)          // a Bool: 20,000 ids are not printed
            #expect(sameIds)
            let sameMembers = shop.orderMember.map { shop.tree.ids[Int($0)] } == expected.map(\.memberId)
            #expect(sameMembers)
            #expect(shop.orderAmountFen == expected.map(\.amountFen) && shop.orderPaidAtMicros == expected.map(\.paidAtMicros))
            #expect(shop.orderRefundedOn == expected.map { $0.refundedOn?.number ?? Shop.notRefunded })
            #expect(shop.memberOrderStart.count == 3_001 && shop.memberOrderStart.last == 20_000)
            for member in 0..<3_000 {
                let range = Int(shop.memberOrderStart[member])..<Int(shop.memberOrderStart[member + 1])
                #expect(range.allSatisfy { shop.orderMember[$0] == Int32(member) })
            }
        }
    }

    /// A shop not grouped by member (`byMember: false`, the cycle and equity programs') has its
    /// orders in id order whatever their stream's order, each with its own member and columns, for
    /// dense ids (the index's table) and sparse ones (its sorted ids), and no member ranges.
    @Test func ordersNotGroupedByMemberAreInIdOrderWhateverTheirOrder() throws {
        var numbers = IdIndexTests.Numbers(state: 41)
        let members = (1...500).map { MemberRow(id: Int64($0), referrerId: $0 == 1 ? nil : Int64($0 / 2)) }
        for spread in [Int64(1), 1_000_003] {                       // dense, then sparse ids
            let orders = (1...4_000).map { id -> OrderRow in
                let paidAt = Int64.random(in: 0..<(20 * 86_400_000_000), using: &numbers)
                return OrderRow(id: Int64(id) * spread, memberId: Int64.random(in: 1...500, using: &numbers), amountFen: Int64(id % 700 + 1),
                                paidAtMicros: paidAt, paidOn: Day(Int32(paidAt / 86_400_000_000)),
                                refundedOn: id % 9 == 0 ? Day(Int32(paidAt / 86_400_000_000) + 2) : nil)
            }
            let expected = orders.sorted { $0.id < $1.id }
            for streamed in [orders.reversed(), orders.shuffled(using: &numbers)] {
                let shop = try Shop(members: members, orders: streamed, byMember: false)
                #expect(!shop.isGroupedByMember && shop.memberOrderStart.isEmpty)
                let sameIds = shop.orderIds == expected.map(\.id)
                #expect(sameIds)
                let sameMembers = shop.orderMember.map { shop.tree.ids[Int($0)] } == expected.map(\.memberId)
                #expect(sameMembers)
                #expect(shop.orderAmountFen == expected.map(\.amountFen) && shop.orderPaidAtMicros == expected.map(\.paidAtMicros))
                #expect(shop.orderRefundedOn == expected.map { $0.refundedOn?.number ?? Shop.notRefunded })
            }
            #expect(try Shop(members: members, orders: orders).isGroupedByMember)
        }
        #expect(throws: InputError.duplicateOrder(id: 4)) {
            try Shop(members: members, orders: [4, 9, 4].map { OrderRow(id: $0, memberId: 1, amountFen: 1, paidAtMicros: 0, paidOn: Day(0)) },
                     byMember: false)
        }
    }

    /// With several faults at once, the one named is the same as one pass's: a bad order first,
    /// then a duplicate id, then an unknown member.
    @Test func theFirstFaultIsNamedWhicheverHalfFindsIt() {
        let members = [MemberRow(id: 1, referrerId: nil)]
        let unknown = OrderRow(id: 5, memberId: 9, amountFen: 100, paidAtMicros: 0, paidOn: Day(0))
        let twice = [OrderRow(id: 6, memberId: 1, amountFen: 100, paidAtMicros: 0, paidOn: Day(0)),
                     OrderRow(id: 6, memberId: 1, amountFen: 200, paidAtMicros: 1, paidOn: Day(0))]
        let free = OrderRow(id: 8, memberId: 1, amountFen: 0, paidAtMicros: 0, paidOn: Day(0))
        #expect(throws: InputError.invalidOrder(orderId: 8, reason: "amount must be above 0")) {
            try Shop(members: members, orders: [unknown] + twice + [free])
        }
        #expect(throws: InputError.duplicateOrder(id: 6)) { try Shop(members: members, orders: [unknown] + twice) }
        #expect(throws: InputError.orderForUnknownMember(orderId: 5, memberId: 9)) { try Shop(members: members, orders: [unknown, twice[0]]) }
    }

    /// An order row is 64 bytes (3M are read every night) and its refund reads as it was set.
    @Test func anOrderRowIsSixtyFourBytesAndKeepsItsRefund() {
        #expect(MemoryLayout<OrderRow>.stride == 64)
        var order = OrderRow(id: 1, memberId: 2, amountFen: 100, paidAtMicros: 5, paidOn: Day(3))
        #expect(order.refundedOn == nil && order.refundedAtMicros == nil)
        order.refundedOn = Day(4)
        #expect(order.refundedOn == Day(4) && order.refundedAtMicros == 4 * 86_400_000_000)
        let instant: Int64 = 4 * 86_400_000_000 + 7
        order.refundedAtMicros = instant
        #expect(order.refundedAtMicros == instant)
        order.refundedOn = nil
        #expect(order == OrderRow(id: 1, memberId: 2, amountFen: 100, paidAtMicros: 5, paidOn: Day(3)))
        let midnight: Int64 = 6 * 86_400_000_000
        #expect(OrderRow(id: 1, memberId: 2, amountFen: 100, paidAtMicros: 5, paidOn: Day(3), refundedOn: Day(6)).refundedAtMicros == midnight)
    }
}
