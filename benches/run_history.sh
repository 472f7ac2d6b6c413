#!/usr/bin/env bash
# New mail under `casewatch run` against the size of the history (issue 11): APPEND -> the
# message recorded in SQLite, with a database that already holds HISTORY case messages (cases
# of ten: 100 messages = 10 cases, 100,000 = 10,000 cases), against a private Dovecot with a
# MESSAGES-message mailbox. The cost of a new mail must not grow with the history.
#
#   bash benches/run_history.sh                     # 10 and 10,000 cases, 15 APPENDs each
#   HISTORIES="100 10000" RUNS=5 bash benches/run_history.sh
#
# Floor, in the same run: a bare IDLE client alone on the mailbox (Dovecot delays IDLE
# notifications by a fixed 500 ms). Each observer alone on the mailbox, one after the other.
# Needs what benches/imap_sync.sh needs; runs as root.
set -euo pipefail
HISTORIES=${HISTORIES:-"100 100000"}
RUNS=${RUNS:-15}
MESSAGES=${MESSAGES:-1000}
source "$(dirname "$0")/lib/mailbox.sh"

lat() {
  PYTHONPATH=$ROOT/benches/lib RUNS=$RUNS DB=${DB:-} \
    EXAMPLE=$ROOT/config/examples/aws-merge-thread/01-acknowledgement.eml $PY "$ROOT/benches/lib/latency.py" "$1"
}

restore
say "== the floor: a bare IDLE client alone on $MESSAGES messages"
read -r FLOOR FLOOR_MIN FLOOR_ALL < <(lat idle)
echo "floor (bare IDLE client): median $FLOOR ms, min $FLOOR_MIN [$FLOOR_ALL]" >"$D/report"

sync # an installed binary has no dirty page-cache pages (benches/idle.sh)
for h in $HISTORIES; do
  say "== a history of $h case messages ($((h / 10)) cases)"
  $PY "$ROOT/benches/lib/gen_cases.py" "$h" "$D/history.mbox"
  rm -f "$D"/hist.db*
  "$BIN" --config "$CFG" --db "$D/hist.db" import "$D/history.mbox" >/dev/null 2>"$D/import.err" ||
    { cat "$D/import.err" >&2; die "import failed"; }
  restore
  RUST_LOG=casewatch=info "$BIN" --config "$CFG" --db "$D/hist.db" run >"$D/run.out" 2>"$D/run.err" &
  RUN_PID=$!
  for _ in $(seq 600); do grep -q 'watching INBOX' "$D/run.err" && break; sleep 0.1; done
  kill -0 "$RUN_PID" 2>/dev/null || { cat "$D/run.err" >&2; die "casewatch run exited"; }
  sleep 2
  read -r CW CW_MIN CW_ALL < <(DB=$D/hist.db lat recorded)
  kill -TERM "$RUN_PID"
  wait "$RUN_PID" || true
  RUN_PID=
  DIFF=nan
  [[ $CW != nan && $FLOOR != nan ]] && DIFF=$((CW - FLOOR))
  printf '%6d cases in the history: APPEND->recorded median %s ms, min %s [%s]; %s ms over the floor\n' \
    $((h / 10)) "$CW" "$CW_MIN" "$CW_ALL" "$DIFF" >>"$D/report"
done
echo "casewatch run against its history — $(date -u +%FT%TZ), $(nproc) cores, $MESSAGES messages in INBOX, casewatch $(git -C "$ROOT" rev-parse --short HEAD)"
cat "$D/report"
