#!/usr/bin/env bash
# The README's screenshots of the console: runs `scripts/demo.sh --serve` on a spare port, loads
# the main pages in headless Chromium (Debian's `chromium`; fonts-noto-cjk for the Chinese) and
# writes docs/img/console-*.png.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${SETTLE_DEMO_PORT:-18123}
log=$(mktemp /tmp/console-screenshots.XXXXXX)
SETTLE_DEMO_PORT=$port scripts/demo.sh --serve >"$log" 2>&1 &
demo=$!
trap 'kill $demo 2>/dev/null || true; pkill -f "settle serve --listen 127.0.0.1:$port" || true; wait $demo 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 600); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 1; done
shot() {  # NAME PATH [LANGUAGE]
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1000 --accept-lang="${3:-en-US}" \
    --screenshot="docs/img/console-$1.png" "http://127.0.0.1:$port$2" >/dev/null 2>&1
  echo "docs/img/console-$1.png"
}
shot day /programs/points/day
shot member "/programs/points/member?phone=13800000001"
shot health /health zh-CN
shot cycle-liability /programs/cycle/liability
