import SettleKernel

/// The members' ledger as readers see it (migration 0023): every entry, stored or derived from a
/// credited day's lines (`settle.entries`), a member's entries and balances, and the feed's pages.
/// What a settled day posts, and the ledger's checks: `SettlementStore+Ledger.swift`.
extension SettlementStore {
    /// A member's newest `limit` entries.
    public func ledgerEntries(memberId: Int64, limit: Int, offset: Int = 0) throws(StoreError) -> [LedgerEntry] {
        try connection.rows("""
            SELECT \(Self.entryColumns) FROM settle.entries WHERE member_id = $1 ORDER BY tx DESC, id DESC LIMIT $2 OFFSET $3
            """, [String(memberId), String(limit), String(offset)], source: "settle.entries").map(Self.entry)
    }

    /// How many ledger entries a member has (the console's pages of them).
    public func ledgerEntryCount(memberId: Int64) throws(StoreError) -> Int {
        Int(try connection.row("SELECT count(*) FROM settle.entries WHERE member_id = $1", [String(memberId)],
                               source: "settle.entries")?.int64(0) ?? 0)
    }

    /// One page of the feed (issue 22): the entries after `position` in (tx, id) order, read through
    /// `settle.feed_after`, which shows only entries below the horizon (every transaction that could
    /// still write one before them has ended) and pages the derived credits without sorting a day.
    /// With them, in the same snapshot: how many committed entries wait above the horizon (a held
    /// credited day counts its members paid), and the session holding it.
    public func feedPage(after position: FeedPosition, limit: Int) throws -> FeedPage {
        try consistently {
            let entries = try connection.rows("""
                SELECT id, member_id, currency, (amount * 100)::bigint, source, model, settle_date - date '1970-01-01', run_id,
                       order_id, adjustment_id, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), tx::text
                FROM settle.feed_after($1::xid8, $2::bigint, $3::integer)
                """, [String(position.tx), String(position.id), String(limit)], source: "settle.feed_after").map(Self.entry)
            guard let row = try connection.row("""
                SELECT (SELECT count(*) FROM (SELECT FROM settle.ledger WHERE tx >= pg_snapshot_xmin(pg_current_snapshot())
                                              LIMIT \(FeedPage.waitingBound)) w)
                       + (SELECT coalesce(sum(r.members_paid), 0) FROM settle.credited_days c JOIN settle.runs r ON r.id = c.run_id
                          WHERE c.tx >= pg_snapshot_xmin(pg_current_snapshot()))::bigint
                """, source: "settle.ledger") else { throw Self.malformed("ledger") }
            let waiting = Int(try row.int64(0))
            let holder = waiting == 0 ? nil : try connection.row("""
                SELECT pid, coalesce(nullif(application_name, ''), usename::text, 'another session'),
                       coalesce(extract(epoch FROM now() - xact_start)::bigint, 0)
                FROM pg_stat_activity WHERE backend_xid = pg_snapshot_xmin(pg_current_snapshot())::xid LIMIT 1
                """, source: "pg_stat_activity").map { row throws(StoreError) in
                "process \(try row.int64(0)) (\(try row.text(1))), its transaction open for \(try row.int64(2)) s"
            }
            return FeedPage(entries: entries, waiting: waiting, heldBy: holder)
        }
    }

    /// The last entry id from before migration 0016 (tx 0), up to which a bare id is a safe cursor.
    public func legacyFeedBoundary() throws(StoreError) -> Int64 {
        try connection.row("SELECT coalesce(max(id), 0) FROM settle.ledger WHERE tx = '0'", source: "settle.ledger")?.int64(0) ?? 0
    }

    static let entryColumns = """
        id, member_id, currency, amount_fen, source, model, settle_date - date '1970-01-01', run_id, order_id, adjustment_id,
        to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), tx::text
        """

    static func entry(_ row: Row) throws(StoreError) -> LedgerEntry {
        guard let tx = UInt64(try row.text(11)) else { throw malformed("ledger tx") }
        return LedgerEntry(id: try row.int64(0), memberId: try row.int64(1), currency: try row.text(2), amountFen: try row.int64(3),
                           source: try row.text(4), model: row.optionalText(5), day: try row.optionalDay(6), runId: try row.optionalInt64(7),
                           orderId: try row.optionalInt64(8), adjustmentId: try row.optionalInt64(9), createdAt: try row.text(10), tx: tx)
    }

    /// A member's balance in each currency it has entries in.
    public func balances(of memberId: Int64) throws(StoreError) -> [(currency: String, balanceFen: Int64)] {
        try connection.rows("SELECT currency, balance_fen FROM settle.balances WHERE member_id = $1 ORDER BY currency",
                            [String(memberId)], source: "settle.balances").map { row throws(StoreError) in (try row.text(0), try row.int64(1)) }
    }

    public func balance(of memberId: Int64, currency: Currency) throws(StoreError) -> Int64 {
        try connection.row("SELECT coalesce(sum(amount_fen), 0)::bigint FROM settle.entry_amounts WHERE member_id = $1 AND currency = $2",
                           [String(memberId), currency.rawValue], source: "settle.entry_amounts")?.int64(0) ?? 0
    }
}

/// One page of the feed: its entries in order, and what waits above the horizon.
public struct FeedPage: Sendable {
    /// Counted up to this many.
    public static let waitingBound = 1_000_000
    public var entries: [LedgerEntry]
    /// Entries committed but not yet shown: an older transaction (`heldBy`) is still open.
    public var waiting: Int
    public var heldBy: String?
}
