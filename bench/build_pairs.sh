#!/usr/bin/env bash
# Interleaved pairs of clean debug builds: the rows declared with
# `status_codes!` (depending on `vendor-codes` with its default features), then the
# same rows with num_enum + strum + thiserror derives, each in a fresh target
# directory, PAIRS times; one line a pair (wall and CPU seconds, CPU = user +
# system of every process, and the load average when the pair started), then
# the medians and each pair's ratios. Interleaving puts both sides of a pair
# under the same load on a shared machine.
#
# MODE `workspace` (the default) builds codes-macro-tables and
# codes-alt-tables, workspace members: cargo compiles codes, codes-core,
# codes-codegen and codes-macros as local packages (incrementally, lints on).
# MODE `user` builds copies of the two crates outside the workspace, `vendor-codes`
# a git dependency on a snapshot of the committed tree (HEAD): what a user's
# build compiles (dependencies not incremental, their lints capped), with the
# workspace's Cargo.lock for the same versions on both sides.
# Run from the repository's root: bash bench/build_pairs.sh [PAIRS] [MODE]
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-9}
mode=${2:-workspace}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case $mode in
  workspace)
    macro=(cargo build --offline -p codes-macro-tables)
    alt=(cargo build --offline -p codes-alt-tables)
    ;;
  user)
    mkdir "$work/repo" "$work/macro" "$work/alt"
    git archive HEAD | tar -x -C "$work/repo"
    git -C "$work/repo" init -q
    git -C "$work/repo" add -A
    git -C "$work/repo" -c user.name=bench -c user.email=bench@invalid commit -qm snapshot
    for side in macro alt; do
      mkdir "$work/$side/src"
      cp Cargo.lock "$work/$side/"
    done
    cp bench/macro-tables/src/lib.rs "$work/macro/src/"
    cp bench/alt-tables/src/lib.rs "$work/alt/src/"
    printf '[package]\nname = "user-macro-tables"\nversion = "0.1.0"\nedition = "2024"\n[workspace]\n[dependencies]\ncodes = { git = "file://%s/repo" }\n' "$work" >"$work/macro/Cargo.toml"
    sed -n '/^\[dependencies\]/,$p' bench/alt-tables/Cargo.toml >"$work/alt/deps"
    printf '[package]\nname = "user-alt-tables"\nversion = "0.1.0"\nedition = "2024"\n[workspace]\n' | cat - "$work/alt/deps" >"$work/alt/Cargo.toml"
    # The snapshot is a local git repository: fetching it is no download.
    (cd "$work/macro" && cargo fetch >/dev/null 2>&1)
    macro=(cargo build --offline --manifest-path "$work/macro/Cargo.toml")
    alt=(cargo build --offline --manifest-path "$work/alt/Cargo.toml")
    ;;
  *) echo "MODE is workspace or user" >&2; exit 2 ;;
esac

# timed (wall and CPU seconds of one command) and median.
source bench/lib.sh

# "wall cpu" of one clean build.
build() {
  rm -rf "$work/target"
  timed "$@" --target-dir "$work/target"
}

cargo fetch >/dev/null 2>&1
printf '%s\n' "mode $mode, commit $(git rev-parse --short HEAD)"
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
