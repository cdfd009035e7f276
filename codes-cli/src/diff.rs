//! Comparing two tables of the same vendor, an older and a newer: which
//! codes were added or removed, and which kept their code but changed name,
//! description, or another of the values both tables give: an extra column
//! (an HTTP status, a message, a solution), the class, the deprecation.
//!
//! Which values are compared:
//!
//! - an extra column, matched by name, where both tables have it (a column
//!   is a table's when one of its rows has a value in it): a code with a
//!   value on one side only changed too. A column only one table has is
//!   no change: [`Diff::only_old`] and [`Diff::only_new`] list it, once;
//! - the class, where both sides state one: a declared table always does,
//!   a file only in a class column (the class `codes import` suggests from
//!   the words is not the vendor's, and is not compared);
//! - the deprecation, where both sides can state it: a declared table, a
//!   proto (`[deprecated = true]`); another format marks none.
//!
//! ```
//! use codes_cli::diff::{diff, Change, Rows};
//! use codes_cli::import::{Code, Row, Value};
//!
//! let row = |code, name: &str, description: &str| Row {
//!     code: Code::Int(code),
//!     name: Some(name.to_owned()),
//!     description: Some(description.to_owned()),
//!     ..Row::default()
//! };
//! let mut old = Rows {
//!     rows: vec![row(1, "OK", "Fine"), row(2, "GONE", "Gone"), row(3, "BUSY", "Busy")],
//!     marks_deprecation: false,
//! };
//! let mut new = Rows {
//!     rows: vec![row(1, "SUCCESS", "Fine"), row(3, "BUSY", "Busy, retry"), row(4, "NEW", "New")],
//!     marks_deprecation: false,
//! };
//! let changes = diff(&old, &new);
//! assert_eq!(changes.counts(), (1, 1, 1, 1));
//! assert!(matches!(&changes.changes[0], Change::Added(row) if row.code == Code::Int(4)));
//!
//! // An HTTP status both sides give, changed.
//! old.rows[2].values.push(("http".to_owned(), Value::Int(503)));
//! new.rows[1].values.push(("http".to_owned(), Value::Int(429)));
//! let changes = diff(&old, &new);
//! assert_eq!(changes.changed(), [("http", 1)]);
//! ```

use std::collections::BTreeMap;
use std::io::{self, Write};

use codes_codegen::table::Row;
use codes_core::{Class, Entry};

use crate::import::{self, Code, Format, Value};
use crate::json::{self, JsonObject};

/// The name [`Change::Changed`] gives a change of class.
pub const CLASS: &str = "class";

/// The name [`Change::Changed`] gives a change of deprecation.
pub const DEPRECATED: &str = "deprecated";

/// One side of a comparison: a table's rows, as the workspace's table
/// model holds them, and whether its source marks deprecated codes.
///
/// A row's class is compared where it states one: a declared table's always
/// do, a file's only from a class column (the emitter's suggestions are not
/// in it). Its values are those of the extra columns it has one in.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Rows {
    /// The rows, in the table's order.
    pub rows: Vec<Row>,
    /// `true` when the source marks deprecated codes (a declared table, a
    /// proto): an unmarked row is not deprecated there, where another
    /// source does not say (a row it marks is deprecated all the same).
    pub marks_deprecation: bool,
}

impl Rows {
    /// The rows of a declared table's entries.
    #[must_use]
    pub fn of_entries(entries: impl IntoIterator<Item = Entry>) -> Rows {
        Rows {
            rows: entries.into_iter().map(|entry| Row::from(&entry)).collect(),
            marks_deprecation: true,
        }
    }

    /// The rows of an imported table, read from a file of `format`.
    #[must_use]
    pub fn of_table(table: &import::Table, format: Format) -> Rows {
        Rows {
            rows: table
                .rows()
                .into_iter()
                .map(|(row, _)| row.clone())
                .collect(),
            marks_deprecation: marks_deprecation(format),
        }
    }

    /// Whether `row`, one of these rows, is deprecated, where the source
    /// says: always where it marks deprecations, else only for a row it
    /// marks.
    fn deprecated(&self, row: &Row) -> Option<bool> {
        (row.deprecated || self.marks_deprecation).then_some(row.deprecated)
    }
}

