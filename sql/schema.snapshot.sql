-- settle's schema as `settle migrate` leaves it (generated: scripts/schema.sh snapshot; do not edit).
-- pg_dump 15; tests compare a fresh and an upgraded database with it.

CREATE SCHEMA settle;

CREATE FUNCTION settle.attach_day_partition(parent text, day date) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'settle'
    AS $$
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

CREATE FUNCTION settle.credited_day_written() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'settle'
    AS $$
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

CREATE FUNCTION settle.daily_partitioning(parent text) RETURNS "char"
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'settle'
    AS $$
    SELECT pt.partstrat FROM pg_partitioned_table pt JOIN pg_class c ON c.oid = pt.partrelid
    WHERE c.relnamespace = 'settle'::regnamespace AND c.relname = parent AND NOT c.relispartition
      AND (c.relname = 'ledger' OR pt.partstrat = 'r')
$$;

CREATE FUNCTION settle.ensure_day_partitions(day date) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'settle'
    AS $$
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

CREATE VIEW settle.ledger_feed AS
SELECT
    NULL::bigint AS id,
    NULL::bigint AS member_id,
    NULL::text AS currency,
    NULL::numeric(20,2) AS amount,
    NULL::text AS source,
    NULL::text AS model,
    NULL::date AS settle_date,
    NULL::bigint AS run_id,
    NULL::bigint AS order_id,
    NULL::bigint AS adjustment_id,
    NULL::timestamp with time zone AS created_at,
    NULL::xid8 AS tx,
    NULL::text AS cursor;

COMMENT ON VIEW settle.ledger_feed IS 'the members'' ledger for a shop that keeps its own balances: apply in (tx, id) order, remember the last (tx, id) applied';

CREATE FUNCTION settle.feed_after(after_tx xid8, after_id bigint, page_limit integer) RETURNS SETOF settle.ledger_feed
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'settle'
    AS $$
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

