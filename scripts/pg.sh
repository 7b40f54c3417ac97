#!/usr/bin/env bash
# A private, throwaway PostgreSQL cluster for the demo and the tests.
#
#   scripts/pg.sh start DIR   initialise (if needed) and start a cluster in DIR; prints `export PG…` lines
#   scripts/pg.sh restart DIR an immediate stop and a start on the same port
#   scripts/pg.sh stop DIR    stop it
#
# It listens on a Unix socket in DIR and on 127.0.0.1 (a free port), trusts local socket
# connections as the superuser `postgres`, and asks TCP clients for a password (scram). Run as
# root, it runs the server as the `postgres` system user (created if missing), because
# PostgreSQL refuses to run as root.
set -euo pipefail

bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$found" ] && [ -x "$found/initdb" ] && { echo "$found"; return; }
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return; }
  echo "pg.sh: no PostgreSQL server found (apt-get install postgresql)" >&2; exit 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

server_options() {   # port
  # Fast and not crash-safe by default (throwaway clusters); PG_DURABLE=1 keeps PostgreSQL's
  # durable defaults, for tests that crash the server on purpose.
  local fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${PG_DURABLE:-0}" = 1 ] && fast=""
  echo "-c listen_addresses=127.0.0.1 -p $1 -k $dir $fast -c max_connections=60 -c shared_buffers=512MB -c max_wal_size=4GB"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

cmd=${1:-}; dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
BIN=$(bindir)

case "$cmd" in
start)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" --shell /usr/sbin/nologin postgres
    chown postgres "$dir"
    # The server user must be able to reach DIR through its parents.
    p="$dir"; while [ "$p" != "/" ]; do p=$(dirname "$p"); chmod o+x "$p" 2>/dev/null || true; done
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_owner "$BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || as_owner "$BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    cat > "$dir/data/pg_hba.conf" <<HBA
local all all trust
host  all all 127.0.0.1/32 scram-sha-256
HBA
  fi
  port=$(free_port)
  as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "$(server_options "$port")" >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "$port" > "$dir/port"
  echo "export PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres"
  ;;
restart)
  # An immediate restart on the same port: what a crash or a failover looks like to clients.
  port=$(cat "$dir/port")
  as_owner "$BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
  as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "$(server_options "$port")" >/dev/null
  ;;
stop)
  [ -f "$dir/data/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  ;;
*) echo "usage: $0 start|restart|stop DIR" >&2; exit 2 ;;
esac
