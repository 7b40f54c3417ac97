-- settle 0014: the ledger by day (issue 11).
--
-- A settled day posts about one entry per member paid (0.9M at a million members). Into one
-- table, each entry took a random insert into the member index, whose size grows with every day
-- ever settled (0.3 billion entries a year). Now settle.ledger is partitioned by settle_date,
-- one list partition per day: a fresh day's entries go into a plain table, attached as the day's
-- partition inside the day's transaction, its indexes built once in bulk (as settle.day_lines
-- since migration 0009). ATTACH takes SHARE UPDATE EXCLUSIVE on settle.ledger: readers never wait
-- (list partitions, no default partition: nothing else is locked).
--
-- What was in the table before stays in one partition, `settle.ledger_before_0014`, listed for
-- NULL (entries of no day: openings, adjustments, which keep going there) and for every day it
-- held or that was settled. A rerun of such a day posts its corrections there; a day first
-- settled later (even an earlier date) gets its own partition. Entries keep their ids, the feed
-- its order, the views their definitions; nothing in an entry changes.
--
-- Moving the old table under the new one reads it once (the list check) and builds one index on
-- it, (id, settle_date): minutes on a ledger of a year at a million members.

DROP VIEW settle.wallet_balances, settle.wallet_entries, settle.balances, settle.ledger_feed;

ALTER TABLE settle.ledger RENAME TO ledger_before_0014;
ALTER INDEX settle.ledger_pkey RENAME TO ledger_before_0014_pkey;
ALTER INDEX settle.ledger_member_idx RENAME TO ledger_before_0014_member_idx;
ALTER INDEX settle.ledger_day_idx RENAME TO ledger_before_0014_day_idx;
-- Row triggers come from the new parent; the one with a transition table checks the parent's statements.
DROP TRIGGER ledger_append_only ON settle.ledger_before_0014;
DROP TRIGGER ledger_runs_exist ON settle.ledger_before_0014;

CREATE TABLE settle.ledger (
    id            bigint NOT NULL DEFAULT nextval('settle.ledger_id_seq'),
    member_id     bigint NOT NULL,
    currency      text NOT NULL CONSTRAINT ledger_currency_check CHECK (currency IN ('points', 'cash', 'constant')),
    amount_fen    bigint NOT NULL CONSTRAINT ledger_amount_fen_check CHECK (amount_fen <> 0),
    source        text NOT NULL CONSTRAINT ledger_source_check
                  CHECK (source IN ('opening', 'settlement', 'correction', 'adjustment', 'checkout', 'checkout_refund')),
    model         text NULL,
    settle_date   date NULL,
    run_id        bigint NULL,
    order_id      bigint NULL,
    adjustment_id bigint NULL CONSTRAINT ledger_adjustment_id_fkey REFERENCES settle.wallet_adjustments (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ledger_day_entries CHECK ((source IN ('settlement', 'correction', 'checkout', 'checkout_refund'))
                                         = (model IS NOT NULL AND settle_date IS NOT NULL AND run_id IS NOT NULL)),
    CONSTRAINT ledger_adjustments CHECK ((source = 'adjustment') = (adjustment_id IS NOT NULL))
) PARTITION BY LIST (settle_date);
ALTER SEQUENCE settle.ledger_id_seq OWNED BY settle.ledger.id;
COMMENT ON TABLE settle.ledger IS
    'the members'' ledger, one partition per settled day (migration 0014); read it through settle.ledger_feed and settle.balances';

-- Ids come from one sequence (CACHE 1, see 0011); the index carries the partition key, as a
-- partitioned table's unique index must, and serves the feed's `id > $1 ORDER BY id`.
CREATE UNIQUE INDEX ledger_id_idx ON settle.ledger (id, settle_date);
CREATE INDEX ledger_member_idx ON settle.ledger (member_id, currency, id);

CREATE TRIGGER ledger_append_only BEFORE UPDATE OR DELETE ON settle.ledger
    FOR EACH ROW EXECUTE FUNCTION settle.refuse_ledger_change();
CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON settle.ledger
    FOR EACH STATEMENT EXECUTE FUNCTION settle.refuse_ledger_change();
CREATE TRIGGER ledger_runs_exist AFTER INSERT ON settle.ledger REFERENCING NEW TABLE AS new_entries
    FOR EACH STATEMENT EXECUTE FUNCTION settle.ledger_runs_exist();

-- The days the old table holds (and every settled day, which a rerun may post to).
CREATE TABLE settle.ledger_before_0014_days (settle_date date PRIMARY KEY);
INSERT INTO settle.ledger_before_0014_days
SELECT settle_date FROM settle.ledger_before_0014 WHERE settle_date IS NOT NULL
UNION SELECT settle_date FROM settle.days;

DO $$
DECLARE
    listed text;
BEGIN
    SELECT string_agg(quote_literal(settle_date), ', ' ORDER BY settle_date) INTO listed FROM settle.ledger_before_0014_days;
    EXECUTE 'ALTER TABLE settle.ledger ATTACH PARTITION settle.ledger_before_0014 FOR VALUES IN (NULL'
            || coalesce(', ' || listed, '') || ')';
END
$$;

-- Creates `table`'s partition of `day` as a plain table (columns, defaults, checks, and the check
-- of the day, so that ATTACH needs no scan) when the day has none; true when it made it.
-- Serialised per day, so two programs settling the same day can't both make it.
CREATE OR REPLACE FUNCTION settle.fresh_day_partition(parent text, day date) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, settle AS $$
DECLARE
    name text := parent || '_' || to_char(day, 'YYYYMMDD');
