-- A least-privilege role for the nightly job (not a numbered migration: run it once as the
-- schema owner, after `settle migrate`, e.g. `psql -v password=... -f sql/roles/settle_job.sql`).
-- It reads the shop's inputs and writes only settle's own tables; it cannot change members,
-- orders, or the schema. `settle migrate` keeps running as the owner.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        CREATE ROLE settle_job LOGIN;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA settle TO settle_job;
-- Inputs: read only.
GRANT SELECT ON settle.members, settle.orders, settle.schema_migrations TO settle_job;
-- Plan versions: `settle plan set` stores them.
GRANT SELECT, INSERT, UPDATE ON settle.plan_versions TO settle_job;
GRANT SELECT, INSERT ON settle.line_kinds TO settle_job;
-- Its own rows: written by run, replaced by rerun.
GRANT SELECT, INSERT, DELETE ON settle.days, settle.day_lines, settle.lot_days TO settle_job;
GRANT SELECT, INSERT, UPDATE ON settle.runs TO settle_job;
GRANT USAGE ON SEQUENCE settle.runs_id_seq TO settle_job;
GRANT EXECUTE ON FUNCTION settle.ensure_day_partitions(date) TO settle_job;
GRANT EXECUTE ON FUNCTION settle.fresh_day_partition(text, date), settle.attach_day_partition(text, date) TO settle_job;
GRANT SELECT, INSERT ON settle.wallet_adjustments TO settle_job;
GRANT USAGE ON SEQUENCE settle.wallet_adjustments_id_seq TO settle_job;
GRANT SELECT ON settle.settlement_lines, settle.model_lines, settle.wallet_entries, settle.wallet_balances TO settle_job;
-- The cycle program's own rows (migration 0005).
GRANT SELECT, INSERT, DELETE ON settle.cycle_order_terms TO settle_job;
GRANT SELECT, INSERT, UPDATE ON settle.cycle_members TO settle_job;
GRANT SELECT, INSERT ON settle.cycle_day_figures, settle.cycle_day_levels TO settle_job;
GRANT SELECT ON settle.cycle_lines, settle.cycle_days, settle.cycle_member_status TO settle_job;
-- The members' ledger (migration 0006): entries are only ever added.
GRANT SELECT, INSERT ON settle.ledger TO settle_job;
GRANT USAGE ON SEQUENCE settle.ledger_id_seq TO settle_job;
GRANT SELECT ON settle.balances, settle.ledger_feed, settle.ledger_start TO settle_job;
-- The tree each program settled on (migration 0008).
GRANT SELECT, INSERT, UPDATE ON settle.tree_seen, settle.tree_digest TO settle_job;
-- Each settled day's running ledger total per currency (migration 0012).
GRANT SELECT, INSERT, UPDATE ON settle.ledger_totals TO settle_job;
-- The equity program's input and own rows (migration 0010).
GRANT SELECT ON settle.equity_requests TO settle_job;
GRANT SELECT, INSERT, UPDATE ON settle.equity_members TO settle_job;
GRANT SELECT, INSERT, DELETE ON settle.equity_member_days, settle.equity_order_gives, settle.equity_events TO settle_job;
GRANT SELECT, INSERT ON settle.equity_day_figures TO settle_job;
GRANT SELECT ON settle.equity_lines, settle.equity_days, settle.equity_member_status, settle.equity_fills TO settle_job;
-- To see who holds the settlement lock (pg_stat_activity shows other roles' sessions to members of pg_read_all_stats).
GRANT pg_read_all_stats TO settle_job;
-- The points lots, each once with its terms and anchor (migration 0013).
GRANT SELECT, INSERT, UPDATE, DELETE ON settle.lots TO settle_job;
GRANT SELECT ON settle.lot_status, settle.lot_history TO settle_job;
GRANT EXECUTE ON FUNCTION settle.points_settled_through() TO settle_job;
-- Who owns the balance a shop's checkout spends (migration 0017): read by every night.
GRANT SELECT ON settle.shop_settings TO settle_job;
-- A shop whose tables live in MariaDB (sql/shops/mariadb-fdw.sql): the job reads the foreign
-- tables through settle's views; the user mapping is for PUBLIC, the grant is here.
DO $$
DECLARE
    foreign_table regclass;
BEGIN
    IF to_regclass('settle.shop_notes') IS NOT NULL THEN
        GRANT SELECT ON settle.shop_notes TO settle_job;          -- the mapping's notes, for `settle shop check`
    END IF;
    FOR foreign_table IN SELECT ft.ftrelid::regclass FROM pg_foreign_table ft JOIN pg_foreign_server s ON s.oid = ft.ftserver
                         WHERE s.srvname = 'shop_mariadb' LOOP
        EXECUTE format('GRANT SELECT ON %s TO settle_job', foreign_table);
    END LOOP;
END
$$;
-- The referral tree's history (migration 0018): a run records the referrers a change replaces.
GRANT SELECT, INSERT, UPDATE, DELETE ON settle.tree_history TO settle_job;