/// The value of `row` in `column`, if it has one.
fn column_value<'a>(row: &'a Row, column: &str) -> Option<&'a Value> {
    row.values
        .iter()
        .find(|(name, _)| name == column)
        .map(|(_, value)| value)
}

/// `true` for a format that marks deprecated codes, so that an unmarked
/// code is not deprecated (rather than not said to be).
fn marks_deprecation(format: Format) -> bool {
    format == Format::Proto
}

/// A value as the text output shows it.
fn value_text(value: Option<&Value>) -> String {
    match value {
        Some(Value::Int(value)) => value.to_string(),
        Some(Value::Bool(value)) => value.to_string(),
        Some(Value::Str(value)) => value.clone(),
        None => "(none)".to_owned(),
    }
}

/// `true` when two values say the same: equal, or written alike (an HTTP
/// status one source gives as a number, the other as text).
fn same_value(a: Option<&Value>, b: Option<&Value>) -> bool {
    a == b || (a.is_some() && b.is_some() && value_text(a) == value_text(b))
}

/// One difference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A code only the newer table has.
    Added(Row),
    /// A code only the older table has.
    Removed(Row),
    /// A code whose name changed: the newer name is none of the older
    /// table's names for it (an older name kept as an alias is no rename).
    Renamed {
        /// The code.
        code: Code,
        /// The older name.
        old: String,
        /// The newer name.
        new: String,
    },
    /// A code whose description changed (or was added, or dropped).
    Reworded {
        /// The code.
        code: Code,
        /// Its name (the newer table's, else the older's).
        name: Option<String>,
        /// The older description.
        old: Option<String>,
        /// The newer description.
        new: Option<String>,
    },
    /// A code whose value in a column both tables have changed (or was
    /// added, or dropped); its class ([`CLASS`], the class's name) or its
    /// deprecation ([`DEPRECATED`], `true` or `false`) where both sides
    /// state them.
    Changed {
        /// The code.
        code: Code,
        /// Its name (the newer table's, else the older's).
        name: Option<String>,
        /// The column (`http`, `message`, `solution`), [`CLASS`] or
        /// [`DEPRECATED`].
        column: String,
        /// The older value.
        old: Option<Value>,
        /// The newer value.
        new: Option<Value>,
    },
}

impl Change {
    /// `added`, `removed`, `renamed`, `reworded` or `changed`.
    #[must_use]
    pub const fn kind(&self) -> &'static str {
        match self {
            Change::Added(_) => "added",
            Change::Removed(_) => "removed",
            Change::Renamed { .. } => "renamed",
            Change::Reworded { .. } => "reworded",
            Change::Changed { .. } => "changed",
        }
    }

    /// The code that changed.
    #[must_use]
    pub fn code(&self) -> &Code {
        match self {
            Change::Added(row) | Change::Removed(row) => &row.code,
            Change::Renamed { code, .. }
            | Change::Reworded { code, .. }
            | Change::Changed { code, .. } => code,
        }
    }
}

/// Every difference between two tables.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Diff {
    /// The changes: the added codes, then the removed, renamed, reworded
    /// and changed ones, each in code order (a code's changed values in
    /// the order of [`Diff::compared`]).
    pub changes: Vec<Change>,
    /// Codes in both tables whose names were not compared, because one
    /// table gives none.
    pub unnamed: usize,
    /// What is compared besides names and descriptions: [`CLASS`] and
    /// [`DEPRECATED`] (for the codes whose both sides state them), then the
    /// extra columns both tables have, in the newer table's order.
    pub compared: Vec<String>,
    /// The extra columns only the older table has: not compared.
    pub only_old: Vec<String>,
    /// The extra columns only the newer table has: not compared.
    pub only_new: Vec<String>,
}

