#!/usr/bin/env bash
# Settles the same random shop with two versions of settle and compares every settled line.
#
#   scripts/compare-versions.sh OLD_BIN OLD_SQL_DIR NEW_BIN NEW_SQL_DIR
#
# The shop is the upgrade fixture's (scripts/make-upgrade-fixture.sh: 150 members, 400 orders,
# FIXTURE_SEED to pick another). Each version, in its own fresh database of one private cluster:
# migrate, plan default → plan set --effective-from 2026-01-01, run --date 2026-01-01 … 30, a late
# refund (an order paid on 2026-01-10, refunded 2026-01-20 10:00+08), rerun --date 2026-01-20.
# Prints the md5 of settle.settlement_lines for both and "identical" (exit 0) or "DIFFERENT"
# with the first differing lines (exit 1). Exit 2: usage; anything else failing: non-zero.
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

lines_sql="SELECT format('%s|%s|%s|%s|%s', settle_date, member_id, kind, entitled, paid) FROM settle.settlement_lines ORDER BY settle_date, member_id, kind"
declare -A md5
for side in old new; do
  if [ $side = old ]; then bin=$old_bin sql=$old_sql; else bin=$new_bin sql=$new_sql; fi
  db=compare_$side
  psql -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $db"
  fixture_settle_history "$bin" "$sql" "$db" "$work/$side.log"
  md5[$side]=$(fixture_query "$db" "$FIXTURE_LINES_MD5_SQL")
  fixture_query "$db" "$lines_sql" > "$work/$side.lines"
  printf '%s  %s  (%s lines; %s)\n' "${md5[$side]}" "$side" "$(wc -l < "$work/$side.lines")" "$bin"
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
