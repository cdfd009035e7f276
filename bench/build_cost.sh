#!/usr/bin/env bash
# Build cost of a user's tables, as a user builds them: the vendors' integer
# tables declared with `status_codes!` and nothing else (codes-macro-tables,
# depending on `vendor-codes` with its default features) and with num_enum +
# strum + thiserror derives (codes-alt-tables), both generated into a scratch
# directory (`user_crates` in bench/lib.sh: generate-alternatives writes them
# from the vendors' tables; `vendor-codes` a git dependency on a snapshot of
# HEAD); then codes-macro-tables with the facade's `vendors` feature, and
# codes-vendors itself (tables, hand-written code, docs; built in the
# snapshot's workspace) for reference. Each is a clean debug build in its own
# target directory, whole and the tables' crate alone (after `cargo clean
# -p`); the medians of RUNS runs, in wall-clock seconds and in CPU seconds
# (user + system, every process: the figure the machine's other load moves
# least). Then where the time of one clean build goes (cargo's --timings
# report: each unit's seconds), and the dependency stacks.
# Run from the repository's root: bash bench/build_cost.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# timed (wall and CPU seconds of one command), median and user_crates.
source bench/lib.sh

user_crates
# A package to build: its manifest and its name.
macro=(--manifest-path "$work/macro-tables/Cargo.toml" -p codes-macro-tables)
alt=(--manifest-path "$work/alt-tables/Cargo.toml" -p codes-alt-tables)
vendors=(--manifest-path "$work/repo/Cargo.toml" -p codes-vendors)

# measure LABEL --manifest-path MANIFEST -p PACKAGE [BUILD-ARGS...] (the
# first four as the arrays above give them).
measure() {
  local label=$1 package=("${@:2:4}") whole=() alone=()
  shift 5
  for _ in $(seq "$runs"); do
    rm -rf "$work/target"
    whole+=("$(timed cargo build --offline "${package[@]}" "$@" --target-dir "$work/target")")
    cargo clean --offline "${package[@]}" --target-dir "$work/target" >/dev/null 2>&1
    alone+=("$(timed cargo build --offline "${package[@]}" "$@" --target-dir "$work/target")")
  done
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" \
    "$(printf '%s\n' "${whole[@]}" | cut -d' ' -f1 | median)" \
    "$(printf '%s\n' "${whole[@]}" | cut -d' ' -f2 | median)" \
    "$(printf '%s\n' "${alone[@]}" | cut -d' ' -f1 | median)" \
    "$(printf '%s\n' "${alone[@]}" | cut -d' ' -f2 | median)"
}

# Each unit's seconds in one clean build, the longest first (cargo's
# --timings report holds them in its UNIT_DATA).
breakdown() {
  local label=$1 package=$2
  shift 2
  rm -rf "$work/target"
  cargo build --offline "$@" --timings --target-dir "$work/target" >/dev/null 2>&1
  python3 - "$work/target/cargo-timings/cargo-timing.html" "$label" "$package" <<'PY'
import json, re, sys
html, label, package = open(sys.argv[1]).read(), sys.argv[2], sys.argv[3]
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
total = re.search(r"<td>Total time:</td><td>([\d.]+)s", html)
units.sort(key=lambda u: -u["duration"])
name = lambda u: u["name"] + u["target"].replace(" build-script (run)", " (build script run)").replace(" build-script", " (build script)")
longest = ", ".join(f"{name(u)} {u['duration']:.2f}" for u in units[:10])
own = [u for u in units if u["name"] == package]
sections = "; ".join(
    f"{package}: " + ", ".join(f"{s} {t['end'] - t['start']:.2f}" for s, t in (u["sections"] or []))
    for u in own)
print(f"{label}\t{total.group(1) if total else '?'} s wall, {sum(u['duration'] for u in units):.2f} s of units\t{longest}\t{sections}")
PY
}

printf '%s\n' "commit $(git rev-parse --short HEAD)"
printf 'crate\twhole: wall (s)\twhole: cpu (s)\talone: wall (s)\talone: cpu (s)\n'
measure codes-macro-tables "${macro[@]}"
measure codes-alt-tables "${alt[@]}"
measure 'codes-macro-tables, vendors on' "${macro[@]}" --features vendor-codes/vendors
# codes-vendors without its serde response bodies.
measure codes-vendors "${vendors[@]}" --no-default-features --features all

printf '\nwhere the time goes (one clean build; seconds a unit, the longest first)\n'
breakdown codes-macro-tables codes-macro-tables "${macro[@]}"
breakdown codes-alt-tables codes-alt-tables "${alt[@]}"

# Every crate each tables crate builds, itself left out.
# stack PACKAGE CARGO-ARGS...
stack() {
  local package=$1
  shift
  cargo tree --offline -e normal,build --prefix none --no-dedupe "$@" 2>/dev/null \
    | sed 's/ (.*//' | sort -u | grep -v "^$package "
}
printf '\ndependency stacks (distinct crates built, the tables crate left out)\n'
printf 'codes-macro-tables\t%s\t%s\n' "$(stack codes-macro-tables "${macro[@]}" | wc -l)" "$(stack codes-macro-tables "${macro[@]}" | tr '\n' ' ')"
printf 'codes-alt-tables\t%s\t%s\n' "$(stack codes-alt-tables "${alt[@]}" | wc -l)" "$(stack codes-alt-tables "${alt[@]}" | tr '\n' ' ')"
