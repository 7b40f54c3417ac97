import SettleKernel

/// The members' ledger (migration 0006; by day since 0014): append-only balance entries by
/// currency. A settled day posts in its own transaction: its credits are its lines (0023, the day
/// recorded in `settle.credited_days`), the entries no line says are stored; a rerun posts the
/// differences; nothing is ever updated or deleted. Also the ledger's checks. How readers see it
/// (entries, balances, the feed): `SettlementStore+LedgerReads.swift`. In order: posting a settled
/// day, its credits, corrections and net, where checkout spending is kept, the checks.
extension SettlementStore {
    // MARK: Posting a settled day

    /// Posts a settled day. The first time, a day whose credits are its lines (the lines of
    /// `creditedKinds`: every kind for points and cycle, equity's two constant-point kinds) records
    /// itself in `settle.credited_days` (migration 0023) and stores only the model's own entries
    /// (checkout). A rerun of a
    /// credited day posts, per member, the change of its lines' credits (`correction`) and, per
    /// order, the change of its checkout entries, against `previous` (the lines it replaces); a rerun
    /// of a day settled before 0023 posts one `correction` per member whose net changed. Checks the
    /// day's net afterwards (pair assertion).
    public func postDay<Kind: LineKind>(_ lines: [Line<Kind>], previous: [Line<Kind>]?, postings: [LedgerPosting], day: Day,
                                        runId: Int64, currency: Currency, creditedKinds: [Kind]) throws {
        let shopOwned = try shopOwnsCheckoutBalance()
        let postings = day < (try ledgerStart() ?? day) || shopOwned ? [] : postings
        let credits = Kind.paidByMember(lines, kinds: creditedKinds)
        let expected = credits.reduce(0) { $0 + $1.amount } + postings.reduce(0) { $0 + $1.amountFen }
        let posting: (LedgerPosting) -> EntryRow = { ($0.memberId, $0.amountFen, $0.source, $0.orderId) }
        var rows: [EntryRow]
        var credited = try isCredited(day)
        var creditedNow = false
        if credited {
            guard let previous else { throw StoreError(.schema, "ledger of \(day): posted again without the lines it replaces") }
            rows = Self.differences(desired: credits, posted: Kind.paidByMember(previous, kinds: creditedKinds)).map { ($0.member, $0.amount, .correction, nil) }
            rows += Self.postingChanges(desired: postings, posted: try storedPostings(day: day, currency: currency))
        } else if try dayNet(day: day, currency: currency, credited: false) != nil {
            rows = try corrections(credits: credits, postings: postings, day: day, currency: currency)
        } else if !creditedKinds.isEmpty {
            try Self.checkCreditPositions(credits, day: day)
            let kinds = "{" + creditedKinds.map { String($0.code) }.joined(separator: ",") + "}"
            try connection.execute("INSERT INTO settle.credited_days (model, settle_date, currency, kinds, run_id) VALUES ($1, $2::date, $3, $4::smallint[], $5)",
                                   [model, day.iso, currency.rawValue, kinds, String(runId)])
            credited = true
            creditedNow = true
            rows = postings.map(posting)
        } else {
            rows = credits.map { ($0.member, $0.amount, .settlement, nil) } + postings.map(posting)
        }
        let table = try dayTable("ledger", day).name          // a fresh day: a plain table, its indexes built on attach
        let copied = try connection.copyInBinary("""
            COPY \(table) (member_id, currency, amount_fen, source, model, settle_date, run_id, order_id) FROM STDIN (FORMAT binary)
            """) { writer in
            for row in rows where row.amount != 0 {
                writer.field(row.member); writer.field(currency.rawValue); writer.field(row.amount); writer.field(row.source.rawValue)
                writer.field(model); writer.field(day); writer.field(runId); writer.field(row.order)
                try writer.endRow()
            }
        }
        try attachFreshPartitions()
        // A day credited now: its credits are the lines this transaction has just copied, their
        // count checked against what COPY reported (`writeDay`), and `verify` sums every day's
        // stored lines against its run's totals; the entries are summed as stored. Summing the
        // day's lines again here cost 0.21 s of a million-member night.
        let net = creditedNow ? (try dayNet(day: day, currency: currency, credited: false) ?? 0) + credits.reduce(0) { $0 + $1.amount }
                              : try dayNet(day: day, currency: currency, credited: credited) ?? 0
        guard net == expected, copied == rows.filter({ $0.amount != 0 }).count else {
            throw StoreError(.schema, "ledger of \(day): posted \(net) fen in all, the day's lines and entries say \(expected)")
        }
        try recordTotal(day: day, currency: currency, net: net)
    }

    /// An entry to store: member, amount, source, order.
    typealias EntryRow = (member: Int64, amount: Int64, source: LedgerSource, order: Int64?)

