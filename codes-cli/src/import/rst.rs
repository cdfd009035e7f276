//! reStructuredText grid tables:
//!
//! ```text
//! +-------------+----------------+------------------+
//! | Status Code | Error Codes    | Error Message    |
//! +=============+================+==================+
//! | 401         | ModelArts.0112 | Failed to        |
//! |             |                | execute.         |
//! +-------------+----------------+------------------+
//! ```
//!
//! A cell's lines and paragraphs are joined with single spaces. The table's
//! title is the section heading above it (a line underlined with `=`, `-`,
//! ...), else its `.. table::` caption. List tables (`.. list-table::`) are
//! read too: a two-level bullet list, a row an item, a cell a sub-item.

mod list_table;

use super::columns::{self, Blank, Layout};
use super::markup::strip_rst;
use super::{ColumnOptions, Error, Table, Warning, numbered};

/// `true` when `text` has a grid table (a `+---+` border followed by a
/// `|` line) or a list table (`.. list-table::`).
#[must_use]
pub fn looks_like(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .windows(2)
        .any(|pair| is_border(pair[0].trim()) && pair[1].trim_start().starts_with('|'))
        || lines
            .iter()
            .any(|line| line.trim_start().starts_with(".. list-table::"))
}

/// `+----+----+` or `+====+====+`.
fn is_border(line: &str) -> bool {
    line.len() >= 3
        && line.starts_with('+')
        && line.ends_with('+')
        && line.contains(['-', '='])
        && line.chars().all(|c| matches!(c, '+' | '-' | '='))
}

fn is_underline(line: &str, above: &str) -> bool {
    let line = line.trim_end();
    let first = line.chars().next();
    !above.trim().is_empty()
        && first.is_some_and(|c| "=-~^\"'*#+`".contains(c))
        && line.chars().all(|c| Some(c) == first)
        && line.chars().count() >= above.trim().chars().count()
        && line.chars().count() >= 3
}

/// Reads every grid table of an RST page that has a code column.
///
/// # Errors
///
/// A row whose code is not a number (nor a string code), a table that
/// mixes numbers and strings, or a row that does not fit the table's
/// columns.
pub fn parse(
    text: &str,
    columns: &ColumnOptions,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Table>, Error> {
    let lines: Vec<(usize, &str)> = numbered(text).collect();
    let mut heading: Option<String> = None;
    let mut caption: Option<String> = None;
    let mut tables = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let (number, line) = lines[index];
        let trimmed = line.trim();
        if let Some(next) = lines.get(index + 1) {
            if !is_border(trimmed)
                && !trimmed.starts_with("..")
                && is_underline(next.1, line)
                && !line.starts_with(' ')
            {
                heading = Some(strip_rst(trimmed));
                caption = None;
                index += 2;
                continue;
            }
        }
        if trimmed.starts_with(".. list-table::") {
            let list = list_table::read(&lines, index);
            let title = heading.clone().or(list.caption);
            if let Some(headers) = list.header {
                let found = table_of(&headers, list.rows, number, title, columns, warnings)?;
                tables.extend(found);
            }
            index = list.end;
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix(".. table::") {
            caption = Some(strip_rst(rest)).filter(|c| !c.is_empty());
            index += 1;
            continue;
        }
        if !is_border(trimmed) {
            index += 1;
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let mut end = index + 1;
        while end < lines.len() {
            let next = lines[end].1;
            let inner = next.get(indent..).unwrap_or("");
            if next.len() - next.trim_start().len() < indent
                || !(inner.starts_with('|') || inner.starts_with('+'))
            {
                break;
            }
            end += 1;
        }
        let title = heading.clone().or_else(|| caption.clone());
        let found = read_table(&lines[index..end], indent, number, title, columns, warnings)?;
        if let Some(table) = found {
            tables.push(table);
        }
        index = end;
    }
    Ok(tables)
}

/// Reads the grid table in `lines` (its first line the top border): its
/// header row names the columns, its other rows are codes, headings or notes.
/// `None` when it is not a table of codes: no header row (`+===+`) or no
/// code column.
///
/// # Errors
///
/// A line that does not end at the right border, a table without its
/// closing border, or a row `columns::read_line` or the table
/// `columns::check_codes` rejects.
fn read_table(
    lines: &[(usize, &str)],
    indent: usize,
    line: usize,
    title: Option<String>,
    options: &ColumnOptions,
    warnings: &mut Vec<Warning>,
) -> Result<Option<Table>, Error> {
    let border: Vec<char> = lines[0].1[indent..].trim_end().chars().collect();
    let bounds: Vec<usize> = border
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == '+')
        .map(|(i, _)| i)
        .collect();
    if bounds.len() < 2 {
        return Ok(None);
    }
    let (header, rows) = grid_rows(lines, indent, &bounds, warnings)?;
    let Some(headers) = header else {
        return Ok(None);
    };
    table_of(&headers, rows, line, title, options, warnings)
}

/// The table of `rows` (each with its first line) under `headers` (a grid
/// table's or a list table's), starting on line `line`; `None` when no
/// column is the code. A list table's row with fewer cells than the
/// heading is a warning, its missing cells empty.
///
/// # Errors
///
/// A row `columns::read_line` or the table `columns::check_codes` rejects.
fn table_of(
    headers: &[String],
    mut rows: Vec<(usize, Vec<String>)>,
    line: usize,
    title: Option<String>,
    options: &ColumnOptions,
    warnings: &mut Vec<Warning>,
) -> Result<Option<Table>, Error> {
    for (number, cells) in &mut rows {
        columns::check_shape(
            &columns::ROWS,
            (headers.len(), cells.len(), *number),
            (false, None),
            warnings,
        )?;
        cells.resize(headers.len(), String::new());
    }
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|(_, raw)| raw.iter().map(|c| strip_rst(c)).collect())
        .collect();
    let Some(roles) = columns::choose(headers, &body, options)? else {
        return Ok(None);
    };
    let table = Table {
        title,
        line,
        columns: columns::extra_columns(&roles, headers),
        taken: roles.taken.clone(),
        ..Table::default()
    };
    let mut layout = Layout::new(table, Blank::EndsGroup);
    for ((number, raw), stripped) in rows.into_iter().zip(body) {
        layout.add(
            columns::read_line(&roles, &raw, &stripped, number, warnings)?,
            number,
        );
    }
    layout.finish().map(Some)
}

