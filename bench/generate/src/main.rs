//! Writes the alternatives that the benchmarks compare `status_codes!` with,
//! from the very rows of the vendors' tables (`codes_vendors::tables()`), so
//! that both sides hold the same data:
//!
//! - `bench/alt-tables/src/lib.rs`: every table as users would declare it by
//!   hand with num_enum + strum + thiserror derives; its own crate, so that
//!   its build can be timed against the macro's.
//! - `bench/macro-tables/src/lib.rs`: the same rows with `status_codes!` and
//!   nothing else, the other side of that comparison.
//! - `bench/src/alternatives.rs`: for the benchmarked tables, the lookups
//!   that prost-style code writes by hand, `phf` maps and strum's
//!   `EnumString` with `use_phf`; and for ModelArts' 838 error codes
//!   (`ModelArts.0101`, the string-keyed `modelarts::ModelArtsError`), a
//!   `match` on the code, a `phf` map and strum's `EnumString`.
//!
//! Run it from anywhere in the workspace, without arguments:
//!
//! ```text
//! cargo run -p generate-alternatives
//! ```
//!
//! The files are formatted with `rustfmt` (which must be installed, as
//! `cargo fmt` needs it) and written only when their text changes. CI runs it
//! and fails when the committed files differ from its output.

mod render;

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use render::{Row, Rows};

/// The tables whose lookups the benchmarks compare (`bench/benches/lookup.rs`,
/// `bench/src/lookups.rs` and `codes-bench`'s tests name their modules):
/// Clarifai's, the largest, and BigML's general errors, a signed table.
const BENCHED: &[&str] = &["clarifai", "bigml-general"];

/// The string-keyed table whose lookups the benchmarks compare: ModelArts'
/// error codes.
const STRING_BENCHED: &str = "modelarts-errors";

/// The edition the workspace's sources are formatted for, as `cargo fmt`
/// formats them.
const EDITION: &str = "2024";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.is_empty() {
        eprintln!(
            "generate-alternatives: takes no arguments (got {})\n\
             usage: cargo run -p generate-alternatives",
            args.join(" ")
        );
        return ExitCode::from(2);
    }
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("generate-alternatives: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let root = workspace_root();
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
    let modelarts = string_table(STRING_BENCHED)
        .ok_or_else(|| format!("no string-keyed table {STRING_BENCHED} among the vendors' tables, yet the benchmarks compare its lookups"))?;
    let files = [
        ("bench/alt-tables/src/lib.rs", render::alt_tables(&tables)),
        (
            "bench/macro-tables/src/lib.rs",
            render::macro_tables(&tables),
        ),
        (
            "bench/src/alternatives.rs",
            render::alternatives(&tables, BENCHED, &modelarts),
        ),
    ];
    // Every file formatted before any is written: a failure leaves them all
    // as they were.
    let mut formatted = Vec::with_capacity(files.len());
    for (path, text) in files {
        let text = rustfmt(&root, &text).map_err(|e| format!("cannot format {path}: {e}"))?;
        formatted.push((path, text));
    }
    for (path, text) in formatted {
        let full = root.join(path);
        let old = match std::fs::read_to_string(&full) {
            Ok(old) => Some(old),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(format!("cannot read {}: {e}", full.display())),
        };
        let lines = text.lines().count();
        if old.as_deref() == Some(text.as_str()) {
            say(&format!("{path}: unchanged ({lines} lines)"));
        } else {
            std::fs::write(&full, &text)
                .map_err(|e| format!("cannot write {}: {e}", full.display()))?;
            say(&format!("{path}: written ({lines} lines)"));
        }
    }
    let summary: Vec<String> = tables
        .iter()
        .map(|table| format!("{} ({})", table.id, table.rows.len()))
        .collect();
    say(&format!("tables: {}", summary.join(", ")));
    say(&format!(
        "benchmarked: {}, {} ({} codes)",
        BENCHED.join(", "),
        modelarts.id,
        modelarts.rows.len()
    ));
    Ok(())
}

/// Reports progress on the standard output. The files are the product: a
/// closed output (`| head`) does not fail the run.
fn say(line: &str) {
    let _ = writeln!(io::stdout().lock(), "{line}");
}

/// The workspace's root: two levels above this crate (`bench/generate`).
fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .and_then(Path::parent)
        .map_or_else(|| manifest.to_path_buf(), Path::to_path_buf)
}

/// Every vendor's integer table, with its rows. (The alternatives to a
/// string-keyed table are another crate's matter: num_enum has no string
/// form.)
fn load_tables() -> Vec<Rows<'static>> {
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
fn string_table(id: &str) -> Option<render::StrRows> {
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

/// `text` formatted by `rustfmt` (`$RUSTFMT` when set), as `cargo fmt`
/// formats the workspace.
fn rustfmt(root: &Path, text: &str) -> Result<String, String> {
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let shown = Path::new(&program).display().to_string();
    let mut child = Command::new(&program)
        .args(["--edition", EDITION])
        .current_dir(root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!("cannot run {shown}: {e} (install it with `rustup component add rustfmt`)")
        })?;
    // Written from a thread: rustfmt may fill its output pipe before it has
    // read all of its input.
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| format!("{shown} has no standard input"))?;
    let input = text.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let mut stdout = String::new();
    let read = child
        .stdout
        .take()
        .ok_or_else(|| format!("{shown} has no standard output"))?
        .read_to_string(&mut stdout);
    let output = child
        .wait_with_output()
        .map_err(|e| format!("{shown} failed: {e}"))?;
    let written = writer
        .join()
        .map_err(|_| format!("writing to {shown} panicked"))?;
    if !output.status.success() {
        return Err(format!(
            "{shown} exited with {}: {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    written.map_err(|e| format!("cannot write to {shown}: {e}"))?;
    read.map_err(|e| format!("cannot read {shown}'s output: {e}"))?;
    Ok(stdout)
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
        assert_eq!(table.path, "vendor_codes::vendors::modelarts::ModelArtsError");
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
