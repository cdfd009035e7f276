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

/// The seed pages (`shared/seeds/`): file, and what it is.
pub const SEEDS: &[&str] = &[
    "000_993c56e39d707551.txt",
    "001_352a574aa1d47383.txt",
    "002_0f098ae85f5c511a.txt",
    "003_bd7c238ce104c2ba.txt",
    "004_85ebe650ba48479c.txt",
];

/// The vendors' sources the importer reads (`shared/sources/`).
pub const SOURCES: &[&str] = &["clarifai_status_code.proto", "modelarts_error_codes.rst"];

/// The `shared/` directory beside the repository (CI has the clone beside
/// it), or `CODES_SHARED_DIR`; panics, naming where it looked, without it.
pub fn shared_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CODES_SHARED_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut looked = Vec::new();
    // codes-cli/ is one level below the workspace's root.
    for dir in manifest.ancestors().skip(2) {
        let shared = dir.join("shared");
        if shared.join("seeds").is_dir() {
            return shared;
        }
        looked.push(shared.display().to_string());
    }
    panic!(
        "the vendors' pages are missing: no shared/seeds directory at {} (CI has the \
         repository's clone beside shared/; set CODES_SHARED_DIR to a shared/ directory elsewhere)",
        looked.join(", ")
    );
}

/// The path of `shared/seeds/{file}` or `shared/sources/{file}`.
pub fn path_of(file: &str) -> PathBuf {
    let shared = shared_dir();
    let seed = shared.join("seeds").join(file);
    if seed.is_file() {
        seed
    } else {
        shared.join("sources").join(file)
    }
}

/// The text of a seed or source.
pub fn read(file: &str) -> String {
    let path = path_of(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// A seed or source, imported as its content says.
pub fn imported(file: &str) -> Document {
    import_named(&read(file), Format::Auto, Some(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// What `codes import` writes for a seed or source.
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
