#!/usr/bin/env bash
# Installs settle the way a server admin expects, in one command:
#
#   sudo scripts/install.sh                      # PREFIX=/usr/local, units into /etc/systemd/system
#   DESTDIR=/tmp/pkg scripts/install.sh          # stage into a directory (packaging)
#   SETTLE_BIN=.build/debug/settle scripts/install.sh   # install an already built binary
#
# Places: $PREFIX/bin/settle and $PREFIX/bin/settle-alert; the migrations in
# $PREFIX/share/settle/sql (where `settle migrate` looks, beside the binary); the man pages
# (swift-argument-parser's generate-manual) in $PREFIX/share/man/man1; bash, zsh and fish
# completions; the systemd units and the timer in $UNITDIR; the crontab as an example in
# $PREFIX/share/settle. Creates nothing else: the `settle` user, ~settle/.pg_service.conf and
# .pgpass, and `systemctl enable --now settle.timer` are the admin's (docs/operations.md).
set -euo pipefail
cd "$(dirname "$0")/.."
PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
UNITDIR=${UNITDIR:-/etc/systemd/system}
root="$DESTDIR$PREFIX"

bin=${SETTLE_BIN:-}
if [ -z "$bin" ]; then
  swift build -c release --product settle >/dev/null
  bin=.build/release/settle
fi

install -d "$root/bin" "$root/share/settle/sql/roles" "$root/share/man/man1" \
           "$root/share/bash-completion/completions" "$root/share/zsh/site-functions" \
           "$root/share/fish/vendor_completions.d" "$DESTDIR$UNITDIR"
install -m 0755 "$bin" "$root/bin/settle"
install -m 0755 cron/settle-alert.sh "$root/bin/settle-alert"
install -m 0644 sql/*.sql "$root/share/settle/sql/"
install -m 0644 sql/roles/*.sql "$root/share/settle/sql/roles/"
install -m 0644 cron/settle.crontab "$root/share/settle/settle.crontab"
for unit in settle.service settle.timer settle-alert@.service settle-console.service; do
  sed "s|/usr/local/bin/|$PREFIX/bin/|g" "cron/$unit" > "$DESTDIR$UNITDIR/$unit"
  chmod 0644 "$DESTDIR$UNITDIR/$unit"
done
"$bin" --generate-completion-script bash > "$root/share/bash-completion/completions/settle"
"$bin" --generate-completion-script zsh > "$root/share/zsh/site-functions/_settle"
"$bin" --generate-completion-script fish > "$root/share/fish/vendor_completions.d/settle.fish"

# Man pages: one per command, from the same help text as --help.
man=$(mktemp -d)
trap 'rm -rf "$man"' EXIT
if [ "${SETTLE_NO_MAN:-0}" = 1 ]; then
  echo "install.sh: man pages skipped (SETTLE_NO_MAN=1)" >&2
elif swift package --allow-writing-to-directory "$man" generate-manual --multi-page --output-directory "$man" >/dev/null 2>&1; then
  find "$man" -name '*.1' -exec install -m 0644 {} "$root/share/man/man1/" \;
else
  echo "install.sh: man pages not generated (swift package generate-manual failed); everything else is installed" >&2
fi
echo "installed settle $("$bin" --version | cut -d' ' -f2) into $root (units: $DESTDIR$UNITDIR)"
