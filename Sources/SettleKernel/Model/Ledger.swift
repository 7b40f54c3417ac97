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
