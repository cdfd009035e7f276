//! Reading a vendor's documentation page or machine-readable source into
//! tables of rows: codes, names, descriptions, groups and ranges, verbatim
//! (markup removed), with the page's defects reported as [`Warning`]s.
//!
//! One module a format; [`import`] picks the format (or detects it with
//! [`detect`]), runs it and checks what it read: a code listed twice, a row
//! outside its heading's range, a name given to two codes. Nothing is fixed
//! silently: a row the importer cannot keep as it is stays in the output as
//! a comment, and a warning says why.
//!
//! ```
//! use codes_cli::import::{import, Code, Format, GroupRange};
//!
//! let page = "\
//! | CODE | ERROR | DESCRIPTION |
//! | :--- | :--- | :--- |
//! | | **Model Codes: 21xxx** | |
//! | 21200 | MODEL_DOES_NOT_EXIST | Model does not exist |
//! ";
//! let document = import(page, Format::Auto).unwrap();
//! assert_eq!(document.format, Format::Markdown);
//! let table = &document.tables[0];
//! let (row, group) = table.rows()[0];
//! assert_eq!(row.code, Code::Int(21200));
//! assert_eq!(row.name.as_deref(), Some("MODEL_DOES_NOT_EXIST"));
//! assert_eq!(row.description.as_deref(), Some("Model does not exist"));
//! let group = group.unwrap();
//! assert_eq!(group.title.as_deref(), Some("Model Codes: 21xxx"));
//! assert_eq!(group.range, Some(GroupRange::Ints(21000, 21999)));
//! assert!(document.warnings.is_empty());
//! ```

mod choose;
mod columns;
pub mod csv;
pub mod json;
mod json_tree;
pub mod markdown;
mod markup;
pub mod proto;
mod range;
pub mod readme_json;
pub mod rst;
pub mod text;

use std::collections::HashMap;
use std::fmt;
use std::io::Read;
use std::path::Path;

use codes_codegen::table::RangeClash;

pub use choose::{ColumnOptions, Part, Place, Taken};
pub use range::parse_range;

/// The most the importer reads from one file: 64 MiB, far above any vendor's
/// page (the largest known, ModelArts' error codes, is 1.2 MB).
pub const MAX_INPUT: u64 = 64 * 1024 * 1024;

/// The formats the importer reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Format {
    /// Told from the content first, the file's extension second (see
    /// `detect`).
    Auto,
    /// Markdown tables (`| CODE | ERROR | DESCRIPTION |`), with heading
    /// rows (`| | **Model Codes: 21xxx** | |`) or `#` headings as groups.
    Markdown,
    /// reStructuredText grid tables (`+----+----+`) and list tables
    /// (`.. list-table::`).
    Rst,
    /// A readme.io `[block:parameters]` JSON table, heading rows
    /// (`**5xxx**`) as groups.
    ReadmeJson,
    /// Protocol Buffers enums: names, numbers, `allow_alias` aliases,
    /// `[deprecated = true]`, comments and `reserved`.
    Proto,
    /// Comma-separated values with a header row naming `code`, `name`,
    /// `description` and optionally `class` and `group`.
    Csv,
    /// A text page of tab-separated tables, each under a heading line (one
    /// table a heading).
    Text,
    /// A JSON catalogue: an array of objects or an object keyed by code
    /// (`{"errors": [...]}` and other nestings found too), the code, name,
    /// description, HTTP status, message, solution and link told from the
    /// field names and values (the column options name fields).
    Json,
}

impl Format {
    /// The format's name, as `--format` takes it.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::Markdown => "markdown",
            Format::Rst => "rst",
            Format::ReadmeJson => "readme-json",
            Format::Proto => "proto",
            Format::Csv => "csv",
            Format::Text => "text",
            Format::Json => "json",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the importer read from one file.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The format it was read as (never [`Format::Auto`]).
    pub format: Format,
    /// The tables, in the file's order (most files hold one; a text page
    /// holds one a section).
    pub tables: Vec<Table>,
    /// The file's defects, each with the line it is on.
    pub warnings: Vec<Warning>,
}

