#!/usr/bin/env bash
# Ingest cost against the size of the history (issue 11): `casewatch import` of an mbox of case
# mail — many cases of ten messages each (acknowledgement, request, the person's reply, update,
# resolution, survey…) — into an empty database, at two sizes. The cost per message must not
# grow with the history: at the large size within 1.5x of the small one.
#
#   benches/import_scaling.sh                    # 10,000 and 100,000 case messages
#   SIZES="1000 10000" benches/import_scaling.sh # a quick run
#   NO_BUILD=1 CASEWATCH_BIN=path/to/casewatch benches/import_scaling.sh
#
# Floor, in the same run: `casewatch scan` of the same mbox (parse + classify + thread in
# memory, no database), so the ratio shows what recording costs on top.
# Needs: python3 (stdlib), /usr/bin/time (GNU time, package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"10000 100000"}
BIN=${CASEWATCH_BIN:-target/release/casewatch}
if [ "${NO_BUILD:-0}" != 1 ]; then
  echo "building casewatch (release; the first build takes a few minutes)…" >&2
  cargo build --release --locked
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

gen() { # gen N FILE: N messages in cases of 10
python3 - "$1" "$2" <<'PY'
import sys, email.utils
n, out = int(sys.argv[1]), sys.argv[2]
T0 = 1_600_000_000
bodies = [
  ("support", "Thank you for contacting Amazon Web Services. We have opened case {c} to address your inquiry.\n\nThe details of your case are as follows:\n\nInquiry type: Certification. Details: Account Merge. I left my company and would like to merge my accounts."),
  ("support", "Hello,\n\nWe found two accounts.\n\nAccount #1\nCandidate ID: AWS{a:08d}\nLogin email: taro.yamada.dev@gmail.com\n\nAccount #2\nCandidate ID: AWS{b:08d}\nLogin email: t.yamada@example-corp.co.jp\n\nCould you confirm that we may merge Account #2 into Account #1?\n\nBest regards,\nAWS Training and Certification"),
  ("me", "Confirmed. Please merge Account #2 into Account #1."),
  ("support", "Hello,\n\nThank you. We are still working on the merge and will update you shortly.\n\nBest regards,\nAWS Training and Certification"),
  ("support", "Hello,\n\nI have successfully merged Account #2 into Account #1.\n\nBest regards,\nAWS Training and Certification"),
  ("me", "Thank you!"),
  ("support", "Hello,\n\nYour badges have been re-issued under your personal address.\n\nBest regards,\nAWS Training and Certification"),
  ("me", "Got them, thanks."),
  ("support", "Hello,\n\nThe exam history is now showing on your account. I am closing this case.\n\nBest regards,\nAWS Training and Certification"),
  ("support", "We value your feedback. Please rate this case: https://pulse.aws/survey/x\n\nAWS Training and Certification"),
]
with open(out, "w") as f:
    for i in range(n):
        case, step = divmod(i, 10)
        c = f"{1700000000 + case:d}00{case % 1000:03d}"
        who, body = bodies[step]
        t = T0 + case * 3600 + step * 60
        d = email.utils.formatdate(t)
        if who == "me":
            frm, to = "Taro <taro.yamada.dev@gmail.com>", "aws-cs-trainingcertification-form@amazon.com"
        else:
            frm, to = "AWS <aws-cs-trainingcertification-form@amazon.com>", "taro.yamada.dev@gmail.com"
        f.write(f"From bench {d}\n")
        f.write(f"From: {frm}\nTo: {to}\nSubject: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance\n")
        f.write(f"Date: {d}\nMessage-ID: <m{i}@bench>\n")
        if step:
            f.write(f"In-Reply-To: <m{i-1}@bench>\n")
        f.write("\n" + body.format(c=c, a=case, b=case + 1) + "\n\n")
PY
}

measure() { # measure CMD...: prints wall seconds and peak RSS (KiB)
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  read -r secs kib <"$WORK/time"
  echo "$secs $kib"
}

printf "%-10s %-14s %-14s %-16s %-12s\n" messages "scan (floor)" import "import/message" "peak RSS"
declare -A per
for n in $SIZES; do
  gen "$n" "$WORK/mail.mbox"
  read -r scan _ < <(measure "$BIN" --config /dev/null scan --json "$WORK/mail.mbox")
  rm -f "$WORK/cw.db"*
  read -r imp kib < <(measure "$BIN" --config /dev/null --db "$WORK/cw.db" import --me taro.yamada.dev@gmail.com "$WORK/mail.mbox")
  us=$(python3 -c "print(round($imp*1e6/$n))")
  per[$n]=$us
  printf "%-10s %-14s %-14s %-16s %-12s\n" "$n" "${scan}s" "${imp}s" "${us} µs" "$((kib/1024)) MiB"
done
set -- $SIZES
if [ $# -ge 2 ]; then
  first=$1; last=${!#}
  python3 -c "print(f'cost per message at $last vs $first: {${per[$last]}/${per[$first]}:.2f}x (target <= 1.5x)')"
fi