    /// A credit's feed position is 2^62 + block * 2^40 + member (settle.ledger_credits): members
    /// from 0 to 2^40 - 1. Refused otherwise as bad input (a refused row: exit 3), naming the member.
    static func checkCreditPositions(_ credits: [(member: Int64, amount: Int64)], day: Day) throws(StoreError) {
        for credit in [credits.first, credits.last].compactMap({ $0 }) where credit.member < 0 || credit.member >= 1 << 40 {
            throw StoreError(.statement, "ledger of \(day): member \(credit.member) is outside 0 to 2^40 - 1, the ids a credit's feed position holds",
                             sqlState: "22003")
        }
    }

    /// Whether the program's `day` is credited from its lines (migration 0023).
    func isCredited(_ day: Day) throws(StoreError) -> Bool {
        try connection.row("SELECT 1 FROM settle.credited_days WHERE model = $1 AND settle_date = $2::date", [model, day.iso],
                           source: "settle.credited_days") != nil
    }

    /// A credited day's stored entries other than its credit corrections (checkout and its
    /// refunds, and their changes), summed per member, order and source, sorted so.
    func storedPostings(day: Day, currency: Currency) throws(StoreError) -> [LedgerPosting] {
        try connection.rows("""
            SELECT member_id, order_id, source, sum(amount_fen)::bigint FROM settle.ledger
            WHERE model = $1 AND settle_date = $2::date AND currency = $3 AND source <> 'correction'
            GROUP BY 1, 2, 3 ORDER BY 1, 2 NULLS FIRST, 3
            """, [model, day.iso, currency.rawValue], source: "settle.ledger").map { row throws(StoreError) in
            guard let source = LedgerSource(rawValue: try row.text(2)) else { throw Self.malformed("ledger source") }
            return LedgerPosting(memberId: try row.int64(0), orderId: try row.optionalInt64(1), source: source, amountFen: try row.int64(3))
        }
    }

    /// Per member, order and source: what `desired` says less what was `posted`, where they differ.
    static func postingChanges(desired: [LedgerPosting], posted: [LedgerPosting]) -> [EntryRow] {
        let key = { (p: LedgerPosting) in (p.memberId, p.orderId ?? Int64.min, p.source.rawValue) }
        let merged = desired.map { (key($0), $0, $0.amountFen) } + posted.map { (key($0), $0, -$0.amountFen) }
        var rows: [EntryRow] = []
        for (_, entry, amount) in merged.sorted(by: { $0.0 < $1.0 }) {   // bounded: the day's checkout entries
            if let last = rows.last, last.member == entry.memberId, last.order == entry.orderId, last.source == entry.source {
                rows[rows.count - 1].amount += amount
            } else {
                rows.append((entry.memberId, amount, entry.source, entry.orderId))
            }
        }
        return rows.filter { $0.amount != 0 }
    }

    /// The currency's running total through `day`: the day before's (or, with none recorded, the
    /// sum of every earlier dated entry, once) plus what `day` nets: `net`, this program's entries
    /// as `dayNet` summed and checked them, and the other programs' entries in this currency
    /// (none today: each program pays in its own currency; their lines are not scanned when no
    /// other program credited the day). Summing this program's lines again cost 0.35 s at 1M.
    func recordTotal(day: Day, currency: Currency, net: Int64) throws(StoreError) {
        try connection.execute("""
            INSERT INTO settle.ledger_totals (currency, settle_date, through_fen)
            SELECT $1, $2::date, coalesce((SELECT through_fen FROM settle.ledger_totals WHERE currency = $1 AND settle_date = $2::date - 1),
                                          (SELECT coalesce(sum(amount_fen), 0) FROM settle.entry_amounts WHERE currency = $1 AND settle_date < $2::date))
                                 + $4::bigint
                                 + (SELECT coalesce(sum(amount_fen), 0) FROM settle.entry_amounts WHERE currency = $1 AND settle_date = $2::date AND model <> $3)
            ON CONFLICT (currency, settle_date) DO UPDATE SET through_fen = excluded.through_fen
            """, [currency.rawValue, day.iso, model, String(net)])
    }

    // MARK: Credits, corrections and the day's net

    /// A rerun's entries for a day settled before migration 0023: per member, what the day should
    /// net less what it posted before (the posted nets come by COPY).
    func corrections(credits: [(member: Int64, amount: Int64)], postings: [LedgerPosting], day: Day,
                     currency: Currency) throws -> [EntryRow] {
        let desired = Self.netsByMember(credits + postings.map { ($0.memberId, $0.amountFen) })
        return Self.differences(desired: desired, posted: try postedNets(day: day, currency: currency)).map { ($0.member, $0.amount, .correction, nil) }
    }

