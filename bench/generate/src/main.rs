//! Writes the two crates of the build-cost comparison into a directory,
//! from the rows of the vendors' tables (the library's `macro_tables` and
//! `alt_tables`), each a workspace of its own with no build script, so that
//! its clean build is the measurement:
//!
//! - `DIR/macro-tables`: `codes-macro-tables`, the tables declared with
//!   `status_codes!` and nothing else, depending on `vendor-codes` with its
//!   default features, as a user's crate does;
//! - `DIR/alt-tables`: `codes-alt-tables`, the same rows with num_enum +
//!   strum + thiserror derives (the dependencies of `bench/alt-tables`).
//!
//! ```text
//! cargo run --manifest-path bench/Cargo.toml -p generate-alternatives -- DIR [--vendor-codes SPEC]
//! ```
//!
//! `SPEC` is the inside of the `vendor-codes` dependency's inline table,
//! `path = "<this repository>"` unless given (bench/build_pairs.sh gives
//! `git = "file://<a snapshot>"`, which cargo builds as it builds a user's
//! dependencies). No `Cargo.lock` is written: the scripts copy
//! `bench/Cargo.lock`, for the same versions on both sides. The sources are
//! formatted with `rustfmt` (as `cargo fmt` needs it).

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

/// The edition the generated sources are formatted for.
const EDITION: &str = "2024";

/// How to run it.
const USAGE: &str = "usage: cargo run --manifest-path bench/Cargo.toml -p generate-alternatives -- DIR [--vendor-codes SPEC]";

/// `bench/alt-tables/Cargo.toml`, whose `[dependencies]` the generated
/// `codes-alt-tables` takes: one list of the derives' versions.
const ALT_MANIFEST: &str = include_str!("../../alt-tables/Cargo.toml");

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, spec) = match args.as_slice() {
        [dir] => (PathBuf::from(dir), None),
        [dir, flag, spec] if flag == "--vendor-codes" => (PathBuf::from(dir), Some(spec.clone())),
        _ => {
            eprintln!(
                "generate-alternatives: expected DIR [--vendor-codes SPEC] (got {:?})\n{USAGE}",
                args.join(" ")
            );
            return ExitCode::from(2);
        }
    };
    match run(&dir, spec) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("generate-alternatives: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(dir: &Path, spec: Option<String>) -> Result<(), String> {
    let root = repository_root();
    let spec = spec.unwrap_or_else(|| format!("path = {}", toml_str(&root.display().to_string())));
    let macro_items = generate_alternatives::macro_tables()?;
    let alt_items = generate_alternatives::alt_tables()?;
    let crates = [
        (
            "macro-tables",
            package(
                "codes-macro-tables",
                &format!(
                    "[dependencies]\n# Default features, as a user's crate has them.\nvendor-codes = {{ {spec} }}\n"
                ),
            ),
            source(
                &[
                    "//! The vendors' tables declared with `status_codes!` and nothing else,",
                    "//! from the same rows as `codes-vendors`.",
                ],
                "#![allow(missing_docs)]",
                &macro_items,
            ),
        ),
        (
            "alt-tables",
            package("codes-alt-tables", &dependencies(ALT_MANIFEST)?),
            source(
                &[
                    "//! The vendors' tables as users would declare them by hand, with",
                    "//! num_enum, strum and thiserror derives, from the same rows as",
                    "//! `codes-vendors`.",
                ],
                "#![allow(missing_docs, clippy::all)]",
                &alt_items,
            ),
        ),
    ];
    for (name, manifest, text) in crates {
        let text = rustfmt(&root, &text).map_err(|e| format!("cannot format {name}: {e}"))?;
        let crate_dir = dir.join(name);
        let src = crate_dir.join("src");
        std::fs::create_dir_all(&src)
            .map_err(|e| format!("cannot create {}: {e}", src.display()))?;
        for (path, text) in [
            (crate_dir.join("Cargo.toml"), &manifest),
            (src.join("lib.rs"), &text),
        ] {
            std::fs::write(&path, text)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
        say(&format!(
            "{}: {} lines",
            crate_dir.display(),
            text.lines().count()
        ));
    }
    say(&format!("tables: {}", generate_alternatives::summary()));
    Ok(())
}

/// A crate's manifest: a workspace of its own, so that cargo builds it
/// wherever it lies.
fn package(name: &str, dependencies: &str) -> String {
    format!(
        "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"{EDITION}\"\npublish = false\n\n[workspace]\n\n{dependencies}"
    )
}

/// The `[dependencies]` section of a manifest, up to the next section.
fn dependencies(manifest: &str) -> Result<String, String> {
    let (_, rest) = manifest
        .split_once("\n[dependencies]\n")
        .ok_or("bench/alt-tables/Cargo.toml has no [dependencies]")?;
    let end = rest.find("\n[").map_or(rest.len(), |end| end + 1);
    Ok(format!("[dependencies]\n{}", &rest[..end]))
}

/// A crate's source: its docs, how it was written, its allows, its items.
fn source(docs: &[&str], allow: &str, items: &str) -> String {
    let mut text = docs.join("\n");
    text.push_str(
        "\n//!\n//! Written by `generate-alternatives` (bench/generate) from the\n\
         //! vendors' tables; not committed.\n",
    );
    text.push_str(allow);
    text.push_str("\n\n");
    text.push_str(items);
    text
}

/// `text` as a TOML basic string.
fn toml_str(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Reports progress on the standard output. The files are the product: a
/// closed output (`| head`) does not fail the run.
fn say(line: &str) {
    let _ = writeln!(io::stdout().lock(), "{line}");
}

/// The repository's root: two levels above this crate (`bench/generate`).
fn repository_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .and_then(Path::parent)
        .map_or_else(|| manifest.to_path_buf(), Path::to_path_buf)
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
    fn the_alt_crate_takes_bench_alt_tables_dependencies() {
        let deps = dependencies(ALT_MANIFEST).unwrap();
        assert!(deps.starts_with("[dependencies]\nnum_enum = "), "{deps}");
        assert!(deps.contains("thiserror"), "{deps}");
        assert!(!deps.contains("build-dependencies"), "{deps}");
    }

    #[test]
    fn toml_strings_are_escaped() {
        assert_eq!(toml_str(r#"a"b\c"#), r#""a\"b\\c""#);
    }
}
