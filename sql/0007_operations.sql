-- settle 0007: what an unattended operation needs (issue 12): the version that computed each run,
-- and adjustments an admin panel can retry safely (an idempotency key names one adjustment).
ALTER TABLE settle.runs ADD COLUMN settle_version text NULL;   -- NULL: runs made before this migration
ALTER TABLE settle.wallet_adjustments ADD COLUMN idempotency_key text NULL
    CONSTRAINT wallet_adjustments_key_length CHECK (length(idempotency_key) BETWEEN 1 AND 200);
CREATE UNIQUE INDEX wallet_adjustments_idempotency_key_idx ON settle.wallet_adjustments (idempotency_key) WHERE idempotency_key IS NOT NULL;
