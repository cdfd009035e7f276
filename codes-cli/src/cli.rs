//! The command line: its arguments ([`Cli`]) and [`run`], which carries a
//! command out and gives the exit status.
//!
//! Exit statuses: 0 when the command did what it was asked (a code found, a
//! file imported, two tables alike); 1 when the answer is "no" (an unknown
//! code, name or table; `diff`: the tables differ); 2 for bad arguments and
//! for input the command cannot read.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::{CommandFactory, Parser, Subcommand};
use codes_core::Table;

use crate::decode::{self, Outcome, VendorArg};
use crate::diff::{Rows, diff};
use crate::emit::{self, emit};
use crate::import::{self, Document, Format};
use crate::lookup;

/// Look up vendors' status codes; import a vendor's documentation page or
/// proto into a `status_codes!` table; diff a table against a newer page.
#[derive(Debug, Parser)]
#[command(name = "codes", version, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Explain a code or a name
    ///
    /// Shows the code's table, name, description, group, columns and class,
    /// and what a client should do. Without TABLE, every table that knows
    /// the code is shown.
    ///
    /// Exit status: 0 when found, 1 for an unknown code, name or table.
    #[command(override_usage = "codes lookup [TABLE] <CODE|NAME>")]
    Lookup {
        /// The table's id (see `codes tables`); alone, the code or name to
        /// look up in every table.
        #[arg(value_name = "TABLE|CODE", allow_negative_numbers = true)]
        first: String,
        /// The code (a number; negative ones too) or the vendor's name, in
        /// any case.
        #[arg(value_name = "CODE|NAME", allow_negative_numbers = true)]
        second: Option<String>,
    },
    /// List the tables
    ///
    /// One line a table: its id, vendor, code type, number of codes and
    /// title.
    Tables {
        /// One JSON object a table.
        #[arg(long)]
        json: bool,
    },
    /// List a table's codes
    List {
        /// The table's id (see `codes tables`).
        table: String,
        /// One JSON object a code (the table's id and the entry).
        #[arg(long)]
        json: bool,
    },
    /// Write a vendor's page or source as `status_codes!` tables
    ///
    /// Reads a vendor's documentation page or machine-readable source
    /// (markdown, reStructuredText, readme.io, text, protobuf, CSV or a JSON
    /// catalogue, told from the content unless --format says) and writes it
    /// as `status_codes!` tables: codes, names and descriptions
    /// verbatim, groups and ranges from the page's headings, classes
    /// suggested from the words where they say one. The page's defects are
    /// warnings on standard error.
    ///
    /// Exit status: 0 when imported, 2 for bad arguments or input.
    Import {
        /// The file (`-` for standard input), at most 64 MiB.
        file: PathBuf,
        /// The file's format.
        #[arg(long, short, value_enum, default_value_t = Format::Auto)]
        format: Format,
        /// Where to write the tables (default: standard output).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// The enum's name (default: from the table's title or the file's
        /// name).
        #[arg(long)]
        name: Option<String>,
        /// The vendor, for `#[codes(vendor = "...")]`.
        #[arg(long)]
        vendor: Option<String>,
        /// The columns of the page's tables, where the headings and cells
        /// leave them ambiguous (the output's header says which column was
        /// taken for what, and why).
        #[command(flatten)]
        columns: import::ColumnOptions,
    },
    /// Compare a table with a newer page or source
    ///
    /// Lists the codes added, removed, renamed and reworded, and the values
    /// changed in every other column both sides give: an extra column
    /// (an HTTP status, a message, a solution) both tables have, matched by
    /// name; the class, where both sides state one (a declared table
    /// always, a file in a class column); the deprecation, where both can
    /// mark it (a declared table, a proto). A column only one side has is
    /// named once, as not compared, and is no change.
    ///
    /// Exit status: 0 when nothing differs, 1 when something does, 2 for bad
    /// arguments or input.
    Diff {
        /// The older table: a table's id (see `codes tables`), or a file to
        /// import.
        table: String,
        /// The newer page or source.
        file: PathBuf,
        /// The files' format.
        #[arg(long, short, value_enum, default_value_t = Format::Auto)]
        format: Format,
        /// The table of each file to compare, by title, when it holds
        /// several (a page of sections). Without it, the newer file's table
        /// is the one titled as the older table.
        #[arg(long, value_name = "TITLE", conflicts_with_all = ["old_section", "new_section"])]
        section: Option<String>,
        /// The older file's table, by title (a section renamed since: with
        /// --new-section).
        #[arg(long, value_name = "TITLE")]
        old_section: Option<String>,
        /// The newer file's table, by title.
        #[arg(long, value_name = "TITLE")]
        new_section: Option<String>,
        /// One JSON object a change: `change` (added, removed, renamed,
        /// reworded, changed), `code`, and as the change has them `name`,
        /// `description`, `column`, `old`, `new`.
        #[arg(long)]
        json: bool,
    },
    /// Decode a vendor's response body, read on standard input
    ///
    /// Runs the body, with its HTTP status and headers, through the vendor's
    /// decode entry point: prints the body's codes and the decision a client
    /// makes (done, poll again, retry and when, fix the request, vendor
    /// failure) and what decided it.
    ///
    /// Exit status: 0 when the body is the vendor's, 1 when it is empty or
    /// not the vendor's (a proxy's HTML page): what the HTTP status and
    /// headers alone decide is printed all the same (`unknown` without
    /// --http); 2 for bad arguments or input.
    Decode {
        /// The vendor whose response it is.
        #[arg(value_enum)]
        vendor: VendorArg,
        /// The response's HTTP status.
        #[arg(long, value_name = "STATUS")]
        http: Option<u16>,
        /// For BigML: the resource the request was about (`model`,
        /// `dataset`, ...), whose error codes the body's are.
        #[arg(long)]
        resource: Option<String>,
        /// A response header, `Name: value` (`Retry-After: 30`); repeatable.
        #[arg(long = "header", value_name = "NAME: VALUE")]
        headers: Vec<String>,
        /// The time, in seconds since 1970, to turn a Retry-After date or a
        /// rate-limit reset into a delay (default: the system clock).
        #[arg(long, value_name = "UNIX_SECONDS")]
        now: Option<u64>,
        /// One JSON object: `decoded`, `decision`, `retry_after`, `basis`,
        /// `error`, `lines`.
        #[arg(long)]
        json: bool,
    },
    /// Write a shell's completion script to standard output
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// Parses `args` (the program's name first) and carries the command out,
/// writing to standard output and error; returns the exit status.
pub fn run(args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> u8 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return u8::try_from(error.exit_code()).unwrap_or(2);
        }
    };
    let stdout = io::stdout();
    let stderr = io::stderr();
    let mut out = stdout.lock();
    let mut err = stderr.lock();
    let result = match cli.command {
        Command::Lookup { first, second } => match second {
            Some(key) => lookup_in(&first, &key, &mut out, &mut err),
            None => lookup_everywhere(&first, &mut out, &mut err),
        },
        Command::Tables { json } => {
            lookup::list_tables(&codes_vendors::tables().collect::<Vec<_>>(), json, &mut out)
                .map(|()| 0)
        }
        Command::List { table, json } => match codes_vendors::table(&table) {
            Some(table) => lookup::list(table, json, &mut out).map(|()| 0),
            None => unknown_table("list", &table, &mut err),
        },
        Command::Import {
            file,
            format,
            output,
            name,
            vendor,
            columns,
        } => import_command(
            &file,
            format,
            &columns,
            output.as_deref(),
            emit::Options {
                name,
                vendor,
                ..emit::Options::default()
            },
            &mut out,
            &mut err,
        ),
        Command::Diff {
            table,
            file,
            format,
            section,
            old_section,
            new_section,
            json,
        } => {
            let request = DiffRequest {
                old: &table,
                new: &file,
                format,
                section: section.as_deref(),
                old_section: old_section.as_deref(),
                new_section: new_section.as_deref(),
                json,
            };
            diff_command(&request, &mut out, &mut err)
        }
        Command::Decode {
            vendor,
            http,
            resource,
            headers,
            now,
            json,
        } => {
            let response = DecodeRequest {
                vendor,
                http,
                resource: resource.as_deref(),
                headers: &headers,
                now,
                json,
            };
            decode_command(&response, &mut out, &mut err)
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "codes", &mut out);
            Ok(0)
        }
    };
    let _ = out.flush();
    // A closed pipe (`| head`) is not a failure of the command.
    result.unwrap_or_else(|e| u8::from(e.kind() != io::ErrorKind::BrokenPipe))
}

