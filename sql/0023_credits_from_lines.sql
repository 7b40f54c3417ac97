-- settle 0023: a night's settlement credits are its lines (issue 27). Each settled day of points
-- and cycle wrote one `settlement` entry per member it paid, the member's paid total of the day's
-- lines: 0.9M entries a night at a million members (about 100 MB of rows, 60 MB of indexes, 2 s),
-- the same amounts as the lines, stored twice.
--
-- Now a day settled for the first time records one row here instead, and its credits are derived
-- (settle.ledger_credits): a member's credit of the day is what its lines of the credited kinds
-- pay less the corrections posted for the day since. The equity program's constant points (its
-- to_constant and from_constant lines, stored as entries too) are derived the same way. A rerun posts `new - old` as before, so the derived credit
-- stays what the first run paid, forever; the feed shows it at a fixed position in the first run's
-- transaction (`tx`), after that transaction's stored entries: id = 2^62 + block * 2^40 + member,
-- where `block` numbers the credited days (members below 2^40; a sequence id never gets near 2^62),
-- so an id names one entry, as before. `settle.entries` is every entry, stored
-- or derived; `settle.balances`, `settle.ledger_feed` and the wallet views read it, and the feed's
-- pages come from `settle.feed_after` (the views and the function: the shared schema).
--
-- Days settled before this migration keep their stored settlement entries (no row here); a rerun
-- of one corrects against them as before. No entry is moved or deleted: every balance, and every
-- position a shop's feed cursor holds, is unchanged.
CREATE TABLE settle.credited_days (
    model       text        NOT NULL,
    settle_date date        NOT NULL,
    currency    text        NOT NULL CHECK (currency IN ('points', 'cash', 'constant')),
    -- The line kinds whose paid amounts are credits (points, cycle: every kind; equity: the two
    -- that move constant points).
    kinds       smallint[]  NOT NULL,
    -- The first run of the day: its transaction is the credits' position in the feed.
    run_id      bigint      NOT NULL REFERENCES settle.runs (id),
    tx          xid8        NOT NULL DEFAULT pg_current_xact_id(),
    created_at  timestamptz NOT NULL DEFAULT now(),
    -- The credits' ids: 2^62 + block * 2^40 + member.
    block       bigint      NOT NULL GENERATED ALWAYS AS IDENTITY UNIQUE CHECK (block > 0 AND block < 4194304),
    PRIMARY KEY (model, settle_date)
);
COMMENT ON TABLE settle.credited_days IS
    'days whose settlement credits are their lines (settle.ledger_credits): the first run, its transaction (the credits'' feed position)';

-- Like an entry, a credited day is written by the transaction it names and never changed.
CREATE FUNCTION settle.credited_day_written() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, settle AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'settle.credited_days: never changed or deleted; a rerun posts corrections'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.tx <> pg_current_xact_id() THEN
        RAISE EXCEPTION 'credited day % of %: tx must be the writing transaction''s', NEW.settle_date, NEW.model
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER credited_days_written BEFORE INSERT OR UPDATE OR DELETE ON settle.credited_days
    FOR EACH ROW EXECUTE FUNCTION settle.credited_day_written();
CREATE TRIGGER credited_days_no_truncate BEFORE TRUNCATE ON settle.credited_days
    FOR EACH STATEMENT EXECUTE FUNCTION settle.credited_day_written();
CREATE INDEX credited_days_tx_idx ON settle.credited_days (tx, block);
