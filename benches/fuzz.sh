#!/usr/bin/env bash
# Fuzzes the three parsers of untrusted input with cargo-fuzz (libFuzzer + ASan, nightly):
#   parse_classify  raw bytes as a mail: parse, classify, thread, apply to a case
#   config          any text as the config file
#   rule_pack       any text as a rule pack
# seeded from the fixtures, the example config and the built-in pack. Each runs SECONDS
# (default 180); a crash is saved under fuzz/artifacts/TARGET/ and should become a fixture.
#   bash benches/fuzz.sh            # three minutes each
#   SECONDS_EACH=30 bash benches/fuzz.sh
# Needs: a nightly toolchain (rustup toolchain install nightly) and cargo-fuzz
# (cargo install cargo-fuzz --locked).
set -euo pipefail
cd "$(dirname "$0")/.."
EACH=${SECONDS_EACH:-180}
command -v cargo-fuzz >/dev/null || { echo "needs cargo-fuzz: cargo install cargo-fuzz --locked" >&2; exit 1; }
seed() { # seed TARGET FILES...
  local dir=fuzz/corpus/$1; shift
  mkdir -p "$dir"
  for f in "$@"; do cp "$f" "$dir/" 2>/dev/null || true; done
}
seed parse_classify tests/fixtures/mail/*.eml tests/fixtures/core/*.eml tests/corpora/blind-*/*.eml
seed config config/casewatch.example.toml
seed rule_pack config/rules/*.toml
echo "building the fuzz targets (nightly, first build takes a few minutes)…" >&2
printf "%-16s %-12s %-10s %s\n" target executions seconds crashes
for t in parse_classify config rule_pack; do
  log=$(mktemp)
  status=0
  cargo +nightly fuzz run "$t" "fuzz/corpus/$t" -- -max_total_time="$EACH" -print_final_stats=1 >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  crashes=$(ls "fuzz/artifacts/$t" 2>/dev/null | wc -l)
  printf "%-16s %-12s %-10s %s\n" "$t" "${runs:-?}" "$EACH" "$crashes"
  if [ "$status" != 0 ] && [ "$crashes" = 0 ]; then tail -20 "$log" >&2; exit "$status"; fi
done
