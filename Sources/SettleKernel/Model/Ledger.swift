/// The balances the programs pay into (SPEC §3.7, issue 15): 可用积分 points from the points
/// program, dividend cash from the cycle program, constant points (恒定积分) from equity.
public enum Currency: String, CaseIterable, Sendable {
    case points, cash, constant
}

/// Why a ledger entry exists.
public enum LedgerSource: String, CaseIterable, Sendable {
    /// A balance carried over from before the ledger (migration 0006).
    case opening
    /// A settled day's credit to a member (the sum of its paid lines).
    case settlement
    /// A rerun's difference against what its day had posted, per member, currency and day.
    case correction
    /// A back-office adjustment.
    case adjustment
    /// Points an order paid with at checkout: a debit on its paid day.
    case checkout
    /// Those points returned on the order's refund day.
    case checkoutRefund = "checkout_refund"
}

/// One entry a settled day posts beside its lines' credits (points: checkout spending).
public struct LedgerPosting: Equatable, Sendable {
    public var memberId: Int64
    public var orderId: Int64?
    public var source: LedgerSource
    public var amountFen: Int64
    public init(memberId: Int64, orderId: Int64?, source: LedgerSource, amountFen: Int64) {
        self.memberId = memberId; self.orderId = orderId; self.source = source; self.amountFen = amountFen
    }
}

/// One entry of the members' ledger, as it was posted.
public struct LedgerEntry: Equatable, Sendable {
    public var id: Int64
    public var memberId: Int64
    public var currency: String
    public var amountFen: Int64
    public var source: String
    public var model: String?
    public var day: Day?
    public var runId: Int64?
    public var orderId: Int64?
    public var adjustmentId: Int64?
    public var createdAt: String
    public init(id: Int64, memberId: Int64, currency: String, amountFen: Int64, source: String, model: String?, day: Day?,
                runId: Int64?, orderId: Int64?, adjustmentId: Int64?, createdAt: String) {
        self.id = id; self.memberId = memberId; self.currency = currency; self.amountFen = amountFen; self.source = source
        self.model = model; self.day = day; self.runId = runId; self.orderId = orderId; self.adjustmentId = adjustmentId
        self.createdAt = createdAt
    }
}