/// One table of codes, as the file gives it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Table {
    /// The table's title: the page's or section's heading.
    pub title: Option<String>,
    /// The name the source gives the table (a proto enum's), if any.
    pub name: Option<String>,
    /// The line the table starts on (1-based).
    pub line: usize,
    /// `true` for a table of HTTP status codes (every code in `100..=599`,
    /// and the page says "HTTP" or "status code"): the generated table is an
    /// `#[codes(http)]` table, whose rows default to RFC 9110's classes.
    pub http: bool,
    /// The extra columns (an HTTP status, a message, a solution), each
    /// documented with the page's heading; optional where some row has no
    /// value in it.
    pub columns: Vec<Column>,
    /// The page's columns taken for the code, the name, the description and
    /// the HTTP status, each with why (empty for a source without columns,
    /// a proto enum).
    pub taken: Vec<Taken>,
    /// Rows, groups and notes ([`Item::Comment`]), in the file's order; a
    /// group holds rows and notes only.
    pub items: Vec<Item>,
    /// Notes about the whole table (a proto's `reserved` numbers), written
    /// as comments at its top.
    pub notes: Vec<String>,
}

/// A row, a group and an item of a table, and an extra column: the
/// workspace's one table model ([`codes_codegen::table`]), which the
/// emitter prints. The importer fills what the file gives: a row's line,
/// code, names, description, stated class, deprecation, values of the extra
/// columns and notes (`comments`); a group's line, title (the heading,
/// verbatim, markup removed), range, docs and items (never a group); a
/// column's name, type, doc (the page's heading) and whether some row has
/// no value in it. Text of the page that is no row (a note row, a dropped
/// duplicate) is an [`Item::Comment`]. It leaves the rest to the emitter: a
/// group's `name` (empty), a row's `variant`, suggested class and `remark`.
pub use codes_codegen::table::{Column, ColumnType, Group, GroupRange, Item, Row};

/// A code: a number, or a string (`"ModelArts.0104"`); the workspace's one
/// code type, the macro's too.
pub use codes_codegen::table::Code;

/// A value of an extra column: a number or text (the importer writes no
/// `bool`); the workspace's one value type.
pub use codes_codegen::table::Value;

/// A defect of the file, which the importer reports and does not fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The line it is on (1-based), where one line holds it.
    pub line: Option<usize>,
    /// What is wrong, and what the importer did.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", LinePrefix(self.line), self.message)
    }
}

/// `line N: ` before a message about line N, nothing before one about the
/// whole file.
struct LinePrefix(Option<usize>);

impl fmt::Display for LinePrefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(line) => write!(f, "line {line}: "),
            None => Ok(()),
        }
    }
}

/// Why a file could not be imported: `line N: what is wrong`, or what is
/// wrong with the whole file.
///
/// ```
/// use codes_cli::import::{import, Format};
///
/// let error = import("enum E {\n  A = 1;\n", Format::Proto).unwrap_err();
/// assert_eq!(error.line, Some(1));
/// assert_eq!(
///     error.to_string(),
///     "line 1: the enum E is not closed: the file ends at line 2 inside it (a cut file?)"
/// );
/// ```
// Derived with thiserror: codes-cli is a tool, off the build of a crate that
// depends on `vendor-codes` (codes-core writes its three messages by hand for that).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}{message}", LinePrefix(*.line))]
pub struct Error {
    /// The line at fault (1-based), where there is one.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl Error {
    pub(crate) fn at(line: usize, message: impl Into<String>) -> Error {
        Error {
            line: Some(line),
            message: message.into(),
        }
    }

    pub(crate) fn new(message: impl Into<String>) -> Error {
        Error {
            line: None,
            message: message.into(),
        }
    }
}

impl Table {
    /// Every row with its group, in the file's order.
    #[must_use]
    pub fn rows(&self) -> Vec<(&Row, Option<&Group>)> {
        let mut rows = Vec::new();
        for item in &self.items {
            match item {
                Item::Row(row) => rows.push((row, None)),
                Item::Group(group) => {
                    for item in &group.items {
                        if let Item::Row(row) = item {
                            rows.push((row, Some(group)));
                        }
                    }
                }
                Item::Comment(_) => {}
            }
        }
        rows
    }

    /// Every group, in the file's order.
    pub fn groups(&self) -> impl Iterator<Item = &Group> {
        self.items.iter().filter_map(|item| match item {
            Item::Group(group) => Some(group),
            _ => None,
        })
    }

    /// How many rows the table has.
    #[must_use]
    pub fn len(&self) -> usize {
        self.rows().len()
    }

