#!/usr/bin/env bash
# Build cost of the vendors' tables: `status_codes!` (codes-vendors) against
# the same rows declared with num_enum + strum + thiserror derives
# (codes-alt-tables), each a clean debug build in its own target directory,
# whole and the tables' crate alone; then the two dependency stacks.
# Run from the repository's root: bash bench/build_cost.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

measure() {
  local package=$1 whole=() alone=()
  shift
  for _ in $(seq "$runs"); do
    rm -rf "$work/target"
    whole+=("$(seconds cargo build --offline -p "$package" "$@" --target-dir "$work/target")")
    cargo clean --offline -p "$package" --target-dir "$work/target" >/dev/null 2>&1
    alone+=("$(seconds cargo build --offline -p "$package" "$@" --target-dir "$work/target")")
  done
  printf '%s\t%s\t%s\n' "$package" "$(printf '%s\n' "${whole[@]}" | median)" "$(printf '%s\n' "${alone[@]}" | median)"
}

cargo fetch >/dev/null 2>&1
printf 'crate\tclean build, whole (s)\tthe crate alone (s)\n'
# The tables alone on both sides: codes-vendors without its serde response
# bodies, which the comparison crate does not have.
measure codes-vendors --no-default-features --features all
measure codes-alt-tables

# Every crate each tables crate builds, itself left out.
stack() { cargo tree --offline -e normal,build --prefix none --no-dedupe -p "$@" 2>/dev/null | sed 's/ (.*//' | sort -u | grep -v "^$1 "; }
printf '\ndependency stacks (distinct crates built, the tables crate left out)\n'
printf 'codes-vendors (tables only)\t%s\t%s\n' "$(stack codes-vendors --no-default-features --features all | wc -l)" \
  "$(stack codes-vendors --no-default-features --features all | tr '\n' ' ')"
printf 'codes-alt-tables\t%s\t%s\n' "$(stack codes-alt-tables | wc -l)" "$(stack codes-alt-tables | tr '\n' ' ')"
