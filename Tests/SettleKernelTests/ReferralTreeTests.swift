import Testing
@testable import SettleKernel

@Suite struct ReferralTreeTests {
    @Test func twoMemberCycleNamesBoth() {
        #expect(throws: InputError.referralCycle(memberIds: [1, 2], membersAffected: 2)) {
            try ReferralTree(members: [MemberRow(id: 1, referrerId: 2), MemberRow(id: 2, referrerId: 1)])
        }
    }

    @Test func longLoopIsNamedInReferralOrderWithWhatHangsBelow() {
        var members = (1...1000).map { MemberRow(id: Int64($0), referrerId: Int64($0 % 1000 + 1)) }
        members.append(MemberRow(id: 5000, referrerId: 17))      // hangs below the loop
        members.append(MemberRow(id: 6000, referrerId: nil))     // a healthy root
        do {
            _ = try ReferralTree(members: members)
            Issue.record("cycle not found")
        } catch {
            guard case .referralCycle(let ids, let affected) = error else { Issue.record("\(error)"); return }
            #expect(ids.count == 1000 && ids.first == 1 && ids[1] == 2)
            #expect(affected == 1001)
            #expect(error.description.contains("1 → 2 → 3"))
        }
    }

    @Test func unknownReferrerAndSelfReferralAreNamed() {
        #expect(throws: InputError.unknownReferrer(memberId: 1, referrerId: 99)) {
            try ReferralTree(members: [MemberRow(id: 1, referrerId: 99)])
        }
        #expect(throws: InputError.selfReferral(memberId: 4)) { try ReferralTree(members: [MemberRow(id: 4, referrerId: 4)]) }
        #expect(throws: InputError.duplicateMember(id: 4)) {
            try ReferralTree(members: [MemberRow(id: 4, referrerId: nil), MemberRow(id: 4, referrerId: nil)])
        }
    }
}

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
