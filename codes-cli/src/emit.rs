//! Writing imported tables as `status_codes!` tables that compile: one
//! invocation a table, rows as the file gives them, a class suggested from
//! the words where they say it (marked as suggested), and the rest left for
//! the author under the table's default class, `unknown`.
//!
//! ```
//! use codes_cli::emit::{emit, Options};
//! use codes_cli::import::{import, Format};
//!
//! let page = "\
//! | CODE | ERROR | DESCRIPTION |
//! | --- | --- | --- |
//! | 10030 | TRY_AGAIN | Try the request again |
//! | 21200 | MODEL_DOES_NOT_EXIST | Model does not exist |
//! | 21300 | MODEL_EVALUATED | |
//! ";
//! let document = import(page, Format::Markdown).unwrap();
//! let code = emit(&document, &Options::new("status.md")).unwrap();
//! assert!(code.contains("pub enum StatusMd: u32 => unknown {"));
//! assert!(code.contains(
//!     "10030 TRY_AGAIN: \"Try the request again\" => retry, // suggested from the words: \"try the request again\""
//! ));
//! assert!(code.contains("21300 MODEL_EVALUATED,\n"));
//! ```

use std::collections::{HashMap, HashSet};

use codes_codegen::names::{GROUP_ITEMS, accepted_as_ident, is_ident, upper_camel};
use codes_codegen::table::{self, IntegerType, KeyType, TableOptions};
use codes_core::Class;

use crate::import::{self, Code, Document, Error, Item, Row, Table, Value, quoted};
use crate::suggest::{Suggestion, suggest};

/// How the tables are written.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The imported file's name, quoted in the tables' docs.
    pub file: String,
    /// The enum's name (with several tables: the first's; the others are
    /// named after their titles).
    pub name: Option<String>,
    /// The vendor, for `#[codes(vendor = "...")]`.
    pub vendor: Option<String>,
    /// The path of the macro (default `vendor_codes::status_codes`).
    pub macro_path: Option<String>,
}

impl Options {
    /// The options for a file named `file`, everything else by default.
    #[must_use]
    pub fn new(file: &str) -> Options {
        Options {
            file: file.to_owned(),
            ..Options::default()
        }
    }
}

/// Writes every table of `document` as a `status_codes!` invocation.
///
/// # Errors
///
/// A code that fits no 64-bit integer type.
pub fn emit(document: &Document, options: &Options) -> Result<String, Error> {
    let mut out = String::new();
    let mut enum_names = HashSet::new();
    for (index, table) in document.tables.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let wanted = match (index, &options.name) {
            (0, Some(name)) => name.clone(),
            _ => enum_name(table, &options.file),
        };
        let name = unique(&wanted, &mut enum_names);
        write_table(&mut out, table, &name, document, options)?;
    }
    Ok(out)
}

/// The enum's name: the source's (a proto enum's), else the title's words,
/// else the file's name, in UpperCamelCase.
fn enum_name(table: &Table, file: &str) -> String {
    let from = table
        .name
        .clone()
        .or_else(|| table.title.clone())
        .unwrap_or_else(|| {
            std::path::Path::new(file)
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or(file)
                .to_owned()
        });
    let mut name = upper_camel(&from);
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        name = format!("Codes{name}");
    }
    // It starts with an uppercase letter (UpperCamelCase's, or `Codes`'s):
    // no primitive type's name (all lowercase) can be it.
    if !is_ident(&name) {
        name = "StatusCode".into();
    }
    name
}

/// `wanted`, or `wanted2`, `wanted3`, ... if it is taken.
fn unique(wanted: &str, taken: &mut HashSet<String>) -> String {
    let mut name = wanted.to_owned();
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{wanted}{n}");
        n += 1;
    }
    taken.insert(name.clone());
    name
}

