#!/usr/bin/env bash
# Soak (issue 10): `casewatch run` for DURATION against a private Dovecot and a private session
# bus with a notification server, while a fresh confirmation request (a new case) arrives every
# EVERY seconds, Dovecot is restarted every RESTART_EVERY seconds and the notification server
# once, half-way. Two [[accounts]] log in to the same mailbox (each mail reaches casewatch twice:
# it must be recorded and told once).
#
#   bash benches/soak.sh                                        # one hour
#   DURATION=300 EVERY=5 RESTART_EVERY=60 bash benches/soak.sh  # five minutes
#
# Support resolves each case RESOLVE_AFTER mails later (a "merged" mail, default 6), as a real
# mailbox does: a few cases are open at any time, so what the daemon holds must stay flat.
# RESOLVE_AFTER=0 leaves every case open (the notifier's rounds then grow with the open cases).
#
# Reports: cases appended vs recorded (missed), messages recorded twice, cases told vs expected
# (a notice or a line of a summary), and over time: RSS, CPU, open file descriptors, database
# size. Needs what benches/notify_latency.sh needs; runs as root.
set -euo pipefail
DURATION=${DURATION:-3600}
EVERY=${EVERY:-5}
RESTART_EVERY=${RESTART_EVERY:-300}
RESOLVE_AFTER=${RESOLVE_AFTER:-6}
SAMPLE_EVERY=${SAMPLE_EVERY:-30}
MESSAGES=${MESSAGES:-1000}
source "$(dirname "$0")/lib/mailbox.sh"

# ---------------------------------------------------------------- bus and notification server
start_session_bus
NOTIFY_LOG=$D/notify.log
: >"$NOTIFY_LOG"
start_server() { start_notify_server "$NOTIFY_LOG"; }
start_server

# Two accounts on the same mailbox; notifications go to the desktop (the private bus).
sed -i '/^\[notify\]/,$d' "$CFG"
sed 's/^name = "bench"/name = "bench-2"/' <(sed -n '/^\[\[accounts\]\]/,$p' "$CFG") >>"$CFG"
printf '\n[notify]\ntimeout = "3s"\n' >>"$CFG"

restart_dovecot() {
  kill -TERM -- "-$DOVECOT_PID" 2>/dev/null || true
  wait "$DOVECOT_PID" 2>/dev/null || true
  start_dovecot
}

append_case() { # append_case N [EXAMPLE TAG]: a confirmation request for a new case (or EXAMPLE)
  CASE=$((1765000000000000 + $1)) MID="soak${3:-}-$1@amazon.com" $PY - "$ROOT/config/examples/aws-merge-thread/${2:-02-confirmation-request.eml}" <<'PY' |
import os, sys
raw = open(sys.argv[1], "rb").read().decode("utf-8", "replace")
raw = raw.replace("176221723200417", os.environ["CASE"])
out = []
for line in raw.split("\n"):
    if line.lower().startswith("message-id:"):
        line = "Message-ID: <" + os.environ["MID"] + ">\r"
    out.append(line)
sys.stdout.write("\n".join(out))
PY
    "${DA[@]}" save -u alice -m INBOX
}

sample() { # t rss_kib cpu_ticks fds db_bytes
  local st fds
  st=$(awk '{print $14+$15}' "/proc/$RUN_PID/stat")
  fds=$(ls "/proc/$RUN_PID/fd" | wc -l)
  printf '%s %s %s %s %s\n' "$1" "$(awk '/VmRSS/{print $2}' "/proc/$RUN_PID/status")" "$st" "$fds" \
    "$(cat "$D"/cw.db* 2>/dev/null | wc -c)"
}

# Which bus connections call the notification server (one per daemon is the target).
dbus-monitor --address "$BUS_ADDRESS" "type='method_call',interface='org.freedesktop.Notifications'" \
  >"$D/monitor.out" 2>/dev/null &
EXTRA_PIDS+=("$!")
sleep 0.5

# ---------------------------------------------------------------- the soak
sync # an installed binary has no dirty page-cache pages (benches/idle.sh)
DBUS_SESSION_BUS_ADDRESS=$BUS_ADDRESS RUST_LOG=casewatch=info \
  "$BIN" --config "$CFG" --db "$D/cw.db" run >"$D/run.out" 2>"$D/run.err" &
