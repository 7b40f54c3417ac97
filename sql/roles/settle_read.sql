-- A read-only role for the console (`settle serve`) and for anyone who only reads settle's rows
-- (not a numbered migration: run it once as a superuser or a role with CREATEROLE, then
-- `settle migrate` as the schema owner grants it SELECT on every table and view of schema settle,
-- the shop's imported tables included). It can write nothing. Set its password, then e.g.
-- `settle serve --db "host=/run/postgresql dbname=shop user=settle_read"`.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_read') THEN
        CREATE ROLE settle_read LOGIN;
    END IF;
END
$$;
-- Every session of the role is read only, whatever its client asks.
ALTER ROLE settle_read SET default_transaction_read_only = on;
