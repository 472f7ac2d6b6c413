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
#      run (median of LATENCY_RUNS)
#   6. RSS and CPU of `casewatch run` over IDLE_SECONDS of quiet
# Bytes "sent" are Dovecot's own count per session (imap_logout_format = in=%i out=%o).
set -euo pipefail

MESSAGES=${MESSAGES:-100000}
IDLE_SECONDS=${IDLE_SECONDS:-300}
LATENCY_RUNS=${LATENCY_RUNS:-5}
if [[ -z ${CASE_MAILS:-} ]]; then
  CASE_MAILS=$((MESSAGES * 3 / 1000))
  ((CASE_MAILS < 15)) && CASE_MAILS=15
fi
MAX_MESSAGE_SIZE=2097152 # casewatch's default max_message_size
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=$ROOT/target/release/casewatch
PY=${PYTHON:-python3}

say() { printf '%s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

for t in dovecot doveadm openssl "$PY"; do
  command -v "$t" >/dev/null || die "$t is missing (apt-get install -y dovecot-imapd openssl python3)"
done
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing (apt-get install -y time)"
[[ $(id -u) == 0 ]] || die "run as root (the mail user is 65534)"

if [[ -z ${NO_BUILD:-} ]]; then
  say "== building target/release/casewatch"
  (cd "$ROOT" && cargo build --release --bin casewatch >&2)
fi
[[ -x $BIN ]] || die "$BIN not built"

if [[ -z ${WORK:-} ]]; then
  WORK=$(mktemp -d /tmp/casewatch-imap-bench.XXXXXX)
fi
mkdir -p "$WORK"
chmod 755 "$WORK"
DOVECOT_PID=
RUN_PID=
IDLER_PID=
cleanup() {
  [[ -n $RUN_PID ]] && kill "$RUN_PID" 2>/dev/null || true
  [[ -n $IDLER_PID ]] && kill "$IDLER_PID" 2>/dev/null || true
  if [[ -n $DOVECOT_PID ]]; then
    kill -TERM -- "-$DOVECOT_PID" 2>/dev/null || kill "$DOVECOT_PID" 2>/dev/null || true
    wait "$DOVECOT_PID" 2>/dev/null || true
  fi
  if [[ -z ${KEEP:-} ]]; then rm -rf "$WORK"; else say "kept $WORK"; fi
}
trap cleanup EXIT

# ---------------------------------------------------------------- Dovecot
D=$WORK
HOME_DIR=$D/mail/alice
PASSWORD=bench-pw-31415
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
  -keyout "$D/key.pem" -out "$D/cert.pem" -subj /CN=localhost \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -addext "basicConstraints=critical,CA:FALSE" -addext "keyUsage=critical,digitalSignature" \
  -addext "extendedKeyUsage=serverAuth" 2>/dev/null
mkdir -p "$D/mail"
chmod 755 "$D/mail"
install -d -o 65534 -g 65534 -m 700 "$HOME_DIR"
install -d -o 65534 -g 65534 -m 700 "$HOME_DIR/rawlog"
echo "alice:{PLAIN}$PASSWORD:65534:65534::$HOME_DIR::" >"$D/users"
read -r PORT_PLAIN PORT_TLS < <($PY -c '
import socket
ss=[socket.socket() for _ in range(2)]
for s in ss: s.bind(("127.0.0.1",0))
print(*[s.getsockname()[1] for s in ss])')
CONF=$D/dovecot.conf
cat >"$CONF" <<EOF
instance_name = casewatch-bench-$(basename "$D")
base_dir = $D/run
state_dir = $D/state
protocols = imap
listen = 127.0.0.1
log_path = $D/dovecot.log
ssl = yes
ssl_cert = <$D/cert.pem
ssl_key = <$D/key.pem
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $D/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $D/users
}
mail_location = maildir:~/Maildir
imap_logout_format = in=%i out=%o
protocol imap {
  # Every session's client commands, to take casewatch's own UID SEARCH for the floor.
  rawlog_dir = %h/rawlog
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $PORT_PLAIN
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $PORT_TLS
    ssl = yes
  }
}
EOF
DA=(doveadm -c "$CONF")
setsid dovecot -F -c "$CONF" </dev/null >/dev/null 2>&1 &
DOVECOT_PID=$!
for _ in $(seq 200); do
  $PY -c "import socket; socket.create_connection(('127.0.0.1',$PORT_TLS),0.2)" 2>/dev/null && break
  sleep 0.05
done

