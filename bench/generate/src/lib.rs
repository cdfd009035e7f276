//! The alternatives that the benchmarks compare `status_codes!` with, written
//! from the very rows of the vendors' tables (`codes_vendors::tables()`), so
//! that both sides hold the same data. Nothing it writes is committed:
//!
//! - [`alternatives`]: for the benchmarked tables, the lookups that
//!   prost-style code writes by hand, `phf` maps and strum's `EnumString`
//!   with `use_phf`; and for ModelArts' 838 error codes (`ModelArts.0101`,
//!   the string-keyed `modelarts::ModelArtsError`), a `match` on the code, a
//!   `phf` map and strum's `EnumString`. codes-bench's build script writes
//!   them into its `OUT_DIR`, and `codes_bench::alternatives` includes them.
//! - [`alt_tables`]: every table as users would declare it by hand with
//!   num_enum + strum + thiserror derives. codes-alt-tables' build script
//!   writes them for the lookups' benchmarks; for the build-cost comparison
//!   the binary (`src/main.rs`) writes them into a crate of their own,
//!   without a build script, whose clean build is timed.
//! - [`macro_tables`]: the same rows with `status_codes!` and nothing else,
//!   the other side of that comparison (the binary writes that crate too).
//!
//! Each is the items alone, with no inner attribute, so that `include!`
//! takes them; the includer gives the `#![allow(..)]`s.

pub mod render;

use render::{Row, Rows};

/// The tables whose lookups the benchmarks compare (`bench/benches/lookup.rs`,
/// `bench/src/lookups.rs` and `codes-bench`'s tests name their modules):
/// Clarifai's, the largest, and BigML's general errors, a signed table.
pub const BENCHED: &[&str] = &["clarifai", "bigml-general"];

/// The string-keyed table whose lookups the benchmarks compare: ModelArts'
/// error codes.
pub const STRING_BENCHED: &str = "modelarts-errors";

/// The items of `codes_bench::alternatives` ([`render::alternatives`]).
///
/// # Errors
///
/// When a benchmarked table is missing from the vendors' tables.
pub fn alternatives() -> Result<String, String> {
    let tables = checked_tables()?;
    let modelarts = string_table(STRING_BENCHED).ok_or_else(|| {
        format!(
            "no string-keyed table {STRING_BENCHED} among the vendors' tables, \
             yet the benchmarks compare its lookups"
        )
    })?;
    Ok(render::alternatives(&tables, BENCHED, &modelarts))
}

/// The items of `codes-alt-tables` ([`render::alt_tables`]).
///
/// # Errors
///
/// When a benchmarked table is missing from the vendors' tables.
pub fn alt_tables() -> Result<String, String> {
    Ok(render::alt_tables(&checked_tables()?))
}

/// The items of `codes-macro-tables` ([`render::macro_tables`]).
///
/// # Errors
///
/// When a benchmarked table is missing from the vendors' tables, or a
/// table's integer type or a row's class is one the macro does not know.
pub fn macro_tables() -> Result<String, String> {
    render::macro_tables(&checked_tables()?)
}

/// The vendors' integer tables, checked to hold every benchmarked one.
fn checked_tables() -> Result<Vec<Rows<'static>>, String> {
    let tables = load_tables();
    if tables.is_empty() {
        return Err("codes_vendors::tables() gave no table".into());
    }
    for id in BENCHED {
        if !tables.iter().any(|table| table.id == *id) {
            return Err(format!(
                "no table {id} among the vendors' tables, yet the benchmarks compare its lookups"
            ));
        }
    }
    Ok(tables)
}