/// A grid table's header row (the cells above its `+===+` line) and its
/// other rows, each with its first line; `bounds` are the columns of the
/// top border's `+`s.
///
/// # Errors
///
/// A line that does not end at the right border, or a table without its
/// closing border.
#[allow(clippy::type_complexity)] // the header and the rows, as read
fn grid_rows(
    lines: &[(usize, &str)],
    indent: usize,
    bounds: &[usize],
    warnings: &mut Vec<Warning>,
) -> Result<(Option<Vec<String>>, Vec<(usize, Vec<String>)>), Error> {
    let columns = bounds.len() - 1;
    // Rows: the lines between two borders; the header ends at `+===+`.
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    let mut current: Option<(usize, Vec<Vec<String>>)> = None;
    let mut header: Option<Vec<String>> = None;
    let mut merged = false;
    for &(number, text) in &lines[1..] {
        let chars: Vec<char> = text
            .get(indent..)
            .unwrap_or("")
            .trim_end()
            .chars()
            .collect();
        let as_string: String = chars.iter().collect();
        if is_border(&as_string) {
            if let Some((start, cells)) = current.take() {
                let joined = cells.iter().map(|c| join_cell(c)).collect::<Vec<_>>();
                if as_string.contains('=') && header.is_none() && rows.is_empty() {
                    header = Some(joined);
                } else {
                    rows.push((start, joined));
                }
            }
            merged = false;
            continue;
        }
        let (start, cells) = current.get_or_insert_with(|| (number, vec![Vec::new(); columns]));
        for (column, cell) in cells.iter_mut().enumerate() {
            let from = bounds[column] + 1;
            let to = bounds[column + 1];
            let piece: String = chars
                .get(from..to.min(chars.len()))
                .map(|s| s.iter().collect())
                .unwrap_or_default();
            cell.push(piece);
        }
        if chars.len() < bounds[columns] + 1 || chars.get(bounds[columns]) != Some(&'|') {
            return Err(Error::at(
                number,
                "this line of the grid table does not end at the table's right border (a cut or misaligned table)",
            ));
        }
        let inner = &bounds[1..columns];
        if let Some(&at) = inner
            .iter()
            .find(|&&at| !matches!(chars.get(at), Some('|' | '+')))
        {
            if !merged {
                warnings.push(Warning {
                    line: Some(number),
                    message: format!(
                        "the row that starts on line {start} has no `|` between its columns at character {} (a merged cell, or a damaged row): its text is read as split at the table's column borders",
                        indent + at + 1
                    ),
                });
            }
            merged = true;
        }
    }
    if current.is_some() {
        let last = lines.last().map_or(0, |(n, _)| *n);
        return Err(Error::at(
            last,
            "the grid table ends without its closing border (a cut table)",
        ));
    }
    Ok((header, rows))
}

