-- settle 0024: the equity program's member days keep each changed member's state before the day
-- only (issue 27). Its state after a day is the "before" of its next day, or its current row in
-- settle.equity_members: stored beside it, each fact was stored twice. A day's rows are what a
-- rerun puts back (its undo). They are keyed by day and member: a night appends them in member
-- order to the key's end, so the key stays packed (2–3 MiB a night at a million members; 0010's
-- second b-tree by member grew with splits at random places). Columns widest first: a row takes
-- 56 bytes, not 88.
-- settle.equity_members keeps each member's current state, updated for the members a day
-- changed: with room on each page (fillfactor 70) the update is HOT, so the table and its key
-- stop growing by the members changed every night.

-- Each stored "after" must be the member's next "before" (its last: its current row), or the
-- history would change by dropping it: refused, naming the first member and day that differ.
DO $$
DECLARE
    bad record;
BEGIN
    SELECT d.member_id, d.settle_date INTO bad
    FROM (SELECT member_id, settle_date, holdings_units, quota_fen, bound,
                 lead(holdings_before_units) OVER w AS held, lead(quota_before_fen) OVER w AS quota,
                 lead(bound_before) OVER w AS bound_next
          FROM settle.equity_member_days
          WINDOW w AS (PARTITION BY member_id ORDER BY settle_date)) d
    LEFT JOIN settle.equity_members m USING (member_id)
    WHERE (d.holdings_units, d.quota_fen, d.bound)
          IS DISTINCT FROM (coalesce(d.held, m.holdings_units), coalesce(d.quota, m.quota_fen), coalesce(d.bound_next, m.bound))
    ORDER BY d.member_id, d.settle_date
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'settle 0024: settle.equity_member_days of member % on %: its "after" is neither its next day''s "before" nor its current row; nothing changed (run settle verify --model equity)',
            bad.member_id, bad.settle_date;
    END IF;
END
$$;

CREATE TABLE settle.equity_member_days_0024 (
    member_id             bigint NOT NULL,
    holdings_before_units bigint NOT NULL CHECK (holdings_before_units >= 0),
    quota_before_fen      bigint NOT NULL CHECK (quota_before_fen >= 0),
    settle_date           date NOT NULL,
    bound_before          boolean NOT NULL
);
INSERT INTO settle.equity_member_days_0024 (member_id, holdings_before_units, quota_before_fen, settle_date, bound_before)
SELECT member_id, holdings_before_units, quota_before_fen, settle_date, bound_before
FROM settle.equity_member_days ORDER BY settle_date, member_id;
DROP TABLE settle.equity_member_days;
ALTER TABLE settle.equity_member_days_0024 RENAME TO equity_member_days;
ALTER TABLE settle.equity_member_days ADD CONSTRAINT equity_member_days_pkey PRIMARY KEY (settle_date, member_id);

ALTER TABLE settle.equity_members SET (fillfactor = 70);
CLUSTER settle.equity_members USING equity_members_pkey;
