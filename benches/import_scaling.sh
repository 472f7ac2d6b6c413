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
  python3 benches/lib/gen_cases.py "$1" "$2"
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
