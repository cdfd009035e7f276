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
//!   `EnumString` with `use_phf`; and a string-keyed table of ModelArts'
//!   838 error codes (`ModelArts.0101`), declared with `status_codes!`
//!   beside the same alternatives, read from the vendor's page
//!   (`shared/sources/modelarts_error_codes.rst`, beside the workspace) until
//!   `codes-vendors` holds those codes.
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
    let modelarts = modelarts_error_codes(&root)?;
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

/// The page of ModelArts' error codes, in `shared/sources` beside the
/// workspace (the workspace's `../shared`; every ancestor of it is tried).
const MODELARTS_SOURCE: &str = "modelarts_error_codes.rst";

/// ModelArts' error codes, a string-keyed table for the benchmarks: each
/// distinct code of the page's "Error Codes" column (`ModelArts.0101`), in
/// the page's order, its variant the code's letters and digits (as the
/// macro names it). The page lists some codes under two HTTP statuses; the
/// first row of each stands.
fn modelarts_error_codes(root: &Path) -> Result<render::StrRows, String> {
    let tried: Vec<PathBuf> = root
        .ancestors()
        .map(|dir| dir.join("shared").join("sources").join(MODELARTS_SOURCE))
        .collect();
    let path = tried.iter().find(|path| path.is_file()).ok_or_else(|| {
        format!(
            "{MODELARTS_SOURCE} not found in shared/sources beside the workspace; tried {}",
            tried
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )
    })?;
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let codes =
        grid_column(&text, "Error Codes").map_err(|e| format!("{}: {e}", path.display()))?;
    let mut rows: Vec<(String, String)> = Vec::with_capacity(codes.len());
    for code in codes {
        if !rows.iter().any(|(seen, _)| *seen == code) {
            let variant = code.chars().filter(char::is_ascii_alphanumeric).collect();
            rows.push((code, variant));
        }
    }
    Ok(render::StrRows {
        id: "modelarts-errors",
        rows,
    })
}

/// The cells of the column headed `heading` in the first RST grid table of
/// `text`, one a row (a row's continuation lines, whose cell in that column is
/// empty, are part of the row before). Every cell must be non-empty text
/// without spaces: a code.
fn grid_column(text: &str, heading: &str) -> Result<Vec<String>, String> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, line)| line.starts_with('|'));
    let cells = |line: &str| -> Vec<String> {
        line.split('|').map(|cell| cell.trim().to_owned()).collect()
    };
    let (_, header) = lines
        .next()
        .ok_or("no grid table (no line starting with |)")?;
    let column = cells(header)
        .iter()
        .position(|cell| cell == heading)
        .ok_or_else(|| format!("the table's first row has no column {heading:?}: {header}"))?;
    let mut out = Vec::new();
    for (number, line) in lines {
        let cell = cells(line).get(column).cloned().unwrap_or_default();
        if cell.is_empty() {
            continue;
        }
        if cell.contains(char::is_whitespace) || cell.contains('"') {
            return Err(format!(
                "line {}: {cell:?} in column {heading:?} is not a code",
                number + 1
            ));
        }
        out.push(cell);
    }
    if out.is_empty() {
        return Err(format!("no row under {heading:?}"));
    }
    Ok(out)
}

/// The path of a table's enum through the `codes` facade:
/// `codes_vendors::clarifai::Clarifai` → `codes::vendors::clarifai::Clarifai`.
fn facade_path(rust_type: &str) -> String {
    let rest = rust_type
        .split_once("::")
        .map_or(rust_type, |(_, rest)| rest);
    format!("codes::vendors::{rest}")
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
            "codes::vendors::bigml::GeneralError"
        );
        assert_eq!(facade_path("Local"), "codes::vendors::Local");
    }

    /// The page's 864 rows hold 838 distinct codes (the sources' README), all
    /// read, in order, each once.
    #[test]
    fn modelarts_error_codes_are_read_from_the_page() {
        let table = modelarts_error_codes(&workspace_root()).unwrap();
        assert_eq!(table.rows.len(), 838);
        assert_eq!(
            table.rows[0],
            ("ModelArts.0116".to_owned(), "ModelArts0116".to_owned())
        );
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
    }

    #[test]
    fn grid_columns_are_read_by_heading() {
        let text = "title\n\n+---+------+\n| A | Code |\n+===+======+\n| 1 | X.1  |\n\
                    |   |      |\n+---+------+\n| 2 | X.2  |\n+---+------+\n";
        assert_eq!(grid_column(text, "Code").unwrap(), ["X.1", "X.2"]);
        assert_eq!(grid_column(text, "A").unwrap(), ["1", "2"]);
        assert!(
            grid_column(text, "B")
                .unwrap_err()
                .contains("no column \"B\"")
        );
        assert!(grid_column("no table", "A").is_err());
        let spaced = text.replace("X.2 ", "X 2 ");
        assert!(
            grid_column(&spaced, "Code")
                .unwrap_err()
                .starts_with("line 9:")
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
