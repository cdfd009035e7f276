//! Writes `alternatives.rs` into `OUT_DIR` from the vendors' tables
//! (`generate_alternatives::alternatives`): the hand-written and `phf`
//! lookups that `codes_bench::alternatives` includes. Cargo runs it again
//! whenever the tables (a build dependency) change.

fn main() {
    generate_alternatives::write_to_out_dir(
        "alternatives.rs",
        generate_alternatives::alternatives(),
    );
}
