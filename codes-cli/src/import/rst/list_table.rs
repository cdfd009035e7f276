//! reStructuredText list tables, the other table Sphinx pages write their
//! codes in:
//!
//! ```text
//! .. list-table:: Error codes
//!    :header-rows: 1
//!
//!    * - Code
//!      - Description
//!    * - 99400
//!      - The device identifier is invalid.
//! ```
//!
//! A two-level bullet list: a row an item, a cell a sub-item, a cell's
//! lines and paragraphs joined as a grid table's are.

use super::{indent_of, join_cell};
use crate::import::markup::strip_rst;

/// A list table as read: its caption, its header row (the last of its
/// `:header-rows:`; `None` without one), its other rows (each with the
/// line it starts on), and the index of the first line past its block.
pub(super) struct ListTable {
    pub caption: Option<String>,
    pub header: Option<Vec<String>>,
    pub rows: Vec<(usize, Vec<String>)>,
    pub end: usize,
}

/// Reads the list table whose directive is `lines[start]`.
pub(super) fn read(lines: &[(usize, &str)], start: usize) -> ListTable {
    let directive = lines[start].1;
    let indent = indent_of(directive);
    let caption = directive
        .trim()
        .strip_prefix(".. list-table::")
        .map(strip_rst)
        .filter(|c| !c.is_empty());
    // The block: the lines after, blank or indented past the directive.
    let mut end = start + 1;
    while end < lines.len() && (lines[end].1.trim().is_empty() || indent_of(lines[end].1) > indent)
    {
        end += 1;
    }
    let block = &lines[start + 1..end];
    let (header_rows, body) = options(block);
    let mut rows = items(&block[body..]);
    let header = (header_rows > 0 && rows.len() >= header_rows).then(|| {
        let mut headers: Vec<(usize, Vec<String>)> = rows.drain(..header_rows).collect();
        headers.pop().map(|(_, cells)| cells).unwrap_or_default()
    });
    ListTable {
        caption,
        header,
        rows,
        end,
    }
}

/// The table's `:header-rows:` (0 when not given) and the index of the
/// block's first line past its options.
fn options(block: &[(usize, &str)]) -> (usize, usize) {
    let mut header_rows = 0;
    for (at, (_, line)) in block.iter().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let Some((name, value)) = line.strip_prefix(':').and_then(|rest| rest.split_once(':'))
        else {
            return (header_rows, at);
        };
        if name == "header-rows" {
            header_rows = value.trim().parse().unwrap_or(0);
        }
    }
    (header_rows, block.len())
}

/// The text after a bullet (`* `, `- `, `+ `, or the bullet alone).
fn bullet(text: &str) -> Option<&str> {
    let rest = text.strip_prefix(['*', '-', '+'])?;
    (rest.is_empty() || rest.starts_with([' ', '\t'])).then(|| rest.trim_start())
}

/// The rows of the list: an item at the list's indent whose text is a
/// sub-item (`* - Code`) starts a row, a sub-item at the cells' indent a
/// cell, and any other line (deeper, or a blank one) goes on the cell.
fn items(lines: &[(usize, &str)]) -> Vec<(usize, Vec<String>)> {
    let mut rows: Vec<(usize, Vec<Vec<String>>)> = Vec::new();
    let mut indents: Option<(usize, usize)> = None;
    for &(number, line) in lines {
        let (text, indent) = (line.trim_start(), indent_of(line));
        let row_indent = indents.map_or(indent, |(row, _)| row);
        if indent == row_indent {
            if let Some(cell) = bullet(text).and_then(bullet) {
                let first = text.len() - bullet(text).unwrap_or(text).len();
                indents = Some((indent, indent + first));
                rows.push((number, vec![vec![cell.to_owned()]]));
                continue;
            }
        }
        let Some((_, cells)) = rows.last_mut() else {
            continue;
        };
        match (bullet(text), indents) {
            (Some(cell), Some((_, cell_indent))) if indent == cell_indent => {
                cells.push(vec![cell.to_owned()]);
            }
            _ => {
                if let Some(cell) = cells.last_mut() {
                    cell.push(line.to_owned());
                }
            }
        }
    }
    rows.into_iter()
        .map(|(number, cells)| (number, cells.iter().map(|c| join_cell(c)).collect()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(usize, &str)> {
        text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect()
    }

    #[test]
    fn rows_cells_and_their_lines() {
        let text = "\
.. list-table:: Error codes
   :widths: auto
   :header-rows: 1

   * - Code
     - Description
   * - 99400
     - The specified validity period exceeds
       the maximum.

       A second paragraph.
   * - 99401
     -
   * - ``E1``
     - .. note:: Read this.

Next paragraph.
";
        let lines = lines(text);
        let table = read(&lines, 0);
        assert_eq!(table.caption.as_deref(), Some("Error codes"));
        assert_eq!(
            table.header,
            Some(vec!["Code".to_owned(), "Description".to_owned()])
        );
        assert_eq!(
            table.rows,
            [
                (
                    7,
                    vec![
                        "99400".to_owned(),
                        "The specified validity period exceeds the maximum. A second paragraph."
                            .to_owned()
                    ]
                ),
                (12, vec!["99401".to_owned(), String::new()]),
                (14, vec!["``E1``".to_owned(), "Note: Read this.".to_owned()]),
            ]
        );
        assert_eq!(lines[table.end].1, "Next paragraph.");
    }

    #[test]
    fn a_list_without_header_rows_has_no_header() {
        let text = ".. list-table::\n\n   * - 1\n     - one\n";
        let table = read(&lines(text), 0);
        assert_eq!(table.header, None);
        assert_eq!(table.rows.len(), 1);
        assert_eq!(table.caption, None);
    }
}