/// A cell's lines, trimmed, paragraphs and lines joined with a space; a
/// line that ends in a `\` (an escaped line end, as a word cut across two
/// lines, `IllegalVersioningConfigurationEx\` then `ception`) joins the next
/// without a space, and the cell's directives are read as [`directives`]
/// reads them.
fn join_cell(lines: &[String]) -> String {
    let mut out = String::new();
    let mut glued = false;
    for line in directives(lines) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() && !glued {
            out.push(' ');
        }
        glued = ends_escaped(line);
        out.push_str(if glued { &line[..line.len() - 1] } else { line });
    }
    out
}

/// `true` when `line` ends in a `\` that escapes the line's end (an odd
/// number of them: `\\` is a backslash).
fn ends_escaped(line: &str) -> bool {
    line.bytes().rev().take_while(|b| *b == b'\\').count() % 2 == 1
}

/// The admonitions, whose title the rendered page shows before their text.
const ADMONITIONS: &[&str] = &[
    "attention",
    "caution",
    "danger",
    "error",
    "hint",
    "important",
    "note",
    "tip",
    "warning",
    "seealso",
];

/// A cell's lines with its explicit markup read as the rendered page shows
/// it: an admonition (`.. note::`, `.. important::`) is its title and text
/// (`Note: ...`), `.. admonition:: Title` is `Title: ...`, another directive
/// (`.. code-block:: python`, `.. only:: html`) is its block's text alone
/// (its argument is no text of the page); a directive's options
/// (`:class: x`) go, and so do comments (`.. text`), hyperlink targets
/// (`.. _name:`) and substitution definitions (`.. |name| image:: x`), with
/// their indented blocks.
fn directives(lines: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let line = &lines[index];
        let Some(rest) = line.trim_start().strip_prefix("..") else {
            out.push(line.clone());
            index += 1;
            continue;
        };
        if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
            out.push(line.clone());
            index += 1;
            continue;
        }
        // The block: the lines after, blank or indented past the `..`.
        let indent = indent_of(line);
        let mut end = index + 1;
        while end < lines.len() && (lines[end].trim().is_empty() || indent_of(&lines[end]) > indent)
        {
            end += 1;
        }
        let body = &lines[index + 1..end];
        if let Some((name, argument)) = rest.trim().split_once("::") {
            let name = name.trim();
            let is_directive = !name.is_empty()
                && !name.starts_with(['_', '|'])
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_:.+".contains(c));
            if is_directive {
                out.extend(directive_text(name, argument.trim(), body));
            }
        }
        index = end;
    }
    out
}

/// The text a directive `.. name:: argument` with its block `body` shows.
fn directive_text(name: &str, argument: &str, body: &[String]) -> Vec<String> {
    // The options: the block's first lines, `:name:` or `:name: value`.
    let options = body
        .iter()
        .take_while(|l| {
            let l = l.trim();
            l.len() > 1 && l.starts_with(':') && l[1..].contains(':')
        })
        .count();
    let text = body[options..].iter().cloned();
    let lower = name.to_ascii_lowercase();
    let title = if ADMONITIONS.contains(&lower.as_str()) {
        let mut title = lower.clone();
        title[..1].make_ascii_uppercase();
        if title == "Seealso" {
            title = "See also".to_owned();
        }
        Some(title)
    } else if lower == "admonition" {
        Some(argument.to_owned()).filter(|a| !a.is_empty())
    } else {
        None
    };
    let first = match (title, lower == "admonition") {
        (Some(title), true) => Some(format!("{title}:")),
        (Some(title), false) => Some(format!("{title}: {argument}")),
        (None, _) => None,
    };
    first.into_iter().chain(text).collect()
}

