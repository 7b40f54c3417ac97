-- The cycle program's part of the demo shop: a second team (members 31–38, apart from the
-- seed's examples) that buys every day of the week, below the points model's lowest gift tier,
-- so the points examples stay as the seed prints them. Run after demo-shop.sql.
BEGIN;
CREATE TEMPORARY TABLE demo_day AS
SELECT (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') - interval '8 days') AT TIME ZONE 'Asia/Shanghai' AS start;

INSERT INTO settle.members (id, phone, referrer_id, joined_at)
SELECT id, '136000000' || id, referrer_id, (SELECT start FROM demo_day) - interval '1 day'
FROM (VALUES (31, NULL::bigint), (32, 31), (33, 31), (34, 32), (35, 34), (36, 34), (37, 33), (38, NULL)) AS m(id, referrer_id);

-- Each member buys once or twice a day for eight days: 1000–2900 yuan, some partly with points.
INSERT INTO settle.orders (id, member_id, amount, cash_amount, points_amount, paid_at, refunded_at)
SELECT 1000 + d * 100 + m, m, amount, amount - points, points,
       (SELECT start FROM demo_day) + d * interval '1 day' + interval '14 hours', NULL
FROM generate_series(0, 7) d, generate_series(31, 38) m,
     LATERAL (SELECT ((m * 7 + d * 3) % 20 * 100 + 1000)::numeric(20,2) AS amount) a,
     LATERAL (SELECT CASE WHEN m = 35 THEN 100.00 ELSE 0.00 END AS points) p
WHERE (m + d) % 3 <> 0;
-- Member 35 pays 100.00 of each order with points it brought from the shop's old system.
INSERT INTO settle.ledger (member_id, currency, amount_fen, source, created_at)
VALUES (35, 'points', 100000, 'opening', (SELECT start FROM demo_day) - interval '1 day');
-- One of them is refunded two days after it was paid.
UPDATE settle.orders SET refunded_at = paid_at + interval '2 days' WHERE id = 1000 + 1 * 100 + 36;
COMMIT;