BEGIN
    IF parent NOT IN ('day_lines', 'lot_days', 'ledger') THEN
        RAISE EXCEPTION 'no daily partitions for %', parent;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('settle.partition'), day - date '1970-01-01');
    IF to_regclass('settle.' || name) IS NOT NULL
       OR (parent = 'ledger' AND EXISTS (SELECT FROM settle.ledger_before_0014_days d WHERE d.settle_date = day)) THEN
        RETURN false;
    END IF;
    IF parent = 'ledger' THEN
        EXECUTE format('CREATE TABLE settle.%I (LIKE settle.ledger INCLUDING DEFAULTS INCLUDING CONSTRAINTS, '
                       'CONSTRAINT %I CHECK (settle_date IS NOT NULL AND settle_date = %L))', name, name || '_day', day);
        EXECUTE format('CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON settle.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION settle.refuse_ledger_change()', name);
    ELSE
        EXECUTE format('CREATE TABLE settle.%I (LIKE settle.%I INCLUDING DEFAULTS INCLUDING CONSTRAINTS, '
                       'CONSTRAINT %I CHECK (settle_date >= %L AND settle_date < %L))',
                       name, parent, name || '_day', day, day + 1);
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        EXECUTE format('GRANT SELECT, INSERT ON settle.%I TO settle_job', name);
    END IF;
    RETURN true;
END
$$;

-- Attaches the partition `fresh_day_partition` made (building its indexes), in the caller's
-- transaction. A ledger partition's entries were copied past the parent's statement trigger: the
-- runs they name are checked here, once.
CREATE OR REPLACE FUNCTION settle.attach_day_partition(parent text, day date) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, settle AS $$
DECLARE
    name text := parent || '_' || to_char(day, 'YYYYMMDD');
    missing bigint;
BEGIN
    IF parent NOT IN ('day_lines', 'lot_days', 'ledger') THEN
        RAISE EXCEPTION 'no daily partitions for %', parent;
    END IF;
    IF parent = 'ledger' THEN
        EXECUTE format('SELECT n.run_id FROM (SELECT DISTINCT run_id FROM settle.%I WHERE run_id IS NOT NULL) n '
                       'WHERE NOT EXISTS (SELECT FROM settle.runs r WHERE r.id = n.run_id) LIMIT 1', name) INTO missing;
        IF missing IS NOT NULL THEN
            RAISE EXCEPTION 'ledger entries for run %, which is not in settle.runs', missing USING ERRCODE = 'foreign_key_violation';
        END IF;
        EXECUTE format('ALTER TABLE settle.ledger ATTACH PARTITION settle.%I FOR VALUES IN (%L)', name, day);
    ELSE
        EXECUTE format('ALTER TABLE settle.%I ATTACH PARTITION settle.%I FOR VALUES FROM (%L) TO (%L)', parent, name, day, day + 1);
    END IF;
END
$$;

-- A rerun's days (and any day posted through the parent) have their ledger partition.
CREATE OR REPLACE FUNCTION settle.ensure_day_partitions(day date) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, settle AS $$
DECLARE
    suffix text := to_char(day, 'YYYYMMDD');
BEGIN
    EXECUTE format('CREATE TABLE IF NOT EXISTS settle.%I PARTITION OF settle.day_lines FOR VALUES FROM (%L) TO (%L)',
                   'day_lines_' || suffix, day, day + 1);
    EXECUTE format('CREATE TABLE IF NOT EXISTS settle.%I PARTITION OF settle.lot_days FOR VALUES FROM (%L) TO (%L)',
                   'lot_days_' || suffix, day, day + 1);
    IF NOT EXISTS (SELECT FROM settle.ledger_before_0014_days d WHERE d.settle_date = day) THEN
        EXECUTE format('CREATE TABLE IF NOT EXISTS settle.%I PARTITION OF settle.ledger FOR VALUES IN (%L)', 'ledger_' || suffix, day);
    END IF;
END
$$;

-- The views over the ledger, as they were (0006), now over the partitioned table.
CREATE VIEW settle.balances AS
SELECT member_id, currency, sum(amount_fen)::bigint AS balance_fen,
       (sum(amount_fen)::numeric / 100)::numeric(20,2) AS balance
FROM settle.ledger GROUP BY member_id, currency;

CREATE VIEW settle.ledger_feed AS
SELECT id, member_id, currency, (amount_fen::numeric / 100)::numeric(20,2) AS amount, source, model, settle_date, run_id,
       order_id, adjustment_id, created_at
FROM settle.ledger;

CREATE VIEW settle.wallet_entries AS
SELECT l.member_id, coalesce(l.settle_date::timestamptz, l.created_at) AS at,
       l.source,
       l.amount_fen,
       coalesce(a.reason, CASE l.source WHEN 'settlement' THEN 'settled ' || l.settle_date
                                        WHEN 'opening' THEN 'opening balance'
                                        WHEN 'correction' THEN 'rerun of ' || l.settle_date
                                        WHEN 'checkout' THEN 'checkout, order ' || l.order_id
                                        ELSE 'refund, order ' || l.order_id END) AS reason,
       coalesce(a.operator, 'settle') AS operator
FROM settle.ledger l LEFT JOIN settle.wallet_adjustments a ON a.id = l.adjustment_id
WHERE l.currency = 'points';

CREATE VIEW settle.wallet_balances AS
SELECT member_id, sum(amount_fen)::bigint AS balance_fen
FROM settle.wallet_entries
GROUP BY member_id;

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        GRANT SELECT, INSERT ON settle.ledger, settle.ledger_before_0014 TO settle_job;
        GRANT SELECT ON settle.balances, settle.ledger_feed, settle.wallet_entries, settle.wallet_balances TO settle_job;
    END IF;
END
$$;
