//! Markdown tables: `| CODE | ERROR | DESCRIPTION |`, a separator row, then
//! one row a code, read with pulldown-cmark (GitHub's tables: a header row,
//! a delimiter row, `\|` inside a cell; inline markup: links, code spans,
//! emphasis, HTML and entities). Codes may be wrapped in anchors
//! (`<span id="10000">10000</span>`); heading rows (`| | **Model Codes:
//! 21xxx** | |`) start groups, and an empty row ends one. A page with
//! several tables under `#` headings gives one table whose groups are those
//! headings.
//!
//! pulldown-cmark pads a row with fewer cells than its header and drops the
//! cells past it, silently: the rows' shapes are checked here, from their
//! source (see `Shape`).

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::columns::{self, Blank, Layout, Line, Role};
use super::markup::{collapse, inline_text, strip_html};
use super::{ColumnOptions, Error, Item, Row, Table, Warning, heading_group};

/// `true` when `text` has a markdown table: a row with a `|` (leading
/// pipes are optional, as on Slate's pages: `Error Code | Meaning`)
/// followed by a separator row.
#[must_use]
pub fn looks_like(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .windows(2)
        .any(|pair| is_table_start(pair[0], pair[1]))
}

/// `true` for a header row (a line with a `|`) over a separator row.
fn is_table_start(header: &str, separator: &str) -> bool {
    header.contains('|') && is_separator(separator)
}

