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
    /// The transaction that wrote it (0: before migration 0016). The feed's order is (tx, id).
    public var tx: UInt64
    public init(id: Int64, memberId: Int64, currency: String, amountFen: Int64, source: String, model: String?, day: Day?,
                runId: Int64?, orderId: Int64?, adjustmentId: Int64?, createdAt: String, tx: UInt64 = 0) {
        self.id = id; self.memberId = memberId; self.currency = currency; self.amountFen = amountFen; self.source = source
        self.model = model; self.day = day; self.runId = runId; self.orderId = orderId; self.adjustmentId = adjustmentId
        self.createdAt = createdAt; self.tx = tx
    }

    /// Where the entry stands in the feed.
    public var position: FeedPosition { FeedPosition(tx: tx, id: id) }
}

/// A place in the members' ledger feed (issue 22): the writing transaction's id, then the entry's.
/// The feed shows an entry only once every transaction that could still write one that sorts before
/// it has ended, so a consumer that remembers the last position it applied never skips an entry.
/// As text (the cursor a shop stores) it is `tx:id`; a bare number is an entry id from before the
/// upgrade (`legacy`), the position (0, id).
public struct FeedPosition: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var tx: UInt64
    public var id: Int64
    /// Written as a bare id: valid only for entries from before the upgrade (tx 0).
    public var legacy = false

    public init(tx: UInt64, id: Int64) { self.tx = tx; self.id = id }

    /// The feed's start: before every entry.
    public static let start = FeedPosition(tx: 0, id: 0)

    /// `tx:id`, or a bare id (legacy); nil for anything else (negative numbers, spaces, more than 20 digits).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 20 && $0.allSatisfy { $0 >= "0" && $0 <= "9" } })
        else { return nil }
        if parts.count == 1 {
            guard let id = Int64(parts[0]) else { return nil }
            self.init(tx: 0, id: id)
            legacy = id != 0
        } else {
            guard let tx = UInt64(parts[0]), let id = Int64(parts[1]) else { return nil }
            self.init(tx: tx, id: id)
        }
    }

    public var description: String { "\(tx):\(id)" }

    public static func < (lhs: FeedPosition, rhs: FeedPosition) -> Bool { (lhs.tx, lhs.id) < (rhs.tx, rhs.id) }
    public static func == (lhs: FeedPosition, rhs: FeedPosition) -> Bool { lhs.tx == rhs.tx && lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(tx); hasher.combine(id) }
}
