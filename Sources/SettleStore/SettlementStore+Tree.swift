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

        public var description: String {
            let was = seenReferrerId.map(String.init) ?? "none", now = referrerId.map(String.init) ?? "none"
            let what = removed ? "member \(memberId) (referred by \(was)) is gone from the tree"
                               : "member \(memberId): referrer changed from \(was) to \(now)"
            return what + (firstAffected.map { "; settled days from \($0) were computed on the old tree (rerun --date \($0))" } ?? "")
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

    /// After a rerun from `day`: adopts the current referrer of the members whose first affected
    /// day the rerun covered.
    public func adoptTree(rerunFrom day: Day) throws(StoreError) {
        try connection.execute("""
            UPDATE settle.tree_seen s SET referrer_id = m.referrer_id FROM settle.members m
            WHERE s.model = $1 AND m.id = s.member_id AND m.referrer_id IS DISTINCT FROM s.referrer_id
              AND coalesce((SELECT min(d.settle_date) FROM settle.days d WHERE d.model = $1 AND d.settle_date >= s.seen_on), $2::date) >= $2::date
            """, [model, day.iso])
    }
}
