//! The vendors' JSON catalogues in `data/sources/` (entrecode's, an object
//! keyed by code; Exasol's, an array inside the report): which fields were
//! taken as the code, name, description, HTTP status and columns, the
//! catalogues' defects as warnings, and tables the macro expands.

mod common;

use codes_cli::emit::{Options, emit};
use codes_cli::import::{Code, Format, Value, import};
use common::{SOURCES, emitted, imported, invocations, path_arg, run};

/// `row`'s value of column `name`.
fn column<'a>(row: &'a codes_cli::import::Row, name: &str) -> Option<&'a Value> {
    row.values.iter().find(|(n, _)| n == name).map(|(_, v)| v)
}

/// Each column of `table` as (name, first line of its doc).
fn column_docs(table: &codes_cli::import::Table) -> Vec<(&str, &str)> {
    table
        .columns
        .iter()
        .map(|c| (c.name.as_str(), c.docs[0].as_str()))
        .collect()
}

/// `document`'s warnings as the importer writes them.
fn warnings(document: &codes_cli::import::Document) -> Vec<String> {
    document.warnings.iter().map(ToString::to_string).collect()
}

#[test]
fn entrecode_keys_are_the_codes_message_the_description_status_the_http_status() {
    let document = imported(SOURCES[2]);
    assert_eq!(document.format, Format::Json);
    assert_eq!(document.tables.len(), 1);
    let table = &document.tables[0];
    // The object is the whole document: no title of its own.
    assert_eq!(table.title, None);
    let columns = column_docs(table);
    assert_eq!(columns, [("http", "The page's \"status\" column.")]);
    let rows = table.rows();
    assert_eq!(rows.len(), 83);
    // The file's order: 100 first, then up to 511, then 003, 002, 000.
    let codes: Vec<&Code> = rows.iter().map(|(r, _)| &r.code).collect();
    assert_eq!(codes[0], &Code::Int(100));
    assert_eq!(
        codes[79..],
        [&Code::Int(511), &Code::Int(3), &Code::Int(2), &Code::Int(0)]
    );
    let (first, _) = rows[0];
    assert_eq!((first.line, first.name.as_deref()), (Some(2), None));
    assert_eq!(first.description.as_deref(), Some("Resource not found"));
    assert_eq!(column(first, "http"), Some(&Value::Int(404)));
    // Verbatim, markup and all.
    let (row, _) = rows.iter().find(|(r, _)| r.code == Code::Int(375)).unwrap();
    assert_eq!(
        row.description.as_deref(),
        Some(
            "A duplicate asset already exists in this AssetGroup. Set `ignoreDuplicates` flag to ignore. No assets were uploaded."
        )
    );
    // 355 gives "message" twice: the first is kept, the second in a comment.
    let (row, _) = rows.iter().find(|(r, _)| r.code == Code::Int(355)).unwrap();
    assert_eq!(
        row.description.as_deref(),
        Some("Cannot delete model, mandatory model")
    );
    assert_eq!(
        row.comments,
        [
            "line 154: the file gives \"message\" again: \"Kann Model nicht löschen, zwingend notwendig\""
        ]
    );
    let warnings = warnings(&document);
    assert_eq!(
        warnings,
        [
            "line 1: the fields \"messageDE\", \"missingDE\", \"messadeDE\" are not imported (read as no code, name, description, message, solution, HTTP status or link)",
            "line 154: code 355 gives \"message\" again, as \"Kann Model nicht löschen, zwingend notwendig\": the first is imported, this one left as a comment",
        ]
    );
}

