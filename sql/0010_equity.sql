-- settle 0010: the equity-points program (SPEC-equity). Its input table, its own rows, its
-- contract views; and the shared lines learn a model whose two amounts are signed.

-- Input (SPEC-equity §4): members' requests, filled at night at the price of their instant.
CREATE TABLE settle.equity_requests (
    id           bigint PRIMARY KEY,
    member_id    bigint NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('sell', 'goods', 'to_constant', 'from_constant')),
    points       numeric(24,6) NULL,
    amount       numeric(20,2) NULL,
    requested_at timestamptz NOT NULL,
    CONSTRAINT equity_requests_quantity CHECK (CASE WHEN kind = 'from_constant' THEN amount > 0 AND points IS NULL
                                                   ELSE points > 0 AND amount IS NULL END)
);
CREATE INDEX equity_requests_at_idx ON settle.equity_requests (requested_at);
-- The foreign key to members, unless members are the shop's own view (settle migrate --inputs external).
DO $$
BEGIN
    IF (SELECT relkind FROM pg_class WHERE oid = 'settle.members'::regclass) = 'r' THEN
        ALTER TABLE settle.equity_requests ADD CONSTRAINT equity_requests_member_id_fkey
            FOREIGN KEY (member_id) REFERENCES settle.members (id);
    END IF;
END
$$;

-- Settled days remember a digest of their requests (late input, SPEC §3.8).
ALTER TABLE settle.days ADD COLUMN request_digest text NULL;

-- day_lines: an equity line keeps points (units, signed) in entitled_fen and yuan (fen, signed)
-- in paid_fen; the other programs keep 0 < paid <= entitled as before.
ALTER TABLE settle.day_lines DROP CONSTRAINT IF EXISTS day_lines_entitled_fen_check;
ALTER TABLE settle.day_lines DROP CONSTRAINT IF EXISTS day_lines_paid_fen_check;
ALTER TABLE settle.day_lines DROP CONSTRAINT IF EXISTS day_lines_check;
-- A partition attached from a plain table (0009) or restored from a dump keeps its own copies.
DO $$
DECLARE
    part regclass;
BEGIN
    FOR part IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'settle.day_lines'::regclass LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT IF EXISTS day_lines_entitled_fen_check', part);
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT IF EXISTS day_lines_paid_fen_check', part);
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT IF EXISTS day_lines_check', part);
    END LOOP;
END
$$;
ALTER TABLE settle.day_lines ADD CONSTRAINT day_lines_amounts CHECK (
    CASE WHEN model = 'equity' THEN entitled_fen <> 0 OR paid_fen <> 0
         ELSE entitled_fen > 0 AND paid_fen >= 0 AND paid_fen <= entitled_fen END);

-- Each member's holdings, quota and bound flag as of the last settled day (only members the
-- program ever touched).
CREATE TABLE settle.equity_members (
    member_id      bigint PRIMARY KEY,
    holdings_units bigint NOT NULL CHECK (holdings_units >= 0),
    quota_fen      bigint NOT NULL CHECK (quota_fen >= 0),
    bound          boolean NOT NULL,
    settle_date    date NOT NULL
);

-- The members a settled day changed, before and after: the holdings' history, and what a rerun
-- restores (rows grow with what happened, not with the members).
CREATE TABLE settle.equity_member_days (
    settle_date           date NOT NULL,
    member_id             bigint NOT NULL,
    holdings_before_units bigint NOT NULL,
    quota_before_fen      bigint NOT NULL,
    bound_before          boolean NOT NULL,
    holdings_units        bigint NOT NULL CHECK (holdings_units >= 0),
    quota_fen             bigint NOT NULL CHECK (quota_fen >= 0),
    bound                 boolean NOT NULL,
    PRIMARY KEY (settle_date, member_id)
);
CREATE INDEX equity_member_days_member_idx ON settle.equity_member_days (member_id, settle_date);

