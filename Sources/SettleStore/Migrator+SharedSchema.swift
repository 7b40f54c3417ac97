import FoundationEssentials

extension Migrator {
    /// The shared rows' views, functions and grants as they are now (the tables: numbered
    /// migrations in sql/, the whole schema in sql/schema.snapshot.sql). Each room has its own
    /// (`ModelStateStore.schema`); `settle migrate` re-applies a file when it changes.
    ///
    /// In order, one SQL text:
    /// - guards: `refuse_referrer_change`, `refuse_adjustment_change`, `refuse_ledger_change`,
    ///   `ledger_runs_exist` (an entry is written by the transaction it names);
    /// - day partitions: `daily_partitioning`, `fresh_day_partition` (a plain table, columns
    ///   packed), `attach_day_partition` (indexes built in bulk), `ensure_day_partitions`;
    /// - the ledger read (ledger.md): `model_lines`, `ledger_credits` (credits derived from
    ///   lines, 0023), `entries`, `entry_amounts`, `balances`, `ledger_feed`, `feed_after` (the
    ///   feed's pages), `wallet_entries`, `wallet_balances`;
    /// - grants: the nightly job's role (`settle_job`), then the read-only role (`settle_read`).
    public static let sharedSchema = Repeatable(name: "shared", sql: #"""
-- A referrer is part of registration: once a member row exists, its referrer never changes,
-- so a rerun sees the tree the first run saw (SPEC §4).
CREATE OR REPLACE FUNCTION settle.refuse_referrer_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.referrer_id IS DISTINCT FROM OLD.referrer_id THEN
        RAISE EXCEPTION 'member %: the referrer cannot be changed (was %, asked %)',
            OLD.id, coalesce(OLD.referrer_id::text, 'none'), coalesce(NEW.referrer_id::text, 'none')
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

-- The audit trail is append-only: a wrong adjustment is corrected by another one.
CREATE OR REPLACE FUNCTION settle.refuse_adjustment_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'wallet adjustment %: adjustments are never changed or deleted; add a correcting adjustment',
        OLD.id USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE OR REPLACE FUNCTION settle.refuse_ledger_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger entry %: entries are never changed or deleted; a rerun posts a correction, the back office an adjustment',
        OLD.id USING ERRCODE = 'insufficient_privilege';
END
$$;

-- An entry is written by the transaction it names: nothing can be slipped in below a reader's
-- cursor. Checked once per statement through the parent (with the runs, as since 0011) and once
-- per fresh day's partition at its attach (below).
CREATE OR REPLACE FUNCTION settle.ledger_runs_exist() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, settle AS $$
DECLARE
    missing bigint;
    foreign_tx bigint;
BEGIN
    SELECT n.run_id INTO missing FROM new_entries n
    WHERE n.run_id IS NOT NULL AND NOT EXISTS (SELECT FROM settle.runs r WHERE r.id = n.run_id) LIMIT 1;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'ledger entries for run %, which is not in settle.runs', missing USING ERRCODE = 'foreign_key_violation';
    END IF;
    SELECT n.id INTO foreign_tx FROM new_entries n WHERE n.tx <> pg_current_xact_id() LIMIT 1;
    IF foreign_tx IS NOT NULL THEN
        RAISE EXCEPTION 'ledger entry %: tx must be the writing transaction''s (leave the column to its default)', foreign_tx
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;

-- Which tables have a partition per day: the ledger ('l', by list of days) and the tables a
-- program partitions by settle_date ('r', by range); NULL for any other name.
CREATE OR REPLACE FUNCTION settle.daily_partitioning(parent text) RETURNS "char"
LANGUAGE sql STABLE SET search_path = pg_catalog, settle AS $$
    SELECT pt.partstrat FROM pg_partitioned_table pt JOIN pg_class c ON c.oid = pt.partrelid
    WHERE c.relnamespace = 'settle'::regnamespace AND c.relname = parent AND NOT c.relispartition
      AND (c.relname = 'ledger' OR pt.partstrat = 'r')
$$;

-- Creates `table`'s partition of `day` as a plain table (columns, defaults, checks, and the check
-- of the day, so that ATTACH needs no scan) when the day has none; true when it made it.
-- Serialised per day, so two programs settling the same day can't both make it. `program`: the
-- program that makes it, its name the `model` column's default there (it writes first).
DROP FUNCTION IF EXISTS settle.fresh_day_partition(text, date);
CREATE OR REPLACE FUNCTION settle.fresh_day_partition(parent text, day date, program text DEFAULT NULL) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, settle AS $$
DECLARE
    name text := parent || '_' || to_char(day, 'YYYYMMDD');
    columns text;
    checks text;
BEGIN
    IF settle.daily_partitioning(parent) IS NULL THEN
        RAISE EXCEPTION 'no daily partitions for %', parent;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('settle.partition'), day - date '1970-01-01');
    IF to_regclass('settle.' || name) IS NOT NULL
       OR (parent = 'ledger' AND EXISTS (SELECT FROM settle.ledger_before_0014_days d WHERE d.settle_date = day)) THEN
        RETURN false;
    END IF;
    IF parent = 'ledger' THEN
        EXECUTE format('CREATE TABLE settle.%I (LIKE settle.ledger INCLUDING DEFAULTS INCLUDING CONSTRAINTS, '
                       'CONSTRAINT %I CHECK (settle_date IS NOT NULL AND settle_date = %L))', name, name || '_day', day);
        EXECUTE format('CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON settle.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION settle.refuse_ledger_change()', name);
    ELSE
        -- The parent's columns, defaults and checks, the columns widest alignment first and the
        -- variable ones last: less padding in every row (a line: 64 bytes instead of 72). Rows are
        -- written by column name; the parent's order is what readers see. The day is the
        -- settle_date's default and the program the model's: a COPY into the fresh table leaves
        -- both columns out (0.08 s and 0.04 s of a million-member day's lines).
        SELECT string_agg(format('%I %s%s%s', a.attname, format_type(a.atttypid, a.atttypmod),
                                 CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
                                 CASE WHEN a.attname = 'settle_date' THEN format(' DEFAULT %L::date', day)
                                      WHEN a.attname = 'model' AND program IS NOT NULL THEN format(' DEFAULT %L::text', program)
                                      ELSE coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') END),
                          ', ' ORDER BY t.typlen = -1, CASE t.typalign WHEN 'd' THEN 0 WHEN 'i' THEN 1 WHEN 's' THEN 2 ELSE 3 END, a.attnum)
        INTO columns
        FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attrelid = format('settle.%I', parent)::regclass AND a.attnum > 0 AND NOT a.attisdropped;
        SELECT string_agg(format(', CONSTRAINT %I %s', c.conname, pg_get_constraintdef(c.oid)), '' ORDER BY c.conname) INTO checks
        FROM pg_constraint c WHERE c.conrelid = format('settle.%I', parent)::regclass AND c.contype = 'c';
        EXECUTE format('CREATE TABLE settle.%I (%s%s, CONSTRAINT %I CHECK (settle_date >= %L AND settle_date < %L))',
                       name, columns, coalesce(checks, ''), name || '_day', day, day + 1);
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        EXECUTE format('GRANT SELECT, INSERT ON settle.%I TO settle_job', name);
    END IF;
    RETURN true;
END
$$;

CREATE OR REPLACE FUNCTION settle.attach_day_partition(parent text, day date) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, settle AS $$
DECLARE
    name text := parent || '_' || to_char(day, 'YYYYMMDD');
    run bigint;
    foreign_tx bigint;
BEGIN
    IF settle.daily_partitioning(parent) IS NULL THEN
        RAISE EXCEPTION 'no daily partitions for %', parent;
    END IF;
    IF parent = 'ledger' THEN
        -- One scan for both checks (a day's partition names one run or two).
        FOR run, foreign_tx IN EXECUTE format('SELECT run_id, min(id) FILTER (WHERE tx <> pg_current_xact_id()) '
                                              'FROM settle.%I GROUP BY run_id', name) LOOP
            IF run IS NOT NULL AND NOT EXISTS (SELECT FROM settle.runs r WHERE r.id = run) THEN
                RAISE EXCEPTION 'ledger entries for run %, which is not in settle.runs', run USING ERRCODE = 'foreign_key_violation';
            END IF;
            IF foreign_tx IS NOT NULL THEN
                RAISE EXCEPTION 'ledger entry %: tx must be the writing transaction''s', foreign_tx USING ERRCODE = 'check_violation';
            END IF;
        END LOOP;
        EXECUTE format('ALTER TABLE settle.ledger ATTACH PARTITION settle.%I FOR VALUES IN (%L)', name, day);
    ELSE
        EXECUTE format('ALTER TABLE settle.%I ATTACH PARTITION settle.%I FOR VALUES FROM (%L) TO (%L)', parent, name, day, day + 1);
    END IF;
END
$$;

-- A rerun's days (and any day posted through a parent) have their partition in every table
-- partitioned by day: the ledger (by list) and each range-partitioned table of a program.
CREATE OR REPLACE FUNCTION settle.ensure_day_partitions(day date) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, settle AS $$
DECLARE
    suffix text := to_char(day, 'YYYYMMDD');
    parent text;
BEGIN
    FOR parent IN SELECT c.relname FROM pg_partitioned_table pt JOIN pg_class c ON c.oid = pt.partrelid
                  WHERE c.relnamespace = 'settle'::regnamespace AND pt.partstrat = 'r' AND NOT c.relispartition
                  ORDER BY c.relname LOOP
        EXECUTE format('CREATE TABLE IF NOT EXISTS settle.%I PARTITION OF settle.%I FOR VALUES FROM (%L) TO (%L)',
                       parent || '_' || suffix, parent, day, day + 1);
    END LOOP;
    IF NOT EXISTS (SELECT FROM settle.ledger_before_0014_days d WHERE d.settle_date = day) THEN
        EXECUTE format('CREATE TABLE IF NOT EXISTS settle.%I PARTITION OF settle.ledger FOR VALUES IN (%L)', 'ledger_' || suffix, day);
    END IF;
END
$$;

-- Every program's lines, with the model.
CREATE OR REPLACE VIEW settle.model_lines AS
SELECT l.model, l.settle_date, l.member_id, k.name AS kind,
       (l.entitled_fen::numeric / 100)::numeric(20,2) AS entitled,
       (l.paid_fen::numeric / 100)::numeric(20,2) AS paid
FROM settle.day_lines l JOIN settle.line_kinds k ON k.model = l.model AND k.kind = l.kind;

-- The settlement credits of the days settled since migration 0023 (settle.credited_days): a
-- member's credit of the day is what its lines pay less the corrections posted for the day since,
-- so it stays what the first run paid; its position is in the first run's transaction, after that
-- transaction's stored entries: id = 2^62 + block * 2^40 + member.
CREATE OR REPLACE VIEW settle.ledger_credits AS
SELECT 4611686018427387904 + c.block * 1099511627776 + x.member_id AS id,
       x.member_id, c.currency, sum(x.amount_fen)::bigint AS amount_fen, 'settlement'::text AS source, c.model, c.settle_date,
       c.run_id, NULL::bigint AS order_id, NULL::bigint AS adjustment_id, c.created_at, c.tx
FROM settle.credited_days c
CROSS JOIN LATERAL (
    SELECT l.member_id, l.paid_fen AS amount_fen FROM settle.day_lines l
    WHERE l.model = c.model AND l.settle_date = c.settle_date AND l.paid_fen <> 0 AND l.kind = ANY (c.kinds)
      AND l.settle_date >= (SELECT min(f.settle_date) FROM settle.credited_days f)   -- days before 0023 pruned (below)
    UNION ALL
    SELECT e.member_id, -e.amount_fen FROM settle.ledger e
    WHERE e.model = c.model AND e.settle_date = c.settle_date AND e.currency = c.currency AND e.source = 'correction') x
GROUP BY c.model, c.settle_date, x.member_id
HAVING sum(x.amount_fen) <> 0;

-- Every entry of the members' ledger: the stored ones and the derived credits.
CREATE OR REPLACE VIEW settle.entries AS
SELECT id, member_id, currency, amount_fen, source, model, settle_date, run_id, order_id, adjustment_id, created_at, tx
FROM settle.ledger
UNION ALL
SELECT id, member_id, currency, amount_fen, source, model, settle_date, run_id, order_id, adjustment_id, created_at, tx
FROM settle.ledger_credits;

-- Amounts whose sums are the entries' (not entries: a credited day's lines stand for its credits
-- and the corrections posted since, which cancel out). For balances and totals: no grouping by day.
CREATE OR REPLACE VIEW settle.entry_amounts AS
SELECT e.member_id, e.currency, e.amount_fen, e.model, e.settle_date, e.created_at
FROM settle.ledger e
WHERE NOT (e.source = 'correction' AND EXISTS (SELECT FROM settle.credited_days c WHERE c.model = e.model AND c.settle_date = e.settle_date))
UNION ALL
SELECT l.member_id, c.currency, l.paid_fen, c.model, c.settle_date, c.created_at
FROM settle.credited_days c JOIN settle.day_lines l ON l.model = c.model AND l.settle_date = c.settle_date
WHERE l.paid_fen <> 0 AND l.kind = ANY (c.kinds)
  -- Not one of the days settled before migration 0023 (their lines are not credits): their
  -- partitions pruned when the statement starts, not scanned and joined away (a year of them).
  AND l.settle_date >= (SELECT min(f.settle_date) FROM settle.credited_days f);

CREATE OR REPLACE VIEW settle.balances AS
SELECT member_id, currency, sum(amount_fen)::bigint AS balance_fen,
       (sum(amount_fen)::numeric / 100)::numeric(20,2) AS balance
FROM settle.entry_amounts GROUP BY member_id, currency;

-- The feed: entries below the horizon, with their position. `cursor` is the position as text
-- ('tx:id'), what `settle feed` prints and takes back as --after. Pages: settle.feed_after.
CREATE OR REPLACE VIEW settle.ledger_feed AS
SELECT id, member_id, currency, (amount_fen::numeric / 100)::numeric(20,2) AS amount, source, model, settle_date, run_id,
       order_id, adjustment_id, created_at, tx, tx::text || ':' || id AS cursor
FROM settle.entries
WHERE tx < pg_snapshot_xmin(pg_current_snapshot());

-- One page of the feed: the first `page_limit` entries after (after_tx, after_id), in order. The
-- stored entries come by the (tx, id) index; a credited day's credits, when the page reaches its
-- block, by its lines' member index (grouped as they come, with the corrections of those members):
-- neither sorts a day. Same rows as the view's `WHERE (tx, id) > (…) ORDER BY tx, id LIMIT n`.
CREATE OR REPLACE FUNCTION settle.feed_after(after_tx xid8, after_id bigint, page_limit integer)
RETURNS SETOF settle.ledger_feed
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, settle AS $$
DECLARE
    horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
    left_over integer := page_limit;
    at_tx xid8 := after_tx;
    at_id bigint := after_id;
    block record;
    block_tx xid8;
    block_start bigint;
    from_member bigint;
    through_member bigint;
    lines_seen integer;
    got integer;
    have_block boolean;
BEGIN
    IF page_limit IS NULL OR page_limit < 1 OR page_limit > 1000000 OR after_tx IS NULL OR after_id IS NULL THEN
        RAISE EXCEPTION 'settle.feed_after: a cursor (tx, id) and a page of 1 to 1000000 entries' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    LOOP                                                  -- bounded: each turn fills the page or passes a block
        SELECT c.model, c.settle_date, c.currency, c.kinds, c.run_id, c.created_at, c.tx,
               4611686018427387904 + c.block * 1099511627776 AS base
        INTO block FROM settle.credited_days c
        WHERE c.tx < horizon AND c.tx >= at_tx
          AND (c.tx > at_tx OR 4611686018427387904 + c.block * 1099511627776 + 1099511627775 > at_id)
        ORDER BY c.tx, c.block LIMIT 1;
        have_block := FOUND;
        IF have_block THEN block_tx := block.tx; block_start := block.base; ELSE block_tx := horizon; block_start := -9223372036854775808; END IF;
        -- The stored entries before the block (or the horizon).
        RETURN QUERY
            SELECT e.id, e.member_id, e.currency, (e.amount_fen::numeric / 100)::numeric(20,2), e.source, e.model, e.settle_date,
                   e.run_id, e.order_id, e.adjustment_id, e.created_at, e.tx, e.tx::text || ':' || e.id
            FROM settle.ledger e
            WHERE (e.tx, e.id) > (at_tx, at_id) AND (e.tx, e.id) < (block_tx, block_start)
            ORDER BY e.tx, e.id LIMIT left_over;
        GET DIAGNOSTICS got = ROW_COUNT;
        left_over := left_over - got;
        IF left_over = 0 OR NOT have_block THEN RETURN; END IF;
        -- The block's credits: members after the cursor, a page of them from the lines.
        from_member := CASE WHEN at_tx = block.tx AND at_id >= block.base THEN at_id - block.base ELSE -1 END;
        -- As many lines as the page has room for, in member order (the index, read as it comes):
        -- the members they reach are the page's, all of their lines and corrections taken below.
        SELECT count(*), max(p.member_id) INTO lines_seen, through_member FROM (
            SELECT l.member_id FROM settle.day_lines l
            WHERE l.model = block.model AND l.settle_date = block.settle_date AND l.paid_fen <> 0 AND l.kind = ANY (block.kinds)
              AND l.member_id > from_member
            ORDER BY l.member_id LIMIT left_over) p;
        IF lines_seen < left_over THEN through_member := 1099511627775; END IF;
        RETURN QUERY
            SELECT block.base + x.member_id, x.member_id, block.currency, (x.fen::numeric / 100)::numeric(20,2), 'settlement'::text,
                   block.model, block.settle_date, block.run_id, NULL::bigint, NULL::bigint, block.created_at, block.tx,
                   block.tx::text || ':' || (block.base + x.member_id)
            FROM (SELECT u.member_id, sum(u.fen)::bigint AS fen FROM (
                      SELECT l.member_id, l.paid_fen AS fen FROM settle.day_lines l
                      WHERE l.model = block.model AND l.settle_date = block.settle_date AND l.paid_fen <> 0
                        AND l.kind = ANY (block.kinds) AND l.member_id > from_member AND l.member_id <= through_member
                      UNION ALL
                      SELECT e.member_id, -e.amount_fen FROM settle.ledger e
                      WHERE e.model = block.model AND e.settle_date = block.settle_date AND e.currency = block.currency
                        AND e.source = 'correction' AND e.member_id > from_member AND e.member_id <= through_member) u
                  GROUP BY u.member_id HAVING sum(u.fen) <> 0 ORDER BY u.member_id LIMIT left_over) x
            ORDER BY x.member_id;
        GET DIAGNOSTICS got = ROW_COUNT;
        left_over := left_over - got;
        IF left_over = 0 THEN RETURN; END IF;
        at_tx := block.tx;
        at_id := block.base + through_member;             -- past the members looked at (the whole block when its lines ran out)
    END LOOP;
END
$$;

CREATE OR REPLACE VIEW settle.wallet_entries AS
SELECT l.member_id, coalesce(l.settle_date::timestamptz, l.created_at) AS at,
       l.source,
       l.amount_fen,
       coalesce(a.reason, CASE l.source WHEN 'settlement' THEN 'settled ' || l.settle_date
                                        WHEN 'opening' THEN 'opening balance'
                                        WHEN 'correction' THEN 'rerun of ' || l.settle_date
                                        WHEN 'checkout' THEN 'checkout, order ' || l.order_id
                                        ELSE 'refund, order ' || l.order_id END) AS reason,
       coalesce(a.operator, 'settle') AS operator
FROM settle.entries l LEFT JOIN settle.wallet_adjustments a ON a.id = l.adjustment_id
WHERE l.currency = 'points';

CREATE OR REPLACE VIEW settle.wallet_balances AS
SELECT member_id, sum(amount_fen)::bigint AS balance_fen
FROM settle.wallet_entries
GROUP BY member_id;

-- What the nightly job's role (sql/roles/settle_job.sql) may do with the shared rows, where the
-- role exists. `settle migrate` re-applies this file when it changes or when the role appears.
DO $$
DECLARE
    foreign_table regclass;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        RETURN;
    END IF;
    GRANT USAGE ON SCHEMA settle TO settle_job;
    -- Inputs: read only.
    GRANT SELECT ON settle.members, settle.orders, settle.schema_migrations, settle.schema_repeatables TO settle_job;
    -- Plan versions: `settle plan set` stores them.
    GRANT SELECT, INSERT, UPDATE ON settle.plan_versions TO settle_job;
    GRANT SELECT, INSERT ON settle.line_kinds TO settle_job;
    -- Every program's rows: written by run, replaced by rerun.
    GRANT SELECT, INSERT, DELETE ON settle.days, settle.day_lines TO settle_job;
    GRANT SELECT, INSERT, UPDATE ON settle.runs TO settle_job;
    GRANT USAGE ON SEQUENCE settle.runs_id_seq TO settle_job;
    GRANT EXECUTE ON FUNCTION settle.ensure_day_partitions(date), settle.fresh_day_partition(text, date, text),
                              settle.attach_day_partition(text, date) TO settle_job;
    GRANT SELECT ON settle.model_lines TO settle_job;
    -- The members' ledger: entries are only ever added; back-office adjustments, audited.
    GRANT SELECT, INSERT ON settle.ledger, settle.ledger_before_0014 TO settle_job;
    GRANT USAGE ON SEQUENCE settle.ledger_id_seq TO settle_job;
    GRANT SELECT ON settle.balances, settle.ledger_feed, settle.ledger_start, settle.wallet_entries, settle.wallet_balances TO settle_job;
    GRANT SELECT, INSERT ON settle.credited_days TO settle_job;
    GRANT SELECT ON settle.ledger_credits, settle.entries, settle.entry_amounts TO settle_job;
    GRANT EXECUTE ON FUNCTION settle.feed_after(xid8, bigint, integer) TO settle_job;
    GRANT SELECT, INSERT ON settle.wallet_adjustments TO settle_job;
    GRANT USAGE ON SEQUENCE settle.wallet_adjustments_id_seq TO settle_job;
    GRANT SELECT, INSERT, UPDATE ON settle.ledger_totals TO settle_job;
    -- The tree each program settled on, and its history.
    GRANT SELECT, INSERT, UPDATE ON settle.tree_seen, settle.tree_digest TO settle_job;
    GRANT SELECT, INSERT, UPDATE, DELETE ON settle.tree_history TO settle_job;
    -- Who owns the balance a shop's checkout spends: read by every night.
    GRANT SELECT ON settle.shop_settings TO settle_job;
    -- A shop whose tables live in MariaDB (sql/shops/mariadb-fdw.sql): the job reads the foreign
    -- tables through settle's views; the user mapping is for PUBLIC, the grant is here.
    IF to_regclass('settle.shop_notes') IS NOT NULL THEN
        GRANT SELECT ON settle.shop_notes TO settle_job;          -- the mapping's notes, for `settle shop check`
    END IF;
    FOR foreign_table IN SELECT ft.ftrelid::regclass FROM pg_foreign_table ft JOIN pg_foreign_server s ON s.oid = ft.ftserver
                         WHERE s.srvname = 'shop_mariadb' ORDER BY 1 LOOP
        EXECUTE format('GRANT SELECT ON %s TO settle_job', foreign_table);
    END LOOP;
END
$$;

-- What the read-only role (sql/roles/settle_read.sql: the console, a reports user) may do: read
-- every table and view of schema settle and the shop's imported tables, nothing else.
DO $$
DECLARE
    foreign_table regclass;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_read') THEN
        RETURN;
    END IF;
    GRANT USAGE ON SCHEMA settle TO settle_read;
    GRANT SELECT ON ALL TABLES IN SCHEMA settle TO settle_read;
    FOR foreign_table IN SELECT ft.ftrelid::regclass FROM pg_foreign_table ft JOIN pg_foreign_server s ON s.oid = ft.ftserver
                         WHERE s.srvname = 'shop_mariadb' ORDER BY 1 LOOP
        EXECUTE format('GRANT SELECT ON %s TO settle_read', foreign_table);
    END LOOP;
END
$$;
"""#)
}
