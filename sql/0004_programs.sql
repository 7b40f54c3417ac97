-- settle 0004: programs side by side (SPEC §6). Plan versions, runs, settled days and their
-- lines are keyed by the program's model; every row settled before this migration belongs to
-- the points program and keeps every value. The contract view settlement_lines stays the points
-- program's lines; model_lines shows every program's.

ALTER TABLE settle.plan_versions ADD COLUMN model text NOT NULL DEFAULT 'points';
ALTER TABLE settle.plan_versions ALTER COLUMN model DROP DEFAULT;
ALTER TABLE settle.plan_versions DROP CONSTRAINT plan_versions_pkey;
ALTER TABLE settle.plan_versions ADD PRIMARY KEY (model, effective_from);

-- Runs: the model, and the points program's own figures become optional (other models leave them
-- NULL; the points state store fills them in the day's transaction).
ALTER TABLE settle.runs ADD COLUMN model text NOT NULL DEFAULT 'points';
ALTER TABLE settle.runs ALTER COLUMN model DROP DEFAULT;
ALTER TABLE settle.runs ALTER COLUMN lot_count DROP NOT NULL;
ALTER TABLE settle.runs ALTER COLUMN lots_created DROP NOT NULL;
ALTER TABLE settle.runs ALTER COLUMN lots_exhausted DROP NOT NULL;
COMMENT ON COLUMN settle.runs.entitled_fen IS 'entitled per kind, indexed by the model''s kind code + 1';
COMMENT ON COLUMN settle.runs.paid_fen IS 'paid per kind, indexed by the model''s kind code + 1';
DROP INDEX settle.runs_date_idx;
CREATE INDEX runs_model_date_idx ON settle.runs (model, settle_date);

-- Each program has its own chain of settled days.
ALTER TABLE settle.days ADD COLUMN model text NOT NULL DEFAULT 'points';
ALTER TABLE settle.days ALTER COLUMN model DROP DEFAULT;
ALTER TABLE settle.days DROP CONSTRAINT days_pkey;
ALTER TABLE settle.days ADD PRIMARY KEY (model, settle_date);

-- Lines of every program; kind is the model's kind code (settle.line_kinds names it).
ALTER TABLE settle.day_lines ADD COLUMN model text NOT NULL DEFAULT 'points';
ALTER TABLE settle.day_lines ALTER COLUMN model DROP DEFAULT;
ALTER TABLE settle.day_lines DROP CONSTRAINT day_lines_kind_check;
-- A database restored from a dump holds the partitions' copies of the check as their own: drop them too.
DO $$
DECLARE
    part regclass;
BEGIN
    FOR part IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'settle.day_lines'::regclass LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT IF EXISTS day_lines_kind_check', part);
    END LOOP;
END
$$;
ALTER TABLE settle.day_lines ADD CONSTRAINT day_lines_kind_check CHECK (kind >= 0);
ALTER TABLE settle.day_lines DROP CONSTRAINT day_lines_pkey;
ALTER TABLE settle.day_lines ADD PRIMARY KEY (settle_date, model, member_id, kind);

-- The names of each model's kinds, for the views. A program stores its kinds with its first plan.
CREATE TABLE settle.line_kinds (
    model text NOT NULL,
    kind  smallint NOT NULL CHECK (kind >= 0),
    name  text NOT NULL,
    PRIMARY KEY (model, kind),
    UNIQUE (model, name)
);
INSERT INTO settle.line_kinds VALUES ('points', 0, 'static'), ('points', 1, 'share'), ('points', 2, 'team'), ('points', 3, 'peer');

-- The contract view (SPEC §5): the points program's lines, as before.
CREATE OR REPLACE VIEW settle.settlement_lines AS
SELECT settle_date,
       member_id,
       (ARRAY['static', 'share', 'team', 'peer'])[kind + 1] AS kind,
       (entitled_fen::numeric / 100)::numeric(20,2) AS entitled,
       (paid_fen::numeric / 100)::numeric(20,2) AS paid
FROM settle.day_lines
WHERE model = 'points';

-- Every program's lines, with the model.
CREATE VIEW settle.model_lines AS
SELECT l.model, l.settle_date, l.member_id, k.name AS kind,
       (l.entitled_fen::numeric / 100)::numeric(20,2) AS entitled,
       (l.paid_fen::numeric / 100)::numeric(20,2) AS paid
FROM settle.day_lines l JOIN settle.line_kinds k ON k.model = l.model AND k.kind = l.kind;

-- The points wallet (可用积分) holds what the points program paid, plus adjustments.
CREATE OR REPLACE VIEW settle.wallet_entries AS
SELECT member_id, settle_date::timestamptz AS at, 'settlement' AS source,
       sum(paid_fen)::bigint AS amount_fen, 'settled ' || settle_date AS reason, 'settle' AS operator
FROM settle.day_lines
WHERE paid_fen > 0 AND model = 'points'
GROUP BY member_id, settle_date
UNION ALL
SELECT member_id, created_at, 'adjustment', amount_fen, reason, operator
FROM settle.wallet_adjustments;

-- The least-privilege role (sql/roles/settle_job.sql), where it exists, reads the new objects.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        GRANT SELECT, INSERT ON settle.line_kinds TO settle_job;
        GRANT SELECT ON settle.model_lines TO settle_job;
    END IF;
END
$$;
