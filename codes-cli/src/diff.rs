//! Comparing two tables of the same vendor, an older and a newer: which
//! codes were added or removed, and which kept their code but changed name
//! or description.
//!
//! ```
//! use codes_cli::diff::{diff, Change, DiffRow};
//! use codes_cli::import::Code;
//!
//! let row = |code, name: &str, description: &str| DiffRow {
//!     code: Code::Int(code),
//!     name: Some(name.to_owned()),
//!     aliases: Vec::new(),
//!     description: Some(description.to_owned()),
//! };
//! let old = [row(1, "OK", "Fine"), row(2, "GONE", "Gone"), row(3, "BUSY", "Busy")];
//! let new = [row(1, "SUCCESS", "Fine"), row(3, "BUSY", "Busy, retry"), row(4, "NEW", "New")];
//! let changes = diff(&old, &new);
//! assert_eq!(changes.counts(), (1, 1, 1, 1));
//! assert!(matches!(&changes.changes[0], Change::Added(row) if row.code == Code::Int(4)));
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, Write};

use codes_core::Entry;

use crate::import::{self, Code};

/// A code as the comparison sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiffRow {
    /// The code.
    pub code: Code,
    /// Its name, if the source gives one.
    pub name: Option<String>,
    /// Its other names.
    pub aliases: Vec<String>,
    /// Its description, if the source gives one.
    pub description: Option<String>,
}

impl DiffRow {
    /// The row of a declared table's entry.
    #[must_use]
    pub fn of_entry(entry: &Entry) -> DiffRow {
        DiffRow {
            code: entry.code.into(),
            name: entry.name.map(str::to_owned),
            aliases: entry.aliases.iter().map(|a| (*a).to_owned()).collect(),
            description: entry.description.map(str::to_owned),
        }
    }

    /// The row of an imported row.
    #[must_use]
    pub fn of_row(row: &import::Row) -> DiffRow {
        DiffRow {
            code: row.code.clone(),
            name: row.name.clone(),
            aliases: row.aliases.clone(),
            description: row.description.clone(),
        }
    }
}

/// One difference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A code only the newer table has.
    Added(DiffRow),
    /// A code only the older table has.
    Removed(DiffRow),
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
}

impl Change {
    /// `added`, `removed`, `renamed` or `reworded`.
    #[must_use]
    pub const fn kind(&self) -> &'static str {
        match self {
            Change::Added(_) => "added",
            Change::Removed(_) => "removed",
            Change::Renamed { .. } => "renamed",
            Change::Reworded { .. } => "reworded",
        }
    }

    /// The code that changed.
    #[must_use]
    pub fn code(&self) -> &Code {
        match self {
            Change::Added(row) | Change::Removed(row) => &row.code,
            Change::Renamed { code, .. } | Change::Reworded { code, .. } => code,
        }
    }
}

/// Every difference between two tables.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Diff {
    /// The changes: the added codes, then the removed, renamed and
    /// reworded ones, each in code order.
    pub changes: Vec<Change>,
    /// Codes in both tables whose names were not compared, because one
    /// table gives none.
    pub unnamed: usize,
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

    /// `true` when the tables hold the same codes, names and descriptions.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// Writes the changes for people: a summary line, then one line a change
    /// (two more for a rewording: what it was, what it is).
    ///
    /// # Errors
    ///
    /// When `out` cannot be written.
    pub fn write_text(&self, old: &str, new: &str, out: &mut dyn Write) -> io::Result<()> {
        let (added, removed, renamed, reworded) = self.counts();
        if self.is_empty() {
            writeln!(
                out,
                "{old} and {new}: no code added, removed, renamed or reworded"
            )?;
        } else {
            writeln!(
                out,
                "{old} -> {new}: {added} added, {removed} removed, {renamed} renamed, {reworded} reworded"
            )?;
        }
        let describe = |row: &DiffRow| {
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
            }
        }
        if self.unnamed > 0 {
            writeln!(
                out,
                "names not compared for {} codes: one side gives them none",
                self.unnamed
            )?;
        }
        Ok(())
    }

    /// Writes one JSON object a change (`change`, `code`, and `name`,
    /// `description`, `old`, `new` as the change has them). A code beyond
    /// 64 bits is written as the number it is.
    ///
    /// # Errors
    ///
    /// When `out` cannot be written.
    pub fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        for change in &self.changes {
            let object = JsonObject::default()
                .text("change", Some(change.kind()))
                .code("code", change.code());
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
            };
            writeln!(out, "{object}")?;
        }
        Ok(())
    }
}

/// One JSON object, written with its keys in order (as `serde_json` writes
/// a map): built by hand because `serde_json::Value` holds no number beyond
/// 64 bits, and a code or a column's value can be one (an `i128`).
#[derive(Default)]
struct JsonObject(BTreeMap<&'static str, String>);

impl JsonObject {
    /// Adds `key`: a string, or `null`.
    fn text(mut self, key: &'static str, value: Option<&str>) -> JsonObject {
        let json = value.map_or(serde_json::Value::Null, serde_json::Value::from);
        self.0.insert(key, json.to_string());
        self
    }

    /// Adds `key`: a number or a string.
    fn code(mut self, key: &'static str, code: &Code) -> JsonObject {
        let json = match code {
            Code::Int(code) => code.to_string(),
            Code::Str(code) => serde_json::Value::from(code.as_str()).to_string(),
        };
        self.0.insert(key, json);
        self
    }
}

impl fmt::Display for JsonObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("{")?;
        for (index, (key, value)) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str(",")?;
            }
            // The keys are this module's own: plain ASCII, nothing to escape.
            write!(f, "\"{key}\":{value}")?;
        }
        f.write_str("}")
    }
}

/// The differences from `old` to `new` (a code listed twice counts once,
/// its first row).
#[must_use]
pub fn diff(old: &[DiffRow], new: &[DiffRow]) -> Diff {
    let by_code = |rows: &[DiffRow]| {
        let mut map: BTreeMap<Code, DiffRow> = BTreeMap::new();
        for row in rows {
            map.entry(row.code.clone()).or_insert_with(|| row.clone());
        }
        map
    };
    let (old, new) = (by_code(old), by_code(new));
    let mut result = Diff::default();
    let (mut renamed, mut reworded) = (Vec::new(), Vec::new());
    for (code, row) in &new {
        match old.get(code) {
            None => result.changes.push(Change::Added(row.clone())),
            Some(before) => {
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
            }
        }
    }
    for (code, row) in &old {
        if !new.contains_key(code) {
            result.changes.push(Change::Removed(row.clone()));
        }
    }
    result.changes.extend(renamed);
    result.changes.extend(reworded);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(code: i128, name: Option<&str>, description: Option<&str>) -> DiffRow {
        DiffRow {
            code: Code::Int(code),
            name: name.map(str::to_owned),
            aliases: Vec::new(),
            description: description.map(str::to_owned),
        }
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
}