/// `| :--- | ---: |`
fn is_separator(line: &str) -> bool {
    let line = line.trim();
    line.contains('-')
        && line.contains('|')
        && line
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// A `#` heading of the page: its line and text.
type Heading = (usize, String);

/// Reads every code table of a markdown page.
///
/// # Errors
///
/// A row whose code is not a number, a table that mixes numbers and
/// strings, or a table cut by the end of the file inside a row.
pub fn parse(
    text: &str,
    columns: &ColumnOptions,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Table>, Error> {
    let Found { title, tables } = find_tables(text, columns, warnings)?;
    if tables.len() <= 1 {
        return Ok(tables
            .into_iter()
            .map(|(_, mut table)| {
                table.title.clone_from(&title);
                table
            })
            .collect());
    }
    Ok(merge_tables(tables, title.as_ref()))
}

/// The code tables of a page, each with the `#` heading above it, and the
/// page's title (its first heading).
struct Found {
    title: Option<String>,
    tables: Vec<(Option<Heading>, Table)>,
}

/// A cell as pulldown-cmark reads it: its source range and its text
/// without markup.
struct Cell {
    range: Range<usize>,
    text: String,
}

/// A table as pulldown-cmark reads it: its header's range and cells, and
/// each row's range and cells.
#[derive(Default)]
struct Grid {
    header: Range<usize>,
    headers: Vec<Cell>,
    rows: Vec<(Range<usize>, Vec<Cell>)>,
}

/// The markdown options the pages need: GitHub's tables, and the YAML
/// front matter (`---` lines) of Docusaurus and GitBook pages, which is no
/// text of the page.
fn cmark_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
}

/// Finds the page's headings and code tables.
fn find_tables(
    text: &str,
    options: &ColumnOptions,
    warnings: &mut Vec<Warning>,
) -> Result<Found, Error> {
    let lines = LineStarts::new(text);
    let mut found = Found {
        title: None,
        tables: Vec::new(),
    };
    let mut heading: Option<Heading> = None;
    // The lines that start a table and the code blocks, as markdown reads
    // them: a `|` row and separator row elsewhere is a table to nobody.
    let mut tables_at = Vec::new();
    // Where the last row of a table read so far ends.
    let mut last_row = 0;
    let mut code = Vec::new();
    let mut events = Parser::new_ext(text, cmark_options()).into_offset_iter();
    while let Some((event, range)) = events.next() {
        match event {
            Event::Start(Tag::CodeBlock(_)) => {
                code.push(lines.line(range.start)..lines.line(range.end.saturating_sub(1)) + 1);
            }
            Event::Start(Tag::Heading { .. }) => {
                let title = collapse(&inline_text(until(&mut events, is_heading_end)));
                if !title.is_empty() {
                    if found.title.is_none() {
                        found.title = Some(title.clone());
                    }
                    heading = Some((lines.line(range.start), title));
                }
            }
            Event::Start(Tag::Table(_)) => {
                tables_at.push(lines.line(range.start));
                let grid = read_grid(&mut events);
                last_row = grid.rows.last().map_or(last_row, |(row, _)| row.end);
                let headers: Vec<String> = grid.headers.iter().map(|c| c.text.clone()).collect();
                let body: Vec<Vec<String>> = grid
                    .rows
                    .iter()
                    .map(|(_, row)| row.iter().map(|c| c.text.clone()).collect())
                    .collect();
                if let Some(roles) = columns::choose(&headers, &body, options)? {
                    let mut table = read_table(text, &lines, &roles, &headers, &grid, warnings)?;
                    table.taken = roles.taken;
                    found.tables.push((heading.take(), table));
                }
            }
            _ => {}
        }
    }
    if let Some(line) = row_cut_at_its_start(text, &lines, last_row) {
        return Err(Error::at(
            line,
            "the table's last row is cut by the end of the file (it ends after the row's first `|`): the file looks truncated",
        ));
    }
    let unread = tables_not_read(text, &tables_at, &code);
    if let (true, Some(&(first, why))) = (found.tables.is_empty(), unread.first()) {
        return Err(Error::at(first, why));
    }
    warnings.extend(unread.into_iter().map(|(line, why)| Warning {
        line: Some(line),
        message: why.to_owned(),
    }));
    Ok(found)
}

/// The file's last line, when it follows a table's last row (ending at
/// byte `last_row`), starts with `|` and has no line end: a row cut right
/// after it began, which markdown reads as no row (nor any text of note).
fn row_cut_at_its_start(text: &str, lines: &LineStarts, last_row: usize) -> Option<usize> {
    let rest = text.get(last_row..)?;
    let cut = last_row > 0
        && !text.ends_with('\n')
        && !rest.contains('\n')
        && rest.trim_start().starts_with('|');
    cut.then(|| lines.line(text.len()))
}

const NOT_A_TABLE: &str = "a `|` row over a separator row that markdown reads as no table (a table's \
     delimiter row has one cell a column of the header, each dashes with optional colons, as \
     `| --- | :---: |`; this one, rendered, is text): not imported";

const HTML_NOT_A_TABLE: &str = "a `|` row over a separator row that starts with an HTML tag: \
     markdown reads it, and the lines after it up to a blank line, as HTML, not as a table \
     (begin the row with `|`, or the tag after some text): not imported";

/// The lines (1-based) of the `|` rows over a separator row that are
/// neither a table markdown reads (`tables_at`, their first lines) nor in a
/// code block (`code`, ranges of lines), each with why it is no table.
fn tables_not_read(
    text: &str,
    tables_at: &[usize],
    code: &[Range<usize>],
) -> Vec<(usize, &'static str)> {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .windows(2)
        .enumerate()
        .map(|(index, pair)| (index + 1, pair))
        .filter(|(line, pair)| {
            is_table_start(pair[0], pair[1])
                && !tables_at.contains(line)
                && !code.iter().any(|block| block.contains(line))
        })
        .map(|(line, pair)| {
            let html = pair[0].trim_start().starts_with('<');
            (line, if html { HTML_NOT_A_TABLE } else { NOT_A_TABLE })
        })
        .collect()
}

fn is_heading_end(event: &Event<'_>) -> bool {
    matches!(event, Event::End(TagEnd::Heading(_)))
}

/// The events up to the first that `end` holds (taken, not returned).
fn until<'a, 'e>(
    events: &'e mut impl Iterator<Item = (Event<'a>, Range<usize>)>,
    end: impl Fn(&Event<'a>) -> bool + 'e,
) -> impl Iterator<Item = Event<'a>> + 'e {
    events.map(|(event, _)| event).take_while(move |e| !end(e))
}

/// The header and rows of the table whose `Start(Table)` was just read.
fn read_grid<'a>(events: &mut impl Iterator<Item = (Event<'a>, Range<usize>)>) -> Grid {
    let mut grid = Grid::default();
    let mut row: Option<(Range<usize>, Vec<Cell>)> = None;
    while let Some((event, range)) = events.next() {
        match event {
            Event::Start(Tag::TableHead) => grid.header = range,
            Event::Start(Tag::TableRow) => row = Some((range, Vec::new())),
            Event::Start(Tag::TableCell) => {
                let text = collapse(&inline_text(until(events, |e| {
                    matches!(e, Event::End(TagEnd::TableCell))
                })));
                let cell = Cell { range, text };
                match row.as_mut() {
                    Some((_, cells)) => cells.push(cell),
                    None => grid.headers.push(cell),
                }
            }
            Event::End(TagEnd::TableRow) => grid.rows.extend(row.take()),
            Event::End(TagEnd::Table) => break,
            _ => {}
        }
    }
    grid
}

