-- The equity program's part of the demo shop: a few requests by the second team (members 31–38)
-- during the week, of every kind, filled at night at the price of their instant. Run after
-- demo-cycle-shop.sql.
BEGIN;
CREATE TEMPORARY TABLE demo_equity_day AS
SELECT (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') - interval '8 days') AT TIME ZONE 'Asia/Shanghai' AS start;

INSERT INTO settle.equity_requests (id, member_id, kind, points, amount, requested_at)
SELECT id, member_id, kind, points, amount, (SELECT start FROM demo_equity_day) + day * interval '1 day' + interval '20 hours'
FROM (VALUES (1, 31, 'sell',          5.5::numeric,    NULL::numeric, 2),
             (2, 32, 'goods',         2,               NULL,          3),
             (3, 33, 'to_constant',   30,              NULL,          3),
             (4, 34, 'from_constant', NULL,            50.00,         4),
             (5, 35, 'sell',          100000,          NULL,          5),
             (6, 37, 'from_constant', NULL,            100000.00,     6),
             (7, 36, 'sell',          1,               NULL,          6)) AS r(id, member_id, kind, points, amount, day);
COMMIT;