/// The smallest integer type of the codes (u32, i32 or wider as needed;
/// u16 for HTTP tables), or `&str`.
fn key_type(table: &Table) -> Result<KeyType, Error> {
    if table.is_string_keyed() {
        return Ok(KeyType::Str);
    }
    let codes: Vec<i128> = table
        .rows()
        .iter()
        .filter_map(|(row, _)| match row.code {
            Code::Int(code) => Some(code),
            Code::Str(_) => None,
        })
        .collect();
    let (lo, hi) = (
        codes.iter().copied().min().unwrap_or(0),
        codes.iter().copied().max().unwrap_or(0),
    );
    let candidates: &[&str] = if table.http {
        &["u16"]
    } else {
        &["u32", "i32", "u64", "i64"]
    };
    let fitting = candidates
        .iter()
        .filter_map(|name| IntegerType::named(name))
        .find(|int| table.http || (int.min <= lo && hi <= int.max));
    if let Some(int) = fitting {
        return Ok(KeyType::Int(int));
    }
    // The row of the code farthest from zero is one that fits nothing.
    let line = table
        .rows()
        .iter()
        .max_by_key(|(row, _)| match row.code {
            Code::Int(code) => code.unsigned_abs(),
            Code::Str(_) => 0,
        })
        .and_then(|(row, _)| row.line);
    Err(Error {
        line,
        message: format!("the codes run from {lo} to {hi}: no 64-bit integer type holds them"),
    })
}

/// How a row's variant is written.
struct Variant {
    /// `as Name`, where the macro would not derive a fitting name.
    explicit: Option<String>,
    /// Why the name is not the derived one, if it is not.
    note: Option<String>,
}

/// Each row's variant, unique and valid, and the catch-all's name.
fn variants(table: &Table) -> (Vec<Variant>, String) {
    let rows = table.rows();
    // What the macro derives: the name's UpperCamelCase (a string code's, in
    // a string-keyed table, when the row has no name).
    let derived: Vec<Option<String>> = rows
        .iter()
        .map(|(row, _)| match (&row.name, &row.code) {
            (Some(name), _) => Some(upper_camel(name)),
            (None, Code::Str(code)) => Some(upper_camel(code)),
            (None, Code::Int(_)) => None,
        })
        .collect();
    let catch_all = if derived.iter().flatten().any(|d| d == "Unknown") {
        ["Other", "Unlisted", "UnknownCode", "UnlistedCode"]
            .into_iter()
            .find(|c| !derived.iter().flatten().any(|d| d == c))
            .unwrap_or("UnknownCatchAll")
            .to_owned()
    } else {
        "Unknown".to_owned()
    };
    let mut taken: HashMap<String, String> = HashMap::new();
    taken.insert(catch_all.clone(), "the catch-all of unknown codes".into());
    let mut out = Vec::new();
    for ((row, _), derived) in rows.iter().zip(derived) {
        if let Some(derived) = derived
            .as_ref()
            .filter(|d| is_ident(d) && d.starts_with(|c: char| c.is_ascii_uppercase()))
        {
            if let Some(owner) = taken.get(derived) {
                let name = dedupe(derived, row, &taken);
                let note = Some(format!("variant {name}: {derived} is {owner}"));
                taken.insert(name.clone(), format!("code {}'s", row.code));
                out.push(Variant {
                    explicit: Some(name),
                    note,
                });
            } else {
                taken.insert(derived.clone(), format!("code {}'s", row.code));
                out.push(Variant {
                    explicit: None,
                    note: None,
                });
            }
            continue;
        }
        // No name, or one that makes no variant: a name of the row's words.
        let (base, note) = match (&row.name, &derived) {
            (Some(name), Some(derived)) => (
                sanitize(derived),
                Some(format!(
                    "variant {}: {name} makes no valid variant name ({derived})",
                    sanitize(derived)
                )),
            ),
            _ => (from_description(row), None),
        };
        let name = if taken.contains_key(&base) {
            dedupe(&base, row, &taken)
        } else {
            base.clone()
        };
        let note = match note {
            Some(note) => Some(note),
            None if name != base => Some(format!(
                "variant {name}: {base} is {}",
                taken.get(&base).map_or("taken", String::as_str)
            )),
            None => None,
        };
        taken.insert(name.clone(), format!("code {}'s", row.code));
        out.push(Variant {
            explicit: Some(name),
            note,
        });
    }
    (out, catch_all)
}

