import SettleKernel
import SettleStore

/// Back-office adjustments of the points wallet (可以给会员增加或删除积分): a write, audited, in
/// one transaction; refused with nothing written when the wallet would go below zero.
public struct Adjuster {
    let store: SettlementStore

    public init(connection: Connection) { store = SettlementStore.shared(connection) }

    public func adjust(member: MemberRef, amountFen: Int64, currency: Currency = .points, reason: String,
                       operatorName: String, idempotencyKey: String? = nil) throws -> (SettlementStore.MemberRecord, SettlementStore.Adjustment) {
        let record = try member.find(in: store)
        switch try store.adjust(memberId: record.id, amountFen: amountFen, currency: currency, reason: reason, operatorName: operatorName,
                                idempotencyKey: idempotencyKey) {
        case .keyUsed(let earlier):
            throw JobError.badInput("refused: the idempotency key already recorded adjustment \(earlier), of another member, amount or currency; nothing written")
        case .done(let adjustment):
            return (record, adjustment)
        case .belowZero(let balance):
            throw JobError.badInput("refused: member \(record.id) (\(record.phone)) has \(Fen.format(balance)) \(currency.rawValue) in the wallet; "
                                    + "removing \(Fen.format(-amountFen)) would leave \(Fen.format(balance + amountFen)); nothing written")
        }
    }
}
