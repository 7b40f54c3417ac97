#!/usr/bin/env bash
# The test command: unit tests, and integration tests against a private PostgreSQL that this
# script starts (and stops) itself.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests
dir=$(mktemp -d /tmp/settle-test.XXXXXX)
trap 'scripts/pg.sh stop "$dir"; rm -rf "$dir"' EXIT
eval "$(scripts/pg.sh start "$dir")"
export SETTLE_REQUIRE_DB=1
swift test --skip-build "$@"