impl Diff {
    /// How many codes were (added, removed, renamed, reworded).
    #[must_use]
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        let count = |kind: &str| self.changes.iter().filter(|c| c.kind() == kind).count();
        (
            count("added"),
            count("removed"),
            count("renamed"),
            count("reworded"),
        )
    }

    /// How many values changed in each column (and class, deprecation)
    /// where any did, in the order of [`Diff::compared`].
    #[must_use]
    pub fn changed(&self) -> Vec<(&str, usize)> {
        self.compared
            .iter()
            .map(|compared| {
                let count = self
                    .changes
                    .iter()
                    .filter(|c| matches!(c, Change::Changed { column, .. } if column == compared))
                    .count();
                (compared.as_str(), count)
            })
            .filter(|(_, count)| *count > 0)
            .collect()
    }

    /// `true` when the tables hold the same codes, names, descriptions and
    /// compared values.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// Writes the changes for people: a summary line, then one line a change
    /// (two more for a rewording or a changed text: what it was, what it
    /// is), then what was not compared.
    ///
    /// # Errors
    ///
    /// When `out` cannot be written.
    pub fn write_text(&self, old: &str, new: &str, out: &mut dyn Write) -> io::Result<()> {
        self.write_summary(old, new, out)?;
        let describe = |row: &Row| {
            let mut text = row.code.to_string();
            if let Some(name) = &row.name {
                text.push(' ');
                text.push_str(name);
            }
            if let Some(description) = &row.description {
                text.push_str(": ");
                text.push_str(description);
            }
            text
        };
        let none = "(none)";
        for change in &self.changes {
            match change {
                Change::Added(row) | Change::Removed(row) => {
                    writeln!(out, "{:9} {}", change.kind(), describe(row))?;
                }
                Change::Renamed { code, old, new } => {
                    writeln!(out, "renamed   {code} {old} -> {new}")?;
                }
                Change::Reworded {
                    code,
                    name,
                    old,
                    new,
                } => {
                    match name {
                        Some(name) => writeln!(out, "reworded  {code} {name}")?,
                        None => writeln!(out, "reworded  {code}")?,
                    }
                    writeln!(out, "            was: {}", old.as_deref().unwrap_or(none))?;
                    writeln!(out, "            now: {}", new.as_deref().unwrap_or(none))?;
                }
                Change::Changed { .. } => write_changed(change, out)?,
            }
        }
        self.write_notes(old, new, out)
    }

    /// The summary line: how many codes changed how, and how many values
    /// in each column (written only where one did).
    fn write_summary(&self, old: &str, new: &str, out: &mut dyn Write) -> io::Result<()> {
        let (added, removed, renamed, reworded) = self.counts();
        if self.is_empty() {
            return writeln!(
                out,
                "{old} and {new}: no code added, removed, renamed or reworded"
            );
        }
        write!(
            out,
            "{old} -> {new}: {added} added, {removed} removed, {renamed} renamed, {reworded} reworded"
        )?;
        let changed = self.changed();
        if !changed.is_empty() {
            let total: usize = changed.iter().map(|(_, count)| count).sum();
            let each: Vec<String> = changed
                .iter()
                .map(|(column, count)| format!("{column} {count}"))
                .collect();
            write!(
                out,
                ", {total} value{} changed ({})",
                if total == 1 { "" } else { "s" },
                each.join(", ")
            )?;
        }
        writeln!(out)
    }

    /// What was not compared: names one side lacks, columns one side has.
    fn write_notes(&self, old: &str, new: &str, out: &mut dyn Write) -> io::Result<()> {
        if self.unnamed > 0 {
            writeln!(
                out,
                "names not compared for {} codes: one side gives them none",
                self.unnamed
            )?;
        }
        for (columns, side) in [(&self.only_old, old), (&self.only_new, new)] {
            for column in columns {
                writeln!(out, "column {column}: only in {side}, not compared")?;
            }
        }
        Ok(())
    }

    /// Writes one JSON object a change (`change`, `code`, and `name`,
    /// `description`, `column`, `old`, `new` as the change has them). A
    /// code or value beyond 64 bits is written as the number it is.
    ///
    /// # Errors
    ///
    /// When `out` cannot be written.
    pub fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        for change in &self.changes {
            let object = JsonObject::default()
                .text("change", Some(change.kind()))
                .raw("code", json::code(change.code()));
            let object = match change {
                Change::Added(row) | Change::Removed(row) => object
                    .text("name", row.name.as_deref())
                    .text("description", row.description.as_deref()),
                Change::Renamed { old, new, .. } => {
                    object.text("old", Some(old)).text("new", Some(new))
                }
                Change::Reworded { name, old, new, .. } => object
                    .text("name", name.as_deref())
                    .text("old", old.as_deref())
                    .text("new", new.as_deref()),
                Change::Changed {
                    name,
                    column,
                    old,
                    new,
                    ..
                } => object
                    .text("name", name.as_deref())
                    .text("column", Some(column))
                    .raw("old", json::value(old.as_ref()))
                    .raw("new", json::value(new.as_ref())),
            };
            writeln!(out, "{object}")?;
        }
        Ok(())
    }
}

