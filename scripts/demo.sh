#!/usr/bin/env bash
# Quick start: builds settle, starts a throwaway PostgreSQL, loads a demo shop that reproduces
# the seed's worked examples, settles the last week (catch-up) and prints the result.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product settle >/dev/null
BIN=$PWD/.build/debug/settle

dir=$(mktemp -d /tmp/settle-demo.XXXXXX)
trap 'scripts/pg.sh stop "$dir"; rm -rf "$dir"' EXIT
eval "$(scripts/pg.sh start "$dir")"

"$BIN" migrate
"$BIN" plan default > "$dir/plan.json"
"$BIN" plan set --effective-from 2026-01-01 "$dir/plan.json"
psql -q -v ON_ERROR_STOP=1 -f scripts/demo-shop.sql

echo
echo "== settle run (catch-up: every unsettled day through yesterday)"
"$BIN" run

echo "== the last settled day, member by member (settle.settlement_lines)"
psql -P pager=off -c "
  SELECT l.settle_date, m.phone, l.kind, l.entitled, l.paid, l.entitled - l.paid AS forfeited
  FROM settle.settlement_lines l JOIN settle.members m ON m.id = l.member_id
  WHERE l.settle_date = (SELECT max(settle_date) FROM settle.days)
  ORDER BY m.id, array_position(ARRAY['static','share','team','peer'], l.kind)"
echo "== wallets (可用积分) after the week"
psql -P pager=off -c "
  SELECT m.phone, (b.balance_fen::numeric / 100)::numeric(20,2) AS wallet
  FROM settle.wallet_balances b JOIN settle.members m ON m.id = b.member_id ORDER BY m.id"
echo "== rerun of the first settled day, unchanged inputs"
"$BIN" rerun --date "$(psql -tA -c 'SELECT min(settle_date) FROM settle.days')" | tail -n 1
