-- settle 0019: the points program's day figures in its own table (issue 24). Until now they were
-- columns of the shared settle.runs (added by 0003 and 0013), null for the other programs' runs.
-- Every points run's figures move here, row for row; the columns leave settle.runs.
-- The table's readers and grants: the points room (Sources/Points/Program/Store/PointsSchema.swift).
CREATE TABLE settle.points_day_figures (
    run_id               bigint PRIMARY KEY REFERENCES settle.runs (id),
    lot_count            integer NULL,     -- lots active on the day
    lots_created         integer NULL,
    lots_exhausted       integer NULL,
    lot_rows             integer NULL,     -- settle.lot_days rows the day wrote (NULL: before 0013)
    star_members         integer[] NULL,   -- members per star tier, tier 0 first (NULL: before 0003)
    locked_fen           bigint NULL,      -- the standing at the end of the day (NULL: before 0003)
    lots_outstanding     integer NULL,
    revenue_fen          bigint NULL,
    cash_revenue_fen     bigint NULL,
    points_revenue_fen   bigint NULL,
    trailing_revenue_fen bigint NULL
);
COMMENT ON TABLE settle.points_day_figures IS 'the points program''s figures of each run (settle report day)';

INSERT INTO settle.points_day_figures
SELECT id, lot_count, lots_created, lots_exhausted, lot_rows, star_members, locked_fen, lots_outstanding,
       revenue_fen, cash_revenue_fen, points_revenue_fen, trailing_revenue_fen
FROM settle.runs WHERE model = 'points';

DO $$
DECLARE
    moved bigint;
    runs bigint;
BEGIN
    SELECT count(*) INTO moved FROM settle.points_day_figures;
    SELECT count(*) INTO runs FROM settle.runs WHERE model = 'points';
    IF moved <> runs THEN
        RAISE EXCEPTION '0019: moved % points figures for % points runs', moved, runs;
    END IF;
    IF EXISTS (SELECT FROM settle.runs WHERE model <> 'points'
               AND (lot_count IS NOT NULL OR locked_fen IS NOT NULL OR lot_rows IS NOT NULL OR star_members IS NOT NULL)) THEN
        RAISE EXCEPTION '0019: a run of another program holds points figures';
    END IF;
END
$$;

ALTER TABLE settle.runs
    DROP COLUMN lot_count, DROP COLUMN lots_created, DROP COLUMN lots_exhausted, DROP COLUMN lot_rows,
    DROP COLUMN star_members, DROP COLUMN locked_fen, DROP COLUMN lots_outstanding, DROP COLUMN revenue_fen,
    DROP COLUMN cash_revenue_fen, DROP COLUMN points_revenue_fen, DROP COLUMN trailing_revenue_fen;
