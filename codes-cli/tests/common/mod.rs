//! What the CLI's tests share: the vendors' pages and sources, running the
//! importer and the macro's expansion on them, and running the binary.
#![allow(dead_code)] // each test file uses some of these

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::str::FromStr;

use codes_cli::emit::{Options, emit};
use codes_cli::import::{Document, Format, import_named};
use proc_macro2::{TokenStream, TokenTree};

/// The vendors' documentation pages the importer reads (`data/pages/`; the
/// repository's `data/README.md` gives each one's provenance).
pub const PAGES: &[&str] = &[
    "clarifai_older.txt",
    "clarifai.txt",
    "seven_bridges.txt",
    "bigml.txt",
    "modelarts_status_codes.txt",
];

/// The vendors' machine-readable sources the importer reads (`data/sources/`).
pub const SOURCES: &[&str] = &["clarifai_status_code.proto", "modelarts_error_codes.rst"];

/// The path of `data/pages/{file}` or `data/sources/{file}` in the repository.
pub fn path_of(file: &str) -> PathBuf {
    // codes-cli/ is one level below the repository's root.
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let kind = if PAGES.contains(&file) {
        "pages"
    } else {
        "sources"
    };
    data.join(kind).join(file)
}

/// The text of a page or source.
pub fn read(file: &str) -> String {
    let path = path_of(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// A page or source, imported as its content says.
pub fn imported(file: &str) -> Document {
    import_named(&read(file), Format::Auto, Some(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// What `codes import` writes for a page or source.
pub fn emitted(file: &str) -> String {
    emit(&imported(file), &Options::new(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The bodies of the `status_codes! { ... }` invocations in `code`.
pub fn invocations(code: &str) -> Vec<TokenStream> {
    let tokens = TokenStream::from_str(code).unwrap_or_else(|e| panic!("not Rust tokens: {e}"));
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    tokens
        .windows(2)
        .filter_map(|pair| match pair {
            [TokenTree::Punct(bang), TokenTree::Group(group)]
                if bang.as_char() == '!' && group.delimiter() == proc_macro2::Delimiter::Brace =>
            {
                Some(group.stream())
            }
            _ => None,
        })
        .collect()
}

/// Runs `codes` with `args` and `stdin`; returns (status, stdout, stderr).
pub fn run_with(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_codes"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the codes binary runs");
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    // Written from a thread: a large input must not block on a full pipe
    // while the binary has stopped reading it.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        output.status.code().expect("an exit status, not a signal"),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// Runs `codes` with `args` and an empty standard input.
pub fn run(args: &[&str]) -> (i32, String, String) {
    run_with(args, b"")
}
