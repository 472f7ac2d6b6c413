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
#
# Needs what benches/imap_sync.sh needs, plus dbus-daemon and /usr/bin/python3 with the
# dbus and gi modules (apt-get install -y dbus python3-dbus python3-gi; python3-dbusmock
# brings both). Runs as root (Dovecot's mail user is 65534).
#
# Each run appends a fresh confirmation request (config/examples/aws-merge-thread/02, with a
# new case number and Message-ID) to INBOX and takes, on CLOCK_MONOTONIC:
#   floor      APPEND's OK -> the bare IDLE client sees EXISTS
#   casewatch  APPEND's OK -> the notification server receives casewatch's Notify call
#              for that case (benches/lib/notify_server.py stamps the call on arrival)
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
BUS_CONF=$D/bus.conf
cat >"$BUS_CONF" <<'EOF'
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
coproc BUS { exec dbus-daemon --config-file="$BUS_CONF" --print-address=1 --nofork; }
EXTRA_PIDS+=("$BUS_PID")
read -r BUS_ADDRESS <&"${BUS[0]}"
[[ -n $BUS_ADDRESS ]] || die "dbus-daemon printed no address"
NOTIFY_LOG=$D/notify.log
: >"$NOTIFY_LOG"
DBUS_SESSION_BUS_ADDRESS=$BUS_ADDRESS "$SYS_PY" "$ROOT/benches/lib/notify_server.py" "$NOTIFY_LOG" \
  >"$D/server.out" 2>"$D/server.err" &
EXTRA_PIDS+=("$!")
for _ in $(seq 100); do grep -q ready "$D/server.out" && break; sleep 0.05; done
grep -q ready "$D/server.out" || { cat "$D/server.err" >&2; die "the notification server did not start"; }

# ---------------------------------------------------------------- casewatch run
restore
say "== casewatch run on $MESSAGES messages"
DBUS_SESSION_BUS_ADDRESS=$BUS_ADDRESS RUST_LOG=casewatch=info \
  "$BIN" --config "$CFG" --db "$D/cw.db" run >"$D/run.out" 2>"$D/run.err" &
RUN_PID=$!
# The first sync, and the notifications it brings for the generated cases, settle first.
last=-1
for _ in $(seq 600); do
  sleep 1
  kill -0 "$RUN_PID" 2>/dev/null || { cat "$D/run.err" >&2; die "casewatch run exited"; }
  n=$(wc -l <"$NOTIFY_LOG")
  if grep -q 'caught up' "$D/run.err" && ((n == last)); then break; fi
  last=$n
done
say "   settled: $(wc -l <"$NOTIFY_LOG") notifications from the first sync"

RESULT=$(PYTHONPATH=$ROOT/benches/lib NOTIFY_LOG=$NOTIFY_LOG RUNS=$RUNS \
  EXAMPLE=$ROOT/config/examples/aws-merge-thread/02-confirmation-request.eml $PY - <<'PYEOF'
import email.utils, functools, imaplib, os, re, ssl, statistics, threading, time
from idle_clients import idler

ctx = ssl.create_default_context(cafile=os.environ["CA"])
PORT = int(os.environ["PORT"]); PW = os.environ["PW"]
ORIG = b"176221723200417"
seen, ready = [], threading.Event()
threading.Thread(target=functools.partial(idler, ctx, PORT, PW, seen, ready), daemon=True).start()
ready.wait(10)
time.sleep(1)

def notified(case, after):
    """When the server received a Notify call naming `case`, if it has."""
    with open(os.environ["NOTIFY_LOG"]) as f:
        for line in f:
            t, _, summary = line.rstrip("\n").partition("\t")
            if case in summary and float(t) >= after:
                return float(t)
    return None

raw0 = open(os.environ["EXAMPLE"], "rb").read()
app = imaplib.IMAP4_SSL("127.0.0.1", PORT, ssl_context=ctx)
app.login("alice", PW)
cw, floor = [], []
for k in range(int(os.environ["RUNS"])):
    case = "18%013d" % (int(time.time() * 1000) % 10**13)
    raw = raw0.replace(ORIG, case.encode())
    sep = b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n"
    head, _, body = raw.partition(sep)
    head = re.sub(rb"(?mi)^Message-ID:.*$", b"Message-ID: <notify-%d-%d@bench.example>" % (k, time.time_ns()), head)
    head = re.sub(rb"(?mi)^Date:.*$", b"Date: " + email.utils.formatdate(usegmt=True).encode(), head)
    raw = (head + sep + body).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    n_seen = len(seen)
    t0 = time.monotonic()
    typ, _ = app.append("INBOX", None, None, raw)
    t_app = time.monotonic()
    assert typ == "OK"
    t_note = None
    while time.monotonic() - t_app < 10:
        t_note = notified(case, t0)
        if t_note is not None:
            break
        time.sleep(0.002)
    deadline = time.monotonic() + 5
    while len(seen) == n_seen and time.monotonic() < deadline:
        time.sleep(0.002)
    t_idle = seen[n_seen] if len(seen) > n_seen else None
    cw.append(None if t_note is None else (t_note - t_app) * 1000)
    floor.append(None if t_idle is None else (t_idle - t_app) * 1000)
    time.sleep(1.5)
app.logout()
ok = [x for x in cw if x is not None]
fl = [x for x in floor if x is not None]
fmt = lambda xs: ",".join("-" if x is None else "%.0f" % x for x in xs)
print("%s %s %d %s %s" % ("%.0f" % statistics.median(ok) if ok else "nan",
                          "%.0f" % statistics.median(fl) if fl else "nan",
                          len(cw) - len(ok), fmt(cw), fmt(floor)))
PYEOF
)
read -r CW FLOOR MISSED CW_ALL FLOOR_ALL <<<"$RESULT"
kill -TERM "$RUN_PID"
wait "$RUN_PID" || true
RUN_PID=
[[ $MISSED == 0 ]] || { tail -20 "$D/run.err" >&2; say "warning: $MISSED APPENDs brought no Notify call within 10 s"; }
DIFF=nan
[[ $CW != nan && $FLOOR != nan ]] && DIFF=$((CW - FLOOR))
printf '%7d messages  APPEND->Notify median %s ms [%s]  bare IDLE client median %s ms [%s]  difference %s ms (target <= 50), missed %s\n' \
  "$MESSAGES" "$CW" "$CW_ALL" "$FLOOR" "$FLOOR_ALL" "$DIFF" "$MISSED"