fn unknown_table(command: &str, id: &str, err: &mut dyn Write) -> io::Result<u8> {
    let known: Vec<&str> = codes_vendors::tables().map(Table::id).collect();
    writeln!(
        err,
        "codes {command}: no table {id}; the tables are: {}",
        known.join(", ")
    )?;
    Ok(1)
}

/// What `codes lookup` sought: a number is a code, anything else a code
/// (of a string-keyed table) or a name.
fn sought(key: &str) -> &'static str {
    if key.parse::<i128>().is_ok() {
        "code"
    } else {
        "code or name"
    }
}

fn lookup_in(id: &str, key: &str, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let Some(table) = codes_vendors::table(id) else {
        return unknown_table("lookup", id, err);
    };
    match lookup::find(table, key) {
        Some(entry) => lookup::explain(table, &entry, out).map(|()| 0),
        None => writeln!(
            err,
            "codes lookup: {} has no {} {key}",
            table.id(),
            sought(key)
        )
        .map(|()| 1),
    }
}

fn lookup_everywhere(key: &str, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let mut found = 0;
    for table in codes_vendors::tables() {
        if let Some(entry) = lookup::find(table, key) {
            if found > 0 {
                writeln!(out)?;
            }
            lookup::explain(table, &entry, out)?;
            found += 1;
        }
    }
    if found == 0 {
        writeln!(err, "codes lookup: no table has a {} {key}", sought(key))?;
        return Ok(1);
    }
    Ok(0)
}

