import SettleKernel
import SettleReports
import SettleStore

/// `settle shop check`: what an operator should look at in the shop's inputs before the first
/// night (or any night), read only: the input contract, rows the job would refuse, members
/// without phone, orders paid with points and who owns that balance, refunds, referrers that
/// changed, and the mapping's own notes (`settle.shop_notes`).
public struct ShopChecker {
    let store: SettlementStore

    public init(connection: Connection) { store = SettlementStore.shared(connection) }

    /// The report, and whether the job would refuse the inputs as they are (exit 3).
    public func check(limit: Int = 50) throws -> (report: Report, refused: Bool) {
        let contract = try ExternalInputs.problems(on: store.connection)
        var findings = contract.map { ShopFinding(check: "input contract", severity: .refuse, count: 1, ids: [], detail: $0) }
        var ownedByShop = false
        if contract.isEmpty {
            findings += try store.consistently {
                var found = try store.shopFindings()
                found.append(try store.shopTreeChanges())
                found += try store.shopNotes(limit: limit)
                do { _ = try store.loadShop(through: Day(83_000)) } catch let error as InputError {
                    found.append(ShopFinding(check: "the job's own checks", severity: .refuse, count: 1, ids: [], detail: "\(error)"))
                }
                return found
            }
            ownedByShop = try store.shopOwnsCheckoutBalance()
        }
        let refused = findings.contains { $0.severity == .refuse }
        let rows: [[Cell]] = findings.map { finding in
            [.text(finding.check), .text(finding.severity.rawValue), .count(finding.count),
             .text(finding.ids.map(String.init).joined(separator: " ")), .text(finding.detail)]
        }
        let report = Report(kind: "shop_check", title: "The shop's inputs as the job sees them", sections: [
            Section(key: "findings", title: "Findings", .table([Column("check"), Column("severity"), Column("count"), Column("ids", "first ids"),
                                                              Column("detail")], rows),
                    notes: [refused ? "the job would refuse these inputs (exit 3): fix the rows named, or the mapping"
                                    : "nothing the job would refuse; look at the rows marked `look`"]),
            Section(key: "settings", title: "Settings", .fields([
                Field("checkout_balance", "Balance the shop's checkout spends", .text(ownedByShop ? "shop" : "settle")),
            ]), notes: [ownedByShop ? "the shop's own table holds the points balance: settle posts credits only (docs/shops.md)"
                                    : "settle's ledger holds the points balance and debits points paid at checkout"]),
        ])
        return (report, refused)
    }

    /// `settle shop set --checkout-balance`: nil when set, or the number of settled days that refuse it.
    public func setCheckoutBalance(ownedByShop: Bool) throws -> Int64? {
        let settled = try store.setCheckoutBalance(ownedByShop: ownedByShop)
        return settled == 0 ? nil : settled
    }
}
