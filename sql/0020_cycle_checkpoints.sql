-- settle 0020: the cycle program's paid totals move the way its lines do (issue 27). Until now
-- settle.cycle_members held every paid member's total and each night rewrote ~every row of it
-- (0.95M rows at a million members, 5 s, not in place). Now a checkpoint of every member's total
-- is written once a week (on Thursdays, from the night's state in memory); a total is the latest
-- checkpoint before a day plus the day lines after it (settle.cycle_paid_totals).
-- The views and grants: the cycle room (Sources/Cycle/Program/Store/CycleStateStore+Schema.swift).
CREATE TABLE settle.cycle_paid_checkpoints (
    as_of          date   NOT NULL,    -- the totals at the end of this settled day
    member_id      bigint NOT NULL,
    paid_total_fen bigint NOT NULL CHECK (paid_total_fen > 0),
    PRIMARY KEY (as_of, member_id)
);
COMMENT ON TABLE settle.cycle_paid_checkpoints IS
    'each paid member''s cycle total at the end of as_of (weekly); a total now is the latest checkpoint plus the lines since: settle.cycle_paid_totals';

DO $$
BEGIN
    IF EXISTS (SELECT FROM settle.cycle_members WHERE paid_total_fen > 0)
       AND NOT EXISTS (SELECT FROM settle.days WHERE model = 'cycle') THEN
        RAISE EXCEPTION '0020: settle.cycle_members holds paid totals but no cycle day is settled';
    END IF;
END
$$;

-- The totals as they stand become the first checkpoint, as of the last settled cycle day.
INSERT INTO settle.cycle_paid_checkpoints (as_of, member_id, paid_total_fen)
SELECT (SELECT max(settle_date) FROM settle.days WHERE model = 'cycle'), member_id, paid_total_fen
FROM settle.cycle_members WHERE paid_total_fen > 0;

DO $$
DECLARE
    moved bigint;
    kept bigint;
BEGIN
    SELECT count(*) INTO moved FROM settle.cycle_paid_checkpoints;
    SELECT count(*) INTO kept FROM settle.cycle_members WHERE paid_total_fen > 0;
    IF moved <> kept THEN
        RAISE EXCEPTION '0020: moved % paid totals of %', moved, kept;
    END IF;
END
$$;

DROP VIEW IF EXISTS settle.cycle_member_status;    -- re-made over settle.cycle_paid_totals by the room's schema
DROP TABLE settle.cycle_members;