/// The line each byte offset of a text is on.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        LineStarts(starts)
    }

    /// The line (1-based) of byte `offset`.
    fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

/// Several tables: one table, a group for each heading (tables of another
/// shape stay apart).
fn merge_tables(found: Vec<(Option<Heading>, Table)>, title: Option<&String>) -> Vec<Table> {
    let mut tables: Vec<Table> = Vec::new();
    for (heading, table) in found {
        let same_shape = tables
            .last()
            .is_some_and(|last: &Table| last.columns == table.columns);
        let items = match heading {
            Some((line, heading)) if Some(&heading) != title => {
                under_heading(line, heading, table.items)
            }
            _ => table.items,
        };
        if same_shape {
            if let Some(last) = tables.last_mut() {
                last.items.extend(items);
                continue;
            }
        }
        tables.push(Table {
            title: title.cloned(),
            items,
            ..table
        });
    }
    tables
}

/// A table's items under the heading `title` on `line`: the heading's group
/// holds the rows before the table's own heading rows, which stay groups of
/// their own.
fn under_heading(line: usize, title: String, table_items: Vec<Item>) -> Vec<Item> {
    let mut items = Vec::new();
    let mut group = Some(heading_group(title, line));
    for item in table_items {
        match (item, group.as_mut()) {
            (Item::Group(inner), _) => {
                items.extend(group.take().map(Item::Group));
                items.push(Item::Group(inner));
            }
            (other, Some(group)) => group.items.push(other),
            (other, None) => items.push(other),
        }
    }
    items.extend(group.map(Item::Group));
    items
}

fn read_table(
    text: &str,
    lines: &LineStarts,
    roles: &[Role],
    headers: &[String],
    grid: &Grid,
    warnings: &mut Vec<Warning>,
) -> Result<Table, Error> {
    let table = Table {
        line: lines.line(grid.header.start),
        columns: columns::extra_columns(roles, headers),
        ..Table::default()
    };
    let shape = Shape {
        header: source_line(text, &grid.header),
        cells: headers.len(),
        cut_line: (!text.ends_with('\n')).then(|| lines.line(text.len())),
    };
    let code_column = roles.iter().position(|r| *r == Role::Code);
    let mut layout = Layout::new(table, Blank::EndsGroup);
    for (range, row) in &grid.rows {
        let number = lines.line(range.start);
        // The cells the row has in its source: pulldown-cmark pads a short
        // row with empty cells at its end, and drops those past the header.
        let written = row.iter().filter(|c| c.range.start < range.end).count();
        let beyond = row
            .last()
            .map_or(0, |last| cells_after(text, last.range.end, range.end));
        let line = source_line(text, range);
        shape.check(line, written + beyond, number, warnings)?;
        let raw: Vec<String> = row
            .iter()
            .map(|c| text[c.range.clone()].trim().to_owned())
            .collect();
        let cells: Vec<String> = row.iter().map(|c| c.text.clone()).collect();
        let line = columns::read_line(roles, &raw, &cells, number, warnings)?;
        if let (Line::Row(row), Some(column)) = (&line, code_column) {
            check_anchor(row, raw.get(column).map_or("", String::as_str), warnings);
        }
        layout.add(line, number);
    }
    layout.finish()
}

