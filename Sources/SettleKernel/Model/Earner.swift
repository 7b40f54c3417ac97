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
    public static func top<Kind: LineKind>(_ limit: Int, of lines: [Line<Kind>]) -> [Earner] {
        var earners: [Earner] = []
        for line in lines {                                   // lines are sorted by member
            if earners.last?.memberId != line.memberId {
                earners.append(Earner(memberId: line.memberId, paidFen: [Int64](repeating: 0, count: Kind.codeCount), forfeitedFen: 0))
            }
            earners[earners.count - 1].paidFen[Int(line.kind.code)] += line.paidFen
            earners[earners.count - 1].forfeitedFen += line.forfeitedFen
        }
        // bounded: the day's lines, then their members
        earners.sort { ($1.totalPaidFen, $0.memberId) < ($0.totalPaidFen, $1.memberId) }
        return Array(earners.prefix(limit))
    }
}

