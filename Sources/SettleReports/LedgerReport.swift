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

    /// `settle feed --after ID`: entries in id order, for a shop that keeps its own balances.
    public static func feed(_ entries: [LedgerEntryFigures], after: Int64, limit: Int) -> Report {
        let last = entries.last?.id ?? after
        var notes = ["apply each entry once, in id order; remember the last id applied (\(last)) and ask for entries after it next time"]
        if entries.count == limit { notes.append("\(limit) entries shown: there may be more after \(last)") }
        return Report(kind: "feed", title: "Ledger entries after \(after)", sections: [
            Section(key: "entries", title: "Entries", .table(columns, entries.map(row)), notes: notes),
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
