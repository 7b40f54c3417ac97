import SettleKernel
import EquityModel
import SettleStore

/// The equity program's own rows (migration 0010): each member's holdings and quota (current, and
/// before every day that changed it: 0024), the gives of program orders and the day's book.
/// The day's fills (its event ledger) are not stored: the lines are, and a report replays the
/// day for its fills (0022). Reads and writes grow with the members and with what a day did.
public struct EquityStateStore: ModelStateStore {
    public typealias Model = Equity
    let store: SettlementStore
    var connection: Connection { store.connection }

    public init(store: SettlementStore) { self.store = store }

    /// The requests dated in `days` (in the plan's timezone).
    public func readInputRows(days: ClosedRange<Day>) throws -> [EquityRequestRow] { try store.equityRequests(days: days) }

    /// The requests checked with the shop.
    public func derive(shop: Shop, plans: EquityPlanBook, days: ClosedRange<Day>, inputs: () throws -> [EquityRequestRow]) throws -> EquityInputs {
        try EquityInputs(shop: shop, requests: try inputs(), plans: plans, days: days)
    }

    public func ownInputDigests(days: ClosedRange<Day>) throws -> [Day: UInt64] { try store.equityRequestDigests(days: days) }

    /// The state at the end of `day − 1`: the book of that day, the members as the current rows
    /// say unless a day from `day` on changed them (then as they were before it), and the gives
    /// of the orders refunded from `day` on.
    /// The members' stored holdings before `day`, read without the shop (on a run's second connection).
    public func readStateRows(before day: Day) throws -> SettlementStore.EquityHoldingRows { try store.equityHoldingRows(before: day) }

    public func loadState(before day: Day, derived: EquityInputs, rows: SettlementStore.EquityHoldingRows) throws -> EquityState {
        guard let (book, lastPrice) = try store.equityBook(endOf: day.advanced(by: -1)) else {
            if let last = try store.lastSettledDay(), last < day {
                throw StoreError(.schema, "settle.equity_day_figures: settled day \(last) has no book")
            }
            return EquityState(memberCount: derived.memberCount)
        }
        let holdings = try store.equityHoldings(rows, shop: derived.shop)
        let gives = try store.equityGives(orders: derived.ordersRefunded(onOrAfter: day), shop: derived.shop)
        let state = EquityState(book: book, lastPrice: lastPrice, holdings: holdings, gives: gives)
        let held = holdings.reduce(0) { $0 + $1.holdingsUnits }
        guard held + book.reserveUnits == book.supplyUnits else {
            throw StoreError(.schema, "settle.equity_members: holdings \(held) + reserve \(book.reserveUnits) ≠ supply \(book.supplyUnits) before \(day)")
        }
        return state
    }

    public func writeDay(_ result: EquityDayResult, state: Model.State, derived: Model.Derived, runId: Int64) throws {
        try store.writeEquityMemberDays(result)
        try store.upsertEquityMembers(result)
        try store.writeEquityGives(result)
        try store.writeEquityFigures(result, runId: runId)
    }

    /// Puts back each member a voided day changed as it stood before the first of them, then
    /// removes the voided days' rows.
    public func voidDays(from day: Day) throws {
        try connection.execute("""
            UPDATE settle.equity_members m SET holdings_units = b.holdings_before_units, quota_fen = b.quota_before_fen,
                bound = b.bound_before, settle_date = $1::date - 1
            FROM (SELECT DISTINCT ON (member_id) member_id, holdings_before_units, quota_before_fen, bound_before
                  FROM settle.equity_member_days WHERE settle_date >= $1::date ORDER BY member_id, settle_date) b
            WHERE m.member_id = b.member_id
            """, [day.iso])
        try connection.execute("DELETE FROM settle.equity_member_day_chunks WHERE settle_date >= $1::date", [day.iso])
        try connection.execute("DELETE FROM settle.equity_order_gives WHERE paid_on >= $1::date", [day.iso])
    }
}
