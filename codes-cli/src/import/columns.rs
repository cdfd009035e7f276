//! What each column of a page's table holds: from its heading
//! ([`roles`]), then from its cells too ([`choose`]), and reading a line of
//! the table by the columns' roles ([`read_line`]).

pub use super::choose::{Roles, choose};

/// What a column of a table (or a field of a JSON catalogue's entries)
/// holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The code.
    Code,
    /// The vendor's symbolic name (`MODEL_DOES_NOT_EXIST`, `Not Found`).
    Name,
    /// The description.
    Description,
    /// The HTTP status sent with a (string) code: column `http`.
    Http,
    /// The vendor's message, beside a description: column `message`.
    Message,
    /// What to do about the code: column `solution`.
    Solution,
    /// The class (a CSV's `class` column).
    Class,
    /// The group (a CSV's `group` column).
    Group,
    /// A link to the code's documentation (a JSON catalogue's `url`):
    /// column `link`.
    Link,
    /// A column the importer does not read.
    Ignore,
}

/// The role of each heading of a table, or `None` when no heading names
/// the code.
pub fn roles(headers: &[String]) -> Option<Vec<Role>> {
    let lower: Vec<String> = headers
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let describes = |h: &str| {
        [
            "description",
            "semantics",
            "meaning",
            "explanation",
            "details",
        ]
        .iter()
        .any(|w| h.contains(w))
    };
    // The code: an "error code" column where there is one (a status code
    // beside it is then the HTTP status), else the first "code" column.
    let error_code = lower
        .iter()
        .position(|h| h.contains("error code") && !describes(h));
    let code = error_code.or_else(|| {
        lower
            .iter()
            .position(|h| (h.contains("code") || h == "number" || h == "value") && !describes(h))
    })?;
    let mut roles = vec![Role::Ignore; headers.len()];
    roles[code] = Role::Code;
    for (index, h) in lower.iter().enumerate() {
        if index == code || h.is_empty() {
            continue;
        }
        let role = if describes(h) {
            Role::Description
        } else if h.contains("solution") {
            Role::Solution
        } else if h.contains("message") {
            Role::Message
        } else if h == "class" {
            Role::Class
        } else if ["group", "section", "category"].contains(&h.as_str()) {
            Role::Group
        } else if error_code.is_some()
            && (h.contains("status code") || h == "http" || h.contains("http status"))
        {
            Role::Http
        } else if h.contains("code")
            || [
                "error", "name", "status", "symbol", "constant", "reason", "enum", "title",
            ]
            .iter()
            .any(|w| h == w || h.starts_with(&format!("{w} ")))
        {
            Role::Name
        } else {
            Role::Ignore
        };
        if role != Role::Ignore && !roles.contains(&role) {
            roles[index] = role;
        }
    }
    // A message with no description beside it is the description.
    if !roles.contains(&Role::Description) {
        if let Some(message) = roles.iter().position(|r| *r == Role::Message) {
            roles[message] = Role::Description;
        }
    }
    Some(roles)
}

/// What an empty row of a table does.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Blank {
    /// It ends the open group: the rows after it, until the next heading,
    /// are in no group (markdown and reST pages).
    EndsGroup,
    /// Nothing (readme.io's editor leaves empty rows anywhere).
    Ignored,
}

/// Lays a table's lines out in it, in order: a heading row opens a group
/// (closing the one before), rows and notes go to the open group or else to
/// the table, an empty row does what `blank` says.
pub struct Layout {
    table: Table,
    group: Option<Group>,
    blank: Blank,
}

impl Layout {
    /// The layout of `table`'s lines (its columns and header already set).
    pub fn new(table: Table, blank: Blank) -> Self {
        Layout {
            table,
            group: None,
            blank,
        }
    }

    /// Lays out `line`, the page's line `number`.
    pub fn add(&mut self, line: Line, number: usize) {
        match line {
            Line::Row(row) => self.push(Item::Row(row)),
            Line::Heading(title) => {
                self.close();
                self.group = Some(heading_group(title, number));
            }
            Line::Blank => {
                if self.blank == Blank::EndsGroup {
                    self.close();
                }
            }
            Line::Note(text) => self.push(Item::Comment(format!("the page: \"{text}\""))),
        }
    }

    /// The table, its last group closed and its codes checked.
    ///
    /// # Errors
    ///
    /// Those of [`check_codes`].
    pub fn finish(mut self) -> Result<Table, Error> {
        self.close();
        check_codes(&self.table)?;
        Ok(self.table)
    }