/// How many columns of white space a line starts with.
fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

#[cfg(test)]
mod tests {
    use super::super::{Code, Format, Value, import};

    const PAGE: &str = "\
Status Code
===========

.. table:: **Table 1** Status codes

   +-------------+----------------------+-----------------------------------+
   | Status Code | Code                 | Status Code Description           |
   +=============+======================+===================================+
   | 100         | Continue             | The client continues sending.     |
   |             |                      |                                   |
   |             |                      | This provisional response informs |
   |             |                      | the client.                       |
   +-------------+----------------------+-----------------------------------+
   | 408         | Request Time-out     | The request **timed out**.        |
   +-------------+----------------------+-----------------------------------+
";

    #[test]
    fn cells_over_several_lines_and_paragraphs() {
        let document = import(PAGE, Format::Auto).unwrap();
        assert_eq!(document.format, Format::Rst);
        let table = &document.tables[0];
        assert_eq!(table.title.as_deref(), Some("Status Code"));
        assert!(table.http);
        let rows = table.rows();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].0.code, Code::Int(100));
        assert_eq!(rows[0].0.line, Some(9));
        assert_eq!(rows[0].0.name.as_deref(), Some("Continue"));
        assert_eq!(
            rows[0].0.description.as_deref(),
            Some("The client continues sending. This provisional response informs the client.")
        );
        assert_eq!(rows[1].0.name.as_deref(), Some("Request Time-out"));
        assert_eq!(
            rows[1].0.description.as_deref(),
            Some("The request timed out.")
        );
        assert!(document.warnings.is_empty());
    }

    #[test]
    fn string_codes_with_their_http_status_message_and_solution() {
        let page = "\
Error Codes
===========

+-------------+----------------+-----------------+-------------------+-------------+
| Status Code | Error Codes    | Error Message   | Description       | Solution    |
+=============+================+=================+===================+=============+
| 401         | ModelArts.0112 | Failed to       | Failed to execute | Contact us. |
|             |                | execute.        | the policy.       |             |
+-------------+----------------+-----------------+-------------------+-------------+
| 403         | ModelArts.0113 | No \\`{}\\`.      | Denied.           | Ask.        |
+-------------+----------------+-----------------+-------------------+-------------+
";
        let document = import(page, Format::Rst).unwrap();
        let table = &document.tables[0];
        assert!(table.is_string_keyed());
        assert!(!table.http);
        let names: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["http", "message", "solution"]);
        let row = table.rows()[0].0;
        assert_eq!(row.code, Code::Str("ModelArts.0112".into()));
        assert_eq!(
            row.description.as_deref(),
            Some("Failed to execute the policy.")
        );
        assert_eq!(
            row.values,
            [
                ("http".to_owned(), Value::Int(401)),
                (
                    "message".to_owned(),
                    Value::Str("Failed to execute.".into())
                ),
                ("solution".to_owned(), Value::Str("Contact us.".into())),
            ]
        );
        assert_eq!(table.rows()[1].0.values[1].1, Value::Str("No `{}`.".into()));
    }

    #[test]
    fn a_cut_table_is_an_error() {
        let cut = &PAGE[..PAGE
            .find("   |             |                      | This")
            .unwrap()];
        let error = import(cut, Format::Rst).unwrap_err();
        assert!(
            error.message.contains("without its closing border"),
            "{error}"
        );
        let misaligned = PAGE.replace("| 408         |", "| 408   |");
        let error = import(&misaligned, Format::Rst).unwrap_err();
        assert_eq!(error.line, Some(14), "{error}");
    }

    /// Rows of Zenko's "AWS Error Codes" page (scality/Zenko,
    /// docs/docsource/reference/error_codes/aws_error_codes.rst, commit
    /// 22a339f6516cefa1e8a338523e77c3a90e454034; the whole page is
    /// data/pages/zenko_aws_error_codes.rst): a code cut across two lines
    /// with a `\` at the first line's end is one word.
    #[test]
    fn escaped_line_ends_join_the_word() {
        let page = r"
   +-----------------------------------+--------------------------------------------------------+---------+
   | Error Code                        | Error Description                                      | Error   |
   +===================================+========================================================+=========+
   | IllegalVersioningConfigurationEx\ | Indicates that the versioning configuration specified  | 400     |
   | ception                           | in the request is invalid                              |         |
   +-----------------------------------+--------------------------------------------------------+---------+
   | IncorrectNumberOfFilesInPostRe\   | POST requires exactly one file upload per request      | 400     |
   | quest                             |                                                        |         |
   +-----------------------------------+--------------------------------------------------------+---------+
";
        let document = import(page, Format::Rst).unwrap();
        let codes: Vec<String> = document.tables[0]
            .rows()
            .iter()
            .map(|(row, _)| row.code.to_string())
            .collect();
        assert_eq!(
            codes,
            [
                "IllegalVersioningConfigurationException",
                "IncorrectNumberOfFilesInPostRequest"
            ]
        );
        assert_eq!(
            document.tables[0].rows()[0].0.description.as_deref(),
            Some("Indicates that the versioning configuration specified in the request is invalid")
        );
    }

    /// A row of Zenko's "Upload Part - Copy" page (scality/Zenko,
    /// docs/docsource/reference/apis/cloudserver/object_operations/upload_part_copy.rst,
    /// commit 22a339f6516cefa1e8a338523e77c3a90e454034), its cells verbatim;
    /// only its first heading, "Header", is "Code" here, to make it a table
    /// of codes. The `.. note::` is the rendered page's "Note", its text
    /// kept; an option, a comment and a target go.
    #[test]
    fn directives_are_their_text() {
        let page = "
   +-------------------------------------------+--------+-------------------------------------------+
   | Code                                      | Type   | Description                               |
   +===========================================+========+===========================================+
   | ``x-amz-copy-source-if-match``            | String | Perform a copy if the source object       |
   |                                           |        | entity tag (ETag) matches the specified   |
   |                                           |        | value. If the value does not match,       |
   |                                           |        | |product| returns an HTTP status code     |
   |                                           |        | ``412 Precondition Failed`` error.        |
   |                                           |        |                                           |
   |                                           |        | .. note:: If x-amz-copy-source-if-match   |
   |                                           |        |    is requested and evaluates to true and |
   |                                           |        |    x-amz-copy-source-if-unmodified-since  |
   |                                           |        |    is present in the request and          |
   |                                           |        |    evaluates to false, |product| returns  |
   |                                           |        |    ``200 OK`` and copies the data.        |
   |                                           |        |                                           |
   |                                           |        | **Default:** None                         |
   +-------------------------------------------+--------+-------------------------------------------+
   | ``x-amz-other``                           | String | .. important::                            |
   |                                           |        |    :class: wide                           |
   |                                           |        |                                           |
   |                                           |        |    NOTICE: a test of options.             |
   |                                           |        |                                           |
   |                                           |        | .. a comment                              |
   |                                           |        |    over two lines                         |
   |                                           |        | .. _target:                               |
   |                                           |        | .. admonition:: Careful                   |
   |                                           |        |                                           |
   |                                           |        |    Text.                                  |
   +-------------------------------------------+--------+-------------------------------------------+
";
        let document = import(page, Format::Rst).unwrap();
        let rows = document.tables[0].rows();
        assert_eq!(
            rows[0].0.description.as_deref(),
            Some(
                "Perform a copy if the source object entity tag (ETag) matches the specified value. \
                 If the value does not match, |product| returns an HTTP status code 412 Precondition \
                 Failed error. Note: If x-amz-copy-source-if-match is requested and evaluates to true \
                 and x-amz-copy-source-if-unmodified-since is present in the request and evaluates to \
                 false, |product| returns 200 OK and copies the data. Default: None"
            )
        );
        assert_eq!(
            rows[1].0.description.as_deref(),
            Some("Important: NOTICE: a test of options. Careful: Text.")
        );
    }

    #[test]
    fn a_row_without_its_column_borders_is_a_warning() {
        let damaged = PAGE.replace(
            "| 408         | Request Time-out     |",
            "| 408         | Request Time-out      ",
        );
        let document = import(&damaged, Format::Rst).unwrap();
        let messages: Vec<String> = document.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(
            messages[0].starts_with("line 14: the row that starts on line 14 has no `|` between its columns at character 41"),
            "{messages:?}"
        );
    }
}