# ---------------------------------------------------------------- the mailbox
say "== generating $MESSAGES messages ($CASE_MAILS case mails) in $HOME_DIR/Maildir"
T0=$(date +%s.%N)
MESSAGES=$MESSAGES CASE_MAILS=$CASE_MAILS EXAMPLES=$ROOT/config/examples/aws-merge-thread \
  MAILDIR=$HOME_DIR/Maildir OUT=$D/gen.json $PY - <<'PYEOF'
import base64, email, email.policy, glob, json, os, random, re, time

rnd = random.Random(20261122)
N = int(os.environ["MESSAGES"]); NCASE = int(os.environ["CASE_MAILS"])
md = os.environ["MAILDIR"]
for sub in ("cur", "new", "tmp"):
    os.makedirs(os.path.join(md, sub), exist_ok=True)
ORIG = "176221723200417"
ex = {os.path.basename(p)[:2]: open(p, "rb").read()
      for p in sorted(glob.glob(os.path.join(os.environ["EXAMPLES"], "*.eml")))}
shapes = [ex[k] for k in ("01", "02", "04") if k in ex]
mids = set()
for raw in ex.values():
    m = email.message_from_bytes(raw, policy=email.policy.compat32)
    for h in ("Message-ID",):
        v = m.get(h)
        if v:
            mids.add(v.strip().strip("<>"))

def case_variant(raw, case, date, k):
    m = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in m.walk():
        if part.is_multipart():
            continue
        cte = (part.get("Content-Transfer-Encoding") or "").lower().strip()
        if cte == "base64":
            data = part.get_payload(decode=True) or b""
            data = data.replace(ORIG.encode(), case.encode())
            part.set_payload(base64.encodebytes(data).decode("ascii"))
        else:
            p = part.get_payload()
            if isinstance(p, str):
                part.set_payload(p.replace(ORIG, case))
    if m.get("Date"):
        m.replace_header("Date", date)
    out = m.as_bytes().replace(ORIG.encode(), case.encode())
    for mid in mids:
        l, _, d = mid.partition("@")
        out = out.replace(f"<{mid}>".encode(), f"<{l}.b{case}.{k}@{d}>".encode())
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

WORDS = ("the of and to in is for that on with as are this be by from at or an was it "
         "cloud release update build deploy cluster latency storage region weekly team "
         "issue merge review notes product launch webinar pricing offer news digest").split()
def filler(n):
    out, line = [], []
    size = 0
    while size < n:
        w = rnd.choice(WORDS); line.append(w); size += len(w) + 1
        if len(line) > 12:
            out.append(" ".join(line)); line = []
    out.append(" ".join(line))
    return "\r\n".join(out)

def noise(i, date):
    r = rnd.random()
    if r < 0.45:
        frm = rnd.choice(["Weekly Dev Digest <news@devdigest.io>", "The Batch <thebatch@deeplearning.ai>",
                          "Hacker Newsletter <kale@hackernewsletter.com>", "Medium Daily Digest <noreply@medium.com>"])
        subj = rnd.choice(["This week in Rust #%d", "Top stories for you (%d)", "Issue %d: what shipped",
                           "Your weekly digest #%d"]) % (i % 997)
    elif r < 0.80:
        repo = rnd.choice(["acme/widget", "acme/infra", "rust-lang/cargo", "tokio-rs/tokio"])
        frm = "%s <notifications@github.com>" % rnd.choice(["octocat", "dependabot[bot]", "ci-bot", "hanako-s"])
        subj = "Re: [%s] %s (#%d)" % (repo, rnd.choice(["Fix race in scheduler", "Bump serde", "Flaky test on CI",
                                                         "Add retries", "Docs: typo"]), 1000 + i % 9000)
    else:
        frm = rnd.choice(["Stripe <receipts@stripe.com>", "DigitalOcean <billing@digitalocean.com>",
                          "Hetzner Billing <billing@hetzner.com>", "Netflix <info@account.netflix.com>"])
        subj = "Your receipt #%04d-%04d" % (i % 9973, i % 7919)
    return frm, subj

def aws_noise(i):
    return rnd.choice([
        ("Amazon Web Services <aws-marketing-email-replies@amazon.com>", "AWS re:Invent: sessions you might like (%d)" % i),
        ("Amazon Web Services <no-reply-aws@amazon.com>", "AWS Notification - Your invoice is available (%d)" % i),
        ("AWS Training and Certification <no-reply@aws.training>", "New digital course: Cloud Essentials (%d)" % i),
    ])

def usecase_noise(i):
    return ("Cloud Weekly <hello@cloudweekly.news>", "5 use cases for serverless queues (#%d)" % i)