    fn push(&mut self, item: Item) {
        match self.group.as_mut() {
            Some(group) => group.items.push(item),
            None => self.table.items.push(item),
        }
    }

    fn close(&mut self) {
        self.table.items.extend(self.group.take().map(Item::Group));
    }
}

#[cfg(test)]
mod tests {
    use super::{Code, Role::*, number_and_name, roles};

    #[test]
    fn a_code_cell_may_give_the_code_and_its_name() {
        let read = |text: &str| number_and_name(text);
        let named = |code, name: &str| Some((Code::Int(code), name.to_owned()));
        assert_eq!(read("400 \"Bad Request\""), named(400, "Bad Request"));
        assert_eq!(
            read("1001 \u{201c}Too Many\u{201d}"),
            named(1001, "Too Many")
        );
        assert_eq!(read("404 Not Found"), named(404, "Not Found"));
        assert_eq!(read("404 not found"), named(404, "not found"));
        assert_eq!(read("1 x"), None);
        assert_eq!(read("400 Bad thing"), None);
        assert_eq!(read("400"), None);
        assert_eq!(read("400 \"\""), None);
        assert_eq!(read("Bad 400"), None);
    }

    fn of(headers: &[&str]) -> Option<Vec<super::Role>> {
        roles(&headers.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn headings_of_the_seed_pages() {
        assert_eq!(
            of(&["CODE", "ERROR", "DESCRIPTION"]),
            Some(vec![Code, Name, Description])
        );
        assert_eq!(of(&["CODE", "DESCRIPTION"]), Some(vec![Code, Description]));
        assert_eq!(
            of(&["Code", "Status", "Semantics"]),
            Some(vec![Code, Name, Description])
        );
        assert_eq!(
            of(&["", "Code", "Status", "Semantics"]),
            Some(vec![Ignore, Code, Name, Description])
        );
        assert_eq!(
            of(&["Error Code", "Semantics"]),
            Some(vec![Code, Description])
        );
        // ModelArts' HTTP page: the number is the "Status Code", its text the "Code".
        assert_eq!(
            of(&["Status Code", "Code", "Status Code Description"]),
            Some(vec![Code, Name, Description])
        );
        // ModelArts' error codes: the string code, its HTTP status beside it.
        assert_eq!(
            of(&[
                "Status Code",
                "Error Codes",
                "Error Message",
                "Description",
                "Solution"
            ]),
            Some(vec![Http, Code, Message, Description, Solution])
        );
        assert_eq!(
            of(&["code", "name", "description", "class", "group"]),
            Some(vec![Code, Name, Description, Class, Group])
        );
    }

    #[test]
    fn a_message_alone_is_the_description_and_no_code_is_no_table() {
        assert_eq!(of(&["Code", "Message"]), Some(vec![Code, Description]));
        assert_eq!(of(&["Parameter", "Type", "Description"]), None);
        assert_eq!(of(&["Code", "Extra"]), Some(vec![Code, Ignore]));
    }
}

use codes_codegen::table::IntegerType;

use super::{
    Code, Column, ColumnType, Error, Group, Item, Row, Table, Value, Warning, heading_group,
    parse_int,
};

/// What one line of a table is.
#[derive(Debug)]
pub enum Line {
    /// A code's row.
    Row(Row),
    /// A heading row (`| | **Model Codes: 21xxx** | |`): its cells' text.
    Heading(String),
    /// A row with nothing in it.
    Blank,
    /// A row with text but no code (`| - | - | Status codes through ...|`).
    Note(String),
}

/// Reads one line of a table: `raw` are its cells as the page has them (for
/// telling bold headings), `cells` the same without markup.
pub fn read_line(
    roles: &[Role],
    raw: &[String],
    cells: &[String],
    line: usize,
    warnings: &mut Vec<Warning>,
) -> Result<Line, Error> {
    let cell = |role: Role| -> Option<&str> {
        roles
            .iter()
            .position(|r| *r == role)
            .and_then(|index| cells.get(index))
            .map(String::as_str)
    };
    let code_text = cell(Role::Code).unwrap_or("");
    let filled: Vec<(usize, &String)> = cells
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.is_empty() && !is_dash(c))
        .collect();
    if filled.is_empty() {
        return Ok(Line::Blank);
    }
    let (code, named) = match parse_code(code_text) {
        Some(code) => (Some(code), None),
        None => match number_and_name(code_text) {
            Some((code, name)) => (Some(code), Some(name)),
            None => (None, None),
        },
    };
    if code.is_none() {
        let bold = filled.iter().all(|(index, _)| {
            raw.get(*index).is_some_and(|r| {
                let r = r.trim();
                r.len() > 4 && r.starts_with("**") && r.ends_with("**")
            })
        });
        if bold {
            let title: Vec<&str> = filled.iter().map(|(_, c)| c.as_str()).collect();
            return Ok(Line::Heading(title.join(" ")));
        }
        if code_text.is_empty() || is_dash(code_text) {
            let text: Vec<&str> = filled.iter().map(|(_, c)| c.as_str()).collect();
            return Ok(Line::Note(text.join(" ")));
        }
        return Err(Error::at(
            line,
            format!(
                "the code \"{code_text}\" is neither a number nor a string code (letters, digits and `._-:/`, from a letter, as in \"Vendor.0104\" or \"AccessDenied\")"
            ),
        ));
    }
    let mut row = Row {
        line: Some(line),
        code: code.unwrap_or_default(),
        ..Row::default()
    };
    for (index, role) in roles.iter().enumerate() {
        let text = cells.get(index).map(String::as_str).unwrap_or("");
        match role {
            Role::Name if !text.is_empty() => row.name = Some(text.to_owned()),
            Role::Name => warnings.push(Warning {
                line: Some(line),
                message: format!("code {} has no name on the page", row.code),
            }),
            Role::Description if !text.is_empty() => row.description = Some(text.to_owned()),
            Role::Http if !text.is_empty() => match parse_int(text).and_then(super::http_status) {
                Some(status) => {
                    row.values.push(("http".into(), Value::Int(status.into())));
                }
                _ => warnings.push(Warning {
                    line: Some(line),
                    message: format!(
                        "code {}: the HTTP status \"{text}\" is not one: left out",
                        row.code
                    ),
                }),
            },
            Role::Message if !text.is_empty() => {
                row.values
                    .push(("message".into(), Value::Str(text.to_owned())));
            }
            Role::Solution if !text.is_empty() => {
                row.values
                    .push(("solution".into(), Value::Str(text.to_owned())));
            }
            Role::Class if !text.is_empty() => {
                row.class = Some(text.parse().map_err(|_| {
                    Error::at(
                        line,
                        format!(
                            "the class \"{text}\" is none of success, pending, retry, informational, redirect, client_error, vendor_error, unknown"
                        ),
                    )
                })?);
            }
            _ => {}
        }
    }
    if let Some(name) = named {
        code_cell_name(&mut row, name, line, warnings);
    }
    Ok(Line::Row(row))
}

/// A code cell that gives the code and its name, as pages of HTTP statuses
/// write them: the number, and the name after it in quotes (`400 "Bad
/// Request"`), or a status's own reason phrase (`404 Not Found`); other
/// text after a number is no name (`1 x` is no code).
fn number_and_name(text: &str) -> Option<(Code, String)> {
    let (number, rest) = text.trim().split_once(char::is_whitespace)?;
    let code = parse_int(number)?;
    let rest = rest.trim();
    let quoted = [('"', '"'), ('\u{201c}', '\u{201d}'), ('\'', '\'')]
        .iter()
        .find_map(|&(open, close)| rest.strip_prefix(open)?.strip_suffix(close))
        .map(str::trim);
    let reason = super::reason_phrase(code).filter(|reason| reason.eq_ignore_ascii_case(rest));
    let name = quoted.or(reason.map(|_| rest))?;
    (!name.is_empty()).then(|| (Code::Int(code), name.to_owned()))
}

/// The name a code cell gives after the code (`400 "Bad Request"`): the
/// row's name where the page gives it no other, else left out, with a
/// warning.
fn code_cell_name(row: &mut Row, name: String, line: usize, warnings: &mut Vec<Warning>) {
    match &row.name {
        None => row.name = Some(name),
        Some(given) if *given == name => {}
        Some(_) => warnings.push(Warning {
            line: Some(line),
            message: format!(
                "code {}: its cell also says \"{name}\", left out: the name column gives its name",
                row.code
            ),
        }),
    }
}

/// A number, or a string code: one word that starts with a letter and has
/// a `.`, `_` or `:` in it (`ModelArts.0104`).
pub(super) fn parse_code(text: &str) -> Option<Code> {
    if let Some(code) = parse_int(text) {
        return Some(Code::Int(code));
    }
    // A string code of any shape vendors use: `ModelArts.0104`,
    // `DEADLINE_EXCEEDED`, `AccessDenied`, `UNIMPLEMENTED`, `card_declined`.
    let word = text.len() <= 64
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-:/".contains(c))
        && text.starts_with(|c: char| c.is_ascii_alphabetic());
    word.then(|| Code::Str(text.to_owned()))
}

fn is_dash(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c == '-' || c == '—' || c == '–')
}

