import SettleStore

extension CycleStateStore {
    /// The cycle program's views and functions as they are now, re-applied by
    /// `settle migrate` when they change. Its tables (settle.cycle_order_terms, settle.cycle_paid_checkpoint_chunks, settle.cycle_day_figures, settle.cycle_day_levels) are made and changed by
    /// numbered migrations in sql/; their current shape is in sql/schema.snapshot.sql.
    public static let schema = #"""
-- Contract (SPEC-cycle §4): one row per settled day, member and kind with entitled > 0.
CREATE OR REPLACE VIEW settle.cycle_lines AS
SELECT settle_date, member_id, CASE kind WHEN 0 THEN 'weighted' ELSE 'level' END AS kind,
       (entitled_fen::numeric / 100)::numeric(20,2) AS entitled,
       (paid_fen::numeric / 100)::numeric(20,2) AS paid
FROM settle.day_lines
WHERE model = 'cycle';

-- Contract (SPEC-cycle §4): one row per settled day.
CREATE OR REPLACE VIEW settle.cycle_days AS
SELECT d.settle_date,
       (f.revenue_fen::numeric / 100)::numeric(20,2) AS revenue,
       (f.weighted_pool_fen::numeric / 100)::numeric(20,2) AS weighted_pool,
       (f.weighted_paid_fen::numeric / 100)::numeric(20,2) AS weighted_paid,
       (f.level_pool_fen::numeric / 100)::numeric(20,2) AS level_pool,
       (f.level_paid_fen::numeric / 100)::numeric(20,2) AS level_paid,
       ((f.weighted_pool_fen - f.weighted_paid_fen + f.level_pool_fen - f.level_paid_fen)::numeric / 100)::numeric(20,2) AS returned
FROM settle.days d JOIN settle.cycle_day_figures f ON f.run_id = d.run_id
WHERE d.model = 'cycle';

-- Each paid member's total at the end of a checkpoint day, a row each (0025 stores them 8,192
-- members a row, as arrays).
CREATE OR REPLACE VIEW settle.cycle_paid_checkpoints AS
SELECT c.as_of, p.member_id, p.paid_total_fen
FROM settle.cycle_paid_checkpoint_chunks c
CROSS JOIN LATERAL unnest(c.member_ids, c.paid_total_fen) AS p(member_id, paid_total_fen);

-- Each paid member's total through the last settled day (quota used): the latest weekly
-- checkpoint plus the lines after it (0020; the checkpoint's rows are the night's totals, the
-- lines say the rest).
CREATE OR REPLACE VIEW settle.cycle_paid_totals AS
WITH checkpoint AS (SELECT max(as_of) AS as_of FROM settle.cycle_paid_checkpoint_chunks)
SELECT member_id, sum(paid_fen)::bigint AS paid_total_fen
FROM (SELECT p.member_id, p.paid_total_fen AS paid_fen
      FROM settle.cycle_paid_checkpoints p JOIN checkpoint c ON p.as_of = c.as_of
      UNION ALL
      SELECT l.member_id, l.paid_fen FROM settle.day_lines l CROSS JOIN checkpoint c
      WHERE l.model = 'cycle' AND l.paid_fen > 0 AND (c.as_of IS NULL OR l.settle_date > c.as_of)) paid
GROUP BY member_id;

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
    FROM grants g FULL JOIN settle.cycle_paid_totals c ON c.member_id = g.member_id)
SELECT m.member_id, p.as_of,
       (m.weight_units::numeric / 10::numeric ^ f.weight_decimals)::numeric(24,6) AS weight,
       (SELECT l.name FROM settle.cycle_day_levels l
        WHERE l.run_id = p.run_id AND l.min_weight_units <= m.weight_units ORDER BY l.level DESC LIMIT 1) AS level,
       (m.granted_fen::numeric / 100)::numeric(20,2) AS quota_granted,
       (m.paid_fen::numeric / 100)::numeric(20,2) AS quota_paid,
       ((m.granted_fen - m.paid_fen)::numeric / 100)::numeric(20,2) AS quota_left
FROM members m CROSS JOIN program p JOIN settle.cycle_day_figures f ON f.run_id = p.run_id;

"""#

    /// What the nightly job may do with the program's rows (applied where its role exists).
    public static let jobGrants = """
    GRANT SELECT, INSERT, DELETE ON settle.cycle_order_terms TO settle_job;
    GRANT SELECT, INSERT, DELETE ON settle.cycle_paid_checkpoint_chunks TO settle_job;
    GRANT SELECT, INSERT ON settle.cycle_day_figures, settle.cycle_day_levels TO settle_job;
    GRANT SELECT ON settle.cycle_lines, settle.cycle_days, settle.cycle_paid_checkpoints, settle.cycle_paid_totals,
                    settle.cycle_member_status TO settle_job;
    """
}
