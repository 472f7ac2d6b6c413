#!/usr/bin/env bash
# What `casewatch run` costs while it waits (issue 11): CPU time, wake-ups and resident memory
# over quiet windows, after the first catch-up, against a private Dovecot holding MESSAGES
# messages (INBOX and Sent each watched with IDLE) and a private session bus with a
# notification server.
#
#   bash benches/idle.sh                       # windows of 60 s and 300 s
#   WINDOWS="30" MESSAGES=1000 bash benches/idle.sh
#
# Figures, per window, for casewatch and for the floor measured in the same run (a bare IDLE
# client in Python on INBOX: what the server's keepalives alone cost a client):
#   CPU       on-CPU time of every thread, from /proc/PID/task/*/schedstat (nanoseconds)
#   wake-ups  context switches of every thread (voluntary + involuntary): each is a wake-up
#   keepalives the untagged lines the bare client received (Dovecot's "* OK Still here")
#   RSS       VmRSS sampled every second: median and max
# Reference figures (issue 11, same kind of machine, 60 s and 300 s windows): buzz 0.00–0.12
# ms/min CPU, 0–0.6 wake-ups/min, 6.5 MiB; mailnag 0.17–0.4 ms/min, 2–3.6 /min, 45.6 MiB.
# Targets: CPU <= 0.2 ms/min; wake-ups <= keepalives + 2 /min; RSS <= 8 MiB at all times.
set -euo pipefail
MESSAGES=${MESSAGES:-1000}
WINDOWS=${WINDOWS:-60 300}
source "$(dirname "$0")/lib/mailbox.sh"

start_session_bus
start_notify_server "$D/notify.log"

# The bare client: IDLE on INBOX, prints one line per untagged response it gets.
cat >"$D/bare.py" <<'PY'
import os, socket, ssl, sys
ctx = ssl.create_default_context(cafile=os.environ["CA"])
s = ctx.wrap_socket(socket.create_connection(("127.0.0.1", int(os.environ["PORT"]))), server_hostname="127.0.0.1")
f = s.makefile("rb")
f.readline()
for cmd in (b"a LOGIN alice " + os.environ["PW"].encode(), b"b EXAMINE INBOX", b"c IDLE"):
    s.sendall(cmd + b"\r\n")
    while True:
        line = f.readline()
        if line.startswith(cmd[:2]) or line.startswith(b"+"):
            break
print("ready", flush=True)
for line in f:
    print(line.decode(errors="replace").strip(), flush=True)
PY
"$PY" "$D/bare.py" >"$D/bare.out" 2>&1 &
BARE_PID=$!
EXTRA_PIDS+=("$BARE_PID")

# The README's steps: `casewatch sync` (the first pass, which creates the database), then
# `casewatch run`. FRESH_DB=1 starts `run` on no database at all (it then applies the schema
# migrations itself, and keeps what the migration runner compiled: ~0.4 MiB).
if [[ -z ${FRESH_DB:-} ]]; then
  DBUS_SESSION_BUS_ADDRESS=$BUS_ADDRESS "$BIN" --config "$CFG" --db "$D/cw.db" sync >/dev/null 2>"$D/sync.err" || { cat "$D/sync.err" >&2; die "casewatch sync failed"; }
fi

# A binary written moments ago has dirty page-cache pages, which the daemon's settling after a
# pass cannot drop from its resident set (benches/RESULTS-imap.md): write them back first, as
# they are for an installed binary.
sync
DBUS_SESSION_BUS_ADDRESS=$BUS_ADDRESS RUST_LOG=casewatch=info "$BIN" --config "$CFG" --db "$D/cw.db" run \
  >"$D/run.out" 2>"$D/run.err" &
RUN_PID=$!
for _ in $(seq 600); do grep -q 'watching' "$D/run.err" && break; sleep 0.1; done
kill -0 "$RUN_PID" 2>/dev/null || { cat "$D/run.err" >&2; die "casewatch run exited"; }
for _ in $(seq 100); do grep -q ready "$D/bare.out" && break; sleep 0.1; done
grep -q ready "$D/bare.out" || die "the bare client did not log in: $(cat "$D/bare.out")"
# The first catch-up and whatever it set going (the notifier's first round, the settling after
# the pass) are over well within this.
say "== casewatch run is watching; letting the first catch-up settle (30 s)"
sleep 30

