//! Comma-separated values: a heading row naming the columns (`code`, `name`,
//! `description`, and optionally `class` and `group`), then one record a
//! code, read with the `csv` crate: fields may be quoted (`"a, b"`, `""` for
//! a quote) and span lines, lines may end in CRLF, the file may start with a
//! UTF-8 byte order mark.
//! Rows with the same `group` form a group, in the order groups first
//! appear; a group's range comes from its title (`Model codes: 21xxx`).

use super::columns::{self, Line, Role};
use super::{ColumnOptions, Error, Item, Table, Warning, heading_group};

/// `true` when the first non-empty line is a CSV heading naming a code.
#[must_use]
pub fn looks_like(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|first| {
            first.contains(',')
                && columns::roles(
                    &first
                        .split(',')
                        .map(|c| c.trim().trim_matches('"').to_owned())
                        .collect::<Vec<_>>(),
                )
                .is_some()
        })
}

/// The records of `text`, each with the line it starts on, as the `csv`
/// crate reads them (RFC 4180: quoted fields with `""` for a quote, line
/// ends inside quotes, CRLF, a UTF-8 byte order mark); records of empty
/// fields are left out.
///
/// # Errors
///
/// A quoted field left open at the end of the file (which the crate reads
/// as closed there), a record that is not UTF-8.
fn records(text: &str) -> Result<Vec<(usize, Vec<String>)>, Error> {
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    let mut last_start = 0;
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(1, |p| p.line());
            Error::at(
                usize::try_from(line).unwrap_or(usize::MAX),
                format!("the record cannot be read: {e}"),
            )
        })?;
        // The record's first byte: the crate's position is where it started
        // reading, before the empty lines it skips (its line is theirs).
        let read_from = record
            .position()
            .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        last_start = text.get(read_from..).map_or(text.len(), |rest| {
            read_from + (rest.len() - rest.trim_start_matches(['\r', '\n']).len())
        });
        let line = text[..last_start.min(text.len())].matches('\n').count() + 1;
        if record.iter().any(|f| !f.trim().is_empty()) {
            records.push((line, record.iter().map(str::to_owned).collect()));
        }
    }
    if let Some(line) = open_quote(text, last_start) {
        return Err(Error::at(
            line,
            "a quoted field is not closed (a `\"` is missing)",
        ));
    }
    Ok(records)
}

/// The line of a quoted field that the file's last record, from byte
/// `start`, leaves open (the end of the file cut it), if any: the `csv`
/// crate ends such a field at the end of the file without a word.
fn open_quote(text: &str, start: usize) -> Option<usize> {
    let start = if start == 0 && text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        start
    };
    let record = text.get(start..)?;
    let line_of = |offset: usize| text[..start + offset].matches('\n').count() + 1;
    let bytes = record.as_bytes();
    let mut index = 0;
    let mut field_start = true;
    while index < bytes.len() {
        match bytes[index] {
            b'"' if field_start => {
                let open = index;
                index += 1;
                loop {
                    match bytes.get(index) {
                        None => return Some(line_of(open)),
                        Some(b'"') if bytes.get(index + 1) == Some(&b'"') => index += 2,
                        Some(b'"') => break,
                        Some(_) => index += 1,
                    }
                }
                field_start = false;
            }
            b',' | b'\n' | b'\r' => field_start = true,
            _ => field_start = false,
        }
        index += 1;
    }
    None
}

/// Reads the table of a CSV file.
///
/// # Errors
///
/// A heading without a code column, a quoted field left open, a record with
/// more fields than the heading, a code that is not a number, a class that
/// is none of the classes.
pub fn parse(
    text: &str,
    options: &ColumnOptions,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Table>, Error> {
    let records = records(text)?;
    let Some(((header_line, headers), rows)) = records.split_first() else {
        return Ok(Vec::new());
    };
    let headers: Vec<String> = headers.iter().map(|h| h.trim().to_owned()).collect();
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|(_, fields)| fields.iter().map(|f| super::markup::collapse(f)).collect())
        .collect();
    let roles = columns::choose(&headers, &body, options)?.ok_or_else(|| {
        Error::at(
            *header_line,
            format!(
                "the heading row ({}) names no code column: it needs `code`, and may have `name`, `description`, `class`, `group`",
                headers.join(",")
            ),
        )
    })?;
    let group_column = roles.iter().position(|r| *r == Role::Group);
    let mut table = Table {
        line: *header_line,
        columns: columns::extra_columns(&roles, &headers),
        taken: roles.taken.clone(),
        ..Table::default()
    };
    // The file's last record, when no line end follows it: it may be cut.
    let cut_line = rows
        .last()
        .map(|(line, _)| *line)
        .filter(|_| !text.ends_with('\n'));
    for ((line, fields), cells) in rows.iter().zip(&body) {
        columns::check_shape(
            &RECORDS,
            (headers.len(), fields.len(), *line),
            (cut_line == Some(*line), None),
            warnings,
        )?;
        match columns::read_line(&roles, cells, cells, *line, warnings)? {
            Line::Row(row) => {
                let group = group_column
                    .and_then(|c| cells.get(c))
                    .filter(|g| !g.is_empty());
                let Some(title) = group else {
                    table.items.push(Item::Row(row));
                    continue;
                };
                // A group stands where its first row was.
                let open = table.items.iter_mut().find_map(|item| match item {
                    Item::Group(group) if group.title.as_ref() == Some(title) => Some(group),
                    _ => None,
                });
                match open {
                    Some(group) => group.items.push(Item::Row(row)),
                    None => {
                        let mut group = heading_group(title.clone(), *line);
                        group.items.push(Item::Row(row));
                        table.items.push(Item::Group(group));
                    }
                }
            }
            Line::Note(text) => table
                .items
                .push(Item::Comment(format!("the file: \"{text}\""))),
            Line::Heading(_) | Line::Blank => {}
        }
    }
    columns::check_codes(&table)?;
    Ok(vec![table])
}

