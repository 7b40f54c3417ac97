#!/usr/bin/env bash
# Makes the upgrade fixture Tests/IntegrationTests/Fixtures/v1-points-30-days.{sql,expected}
# with a PREVIOUS settle: a small random shop settled for 30 days by that version, dumped.
#
#   scripts/make-upgrade-fixture.sh OLD_BIN OLD_SQL_DIR [OUT_DIR]
#   OLD_BIN=… OLD_SQL=… scripts/make-upgrade-fixture.sh
#
# OLD_BIN is the old `settle` executable, OLD_SQL_DIR the sql/ folder of the same commit (its
# migrations). OUT_DIR defaults to Tests/IntegrationTests/Fixtures. A private PostgreSQL
# cluster is started in a temporary directory (scripts/pg.sh; FIXTURE_PG_DIR to choose it), stopped
# and removed at the end.
#
# Steps: migrate; plan default → plan set --effective-from 2026-01-01; the shop (below);
# run --date 2026-01-01 … 2026-01-30, one day at a time; a late refund (an order paid on
# 2026-01-10, refunded 2026-01-20 10:00+08) and rerun --date 2026-01-20; adjust −10 points on the
# member with the largest wallet; the expected figures; pg_dump (plain SQL); a restore into a
# fresh database checked with the old `settle verify` and the same figures.
#
# Sourced (by scripts/compare-versions.sh), it only defines the fixture_* functions.
set -euo pipefail

FIXTURE_SCRIPTS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
FIXTURE_FIRST_DAY=2026-01-01
FIXTURE_LAST_DAY=2026-01-30

# The shop, as SQL on standard output: 150 members, 400 orders. Deterministic: its own
# generator (splitmix64, seed $1, default 20260101), not Python's or PostgreSQL's random, so the
# same seed gives the same shop on any Python 3 and any PostgreSQL. The fixture uses the default
# seed; FIXTURE_SEED picks another shop (for scripts/compare-versions.sh).
fixture_shop_sql() {
  python3 - "${1:-20260101}" <<'PY'
import sys

MASK = (1 << 64) - 1
class Rng:
    def __init__(self, seed): self.x = seed & MASK
    def next(self):
        self.x = (self.x + 0x9E3779B97F4A7C15) & MASK
        z = self.x
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)
    def below(self, n): return self.next() % n
    def chance(self, per_mille): return self.below(1000) < per_mille
    def weighted(self, items, weights):
        r = self.below(sum(weights))
        for item, w in zip(items, weights):
            if r < w: return item
            r -= w

rng = Rng(int(sys.argv[1]))
MEMBERS, ORDERS = 150, 400

# Referral tree. Roots: 1, 2, 3 and ~4% of the others. Two long chains: 1 → 4 → 5 → … → 21
# (18 deep) and 2 → 22 → … → 33 (12 deep). Hubs that recruit many: 1, 2, 3, 10, 21, 30 (the
# ends of the chains too, so that the chains carry big teams). Referrers always have smaller ids.
referrer = {1: None, 2: None, 3: None}
for m in range(4, 22): referrer[m] = 1 if m == 4 else m - 1
for m in range(22, 34): referrer[m] = 2 if m == 22 else m - 1
hubs = [1, 2, 3, 10, 21, 30]
for m in range(34, MEMBERS + 1):
    if rng.chance(40): referrer[m] = None
    elif rng.chance(450): referrer[m] = hubs[rng.below(len(hubs))]
    else: referrer[m] = 1 + rng.below(m - 1)

def phone(m):   # every 50th an international number, the rest mainland 1380000NNNN
    return f"+8529000{m:04d}" if m % 50 == 0 else f"1380000{m:04d}"

# Orders: amounts around the tier edges, paid 2026-01-01 … 30 at 00:30, 09:15 or 23:30 (+08),
# ~20% partly (a few wholly) paid with points, ~5% refunded 1–4 days later (same month).
amounts = [150000, 299999, 300000, 300001, 900000, 1234567, 2700000, 5100000, 12000000]   # fen
amount_weights = [10, 8, 10, 8, 12, 10, 6, 4, 2]
times = ["00:30", "09:15", "23:30"]
orders = []
for _ in range(ORDERS):
    member = 4 + rng.below(30) if rng.chance(300) else 1 + rng.below(MEMBERS)   # chains buy more
    amount = rng.weighted(amounts, amount_weights)
    day = 1 + rng.below(30)
    time = times[rng.below(3)]
    points = 0
    if rng.chance(200):
        points = amount if rng.chance(100) else amount * (1 + rng.below(5)) // 10
    refund = None
    if day <= 26 and rng.chance(50):
        refund = day + 1 + rng.below(4)
    orders.append((day, time, member, amount, points, refund))
