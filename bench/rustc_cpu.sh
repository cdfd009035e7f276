#!/usr/bin/env bash
# A RUSTC_WRAPPER that logs the CPU seconds (user + system, the linker
# included) and wall seconds of every rustc cargo runs, with the crate's name
# and whether it carries debug information (the proc macro's dependencies do
# not, unless a unit is shared with the target): where a build's CPU time
# goes, crate by crate, which cargo's --timings (wall seconds, inflated by
# whatever else runs) does not say.
# From the repository's root, on the build-cost crates (generate-alternatives
# writes them into a directory: /tmp/tables/macro-tables, /tmp/tables/alt-tables):
#   cargo run --manifest-path bench/Cargo.toml -p generate-alternatives -- /tmp/tables
#   cp bench/Cargo.lock /tmp/tables/macro-tables/
#   RUSTC_WRAPPER=$PWD/bench/rustc_cpu.sh RUSTC_CPU_LOG=/tmp/cpu.log \
#     cargo build --manifest-path /tmp/tables/macro-tables/Cargo.toml --target-dir /tmp/fresh
#   sort -t$'\t' -k3 -rn /tmp/cpu.log
# Lines: crate name, debug=0|1, CPU seconds, wall seconds.
name=- prev= debug=0
for arg in "$@"; do
  [ "$prev" = --crate-name ] && name=$arg
  case $arg in debuginfo=1 | debuginfo=2 | debuginfo=full | debuginfo=limited) debug=1 ;; esac
  prev=$arg
done
times=$(mktemp)
start=$(date +%s.%N)
/usr/bin/time -o "$times" -f '%U %S' "$@"
status=$?
end=$(date +%s.%N)
# Cargo's probes of rustc (`-vV`, `--crate-name ___ --print`): not logged.
if [ "$name" != - ] && [ "$name" != ___ ]; then
  # The last line: a failing command's status comes first.
  tail -n1 "$times" | awk -v n="$name" -v d="$debug" -v s="$start" -v e="$end" \
    '{printf "%s\tdebug=%s\t%.2f\t%.2f\n", n, d, $1 + $2, e - s}' >>"${RUSTC_CPU_LOG:?set RUSTC_CPU_LOG}"
fi
rm -f "$times"
exit $status
