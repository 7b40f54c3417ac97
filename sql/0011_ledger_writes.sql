-- settle 0011: what a settled day's ledger entries cost (issue 11). A day posts about one entry per
-- member paid (0.9M at a million members); per row, the foreign key to settle.runs ran a lookup
-- and the B-tree on (model, settle_date) took an insert. Now:
-- * the run of every inserted entry is checked once per statement, by an anti-join of the
--   statement's new rows with settle.runs (same guarantee: runs are never deleted);
-- * the day index is a BRIN on settle_date (entries arrive in day order; a rerun's corrections
--   widen a range a little), which the per-day sums still use.
-- The id sequence keeps CACHE 1: a cached block would let a later transaction of the same
-- session post ids below ones another session already committed, and `settle feed --after ID`
-- readers would skip them.
ALTER TABLE settle.ledger DROP CONSTRAINT ledger_run_id_fkey;

CREATE FUNCTION settle.ledger_runs_exist() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, settle AS $$
DECLARE
    missing bigint;
BEGIN
    SELECT n.run_id INTO missing FROM new_entries n
    WHERE n.run_id IS NOT NULL AND NOT EXISTS (SELECT FROM settle.runs r WHERE r.id = n.run_id) LIMIT 1;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'ledger entries for run %, which is not in settle.runs', missing USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER ledger_runs_exist AFTER INSERT ON settle.ledger REFERENCING NEW TABLE AS new_entries
    FOR EACH STATEMENT EXECUTE FUNCTION settle.ledger_runs_exist();

DROP INDEX settle.ledger_day_idx;
CREATE INDEX ledger_day_idx ON settle.ledger USING brin (settle_date);