-- What each program order gave (generation 0: the buyer, always written with the order's quota),
-- for its refund on a later day.
CREATE TABLE settle.equity_order_gives (
    order_id   bigint NOT NULL,
    generation smallint NOT NULL CHECK (generation BETWEEN 0 AND 10),
    member_id  bigint NOT NULL,
    units      bigint NOT NULL CHECK (units >= 0),
    quota_fen  bigint NOT NULL CHECK (quota_fen >= 0),
    paid_on    date NOT NULL,
    PRIMARY KEY (order_id, generation)
);
CREATE INDEX equity_order_gives_paid_idx ON settle.equity_order_gives (paid_on);

-- The event ledger: one row per line of each event, in replay order, with the price it was filled at.
CREATE TABLE settle.equity_events (
    settle_date  date NOT NULL,
    sequence     integer NOT NULL,
    event        text NOT NULL CHECK (event IN ('purchase', 'refund', 'sell', 'goods', 'to_constant', 'from_constant', 'exit')),
    event_id     bigint NOT NULL,
    member_id    bigint NOT NULL,
    kind         smallint NOT NULL,
    points_units bigint NOT NULL,
    yuan_fen     bigint NOT NULL,
    price_fen    bigint NOT NULL CHECK (price_fen >= 0),
    price_units  bigint NOT NULL CHECK (price_units > 0),
    PRIMARY KEY (settle_date, sequence)
);
CREATE INDEX equity_events_member_idx ON settle.equity_events (member_id, settle_date);

-- Each settled day's book, opening and closing, and its counts (keyed by run: old runs keep theirs).
CREATE TABLE settle.equity_day_figures (
    run_id               bigint PRIMARY KEY REFERENCES settle.runs (id),
    settle_date          date NOT NULL,
    point_decimals       smallint NOT NULL CHECK (point_decimals BETWEEN 0 AND 6),
    total_issuance_units bigint NOT NULL,
    opening_pool_fen     bigint NOT NULL,
    opening_supply_units bigint NOT NULL,
    opening_reserve_units bigint NOT NULL,
    opening_issued_units bigint NOT NULL,
    opening_price_fen    bigint NOT NULL,
    opening_price_units  bigint NOT NULL,
    pool_fen             bigint NOT NULL CHECK (pool_fen >= 0),
    supply_units         bigint NOT NULL CHECK (supply_units >= 0),
    reserve_units        bigint NOT NULL CHECK (reserve_units >= 0),
    issued_units         bigint NOT NULL CHECK (issued_units >= 0),
    price_fen            bigint NOT NULL,
    price_units          bigint NOT NULL CHECK (price_units > 0),
    -- The display of the closing price (yuan per point, 4 decimals, half-up), computed exactly by settle.
    price                numeric(20,4) NOT NULL,
    last_price_fen       bigint NULL,
    last_price_units     bigint NULL,
    purchases            integer NOT NULL,
    purchase_amount_fen  bigint NOT NULL,
    contribution_fen     bigint NOT NULL,
    refunds              integer NOT NULL,
    refund_pool_fen      bigint NOT NULL,
    sells                integer NOT NULL,
    goods                integer NOT NULL,
    to_constant          integer NOT NULL,
    from_constant        integer NOT NULL,
    exits                integer NOT NULL,
    CONSTRAINT equity_price_never_falls CHECK (price_fen::numeric * opening_price_units >= opening_price_fen::numeric * price_units)
);

-- The equity kinds' names (the model's codes), so that its views name them however its plan was stored.
INSERT INTO settle.line_kinds (model, kind, name) VALUES
    ('equity', 0, 'buy'), ('equity', 1, 'referral'), ('equity', 2, 'capped'), ('equity', 3, 'refund'),
    ('equity', 4, 'refund_shortfall'), ('equity', 5, 'sell'), ('equity', 6, 'goods'), ('equity', 7, 'exit'),
    ('equity', 8, 'fee'), ('equity', 9, 'to_constant'), ('equity', 10, 'from_constant'), ('equity', 11, 'unfilled')
ON CONFLICT DO NOTHING;

-- Contract (SPEC-equity §4): one row per settled day, member and kind with a line.
CREATE VIEW settle.equity_lines AS
SELECT l.settle_date, l.member_id, k.name AS kind,
       (l.entitled_fen::numeric / 10::numeric ^ f.point_decimals)::numeric(24,6) AS points,
       (l.paid_fen::numeric / 100)::numeric(20,2) AS yuan
FROM settle.day_lines l
JOIN settle.days d ON d.model = 'equity' AND d.settle_date = l.settle_date
JOIN settle.equity_day_figures f ON f.run_id = d.run_id
JOIN settle.line_kinds k ON k.model = 'equity' AND k.kind = l.kind
WHERE l.model = 'equity';

-- Contract (SPEC-equity §4): one row per settled day, the book at its end.
CREATE VIEW settle.equity_days AS
SELECT d.settle_date,
       (f.pool_fen::numeric / 100)::numeric(20,2) AS pool,
       (f.supply_units::numeric / 10::numeric ^ f.point_decimals)::numeric(24,6) AS supply,
       (f.reserve_units::numeric / 10::numeric ^ f.point_decimals)::numeric(24,6) AS reserve,
       (f.issued_units::numeric / 10::numeric ^ f.point_decimals)::numeric(24,6) AS issued,
       f.price
FROM settle.days d JOIN settle.equity_day_figures f ON f.run_id = d.run_id
WHERE d.model = 'equity';

