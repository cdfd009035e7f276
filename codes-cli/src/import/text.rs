//! Text pages of tab-separated tables, as BigML.io's "Status Codes" page
//! reads once copied from its HTML: a heading line, some prose, then a
//! heading row (`Error Code<TAB>Semantics`) and one row a code. Each heading
//! starts a table of its own (the same code may mean different things in
//! two sections); a section may split its table in several, each with its
//! heading row.

use super::columns::{self, Line};
use super::markup::strip_markdown;
use super::{ColumnOptions, Error, Group, Item, Table, Warning, numbered};

/// `true` when `text` has a tab-separated heading row naming a code.
#[must_use]
pub fn looks_like(text: &str) -> bool {
    text.lines()
        .any(|line| line.contains('\t') && columns::roles(&split(line)).is_some())
}

fn split(line: &str) -> Vec<String> {
    line.split('\t').map(|c| c.trim().to_owned()).collect()
}

/// A line that can head a section: short, not a sentence, not a list item.
fn is_heading(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && !line.contains('\t')
        && line.chars().count() <= 80
        && !line.ends_with(['.', ':', ',', ';'])
        && !line.starts_with(['-', '*', '[', '#', '('])
        && line.chars().next().is_some_and(char::is_alphanumeric)
}

/// Reads every section of the page that has a table of codes.
///
/// # Errors
///
/// A row whose code is not a number.
pub fn parse(
    text: &str,
    options: &ColumnOptions,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Table>, Error> {
    let lines: Vec<(usize, &str)> = numbered(text).collect();
    let mut tables: Vec<Table> = Vec::new();
    let mut heading: Option<(usize, String)> = None;
    // The section being read: its heading and table.
    let mut section: Option<(String, Table)> = None;
    let mut roles: Option<(columns::Roles, Vec<String>)> = None;
    // The file's last line, when no line end follows it: a row on it may be cut.
    let cut_line = (!text.ends_with('\n')).then(|| text.lines().count());
    for (index, &(number, line)) in lines.iter().enumerate() {
        if !line.contains('\t') {
            match lost_tabs(line, roles.is_some()) {
                // A code alone: a row of one cell (cut, or its tabs lost).
                Some(true) => {}
                Some(false) => {
                    warnings.push(Warning {
                        line: Some(number),
                        message: LOST_TABS.to_owned(),
                    });
                    continue;
                }
                None => {
                    roles = None;
                    if is_heading(line) {
                        heading = Some((number, strip_markdown(line)));
                    }
                    continue;
                }
            }
        }
        let cells = split(line);
        // A heading row (one that names a code, or a column an option
        // names): the columns chosen from it and the rows below it (see
        // `body_below`).
        let names_a_column = roles.is_none()
            && options
                .given()
                .iter()
                .any(|(_, value)| cells.iter().any(|c| c.eq_ignore_ascii_case(value.trim())));
        let found = if names_a_column || columns::roles(&cells).is_some() {
            columns::choose(&cells, &body_below(&lines[index + 1..]), options)?
        } else {
            None
        };
        if let Some(found) = found {
            let title = heading
                .as_ref()
                .map_or_else(String::new, |(_, h)| h.clone());
            let same = section.as_ref().is_some_and(|(t, _)| *t == title);
            if !same {
                if let Some((_, done)) = section.take() {
                    tables.push(done);
                }
                section = Some((
                    title.clone(),
                    Table {
                        title: Some(title).filter(|t| !t.is_empty()),
                        line: heading.as_ref().map_or(number, |(line, _)| *line),
                        columns: columns::extra_columns(&found, &cells),
                        taken: found.taken.clone(),
                        ..Table::default()
                    },
                ));
            }
            roles = Some((found, cells));
            continue;
        }
        let (Some((roles, headers)), Some((_, table))) = (roles.as_ref(), section.as_mut()) else {
            continue;
        };
        columns::check_shape(
            &columns::ROWS,
            (headers.len(), cells.len(), number),
            (cut_line == Some(number), None),
            warnings,
        )?;
        let stripped: Vec<String> = cells.iter().map(|c| strip_markdown(c)).collect();
        match columns::read_line(roles, &cells, &stripped, number, warnings)? {
            Line::Row(row) => table.items.push(Item::Row(row)),
            Line::Note(text) => table
                .items
                .push(Item::Comment(format!("the page: \"{text}\""))),
            Line::Heading(title) => table.items.push(Item::Group(Group {
                title: Some(title),
                line: Some(number),
                ..Group::default()
            })),
            Line::Blank => {}
        }
    }
    if let Some((_, done)) = section.take() {
        tables.push(done);
    }
    for table in &tables {
        columns::check_codes(table)?;
    }
    Ok(tables)
}

/// The cells, markup removed, of the rows at the start of `lines` (those
/// below a heading row): up to the first line without a tab that is not a
/// row that lost its tabs (see [`lost_tabs`]; such a line is skipped).
fn body_below(lines: &[(usize, &str)]) -> Vec<Vec<String>> {
    lines
        .iter()
        .take_while(|(_, l)| l.contains('\t') || lost_tabs(l, true).is_some())
        .filter(|(_, l)| l.contains('\t'))
        .map(|(_, l)| split(l).iter().map(|c| strip_markdown(c)).collect())
        .collect()
}

/// A line without a tab inside a table (`in_table`) that starts with a
/// number looks like a row that lost its tabs (a damaged or cut row), not
/// the table's end: `Some(true)` when the number is all of it (a row of one
/// cell), `Some(false)` when words follow it (not read, with a warning, as
/// where the tab was cannot be told); `None` for any other line.
fn lost_tabs(line: &str, in_table: bool) -> Option<bool> {
    let mut words = line.split_whitespace();
    let code = words
        .next()
        .is_some_and(|word| super::parse_int(word).is_some());
    (in_table && code).then(|| words.next().is_none())
}

const LOST_TABS: &str = "a line inside the table that starts with a number but has no tab \
     (a row that lost its tabs?): not read as a row, and the table goes on";

#[cfg(test)]
mod tests {
    use super::super::{Code, Format, import};

    const PAGE: &str = "\
Status Codes

Jump to:

- [HTTP Status Code Summary](#)

HTTP Status Code Summary

BigML.io returns meaningful status codes.

Code\tStatus\tSemantics
200\tOK\tYour request was successful.

Code\tStatus\tSemantics
404\tNot Found\tThe resource does not exist anymore.

Resource Status Code Summary

The possible states for a task are:

\tCode\tStatus\tSemantics
....\t0\tWaiting\tThe resource is waiting.
...\t-1\tFaulty\tThe task has failed.

Dataset Error Code Summary

This is the list of codes about **datasets**.

Error Code\tSemantics
-30021\tThe dataset could not be created now

Time Series Error Code Summary

Error Code\tSemantics
-30021\tThe time series cannot be created now
";

    #[test]
    fn one_table_a_section() {
        let document = import(PAGE, Format::Auto).unwrap();
        assert_eq!(document.format, Format::Text);
        let titles: Vec<&str> = document
            .tables
            .iter()
            .filter_map(|t| t.title.as_deref())
            .collect();
        assert_eq!(
            titles,
            [
                "HTTP Status Code Summary",
                "Resource Status Code Summary",
                "Dataset Error Code Summary",
                "Time Series Error Code Summary"
            ]
        );
        let http = &document.tables[0];
        assert!(http.http);
        let rows: Vec<(Code, Option<&str>)> = http
            .rows()
            .iter()
            .map(|(r, _)| (r.code.clone(), r.name.as_deref()))
            .collect();
        assert_eq!(
            rows,
            [
                (Code::Int(200), Some("OK")),
                (Code::Int(404), Some("Not Found"))
            ]
        );
        let status = &document.tables[1];
        assert!(!status.http);
        let rows: Vec<(Code, Option<&str>, Option<&str>)> = status
            .rows()
            .iter()
            .map(|(r, _)| (r.code.clone(), r.name.as_deref(), r.description.as_deref()))
            .collect();
        assert_eq!(
            rows,
            [
                (
                    Code::Int(0),
                    Some("Waiting"),
                    Some("The resource is waiting.")
                ),
                (Code::Int(-1), Some("Faulty"), Some("The task has failed.")),
            ]
        );
        // The same code in two sections: two tables, no warning.
        assert_eq!(document.tables[2].rows()[0].0.code, Code::Int(-30021));
        assert_eq!(document.tables[3].rows()[0].0.code, Code::Int(-30021));
        assert!(document.warnings.is_empty(), "{:?}", document.warnings);
    }

    #[test]
    fn a_code_that_is_not_a_number() {
        let page = PAGE.replace("-30021\tThe time", "-3OO21\tThe time");
        let error = import(&page, Format::Text).unwrap_err();
        assert_eq!(error.line, Some(35), "{error}");
    }
}