/// Reads and imports `path` (`-`: standard input), writing its warnings to
/// `err`; `None` (after saying why on `err`) when it cannot.
fn read_and_import(
    command: &str,
    path: &Path,
    format: Format,
    err: &mut dyn Write,
) -> io::Result<Option<(String, Document)>> {
    read_and_import_with(
        command,
        path,
        format,
        &import::ColumnOptions::default(),
        err,
    )
}

/// [`read_and_import`], the tables' columns chosen as `columns` says.
fn read_and_import_with(
    command: &str,
    path: &Path,
    format: Format,
    columns: &import::ColumnOptions,
    err: &mut dyn Write,
) -> io::Result<Option<(String, Document)>> {
    let shown = path.display().to_string();
    let text = if shown == "-" {
        import::read_limited(io::stdin().lock(), "standard input")
    } else {
        import::read_file(path)
    };
    let text = match text {
        Ok(text) => text,
        Err(error) => {
            writeln!(err, "codes {command}: {error}")?;
            return Ok(None);
        }
    };
    let file_name = path.file_name().and_then(|n| n.to_str());
    match import::import_with(&text, format, file_name, columns) {
        Ok(document) => {
            for warning in &document.warnings {
                let at = at(warning.line);
                writeln!(
                    err,
                    "codes {command}: {shown}{at}: warning: {}",
                    warning.message
                )?;
            }
            Ok(Some((shown, document)))
        }
        Err(error) => {
            let at = at(error.line);
            writeln!(err, "codes {command}: {shown}{at}: {}", error.message)?;
            Ok(None)
        }
    }
}

/// `:12` after a file's name for line 12; nothing without a line.
fn at(line: Option<usize>) -> String {
    line.map(|l| format!(":{l}")).unwrap_or_default()
}