CREATE FUNCTION settle.fresh_day_partition(parent text, day date, program text DEFAULT NULL::text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'settle'
    AS $$
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

CREATE FUNCTION settle.ledger_runs_exist() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'settle'
    AS $$
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

CREATE FUNCTION settle.points_anchors_through() RETURNS date
    LANGUAGE sql STABLE
    AS $$
    SELECT t - (((t - date '1970-01-01') % 7 + 7) % 7) FROM settle.points_settled_through() AS t
$$;

CREATE FUNCTION settle.points_settled_through() RETURNS date
    LANGUAGE sql STABLE
    AS $$ SELECT max(settle_date) FROM settle.days WHERE model = 'points' $$;

CREATE FUNCTION settle.refuse_adjustment_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'wallet adjustment %: adjustments are never changed or deleted; add a correcting adjustment',
        OLD.id USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE FUNCTION settle.refuse_ledger_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'ledger entry %: entries are never changed or deleted; a rerun posts a correction, the back office an adjustment',
        OLD.id USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE FUNCTION settle.refuse_referrer_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.referrer_id IS DISTINCT FROM OLD.referrer_id THEN
        RAISE EXCEPTION 'member %: the referrer cannot be changed (was %, asked %)',
            OLD.id, coalesce(OLD.referrer_id::text, 'none'), coalesce(NEW.referrer_id::text, 'none')
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TABLE settle.credited_days (
    model text NOT NULL,
    settle_date date NOT NULL,
    currency text NOT NULL,
    kinds smallint[] NOT NULL,
    run_id bigint NOT NULL,
    tx xid8 DEFAULT pg_current_xact_id() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    block bigint NOT NULL,
    CONSTRAINT credited_days_block_check CHECK (((block > 0) AND (block < 4194304))),
    CONSTRAINT credited_days_currency_check CHECK ((currency = ANY (ARRAY['points'::text, 'cash'::text, 'constant'::text])))
);

COMMENT ON TABLE settle.credited_days IS 'days whose settlement credits are their lines (settle.ledger_credits): the first run, its transaction (the credits'' feed position)';

CREATE TABLE settle.day_lines (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    model text NOT NULL,
    CONSTRAINT day_lines_amounts CHECK (
CASE
    WHEN (model = 'equity'::text) THEN ((entitled_fen <> 0) OR (paid_fen <> 0))
    ELSE ((entitled_fen > 0) AND (paid_fen >= 0) AND (paid_fen <= entitled_fen))
END),
    CONSTRAINT day_lines_kind_check CHECK ((kind >= 0))
)
PARTITION BY RANGE (settle_date);

CREATE TABLE settle.ledger (
    id bigint NOT NULL,
    member_id bigint NOT NULL,
    currency text NOT NULL,
    amount_fen bigint NOT NULL,
    source text NOT NULL,
    model text,
    settle_date date,
    run_id bigint,
    order_id bigint,
    adjustment_id bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    tx xid8 DEFAULT pg_current_xact_id() NOT NULL,
    CONSTRAINT ledger_adjustments CHECK (((source = 'adjustment'::text) = (adjustment_id IS NOT NULL))),
    CONSTRAINT ledger_amount_fen_check CHECK ((amount_fen <> 0)),
    CONSTRAINT ledger_currency_check CHECK ((currency = ANY (ARRAY['points'::text, 'cash'::text, 'constant'::text]))),
    CONSTRAINT ledger_day_entries CHECK (((source = ANY (ARRAY['settlement'::text, 'correction'::text, 'checkout'::text, 'checkout_refund'::text])) = ((model IS NOT NULL) AND (settle_date IS NOT NULL) AND (run_id IS NOT NULL)))),
    CONSTRAINT ledger_source_check CHECK ((source = ANY (ARRAY['opening'::text, 'settlement'::text, 'correction'::text, 'adjustment'::text, 'checkout'::text, 'checkout_refund'::text])))
)
PARTITION BY LIST (settle_date);

COMMENT ON TABLE settle.ledger IS 'the members'' ledger, one partition per settled day (migration 0014); read it through settle.ledger_feed and settle.balances';

COMMENT ON COLUMN settle.ledger.tx IS 'the transaction that wrote the entry (0: before migration 0016); the feed''s order is (tx, id)';

CREATE VIEW settle.entry_amounts AS
 SELECT e.member_id,
    e.currency,
    e.amount_fen,
    e.model,
    e.settle_date,
    e.created_at
   FROM settle.ledger e
  WHERE (NOT ((e.source = 'correction'::text) AND (EXISTS ( SELECT
           FROM settle.credited_days c
          WHERE ((c.model = e.model) AND (c.settle_date = e.settle_date))))))
UNION ALL
 SELECT l.member_id,
    c.currency,
    l.paid_fen AS amount_fen,
    c.model,
    c.settle_date,
    c.created_at
   FROM (settle.credited_days c
     JOIN settle.day_lines l ON (((l.model = c.model) AND (l.settle_date = c.settle_date))))
  WHERE ((l.paid_fen <> 0) AND (l.kind = ANY (c.kinds)) AND (l.settle_date >= ( SELECT min(f.settle_date) AS min
           FROM settle.credited_days f)));

CREATE VIEW settle.balances AS
 SELECT entry_amounts.member_id,
    entry_amounts.currency,
    (sum(entry_amounts.amount_fen))::bigint AS balance_fen,
    ((sum(entry_amounts.amount_fen) / (100)::numeric))::numeric(20,2) AS balance
   FROM settle.entry_amounts
  GROUP BY entry_amounts.member_id, entry_amounts.currency;

ALTER TABLE settle.credited_days ALTER COLUMN block ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME settle.credited_days_block_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE settle.cycle_day_figures (
    run_id bigint NOT NULL,
    settle_date date NOT NULL,
    revenue_fen bigint NOT NULL,
    weighted_pool_fen bigint NOT NULL,
    eligible_weight_units bigint NOT NULL,
    weighted_paid_fen bigint NOT NULL,
    level_pool_fen bigint NOT NULL,
    level_paid_fen bigint NOT NULL,
    eligible_members integer NOT NULL,
    members_paid integer NOT NULL,
    quota_ran_out integer NOT NULL,
    quota_outstanding_fen bigint NOT NULL,
    weight_decimals smallint NOT NULL,
    CONSTRAINT cycle_day_figures_check CHECK ((weighted_paid_fen <= weighted_pool_fen)),
    CONSTRAINT cycle_day_figures_check1 CHECK ((level_paid_fen <= level_pool_fen))
);

CREATE TABLE settle.cycle_day_levels (
    run_id bigint NOT NULL,
    level smallint NOT NULL,
    name text NOT NULL,
    min_weight_units bigint NOT NULL,
    members integer NOT NULL,
    pool_fen bigint NOT NULL,
    per_head_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT cycle_day_levels_check CHECK ((paid_fen <= pool_fen))
);

CREATE TABLE settle.days (
    settle_date date NOT NULL,
    run_id bigint NOT NULL,
    plan_effective_from date NOT NULL,
    paid_digest text NOT NULL,
    refund_digest text NOT NULL,
    model text NOT NULL,
    request_digest text
);

COMMENT ON COLUMN settle.days.paid_digest IS 'digest of the orders paid that day as the program reads them: a program that reads no order parts digests each as all cash (migration 0027)';

CREATE VIEW settle.cycle_days AS
 SELECT d.settle_date,
    (((f.revenue_fen)::numeric / (100)::numeric))::numeric(20,2) AS revenue,
    (((f.weighted_pool_fen)::numeric / (100)::numeric))::numeric(20,2) AS weighted_pool,
    (((f.weighted_paid_fen)::numeric / (100)::numeric))::numeric(20,2) AS weighted_paid,
    (((f.level_pool_fen)::numeric / (100)::numeric))::numeric(20,2) AS level_pool,
    (((f.level_paid_fen)::numeric / (100)::numeric))::numeric(20,2) AS level_paid,
    ((((((f.weighted_pool_fen - f.weighted_paid_fen) + f.level_pool_fen) - f.level_paid_fen))::numeric / (100)::numeric))::numeric(20,2) AS returned
   FROM (settle.days d
     JOIN settle.cycle_day_figures f ON ((f.run_id = d.run_id)))
  WHERE (d.model = 'cycle'::text);

CREATE VIEW settle.cycle_lines AS
 SELECT day_lines.settle_date,
    day_lines.member_id,
        CASE day_lines.kind
            WHEN 0 THEN 'weighted'::text
            ELSE 'level'::text
        END AS kind,
    (((day_lines.entitled_fen)::numeric / (100)::numeric))::numeric(20,2) AS entitled,
    (((day_lines.paid_fen)::numeric / (100)::numeric))::numeric(20,2) AS paid
   FROM settle.day_lines
  WHERE (day_lines.model = 'cycle'::text);

CREATE TABLE settle.cycle_order_terms (
    order_id bigint NOT NULL,
    generation smallint NOT NULL,
    member_id bigint NOT NULL,
    weight_units bigint NOT NULL,
    quota_fen bigint NOT NULL,
    paid_on date NOT NULL,
    active_from date NOT NULL,
    CONSTRAINT cycle_order_terms_generation_check CHECK (((generation >= 0) AND (generation <= 10))),
    CONSTRAINT cycle_order_terms_quota_fen_check CHECK ((quota_fen >= 0)),
    CONSTRAINT cycle_order_terms_weight_units_check CHECK ((weight_units >= 0))
);

CREATE TABLE settle.cycle_paid_checkpoint_chunks (
    as_of date NOT NULL,
    chunk integer NOT NULL,
    member_ids bigint[] NOT NULL,
    paid_total_fen bigint[] NOT NULL,
    CONSTRAINT cycle_paid_checkpoint_chunks_check CHECK (((array_ndims(member_ids) = 1) AND (array_ndims(paid_total_fen) = 1) AND (cardinality(member_ids) = cardinality(paid_total_fen)) AND ((cardinality(member_ids) >= 1) AND (cardinality(member_ids) <= 8192)) AND (0 < ALL (paid_total_fen)) AND (array_position(member_ids, NULL::bigint) IS NULL) AND (array_position(paid_total_fen, NULL::bigint) IS NULL))),
    CONSTRAINT cycle_paid_checkpoint_chunks_chunk_check CHECK ((chunk >= 0))
);
ALTER TABLE ONLY settle.cycle_paid_checkpoint_chunks ALTER COLUMN member_ids SET STORAGE EXTERNAL;
ALTER TABLE ONLY settle.cycle_paid_checkpoint_chunks ALTER COLUMN paid_total_fen SET STORAGE EXTERNAL;

COMMENT ON TABLE settle.cycle_paid_checkpoint_chunks IS 'each paid member''s cycle total at the end of as_of (weekly), 8,192 members a row; read it through settle.cycle_paid_checkpoints';

CREATE VIEW settle.cycle_paid_checkpoints AS
 SELECT c.as_of,
    p.member_id,
    p.paid_total_fen
   FROM (settle.cycle_paid_checkpoint_chunks c
     CROSS JOIN LATERAL UNNEST(c.member_ids, c.paid_total_fen) p(member_id, paid_total_fen));

CREATE VIEW settle.cycle_paid_totals AS
 WITH checkpoint AS (
         SELECT max(cycle_paid_checkpoint_chunks.as_of) AS as_of
           FROM settle.cycle_paid_checkpoint_chunks
        )
 SELECT paid.member_id,
    (sum(paid.paid_fen))::bigint AS paid_total_fen
   FROM ( SELECT p.member_id,
            p.paid_total_fen AS paid_fen
           FROM (settle.cycle_paid_checkpoints p
             JOIN checkpoint c ON ((p.as_of = c.as_of)))
        UNION ALL
         SELECT l.member_id,
            l.paid_fen
           FROM (settle.day_lines l
             CROSS JOIN checkpoint c)
          WHERE ((l.model = 'cycle'::text) AND (l.paid_fen > 0) AND ((c.as_of IS NULL) OR (l.settle_date > c.as_of)))) paid
  GROUP BY paid.member_id;

CREATE TABLE settle.orders (
    id bigint NOT NULL,
    member_id bigint NOT NULL,
    amount numeric(20,2) NOT NULL,
    cash_amount numeric(20,2) NOT NULL,
    points_amount numeric(20,2) NOT NULL,
    paid_at timestamp with time zone NOT NULL,
    refunded_at timestamp with time zone,
    CONSTRAINT orders_amount_positive CHECK ((amount > (0)::numeric)),
    CONSTRAINT orders_cash_not_negative CHECK ((cash_amount >= (0)::numeric)),
    CONSTRAINT orders_parts_add_up CHECK (((cash_amount + points_amount) = amount)),
    CONSTRAINT orders_points_not_negative CHECK ((points_amount >= (0)::numeric)),
    CONSTRAINT orders_refund_after_payment CHECK (((refunded_at IS NULL) OR (refunded_at >= paid_at)))
);

CREATE TABLE settle.plan_versions (
    effective_from date NOT NULL,
    document text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    model text NOT NULL
);

CREATE VIEW settle.cycle_member_status AS
 WITH program AS (
         SELECT ( SELECT max(days.settle_date) AS max
                   FROM settle.days
                  WHERE (days.model = 'cycle'::text)) AS as_of,
            ( SELECT days.run_id
                   FROM settle.days
                  WHERE (days.model = 'cycle'::text)
                  ORDER BY days.settle_date DESC
                 LIMIT 1) AS run_id,
            ( SELECT ((plan_versions.document)::json ->> 'timezone'::text)
                   FROM settle.plan_versions
                  WHERE (plan_versions.model = 'cycle'::text)
                  ORDER BY plan_versions.effective_from
                 LIMIT 1) AS timezone
        ), grants AS (
         SELECT t.member_id,
            (sum(t.weight_units))::bigint AS weight_units,
            (sum(t.quota_fen))::bigint AS quota_fen
           FROM ((settle.cycle_order_terms t
             JOIN settle.orders o ON ((o.id = t.order_id)))
             CROSS JOIN program p_1)
          WHERE ((t.active_from <= p_1.as_of) AND ((o.refunded_at IS NULL) OR (((o.refunded_at AT TIME ZONE p_1.timezone))::date > p_1.as_of)))
          GROUP BY t.member_id
        ), members AS (
         SELECT COALESCE(g.member_id, c.member_id) AS member_id,
            COALESCE(g.weight_units, (0)::bigint) AS weight_units,
            COALESCE(g.quota_fen, (0)::bigint) AS granted_fen,
            COALESCE(c.paid_total_fen, (0)::bigint) AS paid_fen
           FROM (grants g
             FULL JOIN settle.cycle_paid_totals c ON ((c.member_id = g.member_id)))
        )
 SELECT m.member_id,
    p.as_of,
    (((m.weight_units)::numeric / ((10)::numeric ^ (f.weight_decimals)::numeric)))::numeric(24,6) AS weight,
    ( SELECT l.name
           FROM settle.cycle_day_levels l
          WHERE ((l.run_id = p.run_id) AND (l.min_weight_units <= m.weight_units))
          ORDER BY l.level DESC
         LIMIT 1) AS level,
    (((m.granted_fen)::numeric / (100)::numeric))::numeric(20,2) AS quota_granted,
    (((m.paid_fen)::numeric / (100)::numeric))::numeric(20,2) AS quota_paid,
    ((((m.granted_fen - m.paid_fen))::numeric / (100)::numeric))::numeric(20,2) AS quota_left
   FROM ((members m
     CROSS JOIN program p)
     JOIN settle.cycle_day_figures f ON ((f.run_id = p.run_id)));

CREATE VIEW settle.ledger_credits AS
SELECT
    NULL::bigint AS id,
    NULL::bigint AS member_id,
    NULL::text AS currency,
    NULL::bigint AS amount_fen,
    NULL::text AS source,
    NULL::text AS model,
    NULL::date AS settle_date,
    NULL::bigint AS run_id,
    NULL::bigint AS order_id,
    NULL::bigint AS adjustment_id,
    NULL::timestamp with time zone AS created_at,
    NULL::xid8 AS tx;

CREATE VIEW settle.entries AS
 SELECT ledger.id,
    ledger.member_id,
    ledger.currency,
    ledger.amount_fen,
    ledger.source,
    ledger.model,
    ledger.settle_date,
    ledger.run_id,
    ledger.order_id,
    ledger.adjustment_id,
    ledger.created_at,
    ledger.tx
   FROM settle.ledger
UNION ALL
 SELECT ledger_credits.id,
    ledger_credits.member_id,
    ledger_credits.currency,
    ledger_credits.amount_fen,
    ledger_credits.source,
    ledger_credits.model,
    ledger_credits.settle_date,
    ledger_credits.run_id,
    ledger_credits.order_id,
    ledger_credits.adjustment_id,
    ledger_credits.created_at,
    ledger_credits.tx
   FROM settle.ledger_credits;

CREATE TABLE settle.equity_day_figures (
    run_id bigint NOT NULL,
    settle_date date NOT NULL,
    point_decimals smallint NOT NULL,
    total_issuance_units bigint NOT NULL,
    opening_pool_fen bigint NOT NULL,
    opening_supply_units bigint NOT NULL,
    opening_reserve_units bigint NOT NULL,
    opening_issued_units bigint NOT NULL,
    opening_price_fen bigint NOT NULL,
    opening_price_units bigint NOT NULL,
    pool_fen bigint NOT NULL,
    supply_units bigint NOT NULL,
    reserve_units bigint NOT NULL,
    issued_units bigint NOT NULL,
    price_fen bigint NOT NULL,
    price_units bigint NOT NULL,
    price numeric(20,4) NOT NULL,
    last_price_fen bigint,
    last_price_units bigint,
    purchases integer NOT NULL,
    purchase_amount_fen bigint NOT NULL,
    contribution_fen bigint NOT NULL,
    refunds integer NOT NULL,
    refund_pool_fen bigint NOT NULL,
    sells integer NOT NULL,
    goods integer NOT NULL,
    to_constant integer NOT NULL,
    from_constant integer NOT NULL,
    exits integer NOT NULL,
    CONSTRAINT equity_day_figures_issued_units_check CHECK ((issued_units >= 0)),
    CONSTRAINT equity_day_figures_point_decimals_check CHECK (((point_decimals >= 0) AND (point_decimals <= 6))),
    CONSTRAINT equity_day_figures_pool_fen_check CHECK ((pool_fen >= 0)),
    CONSTRAINT equity_day_figures_price_units_check CHECK ((price_units > 0)),
    CONSTRAINT equity_day_figures_reserve_units_check CHECK ((reserve_units >= 0)),
    CONSTRAINT equity_day_figures_supply_units_check CHECK ((supply_units >= 0)),
    CONSTRAINT equity_price_never_falls CHECK ((((price_fen)::numeric * (opening_price_units)::numeric) >= ((opening_price_fen)::numeric * (price_units)::numeric)))
);

CREATE VIEW settle.equity_days AS
 SELECT d.settle_date,
    (((f.pool_fen)::numeric / (100)::numeric))::numeric(20,2) AS pool,
    (((f.supply_units)::numeric / ((10)::numeric ^ (f.point_decimals)::numeric)))::numeric(24,6) AS supply,
    (((f.reserve_units)::numeric / ((10)::numeric ^ (f.point_decimals)::numeric)))::numeric(24,6) AS reserve,
    (((f.issued_units)::numeric / ((10)::numeric ^ (f.point_decimals)::numeric)))::numeric(24,6) AS issued,
    f.price
   FROM (settle.days d
     JOIN settle.equity_day_figures f ON ((f.run_id = d.run_id)))
  WHERE (d.model = 'equity'::text);

CREATE TABLE settle.line_kinds (
    model text NOT NULL,
    kind smallint NOT NULL,
    name text NOT NULL,
    CONSTRAINT line_kinds_kind_check CHECK ((kind >= 0))
);

CREATE VIEW settle.equity_lines AS
 SELECT l.settle_date,
    l.member_id,
    k.name AS kind,
    (((l.entitled_fen)::numeric / ((10)::numeric ^ (f.point_decimals)::numeric)))::numeric(24,6) AS points,
    (((l.paid_fen)::numeric / (100)::numeric))::numeric(20,2) AS yuan
   FROM (((settle.day_lines l
     JOIN settle.days d ON (((d.model = 'equity'::text) AND (d.settle_date = l.settle_date))))
     JOIN settle.equity_day_figures f ON ((f.run_id = d.run_id)))
     JOIN settle.line_kinds k ON (((k.model = 'equity'::text) AND (k.kind = l.kind))))
  WHERE (l.model = 'equity'::text);

CREATE TABLE settle.equity_member_day_chunks (
    settle_date date NOT NULL,
    chunk integer NOT NULL,
    first_member_id bigint NOT NULL,
    last_member_id bigint NOT NULL,
    member_ids bigint[] NOT NULL,
    holdings_before_units bigint[] NOT NULL,
    quota_before_fen bigint[] NOT NULL,
    bound_before boolean[] NOT NULL,
    CONSTRAINT equity_member_day_chunks_check CHECK (((array_ndims(member_ids) = 1) AND (array_lower(member_ids, 1) = 1) AND ((cardinality(member_ids) >= 1) AND (cardinality(member_ids) <= 8192)) AND (cardinality(holdings_before_units) = cardinality(member_ids)) AND (cardinality(quota_before_fen) = cardinality(member_ids)) AND (cardinality(bound_before) = cardinality(member_ids)) AND (first_member_id = member_ids[1]) AND (last_member_id = member_ids[cardinality(member_ids)]) AND (array_position(member_ids, NULL::bigint) IS NULL) AND (array_position(holdings_before_units, NULL::bigint) IS NULL) AND (array_position(quota_before_fen, NULL::bigint) IS NULL) AND (array_position(bound_before, NULL::boolean) IS NULL) AND (0 <= ALL (holdings_before_units)) AND (0 <= ALL (quota_before_fen)))),
    CONSTRAINT equity_member_day_chunks_chunk_check CHECK ((chunk >= 0))
);
ALTER TABLE ONLY settle.equity_member_day_chunks ALTER COLUMN member_ids SET STORAGE EXTERNAL;
ALTER TABLE ONLY settle.equity_member_day_chunks ALTER COLUMN holdings_before_units SET STORAGE EXTERNAL;
ALTER TABLE ONLY settle.equity_member_day_chunks ALTER COLUMN quota_before_fen SET STORAGE EXTERNAL;
ALTER TABLE ONLY settle.equity_member_day_chunks ALTER COLUMN bound_before SET STORAGE EXTERNAL;

COMMENT ON TABLE settle.equity_member_day_chunks IS 'each member a settled day changed, as it stood before the day, 8,192 members a row; read it through settle.equity_member_days';

CREATE VIEW settle.equity_member_days AS
 SELECT c.settle_date,
    u.member_id,
    u.holdings_before_units,
    u.quota_before_fen,
    u.bound_before
   FROM (settle.equity_member_day_chunks c
     CROSS JOIN LATERAL UNNEST(c.member_ids, c.holdings_before_units, c.quota_before_fen, c.bound_before) u(member_id, holdings_before_units, quota_before_fen, bound_before));

CREATE TABLE settle.equity_members (
    member_id bigint NOT NULL,
    holdings_units bigint NOT NULL,
    quota_fen bigint NOT NULL,
    bound boolean NOT NULL,
    settle_date date NOT NULL,
    CONSTRAINT equity_members_holdings_units_check CHECK ((holdings_units >= 0)),
    CONSTRAINT equity_members_quota_fen_check CHECK ((quota_fen >= 0))
)
WITH (fillfactor='70');

CREATE VIEW settle.equity_member_status AS
 WITH last AS (
         SELECT d.settle_date AS as_of,
            f.run_id,
            f.settle_date,
            f.point_decimals,
            f.total_issuance_units,
            f.opening_pool_fen,
            f.opening_supply_units,
            f.opening_reserve_units,
            f.opening_issued_units,
            f.opening_price_fen,
            f.opening_price_units,
            f.pool_fen,
            f.supply_units,
            f.reserve_units,
            f.issued_units,
            f.price_fen,
            f.price_units,
            f.price,
            f.last_price_fen,
            f.last_price_units,
            f.purchases,
            f.purchase_amount_fen,
            f.contribution_fen,
            f.refunds,
            f.refund_pool_fen,
            f.sells,
            f.goods,
            f.to_constant,
            f.from_constant,
            f.exits
           FROM (settle.days d
             JOIN settle.equity_day_figures f ON ((f.run_id = d.run_id)))
          WHERE (d.model = 'equity'::text)
          ORDER BY d.settle_date DESC
         LIMIT 1
        )
 SELECT m.member_id,
    l.as_of,
    (((m.holdings_units)::numeric / ((10)::numeric ^ (l.point_decimals)::numeric)))::numeric(24,6) AS holdings,
    (trunc(((((m.holdings_units)::numeric * (l.price_fen)::numeric) / (l.price_units)::numeric) / (100)::numeric), 2))::numeric(20,2) AS value,
    (((m.quota_fen)::numeric / (100)::numeric))::numeric(20,2) AS quota,
    m.bound,
        CASE
            WHEN (m.bound AND (m.holdings_units > 0)) THEN round((((m.quota_fen)::numeric / (100)::numeric) / ((m.holdings_units)::numeric / ((10)::numeric ^ (l.point_decimals)::numeric))), 4)
            ELSE NULL::numeric
        END AS exit_price
   FROM (settle.equity_members m
     CROSS JOIN last l);

CREATE TABLE settle.equity_order_gives (
    order_id bigint NOT NULL,
    generation smallint NOT NULL,
    member_id bigint NOT NULL,
    units bigint NOT NULL,
    quota_fen bigint NOT NULL,
    paid_on date NOT NULL,
    CONSTRAINT equity_order_gives_generation_check CHECK (((generation >= 0) AND (generation <= 10))),
    CONSTRAINT equity_order_gives_quota_fen_check CHECK ((quota_fen >= 0)),
    CONSTRAINT equity_order_gives_units_check CHECK ((units >= 0))
);

CREATE TABLE settle.equity_requests (
    id bigint NOT NULL,
    member_id bigint NOT NULL,
    kind text NOT NULL,
    points numeric(24,6),
    amount numeric(20,2),
    requested_at timestamp with time zone NOT NULL,
    CONSTRAINT equity_requests_kind_check CHECK ((kind = ANY (ARRAY['sell'::text, 'goods'::text, 'to_constant'::text, 'from_constant'::text]))),
    CONSTRAINT equity_requests_quantity CHECK (
CASE
    WHEN (kind = 'from_constant'::text) THEN ((amount > (0)::numeric) AND (points IS NULL))
    ELSE ((points > (0)::numeric) AND (amount IS NULL))
END)
);

CREATE SEQUENCE settle.ledger_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE settle.ledger_id_seq OWNED BY settle.ledger.id;

CREATE TABLE settle.ledger_before_0014 (
    id bigint DEFAULT nextval('settle.ledger_id_seq'::regclass) NOT NULL,
    member_id bigint NOT NULL,
    currency text NOT NULL,
    amount_fen bigint NOT NULL,
    source text NOT NULL,
    model text,
    settle_date date,
    run_id bigint,
    order_id bigint,
    adjustment_id bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    tx xid8 DEFAULT pg_current_xact_id() NOT NULL,
    CONSTRAINT ledger_adjustments CHECK (((source = 'adjustment'::text) = (adjustment_id IS NOT NULL))),
    CONSTRAINT ledger_amount_fen_check CHECK ((amount_fen <> 0)),
    CONSTRAINT ledger_currency_check CHECK ((currency = ANY (ARRAY['points'::text, 'cash'::text, 'constant'::text]))),
    CONSTRAINT ledger_day_entries CHECK (((source = ANY (ARRAY['settlement'::text, 'correction'::text, 'checkout'::text, 'checkout_refund'::text])) = ((model IS NOT NULL) AND (settle_date IS NOT NULL) AND (run_id IS NOT NULL)))),
    CONSTRAINT ledger_source_check CHECK ((source = ANY (ARRAY['opening'::text, 'settlement'::text, 'correction'::text, 'adjustment'::text, 'checkout'::text, 'checkout_refund'::text])))
);

CREATE TABLE settle.ledger_before_0014_days (
    settle_date date NOT NULL
);

CREATE TABLE settle.ledger_start (
    model text NOT NULL,
    first_day date NOT NULL
);

CREATE TABLE settle.ledger_totals (
    currency text NOT NULL,
    settle_date date NOT NULL,
    through_fen bigint NOT NULL,
    CONSTRAINT ledger_totals_currency_check CHECK ((currency = ANY (ARRAY['points'::text, 'cash'::text, 'constant'::text])))
);

CREATE TABLE settle.lot_anchor_moves (
    order_id bigint NOT NULL,
    as_of date NOT NULL,
    released_fen bigint NOT NULL,
    status smallint NOT NULL
);

COMMENT ON TABLE settle.lot_anchor_moves IS 'a checkpoint night''s anchor moves, staged inside its transaction; empty between transactions';

CREATE TABLE settle.lot_days (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL,
    refunded boolean DEFAULT false NOT NULL
)
PARTITION BY RANGE (settle_date);

COMMENT ON TABLE settle.lot_days IS 'lots accelerated, exhausted or refunded on a settled day (before migration 0013: every active lot); read it through settle.lot_history';

CREATE TABLE settle.lots (
    order_id bigint NOT NULL,
    member_id bigint NOT NULL,
    paid_on date NOT NULL,
    gift_tier smallint NOT NULL,
    cap_fen bigint NOT NULL,
    daily_fen bigint NOT NULL,
    active_from date NOT NULL,
    releases_from date NOT NULL,
    recorded_on date NOT NULL,
    as_of date NOT NULL,
    released_fen bigint NOT NULL,
    status smallint NOT NULL,
    CONSTRAINT lots_cap_fen_check CHECK ((cap_fen >= 0)),
    CONSTRAINT lots_check CHECK (((released_fen >= 0) AND (released_fen <= cap_fen))),
    CONSTRAINT lots_check1 CHECK ((as_of >= recorded_on)),
    CONSTRAINT lots_check2 CHECK ((((status = 1) = (released_fen = cap_fen)) OR (status = 2))),
    CONSTRAINT lots_daily_fen_check CHECK ((daily_fen >= 0)),
    CONSTRAINT lots_gift_tier_check CHECK ((gift_tier >= 0)),
    CONSTRAINT lots_status_check CHECK (((status >= 0) AND (status <= 2)))
)
WITH (fillfactor='70');

COMMENT ON TABLE settle.lots IS 'every lot settle has seen: its terms and its anchor; read it through settle.lot_status';

CREATE VIEW settle.lot_anchors AS
 SELECT l.order_id,
    l.member_id,
    l.paid_on,
    l.gift_tier,
    l.cap_fen,
    l.daily_fen,
    l.active_from,
    l.releases_from,
    l.recorded_on,
    COALESCE(r.settle_date, l.as_of) AS as_of,
    COALESCE(r.released_total_fen, l.released_fen) AS released_fen,
        CASE
            WHEN (r.settle_date IS NULL) THEN l.status
            WHEN r.exhausted THEN (1)::smallint
            WHEN r.refunded THEN (2)::smallint
            ELSE (0)::smallint
        END AS status
   FROM ((settle.lots l
     CROSS JOIN ( SELECT settle.points_anchors_through() AS checkpoint
         OFFSET 0) c)
     LEFT JOIN LATERAL ( SELECT d.settle_date,
            d.released_total_fen,
            d.exhausted,
            d.refunded
           FROM settle.lot_days d
          WHERE ((d.order_id = l.order_id) AND (d.settle_date > GREATEST(l.as_of, c.checkpoint)))
          ORDER BY d.settle_date DESC
         LIMIT 1) r ON (true));

CREATE VIEW settle.lot_history AS
 SELECT history.member_id,
    history.order_id,
    history.settle_date,
    history.static_fen,
    history.share_fen,
    history.team_fen,
    history.peer_fen,
    history.released_total_fen,
    history.exhausted
   FROM ( SELECT l.member_id,
            l.order_id,
            d.day AS settle_date,
            ((r.order_id IS NOT NULL) OR (d.day >= l.releases_from)) AS settled,
            COALESCE(r.static_fen, l.daily_fen) AS static_fen,
            COALESCE(r.share_fen, (0)::bigint) AS share_fen,
            COALESCE(r.team_fen, (0)::bigint) AS team_fen,
            COALESCE(r.peer_fen, (0)::bigint) AS peer_fen,
            COALESCE(r.released_total_fen, (COALESCE(max(r.released_total_fen) OVER w, (0)::bigint) + (l.daily_fen * (d.day - COALESCE(max(r.settle_date) OVER w, (l.releases_from - 1)))))) AS released_total_fen,
            COALESCE(r.exhausted, false) AS exhausted
           FROM ((settle.lot_anchors l
             CROSS JOIN LATERAL ( SELECT (g.g)::date AS day
                   FROM generate_series((l.active_from)::timestamp without time zone, (
                        CASE l.status
                            WHEN 0 THEN settle.points_settled_through()
                            WHEN 1 THEN l.as_of
                            ELSE (l.as_of - 1)
                        END)::timestamp without time zone, '1 day'::interval) g(g)) d)
             LEFT JOIN settle.lot_days r ON (((r.order_id = l.order_id) AND (r.settle_date = d.day) AND (NOT r.refunded))))
          WINDOW w AS (PARTITION BY l.member_id, l.order_id ORDER BY d.day)) history
  WHERE history.settled;

CREATE VIEW settle.lot_status AS
 SELECT current.member_id,
    current.order_id,
    current.paid_on,
    current.gift_tier,
    current.cap_fen,
    current.daily_fen,
    current.active_from,
    current.released_fen,
    (current.cap_fen - current.released_fen) AS remaining_fen,
        CASE current.status
            WHEN 1 THEN 'exhausted'::text
            WHEN 2 THEN 'refunded'::text
            ELSE
            CASE
                WHEN (current.active_from > current.through) THEN 'pending'::text
                ELSE 'active'::text
            END
        END AS status,
    current.through AS as_of
   FROM ( SELECT l.member_id,
            l.order_id,
            l.paid_on,
            l.gift_tier,
            l.cap_fen,
            l.daily_fen,
            l.active_from,
            l.status,
            t.through,
                CASE
                    WHEN (l.status = 0) THEN (l.released_fen + (l.daily_fen * GREATEST(0, ((t.through - GREATEST((l.as_of + 1), l.active_from)) + 1))))
                    ELSE l.released_fen
                END AS released_fen
           FROM (settle.lot_anchors l
             CROSS JOIN ( SELECT settle.points_settled_through() AS through
                 OFFSET 0) t)) current;

CREATE TABLE settle.members (
    id bigint NOT NULL,
    phone text NOT NULL,
    referrer_id bigint,
    joined_at timestamp with time zone NOT NULL,
    CONSTRAINT members_not_own_referrer CHECK (((referrer_id IS NULL) OR (referrer_id <> id))),
    CONSTRAINT members_phone_valid CHECK ((phone ~ '^(1[3-9][0-9]{9}|\+[0-9]{8,15})$'::text))
);

CREATE VIEW settle.model_lines AS
 SELECT l.model,
    l.settle_date,
    l.member_id,
    k.name AS kind,
    (((l.entitled_fen)::numeric / (100)::numeric))::numeric(20,2) AS entitled,
    (((l.paid_fen)::numeric / (100)::numeric))::numeric(20,2) AS paid
   FROM (settle.day_lines l
     JOIN settle.line_kinds k ON (((k.model = l.model) AND (k.kind = l.kind))));

CREATE TABLE settle.points_day_figures (
    run_id bigint NOT NULL,
    lot_count integer,
    lots_created integer,
    lots_exhausted integer,
    lot_rows integer,
    star_members integer[],
    locked_fen bigint,
    lots_outstanding integer,
    revenue_fen bigint,
    cash_revenue_fen bigint,
    points_revenue_fen bigint,
    trailing_revenue_fen bigint
);

COMMENT ON TABLE settle.points_day_figures IS 'the points program''s figures of each run (settle report day)';

CREATE TABLE settle.runs (
    id bigint NOT NULL,
    command text NOT NULL,
    settle_date date NOT NULL,
    plan_effective_from date NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone NOT NULL,
    host text NOT NULL,
    line_count integer NOT NULL,
    members_paid integer NOT NULL,
    entitled_fen bigint[] NOT NULL,
    paid_fen bigint[] NOT NULL,
    input_digest text NOT NULL,
    voided_by_run bigint,
    model text NOT NULL,
    settle_version text,
    CONSTRAINT runs_command_check CHECK ((command = ANY (ARRAY['run'::text, 'rerun'::text])))
);

COMMENT ON COLUMN settle.runs.entitled_fen IS 'entitled per kind, indexed by the model''s kind code + 1';

COMMENT ON COLUMN settle.runs.paid_fen IS 'paid per kind, indexed by the model''s kind code + 1';

CREATE SEQUENCE settle.runs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE settle.runs_id_seq OWNED BY settle.runs.id;

CREATE TABLE settle.schema_migrations (
    version text NOT NULL,
    name text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE settle.schema_repeatables (
    name text NOT NULL,
    checksum text NOT NULL,
    roles text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE VIEW settle.settlement_lines AS
 SELECT day_lines.settle_date,
    day_lines.member_id,
    (ARRAY['static'::text, 'share'::text, 'team'::text, 'peer'::text])[(day_lines.kind + 1)] AS kind,
    (((day_lines.entitled_fen)::numeric / (100)::numeric))::numeric(20,2) AS entitled,
    (((day_lines.paid_fen)::numeric / (100)::numeric))::numeric(20,2) AS paid
   FROM settle.day_lines
  WHERE (day_lines.model = 'points'::text);

CREATE TABLE settle.shop_settings (
    single boolean DEFAULT true NOT NULL,
    checkout_balance text DEFAULT 'settle'::text NOT NULL,
    changed_at timestamp with time zone DEFAULT now() NOT NULL,
    changed_by text DEFAULT CURRENT_USER NOT NULL,
    CONSTRAINT shop_settings_checkout_balance_check CHECK ((checkout_balance = ANY (ARRAY['settle'::text, 'shop'::text]))),
    CONSTRAINT shop_settings_single_check CHECK (single)
);

COMMENT ON TABLE settle.shop_settings IS 'one row: how settle meets the shop (settle shop set)';

CREATE TABLE settle.tree_digest (
    model text NOT NULL,
    max_member_id bigint NOT NULL,
    digest text NOT NULL
);

CREATE TABLE settle.tree_history (
    model text NOT NULL,
    member_id bigint NOT NULL,
    referrer_id bigint,
    until date NOT NULL
);

COMMENT ON TABLE settle.tree_history IS 'earlier referrers of each program''s tree, each until the day its successor took effect';

CREATE TABLE settle.tree_seen (
    model text NOT NULL,
    member_id bigint NOT NULL,
    referrer_id bigint,
    seen_on date NOT NULL
);

CREATE TABLE settle.wallet_adjustments (
    id bigint NOT NULL,
    member_id bigint NOT NULL,
    amount_fen bigint NOT NULL,
    reason text NOT NULL,
    operator text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    db_user text DEFAULT SESSION_USER NOT NULL,
    client text DEFAULT COALESCE(host(inet_client_addr()), 'local socket'::text) NOT NULL,
    balance_after_fen bigint,
    currency text DEFAULT 'points'::text NOT NULL,
    idempotency_key text,
    CONSTRAINT wallet_adjustments_amount_fen_check CHECK ((amount_fen <> 0)),
    CONSTRAINT wallet_adjustments_currency_check CHECK ((currency = ANY (ARRAY['points'::text, 'cash'::text, 'constant'::text]))),
    CONSTRAINT wallet_adjustments_key_length CHECK (((length(idempotency_key) >= 1) AND (length(idempotency_key) <= 200))),
    CONSTRAINT wallet_adjustments_reason_check CHECK ((length(reason) > 0))
);

CREATE SEQUENCE settle.wallet_adjustments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE settle.wallet_adjustments_id_seq OWNED BY settle.wallet_adjustments.id;

CREATE VIEW settle.wallet_entries AS
SELECT
    NULL::bigint AS member_id,
    NULL::timestamp with time zone AS at,
    NULL::text AS source,
    NULL::bigint AS amount_fen,
    NULL::text AS reason,
    NULL::text AS operator;

CREATE VIEW settle.wallet_balances AS
 SELECT wallet_entries.member_id,
    (sum(wallet_entries.amount_fen))::bigint AS balance_fen
   FROM settle.wallet_entries
  GROUP BY wallet_entries.member_id;

ALTER TABLE ONLY settle.ledger ATTACH PARTITION settle.ledger_before_0014 FOR VALUES IN (NULL, …);

ALTER TABLE ONLY settle.ledger ALTER COLUMN id SET DEFAULT nextval('settle.ledger_id_seq'::regclass);

ALTER TABLE ONLY settle.runs ALTER COLUMN id SET DEFAULT nextval('settle.runs_id_seq'::regclass);

ALTER TABLE ONLY settle.wallet_adjustments ALTER COLUMN id SET DEFAULT nextval('settle.wallet_adjustments_id_seq'::regclass);

ALTER TABLE ONLY settle.credited_days
    ADD CONSTRAINT credited_days_block_key UNIQUE (block);

ALTER TABLE ONLY settle.credited_days
    ADD CONSTRAINT credited_days_pkey PRIMARY KEY (model, settle_date);

ALTER TABLE ONLY settle.cycle_day_figures
    ADD CONSTRAINT cycle_day_figures_pkey PRIMARY KEY (run_id);

ALTER TABLE ONLY settle.cycle_day_levels
    ADD CONSTRAINT cycle_day_levels_pkey PRIMARY KEY (run_id, level);

ALTER TABLE ONLY settle.cycle_order_terms
    ADD CONSTRAINT cycle_order_terms_pkey PRIMARY KEY (paid_on, order_id, generation);

ALTER TABLE ONLY settle.cycle_paid_checkpoint_chunks
    ADD CONSTRAINT cycle_paid_checkpoint_chunks_pkey PRIMARY KEY (as_of, chunk);

ALTER TABLE ONLY settle.day_lines
    ADD CONSTRAINT day_lines_pkey PRIMARY KEY (member_id, model, kind, settle_date);

ALTER TABLE ONLY settle.days
    ADD CONSTRAINT days_pkey PRIMARY KEY (model, settle_date);

ALTER TABLE ONLY settle.equity_day_figures
    ADD CONSTRAINT equity_day_figures_pkey PRIMARY KEY (run_id);

ALTER TABLE ONLY settle.equity_member_day_chunks
    ADD CONSTRAINT equity_member_day_chunks_pkey PRIMARY KEY (settle_date, chunk);

ALTER TABLE ONLY settle.equity_members
    ADD CONSTRAINT equity_members_pkey PRIMARY KEY (member_id);

ALTER TABLE settle.equity_members CLUSTER ON equity_members_pkey;

ALTER TABLE ONLY settle.equity_order_gives
    ADD CONSTRAINT equity_order_gives_pkey PRIMARY KEY (paid_on, order_id, generation);

ALTER TABLE ONLY settle.equity_requests
    ADD CONSTRAINT equity_requests_pkey PRIMARY KEY (id);

ALTER TABLE ONLY settle.ledger_before_0014_days
    ADD CONSTRAINT ledger_before_0014_days_pkey PRIMARY KEY (settle_date);

ALTER TABLE ONLY settle.ledger_before_0014
    ADD CONSTRAINT ledger_before_0014_pkey PRIMARY KEY (id);

ALTER TABLE ONLY settle.ledger_start
    ADD CONSTRAINT ledger_start_pkey PRIMARY KEY (model);

ALTER TABLE ONLY settle.ledger_totals
    ADD CONSTRAINT ledger_totals_pkey PRIMARY KEY (currency, settle_date);

ALTER TABLE ONLY settle.line_kinds
    ADD CONSTRAINT line_kinds_model_name_key UNIQUE (model, name);

ALTER TABLE ONLY settle.line_kinds
    ADD CONSTRAINT line_kinds_pkey PRIMARY KEY (model, kind);

ALTER TABLE ONLY settle.lot_anchor_moves
    ADD CONSTRAINT lot_anchor_moves_pkey PRIMARY KEY (order_id);

ALTER TABLE ONLY settle.lot_days
    ADD CONSTRAINT lot_days_pkey PRIMARY KEY (order_id, settle_date);

ALTER TABLE ONLY settle.lots
    ADD CONSTRAINT lots_pkey PRIMARY KEY (order_id);

ALTER TABLE ONLY settle.members
    ADD CONSTRAINT members_phone_key UNIQUE (phone);

ALTER TABLE ONLY settle.members
    ADD CONSTRAINT members_pkey PRIMARY KEY (id);

ALTER TABLE ONLY settle.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

ALTER TABLE ONLY settle.plan_versions
    ADD CONSTRAINT plan_versions_pkey PRIMARY KEY (model, effective_from);

ALTER TABLE ONLY settle.points_day_figures
    ADD CONSTRAINT points_day_figures_pkey PRIMARY KEY (run_id);

ALTER TABLE ONLY settle.runs
    ADD CONSTRAINT runs_pkey PRIMARY KEY (id);

ALTER TABLE ONLY settle.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);

ALTER TABLE ONLY settle.schema_repeatables
    ADD CONSTRAINT schema_repeatables_pkey PRIMARY KEY (name);

ALTER TABLE ONLY settle.shop_settings
    ADD CONSTRAINT shop_settings_pkey PRIMARY KEY (single);

ALTER TABLE ONLY settle.tree_digest
    ADD CONSTRAINT tree_digest_pkey PRIMARY KEY (model);

ALTER TABLE ONLY settle.tree_history
    ADD CONSTRAINT tree_history_pkey PRIMARY KEY (model, member_id, until);

ALTER TABLE ONLY settle.tree_seen
    ADD CONSTRAINT tree_seen_pkey PRIMARY KEY (model, member_id);

ALTER TABLE ONLY settle.wallet_adjustments
    ADD CONSTRAINT wallet_adjustments_pkey PRIMARY KEY (id);

CREATE INDEX credited_days_tx_idx ON settle.credited_days USING btree (tx, block);

CREATE INDEX cycle_order_terms_member_idx ON settle.cycle_order_terms USING btree (member_id);

CREATE INDEX equity_requests_at_idx ON settle.equity_requests USING btree (requested_at);

CREATE INDEX ledger_before_0014_day_idx ON settle.ledger_before_0014 USING brin (settle_date);

CREATE INDEX ledger_member_idx ON ONLY settle.ledger USING btree (member_id, currency, id);

CREATE INDEX ledger_before_0014_member_idx ON settle.ledger_before_0014 USING btree (member_id, currency, id);

CREATE INDEX ledger_feed_idx ON ONLY settle.ledger USING btree (tx, id);

CREATE INDEX ledger_before_0014_tx_id_idx ON settle.ledger_before_0014 USING btree (tx, id);

CREATE INDEX ledger_undated_idx ON settle.ledger_before_0014 USING btree (currency, created_at) WHERE (settle_date IS NULL);

CREATE INDEX lot_days_exhausted_idx ON ONLY settle.lot_days USING btree (settle_date) WHERE exhausted;

CREATE INDEX lots_member_idx ON settle.lots USING btree (member_id);

CREATE INDEX members_referrer_idx ON settle.members USING btree (referrer_id);

CREATE INDEX orders_member_idx ON settle.orders USING btree (member_id);

CREATE INDEX orders_paid_at_idx ON settle.orders USING btree (paid_at);

CREATE INDEX runs_model_date_idx ON settle.runs USING btree (model, settle_date);

CREATE INDEX tree_history_until_idx ON settle.tree_history USING btree (model, until);

CREATE INDEX wallet_adjustments_created_idx ON settle.wallet_adjustments USING btree (created_at);

CREATE UNIQUE INDEX wallet_adjustments_idempotency_key_idx ON settle.wallet_adjustments USING btree (idempotency_key) WHERE (idempotency_key IS NOT NULL);

CREATE INDEX wallet_adjustments_member_idx ON settle.wallet_adjustments USING btree (member_id);

ALTER INDEX settle.ledger_member_idx ATTACH PARTITION settle.ledger_before_0014_member_idx;

ALTER INDEX settle.ledger_feed_idx ATTACH PARTITION settle.ledger_before_0014_tx_id_idx;

CREATE OR REPLACE VIEW settle.ledger_credits AS
 SELECT (('4611686018427387904'::bigint + (c.block * '1099511627776'::bigint)) + x.member_id) AS id,
    x.member_id,
    c.currency,
    (sum(x.amount_fen))::bigint AS amount_fen,
    'settlement'::text AS source,
    c.model,
    c.settle_date,
    c.run_id,
    NULL::bigint AS order_id,
    NULL::bigint AS adjustment_id,
    c.created_at,
    c.tx
   FROM (settle.credited_days c
     CROSS JOIN LATERAL ( SELECT l.member_id,
            l.paid_fen AS amount_fen
           FROM settle.day_lines l
          WHERE ((l.model = c.model) AND (l.settle_date = c.settle_date) AND (l.paid_fen <> 0) AND (l.kind = ANY (c.kinds)) AND (l.settle_date >= ( SELECT min(f.settle_date) AS min
                   FROM settle.credited_days f)))
        UNION ALL
         SELECT e.member_id,
            (- e.amount_fen)
           FROM settle.ledger e
          WHERE ((e.model = c.model) AND (e.settle_date = c.settle_date) AND (e.currency = c.currency) AND (e.source = 'correction'::text))) x)
  GROUP BY c.model, c.settle_date, x.member_id
 HAVING (sum(x.amount_fen) <> (0)::numeric);

CREATE OR REPLACE VIEW settle.ledger_feed AS
 SELECT entries.id,
    entries.member_id,
    entries.currency,
    (((entries.amount_fen)::numeric / (100)::numeric))::numeric(20,2) AS amount,
    entries.source,
    entries.model,
    entries.settle_date,
    entries.run_id,
    entries.order_id,
    entries.adjustment_id,
    entries.created_at,
    entries.tx,
    (((entries.tx)::text || ':'::text) || entries.id) AS cursor
   FROM settle.entries
  WHERE (entries.tx < pg_snapshot_xmin(pg_current_snapshot()));

CREATE OR REPLACE VIEW settle.wallet_entries AS
 SELECT l.member_id,
    COALESCE((l.settle_date)::timestamp with time zone, l.created_at) AS at,
    l.source,
    l.amount_fen,
    COALESCE(a.reason,
        CASE l.source
            WHEN 'settlement'::text THEN ('settled '::text || l.settle_date)
            WHEN 'opening'::text THEN 'opening balance'::text
            WHEN 'correction'::text THEN ('rerun of '::text || l.settle_date)
            WHEN 'checkout'::text THEN ('checkout, order '::text || l.order_id)
            ELSE ('refund, order '::text || l.order_id)
        END) AS reason,
    COALESCE(a.operator, 'settle'::text) AS operator
   FROM (settle.entries l
     LEFT JOIN settle.wallet_adjustments a ON ((a.id = l.adjustment_id)))
  WHERE (l.currency = 'points'::text);

CREATE TRIGGER credited_days_no_truncate BEFORE TRUNCATE ON settle.credited_days FOR EACH STATEMENT EXECUTE FUNCTION settle.credited_day_written();

CREATE TRIGGER credited_days_written BEFORE INSERT OR DELETE OR UPDATE ON settle.credited_days FOR EACH ROW EXECUTE FUNCTION settle.credited_day_written();

CREATE TRIGGER ledger_append_only BEFORE DELETE OR UPDATE ON settle.ledger FOR EACH ROW EXECUTE FUNCTION settle.refuse_ledger_change();

CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON settle.ledger FOR EACH STATEMENT EXECUTE FUNCTION settle.refuse_ledger_change();

CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON settle.ledger_before_0014 FOR EACH STATEMENT EXECUTE FUNCTION settle.refuse_ledger_change();

CREATE TRIGGER ledger_runs_exist AFTER INSERT ON settle.ledger REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION settle.ledger_runs_exist();

CREATE TRIGGER members_referrer_fixed BEFORE UPDATE OF referrer_id ON settle.members FOR EACH ROW EXECUTE FUNCTION settle.refuse_referrer_change();

CREATE TRIGGER wallet_adjustments_append_only BEFORE DELETE OR UPDATE ON settle.wallet_adjustments FOR EACH ROW EXECUTE FUNCTION settle.refuse_adjustment_change();

ALTER TABLE ONLY settle.credited_days
    ADD CONSTRAINT credited_days_run_id_fkey FOREIGN KEY (run_id) REFERENCES settle.runs(id);

ALTER TABLE ONLY settle.cycle_day_figures
    ADD CONSTRAINT cycle_day_figures_run_id_fkey FOREIGN KEY (run_id) REFERENCES settle.runs(id);

ALTER TABLE ONLY settle.cycle_day_levels
    ADD CONSTRAINT cycle_day_levels_run_id_fkey FOREIGN KEY (run_id) REFERENCES settle.runs(id);

ALTER TABLE ONLY settle.days
    ADD CONSTRAINT days_run_id_fkey FOREIGN KEY (run_id) REFERENCES settle.runs(id);

ALTER TABLE ONLY settle.equity_day_figures
    ADD CONSTRAINT equity_day_figures_run_id_fkey FOREIGN KEY (run_id) REFERENCES settle.runs(id);

ALTER TABLE ONLY settle.equity_requests
    ADD CONSTRAINT equity_requests_member_id_fkey FOREIGN KEY (member_id) REFERENCES settle.members(id);

ALTER TABLE settle.ledger
    ADD CONSTRAINT ledger_adjustment_id_fkey FOREIGN KEY (adjustment_id) REFERENCES settle.wallet_adjustments(id);

ALTER TABLE ONLY settle.members
    ADD CONSTRAINT members_referrer_id_fkey FOREIGN KEY (referrer_id) REFERENCES settle.members(id);

ALTER TABLE ONLY settle.orders
    ADD CONSTRAINT orders_member_id_fkey FOREIGN KEY (member_id) REFERENCES settle.members(id);

ALTER TABLE ONLY settle.points_day_figures
    ADD CONSTRAINT points_day_figures_run_id_fkey FOREIGN KEY (run_id) REFERENCES settle.runs(id);

ALTER TABLE ONLY settle.runs
    ADD CONSTRAINT runs_voided_by_run_fkey FOREIGN KEY (voided_by_run) REFERENCES settle.runs(id);

ALTER TABLE ONLY settle.wallet_adjustments
    ADD CONSTRAINT wallet_adjustments_member_id_fkey FOREIGN KEY (member_id) REFERENCES settle.members(id);

