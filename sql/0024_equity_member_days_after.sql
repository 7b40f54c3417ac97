-- settle 0024: the equity program's member days keep the state after the day only (issue 27).
-- A member's "before" on a day is its "after" on its previous day (nothing held on its first):
-- stored beside it, each fact was stored twice. A rerun derives it (the member's last day before
-- the rerun's first). The table is keyed by member and day (the history of one member, and the
-- lookup of its last day before another), with a BRIN on the day for "the days from D on": rows
-- arrive in day order, so a few kilobytes stand in for the second b-tree of 0010 (8 MiB a night
-- at a million members). Columns widest first: a row takes 56 bytes, not 88.
-- settle.equity_members keeps each member's current state, updated for the members a day
-- changed: with room on each page (fillfactor 70) the update is HOT, so the table and its key
-- stop growing by the members changed every night.

-- Every stored "before" must be the member's previous "after" (or nothing held), or the history
-- would change by dropping it: refused, naming the first member and day that differ.
DO $$
DECLARE
    bad record;
BEGIN
    SELECT d.member_id, d.settle_date INTO bad
    FROM (SELECT member_id, settle_date, holdings_before_units, quota_before_fen, bound_before,
                 lag(holdings_units) OVER w AS held, lag(quota_fen) OVER w AS quota, lag(bound) OVER w AS bound
          FROM settle.equity_member_days
          WINDOW w AS (PARTITION BY member_id ORDER BY settle_date)) d
    WHERE (d.holdings_before_units, d.quota_before_fen, d.bound_before)
          IS DISTINCT FROM (coalesce(d.held, 0), coalesce(d.quota, 0), coalesce(d.bound, false))
    ORDER BY d.member_id, d.settle_date
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'settle 0024: settle.equity_member_days of member % on %: its "before" is not its previous day''s "after"; nothing changed (run settle verify --model equity)',
            bad.member_id, bad.settle_date;
    END IF;
END
$$;

CREATE TABLE settle.equity_member_days_0024 (
    member_id      bigint NOT NULL,
    holdings_units bigint NOT NULL CONSTRAINT equity_member_days_holdings_units_check CHECK (holdings_units >= 0),
    quota_fen      bigint NOT NULL CONSTRAINT equity_member_days_quota_fen_check CHECK (quota_fen >= 0),
    settle_date    date NOT NULL,
    bound          boolean NOT NULL
);
INSERT INTO settle.equity_member_days_0024 (member_id, holdings_units, quota_fen, settle_date, bound)
SELECT member_id, holdings_units, quota_fen, settle_date, bound FROM settle.equity_member_days ORDER BY settle_date, member_id;
DROP TABLE settle.equity_member_days;
ALTER TABLE settle.equity_member_days_0024 RENAME TO equity_member_days;
ALTER TABLE settle.equity_member_days ADD CONSTRAINT equity_member_days_pkey PRIMARY KEY (member_id, settle_date);
CREATE INDEX equity_member_days_date_brin ON settle.equity_member_days USING brin (settle_date);

ALTER TABLE settle.equity_members SET (fillfactor = 70);
CLUSTER settle.equity_members USING equity_members_pkey;