orders.sort(key=lambda o: (o[0], times.index(o[1]), o[2], o[3]))

def yuan(fen): return f"{fen // 100}.{fen % 100:02d}"

out = ["BEGIN;"]
out.append("INSERT INTO settle.members (id, phone, referrer_id, joined_at) VALUES")
rows = []
for m in range(1, MEMBERS + 1):
    ref = "NULL" if referrer[m] is None else str(referrer[m])
    # Joined in December 2025, three hours apart.
    joined = f"timestamptz '2025-12-01 10:00+08' + interval '{3 * (m - 1)} hours'"
    rows.append(f"  ({m}, '{phone(m)}', {ref}, {joined})")
out.append(",\n".join(rows) + ";")
out.append("INSERT INTO settle.orders (id, member_id, amount, cash_amount, points_amount, paid_at, refunded_at) VALUES")
rows = []
for i, (day, time, member, amount, points, refund) in enumerate(orders, start=1):
    paid = f"'2026-01-{day:02d} {time}+08'"
    refunded = "NULL" if refund is None else f"'2026-01-{refund:02d} 14:00+08'"
    rows.append(f"  ({i}, {member}, {yuan(amount)}, {yuan(amount - points)}, {yuan(points)}, {paid}, {refunded})")
out.append(",\n".join(rows) + ";")
out.append("COMMIT;")
print("\n".join(out))
PY
}

# settle BIN SQL_DIR DB ARGS…: the given binary on database DB.
fixture_settle() {
  local bin=$1 sqldir=$2 db=$3; shift 3
  PGDATABASE=$db SETTLE_SQL_DIR=$sqldir SETTLE_OPERATOR=fixture "$bin" "$@"
}