/// Writes a [`Change::Changed`]: a number, a flag or a class on one line
/// (`changed   21200 NAME http: 503 -> 429`), a text as a rewording is,
/// what it was and what it is on two more.
fn write_changed(change: &Change, out: &mut dyn Write) -> io::Result<()> {
    let Change::Changed {
        code,
        name,
        column,
        old,
        new,
    } = change
    else {
        return Ok(());
    };
    let (old, new) = (old.as_ref(), new.as_ref());
    let label = match name {
        Some(name) => format!("{code} {name} {column}"),
        None => format!("{code} {column}"),
    };
    let is_text = |value: Option<&Value>| matches!(value, Some(Value::Str(_)));
    if column == CLASS || !(is_text(old) || is_text(new)) {
        return writeln!(
            out,
            "changed   {label}: {} -> {}",
            value_text(old),
            value_text(new)
        );
    }
    writeln!(out, "changed   {label}")?;
    writeln!(out, "            was: {}", value_text(old))?;
    writeln!(out, "            now: {}", value_text(new))
}

/// The extra columns of `rows`, each once, in the order they first come.
fn columns_of(rows: &[Row]) -> Vec<String> {
    let mut columns: Vec<String> = Vec::new();
    for row in rows {
        for (name, _) in &row.values {
            if !columns.contains(name) {
                columns.push(name.clone());
            }
        }
    }
    columns
}

/// The changes of the values of `code` compared besides its name and
/// description: its class, deprecation (`deprecated`: before and now, where
/// each side says) and extra columns `compared`.
fn value_changes(
    code: &Code,
    (before, row): (&Row, &Row),
    deprecated: (Option<bool>, Option<bool>),
    compared: &[String],
) -> Vec<Change> {
    let name = row.name.clone().or_else(|| before.name.clone());
    let change = |column: &str, old: Option<Value>, new: Option<Value>| Change::Changed {
        code: code.clone(),
        name: name.clone(),
        column: column.to_owned(),
        old,
        new,
    };
    let mut changes = Vec::new();
    if let (Some(was), Some(is)) = (before.class, row.class) {
        if was != is {
            let class = |class: Class| Some(Value::Str(class.as_str().to_owned()));
            changes.push(change(CLASS, class(was), class(is)));
        }
    }
    if let (Some(was), Some(is)) = deprecated {
        if was != is {
            changes.push(change(
                DEPRECATED,
                Some(Value::Bool(was)),
                Some(Value::Bool(is)),
            ));
        }
    }
    for column in compared.iter().filter(|c| *c != CLASS && *c != DEPRECATED) {
        let (was, is) = (column_value(before, column), column_value(row, column));
        if !same_value(was, is) {
            changes.push(change(column, was.cloned(), is.cloned()));
        }
    }
    changes
}

/// Each code's row (its first, for a code listed twice), in code order.
fn by_code(rows: &Rows) -> BTreeMap<&Code, &Row> {
    let mut map = BTreeMap::new();
    for row in &rows.rows {
        map.entry(&row.code).or_insert(row);
    }
    map
}

