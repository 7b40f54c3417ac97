import SettleKernel

/// The points model's four kinds of line, in the order they are paid (SPEC §3.6).
public enum PointsKind: Int, LineKind {
    case `static` = 0, share = 1, team = 2, peer = 3
    public var code: Int16 { Int16(rawValue) }
    public var name: String { ["static", "share", "team", "peer"][rawValue] }
    public static func < (lhs: PointsKind, rhs: PointsKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One (member, kind) line of a settled points day.
public typealias PointsLine = Line<PointsKind>

/// What one lot released on the day, by kind, for every lot active at the start of the day.
public struct LotRelease: Equatable, Sendable {
    public var orderId: Int64
    public var memberId: Int64
    /// Released today by kind.
    public var staticFen: Int64
    public var shareFen: Int64
    public var teamFen: Int64
    public var peerFen: Int64
    /// Released since the lot began, after this day.
    public var releasedTotalFen: Int64
    /// The lot reached its cap on this day (出局).
    public var exhausted: Bool
    /// The lot's refund, recorded on this day (it released nothing).
    public var refunded = false
    public var releasedTodayFen: Int64 { staticFen + shareFen + teamFen + peerFen }
    /// Static release predicts nothing of this row: the lot was accelerated, exhausted or refunded.
    public var isChange: Bool { shareFen > 0 || teamFen > 0 || peerFen > 0 || exhausted || refunded }
}

/// A lot the state holds from this day on, with the terms fixed when it was bought (SPEC §3.1)
/// and where it stands at the end of the day.
public struct LotEntry: Equatable, Sendable {
    public var orderId: Int64
    public var memberId: Int64
    public var paidOn: Day
    public var giftTier: Int
    public var capFen: Int64
    public var dailyFen: Int64
    public var activeFrom: Day
    public var releasedFen: Int64
    public var status: LotAnchor.Status
}

/// Totals of a day, as the reports show them.
public struct DaySummary: Equatable, Sendable {
    public var entitledFen: [Int64] = [0, 0, 0, 0]
    public var paidFen: [Int64] = [0, 0, 0, 0]
    public var membersPaid = 0
    public var lotsActive = 0
    public var lotsCreated = 0
    public var lotsExhausted = 0
    /// Members per star tier: index 0 is "no tier", index t + 1 is `plan.starTiers[t]`.
    public var membersPerStarTier: [Int] = []
    /// Locked points and revenue at the end of the day.
    public var standing = Standing()
    public var forfeitedFen: [Int64] { zip(entitledFen, paidFen).map { $0 - $1 } }
    public init() {}
    public var totalPaidFen: Int64 { paidFen.reduce(0, +) }
}

/// The result of settling one day.
public struct DayResult: DayOutput, Sendable {
    public var day: Day
    public var planEffectiveFrom: Day
    /// Sorted by (member id, kind); only lines with entitled > 0.
    public var lines: [PointsLine]
    /// Sorted by (member id, lot age); every lot active at the start of the day.
    public var lots: [LotRelease]
    /// Lots whose refund the day records, by order id; they release nothing.
    public var refunds: [LotRelease] = []
    /// Lots the state holds from this day on (paid on it, or first seen), by lot order.
    public var entered: [LotEntry] = []
    public var summary: DaySummary
    /// Team performance and star tier (index into `plan.starTiers`, -1 for none) per member index.
    public var teamPerformanceFen: [Int128]
    public var starTier: [Int8]
    /// Points spent at checkout on the day and returned by the day's refunds (issue 15).
    public var checkout: [LedgerPosting] = []
    public var postings: [LedgerPosting] { checkout }
    /// The rows static release does not predict: what the day changed of its lots.
    public var changedLots: [LotRelease] { lots.filter(\.isChange) + refunds }
}
