//! Explaining and listing the codes of `codes_vendors`' tables: what
//! `codes lookup`, `codes tables` and `codes list` print.
//!
//! ```
//! use codes_cli::lookup::{explain, find};
//!
//! let table = codes_vendors::table("clarifai").unwrap();
//! let entry = find(table, "21200").unwrap();
//! assert_eq!(find(table, "MODEL_DOES_NOT_EXIST"), Some(entry));
//! let mut out = Vec::new();
//! explain(table, &entry, &mut out).unwrap();
//! let text = String::from_utf8(out).unwrap();
//! assert!(text.contains("name         MODEL_DOES_NOT_EXIST\n"));
//! assert!(text.contains("what to do   fix the request"));
//! ```

use std::io::{self, Write};

use codes_core::{Entry, Table};

use crate::import::{Code, Value};
use crate::json::{self, JsonObject};

/// The entry of `key` in `table`: a number is a code, anything else a name;
/// in a string-keyed table, a code if one is `key`, else a name. When
/// nothing matches exactly, a name, an alias or a variant that matches in
/// another case (`model_does_not_exist`, `ModelDoesNotExist`).
#[must_use]
pub fn find(table: &Table, key: &str) -> Option<Entry> {
    let exact = if table.int_type() == "&str" {
        // `Table::get` takes the table's `&'static str` keys; `key` is the
        // command line's, so the codes are compared instead.
        table
            .entries()
            .find(|entry| entry.code.as_str() == Some(key))
            .or_else(|| table.get_by_name(key))
    } else {
        match key.parse::<i128>() {
            Ok(code) => table.get(code),
            Err(_) => table.get_by_name(key),
        }
    };
    // A name typed in another case (`model_does_not_exist`), or the
    // variant's (`ModelDoesNotExist`).
    exact.or_else(|| {
        table.entries().find(|entry| {
            entry
                .name
                .into_iter()
                .chain(entry.aliases.iter().copied())
                .chain(core::iter::once(entry.variant))
                .any(|name| name.eq_ignore_ascii_case(key))
        })
    })
}

/// Writes what `entry` of `table` is: its table, code, name, variant,
/// description, group, aliases, deprecation, columns, class and what the
/// class asks of a client, one field a line.
///
/// # Errors
///
/// When `out` cannot be written.
pub fn explain(table: &Table, entry: &Entry, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "table        {} ({}: {})",
        table.id(),
        table.vendor(),
        table.title()
    )?;
    writeln!(out, "code         {}", entry.code)?;
    writeln!(
        out,
        "name         {}",
        entry.name.unwrap_or("(none on the vendor's page)")
    )?;
    writeln!(out, "variant      {}", entry.variant)?;
    writeln!(
        out,
        "description  {}",
        entry.description.unwrap_or("(none on the vendor's page)")
    )?;
    match (entry.group, entry.group_title) {
        (Some(group), Some(title)) => writeln!(out, "group        {group} ({title})")?,
        (Some(group), None) => writeln!(out, "group        {group}")?,
        (None, _) => writeln!(out, "group        (none)")?,
    }
    if !entry.aliases.is_empty() {
        writeln!(out, "also named   {}", entry.aliases.join(", "))?;
    }
    match (entry.deprecated, entry.deprecation) {
        (true, Some(note)) => writeln!(out, "deprecated   by the vendor: {note}")?,
        (true, None) => writeln!(out, "deprecated   by the vendor")?,
        (false, _) => {}
    }
    for (column, value) in entry.columns.iter() {
        match value {
            Some(value) => writeln!(out, "{column:12} {value}")?,
            None => writeln!(out, "{column:12} (none)")?,
        }
    }
    writeln!(out, "class        {}", entry.class)?;
    writeln!(out, "what to do   {}", entry.class.action())
}

/// Writes the tables: an aligned list with a heading, or (`json`) one JSON
/// object a table (`table`, `vendor`, `title`, `type`, `codes`, `columns`,
/// `rust_type`).
///
/// # Errors
///
/// When `out` cannot be written.
pub fn list_tables(tables: &[&Table], json: bool, out: &mut dyn Write) -> io::Result<()> {
    if json {
        for table in tables {
            let object = serde_json::json!({
                "table": table.id(),
                "vendor": table.vendor(),
                "title": table.title(),
                "type": table.int_type(),
                "codes": table.len(),
                "columns": table.columns(),
                "rust_type": table.rust_type(),
            });
            writeln!(out, "{object}")?;
        }
        return Ok(());
    }
    let width = tables.iter().map(|t| t.id().len()).max().unwrap_or(0);
    let vendor_width = tables.iter().map(|t| t.vendor().len()).max().unwrap_or(0);
    writeln!(
        out,
        "{:width$}  {:vendor_width$}  type  {:>5}  title",
        "table", "vendor", "codes"
    )?;
    for table in tables {
        writeln!(
            out,
            "{:width$}  {:vendor_width$}  {:4}  {:>5}  {}",
            table.id(),
            table.vendor(),
            table.int_type(),
            table.len(),
            table.title()
        )?;
    }
    Ok(())
}