/// `codes import`: `options` as the command line gives them (the file's
/// name is set here).
fn import_command(
    path: &Path,
    format: Format,
    columns: &import::ColumnOptions,
    output: Option<&Path>,
    options: emit::Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let Some((shown, document)) = read_and_import_with("import", path, format, columns, err)?
    else {
        return Ok(2);
    };
    let file = path
        .file_name()
        .and_then(|n| n.to_str())
        .filter(|_| shown != "-")
        .unwrap_or("standard input");
    let options = emit::Options {
        file: file.to_owned(),
        ..options
    };
    let code = match emit(&document, &options) {
        Ok(code) => code,
        Err(error) => {
            let at = at(error.line);
            writeln!(err, "codes import: {shown}{at}: {}", error.message)?;
            return Ok(2);
        }
    };
    match output {
        Some(output) => {
            if let Err(error) = std::fs::write(output, &code) {
                writeln!(
                    err,
                    "codes import: cannot write {}: {error}",
                    output.display()
                )?;
                return Ok(2);
            }
        }
        None => out.write_all(code.as_bytes())?,
    }
    let rows: usize = document.tables.iter().map(import::Table::len).sum();
    writeln!(
        err,
        "codes import: {shown}: read as {}: {} table{}, {rows} codes, {} warning{}",
        document.format,
        document.tables.len(),
        if document.tables.len() == 1 { "" } else { "s" },
        document.warnings.len(),
        if document.warnings.len() == 1 {
            ""
        } else {
            "s"
        },
    )?;
    Ok(0)
}

/// The table of `document` to compare: its only one, the one titled
/// `section`, or the one titled like `like`; `flag` is the option that
/// names this file's section apart (`--old-section`, `--new-section`).
fn pick<'a>(
    document: &'a Document,
    shown: &str,
    (section, flag): (Option<&str>, &str),
    like: Option<&str>,
    err: &mut dyn Write,
) -> io::Result<Option<&'a import::Table>> {
    let titled = |title: &str| {
        document.tables.iter().find(|t| {
            t.title
                .as_deref()
                .or(t.name.as_deref())
                .is_some_and(|t| t.eq_ignore_ascii_case(title))
        })
    };
    if let Some(section) = section {
        if let Some(table) = titled(section) {
            return Ok(Some(table));
        }
    } else if document.tables.len() == 1 {
        return Ok(document.tables.first());
    } else if let Some(table) = like.and_then(titled) {
        return Ok(Some(table));
    }
    let titles: Vec<String> = document
        .tables
        .iter()
        .map(|t| {
            format!(
                "\"{}\"",
                t.title
                    .as_deref()
                    .or(t.name.as_deref())
                    .unwrap_or("(untitled)")
            )
        })
        .collect();
    match section {
        Some(section) => writeln!(
            err,
            "codes diff: {shown} has no table titled \"{section}\"; its tables are: {}",
            titles.join(", ")
        )?,
        None => writeln!(
            err,
            "codes diff: {shown} holds {} tables: choose one with --section or {flag} (its tables are: {})",
            titles.len(),
            titles.join(", ")
        )?,
    }
    Ok(None)
}

/// What `codes diff` was given.
struct DiffRequest<'a> {
    /// The older table: a declared table's id, or a file.
    old: &'a str,
    /// The newer file.
    new: &'a Path,
    format: Format,
    /// The title of both files' tables (`--section`), of the older file's,
    /// of the newer file's.
    section: Option<&'a str>,
    old_section: Option<&'a str>,
    new_section: Option<&'a str>,
    json: bool,
}

/// One side of a diff: what to call it, its rows and its table's title.
type Side = (String, Rows, Option<String>);

