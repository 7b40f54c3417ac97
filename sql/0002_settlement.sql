-- settle 0002: plan versions, settled days, their rows, runs, the wallet.
-- Amounts the job writes are integer fen (bigint); the public view shows yuan as numeric(20,2).

CREATE TABLE settle.plan_versions (
    effective_from date PRIMARY KEY,
    document       text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- Every run and rerun of a day, kept for audit even after the day is settled again.
CREATE TABLE settle.runs (
    id                  bigserial PRIMARY KEY,
    command             text NOT NULL CHECK (command IN ('run', 'rerun')),
    settle_date         date NOT NULL,
    plan_effective_from date NOT NULL,
    started_at          timestamptz NOT NULL,
    finished_at         timestamptz NOT NULL,
    host                text NOT NULL,
    line_count          integer NOT NULL,
    lot_count           integer NOT NULL,
    members_paid        integer NOT NULL,
    lots_created        integer NOT NULL,
    lots_exhausted      integer NOT NULL,
    entitled_fen        bigint[] NOT NULL,   -- static, share, team, peer
    paid_fen            bigint[] NOT NULL,
    input_digest        text NOT NULL,       -- members, orders and plan the run read
    voided_by_run       bigint NULL REFERENCES settle.runs (id)
);
CREATE INDEX runs_date_idx ON settle.runs (settle_date);

-- The days that are settled now, one row each, with the digests of the inputs that belong to
-- that day (orders paid on it, refunds on it), to notice late input (SPEC §3.8).
CREATE TABLE settle.days (
    settle_date         date PRIMARY KEY,
    run_id              bigint NOT NULL REFERENCES settle.runs (id),
    plan_effective_from date NOT NULL,
    paid_digest         text NOT NULL,
    refund_digest       text NOT NULL
);

-- (member, kind) lines of each settled day. kind: 0 static, 1 share, 2 team, 3 peer.
-- Partitioned by day: a day writes into its own empty partition and reads only the previous
-- one, so its cost does not grow with the history kept.
CREATE TABLE settle.day_lines (
    settle_date  date NOT NULL,
    member_id    bigint NOT NULL,
    kind         smallint NOT NULL CHECK (kind BETWEEN 0 AND 3),
    entitled_fen bigint NOT NULL CHECK (entitled_fen > 0),
    paid_fen     bigint NOT NULL CHECK (paid_fen >= 0 AND paid_fen <= entitled_fen),
    PRIMARY KEY (settle_date, member_id, kind)
) PARTITION BY RANGE (settle_date);
CREATE INDEX day_lines_member_idx ON settle.day_lines (member_id, settle_date);

-- Every lot active on a settled day: what it released by kind and in total since it began.
-- The state a day starts from is the previous day's rows plus the lots exhausted before.
CREATE TABLE settle.lot_days (
    settle_date        date NOT NULL,
    order_id           bigint NOT NULL,
    static_fen         bigint NOT NULL,
    share_fen          bigint NOT NULL,
    team_fen           bigint NOT NULL,
    peer_fen           bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted          boolean NOT NULL,
    PRIMARY KEY (settle_date, order_id)
) PARTITION BY RANGE (settle_date);
CREATE INDEX lot_days_exhausted_idx ON settle.lot_days (settle_date) WHERE exhausted;

-- Creates the day's partitions if missing. SECURITY DEFINER, so that the job's
-- least-privilege role can settle a new day without owning the tables.
CREATE FUNCTION settle.ensure_day_partitions(day date) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, settle AS $$
DECLARE
    suffix text := to_char(day, 'YYYYMMDD');
BEGIN
    EXECUTE format('CREATE TABLE IF NOT EXISTS settle.%I PARTITION OF settle.day_lines FOR VALUES FROM (%L) TO (%L)',
                   'day_lines_' || suffix, day, day + 1);
    EXECUTE format('CREATE TABLE IF NOT EXISTS settle.%I PARTITION OF settle.lot_days FOR VALUES FROM (%L) TO (%L)',
                   'lot_days_' || suffix, day, day + 1);
END
$$;

-- Back-office changes to a member's wallet (可以给会员增加或删除积分), audited.
CREATE TABLE settle.wallet_adjustments (
    id         bigserial PRIMARY KEY,
    member_id  bigint NOT NULL,
    amount_fen bigint NOT NULL CHECK (amount_fen <> 0),
    reason     text NOT NULL CHECK (length(reason) > 0),
    operator   text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX wallet_adjustments_member_idx ON settle.wallet_adjustments (member_id);
-- Adjustments name a member of settle's own table; the shop's own (a view) can't be referenced.
DO $$
BEGIN
    IF (SELECT relkind FROM pg_class WHERE oid = 'settle.members'::regclass) = 'r' THEN
        ALTER TABLE settle.wallet_adjustments ADD CONSTRAINT wallet_adjustments_member_id_fkey
            FOREIGN KEY (member_id) REFERENCES settle.members (id);
    END IF;
END
$$;

-- The contract view (SPEC §5).
CREATE VIEW settle.settlement_lines AS
SELECT settle_date,
       member_id,
       (ARRAY['static', 'share', 'team', 'peer'])[kind + 1] AS kind,
       (entitled_fen::numeric / 100)::numeric(20,2) AS entitled,
       (paid_fen::numeric / 100)::numeric(20,2) AS paid
FROM settle.day_lines;

-- The points wallet (可用积分): everything paid, plus adjustments.
CREATE VIEW settle.wallet_entries AS
SELECT member_id, settle_date::timestamptz AS at, 'settlement' AS source,
       sum(paid_fen)::bigint AS amount_fen, 'settled ' || settle_date AS reason, 'settle' AS operator
FROM settle.day_lines
WHERE paid_fen > 0
GROUP BY member_id, settle_date
UNION ALL
SELECT member_id, created_at, 'adjustment', amount_fen, reason, operator
FROM settle.wallet_adjustments;

CREATE VIEW settle.wallet_balances AS
SELECT member_id, sum(amount_fen)::bigint AS balance_fen
FROM settle.wallet_entries
GROUP BY member_id;
