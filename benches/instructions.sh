#!/usr/bin/env bash
# Steady-state instruction counts per message for parse vs classify, with valgrind's callgrind:
# repeatable whatever else the machine is doing (criterion's wall-clock figures are not, on a
# shared 2-core machine). Runs the corpus once and LOOPS+1 times; the difference is steady state,
# so the regex engines' one-time lazy-DFA warm-up is excluded.
set -euo pipefail
cd "$(dirname "$0")/.."
LOOPS=${LOOPS:-20}
cargo build --release --quiet --example classify_instructions
bin=target/release/examples/classify_instructions
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" 2>&1 | sed -n 's/.*refs: *//p' | tr -d ,; }
n=$(ls tests/fixtures/core/*.eml tests/fixtures/mail/*.eml | wc -l)
p1=$(count parse 1); pN=$(count parse $((LOOPS + 1)))
b1=$(count both 1); bN=$(count both $((LOOPS + 1)))
parse=$(( (pN - p1) / (LOOPS * n) ))
both=$(( (bN - b1) / (LOOPS * n) ))
echo "messages in corpus: $n"
echo "parse:          $parse instructions/message"
echo "parse+classify: $both instructions/message"
echo "classify adds:  $(( (both - parse) * 100 / parse ))% to parse"
