import Testing
import SettleKernel

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
