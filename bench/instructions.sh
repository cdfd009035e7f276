#!/usr/bin/env bash
# Instructions per lookup, counted by callgrind (repeatable whatever the
# machine's load), for every kind of `count` (COMPARISON/SIDE; FILTER keeps
# the kinds that contain it), two ways:
# - the lookup alone: the side's #[inline(never)] wrapper counted inclusively
#   (--toggle-collect=WRAPPER collects only while it runs, its callees
#   too), over REPS x 1,024 calls, divided by the calls;
# - the loop: the whole program run REPS times over the 1,024 inputs and
#   0 times; the difference, divided by the lookups, adds the loop's
#   instructions (the black_box'ed load and store, the call) to the lookup's.
# Then the macro's expansion of synthetic tables of 100, 1,000 and 10,000
# rows (`count --expand ROWS`: codes_codegen::try_expand counted
# inclusively, once), in instructions a row.
# Run from the repository's root: bash bench/instructions.sh [REPS] [FILTER]
set -euo pipefail
cd "$(dirname "$0")/.."
reps=${1:-20}
filter=${2:-}
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 1; }
# The bench workspace's `count` (its target directory is bench/target unless
# CARGO_TARGET_DIR names another).
cargo build --release --locked --manifest-path bench/Cargo.toml --bin count >/dev/null 2>&1
bin=${CARGO_TARGET_DIR:-bench/target}/release/count

collected() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
per_lookup() { echo "scale=1; $1 / ($reps * 1024)" | bc; }

printf 'kind\tthe lookup alone\tthe loop\n'
"$bin" --kinds | while IFS=$'\t' read -r kind function; do
  case "$kind" in *"$filter"*) ;; *) continue ;; esac
  # A side inlined into the loop (function "-") has no function to count alone.
  alone=-
  if [ "$function" != - ]; then
    alone=$(per_lookup "$(collected --toggle-collect="$function" "$bin" "$kind" "$reps")")
  fi
  base=$(collected "$bin" "$kind" 0)
  total=$(collected "$bin" "$kind" "$reps")
  printf '%s\t%s\t%s\n' "$kind" "$alone" "$(per_lookup "$((total - base))")"
done

for rows in 100 1000 10000; do
  kind="expand/$rows rows"
  case "$kind" in *"$filter"*) ;; *) continue ;; esac
  total=$(collected --toggle-collect=codes_codegen::try_expand "$bin" --expand "$rows")
  printf '%s\t%s a row\t\n' "$kind" "$((total / rows))"
done
