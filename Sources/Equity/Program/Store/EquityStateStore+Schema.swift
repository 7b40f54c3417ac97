import SettleStore

extension EquityStateStore {
    /// The equity program's views and functions as they are now, re-applied by
    /// `settle migrate` when they change. Its tables (settle.equity_requests (its input), settle.equity_members, settle.equity_member_day_chunks, settle.equity_order_gives, settle.equity_day_figures) are made and changed by
    /// numbered migrations in sql/; their current shape is in sql/schema.snapshot.sql.
    public static let schema = #"""
-- Each member a settled day changed, as it stood before the day (what a rerun puts back), a row
-- each (0026 stores them 8,192 members a row, as arrays).
CREATE OR REPLACE VIEW settle.equity_member_days AS
SELECT c.settle_date, u.member_id, u.holdings_before_units, u.quota_before_fen, u.bound_before
FROM settle.equity_member_day_chunks c
CROSS JOIN LATERAL unnest(c.member_ids, c.holdings_before_units, c.quota_before_fen, c.bound_before)
    AS u(member_id, holdings_before_units, quota_before_fen, bound_before);

-- Contract (SPEC-equity §4): one row per settled day, member and kind with a line.
CREATE OR REPLACE VIEW settle.equity_lines AS
SELECT l.settle_date, l.member_id, k.name AS kind,
       (l.entitled_fen::numeric / 10::numeric ^ f.point_decimals)::numeric(24,6) AS points,
       (l.paid_fen::numeric / 100)::numeric(20,2) AS yuan
FROM settle.day_lines l
JOIN settle.days d ON d.model = 'equity' AND d.settle_date = l.settle_date
JOIN settle.equity_day_figures f ON f.run_id = d.run_id
JOIN settle.line_kinds k ON k.model = 'equity' AND k.kind = l.kind
WHERE l.model = 'equity';

-- Contract (SPEC-equity §4): one row per settled day, the book at its end.
CREATE OR REPLACE VIEW settle.equity_days AS
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
CREATE OR REPLACE VIEW settle.equity_member_status AS
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

"""#

    /// What the nightly job may do with the program's rows (applied where its role exists).
    public static let jobGrants = """
    GRANT SELECT ON settle.equity_requests TO settle_job;                  -- its input: read only
    GRANT SELECT, INSERT, UPDATE ON settle.equity_members TO settle_job;
    GRANT SELECT, INSERT, DELETE ON settle.equity_member_day_chunks, settle.equity_order_gives TO settle_job;
    GRANT SELECT, INSERT ON settle.equity_day_figures TO settle_job;
    GRANT SELECT ON settle.equity_lines, settle.equity_days, settle.equity_member_days, settle.equity_member_status TO settle_job;
    """
}