    /// Per member, `desired` less `posted` where they differ. Both sorted by member and merged: no
    /// dictionary of a million members.
    static func differences(desired: [(member: Int64, amount: Int64)], posted: [(member: Int64, amount: Int64)]) -> [(member: Int64, amount: Int64)] {
        var rows: [(member: Int64, amount: Int64)] = []
        var wanted = 0, done = 0
        while wanted < desired.count || done < posted.count {     // bounded: the two sorted lists
            let member = min(wanted < desired.count ? desired[wanted].member : Int64.max, done < posted.count ? posted[done].member : Int64.max)
            var difference: Int64 = 0
            if wanted < desired.count, desired[wanted].member == member { difference += desired[wanted].amount; wanted += 1 }
            if done < posted.count, posted[done].member == member { difference -= posted[done].amount; done += 1 }
            if difference != 0 { rows.append((member, difference)) }
        }
        return rows
    }

    /// Amounts summed per member, sorted by member.
    static func netsByMember(_ amounts: [(member: Int64, amount: Int64)]) -> [(member: Int64, amount: Int64)] {
        var nets: [(member: Int64, amount: Int64)] = []
        for entry in amounts.sorted(by: { $0.member < $1.member }) {   // bounded: the day's credits and postings
            if nets.last?.member == entry.member { nets[nets.count - 1].amount += entry.amount } else { nets.append(entry) }
        }
        return nets
    }

    /// What this program's entries of `day` net to in `currency`, or nil when it stored none. A
    /// `credited` day's credits and their corrections net to its lines' paid amounts.
    func dayNet(day: Day, currency: Currency, credited: Bool) throws(StoreError) -> Int64? {
        try connection.row("""
            SELECT CASE WHEN $4 THEN coalesce((SELECT sum(amount_fen) FROM settle.ledger WHERE model = $1 AND settle_date = $2::date
                                                 AND currency = $3 AND source <> 'correction'), 0)
                                     + (SELECT coalesce(sum(paid_fen), 0) FROM settle.day_lines WHERE model = $1 AND settle_date = $2::date
                                        AND paid_fen <> 0 AND kind = ANY ((SELECT kinds FROM settle.credited_days
                                                                            WHERE model = $1 AND settle_date = $2::date)::smallint[]))
                        ELSE (SELECT sum(amount_fen) FROM settle.ledger WHERE model = $1 AND settle_date = $2::date AND currency = $3) END::bigint
            """, [model, day.iso, currency.rawValue, credited ? "true" : "false"], source: "settle.ledger")?.optionalInt64(0)
    }

    // MARK: Where checkout spending is kept

    /// The first day whose model entries (checkout) the ledger posts; nil: every day. Days settled
    /// before the ledger existed keep the balances they left.
    public func ledgerStart() throws(StoreError) -> Day? {
        try connection.row("SELECT first_day - date '1970-01-01' FROM settle.ledger_start WHERE model = $1", [model],
                           source: "settle.ledger_start")?.day(0)
    }

    /// True when the shop's own table holds the balance its checkout spends (migration 0017,
    /// `settle shop set --checkout-balance shop`): no checkout entries are posted.
    public func shopOwnsCheckoutBalance() throws(StoreError) -> Bool {
        try connection.row("SELECT checkout_balance = 'shop' FROM settle.shop_settings", source: "settle.shop_settings")?.text(0) == "t"
    }

    /// Sets who owns that balance; refused once any program has settled a day (the days settled
    /// would disagree with the ones after). Returns the days settled, empty when it was set.
    public func setCheckoutBalance(ownedByShop: Bool) throws -> Int64 {
        try connection.transaction {
            try connection.execute("LOCK TABLE settle.shop_settings")
            let settled = try connection.row("SELECT count(*) FROM settle.days", source: "settle.days")?.int64(0) ?? 0
            if settled == 0 {
                try connection.execute("UPDATE settle.shop_settings SET checkout_balance = $1, changed_at = now(), changed_by = current_user",
                                       [ownedByShop ? "shop" : "settle"])
            }
            return settled
        }
    }

    /// Each member's net of this program's entries of `day` in `currency`, sorted by member (COPY).
    func postedNets(day: Day, currency: Currency) throws -> [(member: Int64, amount: Int64)] {
        var nets: [(member: Int64, amount: Int64)] = []
        try connection.copyOutBinary("""
            COPY (SELECT member_id, sum(amount_fen)::bigint FROM settle.ledger
                  WHERE model = \(SQLLiteral.name(model)) AND settle_date = \(SQLLiteral.date(day))
                    AND currency = \(SQLLiteral.name(currency.rawValue))
                  GROUP BY member_id ORDER BY member_id) TO STDOUT (FORMAT binary)
            """) { tuple in
            guard let member = tuple.integer(0), let amount = tuple.integer(1) else { throw Self.malformed("ledger nets") }
            nets.append((member, amount))
        }
        return nets
    }

