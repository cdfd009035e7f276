//! Writes `alt_tables.rs` into `OUT_DIR` from the vendors' tables
//! (`generate_alternatives::alt_tables`): the num_enum + strum + thiserror
//! enums that `src/lib.rs` includes. Cargo runs it again whenever the tables
//! (a build dependency) change.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let text = generate_alternatives::alt_tables()
        .unwrap_or_else(|e| panic!("generate-alternatives: {e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let path = out.join("alt_tables.rs");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
