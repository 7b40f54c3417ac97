import SettleKernel
import EquityModel
import SettleStore

/// The equity program's rows of a settled day, by COPY, each count checked against the server's.
extension SettlementStore {
    /// The state after the day of each member it changed (its state before is its previous
    /// day's after: migration 0024).
    func writeEquityMemberDays(_ result: EquityDayResult) throws {
        let copied = try connection.copyIn("""
            COPY settle.equity_member_days (member_id, holdings_units, quota_fen, settle_date, bound) FROM STDIN
            """) { writer in
            for change in result.changes {                    // bounded: the members the day changed
                writer.field(change.memberId); writer.field(change.after.holdingsUnits); writer.field(change.after.quotaFen)
                writer.field(result.day.iso); writer.field(change.after.bound)
                try writer.endRow()
            }
        }
        guard copied == result.changes.count else { throw StoreError(.schema, "day \(result.day): stored \(copied) member changes of \(result.changes.count)") }
    }

    func writeEquityGives(_ result: EquityDayResult) throws {
        var expected = 0
        let copied = try connection.copyIn("""
            COPY settle.equity_order_gives (order_id, generation, member_id, units, quota_fen, paid_on) FROM STDIN
            """) { writer in
            for order in result.newGives {                    // bounded: the day's program orders
                let buyer = order.gives.first { $0.generation == 0 }
                writer.field(order.orderId); writer.field(Int64(0)); writer.field(order.buyerId)
                writer.field(buyer?.units ?? 0); writer.field(order.quotaFen); writer.field(result.day.iso)
                try writer.endRow()
                expected += 1
                for give in order.gives where give.generation > 0 {
                    writer.field(order.orderId); writer.field(Int64(give.generation)); writer.field(give.memberId)
                    writer.field(give.units); writer.field(Int64(0)); writer.field(result.day.iso)
                    try writer.endRow()
                    expected += 1
                }
            }
        }
        guard copied == expected else { throw StoreError(.schema, "day \(result.day): stored \(copied) gives of \(expected)") }
    }
}
