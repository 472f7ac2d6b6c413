#!/usr/bin/env bash
# IMAP benchmark for casewatch against a private Dovecot on loopback (issue 3).
#
#   benches/imap_sync.sh                          # 100,000 messages, 300 s idle period
#   MESSAGES=2000 IDLE_SECONDS=20 benches/imap_sync.sh   # smoke test, ~1 minute
#
# Parameters (environment):
#   MESSAGES      mailbox size (default 100000), ~3 KB per message
#   CASE_MAILS    AWS case mails among them (default 300 at 100k, scaled down, at least 15)
#   IDLE_SECONDS  length of the idle period measured under `casewatch run` (default 300)
#   LATENCY_RUNS  APPENDs for the latency median (default 5)
#   WORK          work directory (default: a new temp dir; removed at the end unless KEEP=1)
#   NO_BUILD=1    use target/release/casewatch as it is
#   CASEWATCH_BIN measure this binary instead of target/release/casewatch (with NO_BUILD=1)
#
# Needs: dovecot-imapd, openssl, python3 (stdlib only), /usr/bin/time (package `time`).
# Runs as root (Dovecot's mail user is 65534, as in the test harness tests/it/dovecot.rs).
#
# What it measures, in this order, on the same mailbox restored to the same state
# (hard links + fresh copies of Dovecot's index files, RECIPES.md) before each cold run:
#   1. casewatch sync, first sync, cold server cache: wall time, server bytes sent, peak RSS
#   2. casewatch sync again, nothing new (incremental)
#   3. the floor, cold: a bare python imaplib client sends casewatch's own UID SEARCH (taken
#      from the server's rawlog of step 1) and fetches the candidates in one UID FETCH with
#      the same BODY.PEEK[]<0.max_message_size>; then the same again warm
#   4. casewatch sync with an empty database on the now-warm server (compares with 3 warm)
#   5. APPEND-to-recorded latency under `casewatch run` vs a bare IDLE client in the same
#      run, each alone on the mailbox (median and minimum of LATENCY_RUNS APPENDs)
#   6. RSS and CPU of `casewatch run` over IDLE_SECONDS of quiet
# Bytes "sent" are Dovecot's own count per session (imap_logout_format = in=%i out=%o).
set -euo pipefail

MESSAGES=${MESSAGES:-100000}
IDLE_SECONDS=${IDLE_SECONDS:-300}
LATENCY_RUNS=${LATENCY_RUNS:-5}
source "$(dirname "$0")/lib/mailbox.sh"


# ---------------------------------------------------------------- 1, 2: casewatch sync
restore
say "== 1. casewatch sync, first sync (cold server cache)"
read -r SYNC_S SYNC_KIB SYNC_OUT < <(timed_sync "$D/cw.db")
CASES_FOUND=$(cw --db "$D/cw.db" cases --json | $PY -c 'import json,sys; print(len(json.load(sys.stdin)))')
RECORDED=$(sqlite3 "$D/cw.db" 'select count(*) from messages' 2>/dev/null || echo '?')
say "   ${SYNC_S}s, peak RSS $((SYNC_KIB / 1024)) MiB, server sent $SYNC_OUT bytes; $CASES_FOUND cases, $RECORDED messages recorded"
say "== 2. casewatch sync again, nothing new"
read -r INC_S INC_KIB INC_OUT < <(timed_sync "$D/cw.db")
say "   ${INC_S}s, peak RSS $((INC_KIB / 1024)) MiB, server sent $INC_OUT bytes"