    // MARK: Checks (verify)

    /// Orders paid on `day` with points: more than `ratioPpb` of their amount, or more than the
    /// member's points held before the day (entries of earlier days and earlier adjustments).
    public func checkoutExceptions(on day: Day, ratioPpb: Int64) throws(StoreError) -> [Fault] {
        let held = !(try shopOwnsCheckoutBalance())                // the shop's own balance: only the ratio is settle's to check
        return try connection.rows("""
            WITH day_orders AS (
                SELECT id, member_id, (amount * 100)::bigint AS amount, (points_amount * 100)::bigint AS points FROM settle.orders
                WHERE points_amount > 0 AND paid_at >= $1::date::timestamptz AND paid_at < ($1::date + 1)::timestamptz),
            spent AS (SELECT member_id, sum(points) AS spent FROM day_orders GROUP BY member_id),
            held AS (
                SELECT l.member_id, sum(l.amount_fen) AS held FROM settle.entry_amounts l JOIN spent s ON s.member_id = l.member_id
                WHERE l.currency = 'points' AND coalesce(l.settle_date < $1::date, l.created_at < $1::date::timestamptz)
                GROUP BY l.member_id)
            SELECT o.id, o.member_id, o.points, o.amount, coalesce(h.held, 0), s.spent,
                   o.points::numeric * 1000000000 > $2::numeric * o.amount
            FROM day_orders o JOIN spent s ON s.member_id = o.member_id LEFT JOIN held h ON h.member_id = o.member_id
            WHERE o.points::numeric * 1000000000 > $2::numeric * o.amount OR ($3 AND coalesce(h.held, 0) < s.spent)
            ORDER BY o.id
            """, [day.iso, String(ratioPpb), held ? "true" : "false"], source: "settle.orders").map { row throws(StoreError) in
            var reasons: [String] = []
            if try row.text(6) == "t" {
                reasons.append("paid \(Fen.format(try row.int64(2))) of \(Fen.format(try row.int64(3))) with points, "
                               + "more than the plan's max_points_payment_ratio allows")
            }
            if held, try row.int64(4) < row.int64(5) {
                reasons.append("its member spent \(Fen.format(try row.int64(5))) points on the day with \(Fen.format(try row.int64(4))) held")
            }
            let detail = reasons.joined(separator: "; ")
            return Fault(check: "checkout", day: day, memberId: try row.int64(1), orderId: try row.int64(0), detail: detail)
        }
    }

    /// Settled days whose ledger entries (credits, checkout, corrections) don't net, member by
    /// member, to what their lines paid and their orders spent at checkout (`checkout`: the
    /// model posts checkout spending).
    public func faultsInLedger(from: Day, currency: Currency, checkout: Bool, limit: Int) throws(StoreError) -> [Fault] {
        try connection.rows("""
            WITH settled AS (SELECT settle_date FROM settle.days WHERE model = $1 AND settle_date >= $2::date
                             AND settle_date >= coalesce((SELECT first_day FROM settle.ledger_start WHERE model = $1), '-infinity')),
            expected AS (
                SELECT settle_date, member_id, paid_fen AS amount FROM settle.day_lines
                WHERE model = $1 AND settle_date >= $2::date AND paid_fen > 0
                UNION ALL
                SELECT paid_at::date, member_id, -(points_amount * 100)::bigint FROM settle.orders
                WHERE $3 AND points_amount > 0 AND paid_at::date IN (SELECT settle_date FROM settled)
                UNION ALL
                SELECT refunded_at::date, member_id, (points_amount * 100)::bigint FROM settle.orders
                WHERE $3 AND points_amount > 0 AND refunded_at::date IN (SELECT settle_date FROM settled)),
            wanted AS (SELECT settle_date, member_id, sum(amount)::bigint AS amount FROM expected GROUP BY 1, 2),
            posted AS (SELECT settle_date, member_id, sum(amount_fen)::bigint AS amount FROM settle.entries
                       WHERE model = $1 AND currency = $4 AND settle_date >= $2::date GROUP BY 1, 2)
            SELECT settle_date - date '1970-01-01', member_id, coalesce(posted.amount, 0), coalesce(wanted.amount, 0)
            FROM wanted FULL JOIN posted USING (settle_date, member_id)
            WHERE coalesce(posted.amount, 0) <> coalesce(wanted.amount, 0)
            ORDER BY 1, 2 LIMIT $5
            """, [model, from.iso, checkout ? "true" : "false", currency.rawValue, String(limit)], source: "settle.ledger").map { row throws(StoreError) in
            Fault(check: "ledger", day: try row.day(0), memberId: try row.int64(1),
                  detail: "the ledger nets \(try row.int64(2)) fen for the day; its lines and checkout say \(try row.int64(3))")
        }
    }
}
