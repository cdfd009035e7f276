//! Which column of a table holds the code, the name, the description and
//! the HTTP status: from the headings ([`roles`](super::columns::roles)),
//! corrected by what the cells hold, overruled by the user's options.
//!
//! The code is the column that keys the rows: its values distinct, but for
//! a page's own duplicates. A column of numbers 100..=599 that repeat from
//! row to row is an HTTP status column, not the code (an S3-style
//! `Error | Code` table, whose `Error` holds the string codes); a page of
//! HTTP statuses, whose numbers are distinct, stays keyed by them. A column
//! of names beside a column of distinct numbers (`Code | Id`) is the names,
//! the numbers the code.

use std::collections::HashSet;
use std::fmt;
use std::ops::Deref;

use super::columns::{Role, parse_code, roles};
use super::{Error, parse_int};

/// The columns the user names (`codes import --code-column Error`): each a
/// heading as the page writes it (case aside) or a position (1 for the
/// first column), a JSON catalogue's field by its name only (case aside);
/// `none` for no column (not for the code).
#[derive(Clone, Debug, Default, PartialEq, Eq, clap::Args)]
pub struct ColumnOptions {
    /// The column that holds the codes, where the page is ambiguous: its
    /// heading (case aside) or its position (1 for the first); a JSON
    /// catalogue's field by its name (case aside).
    #[arg(long, value_name = "COLUMN")]
    pub code_column: Option<String>,
    /// The column of the vendor's names (`none`: no column is).
    #[arg(long, value_name = "COLUMN")]
    pub name_column: Option<String>,
    /// The column of the descriptions (`none`: no column is).
    #[arg(long, value_name = "COLUMN")]
    pub description_column: Option<String>,
    /// The column of each code's HTTP status (`none`: no column is).
    #[arg(long, value_name = "COLUMN")]
    pub http_column: Option<String>,
}

impl ColumnOptions {
    /// Each option given, with the part it names.
    pub(crate) fn given(&self) -> Vec<(Part, &str)> {
        [
            (Part::Code, &self.code_column),
            (Part::Name, &self.name_column),
            (Part::Description, &self.description_column),
            (Part::Http, &self.http_column),
        ]
        .into_iter()
        .filter_map(|(part, value)| Some((part, value.as_deref()?)))
        .collect()
    }

    /// The value `part`'s option has, if it is given.
    fn of(&self, part: Part) -> Option<&str> {
        match part {
            Part::Code => self.code_column.as_deref(),
            Part::Name => self.name_column.as_deref(),
            Part::Description => self.description_column.as_deref(),
            Part::Http => self.http_column.as_deref(),
        }
    }
}

/// What a column is taken for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The code.
    Code,
    /// The vendor's name.
    Name,
    /// The description.
    Description,
    /// The HTTP status sent with the code.
    Http,
}

impl Part {
    /// The option that names its column (`--code-column`).
    #[must_use]
    pub const fn option(self) -> &'static str {
        match self {
            Part::Code => "--code-column",
            Part::Name => "--name-column",
            Part::Description => "--description-column",
            Part::Http => "--http-column",
        }
    }

    pub(super) const fn role(self) -> Role {
        match self {
            Part::Code => Role::Code,
            Part::Name => Role::Name,
            Part::Description => Role::Description,
            Part::Http => Role::Http,
        }
    }
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Part::Code => "the code",
            Part::Name => "the name",
            Part::Description => "the description",
            Part::Http => "the HTTP status",
        })
    }
}

/// What a [`Taken`] column is in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A column of a page's table.
    Column,
    /// A field of a JSON catalogue's entries.
    Field,
    /// The keys of a JSON catalogue that is an object (`{"E1": {...}}`).
    Keys,
    /// The values of a JSON catalogue that is an object of strings
    /// (`{"E1": "text"}`).
    Values,
}

/// A column of the page (or a field of a JSON catalogue's entries) taken
/// for a part of the rows, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Taken {
    /// What it is taken for.
    pub part: Part,
    /// Its position (0 for the first column; a JSON field's among the
    /// fields in the order the entries first give them).
    pub index: usize,
    /// Its heading on the page (a JSON field's name; empty for the keys).
    pub header: String,
    /// A page's column, a JSON field, or a JSON object's keys.
    pub place: Place,
    /// Why it was taken: its heading, its cells, or an option.
    pub why: String,
    /// `true` when an option named it.
    pub by_option: bool,
}

