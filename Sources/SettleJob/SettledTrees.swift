import SettleKernel
import SettleStore

/// The shop as each settled day saw it (migration 0018): the same members and orders, each
/// member's referrer the one its program settled that day on. verify replays each day on it.
public struct SettledTrees {
    let store: SettlementStore
    let members: [MemberRow]
    let orders: [OrderRow]
    /// The days from which another tree applies, in order.
    let changeDays: [Day]

    /// Reads members, orders through `last` and the tree's history (call inside a consistent read).
    public init(store: SettlementStore, through last: Day) throws {
        self.store = store
        members = try store.loadMembers()
        orders = try store.loadOrders(through: last)
        changeDays = try store.treeChangeDays()
    }

    /// The shop of `start` and of each day after it through `last` from which another tree
    /// applies, in order (read them in the same consistent read as the rest).
    public func shops(from start: Day, through last: Day) throws -> [(from: Day, shop: Shop)] {
        var shops = [(from: start, shop: try shop(on: start))]
        for day in changeDays where day > start && day <= last { shops.append((day, try shop(on: day))) }   // bounded: the changes
        return shops
    }

    /// The shop of `day`: the shop's table with the referrers this program settled `day` on.
    func shop(on day: Day) throws -> Shop {
        let settled = try store.settledReferrers(on: day)
        guard !settled.isEmpty else { return try Shop(members: members, orders: orders) }
        var referrerOf: [Int64: Int64?] = [:]                 // lookups only: nothing reaches output from it
        referrerOf.reserveCapacity(settled.count)
        for row in settled { referrerOf[row.memberId] = row.referrerId }
        let rows = members.map { member in referrerOf[member.id].map { MemberRow(id: member.id, referrerId: $0) } ?? member }
        return try Shop(members: rows, orders: orders)
    }
}
