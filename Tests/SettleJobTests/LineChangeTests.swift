import Testing
import SettleKernel
import SettleStore
@testable import SettleJob

enum K: Int16, LineKind {
    case a = 0, b = 1
    var code: Int16 { rawValue }
    var name: String { self == .a ? "a" : "b" }
    static func < (lhs: K, rhs: K) -> Bool { lhs.rawValue < rhs.rawValue }
}

@Suite struct LineChangeTests {
    let day = Day(iso: "2026-03-10")!
    func line(_ member: Int64, _ kind: K, _ paid: Int64) -> Line<K> { Line(memberId: member, kind: kind, entitledFen: paid + 1, paidFen: paid) }

    @Test func sameLinesInAnyOrderChangeNothing() {
        let lines = [line(1, .a, 5), line(1, .b, 6), line(2, .a, 7)]
        #expect(LineChange.diff(day: day, old: lines, new: lines.reversed()).isEmpty)
    }

    @Test func changedAddedAndRemovedLinesInMemberKindOrder() {
        let old = [line(1, .a, 5), line(2, .b, 6), line(3, .a, 1)]
        let new = [line(3, .a, 1), line(1, .a, 4), line(1, .b, 9)]
        let changes = LineChange.diff(day: day, old: old, new: new)
        #expect(changes.map { "\($0.memberId)\($0.kind.name) \($0.old?.paidFen ?? -1)→\($0.new?.paidFen ?? -1)" }
                == ["1a 5→4", "1b -1→9", "2b 6→-1"])
    }
}

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
