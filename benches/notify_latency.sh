#!/usr/bin/env bash
# APPEND-to-Notify latency (issue 4): `casewatch run` in IDLE against a private Dovecot, a
# private D-Bus session bus with a notification server, and a bare IDLE client on the same
# mailbox as the floor (Dovecot delays IDLE notifications by a fixed 500 ms).
#
#   benches/notify_latency.sh                        # 1,000 and 100,000 messages, 7 runs each
#   SIZES=2000 RUNS=5 benches/notify_latency.sh      # one small mailbox, ~30 s
#
# Parameters (environment):
#   SIZES     mailbox sizes to measure, one private Dovecot each (default "1000 100000")
#   RUNS      APPENDs per size; the medians are reported (default 7)
#   WORK, KEEP=1, NO_BUILD=1, PYTHON   as in benches/imap_sync.sh
#   CW_LOG    RUST_LOG for casewatch (default casewatch=info; casewatch=trace times each phase)
#
# Needs what benches/imap_sync.sh needs, plus dbus-daemon and /usr/bin/python3 with the
# dbus and gi modules (apt-get install -y dbus python3-dbus python3-gi; python3-dbusmock
# brings both). Runs as root (Dovecot's mail user is 65534).
#
# Each run appends a fresh confirmation request (config/examples/aws-merge-thread/02, with a
# new case number and Message-ID) to INBOX and takes, on CLOCK_MONOTONIC:
#   floor      APPEND's OK -> the bare IDLE client sees EXISTS
#   read floor APPEND's OK -> a bare IDLE client has fetched the new message (its first
#              command after the change pays Dovecot's index sync: 100 ms+ at 100,000)
#   casewatch  APPEND's OK -> the notification server receives casewatch's Notify call
#              for that case (benches/lib/notify_server.py stamps the call on arrival)
# Each alone on the mailbox, one after the other (benches/lib/latency.py says why).
set -euo pipefail

SIZES=${SIZES:-"1000 100000"}
RUNS=${RUNS:-7}
SYS_PY=/usr/bin/python3 # dbus-python and gi live with the system python

# One size per child process: each gets its own Dovecot, mailbox and clean-up.
if [[ -z ${MESSAGES:-} ]]; then
  ROOT=$(cd "$(dirname "$0")/.." && pwd)
  if [[ -z ${NO_BUILD:-} ]]; then
    echo "== building target/release/casewatch" >&2
    (cd "$ROOT" && cargo build --release --bin casewatch >&2)
  fi
  results=()
  for n in $SIZES; do
    results+=("$(MESSAGES=$n NO_BUILD=1 RUNS=$RUNS "$0")")
  done
  echo
  echo "casewatch APPEND-to-Notify benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, Dovecot $(dovecot --version | cut -d' ' -f1), casewatch $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src || echo '+dirty')"
  printf '%s\n' "${results[@]}"
  exit 0
fi

for t in dbus-daemon "$SYS_PY"; do
  command -v "$t" >/dev/null || { echo "error: $t is missing (apt-get install -y dbus python3-dbusmock)" >&2; exit 1; }
done
"$SYS_PY" -c 'import dbus, gi' 2>/dev/null ||
  { echo "error: $SYS_PY lacks the dbus/gi modules (apt-get install -y python3-dbus python3-gi)" >&2; exit 1; }

source "$(dirname "$0")/lib/mailbox.sh"

# ---------------------------------------------------------------- a private session bus
start_session_bus
NOTIFY_LOG=$D/notify.log
: >"$NOTIFY_LOG"
start_notify_server "$NOTIFY_LOG"

lat() {
  PYTHONPATH=$ROOT/benches/lib NOTIFY_LOG=$NOTIFY_LOG RUNS=$RUNS \
    EXAMPLE=$ROOT/config/examples/aws-merge-thread/02-confirmation-request.eml $PY "$ROOT/benches/lib/latency.py" "$1"
}

# ---------------------------------------------------------------- the floor, alone
restore
say "== the floor on $MESSAGES messages: a bare IDLE client alone"
read -r FLOOR FLOOR_MIN FLOOR_ALL < <(lat idle)
# The read floor: what any client that reads the new mail pays (on a large mailbox Dovecot
# syncs its index on the first command after the change, which an EXISTS-only client skips).
restore
say "== the read floor on $MESSAGES messages: a bare IDLE client that fetches the new mail"
read -r RFLOOR RFLOOR_MIN RFLOOR_ALL < <(lat fetch)

# ---------------------------------------------------------------- casewatch run, alone
say "== casewatch run on $MESSAGES messages"
DBUS_SESSION_BUS_ADDRESS=$BUS_ADDRESS RUST_LOG=${CW_LOG:-casewatch=info} \
  "$BIN" --config "$CFG" --db "$D/cw.db" run >"$D/run.out" 2>"$D/run.err" &
RUN_PID=$!
# The first sync, and the notifications it brings for the generated cases, settle first.
last=-1
for _ in $(seq 600); do
  sleep 1
  kill -0 "$RUN_PID" 2>/dev/null || { cat "$D/run.err" >&2; die "casewatch run exited"; }
  n=$(wc -l <"$NOTIFY_LOG")
  if grep -q 'watching INBOX' "$D/run.err" && ((n == last)); then break; fi
  last=$n
done
say "   settled: $(wc -l <"$NOTIFY_LOG") notifications from the first sync"
read -r CW CW_MIN CW_ALL < <(lat notified)
MISSED=$(tr , '\n' <<<"$CW_ALL" | grep -c -- - || true)
kill -TERM "$RUN_PID"
wait "$RUN_PID" || true
RUN_PID=
[[ $MISSED == 0 ]] || { tail -20 "$D/run.err" >&2; say "warning: $MISSED APPENDs brought no Notify call within 10 s"; }
DIFF=nan RDIFF=nan
[[ $CW != nan && $FLOOR != nan ]] && DIFF=$((CW - FLOOR))
[[ $CW != nan && $RFLOOR != nan ]] && RDIFF=$((CW - RFLOOR))
printf '%7d messages  APPEND->Notify median %s ms, min %s [%s]  bare IDLE client median %s ms, min %s [%s]  read floor (bare IDLE+FETCH) median %s ms, min %s [%s]  difference of medians: %s ms to the bare IDLE client, %s ms to the read floor; missed %s\n' \
  "$MESSAGES" "$CW" "$CW_MIN" "$CW_ALL" "$FLOOR" "$FLOOR_MIN" "$FLOOR_ALL" "$RFLOOR" "$RFLOOR_MIN" "$RFLOOR_ALL" "$DIFF" "$RDIFF" "$MISSED"
