#!/usr/bin/env bash
# Settles the same random shop with two versions of settle and compares every settled line.
#
#   scripts/compare-versions.sh OLD_BIN OLD_SQL_DIR NEW_BIN NEW_SQL_DIR
#
# The shop is the upgrade fixture's (scripts/make-upgrade-fixture.sh: 150 members, 400 orders,
# FIXTURE_SEED to pick another). Each version, in its own fresh database of one private cluster:
# migrate, plan default → plan set --effective-from 2026-01-01, run --date 2026-01-01 … 30, a late
# refund (an order paid on 2026-01-10, refunded 2026-01-20 10:00+08), rerun --date 2026-01-20;
# then the cycle and equity programs on the same shop: plan default → plan set, run 2026-01-01 … 30;
# a second late refund (an order paid on 2026-01-12, refunded 2026-01-22 10:00+08) and a rerun
# from 2026-01-22 of every program.
# Prints the md5 of every program's lines (settle.model_lines) for both and "identical" (exit 0)
# or "DIFFERENT" with the first differing lines (exit 1). Exit 2: usage; anything else failing:
# non-zero.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=make-upgrade-fixture.sh
source "$here/make-upgrade-fixture.sh"

[ $# = 4 ] || { echo "usage: $0 OLD_BIN OLD_SQL_DIR NEW_BIN NEW_SQL_DIR" >&2; exit 2; }
absolute_bin() { [ -x "$1" ] || { echo "not an executable: $1" >&2; exit 2; }; echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
absolute_sql() { [ -d "$1" ] || { echo "not a directory: $1" >&2; exit 2; }; (cd "$1" && pwd); }
old_bin=$(absolute_bin "$1"); old_sql=$(absolute_sql "$2")
new_bin=$(absolute_bin "$3"); new_sql=$(absolute_sql "$4")

pgdir=$(mktemp -d /tmp/compare-versions-pg.XXXXXX)
work=$(mktemp -d /tmp/compare-versions.XXXXXX)
trap '"$here/pg.sh" stop "$pgdir"; rm -rf "$pgdir"' EXIT
eval "$("$here/pg.sh" start "$pgdir")"

lines_sql="SELECT format('%s|%s|%s|%s|%s|%s', model, settle_date, member_id, kind, entitled, paid) FROM settle.model_lines ORDER BY model, settle_date, member_id, kind"

# The cycle and equity programs beside the points one, and a late refund that all three rerun.
other_programs() {
  local bin=$1 sql=$2 db=$3 log=$4 model d order
  for model in cycle equity; do
    fixture_settle "$bin" "$sql" "$db" plan default --model $model > "$work/$model.json"
    fixture_settle "$bin" "$sql" "$db" plan set --model $model --effective-from "$FIXTURE_FIRST_DAY" "$work/$model.json"
    for d in $(seq -w 1 30); do fixture_settle "$bin" "$sql" "$db" run --model $model --date "2026-01-$d"; done
  done
  order=$(fixture_query "$db" "SELECT id FROM settle.orders WHERE paid_at >= '2026-01-12 00:00+08' AND paid_at < '2026-01-13 00:00+08'
                               AND refunded_at IS NULL AND amount >= 3000 ORDER BY id LIMIT 1")
  [ -n "$order" ] || { echo "no order paid on 2026-01-12 to refund" >&2; return 1; }
  psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "UPDATE settle.orders SET refunded_at = '2026-01-22 10:00+08' WHERE id = $order"
  for model in points cycle equity; do fixture_settle "$bin" "$sql" "$db" rerun --model $model --date 2026-01-22; done
} 

declare -A md5
for side in old new; do
  if [ $side = old ]; then bin=$old_bin sql=$old_sql; else bin=$new_bin sql=$new_sql; fi
  db=compare_$side
  psql -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $db"
  fixture_settle_history "$bin" "$sql" "$db" "$work/$side.log"
  other_programs "$bin" "$sql" "$db" "$work/$side.log" >>"$work/$side.log" 2>&1 \
    || { echo "settling the other programs failed; see $work/$side.log" >&2; tail -n 20 "$work/$side.log" >&2; exit 1; }
  fixture_query "$db" "$lines_sql" > "$work/$side.lines"
  md5[$side]=$(md5sum < "$work/$side.lines" | cut -d' ' -f1)
  printf '%s  %s  (%s lines: %s; %s)\n' "${md5[$side]}" "$side" "$(wc -l < "$work/$side.lines")" \
    "$(cut -d'|' -f1 "$work/$side.lines" | uniq -c | awk '{printf "%s%s %s", sep, $2, $1; sep=", "}')" "$bin"
done

if [ "${md5[old]}" = "${md5[new]}" ]; then
  echo identical
  rm -rf "$work"
else
  echo DIFFERENT
  diff "$work/old.lines" "$work/new.lines" | head -n 40 || true
  echo "(all lines and logs: $work)"
  exit 1
fi
