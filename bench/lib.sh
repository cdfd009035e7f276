# Helpers of bench/build_cost.sh and bench/build_pairs.sh, which source it
# (`timed` and `user_crates` write in `work`, their scratch directory).

# "wall cpu" of one command, in seconds (cpu: user + system of every process);
# the command's output is dropped.
timed() {
  /usr/bin/time -o "$work/time" -f '%e %U %S' "$@" >/dev/null 2>&1
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$work/time"
}

# The median of the numbers on standard input, one a line.
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# The two crates of the build-cost comparison, as a user builds them, in
# "$work/macro-tables" (codes-macro-tables: the vendors' integer tables with
# `status_codes!` and nothing else, `vendor-codes` with its default features)
# and "$work/alt-tables" (codes-alt-tables: the same rows with num_enum +
# strum + thiserror derives), both written by generate-alternatives from the
# vendors' tables, each a workspace of its own with no build script.
# `vendor-codes` is a git dependency on a snapshot of the committed tree
# (HEAD) in "$work/repo", so that cargo compiles vendor-codes, codes-core,
# codes-codegen and codes-macros as it compiles a user's dependencies (not
# incrementally, lints capped); both crates get bench/Cargo.lock, for the same
# versions on both sides. The snapshot is a local git repository: fetching it
# is no download.
user_crates() {
  mkdir -p "$work/repo"
  git archive HEAD | tar -x -C "$work/repo"
  git -C "$work/repo" init -q
  git -C "$work/repo" add -A
  git -C "$work/repo" -c user.name=bench -c user.email=bench@invalid commit -qm snapshot
  cargo run --quiet --locked --manifest-path bench/Cargo.toml -p generate-alternatives -- \
    "$work" --vendor-codes "git = \"file://$work/repo\"" >/dev/null
  for side in macro-tables alt-tables; do
    cp bench/Cargo.lock "$work/$side/"
    (cd "$work/$side" && cargo fetch >/dev/null 2>&1)
  done
}