-- For the shop's member app: holdings, their value at the closing price, quota left and the
-- price at which the member would be forced out, as of the last settled day.
CREATE VIEW settle.equity_member_status AS
WITH last AS (
    SELECT d.settle_date AS as_of, f.*
    FROM settle.days d JOIN settle.equity_day_figures f ON f.run_id = d.run_id
    WHERE d.model = 'equity' ORDER BY d.settle_date DESC LIMIT 1)
SELECT m.member_id, l.as_of,
       (m.holdings_units::numeric / 10::numeric ^ l.point_decimals)::numeric(24,6) AS holdings,
       trunc(m.holdings_units::numeric * l.price_fen / l.price_units / 100, 2)::numeric(20,2) AS value,
       (m.quota_fen::numeric / 100)::numeric(20,2) AS quota,
       m.bound,
       CASE WHEN m.bound AND m.holdings_units > 0
            THEN round(m.quota_fen::numeric / 100 / (m.holdings_units::numeric / 10::numeric ^ l.point_decimals), 4) END AS exit_price
FROM settle.equity_members m CROSS JOIN last l;

-- The event ledger in SQL: each fill of a settled day, in replay order, at the price of its instant.
CREATE VIEW settle.equity_fills AS
SELECT e.settle_date, e.sequence, e.event, e.event_id, e.member_id, k.name AS kind,
       (e.points_units::numeric / 10::numeric ^ f.point_decimals)::numeric(24,6) AS points,
       (e.yuan_fen::numeric / 100)::numeric(20,2) AS yuan,
       round(e.price_fen::numeric * 10::numeric ^ f.point_decimals / e.price_units / 100, 4) AS price
FROM settle.equity_events e
JOIN settle.days d ON d.model = 'equity' AND d.settle_date = e.settle_date
JOIN settle.equity_day_figures f ON f.run_id = d.run_id
JOIN settle.line_kinds k ON k.model = 'equity' AND k.kind = e.kind;

-- 0005's cycle_member_status divided by 10 ^ weight_decimals in double precision: exactly now.
CREATE OR REPLACE VIEW settle.cycle_member_status AS
WITH program AS (
    SELECT (SELECT max(settle_date) FROM settle.days WHERE model = 'cycle') AS as_of,
           (SELECT run_id FROM settle.days WHERE model = 'cycle' ORDER BY settle_date DESC LIMIT 1) AS run_id,
           (SELECT document::json ->> 'timezone' FROM settle.plan_versions WHERE model = 'cycle'
            ORDER BY effective_from LIMIT 1) AS timezone),
grants AS (
    SELECT t.member_id, sum(t.weight_units)::bigint AS weight_units, sum(t.quota_fen)::bigint AS quota_fen
    FROM settle.cycle_order_terms t JOIN settle.orders o ON o.id = t.order_id CROSS JOIN program p
    WHERE t.active_from <= p.as_of AND (o.refunded_at IS NULL OR (o.refunded_at AT TIME ZONE p.timezone)::date > p.as_of)
    GROUP BY t.member_id),
members AS (
    SELECT coalesce(g.member_id, c.member_id) AS member_id, coalesce(g.weight_units, 0) AS weight_units,
           coalesce(g.quota_fen, 0) AS granted_fen, coalesce(c.paid_total_fen, 0) AS paid_fen
    FROM grants g FULL JOIN settle.cycle_members c ON c.member_id = g.member_id)
SELECT m.member_id, p.as_of,
       (m.weight_units::numeric / 10::numeric ^ f.weight_decimals)::numeric(24,6) AS weight,
       (SELECT l.name FROM settle.cycle_day_levels l
        WHERE l.run_id = p.run_id AND l.min_weight_units <= m.weight_units ORDER BY l.level DESC LIMIT 1) AS level,
       (m.granted_fen::numeric / 100)::numeric(20,2) AS quota_granted,
       (m.paid_fen::numeric / 100)::numeric(20,2) AS quota_paid,
       ((m.granted_fen - m.paid_fen)::numeric / 100)::numeric(20,2) AS quota_left
FROM members m CROSS JOIN program p JOIN settle.cycle_day_figures f ON f.run_id = p.run_id;

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        GRANT SELECT ON settle.equity_requests TO settle_job;
        GRANT SELECT, INSERT, UPDATE ON settle.equity_members TO settle_job;
        GRANT SELECT, INSERT, DELETE ON settle.equity_member_days, settle.equity_order_gives, settle.equity_events TO settle_job;
        GRANT SELECT, INSERT ON settle.equity_day_figures TO settle_job;
        GRANT SELECT ON settle.equity_lines, settle.equity_days, settle.equity_member_status, settle.equity_fills TO settle_job;
    END IF;
END
$$;