/// The text of `range` without its line end.
fn source_line<'a>(text: &'a str, range: &Range<usize>) -> &'a str {
    text[range.clone()].trim_end_matches(['\r', '\n'])
}

/// How many cells a row has in its source between byte `from` (the end of
/// the last cell pulldown-cmark kept) and `to` (the row's end): the cells
/// past its header's, which pulldown-cmark drops.
fn cells_after(text: &str, from: usize, to: usize) -> usize {
    let rest = text.get(from..to).unwrap_or("").trim();
    let rest = rest.strip_prefix('|').unwrap_or(rest).trim();
    let rest = rest.strip_suffix('|').unwrap_or(rest).trim();
    if rest.is_empty() {
        0
    } else {
        rest.split('|').count()
    }
}

/// The shape a table's rows should have: its header's.
pub(crate) struct Shape<'a> {
    /// The header row, as written.
    pub header: &'a str,
    /// How many cells the header has.
    pub cells: usize,
    /// The file's last line, when the file ends without a line end: a row
    /// on it may be cut by the end of the file.
    pub cut_line: Option<usize>,
}

impl Shape<'_> {
    /// Checks a row (`row` as written, with `cells` cells, on line
    /// `number`) against the header: a row with fewer or more cells, or
    /// without the closing `|` the header has, is a warning; on the file's
    /// last line, without a line end after it, it is cut by the end of the
    /// file, an error (a whole row there is a warning: the file may have
    /// been cut after it).
    ///
    /// # Errors
    ///
    /// A row cut by the end of the file.
    pub fn check(
        &self,
        row: &str,
        cells: usize,
        number: usize,
        warnings: &mut Vec<Warning>,
    ) -> Result<(), Error> {
        let closed = |line: &str| {
            let line = line.trim_end();
            line.ends_with('|') && !line.ends_with("\\|")
        };
        let unclosed = closed(self.header) && !closed(row);
        let last = self.cut_line == Some(number);
        if unclosed && !last && cells == self.cells {
            warnings.push(Warning {
                line: Some(number),
                message: "the row has no closing `|`, as its heading row has (a cut row?)"
                    .to_owned(),
            });
            return Ok(());
        }
        columns::check_shape(
            &columns::ROWS,
            (self.cells, cells, number),
            (last, unclosed.then_some(", no closing `|`")),
            warnings,
        )
    }
}

