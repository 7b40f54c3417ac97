/// One member among a day's top earners.
public struct Earner: Equatable, Sendable {
    public var memberId: Int64
    public var phone: String?
    /// Paid by kind, indexed by the kind's code.
    public var paidFen: [Int64]
    public var forfeitedFen: Int64
    public var totalPaidFen: Int64 { paidFen.reduce(0, +) }
    public init(memberId: Int64, phone: String? = nil, paidFen: [Int64], forfeitedFen: Int64) {
        self.memberId = memberId; self.phone = phone; self.paidFen = paidFen; self.forfeitedFen = forfeitedFen
    }

    /// The `limit` members paid most on a day, from its lines (ties: smaller member id first).
    /// One pass over the lines (sorted by member) keeping the best `limit` so far: no array per
    /// member and no sort of every member (this was a third of a night's own time).
    public static func top<Kind: LineKind>(_ limit: Int, of lines: [Line<Kind>]) -> [Earner] {
        guard limit > 0 else { return [] }
        var best: [(totalFen: Int64, memberId: Int64, lines: Range<Int>)] = []   // best first, at most `limit`
        best.reserveCapacity(limit + 1)
        var start = 0
        while start < lines.count {                            // bounded: the day's lines, a member at a time
            let member = lines[start].memberId
            var end = start, total: Int64 = 0
            while end < lines.count && lines[end].memberId == member { total += lines[end].paidFen; end += 1 }
            let candidate = (totalFen: total, memberId: member, lines: start..<end)
            if best.count < limit || ranksBefore(candidate, best[best.count - 1]) {
                var at = best.count
                while at > 0 && ranksBefore(candidate, best[at - 1]) { at -= 1 }   // bounded: limit
                best.insert(candidate, at: at)
                if best.count > limit { best.removeLast() }
            }
            start = end
        }
        let kinds = Kind.codeCount
        return best.map { entry in
            var earner = Earner(memberId: entry.memberId, paidFen: [Int64](repeating: 0, count: kinds), forfeitedFen: 0)
            for line in lines[entry.lines] {
                earner.paidFen[Int(line.kind.code)] += line.paidFen
                earner.forfeitedFen += line.forfeitedFen
            }
            return earner
        }
    }

    /// More paid first; on a tie the smaller member id.
    static func ranksBefore(_ a: (totalFen: Int64, memberId: Int64, lines: Range<Int>),
                            _ b: (totalFen: Int64, memberId: Int64, lines: Range<Int>)) -> Bool {
        a.totalFen != b.totalFen ? a.totalFen > b.totalFen : a.memberId < b.memberId
    }
}
