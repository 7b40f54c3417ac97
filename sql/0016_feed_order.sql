-- settle 0016: the feed delivers every entry exactly once, whatever writes at the same time (issue 22).
--
-- Ids come from a sequence when a row is written, and transactions commit in another order: a
-- reader that saw a later transaction's ids moved its cursor past ids that a still-open
-- transaction committed a moment later (a night's whole block of entries, lost to a shop that
-- polled while an adjustment committed during the night's write).
--
-- Now each entry carries the id of the transaction that wrote it (`tx`, xid8, the column's default
-- `pg_current_xact_id()`), and the feed is ordered by (tx, id). The feed shows only the entries
-- whose transaction is below the horizon: the oldest transaction still running when the reader's
-- statement took its snapshot (`pg_snapshot_xmin(pg_current_snapshot())`). Every transaction below
-- it has ended, and every transaction that may still write has an id at or above it, so no entry
-- will ever appear before one the feed has shown: a cursor (tx, id) never moves past an entry yet
-- to come. Nobody waits on anybody; a reader simply sees nothing of a writer that is still open,
-- nor of any entry written after that writer started, until it ends.
--
-- Entries written before this migration have tx 0: they come first, in id order, as before; a
-- numeric cursor a shop stored before the upgrade is the position (0, id).
--
-- The feed's index is (tx, id) instead of (id, settle_date): the same width, one index per
-- partition as before. Building it reads the ledger once (minutes after a year at a million members).

ALTER TABLE settle.ledger ADD COLUMN tx xid8 NOT NULL DEFAULT '0';
ALTER TABLE settle.ledger ALTER COLUMN tx SET DEFAULT pg_current_xact_id();
COMMENT ON COLUMN settle.ledger.tx IS
    'the transaction that wrote the entry (0: before migration 0016); the feed''s order is (tx, id)';

DROP INDEX settle.ledger_id_idx;
CREATE INDEX ledger_feed_idx ON settle.ledger (tx, id);

-- An entry is written by the transaction it names: nothing can be slipped in below a reader's
-- cursor. Checked once per statement through the parent (with the runs, as since 0011) and once
-- per fresh day's partition at its attach (below).
CREATE OR REPLACE FUNCTION settle.ledger_runs_exist() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, settle AS $$
DECLARE
    missing bigint;
    foreign_tx bigint;
BEGIN
    SELECT n.run_id INTO missing FROM new_entries n
    WHERE n.run_id IS NOT NULL AND NOT EXISTS (SELECT FROM settle.runs r WHERE r.id = n.run_id) LIMIT 1;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'ledger entries for run %, which is not in settle.runs', missing USING ERRCODE = 'foreign_key_violation';
    END IF;
    SELECT n.id INTO foreign_tx FROM new_entries n WHERE n.tx <> pg_current_xact_id() LIMIT 1;
    IF foreign_tx IS NOT NULL THEN
        RAISE EXCEPTION 'ledger entry %: tx must be the writing transaction''s (leave the column to its default)', foreign_tx
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION settle.attach_day_partition(parent text, day date) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, settle AS $$
DECLARE
    name text := parent || '_' || to_char(day, 'YYYYMMDD');
    run bigint;
    foreign_tx bigint;
BEGIN
    IF parent NOT IN ('day_lines', 'lot_days', 'ledger') THEN
        RAISE EXCEPTION 'no daily partitions for %', parent;
    END IF;
    IF parent = 'ledger' THEN
        -- One scan for both checks (a day's partition names one run or two).
        FOR run, foreign_tx IN EXECUTE format('SELECT run_id, min(id) FILTER (WHERE tx <> pg_current_xact_id()) '
                                              'FROM settle.%I GROUP BY run_id', name) LOOP
            IF run IS NOT NULL AND NOT EXISTS (SELECT FROM settle.runs r WHERE r.id = run) THEN
                RAISE EXCEPTION 'ledger entries for run %, which is not in settle.runs', run USING ERRCODE = 'foreign_key_violation';
            END IF;
            IF foreign_tx IS NOT NULL THEN
                RAISE EXCEPTION 'ledger entry %: tx must be the writing transaction''s', foreign_tx USING ERRCODE = 'check_violation';
            END IF;
        END LOOP;
        EXECUTE format('ALTER TABLE settle.ledger ATTACH PARTITION settle.%I FOR VALUES IN (%L)', name, day);
    ELSE
        EXECUTE format('ALTER TABLE settle.%I ATTACH PARTITION settle.%I FOR VALUES FROM (%L) TO (%L)', parent, name, day, day + 1);
    END IF;
END
$$;

-- The feed: entries below the horizon, with their position. `cursor` is the position as text
-- ('tx:id'), what `settle feed` prints and takes back as --after.
CREATE OR REPLACE VIEW settle.ledger_feed AS
SELECT id, member_id, currency, (amount_fen::numeric / 100)::numeric(20,2) AS amount, source, model, settle_date, run_id,
       order_id, adjustment_id, created_at, tx, tx::text || ':' || id AS cursor
FROM settle.ledger
WHERE tx < pg_snapshot_xmin(pg_current_snapshot());
COMMENT ON VIEW settle.ledger_feed IS
    'the members'' ledger for a shop that keeps its own balances: apply in (tx, id) order, remember the last (tx, id) applied';
