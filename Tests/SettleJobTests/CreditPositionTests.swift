import Testing
import SettleKernel
@testable import SettleStore

/// A credit's feed position holds member ids from 0 to 2^40 - 1 (migration 0023); a member
/// outside is refused as bad input, named.
@Suite struct CreditPositionTests {
    let day = Day(iso: "2026-03-01")!

    @Test func membersInsideTheRangePass() throws {
        try SettlementStore.checkCreditPositions([(1, 100), ((1 << 40) - 1, 5)], day: day)
        try SettlementStore.checkCreditPositions([], day: day)
    }

    @Test func aMemberOutsideIsRefusedByName() {
        for member: Int64 in [1 << 40, -1] {
            do {
                try SettlementStore.checkCreditPositions([(min(member, 1), 1), (max(member, 1), 1)].sorted { $0.0 < $1.0 }, day: day)
                Issue.record("member \(member) was not refused")
            } catch {
                #expect(error.isDataRefusal && error.description.contains("member \(member)"), "\(error)")
            }
        }
    }
}
