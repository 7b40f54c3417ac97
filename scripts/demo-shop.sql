-- A demo shop that reproduces the seed's worked examples, with orders placed eight days ago
-- (in the plan's timezone, Asia/Shanghai) so that a catch-up settles a week.
--   A buys 3000 and 9000: 36 + 108 = 144 a day.
--   B, referred by A, buys 3000: A's share is 50% of B's 36 = 18.
--   C, referred by B, buys 3000: A's second-generation share is 30% of 36 = 10.80.
--   A team: T1 → T2 → T3 → T4 (two VIP orders, 102000: T3 becomes 1★), T5 under T2 buys 150000
--   (T2's team is 252000: 2★); T1 is 2★ too, so T1 earns the 3% peer bonus on T2's downline.
--   R buys 9000 and is refunded three days later: its lot stops releasing.
BEGIN;
CREATE TEMPORARY TABLE demo_day AS
SELECT (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') - interval '8 days') AT TIME ZONE 'Asia/Shanghai' AS start;

INSERT INTO settle.members (id, phone, referrer_id, joined_at)
SELECT id, phone, referrer_id, (SELECT start FROM demo_day) - interval '1 day'
FROM (VALUES (1, '13800000001', NULL::bigint),   -- A
             (2, '13800000002', 1),              -- B
             (3, '13800000003', 2),              -- C
             (11, '13900000011', NULL),          -- T1
             (12, '13900000012', 11),            -- T2
             (13, '13900000013', 12),            -- T3
             (14, '13900000014', 13),            -- T4
             (15, '13900000015', 12),            -- T5
             (21, '+8613700000021', NULL)        -- R
     ) AS m(id, phone, referrer_id);

INSERT INTO settle.orders (id, member_id, amount, cash_amount, points_amount, paid_at, refunded_at)
SELECT id, member_id, amount, amount - points, points,
       (SELECT start FROM demo_day) + paid_offset,
       CASE WHEN refund_offset IS NULL THEN NULL ELSE (SELECT start FROM demo_day) + refund_offset END
FROM (VALUES (101, 1, 3000.00, 0.00, interval '10 hours', NULL::interval),
             (102, 1, 9000.00, 500.00, interval '11 hours', NULL),
             (103, 2, 3000.00, 0.00, interval '12 hours', NULL),
             (104, 3, 3000.00, 0.00, interval '13 hours', NULL),
             (111, 11, 9000.00, 0.00, interval '9 hours', NULL),
             (112, 12, 27000.00, 0.00, interval '9 hours', NULL),
             (113, 13, 3000.00, 0.00, interval '9 hours', NULL),
             (114, 14, 51000.00, 1000.00, interval '9 hours', NULL),
             (115, 14, 51000.00, 0.00, interval '9 hours 30 minutes', NULL),
             (116, 15, 150000.00, 0.00, interval '9 hours', NULL),
             (117, 11, 1299.50, 0.00, interval '15 hours', NULL),          -- below the lowest tier: no lot
             (121, 21, 9000.00, 0.00, interval '8 hours', interval '3 days 8 hours')
     ) AS o(id, member_id, amount, points, paid_offset, refund_offset);
-- A and T4 pay part of their orders with points they brought from the shop's old system: their
-- opening balances in the members' ledger (migration 0006).
INSERT INTO settle.ledger (member_id, currency, amount_fen, source, created_at)
SELECT member_id, 'points', amount_fen, 'opening', (SELECT start FROM demo_day) - interval '1 day'
FROM (VALUES (1, 50000), (14, 100000)) AS o(member_id, amount_fen);
COMMIT;
