//! readme.io's `[block:parameters]` tables: a JSON object whose `data` maps
//! `"ROW-COLUMN"` to a cell (`"h-0"` is a heading), between
//! `[block:parameters]` and `[/block]`. Codes may be wrapped in anchors
//! (`<a name="9023">9032</a>`); heading rows (`**5xxx**`, `**Files
//! errors**`) start groups.

use serde_json::Value as Json;

use super::columns::{self, Blank, Layout, Line};
use super::markdown::check_anchor;
use super::markup::strip_markdown;
use super::{ColumnOptions, Error, Table, Warning};

const OPEN: &str = "[block:parameters]";
const CLOSE: &str = "[/block]";

/// Reads every `[block:parameters]` table of a page that has a code column.
///
/// # Errors
///
/// A block that is not closed or not JSON, a cell that is not text, a code
/// that is not a number.
pub fn parse(
    text: &str,
    columns: &ColumnOptions,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Table>, Error> {
    let title = front_matter_title(text);
    let mut tables = Vec::new();
    let mut rest = 0;
    while let Some(found) = text[rest..].find(OPEN) {
        let start = rest + found + OPEN.len();
        let open_line = line_of(text, rest + found);
        let end = text[start..]
            .find(CLOSE)
            .map(|e| start + e)
            .ok_or_else(|| {
                Error::at(
                    open_line,
                    "the [block:parameters] is not closed by [/block] (a cut page?)",
                )
            })?;
        let block = &text[start..end];
        let json: Json = serde_json::from_str(block).map_err(|e| {
            Error::at(
                open_line + e.line().saturating_sub(1),
                format!("the [block:parameters] is not valid JSON: {e}"),
            )
        })?;
        if let Some(mut table) = read_block(&json, block, open_line, columns, warnings)? {
            table.title.clone_from(&title);
            tables.push(table);
        }
        rest = end + CLOSE.len();
    }
    Ok(tables)
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

/// `title: "API status codes"` of the page's front matter.
fn front_matter_title(text: &str) -> Option<String> {
    let mut lines = text.lines();
    if lines.next()?.trim() != "---" {
        return None;
    }
    lines
        .take_while(|l| l.trim() != "---")
        .find_map(|l| l.strip_prefix("title:"))
        .map(|t| t.trim().trim_matches('"').to_owned())
        .filter(|t| !t.is_empty())
}

fn read_block(
    json: &Json,
    block: &str,
    open_line: usize,
    options: &ColumnOptions,
    warnings: &mut Vec<Warning>,
) -> Result<Option<Table>, Error> {
    let Some(data) = json.get("data").and_then(Json::as_object) else {
        return Err(Error::at(
            open_line,
            "the [block:parameters] has no \"data\" object",
        ));
    };
    let cell = |key: &str| -> Result<Option<String>, Error> {
        match data.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::String(text)) => Ok(Some(text.clone())),
            Some(Json::Number(number)) => Ok(Some(number.to_string())),
            Some(other) => Err(Error::at(
                open_line + key_line(block, key),
                format!("the cell \"{key}\" is not text: {other}"),
            )),
        }
    };
    let count = |key: &str| json.get(key).and_then(Json::as_u64).unwrap_or(0);
    // Columns and rows: as the block says, or as its keys show.
    let mut columns = usize::try_from(count("cols")).unwrap_or(0);
    let mut rows: Vec<usize> = Vec::new();
    for key in data.keys() {
        let Some((row, column)) = key.split_once('-') else {
            continue;
        };
        if let Ok(column) = column.parse::<usize>() {
            columns = columns.max(column + 1);
        }
        if let Ok(row) = row.parse::<usize>() {
            rows.push(row);
        }
    }
    rows.sort_unstable();
    rows.dedup();
    if columns == 0 || columns > 64 {
        return Err(Error::at(
            open_line,
            format!("the [block:parameters] has {columns} columns"),
        ));
    }
    let headers: Vec<String> = (0..columns)
        .map(|c| cell(&format!("h-{c}")).map(|h| strip_markdown(&h.unwrap_or_default())))
        .collect::<Result<_, _>>()?;
    // Each row's line and cells, as written (a cell that is not text is an
    // error where the block is a table of codes).
    let grid: Vec<(usize, Result<Vec<String>, Error>)> = rows
        .iter()
        .map(|row| {
            let line = open_line + key_line(block, &format!("{row}-0"));
            let raw = (0..columns)
                .map(|c| cell(&format!("{row}-{c}")).map(Option::unwrap_or_default))
                .collect();
            (line, raw)
        })
        .collect();
    let body: Vec<Vec<String>> = grid
        .iter()
        .map(|(_, raw)| {
            raw.as_ref()
                .map(|raw| raw.iter().map(|c| strip_markdown(c)).collect())
                .unwrap_or_default()
        })
        .collect();
    let Some(roles) = columns::choose(&headers, &body, options)? else {
        return Ok(None);
    };
    let code_column = roles.iter().position(|r| *r == columns::Role::Code);
    let table = Table {
        line: open_line,
        columns: columns::extra_columns(&roles, &headers),
        taken: roles.taken.clone(),
        ..Table::default()
    };
    // readme.io's editor leaves empty rows anywhere: they end nothing.
    let mut layout = Layout::new(table, Blank::Ignored);
    for (((line, raw), cells), row) in grid.into_iter().zip(body).zip(rows) {
        let raw = raw?;
        check_keys(data, row, columns, &cells, line, warnings);
        let read = columns::read_line(&roles, &raw, &cells, line, warnings)?;
        if let (Line::Row(row), Some(column)) = (&read, code_column) {
            check_anchor(row, &raw[column], warnings);
        }
        layout.add(read, line);
    }
    layout.finish().map(Some)
}

