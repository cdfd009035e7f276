#!/usr/bin/env bash
# Interleaved pairs of clean debug builds, as a user builds them: the
# vendors' integer tables declared with `status_codes!` (codes-macro-tables,
# depending on `vendor-codes` with its default features), then the same rows
# with num_enum + strum + thiserror derives (codes-alt-tables), each in a
# fresh target directory, PAIRS times; one line a pair (wall and CPU seconds,
# CPU = user + system of every process, and the load average when the pair
# started), then the medians and each pair's ratios. Interleaving puts both
# sides of a pair under the same load on a shared machine.
#
# Both crates are generated into a scratch directory (`user_crates` in
# bench/lib.sh: generate-alternatives writes them from the vendors' tables),
# `vendor-codes` a git dependency on a snapshot of the committed tree (HEAD):
# what a user's build compiles (dependencies not incremental, their lints
# capped), with bench/Cargo.lock for the same versions on both sides.
# Run from the repository's root: bash bench/build_pairs.sh [PAIRS]
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# timed (wall and CPU seconds of one command), median and user_crates.
source bench/lib.sh

user_crates
macro=(cargo build --offline --manifest-path "$work/macro-tables/Cargo.toml")
alt=(cargo build --offline --manifest-path "$work/alt-tables/Cargo.toml")

# "wall cpu" of one clean build.
build() {
  rm -rf "$work/target"
  timed "$@" --target-dir "$work/target"
}

printf '%s\n' "commit $(git rev-parse --short HEAD)"
printf 'pair\tload\tmacro wall\tmacro cpu\talt wall\talt cpu\twall ratio\tcpu ratio\n'
: >"$work/pairs"
for i in $(seq "$pairs"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  read -r mw mc <<<"$(build "${macro[@]}")"
  read -r aw ac <<<"$(build "${alt[@]}")"
  line=$(awk -v i="$i" -v l="$load" -v mw="$mw" -v mc="$mc" -v aw="$aw" -v ac="$ac" \
    'BEGIN {printf "%d\t%s\t%s\t%s\t%s\t%s\t%.2f\t%.2f", i, l, mw, mc, aw, ac, mw / aw, mc / ac}')
  printf '%s\n' "$line" | tee -a "$work/pairs"
done
col() { cut -f"$1" "$work/pairs" | median; }
printf 'median\t%s\t%s\t%s\t%s\t%s\t%.2f\t%.2f\n' "$(col 2)" "$(col 3)" "$(col 4)" "$(col 5)" "$(col 6)" \
  "$(awk -v a="$(col 3)" -v b="$(col 5)" 'BEGIN {print a / b}')" \
  "$(awk -v a="$(col 4)" -v b="$(col 6)" 'BEGIN {print a / b}')"
printf 'pair ratios, median: wall %s, cpu %s\n' "$(col 7)" "$(col 8)"