/// `base` with the row's code after it (`InvalidRequest22999`), or its line
/// if that is taken too.
fn dedupe(base: &str, row: &Row, taken: &HashMap<String, String>) -> String {
    let digits: String = row
        .code
        .to_string()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let with_code = format!("{base}{}", upper_camel(&digits));
    if !taken.contains_key(&with_code) {
        return with_code;
    }
    (0..)
        .map(|n| {
            let line = import::line(row);
            if n == 0 {
                format!("{with_code}Line{line}")
            } else {
                format!("{with_code}Line{line}N{n}")
            }
        })
        .find(|name| !taken.contains_key(name))
        .unwrap_or(with_code)
}

/// An identifier of `text`'s letters and digits (already in
/// UpperCamelCase), starting with a letter.
fn sanitize(text: &str) -> String {
    let name: String = text.chars().filter(char::is_ascii_alphanumeric).collect();
    if name.is_empty() {
        "Code".into()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) || !accepted_as_ident(&name) {
        format!("Code{name}")
    } else {
        name
    }
}

/// A variant named after the first words of the row's description (articles
/// left out), or after its code.
fn from_description(row: &Row) -> String {
    // An apostrophe joins its word ("Owner's" is one word, `Owners`).
    let text: String = row
        .description
        .as_deref()
        .unwrap_or("")
        .chars()
        .filter(|c| !matches!(c, '\'' | '\u{2019}'))
        .collect();
    let words: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !["the", "a", "an"].contains(&w.to_ascii_lowercase().as_str()))
        .take(6)
        .map(str::to_owned)
        .collect();
    let name = upper_camel(&words.join(" "));
    if name.is_empty() {
        let digits: String = row
            .code
            .to_string()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        let prefix = if row.code.to_string().starts_with('-') {
            "CodeMinus"
        } else {
            "Code"
        };
        format!("{prefix}{digits}")
    } else {
        sanitize(&name)
    }
}

/// The groups' names, from their titles: words other than the range and the
/// words every heading has (`Related Codes`).
fn group_names(table: &Table) -> Vec<String> {
    const FILLER: &[&str] = &[
        "related", "codes", "code", "status", "error", "errors", "issues", "summary", "the",
    ];
    let mut taken = HashSet::new();
    table
        .groups()
        .enumerate()
        .map(|(index, group)| {
            let title = import::title(group);
            let words: Vec<&str> = title
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .filter(|w| import::parse_range(w).is_none())
                .filter(|w| !FILLER.contains(&w.to_ascii_lowercase().as_str()))
                .collect();
            let mut name = upper_camel(&words.join(" "));
            if name.is_empty() {
                // A heading of filler words only ("Status Codes"): its words.
                name = sanitize(&upper_camel(title));
            }
            if name == "Code"
                || !is_ident(&name)
                || !name.starts_with(|c: char| c.is_ascii_uppercase())
            {
                name = format!("Group{}", index + 1);
            }
            // The group enum's own items a name starting with an uppercase
            // letter can be: `ALL` (of a title such as "A L L").
            if GROUP_ITEMS.contains(&name.as_str()) {
                name.push_str("Group");
            }
            unique(&name, &mut taken)
        })
        .collect()
}

/// A row's class, and the comment that says where it comes from.
type RowClass = (Option<Class>, Option<String>);