/// Warns when row `row` (on line `line`), which has text, lacks a cell of
/// the table's `columns` (readme.io's editor writes every cell, `""` for an
/// empty one): its missing cells are read as empty.
fn check_keys(
    data: &serde_json::Map<String, Json>,
    row: usize,
    columns: usize,
    cells: &[String],
    line: usize,
    warnings: &mut Vec<Warning>,
) {
    if cells.iter().all(String::is_empty) {
        return;
    }
    let missing: Vec<String> = (0..columns)
        .map(|c| format!("{row}-{c}"))
        .filter(|key| !data.contains_key(key))
        .collect();
    if !missing.is_empty() {
        warnings.push(Warning {
            line: Some(line),
            message: format!(
                "the row has no cell \"{}\" of the table's {columns} columns: read as empty (a damaged block?)",
                missing.join("\", \"")
            ),
        });
    }
}

/// The line (0-based, within the block) of `"key":`, or the block's first.
fn key_line(block: &str, key: &str) -> usize {
    let needle = format!("\"{key}\"");
    block
        .find(&needle)
        .map_or(0, |offset| block[..offset].matches('\n').count())
}

#[cfg(test)]
mod tests {
    use super::super::{Code, Format, GroupRange, import};

    const PAGE: &str = r#"---
title: "API status codes"
---
Some text.
[block:parameters]
{
  "data": {
    "0-0": "**5xxx**",
    "0-1": "**Files errors**",
    "h-0": "Code",
    "h-1": "Description",
    "1-0": "<a name=\"5000\">5000</a>",
    "1-1": "File service is `currently` unavailable.",
    "3-0": "<a name=\"5002\">5002</a>",
    "3-1": "Requested file does not exist.",
    "2-0": "<a name=\"5009\">5001</a>",
    "2-1": "Insufficient privileges.",
    "4-0": "<a name=\"5002\">5002</a>",
    "4-1": "Another meaning.",
    "5-1": ""
  },
  "cols": 2,
  "rows": 6
}
[/block]
"#;

    #[test]
    fn rows_in_row_order_with_groups_and_defects() {
        let document = import(PAGE, Format::Auto).unwrap();
        assert_eq!(document.format, Format::ReadmeJson);
        let table = &document.tables[0];
        assert_eq!(table.title.as_deref(), Some("API status codes"));
        let rows: Vec<(Code, Option<&str>, Option<usize>)> = table
            .rows()
            .iter()
            .map(|(row, group)| {
                (
                    row.code.clone(),
                    row.description.as_deref(),
                    group.and_then(|g| g.line),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (
                    Code::Int(5000),
                    Some("File service is currently unavailable."),
                    Some(8)
                ),
                (Code::Int(5001), Some("Insufficient privileges."), Some(8)),
                (
                    Code::Int(5002),
                    Some("Requested file does not exist."),
                    Some(8)
                ),
            ]
        );
        let group = table.groups().next().unwrap();
        assert_eq!(
            (group.title.as_deref(), group.range.clone()),
            (
                Some("5xxx Files errors"),
                Some(GroupRange::Ints(5000, 5999))
            )
        );
        // The anchor that differs and the code listed twice are warnings.
        let messages: Vec<String> = document.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(
            messages[0].starts_with("line 16: the row's anchor is 5009 but it shows 5001"),
            "{messages:?}"
        );
        assert!(
            messages[1].starts_with("line 18: code 5002 is listed again (first on line 14)"),
            "{messages:?}"
        );
    }

    #[test]
    fn broken_blocks_are_errors() {
        let cut = &PAGE[..PAGE.find("\"cols\"").unwrap()];
        let error = import(cut, Format::ReadmeJson).unwrap_err();
        assert!(error.message.contains("not closed"), "{error}");
        let bad = PAGE.replace("\"3-1\": \"Requested", "\"3-1\": Requested");
        let error = import(&bad, Format::ReadmeJson).unwrap_err();
        assert_eq!(error.line, Some(15), "{error}");
        assert!(error.message.contains("not valid JSON"), "{error}");
        let not_a_number = PAGE.replace("5002\\\">5002<", "5002\\\">five<");
        let error = import(&not_a_number, Format::ReadmeJson).unwrap_err();
        assert!(
            error.message.contains("\"five\" is not a number"),
            "{error}"
        );
    }
}
