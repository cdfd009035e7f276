//! Explains a vendor's status code from the tables of `codes::vendors`.
//!
//! ```text
//! cargo run --example lookup -- clarifai 21200          # a code in one table
//! cargo run --example lookup -- clarifai MODEL_DOES_NOT_EXIST
//! cargo run --example lookup -- 404                     # every table that knows it
//! cargo run --example lookup -- --tables                # every table
//! cargo run --example lookup -- --tables --json         # every table, one JSON object a line
//! cargo run --example lookup -- --list bigml-dataset    # a whole table, aligned
//! cargo run --example lookup -- --list clarifai --json  # one JSON object a line
//! ```
//!
//! Exit status: 0 when found, 1 for an unknown code, name or table, 2 for bad
//! arguments.

use std::io::{self, Write};
use std::process::ExitCode;

use codes::vendors::{table, tables};
use codes::{Entry, Table};

const USAGE: &str = "\
usage: lookup [TABLE] CODE|NAME     explain a code (in every table when TABLE is left out)
       lookup --tables [--json]     list the tables (--json: one object a line)
       lookup --list TABLE [--json] list a table's codes (--json: one object a line)";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
enum Command {
    Tables { json: bool },
    List { table: String, json: bool },
    Explain { table: Option<String>, key: String },
}

fn parse(args: &[String]) -> Result<Command, String> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["--tables"] => Ok(Command::Tables { json: false }),
        ["--tables", "--json"] | ["--json", "--tables"] => Ok(Command::Tables { json: true }),
        ["--list", table] => Ok(Command::List {
            table: (*table).into(),
            json: false,
        }),
        ["--list", table, "--json"] | ["--json", "--list", table] => Ok(Command::List {
            table: (*table).into(),
            json: true,
        }),
        [key] if !is_flag(key) => Ok(Command::Explain {
            table: None,
            key: (*key).into(),
        }),
        [table, key] if !is_flag(table) && !is_flag(key) => Ok(Command::Explain {
            table: Some((*table).into()),
            key: (*key).into(),
        }),
        [] => Err("nothing to look up".into()),
        _ => Err(format!("unexpected arguments: {}", args.join(" "))),
    }
}

/// `--tables` is a flag; `-30021` is a code.
fn is_flag(arg: &str) -> bool {
    arg.starts_with('-') && arg.parse::<i128>().is_err()
}

/// Runs the command line `args`, writing to `out` and `err`; returns the exit
/// status.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let command = match parse(args) {
        Ok(command) => command,
        Err(message) => {
            let _ = writeln!(err, "lookup: {message}\n{USAGE}");
            return 2;
        }
    };
    let result = match command {
        Command::Tables { json } => list_tables(json, out).map(|()| 0),
        Command::List { table: id, json } => match table(&id) {
            Some(table) => list(table, json, out).map(|()| 0),
            None => unknown_table(&id, err),
        },
        Command::Explain {
            table: Some(id),
            key,
        } => match table(&id) {
            Some(table) => match find(table, &key) {
                Some(entry) => explain(table, &entry, out).map(|()| 0),
                None => writeln!(err, "lookup: {} has no code {key}", table.id()).map(|()| 1),
            },
            None => unknown_table(&id, err),
        },
        Command::Explain { table: None, key } => {
            let mut found = 0;
            let mut result = Ok(());
            for table in tables() {
                if let Some(entry) = find(table, &key) {
                    if found > 0 {
                        result = result.and_then(|()| writeln!(out));
                    }
                    result = result.and_then(|()| explain(table, &entry, out));
                    found += 1;
                }
            }
            match result {
                Ok(()) if found == 0 => {
                    writeln!(err, "lookup: no table has a code {key}").map(|()| 1)
                }
                other => other.map(|()| 0),
            }
        }
    };
    // A closed pipe (`| head`) is not a failure of the lookup.
    result.unwrap_or_else(|e| u8::from(e.kind() != io::ErrorKind::BrokenPipe))
}

fn unknown_table(id: &str, err: &mut dyn Write) -> io::Result<u8> {
    let known: Vec<&str> = tables().map(Table::id).collect();
    writeln!(
        err,
        "lookup: no table {id}; the tables are: {}",
        known.join(", ")
    )?;
    Ok(1)
}

/// The entry of `key` in `table`: a number is a code, anything else a name;
/// in a string-keyed table, a code if one is `key`, else a name.
fn find(table: &Table, key: &str) -> Option<Entry> {
    if table.int_type() == "&str" {
        // `Table::get` takes the table's `&'static str` keys; `key` is the
        // command line's, so the codes are compared instead.
        return table
            .entries()
            .find(|entry| entry.code.as_str() == Some(key))
            .or_else(|| table.get_by_name(key));
    }
    match key.parse::<i128>() {
        Ok(code) => table.get(code),
        Err(_) => table.get_by_name(key),
    }
}

fn explain(table: &Table, entry: &Entry, out: &mut dyn Write) -> io::Result<()> {
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

fn list_tables(json: bool, out: &mut dyn Write) -> io::Result<()> {
    if json {
        for table in tables() {
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
    let width = tables().map(|t| t.id().len()).max().unwrap_or(0);
    let vendor_width = tables().map(|t| t.vendor().len()).max().unwrap_or(0);
    writeln!(
        out,
        "{:width$}  {:vendor_width$}  type  {:>5}  title",
        "table", "vendor", "codes"
    )?;
    for table in tables() {
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

fn list(table: &Table, json: bool, out: &mut dyn Write) -> io::Result<()> {
    if json {
        for entry in table.entries() {
            // The entry as `Entry` serializes, after the table's id.
            let mut object = serde_json::Map::new();
            object.insert("table".into(), table.id().into());
            if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(entry) {
                object.extend(fields);
            }
            writeln!(out, "{}", serde_json::Value::Object(object))?;
        }
        return Ok(());
    }
    let entries: Vec<Entry> = table.entries().collect();
    let code_width = entries
        .iter()
        .map(|e| e.code.to_string().len())
        .max()
        .unwrap_or(4)
        .max(4);
    let name_width = entries
        .iter()
        .map(|e| e.name.unwrap_or("-").len())
        .max()
        .unwrap_or(4)
        .max(4);
    let variant_width = entries
        .iter()
        .map(|e| e.variant.len())
        .max()
        .unwrap_or(7)
        .max(7);
    let group_width = entries
        .iter()
        .map(|e| e.group.unwrap_or("-").len())
        .max()
        .unwrap_or(5)
        .max(5);
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

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    ExitCode::from(run(
        &args,
        &mut io::stdout().lock(),
        &mut io::stderr().lock(),
    ))
}
