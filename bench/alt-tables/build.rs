//! Writes `alt_tables.rs` into `OUT_DIR` from the vendors' tables
//! (`generate_alternatives::alt_tables`): the num_enum + strum + thiserror
//! enums that `src/lib.rs` includes. Cargo runs it again whenever the tables
//! (a build dependency) change.

fn main() {
    generate_alternatives::write_to_out_dir("alt_tables.rs", generate_alternatives::alt_tables());
}
