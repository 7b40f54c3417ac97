-- A shop whose tables live in MariaDB or MySQL: PostgreSQL reaches them through mysql_fdw
-- (Debian: postgresql-15-mysql-fdw), and the shop's mapping (crmeb.sql, likeshop.sql) then makes
-- settle's views over the imported foreign tables. Run as a PostgreSQL superuser, once:
--
--   psql -v host=10.0.0.5 -v port=3306 -v user=settle_ro -v password=… -v database=crmeb \
--        -v tables='eb_user, eb_store_order' -f sql/shops/mariadb-fdw.sql
--   psql -f sql/shops/crmeb.sql
--   settle migrate --inputs external
--
-- Give the MariaDB user SELECT on those tables only. Every night's run then reads the shop's
-- current rows in one pass per table (COPY through the foreign tables).
--
-- The user mapping is FOR PUBLIC: every PostgreSQL role that runs settle (you, the job's
-- `settle_job`, the reports' read-only role) reaches MariaDB as that one read-only MariaDB user.
-- Which PostgreSQL roles may read the shop's rows is still decided by PostgreSQL's grants on the
-- foreign tables and on settle's views (sql/roles/settle_job.sql grants them). Its password is
-- shown (pg_user_mappings) only to the server's owner and superusers.
--
-- One transaction, stopping at the first error: nothing half-made.
\set ON_ERROR_STOP on
BEGIN;
CREATE EXTENSION IF NOT EXISTS mysql_fdw;
CREATE SERVER shop_mariadb FOREIGN DATA WRAPPER mysql_fdw OPTIONS (host :'host', port :'port');
CREATE USER MAPPING FOR PUBLIC SERVER shop_mariadb OPTIONS (username :'user', password :'password');
IMPORT FOREIGN SCHEMA :"database" LIMIT TO (:tables) FROM SERVER shop_mariadb INTO public;
COMMIT;
