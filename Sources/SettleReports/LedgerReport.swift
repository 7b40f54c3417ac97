import SettleKernel

/// Ledger entries as reports show them.
public typealias LedgerEntryFigures = LedgerEntry

/// A member's balance in one currency.
public struct BalanceFigures: Equatable, Sendable {
    public var currency: String
    public var balanceFen: Int64
    public init(currency: String, balanceFen: Int64) { self.currency = currency; self.balanceFen = balanceFen }
}

public enum LedgerReport {
    static let columns = [Column("id"), Column("member_id", "member"), Column("currency"), Column("amount"), Column("source"),
                          Column("model"), Column("date"), Column("run_id", "run"), Column("order_id", "order"),
                          Column("adjustment_id", "adjustment"), Column("created_at", "at")]

    static func row(_ entry: LedgerEntryFigures) -> [Cell] {
        [.count(entry.id), .count(entry.memberId), .text(entry.currency), .fen(entry.amountFen), .text(entry.source),
         entry.model.map { .text($0) } ?? .none, entry.day.map { .day($0) } ?? .none, entry.runId.map { .count($0) } ?? .none,
         entry.orderId.map { .count($0) } ?? .none, entry.adjustmentId.map { .count($0) } ?? .none, .text(entry.createdAt)]
    }

    /// `settle feed --after CURSOR`: entries in the feed's order, for a shop that keeps its own
    /// balances; the cursor to store comes last (the last block of the CSV), and with each entry.
    public static func feed(_ entries: [LedgerEntryFigures], after: FeedPosition, limit: Int, waiting: Int, waitingCapped: Bool = false, heldBy: String?) -> Report {
        let next = entries.last?.position ?? FeedPosition(tx: after.tx, id: after.id)
        var notes = ["apply each entry once, in this order; store the cursor of the last one applied (\(next)) and pass it as --after next time"]
        if entries.count == limit { notes.append("\(limit) entries shown: there may be more after \(next)") }
        if waiting > 0 {
            notes.append("\(waitingCapped ? "\(waiting) or more" : String(waiting)) entries committed after "
                         + "\(heldBy ?? "an older transaction") began wait for it to end: they come then, in order")
        }
        // `next` last: the CSV's last line is the cursor to store.
        let position = [Field("after", "After", .text(after.description)),
                        Field("entries", "Entries", .count(entries.count)), Field("more", "Page full", .flag(entries.count == limit)),
                        Field("waiting", "Waiting above the horizon", .count(waiting)),
                        Field("held_by", "Horizon held by", heldBy.map { .text($0) } ?? .none),
                        Field("next", "Next --after", .text(next.description))]
        return Report(kind: "feed", title: "Ledger entries after \(after)", sections: [
            Section(key: "entries", title: "Entries", .table(columns + [Column("cursor")], entries.map { row($0) + [.text($0.position.description)] }),
                    notes: notes),
            Section(key: "cursor", title: "Cursor", .fields(position)),
        ])
    }

    /// A member's balance per currency, and its newest entries.
    public static func memberSections(balances: [BalanceFigures], entries: [LedgerEntryFigures]) -> [Section] {
        [Section(key: "balances", title: "Balances (ledger)", .table([Column("currency"), Column("balance")],
                                                                      balances.map { [.text($0.currency), .fen($0.balanceFen)] })),
         Section(key: "ledger", title: "Newest ledger entries", .table(columns, entries.map(row)))]
    }

    /// Orders the checkout let through against the plan or the balance (points).
    public static func checkoutSection(_ faults: [Fault]) -> Section {
        Section(key: "checkout", title: "Orders paid with more points than allowed or held", .table(
            [Column("order_id", "order"), Column("member_id", "member"), Column("detail")],
            faults.map { [$0.orderId.map { .count($0) } ?? .none, $0.memberId.map { .count($0) } ?? .none, .text($0.detail)] }),
            notes: faults.isEmpty ? ["none"] : ["the shop's checkout should have refused these (SPEC §2 max_points_payment_ratio, the member's balance)"])
    }
}
