-- settle's inputs as views over a CRMEB-like shop's own tables (eb_user, eb_store_order), in the
-- same PostgreSQL database. Run BEFORE `settle migrate --inputs external`. Check the column
-- names against your CRMEB version; the mapping is the contract of SPEC §5:
--   members: id, phone, referrer_id (NULL for none), joined_at
--   orders:  id, member_id, amount = cash_amount + points_amount, paid_at, refunded_at (NULL: not refunded)
CREATE SCHEMA IF NOT EXISTS settle;

CREATE VIEW settle.members AS
SELECT u.uid::bigint                     AS id,
       coalesce(u.phone, '')::text       AS phone,        -- may be empty: name such members with --member-id
       nullif(u.spread_uid, 0)::bigint   AS referrer_id,  -- 推广人; 0 means none
       to_timestamp(u.add_time)          AS joined_at
FROM public.eb_user u;

CREATE VIEW settle.orders AS
SELECT o.id::bigint                                          AS id,
       o.uid::bigint                                         AS member_id,
       (o.pay_price + o.deduction_price)::numeric(20,2)      AS amount,         -- what the order is worth
       o.pay_price::numeric(20,2)                            AS cash_amount,    -- 实际支付
       o.deduction_price::numeric(20,2)                      AS points_amount,  -- 积分抵扣
       to_timestamp(o.pay_time)                              AS paid_at,
       CASE WHEN o.refund_status = 2 THEN to_timestamp(o.refund_reason_time) END AS refunded_at  -- 2: 已退款
FROM public.eb_store_order o
WHERE o.paid = 1 AND o.is_del = 0;
