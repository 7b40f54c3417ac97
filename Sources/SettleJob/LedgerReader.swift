import SettleKernel
import SettleReports
import SettleStore

/// Reads the members' ledger for the reports: the feed, and one member's balances and entries.
public struct LedgerReader {
    let store: SettlementStore

    public init(store: SettlementStore) { self.store = store }
    public init(connection: Connection) { store = SettlementStore(connection: connection) }

    public func feed(after id: Int64, limit: Int) throws -> Report {
        LedgerReport.feed(try store.ledgerEntries(after: id, limit: limit), after: id, limit: limit)
    }

    public func member(_ memberId: Int64, limit: Int = 10) throws -> (balances: [BalanceFigures], entries: [LedgerEntryFigures]) {
        (try store.balances(of: memberId).map { BalanceFigures(currency: $0.currency, balanceFen: $0.balanceFen) },
         try store.ledgerEntries(memberId: memberId, limit: limit))
    }
}