/// The differences from `old` to `new` (a code listed twice counts once,
/// its first row).
#[must_use]
pub fn diff(old: &Rows, new: &Rows) -> Diff {
    let mut result = Diff::default();
    let (old_columns, new_columns) = (columns_of(&old.rows), columns_of(&new.rows));
    result.compared = vec![CLASS.to_owned(), DEPRECATED.to_owned()];
    for column in &new_columns {
        if old_columns.contains(column) {
            result.compared.push(column.clone());
        } else {
            result.only_new.push(column.clone());
        }
    }
    result.only_old = old_columns
        .into_iter()
        .filter(|c| !new_columns.contains(c))
        .collect();
    let (old_rows, new_rows) = (by_code(old), by_code(new));
    let (mut renamed, mut reworded, mut changed) = (Vec::new(), Vec::new(), Vec::new());
    for (&code, &row) in &new_rows {
        let Some(&before) = old_rows.get(code) else {
            result.changes.push(Change::Added(row.clone()));
            continue;
        };
        match (&before.name, &row.name) {
            (Some(was), Some(is)) => {
                if was != is && !before.aliases.contains(is) {
                    renamed.push(Change::Renamed {
                        code: code.clone(),
                        old: was.clone(),
                        new: is.clone(),
                    });
                }
            }
            (None, None) => {}
            _ => result.unnamed += 1,
        }
        if before.description != row.description {
            reworded.push(Change::Reworded {
                code: code.clone(),
                name: row.name.clone().or_else(|| before.name.clone()),
                old: before.description.clone(),
                new: row.description.clone(),
            });
        }
        let deprecated = (old.deprecated(before), new.deprecated(row));
        changed.extend(value_changes(
            code,
            (before, row),
            deprecated,
            &result.compared,
        ));
    }
    for (code, &row) in &old_rows {
        if !new_rows.contains_key(code) {
            result.changes.push(Change::Removed(row.clone()));
        }
    }
    result.changes.extend(renamed);
    result.changes.extend(reworded);
    result.changes.extend(changed);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(code: i128, name: Option<&str>, description: Option<&str>) -> Row {
        Row {
            code: Code::Int(code),
            name: name.map(str::to_owned),
            description: description.map(str::to_owned),
            ..Row::default()
        }
    }

    /// The differences between two sides that mark no deprecation.
    fn diff(old: &[Row], new: &[Row]) -> Diff {
        let side = |rows: &[Row]| Rows {
            rows: rows.to_vec(),
            marks_deprecation: false,
        };
        super::diff(&side(old), &side(new))
    }

    #[test]
    fn every_kind_of_change_in_code_order() {
        let old = [
            row(1, Some("A"), Some("a")),
            row(2, Some("B"), Some("b")),
            row(5, Some("E"), None),
            row(6, None, Some("f")),
        ];
        let new = [
            row(6, Some("F"), Some("f")),
            row(5, Some("E"), Some("e")),
            row(3, Some("C"), Some("c")),
            row(1, Some("A2"), Some("a")),
        ];
        let changes = diff(&old, &new);
        let kinds: Vec<(&str, String)> = changes
            .changes
            .iter()
            .map(|c| (c.kind(), c.code().to_string()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("added", "3".into()),
                ("removed", "2".into()),
                ("renamed", "1".into()),
                ("reworded", "5".into())
            ]
        );
        assert_eq!(changes.unnamed, 1);
        let mut text = Vec::new();
        changes.write_text("old", "new", &mut text).unwrap();
        assert_eq!(
            String::from_utf8(text).unwrap(),
            "old -> new: 1 added, 1 removed, 1 renamed, 1 reworded\n\
             added     3 C: c\n\
             removed   2 B: b\n\
             renamed   1 A -> A2\n\
             reworded  5 E\n            was: (none)\n            now: e\n\
             names not compared for 1 codes: one side gives them none\n"
        );
        let mut json = Vec::new();
        changes.write_json(&mut json).unwrap();
        let first: serde_json::Value =
            serde_json::from_str(String::from_utf8(json).unwrap().lines().next().unwrap()).unwrap();
        assert_eq!(first["change"], "added");
        assert_eq!(first["code"], 3);
    }

    #[test]
    fn an_older_name_kept_as_an_alias_is_no_rename() {
        let mut old = row(30000, Some("INPUT_SUCCESS"), None);
        old.aliases.push("INPUT_DOWNLOAD_SUCCESS".into());
        let new = row(30000, Some("INPUT_DOWNLOAD_SUCCESS"), None);
        assert!(diff(std::slice::from_ref(&old), std::slice::from_ref(&new)).is_empty());
        // The other way round it is one: the newer table's name is new.
        let changes = diff(&[new], &[old]);
        assert_eq!(changes.counts(), (0, 0, 1, 0));
        assert!(diff(&[], &[]).is_empty());
    }

    #[test]
    fn values_compared_where_both_sides_have_them() {
        let with = |columns: &[(&str, Value)], class: Option<Class>| {
            let mut row = row(7, Some("SEVEN"), Some("s"));
            row.values = columns
                .iter()
                .map(|(name, value)| ((*name).to_owned(), value.clone()))
                .collect();
            row.class = class;
            row
        };
        let text = |text: &str| Value::Str(text.to_owned());
        // An HTTP status written as text on one side is the same status.
        let old = with(&[("http", Value::Int(503)), ("note", text("a"))], None);
        let new = with(
            &[("http", text("503")), ("extra", text("b"))],
            Some(Class::Retry),
        );
        let changes = diff(&[old], &[new]);
        assert!(changes.is_empty(), "{changes:?}");
        assert_eq!(changes.only_old, ["note"]);
        assert_eq!(changes.only_new, ["extra"]);
        // A value dropped on one side is a change; classes both state too.
        let old = with(
            &[("http", Value::Int(503)), ("message", text("m"))],
            Some(Class::Retry),
        );
        let new = with(&[("http", Value::Int(429))], Some(Class::ClientError));
        // (A column is a side's when one of its rows has a value in it.)
        let mut other = row(8, None, None);
        other.values.push(("message".into(), text("m")));
        let changes = diff(&[old, other.clone()], &[new, other]);
        assert_eq!(changes.changed(), [(CLASS, 1), ("http", 1), ("message", 1)]);
        let mut text_out = Vec::new();
        changes.write_text("a", "b", &mut text_out).unwrap();
        assert_eq!(
            String::from_utf8(text_out).unwrap(),
            "a -> b: 0 added, 0 removed, 0 renamed, 0 reworded, 3 values changed (class 1, http 1, message 1)\n\
             changed   7 SEVEN class: retry -> client_error\n\
             changed   7 SEVEN http: 503 -> 429\n\
             changed   7 SEVEN message\n            was: m\n            now: (none)\n"
        );
        let mut json = Vec::new();
        changes.write_json(&mut json).unwrap();
        let last = String::from_utf8(json)
            .unwrap()
            .lines()
            .last()
            .unwrap()
            .to_owned();
        assert_eq!(
            last,
            r#"{"change":"changed","code":7,"column":"message","name":"SEVEN","new":null,"old":"m"}"#
        );
    }

    /// A deprecation is compared where both sides say: a side that marks
    /// deprecations says of every row, another only of the rows it marks.
    #[test]
    fn deprecations_where_both_sides_say() {
        let side = |deprecated: bool, marks_deprecation: bool| Rows {
            rows: vec![Row {
                deprecated,
                ..row(1, Some("A"), None)
            }],
            marks_deprecation,
        };
        // The columns of the changes: none but the deprecation can differ.
        let changed = |old: &Rows, new: &Rows| -> Vec<String> {
            super::diff(old, new)
                .changes
                .into_iter()
                .filter_map(|change| match change {
                    Change::Changed { column, .. } => Some(column),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(changed(&side(false, true), &side(true, true)), [DEPRECATED]);
        // Marked deprecated by a side that marks none else: said all the same.
        assert_eq!(
            changed(&side(false, true), &side(true, false)),
            [DEPRECATED]
        );
        // Unmarked where the side marks nothing: not said, not compared.
        assert!(changed(&side(true, true), &side(false, false)).is_empty());
        assert!(changed(&side(false, false), &side(true, false)).is_empty());
    }

    #[test]
    fn a_value_beyond_64_bits_is_written_as_its_number() {
        let mut old = row(-1, None, None);
        old.values.push(("big".into(), Value::Int(i128::MIN)));
        let mut new = old.clone();
        new.values[0].1 = Value::Int(i128::MAX);
        let mut json = Vec::new();
        diff(&[old], &[new]).write_json(&mut json).unwrap();
        assert_eq!(
            String::from_utf8(json).unwrap(),
            format!(
                "{{\"change\":\"changed\",\"code\":-1,\"column\":\"big\",\"name\":null,\"new\":{},\"old\":{}}}\n",
                i128::MAX,
                i128::MIN
            )
        );
    }
}
