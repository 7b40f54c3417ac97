#!/usr/bin/env bash
# Quick start: builds settle, starts a throwaway PostgreSQL, loads a demo shop that reproduces
# the seed's worked examples, settles the last week (catch-up) and prints the result; then runs
# the cycle-purchase program (循环购) and the equity program (消费增值) over the same shop.
# With --serve, it ends by serving the demo shop in a browser (settle serve) until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
serve=no
case "${1:-}" in
  --serve) serve=yes ;;
  "") ;;
  *) echo "usage: $0 [--serve]" >&2; exit 2 ;;
esac
swift build --product settle >/dev/null
BIN=$PWD/.build/debug/settle

dir=$(mktemp -d /tmp/settle-demo.XXXXXX)
trap 'scripts/pg.sh stop "$dir"; rm -rf "$dir"' EXIT
eval "$(scripts/pg.sh start "$dir")"

"$BIN" migrate
"$BIN" plan default > "$dir/plan.json"
"$BIN" plan set --effective-from 2026-01-01 "$dir/plan.json"
psql -q -v ON_ERROR_STOP=1 -f scripts/demo-shop.sql
psql -q -v ON_ERROR_STOP=1 -f scripts/demo-cycle-shop.sql
psql -q -v ON_ERROR_STOP=1 -f scripts/demo-equity-shop.sql

echo
echo "== settle run (catch-up: every unsettled day through yesterday; the day reports go to $dir/run.txt)"
"$BIN" run > "$dir/run.txt"
head -n 7 "$dir/run.txt"

echo "== settle report day (the last settled day)"
"$BIN" report day

echo "== settle explain: where member 11's share, team and peer amounts came from"
"$BIN" explain --phone 13900000011

echo "== settle report member"
"$BIN" report member --phone 13800000001

echo "== settle adjust (back office removes 100 points), then verify"
"$BIN" adjust --phone 13800000001 --points -100 --reason "demo: redeemed at the counter" --operator demo
"$BIN" verify

chart=${TMPDIR:-/tmp}/settle-demo-liability.svg
echo "== settle report liability: the next 10 days if no new order arrives (chart: $chart)"
"$BIN" report liability --days 10 --chart "$chart"

echo "== settle feed: the members' ledger in id order, what a shop applies to its own balance table (first 8)"
"$BIN" feed --after 0 --limit 8

echo "== rerun of the first settled day, unchanged inputs"
"$BIN" rerun --date "$(psql -tA -c 'SELECT min(settle_date) FROM settle.days')" | tail -n 1

echo
echo "== the cycle program (循环购) beside it: its plan (extended variant) from the shop's first day, a catch-up"
start=$(psql -tA -c "SELECT min(settle_date) FROM settle.days WHERE model = 'points'")
"$BIN" plan default --model cycle --variant extended > "$dir/cycle.json"
"$BIN" plan set --model cycle --effective-from "$start" "$dir/cycle.json"
"$BIN" run --model cycle > "$dir/cycle-run.txt"
head -n 7 "$dir/cycle-run.txt"

echo "== settle report day --model cycle"
"$BIN" report day --model cycle

echo "== settle report member --model cycle (a member of the second team)"
"$BIN" report member --model cycle --phone 13600000034

cycle_chart=${TMPDIR:-/tmp}/settle-demo-cycle-liability.svg
echo "== settle report liability --model cycle (chart: $cycle_chart)"
"$BIN" report liability --model cycle --days 10 --chart "$cycle_chart"
"$BIN" verify --model cycle | head -n 1

echo
echo "== the equity program (消费增值) beside them: the seed's plan from the shop's first day, a catch-up"
"$BIN" plan default --model equity > "$dir/equity.json"
"$BIN" plan set --model equity --effective-from "$start" "$dir/equity.json"
"$BIN" run --model equity --quiet

echo "== settle report day --model equity (the last settled day: requests filled at the price of their instant)"
"$BIN" report day --model equity

echo "== settle report member --model equity (sold 100000 points it did not have: the rest unfilled)"
"$BIN" report member --model equity --phone 13600000035 --date "$(psql -tA -c "SELECT min(settle_date) + 5 FROM settle.days WHERE model = 'equity'")"

equity_chart=${TMPDIR:-/tmp}/settle-demo-equity-price.svg
echo "== settle report liability --model equity (price chart: $equity_chart)"
"$BIN" report liability --model equity --chart "$equity_chart"
"$BIN" verify --model equity | head -n 1

echo
echo "== Is the plan sustainable? settle simulate: the points plan releasing 1.0% a day instead of 1.2%, over every settled day"
sed 's/"daily_release_rate": "0.012"/"daily_release_rate": "0.010"/' "$dir/plan.json" > "$dir/slower.json"
"$BIN" simulate --plan "$dir/slower.json" --from "$start" --top 5 2>/dev/null | sed -n '1,20p;/^Members/,$p'

simulate_chart=${TMPDIR:-/tmp}/settle-demo-simulate.svg
echo "== settle simulate --ahead 30 --new-orders pace: the next 30 days at the pace of the last ones, both plans (chart: $simulate_chart)"
"$BIN" simulate --plan "$dir/slower.json" --ahead 30 --new-orders pace --chart "$simulate_chart" 2>/dev/null | sed -n '1,22p'

health_chart=${TMPDIR:-/tmp}/settle-demo-health.svg
echo "== settle report health: every program, its payouts against revenue, its liability, concentration, plan risks (chart: $health_chart)"
"$BIN" report health --chart "$health_chart" 2>/dev/null

if [ $serve = yes ]; then
  port=${SETTLE_DEMO_PORT:-8080}
  echo
  echo "== settle serve: the demo shop's back office at http://127.0.0.1:$port/ (Ctrl-C stops it and the demo's PostgreSQL)"
  "$BIN" serve --listen "127.0.0.1:$port"
fi
