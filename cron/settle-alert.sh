#!/bin/sh
# settle-alert STATUS: called by cron (cron/settle.crontab) when `settle run` exits non-zero, and
# by systemd's settle-alert@.service. Mails the last lines of the log to $SETTLE_ALERT_TO (or
# root) and logs to syslog. Exit 75 (another settlement held the lock) is not a failure: that one
# does the work. Replace the mail line with your pager or chat hook.
status=${1:-1}
case "$status" in
  0|75) exit 0 ;;
  5) what="settled, but late input: a settled day's orders or refunds changed (rerun the days named)" ;;
  3) what="bad input or plan: nothing written (the message names the ids)" ;;
  4) what="day not ready" ;;
  *) what="failed (exit $status)" ;;
esac
to=${SETTLE_ALERT_TO:-root}
log=${SETTLE_LOG:-/var/log/settle/settle.log}
logger -t settle "settle run: $what" 2>/dev/null || true
if command -v mail >/dev/null 2>&1; then
  { echo "settle run on $(hostname): $what"; echo; tail -n 50 "$log" 2>/dev/null; } | mail -s "settle: $what" "$to"
fi
echo "settle-alert: $what" >&2
exit 0