RUN_PID=$!
for _ in $(seq 600); do grep -q 'watching INBOX' "$D/run.err" && break; sleep 0.5; done
sleep 5
BASE_NOTIFIED=$(wc -l <"$NOTIFY_LOG")
say "== soak: ${DURATION}s, a new case every ${EVERY}s, Dovecot restarted every ${RESTART_EVERY}s"
: >"$D/samples"
start=$(date +%s)
n=0
next_restart=$((start + RESTART_EVERY))
next_sample=$start
server_restarted=0
while (( $(date +%s) - start < DURATION )); do
  now=$(date +%s)
  kill -0 "$RUN_PID" 2>/dev/null || { tail -20 "$D/run.err" >&2; die "casewatch run exited"; }
  n=$((n + 1))
  append_case "$n" || say "append $n failed (server restarting?)"
  if ((RESOLVE_AFTER > 0 && n > RESOLVE_AFTER)); then
    append_case $((n - RESOLVE_AFTER)) 04-merged.eml -merged || say "append of the merge $((n - RESOLVE_AFTER)) failed"
  fi
  if (( now >= next_sample )); then sample $((now - start)) >>"$D/samples"; next_sample=$((now + SAMPLE_EVERY)); fi
  if (( now >= next_restart )); then restart_dovecot; next_restart=$((now + RESTART_EVERY)); fi
  if (( server_restarted == 0 && now - start >= DURATION / 2 )); then
    kill "$SERVER_PID" 2>/dev/null || true; sleep 1; start_server; server_restarted=1
  fi
  sleep "$EVERY"
done
say "== settling (60 s)"
sleep 60
sample $(( $(date +%s) - start )) >>"$D/samples"
kill -TERM "$RUN_PID"; wait "$RUN_PID" || true; RUN_PID=

# ---------------------------------------------------------------- the report
recorded=$($PY -c "
import sqlite3; c=sqlite3.connect('$D/cw.db')
print(c.execute(\"select count(distinct number) from cases where number like '1765%'\").fetchone()[0],
      c.execute(\"select count(*) from messages where (key like '<soak-%' or key like 'soak-%') and key not like '%merged%'\").fetchone()[0],
      c.execute(\"select count(*) from cases where number like '1765%' and state = 'resolved'\").fetchone()[0])")
read -r cases msgs resolved <<<"$recorded"
told=$($PY - "$NOTIFY_LOG" "$BASE_NOTIFIED" <<'PY'
import re, sys
lines = open(sys.argv[1]).read().splitlines()[int(sys.argv[2]):]
single = set(); in_summaries = 0
for l in lines:
    s = l.split("\t", 1)[-1]
    m = re.search(r"case (1765\d+): ", s)
    if m: single.add(m.group(1)); continue
    m = re.search(r"casewatch: (\d+) cases? wait", s)
    if m: in_summaries += int(m.group(1))
dups = sum(1 for l in lines if re.search(r"case 1765\d+: ", l)) - len(single)
print(len(single) + in_summaries, dups, len(lines))
PY
)
read -r told dups calls <<<"$told"
echo
echo "casewatch soak — $(date -u +%Y-%m-%dT%H:%MZ), ${DURATION}s, a case every ${EVERY}s, Dovecot restarted every ${RESTART_EVERY}s (and the notification server once), two accounts on one mailbox, casewatch $(git -C "$ROOT" rev-parse --short HEAD)"
echo "cases appended $n, recorded $cases (missed $((n - cases))); requests recorded $msgs (each once: $([[ $msgs == "$n" ]] && echo yes || echo no)); resolved by a later mail: $resolved"
echo "cases told $told of $n (notify calls $calls, a case told twice: $dups)"
echo "bus connections that called the notification server: $(grep '^method call' "$D/monitor.out" | grep -o 'sender=[^ ]*' | sort -u | wc -l) (for $(grep -c 'member=Notify$' "$D/monitor.out") Notify calls)"
echo "seconds  RSS(KiB)  CPU(ticks)  FDs  database(bytes)"
cat "$D/samples"
