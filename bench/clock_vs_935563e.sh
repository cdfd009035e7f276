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

printf 'stream\t935563e ns (median)\ttoday ns (median)\tratio (median of pairs)\trange\n'
for stream in known unknown mixed; do
  awk -v s="$stream" '$3 == s' "$out" | awk '
    { t[$1, $2] = $4 }
    END {
      for (i = 1; (i, "old") in t; i++) { o[i] = t[i, "old"]; n[i] = t[i, "new"]; r[i] = t[i, "old"] / t[i, "new"] }
      count = i - 1
      print count; for (i = 1; i <= count; i++) print o[i], n[i], r[i]
    }' | {
    read -r count
    awk -v s="$stream" -v c="$count" '
      { o[NR] = $1; n[NR] = $2; r[NR] = $3 }
      function median(a,   i, j, t, b) {
        for (i = 1; i <= c; i++) b[i] = a[i]
        for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (b[j] < b[i]) { t = b[i]; b[i] = b[j]; b[j] = t }
        lo = b[1]; hi = b[c]
        return (c % 2) ? b[(c + 1) / 2] : (b[c / 2] + b[c / 2 + 1]) / 2
      }
      END {
        mo = median(o); mn = median(n); mr = median(r)
        printf "%s\t%.2f\t%.2f\t%.2f\t%.2f-%.2f\n", s, mo, mn, mr, lo, hi
      }'
  }
done
