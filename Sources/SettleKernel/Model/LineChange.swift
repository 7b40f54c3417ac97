/// One (day, member, kind) line that a rerun changed: old and new amounts (nil where absent).
public struct LineChange<Kind: LineKind>: Equatable, Sendable {
    public var day: Day
    public var memberId: Int64
    public var kind: Kind
    public var old: Line<Kind>?
    public var new: Line<Kind>?

    /// Lines of both sides sorted by (member, kind); differences in that order. Pure.
    public static func diff(day: Day, old: [Line<Kind>], new: [Line<Kind>]) -> [LineChange] {
        let oldSorted = old.sorted { ($0.memberId, $0.kind) < ($1.memberId, $1.kind) }
        let newSorted = new.sorted { ($0.memberId, $0.kind) < ($1.memberId, $1.kind) }
        var changes: [LineChange] = []
        var i = 0, j = 0
        while i < oldSorted.count || j < newSorted.count {     // bounded: each step consumes a line
            let a = i < oldSorted.count ? oldSorted[i] : nil
            let b = j < newSorted.count ? newSorted[j] : nil
            if let a, let b, (a.memberId, a.kind) == (b.memberId, b.kind) {
                if a != b { changes.append(LineChange(day: day, memberId: a.memberId, kind: a.kind, old: a, new: b)) }
                i += 1; j += 1
            } else if let a, b.map({ (a.memberId, a.kind) < ($0.memberId, $0.kind) }) ?? true {
                changes.append(LineChange(day: day, memberId: a.memberId, kind: a.kind, old: a, new: nil))
                i += 1
            } else if let b {
                changes.append(LineChange(day: day, memberId: b.memberId, kind: b.kind, old: nil, new: b))
                j += 1
            }
        }
        return changes
    }
}
