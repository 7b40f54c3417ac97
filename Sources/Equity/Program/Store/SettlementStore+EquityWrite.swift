import SettleKernel
import EquityModel
import SettleStore

/// The equity program's rows of a settled day, by COPY, each count checked against the server's.
extension SettlementStore {
    /// The state before the day of each member it changed, in member id order: what a rerun puts
    /// back. Its state after is the current row, or its next day's before (migration 0024).
    /// `MemberChunks.size` members a row, as arrays (0026).
    func writeEquityMemberDays(_ result: EquityDayResult) throws {
        let changes = result.changes
        guard MemberChunks.ascending(changes.lazy.map(\.memberId)) else {
            throw StoreError(.schema, "day \(result.day): the members changed are not in member id order")
        }
        let chunks = MemberChunks.chunks(changes.count)
        let copied = try connection.copyInBinary("""
            COPY settle.equity_member_day_chunks (settle_date, chunk, first_member_id, last_member_id, member_ids,
                                                  holdings_before_units, quota_before_fen, bound_before) FROM STDIN (FORMAT binary)
            """) { writer in
            for chunk in chunks {                             // bounded: the members the day changed / 8,192
                let part = changes[chunk.positions]
                writer.field(result.day); writer.integer(chunk.number)
                writer.field(part[part.startIndex].memberId); writer.field(part[part.endIndex - 1].memberId)
                writer.field(integers: part.map(\.memberId)); writer.field(integers: part.map(\.before.holdingsUnits))
                writer.field(integers: part.map(\.before.quotaFen)); writer.field(booleans: part.map(\.before.bound))
                try writer.endRow()
            }
        }
        guard copied == chunks.count else { throw StoreError(.schema, "day \(result.day): stored \(copied) rows of member changes of \(chunks.count)") }
    }

    /// Each changed member's current row: its state after the day (a HOT update of the row, or
    /// its first), sent as binary arrays; every one of them must be written.
    func upsertEquityMembers(_ result: EquityDayResult) throws {
        guard !result.changes.isEmpty else { return }
        let changes = result.changes
        let written = try connection.query("""
            WITH written AS (
                INSERT INTO settle.equity_members (member_id, holdings_units, quota_fen, bound, settle_date)
                SELECT member_id, holdings_units, quota_fen, bound, $5::date
                FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::boolean[]) AS c(member_id, holdings_units, quota_fen, bound)
                ON CONFLICT (member_id) DO UPDATE SET holdings_units = excluded.holdings_units, quota_fen = excluded.quota_fen,
                    bound = excluded.bound, settle_date = excluded.settle_date
                RETURNING 1)
            SELECT count(*) FROM written
            """, binary: [.integers(changes.map(\.memberId)), .integers(changes.map(\.after.holdingsUnits)),
                          .integers(changes.map(\.after.quotaFen)), .booleans(changes.map(\.after.bound)), .day(result.day)]).first?.first ?? nil
        guard written == String(changes.count) else {
            throw StoreError(.schema, "day \(result.day): updated \(written ?? "no") member rows of \(changes.count)")
        }
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
