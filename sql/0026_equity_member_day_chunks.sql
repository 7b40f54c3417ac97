-- settle 0026: the equity program's undo log (each member a day changed, as it stood before the
-- day: 0024) is stored 8,192 members a row, as arrays (issue 27). 0024 stored a row per member
-- with a b-tree over (day, member): 9 MiB a night at a million members (6 of rows, 3 of key) for
-- 108,000 members changed, which kept the night's growth at 2.50 times its lines. Now a day's
-- changes are about 14 rows: the members' ids ascending, their holdings, quotas and bound flags
-- before the day, 25 bytes a member. The first and last id of each row let a lookup of one member
-- (`report member --date`) open one row a day. settle.equity_member_days stays readable as
-- before: a view unnesting the rows (the equity room's schema).
CREATE TABLE settle.equity_member_day_chunks (
    settle_date           date      NOT NULL,
    chunk                 integer   NOT NULL CHECK (chunk >= 0),
    first_member_id       bigint    NOT NULL,
    last_member_id        bigint    NOT NULL,
    member_ids            bigint[]  NOT NULL,   -- ascending within the row, and from row to row of a day
    holdings_before_units bigint[]  NOT NULL,   -- each member's at the same position
    quota_before_fen      bigint[]  NOT NULL,
    bound_before          boolean[] NOT NULL,
    PRIMARY KEY (settle_date, chunk),
    CHECK (array_ndims(member_ids) = 1 AND array_lower(member_ids, 1) = 1
           AND cardinality(member_ids) BETWEEN 1 AND 8192
           AND cardinality(holdings_before_units) = cardinality(member_ids)
           AND cardinality(quota_before_fen) = cardinality(member_ids)
           AND cardinality(bound_before) = cardinality(member_ids)
           AND first_member_id = member_ids[1] AND last_member_id = member_ids[cardinality(member_ids)]
           AND array_position(member_ids, NULL) IS NULL AND array_position(holdings_before_units, NULL) IS NULL
           AND array_position(quota_before_fen, NULL) IS NULL AND array_position(bound_before, NULL) IS NULL
           AND 0 <= ALL (holdings_before_units) AND 0 <= ALL (quota_before_fen))
);
-- Out of line and not compressed, as 0025's checkpoints: written in a tenth of pglz's time.
ALTER TABLE settle.equity_member_day_chunks ALTER COLUMN member_ids SET STORAGE EXTERNAL,
                                            ALTER COLUMN holdings_before_units SET STORAGE EXTERNAL,
                                            ALTER COLUMN quota_before_fen SET STORAGE EXTERNAL,
                                            ALTER COLUMN bound_before SET STORAGE EXTERNAL;
COMMENT ON TABLE settle.equity_member_day_chunks IS
    'each member a settled day changed, as it stood before the day, 8,192 members a row; read it through settle.equity_member_days';

INSERT INTO settle.equity_member_day_chunks (settle_date, chunk, first_member_id, last_member_id, member_ids,
                                             holdings_before_units, quota_before_fen, bound_before)
SELECT settle_date, chunk, min(member_id), max(member_id), array_agg(member_id ORDER BY member_id),
       array_agg(holdings_before_units ORDER BY member_id), array_agg(quota_before_fen ORDER BY member_id),
       array_agg(bound_before ORDER BY member_id)
FROM (SELECT settle_date, member_id, holdings_before_units, quota_before_fen, bound_before,
             ((row_number() OVER (PARTITION BY settle_date ORDER BY member_id) - 1) / 8192)::integer AS chunk
      FROM settle.equity_member_days) d
GROUP BY settle_date, chunk;

DO $$
DECLARE
    moved bigint;
    kept bigint;
BEGIN
    SELECT coalesce(sum(cardinality(member_ids)), 0) INTO moved FROM settle.equity_member_day_chunks;
    SELECT count(*) INTO kept FROM settle.equity_member_days;
    IF moved <> kept THEN
        RAISE EXCEPTION 'settle 0026: moved % member days of %', moved, kept;
    END IF;
END
$$;

DROP TABLE settle.equity_member_days;   -- re-made as a view over the rows by the room's schema