#[test]
fn exasol_identifiers_are_the_codes_in_the_nested_array() {
    let document = imported(SOURCES[3]);
    assert_eq!(document.format, Format::Json);
    let table = &document.tables[0];
    // Found under the report's "errorCodes", which titles it.
    assert_eq!(table.title.as_deref(), Some("errorCodes"));
    let columns = column_docs(table);
    assert_eq!(
        columns,
        [
            ("message", "The page's \"message\" column."),
            ("solution", "The page's \"mitigations\" column.")
        ]
    );
    let rows = table.rows();
    let codes: Vec<&Code> = rows.iter().map(|(r, _)| &r.code).collect();
    assert_eq!(
        codes,
        ["E-ERP-1", "E-ERP-2", "E-ERP-3", "E-ERP-4"]
            .map(|c| Code::Str(c.to_owned()))
            .iter()
            .collect::<Vec<_>>()
    );
    let (first, _) = rows[0];
    assert_eq!(first.name, None);
    assert_eq!(first.description, None, "E-ERP-1 has no description");
    assert_eq!(
        column(first, "message"),
        Some(&Value::Str("Invalid error code {{code}}.".to_owned()))
    );
    assert_eq!(
        column(first, "solution"),
        Some(&Value::Str(
            "Ensure you follow the standard error code format.".to_owned()
        ))
    );
    let (second, _) = rows[1];
    assert_eq!(
        second.description.as_deref(),
        Some("An unexpected error occurred during the creation of the error")
    );
    let warnings = warnings(&document);
    assert_eq!(
        warnings,
        [
            "line 1: the fields \"messagePlaceholders\", \"sourceFile\" are not imported (read as no code, name, description, message, solution, HTTP status or link)"
        ]
    );
}

#[test]
fn the_catalogues_import_to_tables_that_expand() {
    for file in &SOURCES[2..] {
        let code = emitted(file);
        let bodies = invocations(&code);
        assert_eq!(bodies.len(), 1, "{file}: {code}");
        for body in bodies {
            if let Err(error) = codes_codegen::try_expand(body) {
                panic!("{file}: the imported table does not expand: {error}\n{code}");
            }
        }
    }
    // The HTTP status is a typed column; the second "message" a comment.
    let code = emitted(SOURCES[2]);
    assert!(code.contains("        column http: u16,\n"), "{code}");
    assert!(
        code.contains("        // line 154: the file gives \"message\" again: \"Kann Model nicht löschen, zwingend notwendig\"\n        355 as CannotDeleteModelMandatoryModel: \"Cannot delete model, mandatory model\""),
        "{code}"
    );
}

/// Cut anywhere, or with a byte changed to a character JSON gives meaning
/// to, a catalogue is imported (and written) or refused with an error:
/// never a panic.
#[test]
fn damaged_catalogues_are_imported_or_refused_never_a_panic() {
    let exasol = common::read(SOURCES[3]);
    let entrecode = common::read(SOURCES[2]);
    for (text, step) in [(&exasol, 1), (&entrecode, 7)] {
        for cut in (0..text.len()).step_by(step) {
            if let Some(prefix) = text.get(..cut) {
                let _ = import(prefix, Format::Auto);
            }
        }
    }
    let bytes = exasol.as_bytes();
    for index in 0..bytes.len() {
        for replacement in *b"{}[]\",:\\1x -" {
            let mut damaged = bytes.to_vec();
            damaged[index] = replacement;
            if let Ok(text) = String::from_utf8(damaged) {
                let document = import(&text, Format::Json);
                // Written too, for a third of them (emitting takes longer).
                if let (Ok(document), 0) = (document, index % 3) {
                    let _ = emit(&document, &Options::new("damaged.json"));
                }
            }
        }
    }
}

/// `codes import` of a catalogue, with `options`: (status, output, errors).
fn import_with(file: &str, options: &[&str]) -> (i32, String, String) {
    let path = path_arg(file);
    let mut args = vec!["import", path.as_str()];
    args.extend_from_slice(options);
    run(&args)
}

/// `codes import` of a catalogue, with `options`, which succeeds:
/// (output, errors).
fn imports(file: &str, options: &[&str]) -> (String, String) {
    let (status, out, err) = import_with(file, options);
    assert_eq!(status, 0, "{file} {options:?}: {err}");
    (out, err)
}

/// `codes import` of a catalogue, with `options`, which exits with 2 and
/// writes nothing: its errors.
fn refused(file: &str, options: &[&str]) -> String {
    let (status, out, err) = import_with(file, options);
    assert_eq!((status, out.as_str()), (2, ""), "{file} {options:?}: {err}");
    err
}