/// The row's class, and the comment that says where it comes from: the
/// class the file states, else one suggested from every piece of evidence
/// the row gives (its HTTP status, the words of its description or name,
/// else of its solution), each suggestion marked with what it came from.
fn class_of(row: &Row, http: bool) -> RowClass {
    if let Some(class) = row.class {
        return (Some(class), None);
    }
    if http {
        // RFC 9110's, by the `http` option: nothing to suggest.
        return (None, None);
    }
    let described = suggest(row.description.as_deref(), row.name.as_deref());
    let (words, whose) = match described {
        Suggestion::None => {
            let solution = row.values.iter().find_map(|(name, value)| match value {
                Value::Str(text) if name == "solution" => Some(text.as_str()),
                _ => None,
            });
            (suggest(solution, None), "the solution's words")
        }
        Suggestion::Class {
            from_name: true, ..
        } => (described, "the name's words"),
        words => (words, "the words"),
    };
    let column = row.values.iter().find_map(|(name, value)| match value {
        Value::Int(status) if name == "http" => import::http_status(*status),
        _ => None,
    });
    let status = match column {
        Some(status) => Some((status, format!("the HTTP status {status}"))),
        None => row
            .description
            .as_deref()
            .and_then(cited_status)
            .map(|status| {
                (
                    status,
                    format!("the HTTP status {status} the description cites"),
                )
            }),
    };
    match status {
        Some((status, from)) => with_status(status, &from, &words, whose),
        None => from_words(&words, whose),
    }
}

/// The HTTP status a description cites, the first where it cites several:
/// `HTTP Mapping: 504 Gateway Timeout` (as the comments of `google.rpc.Code`
/// give each code's), `HTTP status 404`, `HTTP status code: 429`, `HTTP
/// 503`; a status of `100..=599` right after `HTTP` and those words.
fn cited_status(text: &str) -> Option<u16> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '(' | ')' | ',' | '-' | '='))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().find_map(|(at, word)| {
        if !word.eq_ignore_ascii_case("http") {
            return None;
        }
        let number = words[at + 1..]
            .iter()
            .find(|w| !["mapping", "status", "code"].contains(&w.to_ascii_lowercase().as_str()))?;
        import::http_status(number.trim_end_matches(['.', ';']).parse().ok()?)
    })
}

/// `"try again" (retry), "internal error" (vendor_error)`.
fn quoted_classes(found: &[(Class, &str)]) -> String {
    let said: Vec<String> = found
        .iter()
        .map(|(class, word)| format!("\"{word}\" ({})", class.as_str()))
        .collect();
    said.join(", ")
}

/// The class the words alone suggest (`whose` words they are).
fn from_words(words: &Suggestion, whose: &str) -> RowClass {
    match words {
        Suggestion::Class { class, words, .. } => (
            Some(*class),
            Some(format!("suggested from {whose}: {}", quoted(words))),
        ),
        Suggestion::Conflict(found) => (
            None,
            Some(format!(
                "class left to you: {whose} point several ways, {}",
                quoted_classes(found)
            )),
        ),
        Suggestion::None => (None, None),
    }
}

/// The class the row's HTTP status (RFC 9110's, [`Class::for_http_status`])
/// and its words suggest together: a 4xx or 5xx is a failure whose words
/// may only say to retry a vendor's (`"try again"` on a 500; on a 409 the
/// request is to change first) and a 2xx a success whose words may only say
/// it is pending; words that say otherwise are noted, and leave a 1xx, 2xx
/// or 3xx row to the author.
fn with_status(status: u16, from: &str, words: &Suggestion, whose: &str) -> RowClass {
    let http = Class::for_http_status(status);
    let failure = matches!(http, Class::ClientError | Class::VendorError | Class::Retry);
    let retried = matches!(http, Class::VendorError | Class::Retry);
    match words {
        Suggestion::None => (Some(http), Some(format!("suggested from {from}"))),
        Suggestion::Class { class, words, .. } if *class == http => (
            Some(http),
            Some(format!(
                "suggested from {from} and {whose}: {}",
                quoted(words)
            )),
        ),
        Suggestion::Class { class, words, .. }
            if (retried && *class == Class::Retry)
                || (http == Class::Success && *class == Class::Pending) =>
        {
            (
                Some(*class),
                Some(format!(
                    "suggested from {whose}: {} ({from} alone says {})",
                    quoted(words),
                    http.as_str()
                )),
            )
        }
        Suggestion::Class { class, words, .. } if failure => (
            Some(http),
            Some(format!(
                "suggested from {from} ({whose} say {}: {})",
                class.as_str(),
                quoted(words)
            )),
        ),
        Suggestion::Class { class, words, .. } => (
            None,
            Some(format!(
                "class left to you: {from} says {}, {whose} {}: {}",
                http.as_str(),
                class.as_str(),
                quoted(words)
            )),
        ),
        Suggestion::Conflict(found) => conflict_with_status(http, from, found, whose),
    }
}