impl fmt::Display for Taken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (part, header, why) = (self.part, &self.header, &self.why);
        match self.place {
            Place::Column => write!(f, "{part}: \"{header}\" (column {}), {why}", self.index + 1),
            Place::Field => write!(f, "{part}: the field \"{header}\", {why}"),
            Place::Keys => write!(f, "{part}: the object's keys, {why}"),
            Place::Values => write!(f, "{part}: the object's values, {why}"),
        }
    }
}

/// The role of each column of a table, and the columns taken and why.
#[derive(Clone, Debug)]
pub struct Roles {
    roles: Vec<Role>,
    /// The columns taken for the code, name, description and HTTP status.
    pub taken: Vec<Taken>,
}

impl Deref for Roles {
    type Target = [Role];

    fn deref(&self) -> &[Role] {
        &self.roles
    }
}

/// What the cells of one column hold (empty cells and dashes aside).
#[derive(Clone, Copy, Debug, Default)]
struct Stats {
    /// Cells with something in them.
    filled: usize,
    /// Cells that are numbers.
    ints: usize,
    /// Cells that are numbers in 100..=599.
    http: usize,
    /// Cells that read as codes (numbers or string codes).
    codes: usize,
    /// Distinct values.
    distinct: usize,
}

impl Stats {
    fn of(rows: &[Vec<String>], index: usize) -> Stats {
        let mut stats = Stats::default();
        let mut seen = HashSet::new();
        for cell in rows.iter().filter_map(|row| row.get(index)) {
            let cell = cell.trim();
            if cell.is_empty() || cell.chars().all(|c| matches!(c, '-' | '—' | '–')) {
                continue;
            }
            stats.filled += 1;
            if let Some(number) = parse_int(cell) {
                stats.ints += 1;
                if super::http_status(number).is_some() {
                    stats.http += 1;
                }
            }
            if parse_code(cell).is_some() {
                stats.codes += 1;
            }
            seen.insert(cell);
        }
        stats.distinct = seen.len();
        stats
    }

    /// Values listed more than once.
    const fn repeats(&self) -> usize {
        self.filled - self.distinct
    }

    /// Every value a code, distinct but for a page's own few duplicates.
    fn keys(&self) -> bool {
        self.filled > 0
            && self.codes == self.filled
            && self.repeats() <= Stats::tolerated(self.filled)
    }

    /// `117 values are distinct` (`but for 1 repeated`).
    fn distinct_values(&self, what: &str) -> String {
        match self.repeats() {
            0 => format!("{} {what} are distinct", self.filled),
            n => format!("{} {what} are distinct but for {n} repeated", self.filled),
        }
    }

    /// Every value a number.
    const fn numbers(&self) -> bool {
        self.filled > 0 && self.ints == self.filled
    }

    /// Every value an HTTP status.
    const fn statuses(&self) -> bool {
        self.filled > 0 && self.http == self.filled
    }

    /// HTTP statuses that repeat from row to row: more repeats than a
    /// page's own duplicates.
    fn repeating_statuses(&self) -> bool {
        self.statuses() && self.repeats() > Stats::tolerated(self.filled)
    }

    /// The duplicates a page may have of its own in a column that keys
    /// its rows: one in ten, at least one.
    fn tolerated(filled: usize) -> usize {
        (filled / 10).max(1)
    }
}

/// A heading that says HTTP status.
fn says_http(header: &str) -> bool {
    let h = header.trim().to_ascii_lowercase();
    h.contains("http") || h.contains("status code") || h == "status"
}

/// The column `value` names among `headers`: a heading (case aside), else
/// (where `positions`) a position from 1; `Some(None)` for `none`; `None`
/// when this table has no such column.
fn named(value: &str, headers: &[String], positions: bool) -> Option<Option<usize>> {
    let value = value.trim();
    if value.eq_ignore_ascii_case("none") {
        return Some(None);
    }
    if let Some(index) = headers
        .iter()
        .position(|h| h.trim().eq_ignore_ascii_case(value))
    {
        return Some(Some(index));
    }
    if !positions {
        return None;
    }
    let position: usize = value.parse().ok()?;
    (1..=headers.len())
        .contains(&position)
        .then(|| Some(position - 1))
}

/// The role of each column of a table whose headings are `headers` and
/// whose rows' cells (markup removed) are `rows`: `None` when it is no
/// table of codes (no heading names a code, and no option does).
///
/// # Errors
///
/// `--code-column none`, or an option that takes the only column that could
/// be the code for something else.
pub fn choose(
    headers: &[String],
    rows: &[Vec<String>],
    options: &ColumnOptions,
) -> Result<Option<Roles>, Error> {
    let fixed = fixed_by_options(headers, options, true)?;
    let code_fixed = fixed
        .iter()
        .any(|(part, index)| *part == Part::Code && index.is_some());
    let Some(mut chooser) = Chooser::new(headers, rows, code_fixed) else {
        return Ok(None);
    };
    for &(part, index) in &fixed {
        chooser.fix(part, index);
    }
    chooser.key_the_rows(fixed.iter().any(|(p, _)| *p == Part::Code))?;
    if !fixed.iter().any(|(p, _)| *p == Part::Http) {
        chooser.find_http();
    }
    Ok(Some(chooser.finish(&fixed)))
}

