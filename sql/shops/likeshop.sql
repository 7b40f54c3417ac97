-- settle's inputs as views over a likeshop-like shop's own tables (ls_user, ls_order), in the same
-- PostgreSQL database. Run BEFORE `settle migrate --inputs external`. Check the column names
-- against your likeshop version; the mapping is the contract of SPEC §5.
CREATE SCHEMA IF NOT EXISTS settle;

CREATE VIEW settle.members AS
SELECT u.id::bigint                       AS id,
       coalesce(u.mobile, '')::text       AS phone,
       nullif(u.first_leader, 0)::bigint  AS referrer_id,   -- 上级; 0 means none
       to_timestamp(u.create_time)        AS joined_at
FROM public.ls_user u;

CREATE VIEW settle.orders AS
SELECT o.id::bigint                                                AS id,
       o.user_id::bigint                                           AS member_id,
       o.order_amount::numeric(20,2)                               AS amount,
       (o.order_amount - o.integral_amount)::numeric(20,2)         AS cash_amount,
       o.integral_amount::numeric(20,2)                            AS points_amount,   -- 积分抵扣金额
       to_timestamp(o.pay_time)                                    AS paid_at,
       CASE WHEN o.refund_status = 2 THEN to_timestamp(o.refund_time) END AS refunded_at  -- 2: 全部退款
FROM public.ls_order o
WHERE o.pay_status = 1;
