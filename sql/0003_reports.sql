-- settle 0003: what the reports read (issue 4).

-- The day's standing (locked points, revenue) and members per star tier, computed by the run
-- that settled the day, so the day report reads one row instead of the whole history. Runs
-- made before this migration leave them NULL; the reports say "not recorded".
ALTER TABLE settle.runs
    ADD COLUMN star_members         integer[],  -- index 0: no tier; t + 1: the plan's star_tiers[t]
    ADD COLUMN locked_fen           bigint,     -- locked points left at the end of the day
    ADD COLUMN lots_outstanding     integer,
    ADD COLUMN revenue_fen          bigint,     -- orders paid through the day, not refunded
    ADD COLUMN cash_revenue_fen     bigint,
    ADD COLUMN points_revenue_fen   bigint,
    ADD COLUMN trailing_revenue_fen bigint;     -- the same, paid in the 30 days ending the day

-- Who made an adjustment, from where, and the balance it left.
ALTER TABLE settle.wallet_adjustments
    ADD COLUMN db_user           text NOT NULL DEFAULT session_user,
    ADD COLUMN client            text NOT NULL DEFAULT coalesce(host(inet_client_addr()), 'local socket'),
    ADD COLUMN balance_after_fen bigint;

-- The audit trail is append-only: a wrong adjustment is corrected by another one.
CREATE FUNCTION settle.refuse_adjustment_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'wallet adjustment %: adjustments are never changed or deleted; add a correcting adjustment',
        OLD.id USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER wallet_adjustments_append_only BEFORE UPDATE OR DELETE ON settle.wallet_adjustments
    FOR EACH ROW EXECUTE FUNCTION settle.refuse_adjustment_change();
CREATE INDEX wallet_adjustments_created_idx ON settle.wallet_adjustments (created_at);
