-- settle's inputs as views over a likeshop shop's own tables (ls_user, ls_order,
-- ls_order_refund), in this PostgreSQL database or imported from MariaDB by mariadb-fdw.sql.
-- Run it BEFORE `settle migrate --inputs external`:
--   psql -f sql/shops/likeshop.sql
-- Checked against likeshop 3.5.1 (server/public/install/db/like.sql); README "On the shop's own
-- tables" says what each choice means. The contract is SPEC §5.
--
-- * A purchase is an order the member paid: pay_time set and pay_status 1 (paid), 2 (paid, then
--   cancelled and refunded) or 3 (refund refused). Counted once, whatever happens to it after
--   (cancelled, deleted: del).
-- * order_amount is what was charged (goods − coupon − points deduction + freight): it is already
--   net of integral_amount (yuan paid with points). amount = order_amount + integral_amount.
--   The points come from likeshop's own balance (ls_user.user_integral): run
--   `settle shop set --checkout-balance shop` after migrating.
-- * refunded_at: the moment the whole order was refunded (refund_status = 2: a paid order
--   cancelled, or every line refunded after sale): the last completed refund record
--   (ls_order_refund.refund_at, refund_status 1), else cancel_time. A partial after-sale refund
--   (refund_status = 1) leaves the purchase counted in full; settle.shop_notes lists it.
\set ON_ERROR_STOP on
BEGIN;
CREATE SCHEMA IF NOT EXISTS settle;

CREATE VIEW settle.members AS
SELECT u.id::bigint                              AS id,
       btrim(coalesce(u.mobile, ''))::text       AS phone,
       nullif(u.first_leader, 0)::bigint         AS referrer_id,   -- 上级; 0 means none
       to_timestamp(coalesce(u.create_time, 0))  AS joined_at
FROM public.ls_user u;

CREATE VIEW settle.likeshop_paid_orders AS
WITH refund_moments AS (
    SELECT r.order_id AS id, to_timestamp(max(r.refund_at)) AS at
    FROM public.ls_order_refund r
    WHERE r.refund_status = 1 AND r.refund_at > 0
    GROUP BY r.order_id)
SELECT o.id, o.user_id, o.order_amount, coalesce(o.integral_amount, 0) AS integral_amount, o.pay_time, o.del, o.refund_status,
       coalesce(m.at, to_timestamp(nullif(o.cancel_time, 0))) AS refund_moment
FROM public.ls_order o LEFT JOIN refund_moments m ON m.id = o.id
WHERE o.pay_status IN (1, 2, 3) AND o.pay_time > 0;

CREATE VIEW settle.orders AS
SELECT o.id::bigint                                                 AS id,
       o.user_id::bigint                                            AS member_id,
       (o.order_amount + o.integral_amount)::numeric(20,2)          AS amount,
       o.order_amount::numeric(20,2)                                AS cash_amount,     -- 应付款金额, charged
       o.integral_amount::numeric(20,2)                             AS points_amount,   -- 积分抵扣金额
       to_timestamp(o.pay_time)                                     AS paid_at,
       CASE WHEN o.refund_status = 2 THEN o.refund_moment END       AS refunded_at      -- 2: 全部退款
FROM settle.likeshop_paid_orders o;

-- What only likeshop's tables can tell, for `settle shop check`.
CREATE VIEW settle.shop_notes AS
SELECT 'deleted (del), counted' AS kind, o.id::bigint AS id, 'a paid purchase deleted from the lists: still counted' AS detail
FROM settle.likeshop_paid_orders o WHERE o.del = 1
UNION ALL
SELECT 'partly refunded, counted in full', o.id,
       'some lines refunded after sale (refund_status = 1): counted at its full amount; adjust by hand if the plan should pay less'
FROM settle.likeshop_paid_orders o WHERE o.refund_status = 1
UNION ALL
SELECT 'refunded without a moment', o.id,
       'refund_status = 2 but no completed refund record and no cancel_time: not a refund for settle until it has one'
FROM settle.likeshop_paid_orders o WHERE o.refund_status = 2 AND o.refund_moment IS NULL;
COMMIT;
