-- settle 0005: the cycle-purchase program (循环购, SPEC-cycle). Its lines live in settle.day_lines
-- (model 'cycle'); this adds what the program keeps of its own, each row written for what
-- happened on a day: the terms its orders were given on their paid day, every member's paid
-- total, and each settled day's pools and levels. And its contract views.

INSERT INTO settle.line_kinds VALUES ('cycle', 0, 'weighted'), ('cycle', 1, 'level') ON CONFLICT DO NOTHING;

-- The weight and quota each program order gives its buyer (generation 0) and its ancestors,
-- fixed by the plan version of its paid day; written when that day is settled.
CREATE TABLE settle.cycle_order_terms (
    order_id     bigint NOT NULL,
    generation   smallint NOT NULL CHECK (generation BETWEEN 0 AND 10),
    member_id    bigint NOT NULL,
    weight_units bigint NOT NULL CHECK (weight_units >= 0),
    quota_fen    bigint NOT NULL CHECK (quota_fen >= 0),
    paid_on      date NOT NULL,
    active_from  date NOT NULL,
    PRIMARY KEY (order_id, generation)
);
CREATE INDEX cycle_order_terms_member_idx ON settle.cycle_order_terms (member_id);
CREATE INDEX cycle_order_terms_paid_on_idx ON settle.cycle_order_terms (paid_on);

-- Everything paid to a member through the last settled day (quota used).
CREATE TABLE settle.cycle_members (
    member_id      bigint PRIMARY KEY,
    paid_total_fen bigint NOT NULL CHECK (paid_total_fen >= 0)
);

-- Each settled day's pools, as its run computed them (a rerun's new run has its own row).
CREATE TABLE settle.cycle_day_figures (
    run_id                bigint PRIMARY KEY REFERENCES settle.runs (id),
    settle_date           date NOT NULL,
    revenue_fen           bigint NOT NULL,
    weighted_pool_fen     bigint NOT NULL,
    eligible_weight_units bigint NOT NULL,
    weighted_paid_fen     bigint NOT NULL CHECK (weighted_paid_fen <= weighted_pool_fen),
    level_pool_fen        bigint NOT NULL,
    level_paid_fen        bigint NOT NULL CHECK (level_paid_fen <= level_pool_fen),
    eligible_members      integer NOT NULL,
    members_paid          integer NOT NULL,
    quota_ran_out         integer NOT NULL,
    quota_outstanding_fen bigint NOT NULL,
    weight_decimals       smallint NOT NULL
);

CREATE TABLE settle.cycle_day_levels (
    run_id           bigint NOT NULL REFERENCES settle.runs (id),
    level            smallint NOT NULL,
    name             text NOT NULL,
    min_weight_units bigint NOT NULL,
    members          integer NOT NULL,
    pool_fen         bigint NOT NULL,
    per_head_fen     bigint NOT NULL,
    paid_fen         bigint NOT NULL CHECK (paid_fen <= pool_fen),
    PRIMARY KEY (run_id, level)
);

-- Contract (SPEC-cycle §4): one row per settled day, member and kind with entitled > 0.
CREATE VIEW settle.cycle_lines AS
SELECT settle_date, member_id, CASE kind WHEN 0 THEN 'weighted' ELSE 'level' END AS kind,
       (entitled_fen::numeric / 100)::numeric(20,2) AS entitled,
       (paid_fen::numeric / 100)::numeric(20,2) AS paid
FROM settle.day_lines
WHERE model = 'cycle';

-- Contract (SPEC-cycle §4): one row per settled day.
CREATE VIEW settle.cycle_days AS
SELECT d.settle_date,
       (f.revenue_fen::numeric / 100)::numeric(20,2) AS revenue,
       (f.weighted_pool_fen::numeric / 100)::numeric(20,2) AS weighted_pool,
       (f.weighted_paid_fen::numeric / 100)::numeric(20,2) AS weighted_paid,
       (f.level_pool_fen::numeric / 100)::numeric(20,2) AS level_pool,
       (f.level_paid_fen::numeric / 100)::numeric(20,2) AS level_paid,
       ((f.weighted_pool_fen - f.weighted_paid_fen + f.level_pool_fen - f.level_paid_fen)::numeric / 100)::numeric(20,2) AS returned
FROM settle.days d JOIN settle.cycle_day_figures f ON f.run_id = d.run_id
WHERE d.model = 'cycle';

-- For the shop's member app: each member's weight, level and quota as of the last settled day
-- (orders as they are now: a refund made after that day shows once its day is settled).
CREATE VIEW settle.cycle_member_status AS
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
       (m.weight_units::numeric / 10 ^ f.weight_decimals)::numeric(24,6) AS weight,
       (SELECT l.name FROM settle.cycle_day_levels l
        WHERE l.run_id = p.run_id AND l.min_weight_units <= m.weight_units ORDER BY l.level DESC LIMIT 1) AS level,
       (m.granted_fen::numeric / 100)::numeric(20,2) AS quota_granted,
       (m.paid_fen::numeric / 100)::numeric(20,2) AS quota_paid,
       ((m.granted_fen - m.paid_fen)::numeric / 100)::numeric(20,2) AS quota_left
FROM members m CROSS JOIN program p JOIN settle.cycle_day_figures f ON f.run_id = p.run_id;

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        GRANT SELECT, INSERT, DELETE ON settle.cycle_order_terms TO settle_job;
        GRANT SELECT, INSERT, UPDATE ON settle.cycle_members TO settle_job;
        GRANT SELECT, INSERT ON settle.cycle_day_figures, settle.cycle_day_levels TO settle_job;
        GRANT SELECT ON settle.cycle_lines, settle.cycle_days, settle.cycle_member_status TO settle_job;
    END IF;
END
$$;