cpu_ns() { # $1 = pid: on-CPU nanoseconds of all its threads
  cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{ s += $1 } END { printf "%d\n", s }'
}
switches() { # $1 = pid: context switches of all its threads
  cat /proc/"$1"/task/*/status 2>/dev/null | awk '/^(non)?voluntary_ctxt_switches:/ { s += $2 } END { print s }'
}
kib() { awk -v k="$1" '$1 == k":" { print $2 }' "/proc/$RUN_PID/status"; }
per_thread() { # $1 = pid: "tid name switches" per thread
  local t
  for t in /proc/"$1"/task/*; do
    echo "${t##*/} $(tr ' ' _ <"$t/comm") $(awk '/^(non)?voluntary_ctxt_switches:/ { s += $2 } END { print s }' "$t/status")"
  done
}

printf '%-10s %-9s %14s %14s %16s %16s %14s %18s\n' window who "CPU ms" "CPU ms/min" "wake-ups" "wake-ups/min" keepalives "RSS median/max" >"$D/table"
for W in $WINDOWS; do
  say "== quiet window of ${W}s"
  per_thread "$RUN_PID" >"$D/threads0"
  c0=$(cpu_ns "$RUN_PID") s0=$(switches "$RUN_PID")
  b0=$(cpu_ns "$BARE_PID") bs0=$(switches "$BARE_PID")
  k0=$(wc -l <"$D/bare.out")
  : >"$D/rss"
  for _ in $(seq "$W"); do
    sleep 1
    kib VmRSS >>"$D/rss"
  done
  c1=$(cpu_ns "$RUN_PID") s1=$(switches "$RUN_PID")
  per_thread "$RUN_PID" >"$D/threads1"
  # Which threads woke: name and context switches in the window.
  echo "  ${W}s window, casewatch's wake-ups per thread:" >>"$D/threads"
  join "$D/threads0" "$D/threads1" 2>/dev/null | awk '$5 - $3 > 0 { printf "    %s (%s): %d\n", $2, $1, $5 - $3 }' >>"$D/threads"
  b1=$(cpu_ns "$BARE_PID") bs1=$(switches "$BARE_PID")
  k1=$(wc -l <"$D/bare.out")
  read -r med max < <(sort -n "$D/rss" | awk '{ v[NR] = $1 } END { printf "%.1f %.1f\n", v[int((NR + 1) / 2)] / 1024, v[NR] / 1024 }')
  awk -v w="$W" -v c="$((c1 - c0))" -v s="$((s1 - s0))" -v k="$((k1 - k0))" -v med="$med" -v max="$max" \
    'BEGIN { printf "%-10s %-9s %14.2f %14.3f %16d %16.2f %14d %18s\n", w "s", "casewatch", c / 1e6, c / 1e6 * 60 / w, s, s * 60 / w, k, med " / " max " MiB" }' >>"$D/table"
  awk -v w="$W" -v c="$((b1 - b0))" -v s="$((bs1 - bs0))" -v k="$((k1 - k0))" \
    'BEGIN { printf "%-10s %-9s %14.2f %14.3f %16d %16.2f %14d %18s\n", w "s", "bare IDLE", c / 1e6, c / 1e6 * 60 / w, s, s * 60 / w, k, "-" }' >>"$D/table"
done
THREADS=$(awk '$1 == "Threads:" { print $2 }' "/proc/$RUN_PID/status")
RSS_PARTS="anon $(kib RssAnon) KiB, file $(kib RssFile) KiB"
# Where the resident set is: the largest mappings.
awk '/^[0-9a-f]+-[0-9a-f]+ / { name = $6 == "" ? "[anon]" : $6 } /^Rss:/ { rss[name] += $2 }
  END { for (n in rss) if (rss[n] >= 256) printf "    %6d KiB  %s\n", rss[n], n }' "/proc/$RUN_PID/smaps" |
  sort -rn | head -8 >"$D/mappings"
kill -TERM "$RUN_PID"
wait "$RUN_PID" || true
RUN_PID=
echo "casewatch idle, $MESSAGES messages, INBOX and Sent under IDLE, $THREADS threads, $([[ -n ${FRESH_DB:-} ]] && echo "run on a new database" || echo "run after sync"), $(date -u +%FT%TZ), $(git -C "$ROOT" rev-parse --short HEAD)"
cat "$D/table"
echo "  RSS at the end: $RSS_PARTS; the largest mappings:"
cat "$D/mappings"
cat "$D/threads" 2>/dev/null || true