/// The extra columns `roles` give a table.
pub fn extra_columns(roles: &[Role], headers: &[String]) -> Vec<Column> {
    roles
        .iter()
        .zip(headers)
        .filter_map(|(role, header)| {
            let (name, ty) = match role {
                Role::Http => (
                    "http",
                    IntegerType::named("u16").map_or(ColumnType::Str, ColumnType::Int),
                ),
                Role::Message => ("message", ColumnType::Str),
                Role::Solution => ("solution", ColumnType::Str),
                _ => return None,
            };
            Some(super::column(name, ty, header.trim()))
        })
        .collect()
}

/// How a format names a table's rows, cells and heading in
/// [`check_shape`]'s messages (a CSV file's records, fields and heading).
pub struct Nouns {
    /// A row: `row`, `record`.
    pub row: &'static str,
    /// A cell: `cell`, `field`.
    pub cell: &'static str,
    /// The heading, as the row's: `its heading row`, `the heading`.
    pub heading: &'static str,
    /// `true` where a row with more cells than the heading is an error (a
    /// CSV record), else a warning (the cells past the heading's are left
    /// out).
    pub more_is_error: bool,
}

/// A page's rows and cells (markdown, text), in messages.
pub const ROWS: Nouns = Nouns {
    row: "row",
    cell: "cell",
    heading: "its heading row",
    more_is_error: false,
};

