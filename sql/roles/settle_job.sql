-- A least-privilege role for the nightly job (not a numbered migration: run it once as a
-- superuser or a role with CREATEROLE, e.g. `psql -v ON_ERROR_STOP=1 -f sql/roles/settle_job.sql`,
-- then set its password). It reads the shop's inputs and writes only settle's own tables; it
-- cannot change members, orders, or the schema.
--
-- Its grants are not here: each room's schema says what the job may do with that room's rows
-- (Sources/SettleStore/Migrator+SharedSchema.swift, Sources/<Model>/Program/Store/*+Schema.swift),
-- and `settle migrate`, run as the schema owner after this file, applies them (and again
-- whenever they change, or a settle_* role appears).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        CREATE ROLE settle_job LOGIN;
    END IF;
END
$$;
-- To see who holds the settlement lock (pg_stat_activity shows other roles' sessions to members
-- of pg_read_all_stats): a role membership, which only a superuser may grant.
GRANT pg_read_all_stats TO settle_job;