/// The columns the options name in this table: each part with its column,
/// or `None` for `none`; a column named by its heading (case aside), or
/// where `positions` by its position from 1 too.
///
/// # Errors
///
/// `--code-column none`.
pub(super) fn fixed_by_options(
    headers: &[String],
    options: &ColumnOptions,
    positions: bool,
) -> Result<Vec<(Part, Option<usize>)>, Error> {
    let mut fixed = Vec::new();
    for part in [Part::Code, Part::Name, Part::Description, Part::Http] {
        let Some(value) = options.of(part) else {
            continue;
        };
        match named(value, headers, positions) {
            Some(None) if part == Part::Code => {
                return Err(Error::new(
                    "--code-column none: a table of codes needs its code column",
                ));
            }
            Some(index) => fixed.push((part, index)),
            None => {}
        }
    }
    Ok(fixed)
}

/// A table's roles being chosen.
struct Chooser<'a> {
    headers: &'a [String],
    roles: Vec<Role>,
    stats: Vec<Stats>,
    /// Why each column has its role, where a cell or option decided it.
    why: Vec<Option<String>>,
}

impl<'a> Chooser<'a> {
    /// The roles the headings give, or none at all when `code_fixed` (an
    /// option names the code); `None` when it is no table of codes.
    fn new(headers: &'a [String], rows: &[Vec<String>], code_fixed: bool) -> Option<Self> {
        let roles = match roles(headers) {
            Some(roles) => roles,
            None if code_fixed => vec![Role::Ignore; headers.len()],
            None => return None,
        };
        Some(Chooser {
            headers,
            stats: (0..headers.len()).map(|i| Stats::of(rows, i)).collect(),
            why: vec![None; headers.len()],
            roles,
        })
    }

    fn position(&self, role: &Role) -> Option<usize> {
        self.roles.iter().position(|r| r == role)
    }

    /// Gives column `index` the role `role` and the reason `why`, taking
    /// the role from any other column.
    fn set(&mut self, index: usize, role: Role, why: String) {
        for (other, r) in self.roles.iter_mut().enumerate() {
            if *r == role && other != index {
                *r = Role::Ignore;
                self.why[other] = None;
            }
        }
        self.roles[index] = role;
        self.why[index] = Some(why);
    }

    /// An option's choice: column `index` is `part` (`None`: no column is).
    fn fix(&mut self, part: Part, index: Option<usize>) {
        let why = format!("by {}", part.option());
        match index {
            Some(index) => self.set(index, part.role(), why),
            None => {
                if let Some(old) = self.position(&part.role()) {
                    self.roles[old] = Role::Ignore;
                    self.why[old] = None;
                }
            }
        }
    }

    /// The code is the column that keys the rows: a repeating column of
    /// HTTP statuses gives the code to the column of distinct string codes
    /// beside it, a column of names to the column of distinct numbers.
    fn key_the_rows(&mut self, code_fixed: bool) -> Result<(), Error> {
        let Some(code) = self.position(&Role::Code) else {
            return self.code_from_cells();
        };
        if code_fixed {
            return Ok(());
        }
        let stats = self.stats[code];
        if stats.repeating_statuses() {
            self.http_beside_string_codes(code, stats);
        } else if !stats.numbers() && stats.filled > 0 {
            self.names_beside_numbers(code);
        }
        Ok(())
    }

    /// No heading is the code's (an option took it): the first column that
    /// keys the rows.
    fn code_from_cells(&mut self) -> Result<(), Error> {
        let free = (0..self.roles.len()).find(|&i| self.why[i].is_none() && self.stats[i].keys());
        match free {
            Some(index) => {
                let why = format!(
                    "its {} (the options took the column its heading named)",
                    self.stats[index].distinct_values("values")
                );
                self.set(index, Role::Code, why);
                Ok(())
            }
            None => Err(Error::new(
                "the options leave no column that keys the rows for the code: give --code-column",
            )),
        }
    }