/// Checks a row of `cells` cells on line `line` against the heading's
/// `heading` cells: fewer is a warning (the missing ones are read as
/// empty), more a warning or an error as `nouns` says; a row the file ends
/// in without a line end after it (`last`) may be cut: an error when it has
/// fewer cells or `cut` says how it is cut (`, no closing |` for a
/// markdown row without the closing `|` its heading has), else a warning.
///
/// # Errors
///
/// A row cut by the end of the file, or one with more cells than the
/// heading where that is an error.
pub fn check_shape(
    nouns: &Nouns,
    (heading, cells, line): (usize, usize, usize),
    (last, cut): (bool, Option<&str>),
    warnings: &mut Vec<Warning>,
) -> Result<(), Error> {
    let Nouns {
        row,
        cell,
        heading: its,
        more_is_error,
    } = nouns;
    let has = format!("the {row} has {cells} {cell}s, {its} {heading}");
    if last && (cut.is_some() || cells < heading) {
        let how = cut.unwrap_or_default();
        return Err(Error::at(
            line,
            format!(
                "the table's last {row} is cut by the end of the file ({cells} of {its}'s {heading} {cell}s{how}): the file looks truncated"
            ),
        ));
    }
    let message = if cells < heading {
        format!("{has}: the missing {cell}s are read as empty (a damaged {row}?)")
    } else if cells > heading && *more_is_error {
        return Err(Error::at(line, has));
    } else if cells > heading {
        format!("{has}: the {cell}s past the heading's are left out")
    } else if last {
        format!(
            "the file ends in this {row}, without a line end: if the file was cut, so is the {row}'s last {cell}"
        )
    } else {
        return Ok(());
    };
    warnings.push(Warning {
        line: Some(line),
        message,
    });
    Ok(())
}

/// Checks that a table's codes are all numbers or all strings: a table of
/// numbers with a word among them has a code that is not a number.
pub fn check_codes(table: &Table) -> Result<(), Error> {
    let rows = table.rows();
    let strings = rows
        .iter()
        .filter(|(row, _)| matches!(row.code, Code::Str(_)))
        .count();
    if strings == 0 || strings == rows.len() {
        return Ok(());
    }
    // The fewer kind is the odd one out.
    let odd = rows
        .iter()
        .find(|(row, _)| matches!(row.code, Code::Str(_)) == (strings * 2 <= rows.len()))
        .map(|(row, _)| *row);
    match odd {
        Some(row) if matches!(row.code, Code::Str(_)) => Err(Error::at(
            super::line(row),
            format!(
                "the code \"{}\" is not a number, as the table's other codes are",
                row.code
            ),
        )),
        Some(row) => Err(Error::at(
            super::line(row),
            format!(
                "the code {} is a number, but the table's other codes are strings",
                row.code
            ),
        )),
        None => Ok(()),
    }
}