/// Words that point several ways, beside an HTTP status: a retry among
/// them on a 5xx is the retry, else the status's class where the words
/// name it.
fn conflict_with_status(http: Class, from: &str, found: &[(Class, &str)], whose: &str) -> RowClass {
    let retried = matches!(http, Class::VendorError | Class::Retry);
    let pick = if retried && found.iter().any(|(c, _)| *c == Class::Retry) {
        Some(Class::Retry)
    } else if found.iter().any(|(c, _)| *c == http) {
        Some(http)
    } else {
        None
    };
    match pick {
        Some(class) => (
            Some(class),
            Some(format!(
                "suggested from {from} and {whose}: {}",
                quoted_classes(found)
            )),
        ),
        None => (
            None,
            Some(format!(
                "class left to you: {from} says {}, {whose} point several ways, {}",
                http.as_str(),
                quoted_classes(found)
            )),
        ),
    }
}

/// What a table's header counts of what is left to do.
struct Counts {
    /// Rows whose class is suggested from their words.
    suggested: usize,
    /// Rows left without a class.
    unclassed: usize,
    /// Rows of numeric codes without a name: their variants are named from
    /// their descriptions.
    unnamed: usize,
}

/// A table worked out before it is written: its code type, each row's
/// variant and class, its groups' names.
struct Plan {
    key: KeyType,
    variants: Vec<Variant>,
    catch_all: String,
    group_names: Vec<String>,
    classes: Vec<RowClass>,
    counts: Counts,
}

impl Plan {
    /// The plan of `table`.
    fn of(table: &Table) -> Result<Plan, Error> {
        let key = key_type(table)?;
        let (variants, catch_all) = variants(table);
        let group_names = group_names(table);
        let rows = table.rows();
        let classes: Vec<RowClass> = rows
            .iter()
            .map(|(row, _)| class_of(row, table.http))
            .collect();
        let counts = Counts {
            suggested: rows
                .iter()
                .zip(&classes)
                .filter(|((row, _), (class, _))| row.class.is_none() && class.is_some())
                .count(),
            unclassed: classes.iter().filter(|(class, _)| class.is_none()).count(),
            unnamed: rows
                .iter()
                .zip(&variants)
                .filter(|((row, _), v)| {
                    row.name.is_none() && v.explicit.is_some() && matches!(row.code, Code::Int(_))
                })
                .count(),
        };
        Ok(Plan {
            key,
            variants,
            catch_all,
            group_names,
            classes,
            counts,
        })
    }
}

/// Writes `table` as a `status_codes!` invocation of the enum `name`: the
/// importer's decisions made here, the text printed by the workspace's one
/// printer ([`codes_codegen::table`]).
fn write_table(
    out: &mut String,
    table: &Table,
    name: &str,
    document: &Document,
    options: &Options,
) -> Result<(), Error> {
    let plan = Plan::of(table)?;
    let mut printed = table::Table::new(name, plan.key);
    printed.comments = header(table, &plan.counts, document, options);
    if let Some(path) = &options.macro_path {
        printed.macro_path.clone_from(path);
    }
    printed.docs = docs(table, options);
    printed.options = TableOptions {
        vendor: options.vendor.clone(),
        http: table.http,
        unknown: (plan.catch_all != "Unknown").then(|| plan.catch_all.clone()),
    };
    if plan.catch_all != "Unknown" {
        printed.remarks.push(format!(
            "The catch-all is {}: a row of the table is named Unknown.",
            plan.catch_all
        ));
    }
    printed.class = (!table.http && plan.counts.unclassed > 0).then_some(Class::Unknown);
    printed.columns.clone_from(&table.columns);
    printed.items = written_items(table, plan);
    out.push_str(&printed.to_string());
    Ok(())
}

