import SettleKernel

/// What `settle shop check` reads: the shop's inputs as the job will see them, each finding
/// counted with the first ids, read only and bounded by the inputs' size.
public struct ShopFinding: Equatable, Sendable {
    public enum Severity: String, Sendable { case refuse, look, info }
    public var check: String
    public var severity: Severity
    public var count: Int64
    /// The first ids (at most 10), sorted.
    public var ids: [Int64]
    public var detail: String
    public init(check: String, severity: Severity, count: Int64, ids: [Int64], detail: String) {
        self.check = check; self.severity = severity; self.count = count; self.ids = ids; self.detail = detail
    }
}

extension SettlementStore {
    /// (check, severity, relation, condition over its rows, what it means)
    static let shopChecks: [(String, ShopFinding.Severity, String, String, String)] = [
        ("members", .info, "settle.members m", "true", "members in the shop"),
        ("members without phone", .look, "settle.members m", "coalesce(m.phone, '') = ''",
         "name them with --member-id in reports, explain and adjust"),
        ("phones shared", .look, "settle.members m",
         "m.phone IN (SELECT phone FROM settle.members WHERE phone <> '' GROUP BY phone HAVING count(*) > 1)",
         "--phone is refused for them: use --member-id"),
        ("own referrer", .refuse, "settle.members m", "m.referrer_id = m.id", "the job refuses a member that refers itself"),
        ("unknown referrer", .refuse, "settle.members m",
         "m.referrer_id IS NOT NULL AND NOT EXISTS (SELECT FROM settle.members r WHERE r.id = m.referrer_id)",
         "the job refuses a referrer that is not a member"),
        ("orders", .info, "settle.orders m", "true", "paid orders the programs count"),
        ("orders with points", .info, "settle.orders m", "m.points_amount > 0",
         "part paid with points: see the points balance's owner below"),
        ("refunded orders", .info, "settle.orders m", "m.refunded_at IS NOT NULL", "each stops its lot from its refund day"),
        ("unknown member", .refuse, "settle.orders m", "NOT EXISTS (SELECT FROM settle.members u WHERE u.id = m.member_id)",
         "the job refuses an order of a member that is not a member"),
        ("amounts", .refuse, "settle.orders m",
         "m.amount <= 0 OR m.cash_amount < 0 OR m.points_amount < 0 OR m.cash_amount + m.points_amount <> m.amount",
         "the job refuses an amount that is not positive or that cash + points don't make up"),
        ("refunded before paid", .refuse, "settle.orders m", "m.refunded_at < m.paid_at", "the job refuses a refund before its payment"),
    ]

    /// The shop's inputs, check by check.
    public func shopFindings() throws(StoreError) -> [ShopFinding] {
        var findings: [ShopFinding] = []
        for (check, severity, relation, condition, detail) in Self.shopChecks {   // bounded: the fixed checks
            guard let row = try connection.row("""
                SELECT count(*), coalesce(array_to_string((array_agg(m.id ORDER BY m.id))[1:10], ','), '')
                FROM \(relation) WHERE \(condition)
                """, source: relation) else { throw Self.malformed(relation) }
            let count = try row.int64(0)
            guard count > 0 || severity != .info || check == "members" || check == "orders" else { continue }
            findings.append(ShopFinding(check: check, severity: count == 0 ? .info : severity, count: count,
                                        ids: try row.text(1).split(separator: ",").compactMap { Int64($0) }, detail: count == 0 ? "none" : detail))
        }
        return findings
    }

    /// Members whose referrer in the shop's table differs from the one a program settled on.
    public func shopTreeChanges() throws(StoreError) -> ShopFinding {
        guard let row = try connection.row("""
            SELECT count(DISTINCT s.member_id), coalesce(array_to_string((array_agg(DISTINCT s.member_id ORDER BY s.member_id))[1:10], ','), '')
            FROM settle.tree_seen s LEFT JOIN settle.members m ON m.id = s.member_id
            WHERE m.id IS NULL OR m.referrer_id IS DISTINCT FROM s.referrer_id
            """, source: "settle.tree_seen") else { throw Self.malformed("tree_seen") }
        let count = try row.int64(0)
        return ShopFinding(check: "referrers changed", severity: count == 0 ? .info : .look, count: count,
                           ids: try row.text(1).split(separator: ",").compactMap { Int64($0) },
                           detail: count == 0 ? "none since the programs settled" : "changed since a program settled on them: see docs/decisions.md, \"The referral tree through a view\"")
    }

    /// The mapping's own notes (`settle.shop_notes(kind, id, detail)`, optional): what only the
    /// shop's tables can tell (hidden, split, partly refunded orders, refunds without a moment).
    public func shopNotes(limit: Int) throws(StoreError) -> [ShopFinding] {
        guard try connection.row("SELECT to_regclass('settle.shop_notes') IS NOT NULL", source: "pg_class")?.text(0) == "t" else { return [] }
        return try connection.rows("""
            SELECT kind, count(*), coalesce(array_to_string((array_agg(id ORDER BY id))[1:10], ','), ''), min(detail)
            FROM settle.shop_notes GROUP BY kind ORDER BY kind LIMIT $1
            """, [String(limit)], source: "settle.shop_notes").map { row throws(StoreError) in
            ShopFinding(check: try row.text(0), severity: .look, count: try row.int64(1),
                        ids: try row.text(2).split(separator: ",").compactMap { Int64($0) }, detail: try row.text(3))
        }
    }
}