/// The older side of `request`: a declared table, or a file's table; `Err`
/// with the exit status when there is none (said on `err`).
fn older_side(request: &DiffRequest<'_>, err: &mut dyn Write) -> io::Result<Result<Side, u8>> {
    let old = request.old;
    if let Some(table) = codes_vendors::table(old) {
        if let Some(section) = request.old_section {
            writeln!(
                err,
                "codes diff: --old-section \"{section}\" names a table of the older file, but {old} is a declared table, not a file"
            )?;
            return Ok(Err(2));
        }
        return Ok(Ok((
            table.id().to_owned(),
            Rows::of_entries(table.entries()),
            Some(table.title().to_owned()),
        )));
    }
    if !Path::new(old).is_file() {
        let known: Vec<&str> = codes_vendors::tables().map(Table::id).collect();
        writeln!(
            err,
            "codes diff: {old} is neither a table nor a file; the tables are: {}",
            known.join(", ")
        )?;
        return Ok(Err(2));
    }
    let Some((shown, document)) = read_and_import("diff", Path::new(old), request.format, err)?
    else {
        return Ok(Err(2));
    };
    let section = (request.old_section.or(request.section), "--old-section");
    let Some(table) = pick(&document, &shown, section, None, err)? else {
        return Ok(Err(2));
    };
    let rows = Rows::of_table(table, document.format);
    Ok(Ok((shown, rows, table.title.clone())))
}

fn diff_command(
    request: &DiffRequest<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let (old_name, old_rows, old_title) = match older_side(request, err)? {
        Ok(side) => side,
        Err(status) => return Ok(status),
    };
    let Some((shown, document)) = read_and_import("diff", request.new, request.format, err)? else {
        return Ok(2);
    };
    let section = (request.new_section.or(request.section), "--new-section");
    let Some(table) = pick(&document, &shown, section, old_title.as_deref(), err)? else {
        return Ok(2);
    };
    let new_rows = Rows::of_table(table, document.format);
    let changes = diff(&old_rows, &new_rows);
    if request.json {
        changes.write_json(out)?;
    } else {
        changes.write_text(&old_name, &shown, out)?;
    }
    Ok(u8::from(!changes.is_empty()))
}

/// What `codes decode` was given.
struct DecodeRequest<'a> {
    vendor: VendorArg,
    http: Option<u16>,
    resource: Option<&'a str>,
    headers: &'a [String],
    now: Option<u64>,
    json: bool,
}

fn decode_command(
    request: &DecodeRequest<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let mut headers = Vec::new();
    for header in request.headers {
        match header.split_once(':') {
            Some((name, value)) if !name.trim().is_empty() => {
                headers.push((name.trim().to_owned(), value.trim().to_owned()));
            }
            _ => {
                writeln!(
                    err,
                    "codes decode: --header takes 'Name: value', not {header:?}"
                )?;
                return Ok(2);
            }
        }
    }
    let body = match import::read_bytes_limited(io::stdin().lock()) {
        Ok(Some(body)) => body,
        Ok(None) => {
            writeln!(
                err,
                "codes decode: standard input is too large: over {} MiB; a body is read up to {} MiB",
                import::MAX_INPUT / (1024 * 1024),
                import::MAX_INPUT / (1024 * 1024)
            )?;
            return Ok(2);
        }
        Err(error) => {
            writeln!(err, "codes decode: cannot read standard input: {error}")?;
            return Ok(2);
        }
    };
    let response = decode::Response {
        http: request.http,
        headers,
        now: request.now,
        resource: request.resource,
    };
    let outcome = match decode::decode(request.vendor.0, &response, &body) {
        Ok(outcome) => outcome,
        Err(message) => {
            writeln!(err, "codes decode: {message}")?;
            return Ok(2);
        }
    };
    if request.json {
        writeln!(out, "{}", outcome.to_json())?;
    } else {
        for line in outcome.lines() {
            writeln!(out, "{line}")?;
        }
    }
    match &outcome {
        Outcome::Decoded { .. } => Ok(0),
        Outcome::NotDecoded { error, .. } => {
            writeln!(err, "codes decode: {error}")?;
            Ok(1)
        }
    }
}
