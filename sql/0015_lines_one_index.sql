-- settle 0015: one index on the day's lines instead of two (issue 11).
--
-- settle.day_lines had a primary key (settle_date, model, member_id, kind) and an index
-- (member_id, settle_date). In a day's partition settle_date is one value, so the primary key
-- served only the day's own reads, which scan the partition anyway, while every member lookup
-- (the member app's `settlement_lines WHERE member_id = …`, report member, explain) used the
-- second index. One key, (member_id, model, kind, settle_date), now serves both the uniqueness and
-- the member lookups: a day writes, and stores, one index fewer (about 54 MB and half a second of
-- index build a day at a million members). A day's reads by program scan its partition.
--
-- Rebuilds the key of every existing partition once (minutes on a year at a million members).

ALTER TABLE settle.day_lines DROP CONSTRAINT day_lines_pkey;
DROP INDEX settle.day_lines_member_idx;
ALTER TABLE settle.day_lines ADD CONSTRAINT day_lines_pkey PRIMARY KEY (member_id, model, kind, settle_date);