/// A CSV file's records and fields, in messages: a record with more fields
/// than the heading is an error.
const RECORDS: columns::Nouns = columns::Nouns {
    row: "record",
    cell: "field",
    heading: "the heading",
    more_is_error: true,
};

#[cfg(test)]
mod tests {
    use super::super::{Code, Format, GroupRange, import};
    use codes_core::Class;

    #[test]
    #[allow(clippy::type_complexity)] // rows compared as tuples
    fn rows_classes_and_groups() {
        let csv = "code,name,description,class,group\n\
                   21100,MODEL_TRAINED,\"Trained, done\",success,Model codes: 21xxx\n\
                   10000,SUCCESS,Ok,,Generic\n\
                   21101,MODEL_TRAINING,\"Says \"\"training\"\"\nover two lines\",,Model codes: 21xxx\n\
                   99,,No name or group,,\n";
        let document = import(csv, Format::Auto).unwrap();
        assert_eq!(document.format, Format::Csv);
        let table = &document.tables[0];
        let rows: Vec<(
            Code,
            Option<&str>,
            Option<&str>,
            Option<Class>,
            Option<&str>,
        )> = table
            .rows()
            .iter()
            .map(|(r, g)| {
                (
                    r.code.clone(),
                    r.name.as_deref(),
                    r.description.as_deref(),
                    r.class,
                    g.and_then(|g| g.title.as_deref()),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (
                    Code::Int(21100),
                    Some("MODEL_TRAINED"),
                    Some("Trained, done"),
                    Some(Class::Success),
                    Some("Model codes: 21xxx")
                ),
                (
                    Code::Int(21101),
                    Some("MODEL_TRAINING"),
                    Some("Says \"training\" over two lines"),
                    None,
                    Some("Model codes: 21xxx")
                ),
                (
                    Code::Int(10000),
                    Some("SUCCESS"),
                    Some("Ok"),
                    None,
                    Some("Generic")
                ),
                (Code::Int(99), None, Some("No name or group"), None, None),
            ]
        );
        assert_eq!(table.rows()[3].0.line, Some(6));
        assert_eq!(
            table.groups().next().unwrap().range,
            Some(GroupRange::Ints(21000, 21999))
        );
        // The missing name is reported.
        assert_eq!(document.warnings.len(), 1);
        assert_eq!(document.warnings[0].line, Some(6));
    }

    #[test]
    fn bad_csv_is_an_error() {
        let error = import("code,description\n1,\"open\n", Format::Csv).unwrap_err();
        assert_eq!(error.line, Some(2));
        let error = import("code,description\n1,a,b\n", Format::Csv).unwrap_err();
        assert!(error.message.contains("3 fields"), "{error}");
        let error = import("code,description,class\n1,a,maybe\n", Format::Csv).unwrap_err();
        assert!(error.message.contains("\"maybe\" is none of"), "{error}");
        let error = import("code,description\n1 x,a\n", Format::Csv).unwrap_err();
        assert!(
            error
                .message
                .contains("\"1 x\" is neither a number nor a string code"),
            "{error}"
        );
        let error = import("name,description\nA,a\n", Format::Csv).unwrap_err();
        assert!(error.message.contains("names no code column"), "{error}");
    }

    #[test]
    fn byte_order_mark_crlf_blank_lines_and_line_numbers() {
        let csv = "\u{feff}code,name,description\r\n\r\n1,A,\"two\r\nlines\"\r\n\r\n2,B,b\r\n";
        let document = import(csv, Format::Auto).unwrap();
        assert_eq!(document.format, Format::Csv);
        let rows = document.tables[0].rows();
        let read: Vec<(Option<usize>, Code, Option<&str>)> = rows
            .iter()
            .map(|(r, _)| (r.line, r.code.clone(), r.description.as_deref()))
            .collect();
        assert_eq!(
            read,
            [
                (Some(3), Code::Int(1), Some("two lines")),
                (Some(6), Code::Int(2), Some("b"))
            ]
        );
        assert!(document.warnings.is_empty(), "{:?}", document.warnings);
    }

    #[test]
    fn short_and_cut_records() {
        let document = import("code,name,description\n1,A\n2,B,b\n", Format::Csv).unwrap();
        assert_eq!(document.warnings.len(), 1, "{:?}", document.warnings);
        assert_eq!(
            document.warnings[0].to_string(),
            "line 2: the record has 2 fields, the heading 3: the missing fields are read as empty (a damaged record?)"
        );
        // The file ends inside its last record.
        let error = import("code,name,description\n1,A,a\n2,B", Format::Csv).unwrap_err();
        assert_eq!(error.line, Some(3));
        assert!(
            error.message.contains("cut by the end of the file"),
            "{error}"
        );
        let document = import("code,name,description\n1,A,a\n2,B,b", Format::Csv).unwrap();
        assert_eq!(document.warnings[0].line, Some(3));
        assert!(
            document.warnings[0]
                .message
                .starts_with("the file ends in this record"),
            "{:?}",
            document.warnings
        );
        // A quote left open at the end of the file, on the line it opens.
        let error = import(
            "code,name,description\n1,A,\"a \"\"b\"\"\n\n2,B,b\n",
            Format::Csv,
        )
        .unwrap_err();
        assert_eq!(error.line, Some(2), "{error}");
        assert!(error.message.contains("not closed"), "{error}");
    }
}
