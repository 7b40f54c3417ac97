import SettleKernel
import SettleStore

/// Back-office adjustments of the points wallet (可以给会员增加或删除积分): a write, audited, in
/// one transaction; refused with nothing written when the wallet would go below zero.
public struct Adjuster {
    let store: SettlementStore

    public init(connection: Connection) { store = SettlementStore(connection: connection) }

    public func adjust(phone: String, amountFen: Int64, currency: Currency = .points, reason: String,
                       operatorName: String) throws -> SettlementStore.Adjustment {
        guard let record = try store.member(phone: phone) else { throw JobError.badInput("no member has the phone \(phone); nothing written") }
        switch try store.adjust(memberId: record.id, amountFen: amountFen, currency: currency, reason: reason, operatorName: operatorName) {
        case .done(let adjustment):
            return adjustment
        case .belowZero(let balance):
            throw JobError.badInput("refused: member \(record.id) (\(phone)) has \(Fen.format(balance)) \(currency.rawValue) in the wallet; "
                                    + "removing \(Fen.format(-amountFen)) would leave \(Fen.format(balance + amountFen)); nothing written")
        }
    }
}
