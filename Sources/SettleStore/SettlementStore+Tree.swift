import SettleKernel

/// The referral tree this program has settled on (migration 0008): members whose referrer changed
/// since are named with the first settled day they affect.
extension SettlementStore {
    public struct TreeChange: Equatable, Sendable {
        public var memberId: Int64
        public var seenReferrerId: Int64?
        public var referrerId: Int64?
        /// The first settled day on or after the member was first seen; nil if none.
        public var firstAffected: Day?
        public var removed: Bool
        /// The day the change takes effect (the first day a run settles after seeing it); nil: the next one.
        public var effectiveFrom: Day? = nil

        public var description: String {
            let was = seenReferrerId.map(String.init) ?? "none", now = referrerId.map(String.init) ?? "none"
            if removed {
                return "member \(memberId) (referred by \(was)) is gone from the tree"
                    + (firstAffected.map { "; settled days from \($0) were computed with it" } ?? "")
            }
            return "member \(memberId): referrer changed from \(was) to \(now); "
                + (effectiveFrom.map { "in effect from \($0), earlier days stay settled on the tree they had" }
                   ?? "takes effect from the next day settled") + " (to recompute earlier days on it: rerun --date D)"
        }
    }

    /// Members whose referrer differs from the one this program saw, or who are gone.
    public func treeChanges(limit: Int = 1000) throws(StoreError) -> [TreeChange] {
        try connection.rows("""
            SELECT s.member_id, s.referrer_id, m.referrer_id, m.id IS NULL,
                   (SELECT min(d.settle_date) - date '1970-01-01' FROM settle.days d WHERE d.model = $1 AND d.settle_date >= s.seen_on)
            FROM settle.tree_seen s LEFT JOIN settle.members m ON m.id = s.member_id
            WHERE s.model = $1 AND (m.id IS NULL OR m.referrer_id IS DISTINCT FROM s.referrer_id)
            ORDER BY s.member_id LIMIT $2
            """, [model, String(limit)], source: "settle.tree_seen").map { row throws(StoreError) in
            TreeChange(memberId: try row.int64(0), seenReferrerId: try row.optionalInt64(1), referrerId: try row.optionalInt64(2),
                       firstAffected: try row.optionalDay(4), removed: try row.text(3) == "t")
        }
    }

    /// Records the members this program sees for the first time (those above `aboveId` only, when
    /// the digest said nothing changed below it), as of `day`.
    public func recordNewMembers(seenOn day: Day, aboveId: Int64? = nil) throws(StoreError) {
        try connection.execute("""
            INSERT INTO settle.tree_seen (model, member_id, referrer_id, seen_on)
            SELECT $1, id, referrer_id, $2::date FROM settle.members WHERE $3::bigint IS NULL OR id > $3
            ON CONFLICT (model, member_id) DO NOTHING
            """, [model, day.iso, aboveId.map(String.init)])
    }

    /// The digest of the tree this program settled on, and the highest member id it covers.
    public func treeDigest() throws(StoreError) -> (maxMemberId: Int64, digest: String)? {
        guard let row = try connection.row("SELECT max_member_id, digest FROM settle.tree_digest WHERE model = $1", [model],
                                           source: "settle.tree_digest") else { return nil }
        return (try row.int64(0), try row.text(1))
    }

    public func saveTreeDigest(maxMemberId: Int64, digest: String) throws(StoreError) {
        try connection.execute("""
            INSERT INTO settle.tree_digest (model, max_member_id, digest) VALUES ($1, $2, $3)
            ON CONFLICT (model) DO UPDATE SET max_member_id = excluded.max_member_id, digest = excluded.digest
            """, [model, String(maxMemberId), digest])
    }

    /// Puts the shop's current tree in effect from `day` (migration 0018), in the caller's
    /// transaction: each changed member's referrer until then goes to settle.tree_history, and
    /// tree_seen takes the current one. Changes recorded after `day` (a rerun from before them)
    /// fold into one ending at `day`. Members gone from the shop's table are left as they were.
    public func adoptTree(from day: Day) throws(StoreError) {
        try connection.execute("""
            WITH later AS (
                DELETE FROM settle.tree_history h WHERE h.model = $1 AND h.until > $2::date
                RETURNING h.member_id, h.referrer_id, h.until),
            first_later AS (SELECT DISTINCT ON (member_id) member_id, referrer_id FROM later ORDER BY member_id, until)
            INSERT INTO settle.tree_history (model, member_id, referrer_id, until)
            SELECT $1, f.member_id, f.referrer_id, $2::date FROM first_later f
            """, [model, day.iso])
        try connection.execute("""
            INSERT INTO settle.tree_history (model, member_id, referrer_id, until)
            SELECT $1, s.member_id, s.referrer_id, $2::date
            FROM settle.tree_seen s JOIN settle.members m ON m.id = s.member_id
            WHERE s.model = $1 AND m.referrer_id IS DISTINCT FROM s.referrer_id
            ON CONFLICT (model, member_id, until) DO NOTHING
            """, [model, day.iso])
        try connection.execute("""
            UPDATE settle.tree_seen s SET referrer_id = m.referrer_id FROM settle.members m
            WHERE s.model = $1 AND m.id = s.member_id AND m.referrer_id IS DISTINCT FROM s.referrer_id
            """, [model])
    }

    /// The referrers this program settled `day` on where they differ from the shop's table now:
    /// the history's, else tree_seen's (a change not yet adopted). Sorted by member.
    public func settledReferrers(on day: Day) throws(StoreError) -> [(memberId: Int64, referrerId: Int64?)] {
        try connection.rows("""
            WITH h AS (SELECT DISTINCT ON (member_id) member_id, referrer_id FROM settle.tree_history
                       WHERE model = $1 AND until > $2::date ORDER BY member_id, until)
            SELECT s.member_id, CASE WHEN h.member_id IS NOT NULL THEN h.referrer_id ELSE s.referrer_id END
            FROM settle.tree_seen s JOIN settle.members m ON m.id = s.member_id LEFT JOIN h ON h.member_id = s.member_id
            WHERE s.model = $1
              AND (CASE WHEN h.member_id IS NOT NULL THEN h.referrer_id ELSE s.referrer_id END) IS DISTINCT FROM m.referrer_id
            ORDER BY 1
            """, [model, day.iso], source: "settle.tree_history").map { row throws(StoreError) in
            (try row.int64(0), try row.optionalInt64(1))
        }
    }

    /// The days from which a different tree applies (a recorded change's `until`), in order.
    public func treeChangeDays() throws(StoreError) -> [Day] {
        try connection.rows("""
            SELECT DISTINCT until - date '1970-01-01' FROM settle.tree_history WHERE model = $1 ORDER BY 1
            """, [model], source: "settle.tree_history").map { row throws(StoreError) in try row.day(0) }
    }
}