# casewatch's own first-sync search, from the server's rawlog of its session.
QUERY=$(cat "$HOME_DIR"/rawlog/*.in 2>/dev/null | tr -d '\r' | grep -m1 -o 'UID SEARCH SINCE .*' | sed 's/^UID SEARCH //' || true)
[[ -n $QUERY ]] || die "no UID SEARCH in the rawlog ($HOME_DIR/rawlog)"
rm -rf "$HOME_DIR"/rawlog/*
say "   casewatch searched: $QUERY"
CANDIDATES=$(grep -o '[0-9]* candidate' "$D/sync.err" | head -1 | cut -d' ' -f1 || true)

# ---------------------------------------------------------------- 3: the floor
floor() {
  local mark
  mark=$(log_mark)
  QUERY=$QUERY $PY - <<'PYEOF'
import imaplib, os, ssl, time
ctx = ssl.create_default_context(cafile=os.environ["CA"])
t0 = time.monotonic()
c = imaplib.IMAP4_SSL("127.0.0.1", int(os.environ["PORT"]), ssl_context=ctx)
c.login("alice", os.environ["PW"])
c.select("INBOX", readonly=True)
t1 = time.monotonic()
typ, data = c.uid("SEARCH", os.environ["QUERY"])
assert typ == "OK", data
uids = [int(u) for u in b" ".join(d for d in data if d).split()]
t2 = time.monotonic()
n = 0
if uids:
    typ, data = c.uid("FETCH", ",".join(map(str, uids)), "(UID BODY.PEEK[]<0.%s>)" % os.environ["MAXSZ"])
    assert typ == "OK", data
    n = sum(1 for d in data if isinstance(d, tuple))
t3 = time.monotonic()
c.logout()
t4 = time.monotonic()
print("%.3f %.3f %.3f %d %d" % (t2 - t1, t3 - t2, t4 - t0, len(uids), n))
PYEOF
  server_out "$mark" 1
}
restore
say "== 3. the floor: the same UID SEARCH + one UID FETCH of the candidates, bare client"
{ read -r F_SEARCH F_FETCH F_TOTAL F_UIDS F_FETCHED; read -r F_OUT; } < <(floor)
say "   cold: search ${F_SEARCH}s + fetch ${F_FETCH}s ($F_UIDS candidates, $F_FETCHED fetched), whole session ${F_TOTAL}s, server sent $F_OUT bytes"
{ read -r W_SEARCH W_FETCH W_TOTAL W_UIDS W_FETCHED; read -r W_OUT; } < <(floor)
say "   warm: search ${W_SEARCH}s + fetch ${W_FETCH}s, whole session ${W_TOTAL}s, server sent $W_OUT bytes"
say "== 4. casewatch sync, empty database, warm server"
read -r WSYNC_S WSYNC_KIB WSYNC_OUT < <(timed_sync "$D/cw-warm.db")
say "   ${WSYNC_S}s, peak RSS $((WSYNC_KIB / 1024)) MiB, server sent $WSYNC_OUT bytes"

# ---------------------------------------------------------------- 5: latency under IDLE
# A binary written in the last 30 s has dirty page-cache pages; smaps counts them as dirty and
# the idle settler would leave them mapped (RESULTS-imap.md). Write them back first.
sync
say "== 5. APPEND-to-recorded: each observer alone on the mailbox, $LATENCY_RUNS APPENDs each"
# One observer at a time: at 100,000 messages every Dovecot session re-syncs the big index
# after a change, and sessions running side by side on 2 cores delay one another by ~120 or
# ~260 ms in an order that varies from run to run (benches/RESULTS-imap.md).
lat() {
  PYTHONPATH=$ROOT/benches/lib RUNS=$LATENCY_RUNS DB=$D/cw.db \
    EXAMPLE=$ROOT/config/examples/aws-merge-thread/01-acknowledgement.eml $PY "$ROOT/benches/lib/latency.py" "$1"
}
read -r LAT_FLOOR LAT_FLOOR_MIN LAT_FLOOR_ALL < <(lat idle)
say "   bare IDLE client: median ${LAT_FLOOR} ms, min ${LAT_FLOOR_MIN} ms ($LAT_FLOOR_ALL)"
read -r LAT_FETCH LAT_FETCH_MIN LAT_FETCH_ALL < <(lat fetch)
say "   bare IDLE+FETCH client: median ${LAT_FETCH} ms, min ${LAT_FETCH_MIN} ms ($LAT_FETCH_ALL)"
RUST_LOG=${RUN_LOG:-casewatch=info} "$BIN" --config "$CFG" --db "$D/cw.db" run >"$D/run.out" 2>"$D/run.err" &
RUN_PID=$!
for _ in $(seq 100); do grep -q 'watching INBOX' "$D/run.err" && break; sleep 0.1; done
kill -0 "$RUN_PID" 2>/dev/null || { cat "$D/run.err" >&2; die "casewatch run exited"; }
sleep 1
read -r LAT_CW LAT_CW_MIN LAT_CW_ALL < <(lat recorded)
LAT_MISSED=$(tr , '\n' <<<"$LAT_CW_ALL" | grep -c -- - || true)
say "   casewatch run: median ${LAT_CW} ms, min ${LAT_CW_MIN} ms ($LAT_CW_ALL), missed $LAT_MISSED"

# ---------------------------------------------------------------- 6: idle RSS and CPU
say "== 6. casewatch run, idle for ${IDLE_SECONDS}s"
TCK=$(getconf CLK_TCK)
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$RUN_PID/stat"; }
kib() { awk -v k="$1" '$1 == k":" { print $2 }' "/proc/$RUN_PID/status"; }
sleep 2 # let the last latency round settle
C0=$(cpu_ticks)
RSS_MAX=0
: >"$D/rss.samples"
for i in $(seq "$IDLE_SECONDS"); do
  sleep 1
  r=$(kib VmRSS)
  ((r > RSS_MAX)) && RSS_MAX=$r
  echo "$i $r $(kib RssAnon) $(kib RssFile)" >>"$D/rss.samples"
done
# Median and 90th percentile of the per-second VmRSS samples, and every 30th sample.
read -r RSS_MEDIAN RSS_P90 < <(cut -d' ' -f2 "$D/rss.samples" | sort -n |
  awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[int(NR * 0.9 + 0.5)] }')
RSS_SERIES=$(awk 'NR == 1 || NR % 30 == 0 { printf "%s%ds:%d", (NR > 1 ? " " : ""), $1, $2 }' "$D/rss.samples")
C1=$(cpu_ticks)
IDLE_RSS_END=$(kib VmRSS)
IDLE_HWM=$(kib VmHWM)
THREADS=$(awk '$1 == "Threads:" { print $2 }' "/proc/$RUN_PID/status")
RSS_ANON=$(kib RssAnon)
RSS_FILE=$(kib RssFile)
IDLE_CPU_S=$(echo "scale=2; ($C1 - $C0) / $TCK" | bc)
IDLE_CPU_PCT=$(echo "scale=4; 100 * ($C1 - $C0) / $TCK / $IDLE_SECONDS" | bc)
say "   VmRSS end $((IDLE_RSS_END / 1024)) MiB ($IDLE_RSS_END KiB), max $RSS_MAX KiB, VmHWM $IDLE_HWM KiB (anon $RSS_ANON KiB, file $RSS_FILE KiB), $THREADS threads; CPU ${IDLE_CPU_S}s over ${IDLE_SECONDS}s (${IDLE_CPU_PCT}%)"
kill -TERM "$RUN_PID"
wait "$RUN_PID" || true
RUN_PID=

# ---------------------------------------------------------------- summary
pct() { echo "scale=3; 100 * $1 / $2" | bc; }
ratio() { echo "scale=2; $1 / $2" | bc; }
cat <<EOF

casewatch IMAP benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, Dovecot $(dovecot --version | cut -d' ' -f1), casewatch $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src || echo '+dirty')
mailbox: $MESSAGES messages, $MAILBOX_BYTES bytes ($(cat "$D/gen.json"))
search:  UID SEARCH $QUERY
candidates: ${F_UIDS}

first sync, cold   casewatch ${SYNC_S} s       floor ${F_SEARCH} s search + ${F_FETCH} s fetch = $(echo "$F_SEARCH + $F_FETCH" | bc) s  -> ratio $(ratio "$SYNC_S" "$(echo "$F_SEARCH + $F_FETCH" | bc)") (target <= 2);  floor's whole session (TLS, login, EXAMINE, search, fetch, logout) ${F_TOTAL} s
first sync, warm   casewatch ${WSYNC_S} s       floor ${W_SEARCH} s search + ${W_FETCH} s fetch = $(echo "$W_SEARCH + $W_FETCH" | bc) s  -> ratio $(ratio "$WSYNC_S" "$(echo "$W_SEARCH + $W_FETCH" | bc)")
server bytes sent  casewatch $SYNC_OUT (cold), $WSYNC_OUT (warm)   floor $F_OUT   = $(pct "$SYNC_OUT" "$MAILBOX_BYTES") % of the mailbox (target < 1 %)
peak RSS, sync     $SYNC_KIB KiB (cold first sync), $WSYNC_KIB KiB (warm), $INC_KIB KiB (incremental)
incremental sync   ${INC_S} s, server sent $INC_OUT bytes
cases found        $CASES_FOUND (messages recorded: $RECORDED)
APPEND->recorded   casewatch median $LAT_CW ms (min $LAT_CW_MIN) [$LAT_CW_ALL]   bare IDLE client median $LAT_FLOOR ms (min $LAT_FLOOR_MIN) [$LAT_FLOOR_ALL]   difference $((${LAT_CW%.*} - ${LAT_FLOOR%.*})) ms (target <= 50), missed $LAT_MISSED; bare IDLE+FETCH client median $LAT_FETCH ms (min $LAT_FETCH_MIN) [$LAT_FETCH_ALL]
idle ${IDLE_SECONDS} s        VmRSS median $RSS_MEDIAN KiB, p90 $RSS_P90 KiB, $IDLE_RSS_END KiB at the end, max $RSS_MAX KiB [KiB at ${RSS_SERIES}], VmHWM $IDLE_HWM KiB, of which anon $RSS_ANON KiB, file $RSS_FILE KiB (target < 10240 KiB); CPU ${IDLE_CPU_S} s = ${IDLE_CPU_PCT} % ($THREADS threads)
EOF