def plain(frm, subj, date, mid, size):
    body = filler(size)
    return ("From: %s\r\nTo: taro.yamada.dev@gmail.com\r\nSubject: %s\r\nDate: %s\r\n"
            "Message-ID: <%s>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n"
            % (frm, subj, date, mid, body)).encode()

# Which slots hold what: case mails and the two kinds of noise that match casewatch's
# server-side filter (mail from AWS that is not case mail; "use case" in a subject).
slots = list(range(N))
rnd.shuffle(slots)
ncase = min(NCASE, N // 4)
n_aws, n_use = max(1, ncase // 3), max(1, ncase // 3)
kind = {}
for s in slots[:ncase]: kind[s] = "case"
for s in slots[ncase:ncase + n_aws]: kind[s] = "aws"
for s in slots[ncase + n_aws:ncase + n_aws + n_use]: kind[s] = "usecase"
case_slots = sorted(s for s in kind if kind[s] == "case")
cases = {}
for j, s in enumerate(case_slots):   # three mails per case, in thread order
    cases[s] = ("17%013d" % rnd.randrange(10**13) if j % 3 == 0 else cases[case_slots[j - 1]][0], j % 3)

now = int(time.time()) - 3600
start = now - 365 * 86400
step = (now - start) / N
host = "bench"
total = 0
unseen_from = int(N * 0.95)
for i in range(N):
    ts = int(start + i * step)
    date = email.utils.formatdate(ts, usegmt=True)
    k = kind.get(i)
    if k == "case":
        case, idx = cases[i]
        raw = case_variant(shapes[idx % len(shapes)], case, date, i)
    else:
        frm, subj = noise(i, date) if k is None else (aws_noise(i) if k == "aws" else usecase_noise(i))
        raw = plain(frm, subj, date, "n%d.%d@bench.example" % (i, ts), rnd.randint(2300, 3500))
    total += len(raw)
    name = "%d.M%dP1.%s,S=%d" % (ts, i, host, len(raw))
    path = os.path.join(md, "new", name) if i >= unseen_from else os.path.join(md, "cur", name + ":2,S")
    with open(path, "wb") as f:
        f.write(raw)
    os.utime(path, (ts, ts))
json.dump({"messages": N, "bytes": total, "case_mails": ncase, "cases": len(set(c for c, _ in cases.values())),
           "aws_noise": n_aws, "usecase_noise": n_use}, open(os.environ["OUT"], "w"))
PYEOF
chown -R 65534:65534 "$HOME_DIR"
"${DA[@]}" force-resync -u alice INBOX
GEN_S=$(echo "$(date +%s.%N) - $T0" | bc)
MAILBOX_BYTES=$($PY -c "import json;print(json.load(open('$D/gen.json'))['bytes'])")
say "   generated in ${GEN_S}s: $(cat "$D/gen.json")"

# The pristine copy: message files hard-linked, Dovecot's own files copied for real.
cp -al "$HOME_DIR/Maildir" "$D/pristine"
restore() {
  rm -rf "$HOME_DIR/Maildir"
  cp -al "$D/pristine" "$HOME_DIR/Maildir"
  find "$HOME_DIR/Maildir" -maxdepth 1 -type f -name 'dovecot*' -print0 |
    while IFS= read -r -d '' f; do cp --remove-destination "$D/pristine/${f##*/}" "$f"; done
  chown -R 65534:65534 "$HOME_DIR/Maildir"
}
find "$D/pristine" -maxdepth 1 -type f -name 'dovecot*' -print0 |
  while IFS= read -r -d '' f; do cp "$f" "$f.tmp" && mv "$f.tmp" "$f"; done

# ---------------------------------------------------------------- helpers
log_mark() { wc -c <"$D/dovecot.log"; }
# Server bytes sent (out=) in the sessions that logged out after mark $1; waits for $2 lines.
server_out() {
  local mark=$1 want=${2:-1} i
  for i in $(seq 100); do
    local n
    n=$(tail -c +"$((mark + 1))" "$D/dovecot.log" | grep -c ' out=' || true)
    ((n >= want)) && break
    sleep 0.05
  done
  tail -c +"$((mark + 1))" "$D/dovecot.log" | grep -o ' out=[0-9]*' | cut -d= -f2 | paste -sd+ | bc
}
CFG=$D/casewatch.toml
cat >"$CFG" <<EOF
me = ["taro.yamada.dev@gmail.com"]

[[accounts]]
name = "bench"
host = "127.0.0.1"
port = $PORT_TLS
security = "tls"
ca_file = "$D/cert.pem"
username = "alice"
password_env = "CW_BENCH_PASSWORD"
mailboxes = ["INBOX"]
since = "2000-01-01"
EOF
export CW_BENCH_PASSWORD=$PASSWORD
export DBUS_SESSION_BUS_ADDRESS=unix:path=$D/no-bus # never a real desktop bus
cw() { "$BIN" --config "$CFG" "$@"; }
# casewatch sync under GNU time: prints "wall_s peak_kib server_out_bytes"
timed_sync() {
  local db=$1 mark
  mark=$(log_mark)
  /usr/bin/time -f '%e %M' -o "$D/time.out" "$BIN" --config "$CFG" --db "$db" sync \
    >"$D/sync.out" 2>"$D/sync.err" || { cat "$D/sync.err" >&2; die "casewatch sync failed"; }
  echo "$(cat "$D/time.out") $(server_out "$mark" 1)"
}
CA=$D/cert.pem PORT=$PORT_TLS PW=$PASSWORD MAXSZ=$MAX_MESSAGE_SIZE
export CA PORT PW MAXSZ

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
say "== 5. APPEND-to-recorded under casewatch run, vs a bare IDLE client ($LATENCY_RUNS runs)"
RUST_LOG=casewatch=info "$BIN" --config "$CFG" --db "$D/cw.db" run >"$D/run.out" 2>"$D/run.err" &
RUN_PID=$!
sleep 2
kill -0 "$RUN_PID" 2>/dev/null || { cat "$D/run.err" >&2; die "casewatch run exited"; }
LAT=$(DB=$D/cw.db RUNS=$LATENCY_RUNS EXAMPLE=$ROOT/config/examples/aws-merge-thread/01-acknowledgement.eml $PY - <<'PYEOF'
import email.utils, imaplib, os, socket, sqlite3, ssl, statistics, threading, time
ctx = ssl.create_default_context(cafile=os.environ["CA"])
PORT = int(os.environ["PORT"]); PW = os.environ["PW"]
ORIG = b"176221723200417"
seen = []  # monotonic times of EXISTS seen by the bare IDLE client
fetched = []  # ... and when a second bare client had the new message's body (DONE + FETCH)
ready = threading.Event()
ready2 = threading.Event()

def fetcher():
    # A bare client doing the least any client must do to read the new mail: on EXISTS,
    # leave IDLE and fetch it. On a large mailbox Dovecot syncs its index on that first
    # command, which a client that only waits for EXISTS never pays.
    s = ctx.wrap_socket(socket.create_connection(("127.0.0.1", PORT)), server_hostname="127.0.0.1")
    f = s.makefile("rb")
    f.readline()
    def cmd(c, tag):
        s.sendall(c + b"\r\n")
        while True:
            line = f.readline()
            if not line:
                raise SystemExit
            if line.startswith(tag + b" ") or (c.endswith(b"IDLE") and line.startswith(b"+")):
                return line
    cmd(b"a LOGIN alice " + PW.encode(), b"a")
    cmd(b"b EXAMINE INBOX", b"b")
    cmd(b"c IDLE", b"c")
    ready2.set()
    n = 0
    while True:
        line = f.readline()
        if not line:
            return
        if line.rstrip().endswith(b"EXISTS"):
            seq = line.split()[1]
            s.sendall(b"DONE\r\n")
            while not f.readline().startswith(b"c "):
                pass
            n += 1
            cmd(b"d%d FETCH %s (UID BODY.PEEK[])" % (n, seq), b"d%d" % n)
            fetched.append(time.monotonic())
            cmd(b"c IDLE", b"c")

def idler():
    s = ctx.wrap_socket(socket.create_connection(("127.0.0.1", PORT)), server_hostname="127.0.0.1")
    f = s.makefile("rb")
    f.readline()
    for cmd in (b"a LOGIN alice " + PW.encode(), b"b EXAMINE INBOX", b"c IDLE"):
        s.sendall(cmd + b"\r\n")
        while True:
            line = f.readline()
            if line.startswith(cmd[:2]) or line.startswith(b"+"):
                break
    ready.set()
    while True:
        line = f.readline()
        if not line:
            return
        if line.rstrip().endswith(b"EXISTS"):
            seen.append(time.monotonic())

threading.Thread(target=idler, daemon=True).start()
threading.Thread(target=fetcher, daemon=True).start()
ready.wait(10)
ready2.wait(10)
time.sleep(1)
raw0 = open(os.environ["EXAMPLE"], "rb").read()
app = imaplib.IMAP4_SSL("127.0.0.1", PORT, ssl_context=ctx)
app.login("alice", PW)
db = sqlite3.connect("file:%s?mode=ro" % os.environ["DB"], uri=True)
cw, floor, fetch_floor = [], [], []
for k in range(int(os.environ["RUNS"])):
    case = b"18%013d" % (int(time.time() * 1000) % 10**13)
    mid = "lat-%d-%d@bench.example" % (k, time.time_ns())
    raw = raw0.replace(ORIG, case)
    head, sep, body = raw.partition(b"\n\n") if b"\r\n\r\n" not in raw else raw.partition(b"\r\n\r\n")
    import re
    head = re.sub(rb"(?mi)^Message-ID:.*$", b"Message-ID: <" + mid.encode() + b">", head)
    head = re.sub(rb"(?mi)^Date:.*$", b"Date: " + email.utils.formatdate(usegmt=True).encode(), head)
    raw = (head + sep + body).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    n_seen = len(seen)
    n_fetched = len(fetched)
    t0 = time.monotonic()
    typ, _ = app.append("INBOX", None, None, raw)
    t_app = time.monotonic()
    assert typ == "OK"
    t_rec = None
    while time.monotonic() - t_app < 10:
        if db.execute("select 1 from messages where message_id in (?, ?)", (mid, "<%s>" % mid)).fetchone():
            t_rec = time.monotonic(); break
        time.sleep(0.002)
    deadline = time.monotonic() + 5
    while len(seen) == n_seen and time.monotonic() < deadline:
        time.sleep(0.002)
    t_idle = seen[n_seen] if len(seen) > n_seen else None
    while len(fetched) == n_fetched and time.monotonic() < deadline:
        time.sleep(0.002)
    t_fetch = fetched[n_fetched] if len(fetched) > n_fetched else None
    cw.append(None if t_rec is None else (t_rec - t_app) * 1000)
    floor.append(None if t_idle is None else (t_idle - t_app) * 1000)
    fetch_floor.append(None if t_fetch is None else (t_fetch - t_app) * 1000)
    time.sleep(1.5)
app.logout()
ok = [x for x in cw if x is not None]; fl = [x for x in floor if x is not None]
ff = [x for x in fetch_floor if x is not None]
print("%s %s %d %s %s %s %s" % (
    "%.0f" % statistics.median(ok) if ok else "nan", "%.0f" % statistics.median(fl) if fl else "nan",
    len(cw) - len(ok), ",".join("-" if x is None else "%.0f" % x for x in cw),
    ",".join("-" if x is None else "%.0f" % x for x in floor),
    "%.0f" % statistics.median(ff) if ff else "nan",
    ",".join("-" if x is None else "%.0f" % x for x in fetch_floor)))
PYEOF
)
read -r LAT_CW LAT_FLOOR LAT_MISSED LAT_CW_ALL LAT_FLOOR_ALL LAT_FETCH LAT_FETCH_ALL <<<"$LAT"
say "   casewatch median ${LAT_CW} ms ($LAT_CW_ALL), bare IDLE client median ${LAT_FLOOR} ms ($LAT_FLOOR_ALL), bare IDLE+FETCH client median ${LAT_FETCH} ms ($LAT_FETCH_ALL), missed $LAT_MISSED"

# ---------------------------------------------------------------- 6: idle RSS and CPU
say "== 6. casewatch run, idle for ${IDLE_SECONDS}s"
TCK=$(getconf CLK_TCK)
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$RUN_PID/stat"; }
kib() { awk -v k="$1" '$1 == k":" { print $2 }' "/proc/$RUN_PID/status"; }
sleep 2 # let the last latency round settle
C0=$(cpu_ticks)
RSS_MAX=0
RSS_SUM=0
SAMPLES=0
for _ in $(seq "$IDLE_SECONDS"); do
  sleep 1
  r=$(kib VmRSS)
  ((r > RSS_MAX)) && RSS_MAX=$r
  RSS_SUM=$((RSS_SUM + r))
  SAMPLES=$((SAMPLES + 1))
done
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
APPEND->recorded   casewatch median $LAT_CW ms [$LAT_CW_ALL]   bare IDLE client median $LAT_FLOOR ms [$LAT_FLOOR_ALL]   difference $((${LAT_CW%.*} - ${LAT_FLOOR%.*})) ms (target <= 50); bare IDLE+FETCH client median $LAT_FETCH ms [$LAT_FETCH_ALL]: casewatch is $((${LAT_CW%.*} - ${LAT_FETCH%.*})) ms behind a client that reads the message
idle ${IDLE_SECONDS} s        VmRSS $IDLE_RSS_END KiB at the end, max $RSS_MAX KiB, VmHWM $IDLE_HWM KiB, of which anon $RSS_ANON KiB, file $RSS_FILE KiB (target < 10240 KiB); CPU ${IDLE_CPU_S} s = ${IDLE_CPU_PCT} % ($THREADS threads)
EOF
