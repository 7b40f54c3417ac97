import SettleKernel

/// The shop's inputs every program reads: members and paid orders, through COPY.
extension SettlementStore {
    /// What a day reads, as COPY statements. Values come from `set_config` (settle.through), never
    /// from the text. Public so that the benchmark's floor reads exactly this.
    public static let membersQuery = "COPY (SELECT id, referrer_id FROM settle.members) TO STDOUT"
    /// Orders paid on or before settle.through in the session's timezone, amounts in fen.
    public static let ordersQuery = """
        COPY (SELECT id, member_id, (amount * 100)::bigint, (cash_amount * 100)::bigint, (points_amount * 100)::bigint,
                     (extract(epoch FROM paid_at) * 1000000)::bigint,
                     paid_at::date - date '1970-01-01', refunded_at::date - date '1970-01-01',
                     (extract(epoch FROM refunded_at) * 1000000)::bigint
              FROM settle.orders
              WHERE paid_at < (current_setting('settle.through')::date + 1)::timestamptz) TO STDOUT
        """

    /// Members and the orders paid through `through`, checked and grouped (call inside
    /// `consistently` when the read must be one snapshot).
    public func loadShop(through: Day) throws -> Shop {
        try Shop(members: try loadMembers(), orders: try loadOrders(through: through))
    }

    public func loadMembers() throws -> [MemberRow] {
        var members: [MemberRow] = []
        var ranges: [Range<Int>] = []
        try connection.copyOut(Self.membersQuery) { line in
            CopyText.fields(line, into: &ranges)
            guard ranges.count == 2, let id = CopyText.integer(line, ranges[0]) else { throw Self.malformed("members") }
            members.append(MemberRow(id: id, referrerId: CopyText.integer(line, ranges[1])))
        }
        return members
    }

    /// Orders paid on or before `through` (in the session's timezone), amounts in fen.
    public func loadOrders(through: Day) throws -> [OrderRow] {
        try connection.execute("SELECT set_config('settle.through', $1, false)", [through.iso])
        var orders: [OrderRow] = []
        var ranges: [Range<Int>] = []
        try connection.copyOut(Self.ordersQuery) { line in
            CopyText.fields(line, into: &ranges)
            guard ranges.count == 9,
                  let id = CopyText.integer(line, ranges[0]), let member = CopyText.integer(line, ranges[1]),
                  let amount = CopyText.integer(line, ranges[2]), let cash = CopyText.integer(line, ranges[3]),
                  let points = CopyText.integer(line, ranges[4]), let paidAt = CopyText.integer(line, ranges[5]),
                  let paidOn = CopyText.integer(line, ranges[6])
            else { throw Self.malformed("orders") }
            orders.append(OrderRow(id: id, memberId: member, amountFen: amount, cashFen: cash, pointsFen: points,
                                   paidAtMicros: paidAt, paidOn: Day(Int32(paidOn)),
                                   refundedOn: CopyText.integer(line, ranges[7]).map { Day(Int32($0)) },
                                   refundedAtMicros: CopyText.integer(line, ranges[8])))
        }
        return orders
    }
}