/// One line a table (`clarifai (441)`), for the binary's report.
#[must_use]
pub fn summary() -> String {
    load_tables()
        .iter()
        .map(|table| format!("{} ({})", table.id, table.rows.len()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every vendor's integer table, with its rows. (The alternatives to a
/// string-keyed table are another crate's matter: num_enum has no string
/// form.)
pub fn load_tables() -> Vec<Rows<'static>> {
    codes_vendors::tables()
        .filter(|table| table.int_type() != "&str")
        .map(|table| Rows {
            id: table.id(),
            int_type: table.int_type(),
            path: facade_path(table.rust_type()),
            rows: table
                .entries()
                .filter_map(|entry| {
                    Some(Row {
                        code: entry.code.as_int()?,
                        name: entry.name,
                        variant: entry.variant,
                        description: entry.description,
                        group: entry.group,
                        class: entry.class.as_str(),
                    })
                })
                .collect(),
        })
        .collect()
}

/// A string-keyed table's codes and variants (`modelarts-errors`), with the
/// path of its enum through the facade.
pub fn string_table(id: &str) -> Option<render::StrRows> {
    let table =
        codes_vendors::tables().find(|table| table.id() == id && table.int_type() == "&str")?;
    let rows = table
        .entries()
        .filter_map(|entry| Some((entry.code.as_str()?.to_owned(), entry.variant.to_owned())))
        .collect();
    Some(render::StrRows {
        id: table.id(),
        path: module_path(table.rust_type()),
        rows,
    })
}

/// The public path of a vendor's enum through the facade: its vendor's
/// module and its name, generic arguments left out
/// (`codes_vendors::modelarts::errors::ModelArtsError<'_>`, whose `errors`
/// module is private, → `vendor_codes::vendors::modelarts::ModelArtsError`); every
/// vendor's module re-exports its tables.
fn module_path(rust_type: &str) -> String {
    let path = rust_type.split('<').next().unwrap_or(rust_type);
    let segments: Vec<&str> = path.split("::").collect();
    let module = segments.get(1).copied().unwrap_or_default();
    let name = segments.last().copied().unwrap_or_default();
    format!("vendor_codes::vendors::{module}::{name}")
}

/// The path of a table's enum through the `vendor-codes` facade:
/// `codes_vendors::clarifai::Clarifai` → `vendor_codes::vendors::clarifai::Clarifai`.
fn facade_path(rust_type: &str) -> String {
    let rest = rust_type
        .split_once("::")
        .map_or(rust_type, |(_, rest)| rest);
    format!("vendor_codes::vendors::{rest}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_go_through_the_facade() {
        assert_eq!(
            facade_path("codes_vendors::bigml::GeneralError"),
            "vendor_codes::vendors::bigml::GeneralError"
        );
        assert_eq!(facade_path("Local"), "vendor_codes::vendors::Local");
    }

    /// ModelArts' error codes: the page's 838 distinct codes, each once,
    /// each variant the code's letters and digits.
    #[test]
    fn the_string_keyed_table_is_read() {
        let table = string_table(STRING_BENCHED).unwrap();
        assert_eq!(
            table.path,
            "vendor_codes::vendors::modelarts::ModelArtsError"
        );
        assert_eq!(table.rows.len(), 838);
        for (code, variant) in &table.rows {
            let digits = code
                .strip_prefix("ModelArts.")
                .unwrap_or_else(|| panic!("{code}"));
            assert!(
                digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()),
                "{code}"
            );
            assert_eq!(*variant, format!("ModelArts{digits}"));
        }
        let mut codes: Vec<&str> = table.rows.iter().map(|(code, _)| code.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 838);
        assert!(string_table("clarifai").is_none());
    }

    #[test]
    fn module_paths_name_the_vendor_module_and_the_type() {
        assert_eq!(
            module_path("codes_vendors::modelarts::errors::ModelArtsError<'_>"),
            "vendor_codes::vendors::modelarts::ModelArtsError"
        );
        assert_eq!(
            module_path("codes_vendors::clarifai::Clarifai"),
            "vendor_codes::vendors::clarifai::Clarifai"
        );
    }

    #[test]
    fn every_row_of_every_table_is_read() {
        let tables = load_tables();
        // Every integer table; string-keyed ones are not generated (yet).
        let vendors: Vec<&codes_core::Table> = codes_vendors::tables()
            .filter(|table| table.int_type() != "&str")
            .collect();
        assert_eq!(tables.len(), vendors.len());
        for (rows, table) in tables.iter().zip(vendors) {
            assert_eq!(rows.id, table.id());
            assert_eq!(rows.rows.len(), table.len(), "{}", rows.id);
            assert!(
                rows.path
                    .ends_with(table.rust_type().rsplit("::").next().unwrap_or(""))
            );
        }
        for id in BENCHED {
            assert!(tables.iter().any(|table| table.id == *id), "{id}");
        }
    }
}

/// Writes `text` (a generator's output, or its error) to `OUT_DIR/file`, for
/// a build script (bench's and alt-tables'); panics, as a build script
/// fails, when the generator failed or the file cannot be written.
pub fn write_to_out_dir(file: &str, text: Result<String, String>) {
    println!("cargo::rerun-if-changed=build.rs");
    let text = text.unwrap_or_else(|e| panic!("generate-alternatives: {e}"));
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let path = out.join(file);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
