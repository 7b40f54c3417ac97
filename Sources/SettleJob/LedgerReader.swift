import SettleKernel
import SettleReports
import SettleStore

/// Reads the members' ledger for the reports: the feed, and one member's balances and entries.
public struct LedgerReader {
    let store: SettlementStore

    public init(store: SettlementStore) { self.store = store }
    public init(connection: Connection) { store = SettlementStore.shared(connection) }

    /// One page of the feed after `position`, with the position to ask from next time.
    public func feed(after position: FeedPosition, limit: Int) throws -> Report {
        let page = try store.feedPage(after: position, limit: limit)
        return LedgerReport.feed(page.entries, after: position, limit: limit, waiting: page.waiting,
                                 waitingCapped: page.waiting >= FeedPage.waitingBound, heldBy: page.heldBy)
    }

    /// The last entry id from before the feed's order changed (migration 0016): a bare id up to it
    /// is a safe cursor.
    public func legacyBoundary() throws -> Int64 { try store.legacyFeedBoundary() }

    public func member(_ memberId: Int64, limit: Int = 10) throws -> (balances: [BalanceFigures], entries: [LedgerEntryFigures]) {
        (try store.balances(of: memberId).map { BalanceFigures(currency: $0.currency, balanceFen: $0.balanceFen) },
         try store.ledgerEntries(memberId: memberId, limit: limit))
    }
}
