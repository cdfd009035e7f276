//! The vendors' own sources and documentation pages, read and parsed by the
//! tests themselves, so that the tables are checked against the files rather
//! than against copies of them.
//!
//! The files are the repository's copies, in `data/pages/` and
//! `data/sources/` (the repository's `data/README.md` gives each one's
//! provenance); a missing file fails the test that needs it, naming its path.
#![allow(dead_code)] // each test file uses some of these

use std::collections::BTreeMap;
use std::path::Path;

/// The text of `data/{file}` in the repository; panics, naming the path,
/// when it cannot be read.
fn read(file: &str) -> String {
    // codes-vendors/ is one level below the repository's root.
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../data")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// How many of `rows` each source gave: `source` of every row (a table's
/// `source` column, which every row fills), counted.
pub fn counts_per_source<T: Copy>(
    rows: &[T],
    source: impl Fn(T) -> Option<&'static str>,
) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for &row in rows {
        *counts.entry(source(row).expect("every row")).or_default() += 1;
    }
    counts
}

/// A file of `data/sources/`: a vendor's machine-readable source.
pub fn source(file: &str) -> String {
    read(&format!("sources/{file}"))
}

/// A file of `data/pages/`: a vendor's documentation page.
pub fn page(file: &str) -> String {
    read(&format!("pages/{file}"))
}

/// One entry of the proto's `StatusCode` enum.
#[derive(Debug, Clone, PartialEq)]
pub struct ProtoEntry {
    /// 1-based line in the file.
    pub line: usize,
    pub name: String,
    pub code: u32,
    /// `[deprecated = true]`.
    pub deprecated: bool,
    /// The comment on the entry's own line, after `//`, trimmed.
    pub trailing: Option<String>,
    /// The comment lines directly above the entry (no blank line between),
    /// after `//`, trimmed.
    pub above: Vec<String>,
}

/// Clarifai's `StatusCode` enum, as `clarifai_status_code.proto` declares it.
#[derive(Debug)]
pub struct Proto {
    pub entries: Vec<ProtoEntry>,
    /// The numbers of the `reserved` statement.
    pub reserved: Vec<u32>,
}

impl Proto {
    /// The entries of `code`, in the file's order.
    pub fn of(&self, code: u32) -> Vec<&ProtoEntry> {
        self.entries.iter().filter(|e| e.code == code).collect()
    }

    /// Every number the enum defines, ascending, once each.
    pub fn codes(&self) -> Vec<u32> {
        let mut codes: Vec<u32> = self.entries.iter().map(|e| e.code).collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    }
}

/// Parses the enum of `clarifai_status_code.proto`. Every line of the enum's
/// body must be an entry, a comment, blank, the `allow_alias` option or part of
/// the `reserved` statement: anything else is a panic, so that no entry can be
/// skipped unseen.
pub fn clarifai_proto() -> Proto {
    let text = source("clarifai_status_code.proto");
    let mut lines = text.lines().enumerate();
    for (_, line) in lines.by_ref() {
        if line.trim() == "enum StatusCode {" {
            break;
        }
    }
    let mut entries = Vec::new();
    let mut reserved = Vec::new();
    let mut in_reserved = false;
    let mut above: Vec<String> = Vec::new();
    let mut closed = false;
    for (index, raw) in lines {
        let line = raw.trim();
        let number = index + 1;
        if in_reserved || line.starts_with("reserved") {
            let list = line.trim_start_matches("reserved");
            in_reserved = !list.contains(';');
            for item in list.trim_end_matches(';').split(',') {
                let item = item.trim();
                if !item.is_empty() {
                    let code = item
                        .parse()
                        .unwrap_or_else(|_| panic!("line {number}: reserved {item:?}"));
                    reserved.push(code);
                }
            }
            above.clear();
            continue;
        }
        if line == "}" {
            closed = true;
            break;
        }
        if line.is_empty() || line == "option allow_alias = true;" {
            above.clear();
            continue;
        }
        if let Some(comment) = line.strip_prefix("//") {
            above.push(comment.trim().to_owned());
            continue;
        }
        let (declaration, trailing) = match line.split_once("//") {
            Some((declaration, comment)) => (declaration.trim(), Some(comment.trim().to_owned())),
            None => (line, None),
        };
        let declaration = declaration
            .strip_suffix(';')
            .unwrap_or_else(|| panic!("line {number}: not an entry: {raw:?}"));
        let (declaration, deprecated) = match declaration.strip_suffix("[deprecated = true]") {
            Some(rest) => (rest.trim(), true),
            None => (declaration, false),
        };
        let (name, code) = declaration
            .split_once(" = ")
            .unwrap_or_else(|| panic!("line {number}: not an entry: {raw:?}"));
        assert!(
            !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
            "line {number}: not a name: {name:?}"
        );
        entries.push(ProtoEntry {
            line: number,
            name: name.to_owned(),
            code: code
                .parse()
                .unwrap_or_else(|_| panic!("line {number}: not a code: {code:?}")),
            deprecated,
            trailing: trailing.filter(|t| !t.is_empty()),
            above: std::mem::take(&mut above),
        });
    }
    assert!(closed, "the StatusCode enum is not closed");
    Proto { entries, reserved }
}

