-- settle 0001: the input tables (SPEC §5) and their checks.
-- A shop with its own tables replaces them with views of the same name and columns: run
-- `settle migrate --inputs external` (README, "On the shop's own tables"), and this migration
-- leaves settle.members and settle.orders to the shop.

DO $inputs$
BEGIN
    IF current_setting('settle.inputs', true) = 'external' THEN
        RAISE NOTICE 'settle.members and settle.orders are the shop''s own (settle migrate --inputs external)';
        RETURN;
    END IF;
    EXECUTE $ddl$
CREATE TABLE settle.members (
    id          bigint PRIMARY KEY,
    phone       text NOT NULL UNIQUE
                CONSTRAINT members_phone_valid CHECK (phone ~ '^(1[3-9][0-9]{9}|\+[0-9]{8,15})$'),
    referrer_id bigint NULL REFERENCES settle.members (id),
    joined_at   timestamptz NOT NULL,
    CONSTRAINT members_not_own_referrer CHECK (referrer_id IS NULL OR referrer_id <> id)
);
CREATE INDEX members_referrer_idx ON settle.members (referrer_id);

-- A referrer is part of registration: once a member row exists, its referrer never changes,
-- so a rerun sees the tree the first run saw (SPEC §4).
CREATE FUNCTION settle.refuse_referrer_change() RETURNS trigger
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
CREATE TRIGGER members_referrer_fixed BEFORE UPDATE OF referrer_id ON settle.members
    FOR EACH ROW EXECUTE FUNCTION settle.refuse_referrer_change();

CREATE TABLE settle.orders (
    id            bigint PRIMARY KEY,
    member_id     bigint NOT NULL REFERENCES settle.members (id),
    amount        numeric(20,2) NOT NULL CONSTRAINT orders_amount_positive CHECK (amount > 0),
    cash_amount   numeric(20,2) NOT NULL CONSTRAINT orders_cash_not_negative CHECK (cash_amount >= 0),
    points_amount numeric(20,2) NOT NULL CONSTRAINT orders_points_not_negative CHECK (points_amount >= 0),
    paid_at       timestamptz NOT NULL,
    refunded_at   timestamptz NULL,
    CONSTRAINT orders_parts_add_up CHECK (cash_amount + points_amount = amount),
    CONSTRAINT orders_refund_after_payment CHECK (refunded_at IS NULL OR refunded_at >= paid_at)
);
CREATE INDEX orders_member_idx ON settle.orders (member_id);
CREATE INDEX orders_paid_at_idx ON settle.orders (paid_at);
    $ddl$;
END
$inputs$;