/// Warns when a code's anchor (`<span id="9023">`, `<a name="9023">`) is
/// another number than the one shown: the shown one is imported.
pub(crate) fn check_anchor(row: &Row, raw: &str, warnings: &mut Vec<Warning>) {
    let anchor = ["id=\"", "name=\""].iter().find_map(|attribute| {
        let start = raw.find(attribute)? + attribute.len();
        let end = raw[start..].find('"')?;
        Some(raw[start..start + end].to_owned())
    });
    let Some(anchor) = anchor else {
        return;
    };
    let shown = strip_html(raw);
    if anchor.trim() != shown.trim() {
        warnings.push(Warning {
            line: row.line,
            message: format!(
                "the row's anchor is {anchor} but it shows {}: the shown number, {}, is imported",
                shown.trim(),
                row.code
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Code, Format, GroupRange, import};
    use super::*;

    const PAGE: &str = "\
---
description: codes
---

# Status Codes

Some text.

| CODE | ERROR | DESCRIPTION |
| :--- | :--- |:---  |
| | **Generic** | |
| 10000 | SUCCESS | Ok |
| 10001 | SUCCESS_WARNING |  |
|  | **Model Codes: 21xxx** |   |
| 21100 | MODEL_TRAINED | Custom model has been already trained |
| 21101 |MODEL_TRAINING | Custom model is currently training |
| - | -| Status codes through 21119 are *reserved* |
|  |  **Model Evaluation Codes: 213xx**  |      |
| 21300 | MODEL_EVALUATED | Model was successfully evaluated |
| | | |
| 43040 | CLUSTER_INTERNAL_FAILURE | |
| 42000 | | Visualization failure `x` |
";

    #[test]
    #[allow(clippy::type_complexity)] // rows compared as tuples
    fn rows_groups_ranges_and_notes() {
        let mut warnings = Vec::new();
        let tables = parse(PAGE, &super::super::ColumnOptions::default(), &mut warnings).unwrap();
        assert_eq!(tables.len(), 1);
        let table = &tables[0];
        assert_eq!(table.title.as_deref(), Some("Status Codes"));
        let rows: Vec<(i128, Option<&str>, Option<&str>, Option<&str>)> = table
            .rows()
            .iter()
            .map(|(row, group)| {
                let Code::Int(code) = row.code else { panic!() };
                (
                    code,
                    row.name.as_deref(),
                    row.description.as_deref(),
                    group.and_then(|g| g.title.as_deref()),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (10000, Some("SUCCESS"), Some("Ok"), Some("Generic")),
                (10001, Some("SUCCESS_WARNING"), None, Some("Generic")),
                (
                    21100,
                    Some("MODEL_TRAINED"),
                    Some("Custom model has been already trained"),
                    Some("Model Codes: 21xxx")
                ),
                (
                    21101,
                    Some("MODEL_TRAINING"),
                    Some("Custom model is currently training"),
                    Some("Model Codes: 21xxx")
                ),
                (
                    21300,
                    Some("MODEL_EVALUATED"),
                    Some("Model was successfully evaluated"),
                    Some("Model Evaluation Codes: 213xx")
                ),
                // After an empty row: in no group.
                (43040, Some("CLUSTER_INTERNAL_FAILURE"), None, None),
                (42000, None, Some("Visualization failure x"), None),
            ]
        );
        let ranges: Vec<_> = table.groups().map(|g| g.range.clone()).collect();
        let ints = |lo, hi| Some(GroupRange::Ints(lo, hi));
        assert_eq!(ranges, [None, ints(21000, 21999), ints(21300, 21399)]);
        // The note row stays, as a note of its group.
        let Item::Group(model) = &table.items[1] else {
            panic!()
        };
        assert!(model.items.contains(&Item::Comment(
            "the page: \"Status codes through 21119 are reserved\"".into()
        )));
        // The missing name is a warning, with its line.
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].line, Some(22));
        assert!(warnings[0].message.contains("42000 has no name"));
    }

    #[test]
    fn anchors_are_read_and_checked() {
        let page = "\
| CODE  | DESCRIPTION |
| ----- | ----------- |
| <span id=\"10000\">10000</span> | Ok |
| <a name=\"9023\">9032</a> | Swapped |
";
        let document = import(page, Format::Auto).unwrap();
        assert_eq!(document.format, Format::Markdown);
        let codes: Vec<Code> = document.tables[0]
            .rows()
            .iter()
            .map(|(r, _)| r.code.clone())
            .collect();
        assert_eq!(codes, [Code::Int(10000), Code::Int(9032)]);
        assert_eq!(document.warnings.len(), 1);
        assert_eq!(document.warnings[0].line, Some(4));
        assert!(
            document.warnings[0]
                .message
                .contains("anchor is 9023 but it shows 9032")
        );
    }

    #[test]
    fn headings_over_several_tables_are_groups() {
        let page = "\
# Codes

## Account: 11xxx

| Code | Name | Description |
| --- | --- | --- |
| 11000 | ACCOUNT | Account issue |

## Models: 21xxx

| Code | Name | Description |
| --- | --- | --- |
| 21000 | MODEL | Model issue |
";
        let document = import(page, Format::Markdown).unwrap();
        assert_eq!(document.tables.len(), 1);
        let groups: Vec<_> = document.tables[0]
            .groups()
            .map(|g| (g.title.as_deref(), g.range.clone(), g.items.len()))
            .collect();
        assert_eq!(
            groups,
            [
                (
                    Some("Account: 11xxx"),
                    Some(GroupRange::Ints(11000, 11999)),
                    1
                ),
                (
                    Some("Models: 21xxx"),
                    Some(GroupRange::Ints(21000, 21999)),
                    1
                )
            ]
        );
    }

    #[test]
    fn a_code_that_is_not_a_number_is_an_error() {
        let page = "\
| CODE | DESCRIPTION |
| --- | --- |
| 10000 | Ok |
| ten | Not a number |
";
        let error = import(page, Format::Markdown).unwrap_err();
        assert_eq!(error.line, Some(4));
        assert!(error.message.contains("\"ten\" is not a number"), "{error}");
        let page = "| CODE | DESCRIPTION |\n| --- | --- |\n| 10000 | Ok |\n| 100O1 | Letter O |\n";
        let error = import(page, Format::Markdown).unwrap_err();
        assert_eq!(error.line, Some(4), "{error}");
    }

    #[test]
    fn string_codes_of_any_shape_make_a_string_keyed_table() {
        // Codes as AWS and gRPC write them: words, CamelCase, SCREAMING_CASE
        // with and without underscores (the importer once asked for a
        // separator: `DEADLINE_EXCEEDED` passed, `UNIMPLEMENTED` did not).
        let page = "\
| Code | Description |
| --- | --- |
| AccessDenied | Access Denied |
| ThrottlingException | Rate exceeded |
| CANCELLED | The operation was cancelled. |
| UNIMPLEMENTED | The operation is not implemented. |
| DEADLINE_EXCEEDED | The deadline expired. |
";
        let document = import(page, Format::Markdown).unwrap();
        let table = &document.tables[0];
        assert!(table.is_string_keyed());
        let codes: Vec<String> = table
            .rows()
            .iter()
            .map(|(row, _)| row.code.to_string())
            .collect();
        assert_eq!(
            codes,
            [
                "AccessDenied",
                "ThrottlingException",
                "CANCELLED",
                "UNIMPLEMENTED",
                "DEADLINE_EXCEEDED"
            ]
        );
    }

    #[test]
    fn pages_without_a_code_table() {
        let error = import("# Title\n\nJust prose.\n", Format::Markdown).unwrap_err();
        assert!(error.message.contains("no table of codes"), "{error}");
        let page = "| Parameter | Description |\n| --- | --- |\n| id | The id |\n";
        assert!(import(page, Format::Markdown).is_err());
        // Escaped pipes stay inside their cell.
        let page = "| Code | Description |\n| --- | --- |\n| 1 | a \\| b |\n";
        let document = import(page, Format::Markdown).unwrap();
        assert_eq!(
            document.tables[0].rows()[0].0.description.as_deref(),
            Some("a | b")
        );
    }

    /// Tables as GitHub reads them: without outer pipes, a row with more
    /// cells than its header (a warning: the cells past it are dropped), a
    /// code span with an escaped pipe.
    #[test]
    fn tables_as_github_reads_them() {
        let page = "\
Code | Description
--- | ---
1 | `a\\|b` here
2 | two | extra
";
        let document = import(page, Format::Markdown).unwrap();
        let rows = document.tables[0].rows();
        assert_eq!(rows[0].0.description.as_deref(), Some("a|b here"));
        assert_eq!(rows[1].0.description.as_deref(), Some("two"));
        let messages: Vec<String> = document.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "line 4: the row has 3 cells, its heading row 2: the cells past the heading's are left out"
            ]
        );
    }

    /// A `|` row over a separator whose cells do not match the header's is
    /// no table to markdown: an error when the page has no other table, a
    /// warning beside one; a table in a code block is no table either.
    #[test]
    fn a_table_markdown_does_not_read_is_said() {
        let page = "| Code | Name | Description |\n| --- | --- |\n| 1 | A | a |\n";
        let error = import(page, Format::Markdown).unwrap_err();
        assert_eq!(error.line, Some(1));
        assert!(
            error.message.contains("markdown reads as no table"),
            "{error}"
        );
        let page = "\
| Code | Description |
| --- | --- |
| 1 | a |

| Code | Name | Description |
| --- | --- |
| 2 | B | b |

```
| Code | Description |
| --- | --- |
```
";
        let document = import(page, Format::Markdown).unwrap();
        assert_eq!(document.tables[0].len(), 1);
        let lines: Vec<Option<usize>> = document.warnings.iter().map(|w| w.line).collect();
        assert_eq!(lines, [Some(5)]);
    }
}
