-- settle 0009: a fresh day's rows go into tables with no index yet, which are then attached as the
-- day's partitions inside the day's transaction: the indexes are built once, in bulk, instead of
-- row by row (issue 11). ATTACH PARTITION takes SHARE UPDATE EXCLUSIVE on the parent, so readers
-- of settle.day_lines and settle.lot_days never wait for it. Days whose partitions exist already
-- (a rerun, another program's lines of the same day) write through the parent as before.

-- Creates `table`'s partition of `day` as a plain table (columns, defaults, checks, and the check
-- of the day's range, so that ATTACH needs no scan) when it does not exist; true when it made it.
-- Serialised per day, so two programs settling the same day can't both make it.
CREATE FUNCTION settle.fresh_day_partition(parent text, day date) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, settle AS $$
DECLARE
    name text := parent || '_' || to_char(day, 'YYYYMMDD');
BEGIN
    IF parent NOT IN ('day_lines', 'lot_days') THEN
        RAISE EXCEPTION 'no daily partitions for %', parent;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('settle.partition'), day - date '1970-01-01');
    IF to_regclass('settle.' || name) IS NOT NULL THEN
        RETURN false;
    END IF;
    EXECUTE format('CREATE TABLE settle.%I (LIKE settle.%I INCLUDING DEFAULTS INCLUDING CONSTRAINTS, '
                   'CONSTRAINT %I CHECK (settle_date >= %L AND settle_date < %L))',
                   name, parent, name || '_day', day, day + 1);
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        EXECUTE format('GRANT SELECT, INSERT ON settle.%I TO settle_job', name);
    END IF;
    RETURN true;
END
$$;

-- Attaches the partition `fresh_day_partition` made (building its indexes), in the caller's transaction.
CREATE FUNCTION settle.attach_day_partition(parent text, day date) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, settle AS $$
DECLARE
    name text := parent || '_' || to_char(day, 'YYYYMMDD');
BEGIN
    IF parent NOT IN ('day_lines', 'lot_days') THEN
        RAISE EXCEPTION 'no daily partitions for %', parent;
    END IF;
    EXECUTE format('ALTER TABLE settle.%I ATTACH PARTITION settle.%I FOR VALUES FROM (%L) TO (%L)', parent, name, day, day + 1);
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        GRANT EXECUTE ON FUNCTION settle.fresh_day_partition(text, date), settle.attach_day_partition(text, date) TO settle_job;
    END IF;
END
$$;
