#!/usr/bin/env bash
# Goal 2's clock: Clarifai's code -> variant lookup today against the one of
# commit 935563e (the issue's "today"), on the wall clock.
#
# The two lookups live in two builds, so the ratio is taken run by run: PAIRS
# pairs of runs, each pair one run of 935563e's `ratios` and one of today's
# (their order alternating from pair to pair), each run 31 interleaved rounds
# of 20 x 1,024 lookups (see BENCHMARKS.md). The ratio of a pair is
# 935563e's time over today's, stream by stream; the script prints their
# median and range, and each side's median time.
#
# Both sides are inlined into the loop (`code_to_variant_inlined`): out of
# line, today's lookup costs what an empty wrapper does (the call is the
# floor), which would measure the harness. 935563e's benchmarks have no
# inlined comparisons: bench/old-inlined.patch adds them to its checkout
# (closures marked #[inline(always)] around the same calls), and changes
# nothing else.
#
# Run from the repository's root: bash bench/clock_vs_935563e.sh [PAIRS]
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-9}
root=$PWD
target=${CARGO_TARGET_DIR:-$root/target}
old=$target/old-935563e
filter=code_to_variant_inlined/clarifai

if [ ! -d "$old" ]; then
  git worktree add --detach "$old" 935563e >/dev/null
  git -C "$old" apply "$root/bench/old-inlined.patch"
fi
(cd "$old" && CARGO_TARGET_DIR=$old/target cargo build --release -p codes-bench --bin ratios) >/dev/null 2>&1
cargo build --release -p codes-bench --bin ratios >/dev/null 2>&1

# "side stream ns" lines of one run.
run() {
  "$1" "$filter" 31 20 | awk -F'\t' -v side="$2" '$2 == "status_codes" {
    n = split($1, path, "/"); print side, path[n], $3 }'
}

out=$(mktemp)
trap 'rm -f "$out"' EXIT
for i in $(seq "$pairs"); do
  if [ $((i % 2)) = 1 ]; then
    run "$old/target/release/ratios" old; run "$target/release/ratios" new
  else
    run "$target/release/ratios" new; run "$old/target/release/ratios" old
  fi | sed "s/^/$i /" >>"$out"
done

# "old new ratio" of each pair, for one stream.
pairs_of() {
  awk -v s="$1" '$3 == s { t[$1, $2] = $4 }
    END { for (i = 1; (i, "old") in t; i++) print t[i, "old"], t[i, "new"], t[i, "old"] / t[i, "new"] }' "$out"
}

# median, from bench/lib.sh.
source bench/lib.sh

printf 'stream\t935563e ns (median)\ttoday ns (median)\tratio (median of pairs)\trange\n'
for stream in known unknown mixed; do
  column() { pairs_of "$stream" | awk -v c="$1" '{print $c}'; }
  ratios=$(column 3 | sort -n)
  printf '%s\t%.2f\t%.2f\t%.2f\t%.2f-%.2f\n' "$stream" \
    "$(column 1 | median)" "$(column 2 | median)" "$(median <<<"$ratios")" \
    "$(head -n 1 <<<"$ratios")" "$(tail -n 1 <<<"$ratios")"
done