# The settled history: BIN SQL_DIR DB LOG. DB must exist and be empty. Settles every day of
# January 1–30, makes the late refund and reruns from 2026-01-20. Progress and reports go to LOG.
fixture_settle_history() {
  local bin=$1 sqldir=$2 db=$3 log=$4 work d order
  work=$(mktemp -d)
  {
    fixture_settle "$bin" "$sqldir" "$db" migrate
    fixture_settle "$bin" "$sqldir" "$db" plan default > "$work/plan.json"
    fixture_settle "$bin" "$sqldir" "$db" plan set --effective-from "$FIXTURE_FIRST_DAY" "$work/plan.json"
    fixture_shop_sql "${FIXTURE_SEED:-20260101}" | psql -X -q -v ON_ERROR_STOP=1 -d "$db"
    for d in $(seq -w 1 30); do
      fixture_settle "$bin" "$sqldir" "$db" run --date "2026-01-$d"
    done
    # The late refund: the first qualifying order paid on 2026-01-10 and not refunded.
    order=$(psql -X -tA -v ON_ERROR_STOP=1 -d "$db" -c "
      SELECT id FROM settle.orders
      WHERE paid_at >= '2026-01-10 00:00+08' AND paid_at < '2026-01-11 00:00+08'
        AND refunded_at IS NULL AND amount >= 3000
      ORDER BY id LIMIT 1")
    [ -n "$order" ] || { echo "no order paid on 2026-01-10 to refund" >&2; return 1; }
    echo "late refund: order $order"
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" \
      -c "UPDATE settle.orders SET refunded_at = '2026-01-20 10:00+08' WHERE id = $order"
    fixture_settle "$bin" "$sqldir" "$db" rerun --date 2026-01-20
  } >>"$log" 2>&1 || { rm -rf "$work"; echo "settling the fixture failed; see $log" >&2; tail -n 20 "$log" >&2; return 1; }
  rm -rf "$work"
}

# The back-office adjustment: −10 points on the member with the largest wallet (lowest id on a tie).
fixture_adjust() {
  local bin=$1 sqldir=$2 db=$3 log=$4 phone
  phone=$(psql -X -tA -v ON_ERROR_STOP=1 -d "$db" -c "
    SELECT m.phone FROM settle.wallet_balances w JOIN settle.members m ON m.id = w.member_id
    WHERE w.balance_fen >= 1000 ORDER BY w.balance_fen DESC, w.member_id LIMIT 1")
  echo "adjust: $phone" >>"$log"
  fixture_settle "$bin" "$sqldir" "$db" adjust --phone "$phone" --points -10 --reason fixture --operator fixture >>"$log" 2>&1
}

# The queries behind the expected figures (also written, as comments, into the .expected file).
FIXTURE_LINES_MD5_SQL="SELECT md5(string_agg(format('%s|%s|%s|%s|%s', settle_date, member_id, kind, entitled, paid), E'\n' ORDER BY settle_date, member_id, kind)) FROM settle.settlement_lines"
FIXTURE_WALLET_MD5_SQL="SELECT md5(string_agg(format('%s|%s', member_id, balance_fen), E'\n' ORDER BY member_id)) FROM settle.wallet_balances"
FIXTURE_LOTS_MD5_SQL="SELECT md5(string_agg(format('%s|%s|%s|%s|%s|%s|%s|%s', settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted), E'\n' ORDER BY settle_date, order_id)) FROM settle.lot_days"

fixture_query() {   # DB SQL: one value
  psql -X -tA -v ON_ERROR_STOP=1 -d "$1" -c "$2"
}

# key=value lines of the figures a later version must keep.
fixture_figures() {
  local db=$1
  echo "lines_md5=$(fixture_query "$db" "$FIXTURE_LINES_MD5_SQL")"
  echo "wallet_md5=$(fixture_query "$db" "$FIXTURE_WALLET_MD5_SQL")"
  echo "lot_days_md5=$(fixture_query "$db" "$FIXTURE_LOTS_MD5_SQL")"
  echo "runs=$(fixture_query "$db" "SELECT count(*) FROM settle.runs")"
  echo "days=$(fixture_query "$db" "SELECT count(*) FROM settle.days")"
  echo "lot_days=$(fixture_query "$db" "SELECT count(*) FROM settle.lot_days")"
  echo "settlement_lines=$(fixture_query "$db" "SELECT count(*) FROM settle.settlement_lines")"
  echo "members=$(fixture_query "$db" "SELECT count(*) FROM settle.members")"
  echo "orders=$(fixture_query "$db" "SELECT count(*) FROM settle.orders")"
  echo "wallet_adjustments=$(fixture_query "$db" "SELECT count(*) FROM settle.wallet_adjustments")"
  echo "first_day=$(fixture_query "$db" "SELECT min(settle_date) FROM settle.days")"
  echo "last_day=$(fixture_query "$db" "SELECT max(settle_date) FROM settle.days")"
}

# One line of compact JSON (keys in their order) from standard input.
fixture_compact_json() {
  python3 -c 'import json, sys; print(json.dumps(json.load(sys.stdin), ensure_ascii=False, separators=(",", ":")))'
}

fixture_main() {
  local old_bin=${1:-${OLD_BIN:-}} old_sql=${2:-${OLD_SQL:-}} out=${3:-${OUT_DIR:-$FIXTURE_SCRIPTS/../Tests/IntegrationTests/Fixtures}}
  [ -n "$old_bin" ] && [ -n "$old_sql" ] || { echo "usage: $0 OLD_BIN OLD_SQL_DIR [OUT_DIR]" >&2; exit 2; }
  [ -x "$old_bin" ] || { echo "not an executable: $old_bin" >&2; exit 2; }
  [ -f "$old_sql/0001_inputs.sql" ] || { echo "no migrations in $old_sql" >&2; exit 2; }
  old_bin=$(cd "$(dirname "$old_bin")" && pwd)/$(basename "$old_bin")
  old_sql=$(cd "$old_sql" && pwd)
  mkdir -p "$out"; out=$(cd "$out" && pwd)

  local pgdir work name=v1-points-30-days
  if [ -n "${FIXTURE_PG_DIR:-}" ]; then   # kept after the run, for a look at the database
    pgdir=$FIXTURE_PG_DIR
    trap '"$FIXTURE_SCRIPTS/pg.sh" stop "'"$pgdir"'"' EXIT
  else
    pgdir=$(mktemp -d /tmp/upgrade-fixture-pg.XXXXXX)
    trap '"$FIXTURE_SCRIPTS/pg.sh" stop "'"$pgdir"'"; rm -rf "'"$pgdir"'"' EXIT
  fi
  work=$(mktemp -d /tmp/upgrade-fixture.XXXXXX)
  eval "$("$FIXTURE_SCRIPTS/pg.sh" start "$pgdir")"
  echo "PostgreSQL: $(psql -X -tA -c 'SHOW server_version'); work files in $work"

  local db=upgrade_fixture log=$work/settle.log
  psql -X -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  echo "settling 2026-01-01 … 2026-01-30 with $old_bin (log: $log)"
  fixture_settle_history "$old_bin" "$old_sql" "$db" "$log"
  fixture_adjust "$old_bin" "$old_sql" "$db" "$log"
  grep -E '^(late refund|adjust):' "$log" || true
  grep -i 'warning' "$log" || true
  psql -X -d "$db" -c "SELECT kind, count(*) AS lines, sum(entitled) AS entitled, sum(paid) AS paid FROM settle.settlement_lines GROUP BY 1 ORDER BY 1"
  local kinds
  kinds=$(fixture_query "$db" "SELECT count(DISTINCT kind) FROM settle.settlement_lines")
  [ "$kinds" = 4 ] || { echo "the shop yields only $kinds of the 4 kinds of lines" >&2; exit 1; }

  fixture_figures "$db" > "$work/figures"
  fixture_settle "$old_bin" "$old_sql" "$db" report day --date "$FIXTURE_LAST_DAY" --format json > "$work/report-day.json"
  local status=0
  fixture_settle "$old_bin" "$old_sql" "$db" verify --format json > "$work/verify.json" || status=$?
  [ "$status" = 0 ] || { cat "$work/verify.json" >&2; echo "the old settle verify failed ($status)" >&2; exit 1; }

  echo "dumping"
  # pg_dump 15.14+ (also 13.22, 14.19, 16.10, 17.6) wraps its output in \restrict KEY … \unrestrict
  # KEY (CVE-2025-8714) with a random key: a psql older than those releases refuses the unknown
  # meta-command, and the key changes on every dump. The fixture is ours, not an untrusted
  # server's: the two lines are dropped, so any psql restores it and a regenerated dump diffs
  # only where the data differ.
  pg_dump --no-owner --no-privileges -d "$db" | sed -e '/^\\restrict [A-Za-z0-9]*$/d' -e '/^\\unrestrict [A-Za-z0-9]*$/d' > "$work/$name.sql"

  # The restore a test does, checked with the old binary and the same figures.
  local restored=upgrade_fixture_restored
  psql -X -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $restored WITH (FORCE)" -c "CREATE DATABASE $restored"
  # (psql -q still prints the results of the dump's SELECT set_config / setval on standard output.)
  psql -X -q -v ON_ERROR_STOP=1 -d "$restored" -f "$work/$name.sql" > /dev/null 2> "$work/restore.log" \
    || { cat "$work/restore.log" >&2; echo "the dump does not restore" >&2; exit 1; }
  if [ -s "$work/restore.log" ]; then echo "the restore printed on standard error:"; cat "$work/restore.log"; fi
  fixture_figures "$restored" > "$work/figures-restored"
  diff "$work/figures" "$work/figures-restored" || { echo "the restore differs from the original" >&2; exit 1; }
  status=0
  fixture_settle "$old_bin" "$old_sql" "$restored" verify > "$work/verify-restored.txt" 2>&1 || status=$?
  [ "$status" = 0 ] || { cat "$work/verify-restored.txt" >&2; echo "old settle verify on the restore: exit $status" >&2; exit 1; }
  echo "restore: same figures, old settle verify exit 0"

  local size
  size=$(wc -c < "$work/$name.sql")
  [ "$size" -lt 3000000 ] || { echo "the dump is $size bytes (over 3 MB): shrink the shop" >&2; exit 1; }
  # A newer pg_dump (17+) writes SET transaction_timeout, which PostgreSQL 15 and 16 refuse.
  if grep -nE '^SET transaction_timeout|^\\(un)?restrict' "$work/$name.sql"; then
    echo "warning: the dump has lines that PostgreSQL 15 or an older psql refuses (above)" >&2
  fi

  local commit=unknown
  [ -f "$(dirname "$old_bin")/COMMIT" ] && commit=$(head -n 1 "$(dirname "$old_bin")/COMMIT")
  cp "$work/$name.sql" "$out/$name.sql"
  {
    echo "# $name: figures the previous settle computed on the database in $name.sql."
    echo "# Made by scripts/make-upgrade-fixture.sh with settle at commit $commit,"
    echo "# $(psql -X -tA -c 'SELECT version()' | cut -d, -f1) / $(pg_dump --version)."
    echo "# Each *_md5 is the one value its query returns (psql -tA; the md5 of the rows joined by newlines):"
    echo "# lines_md5:    $FIXTURE_LINES_MD5_SQL"
    echo "# wallet_md5:   $FIXTURE_WALLET_MD5_SQL"
    echo "# lot_days_md5: $FIXTURE_LOTS_MD5_SQL"
    echo "# runs, days, lot_days, settlement_lines, members, orders, wallet_adjustments: SELECT count(*) FROM settle.<name>"
    echo "# first_day, last_day: SELECT min(settle_date), max(settle_date) FROM settle.days"
    echo "# report_day_json: \`settle report day --date $FIXTURE_LAST_DAY --format json\`, verify_json: \`settle verify --format json\`"
    echo "# (old binary, on the original database), each as one line of compact JSON, keys in their order;"
    echo "# a later version may add keys (README: keys are only added), not change these values."
    cat "$work/figures"
    echo "report_day_json=$(fixture_compact_json < "$work/report-day.json")"
    echo "verify_json=$(fixture_compact_json < "$work/verify.json")"
  } > "$out/$name.expected"
  echo "wrote $out/$name.sql ($size bytes) and $out/$name.expected"
  cat "$work/figures"
  rm -rf "$work"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then fixture_main "$@"; fi
