-- settle 0028: the rows a night writes per program order (the equity program's gives, the cycle
-- program's terms) are keyed by their order's paid day first (issue 27). Their keys were
-- (order_id, generation): a night's orders have ids spread over the whole key when ids do not
-- follow the day they are paid on (an order made long before it is paid; a shop's ids from
-- several sources; the bench's shop), and each of the night's rows then changed its own page of
-- a key of millions: 8,134 gives took the server 386 ms in a night where the same rows take
-- 14-18 ms at the right edge of a (paid_on, order_id, generation) key. That key also serves
-- what the paid_on index served (a rerun's DELETE of the days from one on), which goes. A
-- lookup by order names its paid day too: the night knows it from the shop.
ALTER TABLE settle.equity_order_gives DROP CONSTRAINT equity_order_gives_pkey;
ALTER TABLE settle.equity_order_gives ADD PRIMARY KEY (paid_on, order_id, generation);
DROP INDEX settle.equity_order_gives_paid_idx;

ALTER TABLE settle.cycle_order_terms DROP CONSTRAINT cycle_order_terms_pkey;
ALTER TABLE settle.cycle_order_terms ADD PRIMARY KEY (paid_on, order_id, generation);
DROP INDEX settle.cycle_order_terms_paid_on_idx;
