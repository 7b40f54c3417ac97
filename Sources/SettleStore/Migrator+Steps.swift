import SettleKernel

/// Numbered migrations whose change the SQL alone cannot make: a Swift step that runs after the
/// file's SQL, in its transaction (all of it or none, as every migration).
extension Migrator {
    public typealias Step = @Sendable (Connection) throws -> Void

    /// Migration 0027: the programs named (those that read no order parts,
    /// `RewardModel.readsOrderParts`) digest each order as all cash (cash = amount, points = 0).
    /// Their settled days' paid digests were of the parts as read then. A digest is a sum of one
    /// mix per order (`InputDigest`), so each day moves by what its orders with a points part give
    /// in the new reading less what they gave in the old: a day whose orders did not change since
    /// it was settled then matches the new reading, and a day whose orders did (late input) still
    /// does not, as before. Orders without a points part read the same either way.
    public static func wholeAmountDigests(models: [String]) -> Step {
        { connection in
            for model in models { try restampWholeAmount(model: model, on: connection) }   // bounded: the programs
        }
    }

    static func restampWholeAmount(model: String, on connection: Connection) throws {
        var stored: [Int32: UInt64] = [:]
        for row in try connection.query("""
            SELECT settle_date - date '1970-01-01', paid_digest FROM settle.days WHERE model = $1 ORDER BY settle_date
            """, [model]) {                                   // bounded: the program's settled days
            guard let day = row[0].flatMap({ Int32($0) }), let digest = row[1].flatMap({ UInt64($0, radix: 16) }) else { continue }
            stored[day] = digest
        }
        guard !stored.isEmpty else { return }
        // The days are the plan's calendar days, as the night found them.
        guard let timezone = try connection.scalar("""
            SELECT document::json ->> 'timezone' FROM settle.plan_versions WHERE model = $1 ORDER BY effective_from LIMIT 1
            """, [model]) else { throw StoreError(.schema, "\(model): settled days but no plan version with a timezone") }
        try connection.execute("SELECT set_config('TimeZone', $1, true)", [timezone])
        let days = try DayBoundaries(connection: connection)
        var moves: [Int32: UInt64] = [:]
        try connection.copyOutBinary("""
            COPY (SELECT id::bigint, member_id::bigint, amount::numeric, cash_amount::numeric, points_amount::numeric, paid_at::timestamptz
                  FROM settle.orders WHERE points_amount <> 0) TO STDOUT (FORMAT binary)
            """) { tuple in
            guard tuple.count == 6, let id = tuple.integer(0), let member = tuple.integer(1), let amount = tuple.numeric(2, scale: 2),
                  let cash = tuple.numeric(3, scale: 2), let points = tuple.numeric(4, scale: 2), let paidAt = tuple.timestampMicros(5),
                  let day = days.day(of: paidAt), stored[day.number] != nil else { return }   // a day's refusal stays the night's
            let parts = InputDigest.paidOrder(id: id, memberId: member, amountFen: amount, cashFen: cash, pointsFen: points, paidOn: day.number)
            let whole = InputDigest.paidOrder(id: id, memberId: member, amountFen: amount, cashFen: amount, pointsFen: 0, paidOn: day.number)
            moves[day.number, default: 0] &+= whole &- parts
        }
        for (day, move) in moves.sorted(by: { $0.key < $1.key }) where move != 0 {   // bounded: the settled days
            guard let before = stored[day] else { continue }
            let updated = try connection.scalar("""
                WITH moved AS (UPDATE settle.days SET paid_digest = $3
                               WHERE model = $1 AND settle_date = date '1970-01-01' + $2::integer AND paid_digest = $4 RETURNING 1)
                SELECT count(*) FROM moved
                """, [model, String(day), InputDigest.hex(before &+ move), InputDigest.hex(before)])
            guard updated == "1" else { throw StoreError(.schema, "\(model): day \(Day(day)) moved \(updated ?? "no") digests, not 1") }
        }
    }
}
