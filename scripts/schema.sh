#!/usr/bin/env bash
# settle's schema as text, normalised so that two databases of the same schema print the same.
#
#   scripts/schema.sh dump [DATABASE]       the settle schema of DATABASE (default: $PGDATABASE),
#                                           from the PG* environment, to standard output
#   scripts/schema.sh snapshot SETTLE_BIN   migrates a fresh database of a private cluster with
#                                           SETTLE_BIN and writes sql/schema.snapshot.sql
#
# Normalised: `pg_dump --schema-only --no-owner --no-privileges --schema=settle`, without the day
# partitions (tables named *_YYYYMMDD: they come and go with the days), without comments, SET
# lines and psql's \restrict lines, blank lines squeezed; the legacy ledger partition's list of
# days (0014) as "(NULL, …)". Grants are read from the rooms' schema files, not compared here:
# they depend on which roles the cluster has.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

dump() {
  pg_dump --schema-only --no-owner --no-privileges --schema=settle \
          --exclude-table='settle.*_[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' ${1:+--dbname="$1"} \
    | grep -v -e '^--' -e '^SET ' -e '^SELECT pg_catalog.set_config' -e '^\\restrict' -e '^\\unrestrict' \
    | sed -e 's/ATTACH PARTITION settle.ledger_before_0014 FOR VALUES IN (NULL.*);$/ATTACH PARTITION settle.ledger_before_0014 FOR VALUES IN (NULL, …);/' \
    | cat -s
}

case "${1:-}" in
  dump) dump "${2:-}" ;;
  snapshot)
    [ $# = 2 ] && [ -x "$2" ] || { echo "usage: $0 snapshot SETTLE_BIN" >&2; exit 2; }
    bin=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
    pgdir=$(mktemp -d /tmp/schema-pg.XXXXXX)
    trap '"$here/pg.sh" stop "$pgdir"; rm -rf "$pgdir"' EXIT
    eval "$("$here/pg.sh" start "$pgdir")"
    psql -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE schema_snapshot"
    SETTLE_SQL_DIR="$here/../sql" PGDATABASE=schema_snapshot "$bin" migrate >/dev/null
    {
      echo "-- settle's schema as \`settle migrate\` leaves it (generated: scripts/schema.sh snapshot; do not edit)."
      echo "-- pg_dump $(pg_dump --version | awk '{print $3}' | cut -d. -f1); tests compare a fresh and an upgraded database with it."
      PGDATABASE=schema_snapshot dump
    } > "$here/../sql/schema.snapshot.sql"
    echo "wrote sql/schema.snapshot.sql"
    ;;
  *) echo "usage: $0 dump [DATABASE] | snapshot SETTLE_BIN" >&2; exit 2 ;;
esac
