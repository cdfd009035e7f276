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

/// The vendors' machine-readable sources the importer reads (`data/sources/`):
/// a proto, an RST page, and two JSON catalogues (entrecode's, keyed by
/// code; Exasol's, an array nested in the report).
pub const SOURCES: &[&str] = &[
    "clarifai_status_code.proto",
    "modelarts_error_codes.rst",
    "entrecode_error_codes.json",
    "exasol_error_reporting_error_codes.json",
];

/// The path of `data/pages/{file}` or `data/sources/{file}` in the
/// repository, whichever holds it (`PAGES` names the pages the other
/// tests check).
pub fn path_of(file: &str) -> PathBuf {
    // codes-cli/ is one level below the repository's root.
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let kind = if PAGES.contains(&file) || data.join("pages").join(file).is_file() {
        "pages"
    } else {
        "sources"
    };
    data.join(kind).join(file)
}

/// [`path_of`] as the binary's argument.
pub fn path_arg(file: &str) -> String {
    path_of(file).display().to_string()
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

/// Every file in `data/pages/` and `data/sources/`, read from the
/// directories (a file added there is covered without a change here), as
/// (file name, text).
pub fn every_data_file() -> Vec<(String, String)> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let mut files = Vec::new();
    for kind in ["pages", "sources"] {
        let dir = data.join(kind);
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            files.push((name, text));
        }
    }
    files.sort();
    files
}

/// Pages that test the importer's choices at the edges of what the macro
/// accepts, as (file name, text): names whose variants are `Err`, `Error`,
/// `Self`, a generated item's name, the catch-all's (`Unknown`), names that
/// are keywords or start with `__`, control characters; a string-keyed table
/// with such names; proto aliases and deprecations; extra columns, a row
/// outside its heading's range, a code listed twice; two headings with the
/// same range; string codes under a heading with a numeric range.
pub const AWKWARD_PAGES: &[(&str, &str)] = &[
    (
        "reserved.csv",
        "code,name,description\n1,Err,An error\n2,Error,Another\n3,Self,x\n4,ALL,y\n\
         5,from_code,z\n6,Unknown,u\n7,Other,o\n8,__x,d\n9,r#type,raw\n10,gen,g\n\
         11,\"tab\there\",\"ctl\u{1} and \\\\ and é \u{2028} end\"\n12,err,lower\n\
         13,ERROR,upper\n14,Result,r\n15,Option,o\n16,Some,s\n17,None,n\n18,Ok,fine\n",
    ),
    (
        "strings.csv",
        "code,name,description\nModelArts.0101,,First\nModelArts.0102,ERR_X,\"quote \"\" and \\\\\"\n\
         DLS.1,Err,x\nDLS.2,Error,y\nErr,,the code names the variant\n",
    ),
    (
        "aliases.proto",
        "syntax = \"proto3\";\n// The codes.\nenum Status {\n  option allow_alias = true;\n  \
         // Nothing wrong.\n  OK = 0;\n  // Old one.\n  OLD = 1 [deprecated = true];\n  \
         ALSO_OLD = 1;\n  Err = 2;\n  ERROR = 3;\n  Error = 4;\n  reserved 5 to 9;\n  \
         reserved \"GONE\";\n}\n",
    ),
    (
        "columns.md",
        "# Error codes\n\n| Code | Name | HTTP | Message | Description |\n| --- | --- | --- | --- | --- |\n\
         | | **Generic: 1xxx** | | | |\n| 1000 | OK | 200 | fine | All good |\n\
         | 1001 | Err | 400 | | Bad \"input\" \\ here |\n| 2001 | OUTSIDE | 500 | oops | Outside |\n\
         | | **Other: 3xxx** | | | |\n| 3001 | Error | | m | Try again later |\n\
         | 3001 | ERR_AGAIN | 500 | m | Listed again |\n",
    ),
    (
        "repeated.md",
        "# Title\n\n## Other: 3x\n| Code | Description |\n| --- | --- |\n| 30 | c |\n\n\
         ## Same: 3x\n| Code | Description |\n| --- | --- |\n| 31 | d |\n",
    ),
    (
        "string-codes-numeric-heading.md",
        "# Errors\n\n| Code | Name | Description |\n| --- | --- | --- |\n\
         | | **Model: 1xxx** | |\n| DLS.0001 | A | a |\n| DLS.0002 | Err | b |\n",
    ),
];
