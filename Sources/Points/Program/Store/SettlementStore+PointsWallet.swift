import SettleKernel
import SettleStore
import PointsModel

extension SettlementStore {
    /// The points wallet's sums: paid by the lines, adjusted by the back office, posted by settled
    /// days (credits, checkout, corrections), and held (the ledger's total).
    public func walletSums() throws(StoreError) -> (paidFen: Int64, adjustedFen: Int64, postedFen: Int64, openingFen: Int64, balancesFen: Int64) {
        guard let row = try connection.row("""
            SELECT (SELECT coalesce(sum(paid_fen), 0) FROM settle.day_lines WHERE model = 'points'),
                   (SELECT coalesce(sum(amount_fen), 0) FROM settle.wallet_adjustments WHERE currency = 'points'),
                   (SELECT coalesce(sum(amount_fen), 0) FROM settle.entry_amounts WHERE currency = 'points' AND settle_date IS NOT NULL),
                   (SELECT coalesce(sum(amount_fen), 0) FROM settle.ledger WHERE currency = 'points' AND source = 'opening'),
                   (SELECT coalesce(sum(amount_fen), 0) FROM settle.entry_amounts WHERE currency = 'points')
            """, source: "settle.entry_amounts") else { throw Self.malformed("ledger") }
        return (try row.int64(0), try row.int64(1), try row.int64(2), try row.int64(3), try row.int64(4))
    }
}
