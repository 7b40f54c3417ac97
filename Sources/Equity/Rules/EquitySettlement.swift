import SettleKernel

/// The equity model's kinds of line (SPEC-equity §3.7).
public enum EquityKind: Int16, LineKind {
    case buy = 0, referral, capped, refund, refundShortfall, sell, goods, exit, fee, toConstant, fromConstant, unfilled
    public var code: Int16 { rawValue }
    public var name: String {
        ["buy", "referral", "capped", "refund", "refund_shortfall", "sell", "goods", "exit", "fee", "to_constant",
         "from_constant", "unfilled"][Int(rawValue)]
    }
    public static func < (lhs: EquityKind, rhs: EquityKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An equity line keeps its two figures in the shared line's two amounts: `entitledFen` holds
/// the points (in units, signed) and `paidFen` the yuan (in fen, signed). settle.day_lines stores
/// them as they are; the contract view settle.equity_lines names them.
public typealias EquityLine = Line<EquityKind>

extension Line where Kind == EquityKind {
    public init(memberId: Int64, kind: EquityKind, pointsUnits: Int64, yuanFen: Int64) {
        self.init(memberId: memberId, kind: kind, entitledFen: pointsUnits, paidFen: yuanFen)
    }
    public var pointsUnits: Int64 { entitledFen }
    public var yuanFen: Int64 { paidFen }
}

/// One row of the day's event ledger: one line of one event, in replay order.
public struct EquityFill: Equatable, Sendable {
    public enum Event: Int8, CaseIterable, Sendable {
        case purchase = 0, refund, sell, goods, toConstant, fromConstant, exit
        public var name: String { ["purchase", "refund", "sell", "goods", "to_constant", "from_constant", "exit"][Int(rawValue)] }
    }
    public var sequence: Int32
    public var event: Event
    /// The order (purchase, refund), the request, or for an exit the event whose cascade forced it.
    public var eventId: Int64
    public var memberId: Int64
    public var kind: EquityKind
    public var pointsUnits: Int64
    public var yuanFen: Int64
    /// The price the event was filled at (before it).
    public var price: Price
    public init(sequence: Int32, event: Event, eventId: Int64, memberId: Int64, kind: EquityKind, pointsUnits: Int64, yuanFen: Int64, price: Price) {
        self.sequence = sequence; self.event = event; self.eventId = eventId; self.memberId = memberId; self.kind = kind
        self.pointsUnits = pointsUnits; self.yuanFen = yuanFen; self.price = price
    }
}

/// Points one program order gave one member (generation 0: its buyer).
public struct EquityGive: Equatable, Sendable {
    public var generation: Int
    /// The member's index in the shop, and its id.
    public var member: Int32
    public var memberId: Int64
    public var units: Int64
    public init(generation: Int, member: Int32, memberId: Int64, units: Int64) {
        self.generation = generation; self.member = member; self.memberId = memberId; self.units = units
    }
}

/// What one program order gave, for its refund: the order's quota and each give above 0, buyer
/// first, then generation by generation.
public struct EquityOrderGives: Equatable, Sendable {
    public var orderId: Int64
    public var paidOn: Day
    public var buyerId: Int64
    public var quotaFen: Int64
    public var gives: [EquityGive]
    public init(orderId: Int64, paidOn: Day, buyerId: Int64, quotaFen: Int64, gives: [EquityGive]) {
        self.orderId = orderId; self.paidOn = paidOn; self.buyerId = buyerId; self.quotaFen = quotaFen; self.gives = gives
    }
}

/// A member's holdings, quota and bound flag.
public struct EquityHolding: Equatable, Sendable {
    public var holdingsUnits: Int64
    public var quotaFen: Int64
    public var bound: Bool
    public init(holdingsUnits: Int64, quotaFen: Int64, bound: Bool) {
        self.holdingsUnits = holdingsUnits; self.quotaFen = quotaFen; self.bound = bound
    }
}

/// A member the day changed: before and after.
public struct EquityMemberChange: Equatable, Sendable {
    public var memberId: Int64
    public var before: EquityHolding
    public var after: EquityHolding
}

/// The pool's figures at an instant.
public struct EquityBook: Equatable, Sendable {
    public var poolFen: Int64
    public var supplyUnits: Int64
    public var reserveUnits: Int64
    public var issuedUnits: Int64
    /// P/S, or the last price when the supply is 0.
    public var price: Price
    public init(poolFen: Int64, supplyUnits: Int64, reserveUnits: Int64, issuedUnits: Int64, price: Price) {
        self.poolFen = poolFen; self.supplyUnits = supplyUnits; self.reserveUnits = reserveUnits; self.issuedUnits = issuedUnits
        self.price = price
    }
}

/// The day's events and what they moved (report day, settle.equity_day_figures).
public struct EquityDayFigures: Equatable, Sendable {
    public var opening: EquityBook
    public var closing: EquityBook
    public var pointDecimals: Int
    public var totalIssuanceUnits: Int64
    public var purchases = 0, purchaseAmountFen: Int64 = 0, contributionFen: Int64 = 0
    public var refunds = 0, refundPoolFen: Int64 = 0
    public var sells = 0, goods = 0, toConstant = 0, fromConstant = 0
    public var exits = 0
    /// The last price: what the price was the last time the supply was above 0 (nil: never).
    public var lastPrice: Price?
    public var roomUnits: Int64 { max(0, totalIssuanceUnits - closing.issuedUnits) }
    public init(opening: EquityBook, closing: EquityBook, pointDecimals: Int, totalIssuanceUnits: Int64) {
        self.opening = opening; self.closing = closing; self.pointDecimals = pointDecimals; self.totalIssuanceUnits = totalIssuanceUnits
    }
}

/// One settled equity day.
public struct EquityDayResult: DayOutput, Equatable, Sendable {
    public var day: Day
    public var planEffectiveFrom: Day
    /// Sorted by (member id, kind); lines whose points and yuan are both 0 are left out.
    public var lines: [EquityLine]
    /// None: the constant points credited (to_constant) and charged (from_constant) are the
    /// ledger's credits from the lines (`Equity.credits`).
    public var postings: [LedgerPosting]
    public var fills: [EquityFill]
    public var figures: EquityDayFigures
    /// Sorted by member id.
    public var changes: [EquityMemberChange]
    /// The gives of the program orders paid on the day.
    public var newGives: [EquityOrderGives]
}
