//! Comma-separated values: a heading row naming the columns (`code`, `name`,
//! `description`, and optionally `class` and `group`), then one record a
//! code. Fields may be quoted (`"a, b"`, `""` for a quote) and span lines.
//! Rows with the same `group` form a group, in the order groups first
//! appear; a group's range comes from its title (`Model codes: 21xxx`).

use super::columns::{self, Line, Role};
use super::{ColumnOptions, Error, Group, Item, Table, Warning, parse_range};

/// `true` when the first non-empty line is a CSV heading naming a code.
#[must_use]
pub fn looks_like(text: &str) -> bool {
    text.lines()
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

/// The records of `text`, each with the line it starts on.
fn records(text: &str) -> Result<Vec<(usize, Vec<String>)>, Error> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut start = 1;
    let mut quoted = false;
    let mut quote_line = 0;
    let mut chars = text.chars().peekable();
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted = true;
                quote_line = line;
                at_field_start = false;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                if record.iter().any(|f| !f.trim().is_empty()) {
                    records.push((start, std::mem::take(&mut record)));
                }
                record.clear();
                line += 1;
                start = line;
                at_field_start = true;
            }
            c => {
                field.push(c);
                if !c.is_whitespace() {
                    at_field_start = false;
                }
            }
        }
    }
    if quoted {
        return Err(Error::at(
            quote_line,
            "a quoted field is not closed (a `\"` is missing)",
        ));
    }
    record.push(field);
    if record.iter().any(|f| !f.trim().is_empty()) {
        records.push((start, record));
    }
    Ok(records)
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
    for (line, fields) in rows {
        if fields.len() > headers.len() {
            return Err(Error::at(
                *line,
                format!(
                    "the record has {} fields, the heading {}",
                    fields.len(),
                    headers.len()
                ),
            ));
        }
        let cells: Vec<String> = fields.iter().map(|f| super::markup::collapse(f)).collect();
        match columns::read_line(&roles, &cells, &cells, *line, warnings)? {
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
                    Item::Group(group) if group.title == *title => Some(group),
                    _ => None,
                });
                match open {
                    Some(group) => group.items.push(Item::Row(row)),
                    None => {
                        table.items.push(Item::Group(Group {
                            title: title.clone(),
                            line: *line,
                            range: parse_range(title),
                            docs: Vec::new(),
                            items: vec![Item::Row(row)],
                        }));
                    }
                }
            }
            Line::Note(text) => table
                .items
                .push(Item::Note(format!("the file: \"{text}\""))),
            Line::Heading(_) | Line::Blank => {}
        }
    }
    columns::check_codes(&table)?;
    Ok(vec![table])
}

#[cfg(test)]
mod tests {
    use super::super::{Code, Format, import};
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
                    g.map(|g| g.title.as_str()),
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
        assert_eq!(table.rows()[3].0.line, 6);
        assert_eq!(table.groups().next().unwrap().range, Some((21000, 21999)));
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
}