/// One code of Seven Bridges' R client's `codes` list.
#[derive(Debug, Clone, PartialEq)]
pub struct RCode {
    pub code: u32,
    /// The message, as the R string holds it (markup included).
    pub message: String,
    /// The section comment above it (`5xxx: Files errors`).
    pub section: String,
}

/// Parses the `codes <- list(...)` of `sevenbridges2-package.R`. Every line
/// of the list must be a code, a section comment (`# 5xxx: Files errors`) or
/// blank: anything else is a panic.
pub fn sevenbridges_r() -> Vec<RCode> {
    let text = source("sevenbridges2-package.R");
    let mut lines = text.lines().enumerate();
    for (_, line) in lines.by_ref() {
        if line.trim() == "codes <- list(" {
            break;
        }
    }
    let mut codes = Vec::new();
    let mut section = String::new();
    let mut closed = false;
    for (index, raw) in lines {
        let line = raw.trim();
        let number = index + 1;
        if line == ")" {
            closed = true;
            break;
        }
        if line.is_empty() {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            section = comment.trim().to_owned();
            continue;
        }
        let entry = line.strip_suffix(',').unwrap_or(line);
        let (code, message) = entry
            .split_once(" = ")
            .unwrap_or_else(|| panic!("line {number}: not a code: {raw:?}"));
        let unquote = |s: &str| -> String {
            let inner = s
                .strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .unwrap_or_else(|| panic!("line {number}: not a string: {s:?}"));
            assert!(
                !inner.contains('"') && !inner.contains('\\'),
                "line {number}: escapes are not expected: {inner:?}"
            );
            inner.to_owned()
        };
        codes.push(RCode {
            code: unquote(code)
                .parse()
                .unwrap_or_else(|_| panic!("line {number}: not a code: {code:?}")),
            message: unquote(message),
            section: section.clone(),
        });
    }
    assert!(closed, "the codes list is not closed");
    codes
}

/// One code row of Clarifai's "Status Codes" page (`data/pages/clarifai.txt`): `| CODE | NAME |
/// DESCRIPTION |`, cells trimmed (an empty cell is `""`).
#[derive(Debug, Clone, PartialEq)]
pub struct PageRow {
    pub code: u32,
    pub name: String,
    pub description: String,
}

/// The code rows of Clarifai's page's table (heading rows and empty rows left out).
pub fn clarifai_page() -> Vec<PageRow> {
    let text = page("clarifai.txt");
    let mut rows = Vec::new();
    for line in text.lines() {
        let Some(inner) = line
            .trim()
            .strip_prefix('|')
            .and_then(|l| l.strip_suffix('|'))
        else {
            continue;
        };
        let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
        let Ok(code) = cells[0].parse() else {
            continue;
        };
        assert_eq!(cells.len(), 3, "{line}");
        rows.push(PageRow {
            code,
            name: cells[1].to_owned(),
            description: cells[2].to_owned(),
        });
    }
    rows
}

/// One code row of Seven Bridges' "API status codes" page (`data/pages/seven_bridges.txt`): the
/// code shown, the anchor's number, and the description cell as the page
/// holds it (markup included).
#[derive(Debug, Clone, PartialEq)]
pub struct SevenBridgesPageRow {
    /// The page's row number (`"60-0"` is row 60).
    pub row: usize,
    pub shown: u32,
    pub anchor: u32,
    pub description: String,
}

/// The code rows of Seven Bridges' page's `[block:parameters]` table, in row order.
pub fn sevenbridges_page() -> Vec<SevenBridgesPageRow> {
    let text = page("seven_bridges.txt");
    let start = text.find("[block:parameters]").expect("a parameters block") + 18;
    let end = text.find("[/block]").expect("the block's end");
    let block: serde_json::Value = serde_json::from_str(&text[start..end]).expect("JSON");
    let data = block["data"].as_object().expect("a data object");
    let mut rows = Vec::new();
    for (key, cell) in data {
        let Some(row) = key.strip_suffix("-0") else {
            continue;
        };
        let Ok(row) = row.parse::<usize>() else {
            continue; // the header, "h-0"
        };
        let cell = cell.as_str().expect("a string cell");
        // `<a name="9023">9032</a>`; heading rows hold `**5xxx**`.
        let Some(rest) = cell.strip_prefix("<a name=\"") else {
            continue;
        };
        let (anchor, rest) = rest.split_once("\">").expect("an anchor");
        let shown = rest.strip_suffix("</a>").expect("a closed anchor");
        let description = data
            .get(&format!("{row}-1"))
            .and_then(serde_json::Value::as_str)
            .expect("a description cell");
        rows.push(SevenBridgesPageRow {
            row,
            shown: shown.parse().expect("a shown number"),
            anchor: anchor.parse().expect("an anchor number"),
            description: description.to_owned(),
        });
    }
    rows.sort_by_key(|r| r.row);
    rows
}

/// `data/README.md`: each file's provenance, and what is known of the
/// sources that are not copied there, such as BigML's Python binding.
pub fn data_readme() -> String {
    read("README.md")
}