/// The header comment: where the table comes from and what is left to do.
fn header(table: &Table, counts: &Counts, document: &Document, options: &Options) -> Vec<String> {
    let what = table
        .title
        .as_deref()
        .or(table.name.as_deref())
        .unwrap_or("table");
    let mut lines = vec![format!(
        "Imported by `codes import` from {} ({}): \"{what}\", {} codes{}.",
        options.file,
        document.format,
        table.len(),
        match table.groups().count() {
            0 => String::new(),
            1 => " in 1 group".into(),
            n => format!(" in {n} groups"),
        }
    )];
    if table.http {
        lines.push("Classes: RFC 9110's, by `#[codes(http)]`; give a row its own where the page's words say otherwise.".into());
    } else {
        let evidence = if table.columns.iter().any(|c| c.name == "http") {
            "the rows' HTTP statuses and words"
        } else {
            "the rows' words"
        };
        lines.push(format!(
            "Classes: {} suggested from {evidence} (marked); {} left to you.",
            counts.suggested, counts.unclassed
        ));
        if counts.unclassed > 0 {
            lines.push(
                "`=> unknown` is the table's default class so that it compiles: a row whose words"
                    .into(),
            );
            lines.push(
                "say nothing is `unknown` (treated as a failure) until you give it its class."
                    .into(),
            );
        }
    }
    if counts.unnamed > 0 {
        lines.push(format!(
            "{} rows have no name in the file: their variants are named from their descriptions (`as`).",
            counts.unnamed
        ));
    }
    lines.extend(columns_read(table));
    lines.extend(table.notes.iter().cloned());
    lines
}

/// What the header says of the page's columns: which was taken for the
/// code, the name, the description and the HTTP status, and why.
fn columns_read(table: &Table) -> Vec<String> {
    if table.taken.is_empty() {
        return Vec::new();
    }
    let mut lines = vec!["Columns read:".to_owned()];
    lines.extend(table.taken.iter().map(|taken| format!("  {taken}.")));
    if !table.taken.iter().any(|t| t.by_option) {
        lines.push(
            "  (--code-column, --name-column, --description-column and --http-column choose others.)"
                .to_owned(),
        );
    }
    lines
}

/// The enum's docs: the table's title (or name) and the file it comes from.
fn docs(table: &Table, options: &Options) -> Vec<String> {
    let doc = match (&table.title, &table.name) {
        (Some(title), _) => title.clone(),
        (None, Some(name)) => format!("The `{name}` enum"),
        (None, None) => "Status codes".to_owned(),
    };
    vec![
        doc.replace('\n', " "),
        String::new(),
        format!("Imported from `{}`.", options.file.replace('`', "'")),
    ]
}

/// The table's rows, notes and groups, in the file's order, with what the
/// importer leaves to the emitter: each group's name, each row's variant
/// (and why it is not the derived one, above it) and class (and where it
/// comes from, as its remark).
fn written_items(table: &Table, plan: Plan) -> Vec<Item> {
    let mut rows = plan.variants.into_iter().zip(plan.classes);
    let mut group_names = plan.group_names.into_iter();
    let mut items = table.items.clone();
    for item in &mut items {
        match item {
            Item::Group(group) => {
                group.name = group_names.next().unwrap_or_else(|| "Group".to_owned());
                for item in &mut group.items {
                    fill(item, &mut rows);
                }
            }
            other => fill(other, &mut rows),
        }
    }
    items
}