/// Writes a table's codes: aligned columns (code, name, variant, class,
/// group, description) under a heading, or (`json`) one JSON object a row,
/// the table's id and the [`Entry`] as it serializes (its keys in order; a
/// code or value beyond 64 bits as the number it is, which
/// `serde_json::Value` cannot hold).
///
/// # Errors
///
/// When `out` cannot be written.
pub fn list(table: &Table, json: bool, out: &mut dyn Write) -> io::Result<()> {
    if json {
        for entry in table.entries() {
            writeln!(out, "{}", entry_json(table.id(), &entry))?;
        }
        return Ok(());
    }
    let entries: Vec<Entry> = table.entries().collect();
    let width = |f: &dyn Fn(&Entry) -> usize, min: usize| {
        entries.iter().map(f).max().unwrap_or(min).max(min)
    };
    let code_width = width(&|e| e.code.to_string().len(), 4);
    let name_width = width(&|e| e.name.unwrap_or("-").len(), 4);
    let variant_width = width(&|e| e.variant.len(), 7);
    let group_width = width(&|e| e.group.unwrap_or("-").len(), 5);
    writeln!(
        out,
        "{:>code_width$}  {:name_width$}  {:variant_width$}  {:12}  {:group_width$}  description",
        "code", "name", "variant", "class", "group"
    )?;
    for entry in &entries {
        writeln!(
            out,
            "{:>code_width$}  {:name_width$}  {:variant_width$}  {:12}  {:group_width$}  {}",
            entry.code,
            entry.name.unwrap_or("-"),
            entry.variant,
            entry.class,
            entry.group.unwrap_or("-"),
            entry.description.unwrap_or("-"),
        )?;
    }
    Ok(())
}

/// The JSON object of `entry` of table `id`: `table` and the fields of the [`Entry`] as it
/// serializes, written by hand so that a code or a column's value beyond 64
/// bits is the number it is (`serde_json::to_value` fails on one).
fn entry_json(id: &str, entry: &Entry) -> JsonObject {
    let columns = entry
        .columns
        .iter()
        .fold(JsonObject::default(), |columns, (name, value)| {
            columns.raw(name, json::value(value.map(Value::from).as_ref()))
        });
    JsonObject::default()
        .text("table", Some(id))
        .raw("code", json::code(&Code::from(entry.code)))
        .text("name", entry.name)
        .text("variant", Some(entry.variant))
        .text("description", entry.description)
        .text("group", entry.group)
        .text("group_title", entry.group_title)
        .text("class", Some(entry.class.as_str()))
        .strings("aliases", entry.aliases)
        .boolean("deprecated", entry.deprecated)
        .text("deprecation", entry.deprecation)
        .object("columns", &columns)
}

#[cfg(test)]
mod tests {
    use codes_core::{Class, CodeValue, ColumnValue, Columns, Entry};

    use super::entry_json;

    /// No table the macro declares holds a value beyond 64 bits, but an
    /// [`Entry`] can (its code and values are `i128`): written whole, where
    /// `serde_json::to_value` fails and the row's fields were dropped.
    #[test]
    fn an_entry_beyond_64_bits_is_written_whole() {
        static VALUES: [Option<ColumnValue>; 3] = [
            Some(ColumnValue::Int(i128::MIN)),
            Some(ColumnValue::Bool(true)),
            None,
        ];
        let entry = Entry {
            code: CodeValue::Int(i128::MAX),
            name: Some("HUGE"),
            variant: "Huge",
            description: Some("A \"huge\" code"),
            group: Some("Big"),
            group_title: Some("Big codes"),
            class: Class::Retry,
            aliases: &["ENORMOUS", "VAST"],
            deprecated: true,
            deprecation: Some("use SMALL"),
            columns: Columns::new(&["big", "flag", "note"], &VALUES),
        };
        assert!(serde_json::to_value(entry).is_err(), "the root cause");
        assert_eq!(
            entry_json("huge", &entry).to_string(),
            format!(
                "{{\"aliases\":[\"ENORMOUS\",\"VAST\"],\"class\":\"retry\",\"code\":{},\"columns\":{{\"big\":{},\"flag\":true,\"note\":null}},\"deprecated\":true,\"deprecation\":\"use SMALL\",\"description\":\"A \\\"huge\\\" code\",\"group\":\"Big\",\"group_title\":\"Big codes\",\"name\":\"HUGE\",\"table\":\"huge\",\"variant\":\"Huge\"}}",
                i128::MAX,
                i128::MIN
            )
        );
        let string = Entry {
            code: CodeValue::Str("E-1"),
            ..entry
        };
        assert!(
            entry_json("s", &string)
                .to_string()
                .contains("\"code\":\"E-1\"")
        );
    }
}
