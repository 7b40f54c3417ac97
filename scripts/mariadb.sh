#!/usr/bin/env bash
# A private, throwaway MariaDB server for the tests of a shop whose tables live in MariaDB.
#
#   scripts/mariadb.sh start DIR   initialise (if needed) and start a server in DIR; prints `export MARIADB_…` lines
#   scripts/mariadb.sh stop DIR    stop it
#
# It listens on 127.0.0.1 (a free port) and a socket in DIR, with a user `shop` (password
# `shop`) owning the database `shop`. Run as root, it runs the server as the `mysql` user.
set -euo pipefail
cmd=${1:-}; dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || { echo "mariadb.sh: no MariaDB server (apt-get install mariadb-server)" >&2; exit 1; }
PATH=$PATH:/usr/sbin
owner=$(id -un); [ "$(id -u)" = 0 ] && owner=mysql

case "$cmd" in
start)
  mkdir -p "$dir"
  chmod 755 "$dir"
  if [ ! -d "$dir/data/mysql" ]; then
    [ "$(id -u)" = 0 ] && chown -R "$owner" "$dir"
    mariadb-install-db --no-defaults --user="$owner" --datadir="$dir/data" --auth-root-authentication-method=socket \
      --skip-test-db >"$dir/install.log" 2>&1
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  [ "$(id -u)" = 0 ] && chown -R "$owner" "$dir"
  mariadbd --no-defaults --user="$owner" --datadir="$dir/data" --socket="$dir/mysqld.sock" --pid-file="$dir/mysqld.pid" \
    --port="$port" --bind-address=127.0.0.1 --skip-name-resolve --log-error="$dir/server.log" >/dev/null 2>&1 &
  for _ in $(seq 1 100); do
    [ -S "$dir/mysqld.sock" ] && mariadb --no-defaults --socket="$dir/mysqld.sock" -u root -e "SELECT 1" >/dev/null 2>&1 && break
    sleep 0.2
  done
  mariadb --no-defaults --socket="$dir/mysqld.sock" -u root -e "
    CREATE DATABASE IF NOT EXISTS shop CHARACTER SET utf8mb4;
    CREATE USER IF NOT EXISTS 'shop'@'127.0.0.1' IDENTIFIED BY 'shop';
    GRANT ALL ON shop.* TO 'shop'@'127.0.0.1';"
  echo "$port" > "$dir/port"
  echo "export MARIADB_HOST=127.0.0.1 MARIADB_PORT=$port MARIADB_SOCKET=$dir/mysqld.sock MARIADB_USER=shop MARIADB_PASSWORD=shop MARIADB_DATABASE=shop"
  ;;
stop)
  if [ -f "$dir/mysqld.pid" ]; then kill "$(cat "$dir/mysqld.pid")" 2>/dev/null || true; fi
  for _ in $(seq 1 50); do [ -f "$dir/mysqld.pid" ] || break; sleep 0.2; done
  ;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
