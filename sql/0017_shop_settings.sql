-- settle 0017: who owns the points balance that a shop's checkout spends (issue 23).
--
-- `settle`: the default, as since 0006: an order's points_amount is debited from the member's
-- points in settle.ledger on its paid day (`checkout`) and returned on its refund day.
-- `shop`: the shop's own table holds the balance and its checkout spends from it (CRMEB's
-- eb_user.integral, likeshop's ls_user.user_integral): settle posts no checkout entries, only
-- what the programs pay (and adjustments); the shop applies those credits to its own table through
-- the feed. Chosen before the first night (`settle shop set --checkout-balance shop`).
CREATE TABLE settle.shop_settings (
    single           boolean PRIMARY KEY DEFAULT true CHECK (single),
    checkout_balance text NOT NULL DEFAULT 'settle' CHECK (checkout_balance IN ('settle', 'shop')),
    changed_at       timestamptz NOT NULL DEFAULT now(),
    changed_by       text NOT NULL DEFAULT current_user
);
INSERT INTO settle.shop_settings DEFAULT VALUES;
COMMENT ON TABLE settle.shop_settings IS 'one row: how settle meets the shop (settle shop set)';

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        GRANT SELECT ON settle.shop_settings TO settle_job;
    END IF;
END
$$;
