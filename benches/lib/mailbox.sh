# Shared by the IMAP benchmarks (sourced, not run): a private Dovecot on loopback with a
# generated certificate, a generated mailbox of $MESSAGES messages (~3 KB each, $CASE_MAILS
# AWS case mails among them), a pristine copy to restore it from, and a casewatch config.
#
# The caller sets MESSAGES (and optionally CASE_MAILS, WORK, KEEP, NO_BUILD, PYTHON) before
# sourcing; afterwards it has: ROOT BIN PY D CONF CFG HOME_DIR PASSWORD PORT_TLS MAILBOX_BYTES,
# exported CA PORT PW MAXSZ CW_BENCH_PASSWORD, and the functions say die start_dovecot restore
# log_mark server_out cw timed_sync start_session_bus start_notify_server. Processes it starts itself go in RUN_PID or EXTRA_PIDS; the EXIT
# trap stops them, stops Dovecot and removes $WORK (unless KEEP=1).
if [[ -z ${CASE_MAILS:-} ]]; then
  CASE_MAILS=$((MESSAGES * 3 / 1000))
  ((CASE_MAILS < 15)) && CASE_MAILS=15
fi
MAX_MESSAGE_SIZE=2097152 # casewatch's default max_message_size
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${CASEWATCH_BIN:-$ROOT/target/release/casewatch}
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
EXTRA_PIDS=()
cleanup() {
  [[ -n $RUN_PID ]] && kill "$RUN_PID" 2>/dev/null || true
  local p
  for p in "${EXTRA_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
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
# Starts Dovecot (its own process group) and waits until it listens.
start_dovecot() {
  setsid dovecot -F -c "$CONF" </dev/null >/dev/null 2>&1 &
  DOVECOT_PID=$!
  for _ in $(seq 200); do
    $PY -c "import socket; socket.create_connection(('127.0.0.1',$PORT_TLS),0.2)" 2>/dev/null && break
    sleep 0.05
  done
}
start_dovecot

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
# An empty Sent mailbox, as every real account has: `casewatch run` watches it on a
# connection of its own (IDLE), and the first sync examines and searches it too.
"${DA[@]}" mailbox create -u alice Sent
GEN_S=$(echo "$(date +%s.%N) - $T0" | bc)
MAILBOX_BYTES=$($PY -c "import json;print(json.load(open('$D/gen.json'))['bytes'])")
say "   generated in ${GEN_S}s: $(cat "$D/gen.json")"

# The pristine copy: message files hard-linked, Dovecot's own files copied for real.
cp -al "$HOME_DIR/Maildir" "$D/pristine"
# (INBOX's and Sent's: Maildir/dovecot* and Maildir/.Sent/dovecot*)
restore() {
  rm -rf "$HOME_DIR/Maildir"
  cp -al "$D/pristine" "$HOME_DIR/Maildir"
  find "$HOME_DIR/Maildir" -maxdepth 2 -type f -name 'dovecot*' -print0 |
    while IFS= read -r -d '' f; do cp --remove-destination "$D/pristine/${f#"$HOME_DIR/Maildir/"}" "$f"; done
  chown -R 65534:65534 "$HOME_DIR/Maildir"
}
find "$D/pristine" -maxdepth 2 -type f -name 'dovecot*' -print0 |
  while IFS= read -r -d '' f; do cp "$f" "$f.tmp" && mv "$f.tmp" "$f"; done

# ---------------------------------------------------------------- a private session bus
# The tests' bus config (no service activation). start_session_bus sets BUS_ADDRESS;
# start_notify_server LOG starts benches/lib/notify_server.py on it (SERVER_PID), which stamps
# each Notify call into LOG.
start_session_bus() {
  command -v dbus-daemon >/dev/null || die "dbus-daemon is missing (apt-get install -y dbus)"
  coproc BUS { exec dbus-daemon --config-file="$ROOT/tests/dbus/session.conf" --print-address=1 --nofork; }
  EXTRA_PIDS+=("$BUS_PID")
  read -r BUS_ADDRESS <&"${BUS[0]}"
  [[ -n $BUS_ADDRESS ]] || die "dbus-daemon printed no address"
}
start_notify_server() { # LOG
  DBUS_SESSION_BUS_ADDRESS=$BUS_ADDRESS /usr/bin/python3 "$ROOT/benches/lib/notify_server.py" "$1" \
    >"$D/server.out" 2>"$D/server.err" &
  SERVER_PID=$!
  EXTRA_PIDS+=("$SERVER_PID")
  for _ in $(seq 100); do grep -q ready "$D/server.out" 2>/dev/null && break; sleep 0.05; done
  grep -q ready "$D/server.out" || { cat "$D/server.err" >&2; die "the notification server did not start"; }
}

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
sent_mailbox = "Sent"
since = "2000-01-01"

[notify]
# No desktop here (the bus address below leads nowhere): notifications reach the person
# through this command instead, as they would through a desktop. Without any way to deliver,
# casewatch keeps them queued and retries with backoff (RESULTS-imap.md has that case too).
notify_command = ["true"]
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