/// Gives `item`, if it is a row, the next variant and class. (A group
/// inside a group, which the importer never makes, the printer leaves out.)
fn fill(item: &mut Item, rows: &mut impl Iterator<Item = (Variant, RowClass)>) {
    if let Item::Row(row) = item {
        if let Some((variant, (class, remark))) = rows.next() {
            row.comments.extend(variant.note);
            row.variant = variant.explicit;
            row.class = class;
            row.remark = remark;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Format, import};

    fn emitted(text: &str, format: Format) -> String {
        emit(&import(text, format).unwrap(), &Options::new("page.txt")).unwrap()
    }

    /// Issue 24's shapes: a row with HTTP 429 and "Try again later" is a
    /// retry; a 2xx that says "being" is pending; a `Code | Id` table whose
    /// `Code` holds names is keyed by its numbers.
    #[test]
    fn a_description_cites_an_http_status() {
        for (text, status) in [
            ("Not found.  HTTP Mapping: 404 Not Found", Some(404)),
            ("Respond with Http status 307 and add a header", Some(307)),
            ("Too many (HTTP 429).", Some(429)),
            ("HTTP status code: 503; try later", Some(503)),
            (
                "HTTP Mapping: 400 Bad Request. NOTE: HTTP spec says 412",
                Some(400),
            ),
            ("Sent over HTTP. 404 items", None),
            ("HTTP 600", None),
            ("HTTP/1.1 404", None),
            ("no status", None),
        ] {
            assert_eq!(cited_status(text), status, "{text}");
        }
    }

    #[test]
    fn classes_from_the_http_status_and_the_words() {
        let page = "\
| Error code | HTTP status | Description |
| --- | --- | --- |
| RateLimited | 429 | Too many calls. Try again later. |
| Exporting | 200 | Labels are being exported. |
| BadInput | 400 | The input is invalid. |
| Oops | 500 | |
| Odd | 200 | The input is invalid. |
";
        let code = emitted(page, Format::Markdown);
        for line in [
            "\"RateLimited\": \"Too many calls. Try again later.\" => retry { http: 429 }, // suggested from the HTTP status 429 and the words: \"try again\"",
            "=> pending { http: 200 }, // suggested from the words: \"being\" (the HTTP status 200 alone says success)",
            "=> client_error { http: 400 }, // suggested from the HTTP status 400 and the words: \"invalid\"",
            "\"Oops\" => vendor_error { http: 500 }, // suggested from the HTTP status 500",
            "{ http: 200 }, // class left to you: the HTTP status 200 says success, the words client_error: \"invalid\"",
            "//   the HTTP status: \"HTTP status\" (column 2), by its heading.",
        ] {
            assert!(code.contains(line), "{line}\n{code}");
        }
        let page = "\
| Code | ID | Description |
|------|-----|-------------|
| `ERROR_PROCESS_INVALID_FIELD_VALUE` | 1232 | Invalid value for field |
| `ERROR_NOT_ALLOWED_TO_CREATE` | 1206 | User unauthorized |
";
        let code = emitted(page, Format::Markdown);
        assert!(
            code.contains("1232 ERROR_PROCESS_INVALID_FIELD_VALUE: \"Invalid value for field\""),
            "{code}"
        );
        assert!(
            code.contains("//   the code: \"ID\" (column 2), its 2 numbers are distinct, beside \"Code\", which holds names."),
            "{code}"
        );
    }

    #[test]
    fn names_that_are_no_identifiers_are_strings() {
        let page = "code,name,description\n200,OK,Fine\n404,Not Found,Gone\n1,type,A keyword\n2,MODEL_X,\"Says \"\"hi\"\"\"\n";
        let code = emitted(page, Format::Csv);
        assert!(code.contains("        200 OK: \"Fine\""), "{code}");
        assert!(
            code.contains("        404 \"Not Found\": \"Gone\""),
            "{code}"
        );
        assert!(code.contains("        1 \"type\": \"A keyword\""), "{code}");
        assert!(
            code.contains("        2 MODEL_X: \"Says \\\"hi\\\"\""),
            "{code}"
        );
    }

    #[test]
    fn variants_are_unique_and_valid() {
        let page = "code,name,description\n\
                    1,,Invalid request\n\
                    2,,Invalid request\n\
                    3,NOT_FOUND,x\n\
                    4,Not Found,y\n\
                    5,404_GONE,z\n\
                    6,,\n\
                    -7,,\n\
                    8,UNKNOWN,The vendor's own unknown\n\
                    9,,Owner's name is missing\n";
        let code = emitted(page, Format::Csv);
        assert!(
            code.contains("        1 as InvalidRequest: \"Invalid request\""),
            "{code}"
        );
        assert!(
            code.contains("        9 as OwnersNameIsMissing: \"Owner's name is missing\""),
            "{code}"
        );
        assert!(code.contains("        // variant InvalidRequest2: InvalidRequest is code 1's\n        2 as InvalidRequest2:"), "{code}");
        assert!(code.contains("        3 NOT_FOUND: \"x\""), "{code}");
        assert!(code.contains("        // variant NotFound4: NotFound is code 3's\n        4 \"Not Found\" as NotFound4:"), "{code}");
        assert!(
            code.contains("        5 \"404_GONE\" as Code404Gone:"),
            "{code}"
        );
        assert!(code.contains("        6 as Code6,"), "{code}");
        assert!(code.contains("        -7 as CodeMinus7,"), "{code}");
        // A row named UNKNOWN: the catch-all takes another name.
        assert!(code.contains("    #[codes(unknown = Other)]"), "{code}");
        assert!(code.contains("        8 UNKNOWN: "), "{code}");
        assert!(
            code.contains("    pub enum PageTxt: i32 => unknown {"),
            "{code}"
        );
    }

    #[test]
    fn classes_given_suggested_conflicting_or_left() {
        let page = "code,name,description,class\n\
                    1,A,Try again later,\n\
                    2,B,Whatever,vendor_error\n\
                    3,C,Invalid request; try again,\n\
                    4,D,Something,\n\
                    5,E_IN_PROGRESS,,\n";
        let code = emitted(page, Format::Csv);
        assert!(
            code.contains(
                "1 A: \"Try again later\" => retry, // suggested from the words: \"try again\"\n"
            ),
            "{code}"
        );
        assert!(
            code.contains("2 B: \"Whatever\" => vendor_error,\n"),
            "{code}"
        );
        assert!(code.contains(
            "3 C: \"Invalid request; try again\", // class left to you: the words point several ways, \"try again\" (retry), \"invalid\" (client_error)\n"
        ), "{code}");
        assert!(code.contains("4 D: \"Something\",\n"), "{code}");
        assert!(
            code.contains(
                "5 E_IN_PROGRESS => pending, // suggested from the name's words: \"in progress\"\n"
            ),
            "{code}"
        );
        assert!(
            code.contains("// Classes: 2 suggested from the rows' words (marked); 2 left to you."),
            "{code}"
        );
        assert!(code.contains("=> unknown {"), "{code}");
    }

    #[test]
    fn every_row_classed_needs_no_default() {
        let code = emitted("code,name,description,class\n1,A,x,success\n", Format::Csv);
        assert!(code.contains("    pub enum PageTxt: u32 {"), "{code}");
    }

    #[test]
    fn http_tables_take_rfc_classes() {
        let page = "HTTP Status Code Summary\n\nCode\tStatus\tSemantics\n200\tOK\tFine.\n503\tService Unavailable\tUnder maintenance.\n";
        let code = emitted(page, Format::Text);
        assert!(
            code.contains("    #[codes(http)]\n    pub enum HttpStatusCodeSummary: u16 {"),
            "{code}"
        );
        assert!(
            code.contains("        503 \"Service Unavailable\": \"Under maintenance.\",\n"),
            "{code}"
        );
    }

    #[test]
    fn codes_beyond_64_bits_are_an_error() {
        let document = import(
            "code,description\n1,a\n99999999999999999999,b\n",
            Format::Csv,
        )
        .unwrap();
        let error = emit(&document, &Options::new("x.csv")).unwrap_err();
        assert_eq!(error.line, Some(3));
        assert!(error.message.contains("no 64-bit integer type"), "{error}");
    }
}
