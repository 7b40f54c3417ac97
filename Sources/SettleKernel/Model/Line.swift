/// A model's kinds of settlement line (points: static, share, team, peer). The code is what the
/// shared tables store (`settle.day_lines.kind`); the name is what the contract views and the
/// reports show. Kinds sort by code, the order a model pays them in.
public protocol LineKind: CaseIterable, Comparable, Hashable, Sendable, CustomStringConvertible {
    var code: Int16 { get }
    var name: String { get }
    /// A day's passes over its lines, as requirements with the defaults below: each kind's
    /// conformance gets them compiled for its own lines, where the shared machinery (generic over
    /// the model, in other modules) ran them unspecialised, through the Swift runtime per line
    /// (about 40 ms of a million-member night).
    static func figures(of lines: [Line<Self>]) -> LineFigures
    static func paidByMember(_ lines: [Line<Self>], kinds: [Self]) -> [(member: Int64, amount: Int64)]
}

/// Entitled and paid per kind, and the members paid anything (lines sorted by member).
public struct LineFigures: Equatable, Sendable {
    public var totals: KindTotals
    public var membersPaid: Int
    @inlinable public init(totals: KindTotals, membersPaid: Int) { self.totals = totals; self.membersPaid = membersPaid }
}

extension LineKind {
    @inlinable
    public static func figures(of lines: [Line<Self>]) -> LineFigures {
        var totals = KindTotals(kindCount: codeCount)
        var membersPaid = 0, last: Int64? = nil
        for line in lines {                                   // bounded: the day's lines
            totals.entitledFen[Int(line.kind.code)] += line.entitledFen
            totals.paidFen[Int(line.kind.code)] += line.paidFen
            if line.paidFen > 0 && line.memberId != last { membersPaid += 1; last = line.memberId }
        }
        return LineFigures(totals: totals, membersPaid: membersPaid)
    }

    /// Paid per member by the lines of `kinds`, from lines sorted by member: one pass, no
    /// dictionary; members whose amounts net to zero left out.
    @inlinable
    public static func paidByMember(_ lines: [Line<Self>], kinds: [Self]) -> [(member: Int64, amount: Int64)] {
        var credited = [Bool](repeating: false, count: codeCount)
        for kind in kinds { credited[Int(kind.code)] = true }
        var paid: [(member: Int64, amount: Int64)] = []
        for line in lines where line.paidFen != 0 && credited[Int(line.kind.code)] {   // bounded: the day's lines
            if paid.last?.member == line.memberId { paid[paid.count - 1].amount += line.paidFen }
            else { paid.append((line.memberId, line.paidFen)) }
        }
        return paid.filter { $0.amount != 0 }
    }
}

extension LineKind {
    public init?(code: Int16) {
        guard let found = Self.allCases.first(where: { $0.code == code }) else { return nil }
        self = found
    }
    public init?(name: String) {
        guard let found = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = found
    }
    public var description: String { name }
    /// One past the highest code: the length of a per-kind totals array.
    public static var codeCount: Int { allCases.reduce(0) { Swift.max($0, Int($1.code) + 1) } }
}

/// One (member, kind) line of a settled day: what the rules give and what was paid.
public struct Line<Kind: LineKind>: Equatable, Hashable, Sendable {
    public var memberId: Int64
    public var kind: Kind
    public var entitledFen: Int64
    public var paidFen: Int64
    public var forfeitedFen: Int64 { entitledFen - paidFen }
    public init(memberId: Int64, kind: Kind, entitledFen: Int64, paidFen: Int64) {
        self.memberId = memberId; self.kind = kind; self.entitledFen = entitledFen; self.paidFen = paidFen
    }
}

/// Entitled and paid per kind code, for the run record and the day-totals check.
public struct KindTotals: Equatable, Sendable {
    public var entitledFen: [Int64]
    public var paidFen: [Int64]

    @inlinable
    public init(kindCount: Int) {
        entitledFen = [Int64](repeating: 0, count: kindCount)
        paidFen = [Int64](repeating: 0, count: kindCount)
    }

    public init<Kind: LineKind>(_ lines: [Line<Kind>]) { self = Kind.figures(of: lines).totals }

    public var totalPaidFen: Int64 { paidFen.reduce(0, +) }
    public var totalEntitledFen: Int64 { entitledFen.reduce(0, +) }
}