    /// `code` repeats a few HTTP statuses: the code is the column of
    /// distinct string codes beside it (the name's, else the first).
    fn http_beside_string_codes(&mut self, code: usize, stats: Stats) {
        let candidates: Vec<usize> = (0..self.roles.len())
            .filter(|&i| i != code && self.why[i].is_none())
            .filter(|&i| {
                let s = self.stats[i];
                s.keys() && s.ints == 0 && s.filled >= stats.filled
            })
            .collect();
        let key = candidates
            .iter()
            .copied()
            .find(|&i| self.roles[i] == Role::Name)
            .or_else(|| candidates.first().copied());
        let Some(key) = key else {
            return;
        };
        let repeated = format!(
            "{} numbers from 100 to 599 over {} rows",
            stats.distinct, stats.filled
        );
        self.set(
            key,
            Role::Code,
            format!(
                "its {}, while \"{}\" repeats {repeated}",
                self.stats[key].distinct_values("values"),
                self.headers[code].trim()
            ),
        );
        self.set(
            code,
            Role::Http,
            format!("its heading named the code, but it repeats {repeated}: HTTP statuses"),
        );
    }

    /// `code` holds names (not all numbers): the code is a column of
    /// distinct numbers beside it that no heading says is an HTTP status
    /// and that keys the rows at least as well as `code` (two rows of 400
    /// beside two string codes are no key), and `code` the names.
    fn names_beside_numbers(&mut self, code: usize) {
        let stats = self.stats[code];
        let numbers = (0..self.roles.len()).find(|&i| {
            let s = self.stats[i];
            i != code
                && self.why[i].is_none()
                && matches!(self.roles[i], Role::Ignore | Role::Name)
                && !says_http(&self.headers[i])
                && s.numbers()
                && s.keys()
                && s.filled >= stats.filled
                && s.distinct >= stats.distinct
        });
        let Some(numbers) = numbers else {
            return;
        };
        let header = self.headers[code].trim().to_owned();
        self.set(
            numbers,
            Role::Code,
            format!(
                "its {}, beside \"{header}\", which holds names",
                self.stats[numbers].distinct_values("numbers")
            ),
        );
        if self.position(&Role::Name).is_none() {
            self.set(
                code,
                Role::Name,
                format!(
                    "its heading named the code, but it holds names beside the numbers of \"{}\"",
                    self.headers[numbers].trim()
                ),
            );
        } else {
            self.roles[code] = Role::Ignore;
        }
    }

    /// A column of HTTP statuses that is not the code: one whose heading
    /// says so, or whose statuses repeat from row to row.
    fn find_http(&mut self) {
        // A column whose heading says HTTP status beside string codes, or
        // one the cells or an option gave the role, stays as it is.
        if self.position(&Role::Http).is_some() {
            return;
        }
        let code = self.position(&Role::Code);
        let found = (0..self.roles.len()).find(|&i| {
            let s = self.stats[i];
            Some(i) != code
                && self.why[i].is_none()
                && matches!(self.roles[i], Role::Ignore | Role::Name)
                && s.statuses()
                && (says_http(&self.headers[i]) || s.repeating_statuses())
        });
        if let Some(index) = found {
            let s = self.stats[index];
            let why = if says_http(&self.headers[index]) {
                "its heading says HTTP status, and its numbers are from 100 to 599".to_owned()
            } else {
                format!(
                    "its numbers from 100 to 599 repeat from row to row ({} values over {} rows)",
                    s.distinct, s.filled
                )
            };
            self.set(index, Role::Http, why);
        }
    }

