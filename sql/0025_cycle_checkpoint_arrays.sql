-- settle 0025: the cycle program's weekly checkpoint of paid totals is stored as arrays (issue 27).
-- 0020 stored it as a row per paid member with a b-tree over (as_of, member_id): 75 MiB a week at
-- a million members (47 of rows, 28 of key), which made a Thursday's growth 2.49 times the
-- night's lines. Now a checkpoint is a row per chunk of at most 8,192 members in member order:
-- their ids and their totals as two bigint[], 16 bytes a member (14 MiB a week), read
-- by a night as about 120 values instead of a million rows. settle.cycle_paid_checkpoints stays
-- readable as before: a view unnesting the chunks (the cycle room's schema).
CREATE TABLE settle.cycle_paid_checkpoint_chunks (
    as_of          date     NOT NULL,  -- the totals at the end of this settled day
    chunk          integer  NOT NULL CHECK (chunk >= 0),
    member_ids     bigint[] NOT NULL,  -- ascending within the chunk, and from chunk to chunk
    paid_total_fen bigint[] NOT NULL,  -- each > 0, the member's at the same position
    PRIMARY KEY (as_of, chunk),
    CHECK (array_ndims(member_ids) = 1 AND array_ndims(paid_total_fen) = 1
           AND cardinality(member_ids) = cardinality(paid_total_fen) AND cardinality(member_ids) BETWEEN 1 AND 8192
           AND 0 < ALL (paid_total_fen)
           AND array_position(member_ids, NULL) IS NULL AND array_position(paid_total_fen, NULL) IS NULL)
);
-- Out of line and not compressed: pglz took 1.4 s to write a million members' checkpoint (7 MiB),
-- uncompressed 0.4 s (14 MiB); lz4 is not in every server build.
ALTER TABLE settle.cycle_paid_checkpoint_chunks ALTER COLUMN member_ids SET STORAGE EXTERNAL,
                                                ALTER COLUMN paid_total_fen SET STORAGE EXTERNAL;
COMMENT ON TABLE settle.cycle_paid_checkpoint_chunks IS
    'each paid member''s cycle total at the end of as_of (weekly), 8,192 members a row; read it through settle.cycle_paid_checkpoints';

INSERT INTO settle.cycle_paid_checkpoint_chunks (as_of, chunk, member_ids, paid_total_fen)
SELECT as_of, chunk, array_agg(member_id ORDER BY member_id), array_agg(paid_total_fen ORDER BY member_id)
FROM (SELECT as_of, member_id, paid_total_fen,
             ((row_number() OVER (PARTITION BY as_of ORDER BY member_id) - 1) / 8192)::integer AS chunk
      FROM settle.cycle_paid_checkpoints) p
GROUP BY as_of, chunk;

DO $$
DECLARE
    moved bigint;
    kept bigint;
BEGIN
    SELECT coalesce(sum(cardinality(member_ids)), 0) INTO moved FROM settle.cycle_paid_checkpoint_chunks;
    SELECT count(*) INTO kept FROM settle.cycle_paid_checkpoints;
    IF moved <> kept THEN
        RAISE EXCEPTION 'settle 0025: moved % paid totals of %', moved, kept;
    END IF;
END
$$;

-- Re-made over the chunks by the room's schema, in dependency order.
DROP VIEW IF EXISTS settle.cycle_member_status;
DROP VIEW IF EXISTS settle.cycle_paid_totals;
DROP TABLE settle.cycle_paid_checkpoints;
