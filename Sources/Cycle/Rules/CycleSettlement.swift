import SettleKernel

/// The cycle model's kinds of line (SPEC-cycle §3.6).
public enum CycleKind: Int16, LineKind {
    case weighted = 0, level = 1
    public var code: Int16 { rawValue }
    public var name: String { self == .weighted ? "weighted" : "level" }
    public static func < (lhs: CycleKind, rhs: CycleKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

public typealias CycleLine = Line<CycleKind>

/// What one day hands the next: everything paid so far per member (the only thing the orders
/// can't give back), plus the running sums of weight and quota, valid as of `asOf`.
public struct CycleState: Equatable, Sendable {
    /// Per member index: paid on settled days so far.
    public var paidTotalFen: [Int64]
    /// Per member index, as of `asOf`: weight and quota that active orders give (SPEC-cycle §3.3).
    public internal(set) var weightUnits: [Int64]
    public internal(set) var grantedFen: [Int64]
    public internal(set) var asOf: Day?

    public init(paidTotalFen: [Int64]) {
        self.paidTotalFen = paidTotalFen
        weightUnits = []
        grantedFen = []
        asOf = nil
    }

    /// Quota left of member m: `G(m) − paid_before(m)` (negative after a refund).
    public func leftFen(_ member: Int) -> Int64 { grantedFen[member] - paidTotalFen[member] }
}

/// The figures of one level of a settled day.
public struct CycleLevelFigures: Equatable, Sendable {
    public var name: String
    public var minWeightUnits: Int64
    /// Eligible members at the level (n_k).
    public var members: Int
    /// L_k = trunc(R × level_pool_rate × share_k).
    public var poolFen: Int64
    /// trunc(L_k ÷ n_k); 0 with no member.
    public var perHeadFen: Int64
    public var paidFen: Int64
    public var returnedFen: Int64 { poolFen - paidFen }
    public init(name: String, minWeightUnits: Int64, members: Int, poolFen: Int64, perHeadFen: Int64, paidFen: Int64) {
        self.name = name; self.minWeightUnits = minWeightUnits; self.members = members
        self.poolFen = poolFen; self.perHeadFen = perHeadFen; self.paidFen = paidFen
    }
}

/// The day's pools and what they paid (settle.cycle_days, report day).
public struct CycleDayFigures: Equatable, Sendable {
    public var revenueFen: Int64 = 0
    public var weightedPoolFen: Int64 = 0
    /// T: the weight of every eligible member, in weight units.
    public var eligibleWeightUnits: Int64 = 0
    public var weightedPaidFen: Int64 = 0
    /// trunc(R × level_pool_rate), the levels' pools and what their shares leave unassigned.
    public var levelPoolFen: Int64 = 0
    public var levelPaidFen: Int64 = 0
    public var levels: [CycleLevelFigures] = []
    public var eligibleMembers = 0
    public var membersPaid = 0
    /// Members whose quota was used up by this day's payments.
    public var quotaRanOut = 0
    /// Quota left of every member at the end of the day (positive parts only): what the shop owes.
    public var quotaOutstandingFen: Int64 = 0
    public var returnedFen: Int64 { weightedPoolFen - weightedPaidFen + levelPoolFen - levelPaidFen }
    public var unassignedFen: Int64 { levelPoolFen - levels.reduce(0) { $0 + $1.poolFen } }
    public var totalPaidFen: Int64 { weightedPaidFen + levelPaidFen }
    public init() {}
}

/// One settled cycle day.
public struct CycleDayResult: DayOutput, Equatable, Sendable {
    public var day: Day
    public var planEffectiveFrom: Day
    /// Sorted by (member id, kind); only lines with entitled > 0.
    public var lines: [CycleLine]
    public var figures: CycleDayFigures
    /// The terms of the program orders paid on the day, which the state store keeps.
    public var newTerms: [CycleOrderTerm]
    public var weightDecimals: Int
}

/// What one program order gives one member (generation 0: its buyer), fixed on its paid day.
public struct CycleOrderTerm: Equatable, Sendable {
    public var orderId: Int64
    public var generation: Int
    public var memberId: Int64
    public var weightUnits: Int64
    public var quotaFen: Int64
    public var paidOn: Day
    public var activeFrom: Day
    public init(orderId: Int64, generation: Int, memberId: Int64, weightUnits: Int64, quotaFen: Int64, paidOn: Day, activeFrom: Day) {
        self.orderId = orderId; self.generation = generation; self.memberId = memberId
        self.weightUnits = weightUnits; self.quotaFen = quotaFen; self.paidOn = paidOn; self.activeFrom = activeFrom
    }
}
