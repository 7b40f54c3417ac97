import SettleKernel

/// Back-office wallet adjustments (可以给会员增加或删除积分).
///
/// The wallet is a ledger: settled lines credit it, adjustments credit or debit it, nothing is
/// ever updated in place, so a run and an adjustment can't lose each other's update. Two
/// adjustments of one member are serialised by a per-member advisory lock, so two debits can't
/// both spend the same balance; a rerun (the only thing that can lower credits) takes the
/// wallet lock exclusively, adjustments take it shared.
extension SettlementStore {
    public static let walletLockKey: Int64 = 0x5E77_1E01
    /// Class of the per-member advisory locks (two-key form, so never equal to a one-key lock).
    static let memberLockClass: Int32 = 0x5E77

    public struct Adjustment: Sendable {
        public var id: Int64
        public var memberId: Int64
        public var amountFen: Int64
        public var balanceBeforeFen: Int64
        public var balanceAfterFen: Int64
        public var createdAt: String
        /// True when an earlier call with the same idempotency key had recorded it already.
        public var repeated = false
    }

    public enum AdjustOutcome: Sendable {
        case done(Adjustment)
        /// Refused: the idempotency key names another adjustment (its id). Nothing was written.
        case keyUsed(adjustmentId: Int64)
        /// Refused: the wallet would go below zero. Nothing was written.
        case belowZero(balanceFen: Int64)
    }

    /// Adds `amountFen` (negative: removes) to a member's balance in `currency` in one
    /// transaction, audited, with its ledger entry. A refusal rolls the transaction back: nothing
    /// is written.
    public func adjust(memberId: Int64, amountFen: Int64, currency: Currency = .points, reason: String,
                       operatorName: String, idempotencyKey: String? = nil) throws -> AdjustOutcome {
        do {
            return .done(try connection.transaction {
                try connection.execute("SELECT pg_advisory_xact_lock_shared($1)", [String(Self.walletLockKey)])
                try connection.execute("SELECT pg_advisory_xact_lock($1, hashint8($2))", [String(Self.memberLockClass), String(memberId)])
                if let idempotencyKey, let earlier = try adjustment(key: idempotencyKey) {
                    guard earlier.memberId == memberId, earlier.amountFen == amountFen, earlier.currency == currency.rawValue else {
                        throw KeyUsed(adjustmentId: earlier.adjustment.id)
                    }
                    return earlier.adjustment
                }
                let balance = try balance(of: memberId, currency: currency)
                guard balance + amountFen >= 0 else { throw BelowZero(balanceFen: balance) }
                guard let row = try connection.row("""
                    INSERT INTO settle.wallet_adjustments (member_id, amount_fen, reason, operator, balance_after_fen, currency, idempotency_key)
                    VALUES ($1, $2, $3, $4, $5, $6, $7)
                    RETURNING id, to_char(created_at, 'YYYY-MM-DD HH24:MI:SS TZ')
                    """, [String(memberId), String(amountFen), reason, operatorName, String(balance + amountFen), currency.rawValue,
                          idempotencyKey],
                    source: "settle.wallet_adjustments") else { throw Self.malformed("wallet_adjustments") }
                try connection.execute("""
                    INSERT INTO settle.ledger (member_id, currency, amount_fen, source, adjustment_id, created_at)
                    SELECT member_id, currency, amount_fen, 'adjustment', id, created_at FROM settle.wallet_adjustments WHERE id = $1
                    """, [String(try row.int64(0))])
                return Adjustment(id: try row.int64(0), memberId: memberId, amountFen: amountFen, balanceBeforeFen: balance,
                                  balanceAfterFen: balance + amountFen, createdAt: try row.text(1))
            })
        } catch let refusal as BelowZero {
            return .belowZero(balanceFen: refusal.balanceFen)
        } catch let used as KeyUsed {
            return .keyUsed(adjustmentId: used.adjustmentId)
        }
    }

    /// The adjustment an idempotency key already recorded.
    func adjustment(key: String) throws(StoreError) -> (adjustment: Adjustment, memberId: Int64, amountFen: Int64, currency: String)? {
        guard let row = try connection.row("""
            SELECT id, member_id, amount_fen, currency, balance_after_fen, to_char(created_at, 'YYYY-MM-DD HH24:MI:SS TZ')
            FROM settle.wallet_adjustments WHERE idempotency_key = $1
            """, [key], source: "settle.wallet_adjustments") else { return nil }
        let after = try row.optionalInt64(4) ?? 0, amount = try row.int64(2)
        let adjustment = Adjustment(id: try row.int64(0), memberId: try row.int64(1), amountFen: amount, balanceBeforeFen: after - amount,
                                    balanceAfterFen: after, createdAt: try row.text(5), repeated: true)
        return (adjustment, try row.int64(1), amount, try row.text(3))
    }

    /// Held by a rerun inside its transaction, before it voids days: waits for adjustments in
    /// flight and keeps new ones waiting until the rerun commits.
    public func lockWalletsExclusively() throws(StoreError) {
        try connection.execute("SELECT pg_advisory_xact_lock($1)", [String(Self.walletLockKey)])
    }
}

private struct BelowZero: Error { var balanceFen: Int64 }
private struct KeyUsed: Error { var adjustmentId: Int64 }
