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

    /// Page `page` (from 1) of a member's ledger entries, newest first, `size` a page; nil when the
    /// page is past the end (page 1 always exists). Also the number of pages.
    public func memberPage(_ member: MemberRef, page: Int, size: Int) throws -> (report: Report, pages: Int)? {
        let record = try member.find(in: store)
        let count = try store.ledgerEntryCount(memberId: record.id)
        let pages = max(1, (count + size - 1) / size)
        guard page >= 1, page <= pages else { return nil }
        let entries = try store.ledgerEntries(memberId: record.id, limit: size, offset: (page - 1) * size)
        let balances = try store.balances(of: record.id).map { BalanceFigures(currency: $0.currency, balanceFen: $0.balanceFen) }
        var report = Report(kind: "ledger", title: "Ledger of member \(record.id) · page \(page) of \(pages)")
        report.sections = LedgerReport.memberSections(balances: balances, entries: entries)
        report.sections.insert(Section(key: "page", title: "Page", .fields([
            Field("member_id", "member id", .count(record.id)), Field("page", "page", .count(page)),
            Field("pages", "pages", .count(pages)), Field("entries", "entries", .count(count))])), at: 0)
        return (report, pages)
    }
}
