-- settle's inputs as views over a CRMEB shop's own tables (eb_user, eb_store_order,
-- eb_store_order_refund), in this PostgreSQL database or imported from MariaDB by
-- mariadb-fdw.sql. Run it BEFORE `settle migrate --inputs external`:
--   psql -f sql/shops/crmeb.sql
-- Checked against CRMEB v4.7.0 (crmeb/public/install/crmeb.sql; v4.7.1 has the same columns);
-- README "On the shop's own tables" says what each choice means and what differs between versions.
-- The contract is SPEC §5:
--   members: id, phone, referrer_id (NULL for none), joined_at
--   orders:  id, member_id, amount = cash_amount + points_amount, paid_at, refunded_at (NULL: not refunded)
--
-- * A purchase is an order row the member paid (paid = 1) that is not a split-off part of another
--   (pid = 0: never split; pid = -1: the order as paid, split later by a partial refund; its parts
--   have pid = its id and are not purchases of their own). Counted once, whatever happens to it:
--   is_del (the member hid it, or cancelled it unpaid) and is_system_del (deleted in the back
--   office) don't take a paid purchase away. CRMEB's own statistics count the same way.
-- * amount = pay_price (cash, postage included) + deduction_price (yuan paid with points).
--   The points come from CRMEB's own balance (eb_user.integral): run
--   `settle shop set --checkout-balance shop` after migrating.
-- * refunded_at: the moment the whole purchase was refunded. An order refunded in one go: its
--   refund record's processing time (eb_store_order_refund.refunded_time, refund_type 6), else
--   eb_store_order.refund_reason_time. A split order: when its last part was refunded. A partial
--   refund leaves the purchase counted in full (settle.shop_notes lists it for the operator); a
--   refund with no moment recorded anywhere is not a refund for settle until it has one (listed too).
\set ON_ERROR_STOP on
BEGIN;
CREATE SCHEMA IF NOT EXISTS settle;

CREATE VIEW settle.members AS
SELECT u.uid::bigint                     AS id,
       btrim(u.phone)::text              AS phone,        -- char(15), may be empty: name such members with --member-id
       nullif(u.spread_uid, 0)::bigint   AS referrer_id,  -- 推广人; 0 means none
       to_timestamp(u.add_time)          AS joined_at
FROM public.eb_user u;

-- Each paid order row with the moment it was refunded in full, if it was (one scan of each table).
CREATE VIEW settle.crmeb_paid_rows AS
WITH refund_moments AS (
    SELECT r.store_order_id AS id, to_timestamp(max(r.refunded_time)) AS at
    FROM public.eb_store_order_refund r
    WHERE r.refund_type = 6 AND r.refunded_time > 0
    GROUP BY r.store_order_id)
SELECT o.id, o.pid, o.uid, o.pay_price, o.deduction_price, o.pay_time, o.is_del, o.is_system_del,
       o.refund_status = 2 AS refunded,
       coalesce(m.at, to_timestamp(nullif(o.refund_reason_time, 0))) AS refund_moment
FROM public.eb_store_order o LEFT JOIN refund_moments m ON m.id = o.id
WHERE o.paid = 1;

CREATE VIEW settle.orders AS
WITH parts AS (
    SELECT p.pid AS id, bool_and(p.refunded AND p.refund_moment IS NOT NULL) AS all_refunded, max(p.refund_moment) AS last_refund
    FROM settle.crmeb_paid_rows p WHERE p.pid > 0 GROUP BY p.pid)
SELECT o.id::bigint                                           AS id,
       o.uid::bigint                                          AS member_id,
       (o.pay_price + o.deduction_price)::numeric(20,2)       AS amount,         -- what the purchase is worth
       o.pay_price::numeric(20,2)                             AS cash_amount,    -- 实际支付
       o.deduction_price::numeric(20,2)                       AS points_amount,  -- 积分抵扣
       to_timestamp(o.pay_time)                               AS paid_at,
       CASE WHEN o.pid = -1 THEN CASE WHEN parts.all_refunded THEN parts.last_refund END
            WHEN o.refunded THEN o.refund_moment END          AS refunded_at
FROM settle.crmeb_paid_rows o LEFT JOIN parts ON parts.id = o.id
WHERE o.pid <= 0;

-- What only CRMEB's tables can tell, for `settle shop check`.
CREATE VIEW settle.shop_notes AS
SELECT 'hidden by the member (is_del), counted' AS kind, o.id::bigint AS id,
       'a paid purchase the member hid from its list: still counted (CRMEB''s statistics count it too)' AS detail
FROM settle.crmeb_paid_rows o WHERE o.is_del = 1 AND o.pid <= 0
UNION ALL
SELECT 'deleted in the back office, counted', o.id, 'a paid purchase deleted by an admin (is_system_del): still counted'
FROM settle.crmeb_paid_rows o WHERE o.is_system_del = 1 AND o.pid <= 0
UNION ALL
SELECT 'partly refunded, counted in full', o.id,
       'split by a partial refund (pid = -1): counted at its full amount until all its parts are refunded; adjust by hand if the plan should pay less'
FROM settle.crmeb_paid_rows o
WHERE o.pid = -1 AND EXISTS (SELECT FROM settle.crmeb_paid_rows p WHERE p.pid = o.id AND p.refunded)
      AND EXISTS (SELECT FROM settle.crmeb_paid_rows p WHERE p.pid = o.id AND NOT p.refunded)
UNION ALL
SELECT 'refunded without a moment', o.id,
       'refund_status = 2 but no refund time recorded (refund record or refund_reason_time): not a refund for settle until it has one'
FROM settle.crmeb_paid_rows o WHERE o.refunded AND o.refund_moment IS NULL;
COMMIT;
