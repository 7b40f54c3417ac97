#!/usr/bin/env bash
# The test command: unit tests, and integration tests against a private PostgreSQL that this
# script starts (and stops) itself.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests
dir=$(mktemp -d /tmp/settle-test.XXXXXX)
mariadb=$(mktemp -d /tmp/settle-mariadb.XXXXXX)
# The tests' own files (plans, charts, metrics, browser profiles) in one directory, removed with
# the servers' at exit: a run used to leave about 300 files in /tmp.
scratch=$(mktemp -d /tmp/settle-scratch.XXXXXX)
trap 'scripts/pg.sh stop "$dir"; scripts/mariadb.sh stop "$mariadb" 2>/dev/null || true; rm -rf "$dir" "$mariadb" "$scratch"' EXIT
eval "$(scripts/pg.sh start "$dir")"
# A MariaDB server for the test of a shop whose tables live there (mysql_fdw), when installed.
if [ -x /usr/sbin/mariadbd ] || command -v mariadbd >/dev/null 2>&1; then
  eval "$(scripts/mariadb.sh start "$mariadb")"
fi
export SETTLE_REQUIRE_DB=1
TMPDIR="$scratch" swift test --skip-build "$@"
