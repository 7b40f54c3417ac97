import SettleKernel

/// Members and earners, for every program's reports.
extension SettlementStore {
    /// The members paid most on a settled day: paid by kind code (`kindCount` entries), forfeited.
    public func topEarners(on day: Day, limit: Int, kindCount: Int = 4) throws(StoreError) -> [Earner] {
        var earners: [Earner] = []
        for row in try connection.rows("""
            WITH top AS (SELECT member_id, sum(paid_fen) AS paid, sum(entitled_fen - paid_fen) AS forfeited FROM settle.day_lines
                         WHERE settle_date = $1::date AND model = $3 GROUP BY member_id ORDER BY 2 DESC, 1 LIMIT $2)
            SELECT t.member_id, t.forfeited, l.kind, l.paid_fen
            FROM top t JOIN settle.day_lines l ON l.settle_date = $1::date AND l.model = $3 AND l.member_id = t.member_id
            ORDER BY t.paid DESC, t.member_id, l.kind
            """, [day.iso, String(limit), model], source: "settle.day_lines") {
            let member = try row.int64(0)
            if earners.last?.memberId != member {
                earners.append(Earner(memberId: member, paidFen: [Int64](repeating: 0, count: kindCount), forfeitedFen: try row.int64(1)))
            }
            let kind = try row.int64(2)
            guard kind >= 0 && kind < Int64(kindCount) else { throw Self.malformed("day_lines") }
            earners[earners.count - 1].paidFen[Int(kind)] += try row.int64(3)
        }
        return earners
    }

    /// The earners with their phones filled in.
    public func withPhones(_ earners: [Earner]) throws(StoreError) -> [Earner] {
        let phones = try phones(of: earners.map(\.memberId))
        return earners.map { earner in
            var named = earner
            named.phone = phones[earner.memberId]
            return named
        }
    }

    public func phones(of ids: [Int64]) throws(StoreError) -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        var phones: [Int64: String] = [:]
        for row in try connection.rows("SELECT id, phone FROM settle.members WHERE id = ANY($1::bigint[])",
                                       ["{" + ids.map(String.init).joined(separator: ",") + "}"], source: "settle.members") {
            phones[try row.int64(0)] = try row.text(1)
        }
        return phones
    }

    public struct MemberRecord: Sendable {
        public var id: Int64
        public var phone: String
        public var joinedAt: String
        public var referrerId: Int64?
    }

    /// Every member with this phone (a shop's own table, seen through a view, may hold several),
    /// or the one with this id; sorted by id.
    public func members(phone: String? = nil, id: Int64? = nil) throws(StoreError) -> [MemberRecord] {
        try connection.rows("""
            SELECT id, phone, to_char(joined_at, 'YYYY-MM-DD HH24:MI:SS'), referrer_id FROM settle.members
            WHERE ($1::text IS NOT NULL AND phone = $1) OR ($2::bigint IS NOT NULL AND id = $2) ORDER BY id LIMIT 20
            """, [phone, id.map(String.init)], source: "settle.members").map { row throws(StoreError) in
            MemberRecord(id: try row.int64(0), phone: try row.text(1), joinedAt: try row.text(2), referrerId: try row.optionalInt64(3))
        }
    }
}
