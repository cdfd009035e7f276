#!/usr/bin/env bash
# The size of what `status_codes!` generates, as a user's crate compiles it:
# the crate's full expansion (`rustc -Zunpretty=expanded`, the macro's output
# and every macro it calls expanded; RUSTC_BOOTSTRAP=1 lets the stable
# compiler print it), in tokens and `fn` items (`expansion --count`, whose
# documentation says what a token is), for
# - a one-row table: `0 Ok: "Fine." => success` in a `u16` table;
# - Clarifai's table as the build-cost comparison declares it
#   (bench/build_cost.sh): `MacroClarifai`, which generate-alternatives
#   writes from the vendor's table, 441 rows in 62 groups, no columns;
# - the same rows as a user declares them in one list: no groups, no
#   columns (its `group X {` lines and their closing braces left out).
# Each is a crate of its own depending on `vendor-codes` by path with its
# default features. Run from the repository's root: bash bench/expansion.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
export CARGO_TARGET_DIR="$work/target"

cargo build --quiet --release --locked --manifest-path bench/Cargo.toml --bin expansion
tool="$work/target/release/expansion"
cargo run --quiet --locked --manifest-path bench/Cargo.toml -p generate-alternatives -- "$work/gen" >/dev/null

# crate NAME SOURCE: a crate in "$work/NAME" whose lib.rs is SOURCE.
crate() {
  mkdir -p "$work/$1/src"
  cat >"$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
vendor-codes = { path = "$root" }

[workspace]
TOML
  cp bench/Cargo.lock "$work/$1/"
  printf '%s\n' "$2" >"$work/$1/src/lib.rs"
}

crate one-row '//! One row.
#![deny(missing_docs)]
vendor_codes::status_codes! {
    /// One row.
    pub enum One: u16 {
        0 Ok: "Fine." => success,
    }
}'
# The invocation of `MacroClarifai`: from the `status_codes! {` line before
# its `pub enum` to the next line `}`.
clarifai=$(awk '/^vendor_codes::status_codes! \{$/ { buf = $0; next }
  buf != "" && /pub enum MacroClarifai:/ { print buf; buf = ""; on = 1 }
  buf != "" { buf = buf "\n" $0; next }
  on { print } on && /^}$/ { exit }' "$work/gen/macro-tables/src/lib.rs")
[ -n "$clarifai" ] || { echo "no MacroClarifai in the generated tables" >&2; exit 1; }
crate clarifai "//! Clarifai's rows, in groups.
#![allow(missing_docs)]
$clarifai"
crate clarifai-flat "//! Clarifai's rows, in one list.
#![allow(missing_docs)]
$(printf '%s\n' "$clarifai" | grep -Ev '^ +group [A-Za-z0-9_]+.*\{$|^        \}$')"

[ -z "${KEEP:-}" ] || echo "kept $work" >&2
printf 'table\ttokens\tfn items\n'
for name in one-row clarifai clarifai-flat; do
  (cd "$work/$name" && RUSTC_BOOTSTRAP=1 cargo rustc --quiet --offline --lib -- -Zunpretty=expanded) >"$work/$name.rs"
  printf '%s\t%s\n' "$name" "$("$tool" --count "$work/$name.rs")"
done
