-- settle 0012: each settled day's running total of the ledger per currency (issue 11). The day
-- report's "all wallets at the end of the day" summed every entry ever posted: a scan of the whole
-- ledger on every run. Now a day's total is the day before's plus what the day posted, kept in the
-- day's transaction; a rerun re-posts every day from its first in order, so the chain stays true.
-- Days settled before this migration have no row: their totals are still summed when asked.
CREATE TABLE settle.ledger_totals (
    currency    text NOT NULL CHECK (currency IN ('points', 'cash', 'constant')),
    settle_date date NOT NULL,
    -- Every entry of the currency dated on or before settle_date.
    through_fen bigint NOT NULL,
    PRIMARY KEY (currency, settle_date)
);

-- Entries with no day (openings, adjustments) are summed by when they were made.
CREATE INDEX ledger_undated_idx ON settle.ledger (currency, created_at) WHERE settle_date IS NULL;

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        GRANT SELECT, INSERT, UPDATE ON settle.ledger_totals TO settle_job;
    END IF;
END
$$;