    /// The roles, and the columns taken with their reasons.
    fn finish(self, fixed: &[(Part, Option<usize>)]) -> Roles {
        let mut taken = Vec::new();
        for part in [Part::Code, Part::Name, Part::Description, Part::Http] {
            let Some(index) = self.position(&part.role()) else {
                continue;
            };
            let by_option = fixed.iter().any(|(p, i)| *p == part && *i == Some(index));
            let why = self.why[index].clone().unwrap_or_else(|| {
                let stats = self.stats[index];
                match part {
                    Part::Code if stats.keys() => {
                        format!("by its heading; its {}", stats.distinct_values("values"))
                    }
                    Part::Code => format!(
                        "by its heading; its values repeat ({} distinct over {} rows): if another column is the code, give --code-column",
                        stats.distinct, stats.filled
                    ),
                    _ => "by its heading".to_owned(),
                }
            });
            taken.push(Taken {
                part,
                index,
                header: self.headers[index].trim().to_owned(),
                place: Place::Column,
                why,
                by_option,
            });
        }
        Roles {
            roles: self.roles,
            taken,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::columns::Role::*;
    use super::*;

    fn strings(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| (*c).to_owned()).collect()
    }

    fn of(headers: &[&str], rows: &[&[&str]], options: &ColumnOptions) -> Option<Roles> {
        let rows: Vec<Vec<String>> = rows.iter().map(|r| strings(r)).collect();
        choose(&strings(headers), &rows, options).unwrap()
    }

    #[test]
    fn a_repeating_column_of_statuses_is_the_http_status() {
        let rows: &[&[&str]] = &[
            &["AccessDenied", "403", "Access Denied"],
            &["AccessForbidden", "403", "Access Forbidden"],
            &["BadDigest", "400", "The Content-MD5 ..."],
            &["EntityTooSmall", "400", "Your proposed upload ..."],
            &["InternalError", "500", "We encountered an internal error."],
            &["SlowDown", "503", "Reduce your request rate."],
        ];
        let roles = of(
            &["Error", "Code", "Description"],
            rows,
            &ColumnOptions::default(),
        )
        .unwrap();
        assert_eq!(&*roles, &[Code, Http, Description]);
        assert_eq!(roles.taken[0].part, Part::Code);
        assert_eq!(roles.taken[0].header, "Error");
        assert!(
            roles.taken[0]
                .why
                .contains("repeats 4 numbers from 100 to 599 over 6 rows")
        );
    }

    #[test]
    fn a_page_of_http_statuses_stays_keyed_by_them() {
        let rows: &[&[&str]] = &[
            &["100", "Continue", "The client continues."],
            &["200", "OK", "Done."],
            &["404", "Not Found", "Nothing here."],
            &["503", "Service Unavailable", "Later."],
        ];
        let headers = ["Status Code", "Code", "Status Code Description"];
        let roles = of(&headers, rows, &ColumnOptions::default()).unwrap();
        assert_eq!(&*roles, &[Code, Name, Description]);
    }

    #[test]
    fn names_beside_numbers_are_the_names() {
        let rows: &[&[&str]] = &[
            &["ERROR_PROCESS_INVALID_FIELD_VALUE", "1232", "Invalid value"],
            &[
                "ERROR_PROCESS_UNKNOWN_FIELD_IN_REQUEST",
                "1231",
                "Unknown field",
            ],
            &["ERROR_NOT_ALLOWED_TO_CREATE", "1206", "User unauthorized"],
        ];
        let roles = of(
            &["Code", "ID", "Description"],
            rows,
            &ColumnOptions::default(),
        )
        .unwrap();
        assert_eq!(&*roles, &[Name, Code, Description]);
        // Numbers that key the rows less well than the heading's strings
        // (a page's one duplicate tolerated in two rows): the code stays.
        let rows: &[&[&str]] = &[
            &["IllegalVersioningConfigurationException", "a", "400"],
            &["IncorrectNumberOfFilesInPostRequest", "b", "400"],
        ];
        let roles = of(
            &["Error Code", "Error Description", "Error"],
            rows,
            &ColumnOptions::default(),
        )
        .unwrap();
        assert_eq!(roles[0], Code);
        // Numbers beside numbers: the heading's code stays.
        let rows: &[&[&str]] = &[&["1", "10", "a"], &["2", "20", "b"]];
        let roles = of(
            &["Code", "ID", "Description"],
            rows,
            &ColumnOptions::default(),
        )
        .unwrap();
        assert_eq!(&*roles, &[Code, Ignore, Description]);
    }

    #[test]
    fn options_name_columns_by_heading_or_position() {
        let rows: &[&[&str]] = &[&["A", "1", "x"], &["B", "2", "y"]];
        let options = ColumnOptions {
            code_column: Some("code".into()),
            name_column: Some("2".into()),
            description_column: Some("none".into()),
            ..ColumnOptions::default()
        };
        let roles = of(&["Code", "Number", "Text"], rows, &options).unwrap();
        assert_eq!(&*roles, &[Code, Name, Ignore]);
        assert!(roles.taken.iter().all(|t| t.by_option));
        // A heading no heading names the code of: the option makes it one.
        let options = ColumnOptions {
            code_column: Some("Key".into()),
            ..ColumnOptions::default()
        };
        let roles = of(&["Key", "Text"], rows, &options).unwrap();
        assert_eq!(&*roles, &[Code, Ignore]);
        assert!(of(&["Key", "Text"], rows, &ColumnOptions::default()).is_none());
        let none = ColumnOptions {
            code_column: Some("none".into()),
            ..ColumnOptions::default()
        };
        let rows: Vec<Vec<String>> = Vec::new();
        assert!(choose(&strings(&["Code"]), &rows, &none).is_err());
    }
}
