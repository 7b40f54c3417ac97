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
