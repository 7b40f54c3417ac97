import SettleStore

extension PointsStateStore {
    /// The points program's views and functions as they are now, re-applied by
    /// `settle migrate` when they change. Its tables (settle.lots, settle.lot_days (partitioned by day), settle.lot_anchor_moves, settle.points_day_figures) are made and changed by
    /// numbered migrations in sql/; their current shape is in sql/schema.snapshot.sql.
    public static let schema = #"""
-- The contract view (SPEC §5): the points program's lines, as before.
CREATE OR REPLACE VIEW settle.settlement_lines AS
SELECT settle_date,
       member_id,
       (ARRAY['static', 'share', 'team', 'peer'])[kind + 1] AS kind,
       (entitled_fen::numeric / 100)::numeric(20,2) AS entitled,
       (paid_fen::numeric / 100)::numeric(20,2) AS paid
FROM settle.day_lines
WHERE model = 'points';

-- The last settled day of the points program.
CREATE OR REPLACE FUNCTION settle.points_settled_through() RETURNS date
LANGUAGE sql STABLE AS $$ SELECT max(settle_date) FROM settle.days WHERE model = 'points' $$;

-- The latest checkpoint day (every seventh: Thursdays) on or before the last settled day: the
-- anchors of settle.lots hold every row through it.
CREATE OR REPLACE FUNCTION settle.points_anchors_through() RETURNS date
LANGUAGE sql STABLE AS $$
    SELECT t - (((t - date '1970-01-01') % 7 + 7) % 7) FROM settle.points_settled_through() AS t
$$;

-- Every lot with its anchor as it stands at the end of the last settled day. settle.lots moves
-- the anchors on checkpoint days only (Thursdays; issue 27): each lot's rows since, at most six days
-- of them, are folded in here (its last row after the latest checkpoint). Filter it by member_id
-- or order_id (both reach the scan of settle.lots; each lot then probes at most six partitions: a
-- member's lots in milliseconds, all 2.4M lots of a million-member shop in about 9 s).
CREATE OR REPLACE VIEW settle.lot_anchors AS
SELECT l.order_id, l.member_id, l.paid_on, l.gift_tier, l.cap_fen, l.daily_fen, l.active_from, l.releases_from, l.recorded_on,
       coalesce(r.settle_date, l.as_of) AS as_of,
       coalesce(r.released_total_fen, l.released_fen) AS released_fen,
       CASE WHEN r.settle_date IS NULL THEN l.status
            WHEN r.exhausted THEN 1::smallint WHEN r.refunded THEN 2::smallint ELSE 0::smallint END AS status
FROM settle.lots l
CROSS JOIN (SELECT settle.points_anchors_through() AS checkpoint OFFSET 0) c   -- once, not per lot
LEFT JOIN LATERAL (SELECT d.settle_date, d.released_total_fen, d.exhausted, d.refunded FROM settle.lot_days d
                   WHERE d.order_id = l.order_id AND d.settle_date > greatest(l.as_of, c.checkpoint)
                   ORDER BY d.settle_date DESC LIMIT 1) r ON true;

-- Every lot's state at the end of the last settled day (the member app reads this).
CREATE OR REPLACE VIEW settle.lot_status AS
SELECT member_id, order_id, paid_on, gift_tier, cap_fen, daily_fen, active_from, released_fen, cap_fen - released_fen AS remaining_fen,
       CASE status WHEN 1 THEN 'exhausted' WHEN 2 THEN 'refunded'
                   ELSE CASE WHEN active_from > through THEN 'pending' ELSE 'active' END END AS status,
       through AS as_of
FROM (SELECT l.member_id, l.order_id, l.paid_on, l.gift_tier, l.cap_fen, l.daily_fen, l.active_from, l.status, t.through,
             CASE WHEN l.status = 0
                  THEN l.released_fen + l.daily_fen * greatest(0, t.through - greatest(l.as_of + 1, l.active_from) + 1)
                  ELSE l.released_fen END AS released_fen
      FROM settle.lot_anchors l CROSS JOIN (SELECT settle.points_settled_through() AS through OFFSET 0) t) AS current;

-- Every lot on every settled day it was active at the start of: what it released by kind and its
-- total since it began (what settle.lot_days held before migration 0013). From releases_from on, a
-- day without a row of its own released exactly daily_fen; before it, only rows count (days settled
-- before migration 0013 have a row for every active lot). Filter it by member_id or order_id (both
-- reach the scan of settle.lots).
CREATE OR REPLACE VIEW settle.lot_history AS
SELECT member_id, order_id, settle_date, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted
FROM (SELECT l.member_id, l.order_id, d.day AS settle_date, r.order_id IS NOT NULL OR d.day >= l.releases_from AS settled,
             coalesce(r.static_fen, l.daily_fen) AS static_fen,
             coalesce(r.share_fen, 0) AS share_fen, coalesce(r.team_fen, 0) AS team_fen, coalesce(r.peer_fen, 0) AS peer_fen,
             coalesce(r.released_total_fen,
                      coalesce(max(r.released_total_fen) OVER w, 0)
                      + l.daily_fen * (d.day - coalesce(max(r.settle_date) OVER w, l.releases_from - 1))) AS released_total_fen,
             coalesce(r.exhausted, false) AS exhausted
      FROM settle.lot_anchors l
      CROSS JOIN LATERAL (SELECT g::date AS day FROM generate_series(
                              l.active_from::timestamp,
                              (CASE l.status WHEN 0 THEN settle.points_settled_through() WHEN 1 THEN l.as_of ELSE l.as_of - 1 END)::timestamp,
                              interval '1 day') AS g) AS d
      LEFT JOIN settle.lot_days r ON r.order_id = l.order_id AND r.settle_date = d.day AND NOT r.refunded
      WINDOW w AS (PARTITION BY l.member_id, l.order_id ORDER BY d.day)) AS history
WHERE settled;

"""#

    /// What the nightly job may do with the program's rows (applied where its role exists).
    public static let jobGrants = """
    -- Its lots, each once with its terms and anchor; their rows of each settled day; its figures.
    GRANT SELECT, INSERT, UPDATE, DELETE ON settle.lots TO settle_job;
    GRANT SELECT, INSERT, DELETE ON settle.lot_days TO settle_job;
    GRANT SELECT, INSERT, TRUNCATE ON settle.lot_anchor_moves TO settle_job;   -- a checkpoint's moves, staged
    GRANT SELECT, INSERT ON settle.points_day_figures TO settle_job;
    GRANT SELECT ON settle.settlement_lines, settle.lot_anchors, settle.lot_status, settle.lot_history TO settle_job;
    GRANT EXECUTE ON FUNCTION settle.points_settled_through(), settle.points_anchors_through() TO settle_job;
    """
}