/// The output without its "Columns read" lines.
fn without_columns_read(out: &str) -> String {
    out.lines()
        .filter(|l| !l.starts_with("// Columns read:") && !l.starts_with("//   "))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_output_says_which_field_was_taken_for_what() {
    let (out, _) = imports(SOURCES[3], &[]);
    for line in [
        "// Columns read:\n",
        "//   the code: the field \"identifier\", its 4 values are distinct codes (no field's name says code).\n",
        "//   the description: the field \"description\", by its name.\n",
        "//   (--code-column, --name-column, --description-column and --http-column choose others.)\n",
    ] {
        assert!(out.contains(line), "{line}{out}");
    }
    let (out, _) = imports(SOURCES[2], &[]);
    for line in [
        "//   the code: the object's keys, the catalogue is an object keyed by code.\n",
        "//   the description: the field \"message\", by its name: a message with no description beside it.\n",
        "//   the HTTP status: the field \"status\", its numbers from 100 to 599 repeat from entry to entry (11 values over 83 entries).\n",
    ] {
        assert!(out.contains(line), "{line}{out}");
    }
}

/// Options naming the fields the catalogue's own reading takes change
/// nothing but the "Columns read" lines, which say the options chose.
#[test]
fn options_naming_the_fields_read_anyway_change_nothing_else() {
    let (default, _) = imports(SOURCES[3], &[]);
    let options = [
        "--code-column",
        "IDENTIFIER",
        "--description-column",
        "Description",
    ];
    let (out, _) = imports(SOURCES[3], &options);
    assert!(
        out.contains("//   the code: the field \"identifier\", by --code-column.\n"),
        "{out}"
    );
    assert!(
        out.contains("//   the description: the field \"description\", by --description-column.\n"),
        "{out}"
    );
    assert!(!out.contains("choose others"), "{out}");
    assert_eq!(without_columns_read(&out), without_columns_read(&default));
}

#[test]
fn options_choose_a_catalogues_fields() {
    // Exasol's message as the description: its "description" is left out.
    let (out, err) = imports(SOURCES[3], &["--description-column", "message"]);
    assert!(
        out.contains("//   the description: the field \"message\", by --description-column.\n"),
        "{out}"
    );
    assert!(
        out.contains("\"E-ERP-1\": \"Invalid error code {{code}}.\""),
        "{out}"
    );
    assert!(!out.contains("column message"), "{out}");
    assert!(
        err.contains(
            "the fields \"messagePlaceholders\", \"sourceFile\", \"description\" are not imported"
        ),
        "{err}"
    );
    // entrecode's German messages, and no HTTP status.
    let options = ["--description-column", "messageDE", "--http-column", "none"];
    let (out, _) = imports(SOURCES[2], &options);
    assert!(out.contains(": \"Resource nicht gefunden\""), "{out}");
    assert!(!out.contains("column http"), "{out}");
    assert!(!out.contains("the HTTP status:"), "{out}");
    // The code's field taken for the name, and no other field keys the rows.
    let err = refused(SOURCES[3], &["--name-column", "identifier"]);
    assert!(
        err.contains("the options take the field \"identifier\", the only one that keys the entries, for something else: give --code-column"),
        "{err}"
    );
}

#[test]
fn an_option_naming_no_field_is_an_error_listing_the_fields() {
    let fields = "their fields are \"identifier\", \"message\", \"messagePlaceholders\", \"mitigations\", \"sourceFile\", \"description\" (in \"errorCodes\")";
    // A position is no field's name: the order of a JSON object's members
    // means nothing.
    for value in ["code", "1"] {
        let err = refused(SOURCES[3], &["--code-column", value]);
        assert!(
            err.contains(&format!("--code-column {value}: no entry of the file's catalogues has that field (a JSON catalogue's field is named by its name, case aside, not by a position); {fields}")),
            "{err}"
        );
    }
    let err = refused(SOURCES[2], &["--http-column", "httpStatus"]);
    assert!(
        err.contains("--http-column httpStatus: no entry of the file's catalogues has that field (a JSON catalogue's field is named by its name, case aside, not by a position); their fields are \"message\", \"messageDE\", \"status\", \"missingDE\", \"messadeDE\"\n"),
        "{err}"
    );
    let err = refused(SOURCES[3], &["--code-column", "none"]);
    assert!(
        err.contains("--code-column none: a table of codes needs its code column"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}
