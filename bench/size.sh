#!/usr/bin/env bash
# Bytes a row in a release binary: three programs built in release from a
# scratch crate outside the workspace, each reading a code (or a name) from
# its command line, one that prints it (no table), one that looks it up in
# Clarifai's table and prints every accessor a client uses (`from_code`,
# `from_name`, `Display`, name, description, group and its title, class),
# and one that also walks the table's `Table` view (`entries()`); the
# difference of their allocated sections (`size -A`), divided by the table's
# rows, is what a row costs. Then how many bytes of that are the row's text
# (names, descriptions, group titles: what a string blob would hold) and how
# many relocations the binary carries (each `&'static str` in a
# position-independent binary is a pointer fixed at load time: 24 bytes of
# .rela.dyn besides its 16 bytes in .data.rel.ro). Last, the table data of
# `accessors` by object file and input section, from the linker's map
# (`-Wl,-Map`, as lld writes it): what the program's own object holds and
# what codes-vendors' object holds (the generated tables are `static`s,
# stored once, in codes-vendors' object, which the program's inlined
# accessors read too: a `const` array would be instantiated in both
# objects), and how many copies of one description the binary carries.
# Run from the repository's root: bash bench/size.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src/bin"
cat >"$work/Cargo.toml" <<TOML
[package]
name = "size"
version = "0.0.0"
edition = "2024"
publish = false

[workspace]

[dependencies]
vendor-codes = { path = "$root", features = ["vendors"] }
TOML
cat >"$work/src/bin/none.rs" <<'RS'
fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let code: u32 = arg.parse().unwrap_or(0);
    println!("{code} {arg}");
}
RS
cat >"$work/src/bin/accessors.rs" <<'RS'
use vendor_codes::vendors::clarifai::Clarifai;
fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let status = match arg.parse::<u32>() {
        Ok(code) => Clarifai::from_code(code),
        Err(_) => Clarifai::from_name(&arg).unwrap_or(Clarifai::Unknown(0)),
    };
    println!(
        "{status} {:?} {:?} {:?} {:?} {:?}",
        status.name(),
        status.description(),
        status.group(),
        status.group().and_then(|g| g.title()),
        status.class()
    );
}
RS
cat >"$work/src/bin/entries.rs" <<'RS'
use vendor_codes::vendors::clarifai::{Clarifai, TABLES};
fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let status = match arg.parse::<u32>() {
        Ok(code) => Clarifai::from_code(code),
        Err(_) => Clarifai::from_name(&arg).unwrap_or(Clarifai::Unknown(0)),
    };
    println!(
        "{status} {:?} {:?} {:?} {:?} {:?}",
        status.name(),
        status.description(),
        status.group(),
        status.group().and_then(|g| g.title()),
        status.class()
    );
    for entry in TABLES.iter().flat_map(|table| table.entries()) {
        if entry.name == Some(arg.as_str()) {
            println!("{entry:?}");
        }
    }
}
RS
cat >"$work/src/bin/text.rs" <<'RS'
// Not measured: the bytes of Clarifai's text, each string once: what the
// accessors print (names, descriptions, group titles), then the variants'
// names (which the `Table` view's entries hold too).
use vendor_codes::vendors::clarifai::Clarifai;
fn distinct(mut strings: Vec<&str>) -> (usize, usize) {
    strings.sort_unstable();
    strings.dedup();
    (strings.len(), strings.iter().map(|s| s.len()).sum())
}
fn main() {
    let mut printed: Vec<&str> = Vec::new();
    let mut variants: Vec<&str> = Vec::new();
    for status in Clarifai::ALL {
        printed.extend(status.name());
        printed.extend(status.description());
        printed.extend(status.group().and_then(|g| g.title()));
        variants.extend(status.variant_name());
    }
    let (printed, variants) = (distinct(printed), distinct(variants));
    println!("{} {} {} {} {}", Clarifai::ALL.len(), printed.0, printed.1, variants.0, variants.1);
}
RS
cargo build --release --quiet --manifest-path "$work/Cargo.toml" --target-dir "$work/target"
# `accessors` once more, with the linker's map.
touch "$work/src/bin/accessors.rs"
cargo rustc --release --quiet --manifest-path "$work/Cargo.toml" --target-dir "$work/target" \
  --bin accessors -- -C link-arg=-Wl,-Map="$work/accessors.map"
read -r rows strings text variants variant_text < <("$work/target/release/text")
sections() {
  size -A "$work/target/release/$1" | awk '$3 ~ /^[0-9]+$/ && $3 > 0 {print $1, $2}'
}
sections none >"$work/none"
printf 'Clarifai: %s rows; names, descriptions and group titles: %s distinct strings, %s bytes (%.1f a row); variant names: %s, %s bytes (%.1f a row)\n' \
  "$rows" "$strings" "$text" "$(echo "$text / $rows" | bc -l)" "$variants" "$variant_text" "$(echo "$variant_text / $rows" | bc -l)"
for bin in accessors entries; do
  sections "$bin" >"$work/$bin"
  printf '\n%s - none\tbytes\tbytes a row\n' "$bin"
  join -a1 -a2 -e 0 -o 0,1.2,2.2 <(sort "$work/$bin") <(sort "$work/none") \
    | awk -v rows="$rows" '{d = $2 - $3; if (d != 0) {printf "%s\t%d\t%.1f\n", $1, d, d / rows; t += d}} END {printf "total\t%d\t%.1f\n", t, t / rows}'
  printf 'relocations (R_X86_64_RELATIVE): %s, none: %s\n' \
    "$(readelf -r "$work/target/release/$bin" | grep -c R_X86_64_RELATIVE)" \
    "$(readelf -r "$work/target/release/none" | grep -c R_X86_64_RELATIVE)"
done

printf '\naccessors: table data by object and section (bytes; the largest input sections)\n'
python3 - "$work/accessors.map" "$work/target/release/accessors" <<'PY'
import collections, re, sys
rows, out = [], None
for line in open(sys.argv[1]):
    p = line.split(None, 4)
    if len(p) < 5 or not re.fullmatch(r"[0-9a-f]+", p[0]) or not re.fullmatch(r"[0-9a-f]+", p[2]):
        continue
    rest = p[4].strip()
    if rest.startswith("."):
        out = rest.split()[0]
    elif out in (".rodata", ".data.rel.ro") and ":(" in rest:
        obj, section = rest.rsplit(":(", 1)
        crate = obj.rsplit("/", 1)[-1].split("-")[0].split(".")[0]
        rows.append((out, crate, int(p[2], 16), section.rstrip(")")))
totals = collections.Counter()
for out, crate, size, _ in rows:
    totals[(crate, out)] += size
for crate in ("accessors", "libcodes_vendors"):
    for out in (".rodata", ".data.rel.ro"):
        largest = sorted((r for r in rows if r[1] == crate and r[0] == out), key=lambda r: -r[2])
        print(f"{crate}\t{out}\t{totals[(crate, out)]}\tlargest: " + ", ".join(str(r[2]) for r in largest[:6]))
binary = open(sys.argv[2], "rb").read()
text = b"Custom model is currently training"
print(f'copies of "{text.decode()}" in the binary: {binary.count(text)}')
PY