    /// `true` when the table has no row.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `true` when the codes are strings.
    #[must_use]
    pub fn is_string_keyed(&self) -> bool {
        self.rows()
            .first()
            .is_some_and(|(row, _)| matches!(row.code, Code::Str(_)))
    }
}

/// Reads `path`, at most [`MAX_INPUT`] bytes, as UTF-8 text.
///
/// # Errors
///
/// When the file cannot be read, is larger than [`MAX_INPUT`], or is not
/// UTF-8.
pub fn read_file(path: &Path) -> Result<String, Error> {
    let file = std::fs::File::open(path)
        .map_err(|e| Error::new(format!("cannot read {}: {e}", path.display())))?;
    if let Ok(metadata) = file.metadata() {
        if metadata.is_dir() {
            return Err(Error::new(format!(
                "{} is a directory, not a file",
                path.display()
            )));
        }
        if metadata.len() > MAX_INPUT {
            return Err(too_large(&path.display().to_string(), metadata.len()));
        }
    }
    read_limited(file, &path.display().to_string())
}

/// Reads `reader` (standard input, a pipe) to its end, at most
/// [`MAX_INPUT`] bytes, as UTF-8 text; `what` names it in errors.
///
/// # Errors
///
/// When it cannot be read, holds more than [`MAX_INPUT`] bytes, or is not
/// UTF-8.
pub fn read_limited(reader: impl Read, what: &str) -> Result<String, Error> {
    let bytes = read_bytes_limited(reader)
        .map_err(|e| Error::new(format!("cannot read {what}: {e}")))?
        .ok_or_else(|| too_large(what, MAX_INPUT + 1))?;
    String::from_utf8(bytes).map_err(|e| {
        Error::new(format!(
            "{what} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Reads `reader` to its end, at most [`MAX_INPUT`] bytes: `None` when it
/// holds more.
///
/// # Errors
///
/// When it cannot be read.
pub fn read_bytes_limited(reader: impl Read) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(MAX_INPUT + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= MAX_INPUT).then_some(bytes))
}

fn too_large(what: &str, len: u64) -> Error {
    #[allow(clippy::cast_precision_loss)] // a size in MiB, one decimal
    let mib = len as f64 / (1024.0 * 1024.0);
    Error::new(format!(
        "{what} is too large: {}{mib:.1} MiB; the importer reads at most {} MiB",
        if len > MAX_INPUT + 1 { "" } else { "over " },
        MAX_INPUT / (1024 * 1024)
    ))
}

/// The formats [`detect`] tries on the content, in its order.
pub const DETECTED: [Format; 7] = [
    Format::ReadmeJson,
    Format::Json,
    Format::Proto,
    Format::Rst,
    Format::Markdown,
    Format::Text,
    Format::Csv,
];

/// `true` when `text` holds what `format` reads: a `[block:parameters]`
/// block, a JSON object or array of objects, a protobuf enum, a grid table,
/// a markdown table, a tab-separated heading or a CSV heading naming a code.
#[must_use]
pub fn fits(format: Format, text: &str) -> bool {
    match format {
        Format::Auto => false,
        Format::ReadmeJson => text.contains("[block:parameters]"),
        Format::Json => json::looks_like(text),
        Format::Proto => proto::looks_like(text),
        Format::Rst => rst::looks_like(text),
        Format::Markdown => markdown::looks_like(text),
        Format::Text => text::looks_like(text),
        Format::Csv => csv::looks_like(text),
    }
}

/// The format a file's extension names (`.md`, `.rst`, `.proto`, `.csv`,
/// `.json`), if any.
#[must_use]
pub fn extension_format(file_name: Option<&str>) -> Option<Format> {
    let extension = file_name
        .and_then(|name| Path::new(name).extension())
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref()? {
        "proto" => Some(Format::Proto),
        "csv" => Some(Format::Csv),
        "rst" => Some(Format::Rst),
        "md" | "markdown" => Some(Format::Markdown),
        "json" => Some(Format::Json),
        _ => None,
    }
}

/// The format of `text`, named `file_name`: by the content first, the
/// extension second; `None` when neither tells one.
///
/// A readme.io `[block:parameters]` block and a JSON document decide alone
/// (a readme.io page is often saved as `.md`). Then the extension's format,
/// when the content fits it; then the first of [`DETECTED`] the content
/// fits (a grid table saved as `.md` is reStructuredText); then the
/// extension's format alone, whose reader then says what it misses.
#[must_use]
pub fn detect(text: &str, file_name: Option<&str>) -> Option<Format> {
    for format in [Format::ReadmeJson, Format::Json] {
        if fits(format, text) {
            return Some(format);
        }
    }
    let by_name = extension_format(file_name);
    if let Some(format) = by_name.filter(|&f| fits(f, text)) {
        return Some(format);
    }
    DETECTED
        .into_iter()
        .find(|&format| fits(format, text))
        .or(by_name)
}

/// The formats [`detect`] tries and `--format` names, for messages:
/// `readme-json, json, proto, rst, markdown, text and csv`.
fn tried() -> String {
    let names: Vec<&str> = DETECTED.iter().map(|f| f.as_str()).collect();
    match names.split_last() {
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Imports `text` as `format` ([`Format::Auto`]: as [`detect`] tells from
/// the content).
///
/// # Errors
///
/// When the text is empty, holds no table of codes, or a table the format
/// cannot read (a code that is not a number, a truncated proto enum, ...).
pub fn import(text: &str, format: Format) -> Result<Document, Error> {
    import_named(text, format, None)
}

/// Imports `text` as `format`, the file being called `file_name` (whose
/// extension helps [`Format::Auto`]).
///
/// # Errors
///
/// As [`import`].
pub fn import_named(
    text: &str,
    format: Format,
    file_name: Option<&str>,
) -> Result<Document, Error> {
    import_with(text, format, file_name, &ColumnOptions::default())
}

/// Imports `text` as `format`, the file being called `file_name`, its
/// tables' columns chosen as `columns` says where it names them (and from
/// their headings and cells elsewhere).
///
/// ```
/// use codes_cli::import::{import_with, Code, ColumnOptions, Format, Part};
///
/// // The `Code` column holds names, the `Number` column the codes.
/// let page = "\
/// | Code | Number | Description |
/// | --- | --- | --- |
/// | NOT_FOUND | 5 | No such thing |
/// | DENIED | 7 | Not yours |
/// ";
/// let columns = ColumnOptions {
///     code_column: Some("Number".into()),
///     ..ColumnOptions::default()
/// };
/// let document = import_with(page, Format::Markdown, None, &columns).unwrap();
/// let table = &document.tables[0];
/// assert_eq!(table.rows()[0].0.code, Code::Int(5));
/// assert_eq!(table.taken[0].part, Part::Code);
/// assert_eq!(table.taken[0].why, "by --code-column");
/// ```
///
/// # Errors
///
/// As [`import`]; and an option that names a column no table of the page
/// has.
pub fn import_with(
    text: &str,
    format: Format,
    file_name: Option<&str>,
    columns: &ColumnOptions,
) -> Result<Document, Error> {
    if text.trim().is_empty() {
        return Err(Error::new("the file is empty: there is no table to import"));
    }
    let auto = format == Format::Auto;
    let format = match format {
        Format::Auto => detect(text, file_name).ok_or_else(|| {
            Error::new(format!(
                "no table found: the file holds no readme.io [block:parameters] block, JSON \
                 catalogue, protobuf enum, reStructuredText grid table, markdown table, \
                 tab-separated table or CSV heading naming a code (tried {}); give \
                 --format FORMAT to read it as one of them",
                tried()
            ))
        })?,
        format => format,
    };
    let mut warnings = Vec::new();
    let tables = match format {
        Format::Markdown => markdown::parse(text, columns, &mut warnings)?,
        Format::Rst => rst::parse(text, columns, &mut warnings)?,
        Format::ReadmeJson => readme_json::parse(text, columns, &mut warnings)?,
        Format::Proto => proto::parse(text, &mut warnings)?,
        Format::Csv => csv::parse(text, columns, &mut warnings)?,
        Format::Text => text::parse(text, columns, &mut warnings)?,
        Format::Json => json::parse(text, columns, &mut warnings)?,
        Format::Auto => unreachable!("resolved above"),
    };
    let mut tables: Vec<Table> = tables.into_iter().filter(|t| !t.is_empty()).collect();
    if tables.is_empty() {
        return Err(no_codes(format, auto));
    }
    check_options_used(&tables, columns, format)?;
    for table in &mut tables {
        check(table, &mut warnings);
        table.http = is_http(table);
        mark_optional_columns(table);
    }
    warnings.sort_by_key(|w| w.line.unwrap_or(0));
    Ok(Document {
        format,
        tables,
        warnings,
    })
}

/// Every column option names a column of some table (`none` aside).
fn check_options_used(
    tables: &[Table],
    columns: &ColumnOptions,
    format: Format,
) -> Result<(), Error> {
    for (part, value) in columns.given() {
        if value.trim().eq_ignore_ascii_case("none") {
            continue;
        }
        let used = tables.iter().any(|t| {
            t.taken
                .iter()
                .any(|taken| taken.part == part && taken.by_option)
        });
        if !used {
            let mut headings: Vec<String> = Vec::new();
            for taken in tables.iter().flat_map(|t| &t.taken) {
                let heading = format!("\"{}\"", taken.header);
                if !headings.contains(&heading) {
                    headings.push(heading);
                }
            }
            let read = if headings.is_empty() {
                format!("the file, read as {format}, has no table with columns")
            } else {
                format!("the columns read are {}", headings.join(", "))
            };
            return Err(Error::new(format!(
                "{} {value}: no table of the file has that column (give its heading as the page writes it, or its position, 1 for the first); {read}",
                part.option()
            )));
        }
    }
    Ok(())
}

/// `"a", "b", "c"`: each quoted, with commas between (a catalogue's
/// fields, the words a class was suggested from).
pub(crate) fn quoted(words: &[&str]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
    quoted.join(", ")
}

/// The error for a file read as `format` (chosen by [`detect`] when `auto`)
/// without a table of codes: what the format looked for, and `--format`.
fn no_codes(format: Format, auto: bool) -> Error {
    let missing = match format {
        Format::Json => {
            ": no array of objects with a code in each, nor an object keyed by codes, \
             whose entries give a name or a description"
        }
        _ => "",
    };
    let hint = if auto {
        format!(
            "; auto-detection chose it of {}: give --format FORMAT to read the file as another",
            tried()
        )
    } else {
        String::new()
    };
    Error::new(format!(
        "no table of codes found (read as {format}){missing}{hint}"
    ))
}

/// An extra column is optional (`Option<T>`) where some row of the table,
/// as checked, has no value in it.
fn mark_optional_columns(table: &mut Table) {
    let optional: Vec<bool> = table
        .columns
        .iter()
        .map(|column| {
            table
                .rows()
                .iter()
                .any(|(row, _)| !row.values.iter().any(|(name, _)| *name == column.name))
        })
        .collect();
    for (column, optional) in table.columns.iter_mut().zip(optional) {
        column.optional = optional;
    }
}

/// An extra column `name` of `ty`, from the page's column `header`.
pub(crate) fn column(name: &str, ty: ColumnType, header: &str) -> Column {
    Column {
        docs: vec![format!("The page's \"{header}\" column.")],
        name: name.to_owned(),
        ty,
        optional: false,
    }
}

/// `true` for a table of HTTP status codes: every code in `100..=599` and
/// the page saying so (its title or the code's heading says HTTP, or most
/// rows' names or descriptions are their statuses' reason phrases, `Not
/// Found` for 404, as a protobuf enum of statuses has them, beside the
/// `0` proto3 asks for).
fn is_http(table: &Table) -> bool {
    let rows = table.rows();
    let statuses = rows
        .iter()
        .filter(|(row, _)| matches!(row.code, Code::Int(code) if http_status(code).is_some()))
        .count();
    let zeros = rows
        .iter()
        .filter(|(row, _)| row.code == Code::Int(0))
        .count();
    if statuses == 0 || zeros > 1 || statuses + zeros != rows.len() {
        return false;
    }
    let title_says = table.title.as_deref().is_some_and(|title| {
        let title = title.to_ascii_lowercase();
        title.contains("http") || title.contains("status code")
    });
    let heading_says = table
        .taken
        .iter()
        .any(|t| t.part == Part::Code && t.header.to_ascii_lowercase().contains("http"));
    if (title_says || heading_says) && zeros == 0 {
        return true;
    }
    let reasons = rows.iter().filter(|(row, _)| gives_its_reason(row)).count();
    reasons >= 3 && reasons * 4 >= statuses * 3
}

/// `true` when the row's name is its HTTP status's reason phrase, or its
/// description starts with it (`Bad Request -- Your request is invalid.`),
/// case, spaces and punctuation aside.
fn gives_its_reason(row: &Row) -> bool {
    let Code::Int(code) = row.code else {
        return false;
    };
    let Some(reason) = reason_phrase(code) else {
        return false;
    };
    let letters = |text: &str| -> String {
        text.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let reason = letters(reason);
    row.name
        .as_deref()
        .is_some_and(|name| letters(name) == reason)
        || row
            .description
            .as_deref()
            .is_some_and(|description| letters(description).starts_with(&reason))
}

/// The checks every format shares: a code listed twice keeps its first row
/// (the others become notes), a row outside its group's range leaves the
/// group, a range that crosses or repeats an earlier one is dropped, a name
/// given to two codes stays with the first; each with a warning. The rules
/// for ranges are the macro's own ([`GroupRange::holds`],
/// [`GroupRange::clash`]), so that the importer never writes a range the
/// macro refuses.
fn check(table: &mut Table, warnings: &mut Vec<Warning>) {
    drop_crossing_ranges(table, warnings);
    take_out_rows_outside_ranges(table, warnings);
    Seen::default().check_rows(table, warnings);
    ungroup_headings_without_rows(table);
}

/// Groups' ranges are nested or apart, never crossing or repeated: a range
/// that crosses or repeats an earlier one is dropped.
fn drop_crossing_ranges(table: &mut Table, warnings: &mut Vec<Warning>) {
    let mut ranges: Vec<(GroupRange, String)> = Vec::new();
    for item in &mut table.items {
        let Item::Group(group) = item else {
            continue;
        };
        let Some(range) = group.range.clone() else {
            continue;
        };
        let clash = ranges
            .iter()
            .find_map(|(other, title)| Some((range.clash(other)?, title)));
        if let Some((clash, other)) = clash {
            let verb = match clash {
                RangeClash::Overlaps => "crosses",
                RangeClash::Repeats => "repeats",
            };
            let message = format!(
                "the range of \"{}\" ({range}) {verb} that of \"{other}\": imported without a range",
                title(group)
            );
            let doc =
                format!("The heading's range ({range}) {verb} that of \"{other}\": left out.");
            drop_range(group, message, doc, warnings);
        } else {
            ranges.push((range, title(group).to_owned()));
        }
    }
}

/// The heading `title` on `line` as a group, with the range it gives
/// (`21xxx` is `21000..=21999`), if any.
pub(crate) fn heading_group(title: String, line: usize) -> Group {
    Group {
        line: Some(line),
        range: parse_range(&title),
        title: Some(title),
        ..Group::default()
    }
}

/// A group's heading, as messages quote it (every group the importer makes
/// has one).
pub(crate) fn title(group: &Group) -> &str {
    group.title.as_deref().unwrap_or_default()
}

/// A row's line, as messages give it (every row the importer makes has
/// one).
pub(crate) fn line(row: &Row) -> usize {
    row.line.unwrap_or_default()
}

/// Imports `group` without its range: `message` is the warning, `doc` says
/// why in the group's docs.
fn drop_range(group: &mut Group, message: String, doc: String, warnings: &mut Vec<Warning>) {
    warnings.push(Warning {
        line: group.line,
        message,
    });
    group.docs.push(doc);
    group.range = None;
}

/// Rows outside their group's range leave the group, right after it.
fn take_out_rows_outside_ranges(table: &mut Table, warnings: &mut Vec<Warning>) {
    for item in std::mem::take(&mut table.items) {
        match item {
            Item::Group(mut group) => {
                drop_wrong_range(&mut group, warnings);
                let outside = take_rows_outside(&mut group, warnings);
                table.items.push(Item::Group(group));
                table.items.extend(outside);
            }
            other => table.items.push(other),
        }
    }
}

/// A heading whose range holds fewer of its codes than it leaves out says
/// the wrong range: the group keeps its rows and loses the range.
fn drop_wrong_range(group: &mut Group, warnings: &mut Vec<Warning>) {
    let Some(range) = group.range.clone() else {
        return;
    };
    let (mut inside, mut beyond) = (0, 0);
    for item in &group.items {
        if let Item::Row(row) = item {
            if !range.holds(&row.code) {
                beyond += 1;
            } else {
                inside += 1;
            }
        }
    }
    if beyond > inside {
        let message = format!(
            "the range of \"{}\" ({range}) holds {inside} of its {} codes: imported without a range",
            title(group),
            inside + beyond
        );
        let doc = format!(
            "The heading's range ({range}) holds {inside} of the group's {} codes: left out.",
            inside + beyond
        );
        drop_range(group, message, doc, warnings);
    }
}

/// The rows of `group` outside its range, taken out of it with a note and
/// a warning each.
fn take_rows_outside(group: &mut Group, warnings: &mut Vec<Warning>) -> Vec<Item> {
    let mut outside = Vec::new();
    let Some(range) = group.range.clone() else {
        return outside;
    };
    for item in std::mem::take(&mut group.items) {
        match item {
            Item::Row(mut row) if !range.holds(&row.code) => {
                warnings.push(Warning {
                    line: row.line,
                    message: format!(
                        "code {} is listed under \"{}\" but outside its range {range}: imported outside the group",
                        row.code,
                        title(group)
                    ),
                });
                row.comments.push(format!(
                    "the page lists this code under \"{}\", outside its range {range}",
                    title(group)
                ));
                outside.push(Item::Row(row));
            }
            other => group.items.push(other),
        }
    }
    outside
}

/// The codes and names of the rows checked so far: a code listed twice
/// keeps its first row, a name given to two codes stays with the first.
#[derive(Default)]
struct Seen {
    /// Each code's first line.
    codes: HashMap<Code, usize>,
    /// Each name's code.
    names: HashMap<String, Code>,
}

impl Seen {
    /// Checks every row of `table`, in the file's order.
    fn check_rows(&mut self, table: &mut Table, warnings: &mut Vec<Warning>) {
        let mut items = Vec::new();
        for item in std::mem::take(&mut table.items) {
            match item {
                Item::Group(mut group) => {
                    group.items = std::mem::take(&mut group.items)
                        .into_iter()
                        .map(|item| self.check_item(item, warnings))
                        .collect();
                    items.push(Item::Group(group));
                }
                other => items.push(self.check_item(other, warnings)),
            }
        }
        table.items = items;
    }

    /// A row as it is imported: itself, or the note it is left as.
    fn check_item(&mut self, item: Item, warnings: &mut Vec<Warning>) -> Item {
        match item {
            Item::Row(mut row) => match self.check_row(&mut row, warnings) {
                Some(note) => Item::Comment(note),
                None => Item::Row(row),
            },
            other => other,
        }
    }

    /// Checks `row`: the note it is left as when its code is listed again,
    /// else `None`, its names taken (those of another code left out).
    fn check_row(&mut self, row: &mut Row, warnings: &mut Vec<Warning>) -> Option<String> {
        if let Some(&first) = self.codes.get(&row.code) {
            return Some(listed_again(row, first, warnings));
        }
        self.codes.insert(row.code.clone(), line(row));
        self.take_names(row, warnings);
        None
    }

    /// A name is one code's: a later code given it is imported without it.
    fn take_names(&mut self, row: &mut Row, warnings: &mut Vec<Warning>) {
        let mut kept = Vec::new();
        for name in row
            .name
            .take()
            .into_iter()
            .chain(std::mem::take(&mut row.aliases))
        {
            match self.names.get(&name) {
                Some(other) => {
                    warnings.push(Warning {
                        line: row.line,
                        message: format!(
                            "the name {name} is given to code {other} already: code {} is imported without it",
                            row.code
                        ),
                    });
                    row.comments.push(format!(
                        "the page names this code {name} too, as it names {other}"
                    ));
                }
                None => {
                    self.names.insert(name.clone(), row.code.clone());
                    kept.push(name);
                }
            }
        }
        let mut kept = kept.into_iter();
        row.name = kept.next();
        row.aliases = kept.collect();
    }
}

/// A row whose code is listed already, first on line `first`: its warning,
/// and the note it is left as.
fn listed_again(row: &Row, first: usize, warnings: &mut Vec<Warning>) -> String {
    warnings.push(Warning {
        line: row.line,
        message: format!(
            "code {} is listed again (first on line {first}){}: the first row is kept, this one is left as a comment",
            row.code,
            row.description
                .as_deref()
                .map(|d| format!(", as \"{d}\""))
                .unwrap_or_default()
        ),
    });
    format!(
        "line {}: code {} again{}{}: not imported, as a code has one row (the first, line {first}, is kept)",
        line(row),
        row.code,
        row.name
            .as_deref()
            .map(|n| format!(" {n}"))
            .unwrap_or_default(),
        row.description
            .as_deref()
            .map(|d| format!(": \"{d}\""))
            .unwrap_or_default(),
    )
}

/// A heading left without rows is no group: it stays as a note, its other
/// items after it.
fn ungroup_headings_without_rows(table: &mut Table) {
    for item in std::mem::take(&mut table.items) {
        match item {
            Item::Group(group) if !group.items.iter().any(|i| matches!(i, Item::Row(_))) => {
                table.items.push(Item::Comment(format!(
                    "heading \"{}\", without rows",
                    title(&group)
                )));
                table.items.extend(group.items);
            }
            other => table.items.push(other),
        }
    }
}

/// Splits `text` into its lines, numbered from 1.
pub(crate) fn numbered(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line))
}

/// `number` as an HTTP status, where it is one (`100..=599`): the one
/// range every reader of a page's statuses takes.
pub(crate) fn http_status(number: i128) -> Option<u16> {
    u16::try_from(number)
        .ok()
        .filter(|status| (100..=599).contains(status))
}

/// The reason phrase of HTTP status `code` (`Not Found` for 404), where it
/// has one.
pub(crate) fn reason_phrase(code: i128) -> Option<&'static str> {
    u16::try_from(code)
        .ok()
        .and_then(|status| http::StatusCode::from_u16(status).ok())
        .and_then(|status| status.canonical_reason())
}

/// Parses a code cell: an integer (a leading `+` or `-` allowed).
pub(crate) fn parse_int(cell: &str) -> Option<i128> {
    let cell = cell.trim();
    let digits = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    cell.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The content first, the extension second.
    #[test]
    fn detection_reads_the_content_before_the_name() {
        let readme = "Intro\n[block:parameters]\n{\"data\": {}}\n[/block]\n| a |\n| --- |\n";
        let json = "\u{feff} {\n \"errors\": []}";
        let grid = "+------+-----+\n| Code | Txt |\n+======+=====+\n";
        let table = "| Code | Description |\n| --- | --- |\n| 1 | a |\n";
        let proto = "enum E {\n  A = 1;\n}\n";
        let both = format!("{table}\n```proto\n{proto}```\n");
        let prose = "Just words.\n";
        for (text, name, expected) in [
            (readme, Some("codes.md"), Some(Format::ReadmeJson)),
            (json, Some("codes.txt"), Some(Format::Json)),
            (json, None, Some(Format::Json)),
            (grid, Some("codes.md"), Some(Format::Rst)),
            (table, Some("codes.md"), Some(Format::Markdown)),
            (proto, Some("codes.txt"), Some(Format::Proto)),
            (proto, Some("codes.md"), Some(Format::Proto)),
            // The extension decides where the content fits it too.
            (&both, Some("codes.md"), Some(Format::Markdown)),
            (&both, None, Some(Format::Proto)),
            // The extension alone, when the content fits nothing.
            (prose, Some("codes.CSV"), Some(Format::Csv)),
            (prose, Some("codes.json"), Some(Format::Json)),
            (prose, Some("codes.txt"), None),
            (prose, None, None),
            ("[link](x) and [1]", None, None),
        ] {
            assert_eq!(detect(text, name), expected, "{name:?}: {text}");
        }
        let error = import(prose, Format::Auto).unwrap_err();
        assert!(
            error.message.contains(
                "(tried readme-json, json, proto, rst, markdown, text and csv); give --format FORMAT"
            ),
            "{error}"
        );
    }

    /// The messages are what the hand-written `Display` printed before the
    /// derive: `line N: ` and the message, or the message alone.
    #[test]
    fn errors_and_warnings_show_their_line_when_they_have_one() {
        let at = Error::at(14, "a row without a code");
        assert_eq!(at.to_string(), "line 14: a row without a code");
        let whole = Error::new("no table in the file");
        assert_eq!(whole.to_string(), "no table in the file");
        let dynamic: &dyn std::error::Error = &at;
        assert_eq!(dynamic.to_string(), "line 14: a row without a code");
        assert!(dynamic.source().is_none());

        let warning = Warning {
            line: Some(3),
            message: "code 5 listed twice".to_owned(),
        };
        assert_eq!(warning.to_string(), "line 3: code 5 listed twice");
        let warning = Warning {
            line: None,
            message: "{braces} stay".to_owned(),
        };
        assert_eq!(warning.to_string(), "{braces} stay");
    }
}
