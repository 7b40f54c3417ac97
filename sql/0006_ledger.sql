-- settle 0006: the members' ledger (issue 15). One append-only table of balance entries by
-- currency: what settled days credit, what reruns correct, back-office adjustments, points
-- spent at checkout and returned by refunds. Nothing in it is ever updated or deleted. The
-- wallet views now read it; a shop that keeps its own balances applies `settle.ledger_feed` in
-- id order, each entry once.

CREATE TABLE settle.ledger (
    id            bigserial PRIMARY KEY,
    member_id     bigint NOT NULL,
    currency      text NOT NULL CHECK (currency IN ('points', 'cash', 'constant')),
    amount_fen    bigint NOT NULL CHECK (amount_fen <> 0),
    source        text NOT NULL CHECK (source IN ('opening', 'settlement', 'correction', 'adjustment', 'checkout', 'checkout_refund')),
    model         text NULL,
    settle_date   date NULL,
    run_id        bigint NULL REFERENCES settle.runs (id),
    order_id      bigint NULL,
    adjustment_id bigint NULL REFERENCES settle.wallet_adjustments (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    -- A settled day's entries name the program, the day and the run that posted them.
    CONSTRAINT ledger_day_entries CHECK ((source IN ('settlement', 'correction', 'checkout', 'checkout_refund'))
                                         = (model IS NOT NULL AND settle_date IS NOT NULL AND run_id IS NOT NULL)),
    CONSTRAINT ledger_adjustments CHECK ((source = 'adjustment') = (adjustment_id IS NOT NULL))
);
CREATE INDEX ledger_member_idx ON settle.ledger (member_id, currency, id);
CREATE INDEX ledger_day_idx ON settle.ledger (model, settle_date);

CREATE FUNCTION settle.refuse_ledger_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger entry %: entries are never changed or deleted; a rerun posts a correction, the back office an adjustment',
        OLD.id USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER ledger_append_only BEFORE UPDATE OR DELETE ON settle.ledger
    FOR EACH ROW EXECUTE FUNCTION settle.refuse_ledger_change();
CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON settle.ledger
    FOR EACH STATEMENT EXECUTE FUNCTION settle.refuse_ledger_change();

ALTER TABLE settle.wallet_adjustments
    ADD COLUMN currency text NOT NULL DEFAULT 'points' CHECK (currency IN ('points', 'cash', 'constant'));

-- Opening entries: every credit and adjustment the wallet held becomes an entry of its own (a
-- settled day's credit keeps its day and run, so a later rerun corrects against it), in time order.
INSERT INTO settle.ledger (member_id, currency, amount_fen, source, model, settle_date, run_id, order_id, adjustment_id, created_at)
SELECT member_id, 'points', amount_fen, source, model, settle_date, run_id, NULL, adjustment_id, at
FROM (SELECT l.member_id, sum(l.paid_fen)::bigint AS amount_fen, 'settlement' AS source, 'points' AS model, l.settle_date,
             d.run_id, NULL::bigint AS adjustment_id, l.settle_date::timestamptz AS at
      FROM settle.day_lines l JOIN settle.days d ON d.model = l.model AND d.settle_date = l.settle_date
      WHERE l.model = 'points' AND l.paid_fen > 0
      GROUP BY l.member_id, l.settle_date, d.run_id
      UNION ALL
      SELECT member_id, amount_fen, 'adjustment', NULL, NULL, NULL, id, created_at FROM settle.wallet_adjustments) AS opening
ORDER BY at, settle_date, member_id, adjustment_id;

-- Days settled before this migration posted no checkout spending (the shop's own checkout kept
-- that), and a rerun of one posts none either: the balances they left are kept as they were.
CREATE TABLE settle.ledger_start (
    model     text PRIMARY KEY,
    first_day date NOT NULL
);
INSERT INTO settle.ledger_start
SELECT 'points', max(settle_date) + 1 FROM settle.days WHERE model = 'points' HAVING count(*) > 0;

-- Balances per member and currency.
CREATE VIEW settle.balances AS
SELECT member_id, currency, sum(amount_fen)::bigint AS balance_fen,
       (sum(amount_fen)::numeric / 100)::numeric(20,2) AS balance
FROM settle.ledger GROUP BY member_id, currency;

-- The feed a shop posts from: every entry in id order, amounts in yuan.
CREATE VIEW settle.ledger_feed AS
SELECT id, member_id, currency, (amount_fen::numeric / 100)::numeric(20,2) AS amount, source, model, settle_date, run_id,
       order_id, adjustment_id, created_at
FROM settle.ledger;

-- The points wallet (可用积分), as before, now from the ledger.
CREATE OR REPLACE VIEW settle.wallet_entries AS
SELECT l.member_id, coalesce(l.settle_date::timestamptz, l.created_at) AS at,
       l.source,
       l.amount_fen,
       coalesce(a.reason, CASE l.source WHEN 'settlement' THEN 'settled ' || l.settle_date
                                        WHEN 'opening' THEN 'opening balance'
                                        WHEN 'correction' THEN 'rerun of ' || l.settle_date
                                        WHEN 'checkout' THEN 'checkout, order ' || l.order_id
                                        ELSE 'refund, order ' || l.order_id END) AS reason,
       coalesce(a.operator, 'settle') AS operator
FROM settle.ledger l LEFT JOIN settle.wallet_adjustments a ON a.id = l.adjustment_id
WHERE l.currency = 'points';

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        GRANT SELECT, INSERT ON settle.ledger TO settle_job;
        GRANT USAGE ON SEQUENCE settle.ledger_id_seq TO settle_job;
        GRANT SELECT ON settle.balances, settle.ledger_feed, settle.ledger_start TO settle_job;
    END IF;
END
$$;
