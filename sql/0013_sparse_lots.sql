-- settle 0013: lot rows only for what static release does not predict (issue 11).
--
-- Before: settle.lot_days held a row for every lot active on every settled day (2.6M rows a day
-- at a million members). Now a day writes a row only for the lots it accelerated (share, team or
-- peer), exhausted (出局) or saw refunded; a lot that only released its daily static amount has
-- no row. What a lot released on any settled day stays exact: between two of its rows a live lot
-- released exactly `daily_fen` a day (had static run it to its cap, that day would have a row).
--
-- settle.lots holds each lot once: the terms fixed when it was bought and an anchor (the lot's
-- released total and status at the end of day `as_of`), moved by the day's rows. The nightly job
-- reads the anchors and projects them to the day it settles; a rerun restores them from its first
-- day's rows. Days settled before this migration keep their full rows: every row is a valid anchor.

-- A row of a refunded lot: on the first settled day on or after its refund, releasing nothing.
ALTER TABLE settle.lot_days ADD COLUMN refunded boolean NOT NULL DEFAULT false;
COMMENT ON TABLE settle.lot_days IS
    'lots accelerated, exhausted or refunded on a settled day (before migration 0013: every active lot); read it through settle.lot_history';

-- How many lot rows a points run wrote (lot_count stays the lots active that day).
ALTER TABLE settle.runs ADD COLUMN lot_rows integer;

CREATE TABLE settle.lots (
    order_id      bigint PRIMARY KEY,
    member_id     bigint NOT NULL,
    paid_on       date NOT NULL,
    gift_tier     smallint NOT NULL CHECK (gift_tier >= 0),  -- index into the plan's gift_tiers
    cap_fen       bigint NOT NULL CHECK (cap_fen >= 0),
    daily_fen     bigint NOT NULL CHECK (daily_fen >= 0),
    active_from   date NOT NULL,        -- paid_on + the plan's release_lag_days
    releases_from date NOT NULL,        -- greatest(active_from, recorded_on): from it on, a day without a row released daily_fen
    recorded_on   date NOT NULL,        -- the settled day that stored this row (a rerun from it or earlier removes it)
    as_of         date NOT NULL,        -- the anchor: released_fen and status at the end of this day
    released_fen  bigint NOT NULL CHECK (released_fen >= 0 AND released_fen <= cap_fen),
    status        smallint NOT NULL CHECK (status BETWEEN 0 AND 2),  -- 0 live, 1 exhausted, 2 refunded
    CHECK (as_of >= recorded_on),
    CHECK ((status = 1) = (released_fen = cap_fen) OR status = 2)
) WITH (fillfactor = 70);                -- room for the day's anchor updates in place (HOT)
CREATE INDEX lots_member_idx ON settle.lots (member_id);
COMMENT ON TABLE settle.lots IS 'every lot settle has seen: its terms and its anchor; read it through settle.lot_status';

-- The last settled day of the points program.
CREATE FUNCTION settle.points_settled_through() RETURNS date
LANGUAGE sql STABLE AS $$ SELECT max(settle_date) FROM settle.days WHERE model = 'points' $$;

-- Every lot's state at the end of the last settled day (the member app reads this).
CREATE VIEW settle.lot_status AS
SELECT member_id, order_id, paid_on, gift_tier, cap_fen, daily_fen, active_from, released_fen, cap_fen - released_fen AS remaining_fen,
       CASE status WHEN 1 THEN 'exhausted' WHEN 2 THEN 'refunded'
                   ELSE CASE WHEN active_from > through THEN 'pending' ELSE 'active' END END AS status,
       through AS as_of
FROM (SELECT l.member_id, l.order_id, l.paid_on, l.gift_tier, l.cap_fen, l.daily_fen, l.active_from, l.status, t.through,
             CASE WHEN l.status = 0
                  THEN l.released_fen + l.daily_fen * greatest(0, t.through - greatest(l.as_of + 1, l.active_from) + 1)
                  ELSE l.released_fen END AS released_fen
      FROM settle.lots l CROSS JOIN (SELECT settle.points_settled_through() AS through) t) AS current;

-- Every lot on every settled day it was active at the start of: what it released by kind and its
-- total since it began (what settle.lot_days held before migration 0013). From releases_from on, a
-- day without a row of its own released exactly daily_fen; before it, only rows count (days settled
-- before migration 0013 have a row for every active lot). Filter it by member_id or order_id (both
-- reach the scan of settle.lots).
CREATE VIEW settle.lot_history AS
SELECT member_id, order_id, settle_date, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted
FROM (SELECT l.member_id, l.order_id, d.day AS settle_date, r.order_id IS NOT NULL OR d.day >= l.releases_from AS settled,
             coalesce(r.static_fen, l.daily_fen) AS static_fen,
             coalesce(r.share_fen, 0) AS share_fen, coalesce(r.team_fen, 0) AS team_fen, coalesce(r.peer_fen, 0) AS peer_fen,
             coalesce(r.released_total_fen,
                      coalesce(max(r.released_total_fen) OVER w, 0)
                      + l.daily_fen * (d.day - coalesce(max(r.settle_date) OVER w, l.releases_from - 1))) AS released_total_fen,
             coalesce(r.exhausted, false) AS exhausted
      FROM settle.lots l
      CROSS JOIN LATERAL (SELECT g::date AS day FROM generate_series(
                              l.active_from::timestamp,
                              (CASE l.status WHEN 0 THEN settle.points_settled_through() WHEN 1 THEN l.as_of ELSE l.as_of - 1 END)::timestamp,
                              interval '1 day') AS g) AS d
      LEFT JOIN settle.lot_days r ON r.order_id = l.order_id AND r.settle_date = d.day AND NOT r.refunded
      WINDOW w AS (PARTITION BY l.member_id, l.order_id ORDER BY d.day)) AS history
WHERE settled;

-- Rows are found by lot: the history view and a rerun's restore look them up by order.
ALTER TABLE settle.lot_days DROP CONSTRAINT lot_days_pkey;
ALTER TABLE settle.lot_days ADD PRIMARY KEY (order_id, settle_date);

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON settle.lots TO settle_job;
        GRANT SELECT ON settle.lot_status, settle.lot_history TO settle_job;
        GRANT EXECUTE ON FUNCTION settle.points_settled_through() TO settle_job;
    END IF;
END
$$;
