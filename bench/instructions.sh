#!/usr/bin/env bash
# Instructions per lookup, counted by callgrind (repeatable whatever the
# machine's load): each kind of `count` runs REPS times over its 1,024 inputs
# and 0 times; the difference, divided by the lookups, is the figure.
# Run from the repository's root: bash bench/instructions.sh [REPS]
set -euo pipefail
cd "$(dirname "$0")/.."
reps=${1:-20}
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 1; }
cargo build --release -p codes-bench --bin count >/dev/null 2>&1
bin=target/release/count

collected() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" 2>&1 \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

printf 'kind\tinstructions per lookup\n'
for kind in $("$bin" --kinds); do
  base=$(collected "$kind" 0)
  total=$(collected "$kind" "$reps")
  printf '%s\t%s\n' "$kind" "$(echo "scale=1; ($total - $base) / ($reps * 1024)" | bc)"
done
