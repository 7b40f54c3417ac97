/// A model's kinds of settlement line (points: static, share, team, peer). The code is what the
/// shared tables store (`settle.day_lines.kind`); the name is what the contract views and the
/// reports show. Kinds sort by code, the order a model pays them in.
public protocol LineKind: CaseIterable, Comparable, Hashable, Sendable, CustomStringConvertible {
    var code: Int16 { get }
    var name: String { get }
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

    public init(kindCount: Int) {
        entitledFen = [Int64](repeating: 0, count: kindCount)
        paidFen = [Int64](repeating: 0, count: kindCount)
    }

    public init<Kind: LineKind>(_ lines: [Line<Kind>]) {
        self.init(kindCount: Kind.codeCount)
        for line in lines {                                   // bounded: the day's lines
            entitledFen[Int(line.kind.code)] += line.entitledFen
            paidFen[Int(line.kind.code)] += line.paidFen
        }
    }

    public var totalPaidFen: Int64 { paidFen.reduce(0, +) }
    public var totalEntitledFen: Int64 { entitledFen.reduce(0, +) }
}
