//! Protocol Buffers enums:
//!
//! ```text
//! enum StatusCode {
//!   option allow_alias = true;
//!   reserved 25407, 33000;
//!
//!   // Clarifai Connection Codes: 11xxx
//!   CONN_ACCOUNT_ISSUES = 11000; // expired cc, still in trial
//!   CONN_TOKEN_INVALID = 11001 [deprecated = true];
//!   INPUT_DOWNLOAD_SUCCESS = 30000 [deprecated = true];  // an alias
//! }
//! ```
//!
//! Every enum is a table named after it. A number's first name is its row's
//! name and the others are aliases (`allow_alias`), except that a name the
//! proto deprecates yields to one it does not: the row is deprecated only
//! when all its names are. A comment beside an entry (or, failing that,
//! right above it) is its description; a comment block after an empty line
//! that reads as a heading (`// Clarifai Connection Codes: 11xxx`, `//
//! Generic`) starts a group, whose range the heading gives. `reserved`
//! numbers and names, and entries commented out, are kept as comments.

use std::collections::HashMap;

use super::{Error, Group, Item, Row, Table, Warning, heading_group, numbered, parse_range};

/// `true` when `text` declares an enum with at least one entry.
#[must_use]
pub fn looks_like(text: &str) -> bool {
    let mut in_enum = false;
    for line in text.lines() {
        let line = line.trim();
        if enum_name(line).is_some() {
            in_enum = true;
        } else if in_enum && parse_entry(line.split("//").next().unwrap_or("")).is_some() {
            return true;
        }
    }
    false
}

/// `enum Name {` is `Some("Name")`.
fn enum_name(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("enum ")?;
    let name = rest.split(|c: char| c.is_whitespace() || c == '{').next()?;
    let valid = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    valid.then_some(name)
}

/// One `NAME = NUMBER [options];` of an enum.
#[derive(Debug)]
struct Entry {
    line: usize,
    name: String,
    number: i128,
    deprecated: bool,
    /// The comment on the entry's own line.
    trailing: Option<String>,
    /// The comment lines right above it.
    leading: Vec<String>,
}

/// `NAME = NUMBER [options];` (the `;` optional here) as name, number and
/// whether its options say `deprecated = true`; `None` for anything else.
fn parse_entry(statement: &str) -> Option<(String, i128, bool)> {
    let statement = statement.trim().trim_end_matches(';').trim();
    let (name, rest) = statement.split_once('=')?;
    let name = name.trim();
    if name.is_empty()
        || !name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return None;
    }
    let (number, options) = match rest.split_once('[') {
        Some((number, options)) => (number.trim(), Some(options.trim_end().strip_suffix(']')?)),
        None => (rest.trim(), None),
    };
    let number = parse_number(number)?;
    let deprecated = options.is_some_and(|options| {
        options.split(',').any(|option| {
            let option: String = option.chars().filter(|c| !c.is_whitespace()).collect();
            option == "deprecated=true"
        })
    });
    Some((name.to_owned(), number, deprecated))
}

/// A decimal, hexadecimal (`0x1F`) or octal (`017`) integer, maybe negative.
fn parse_number(text: &str) -> Option<i128> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let value = if let Some(hex) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        i128::from_str_radix(hex, 16).ok()?
    } else if digits.len() > 1 && digits.starts_with('0') {
        i128::from_str_radix(&digits[1..], 8).ok()?
    } else if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()?
    } else {
        return None;
    };
    Some(if negative { -value } else { value })
}

/// A comment block's first line reads as a section heading: it gives a
/// range (`Input:Image related 30xxx`), it names what the codes are related
/// to (`Logs related issues: 70000;`), or it is a few capitalised words and
/// no sentence (`Generic`, `Password Related Status Code`).
fn is_heading(text: &str) -> bool {
    if parse_range(text).is_some() {
        return true;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = text.starts_with(|c: char| c.is_uppercase());
    if capitalised && words.len() <= 6 && words.iter().any(|w| w.eq_ignore_ascii_case("related")) {
        return true;
    }
    (1..=6).contains(&words.len())
        && capitalised
        && !text.contains(['.', ',', ':', ';', '(', '=', '!', '?'])
}

/// Splits a line into its code and its `//` comment (a `//` inside a string
/// is code).
fn split_comment(line: &str) -> (&str, Option<&str>) {
    let mut in_string = None;
    let bytes = line.as_bytes();
    for (index, &byte) in bytes.iter().enumerate() {
        match in_string {
            Some(quote) if byte == quote => in_string = None,
            Some(_) => {}
            None if byte == b'"' || byte == b'\'' => in_string = Some(byte),
            None if byte == b'/' && bytes.get(index + 1) == Some(&b'/') => {
                return (&line[..index], Some(line[index + 2..].trim()));
            }
            None => {}
        }
    }
    (line, None)
}

/// Reads every enum of a `.proto` file.
///
/// # Errors
///
/// An enum that is not closed (a cut file), a statement of an enum that is
/// no entry, option or `reserved`, a number that does not parse.
pub fn parse(text: &str, warnings: &mut Vec<Warning>) -> Result<Vec<Table>, Error> {
    let lines: Vec<(usize, &str)> = numbered(text).collect();
    let mut tables = Vec::new();
    let mut reader = LineReader::new(&lines, 0);
    while let Some((number, line)) = reader.next_line() {
        let (code, _) = split_comment(&line);
        if let Some(name) = enum_name(code.trim()) {
            let (table, next) = read_enum(
                &lines,
                reader.index,
                number,
                name,
                code.contains('{'),
                warnings,
            )?;
            tables.push(table);
            reader.index = next;
        }
    }
    Ok(tables)
}

/// A file's lines from `index` on, read one at a time without their
/// `/* ... */` comments.
struct LineReader<'a> {
    lines: &'a [(usize, &'a str)],
    /// The next line's index.
    index: usize,
    in_block_comment: bool,
}

impl<'a> LineReader<'a> {
    /// Reads `lines` from `index`, outside any block comment.
    fn new(lines: &'a [(usize, &'a str)], index: usize) -> Self {
        LineReader {
            lines,
            index,
            in_block_comment: false,
        }
    }

    /// The next line's number and text (block comments left out), if any.
    fn next_line(&mut self) -> Option<(usize, String)> {
        let &(number, line) = self.lines.get(self.index)?;
        self.index += 1;
        Some((
            number,
            strip_block_comments(line, &mut self.in_block_comment),
        ))
    }
}

/// `line` without its `/* ... */` comments (which may span lines).
fn strip_block_comments(line: &str, inside: &mut bool) -> String {
    let mut out = String::new();
    let mut rest = line;
    loop {
        if *inside {
            match rest.find("*/") {
                Some(end) => {
                    *inside = false;
                    rest = &rest[end + 2..];
                }
                None => return out,
            }
        } else {
            let (code, comment) = split_comment(rest);
            match code.find("/*") {
                Some(start) => {
                    out.push_str(&rest[..start]);
                    *inside = true;
                    rest = &rest[start + 2..];
                }
                None => {
                    out.push_str(code);
                    if let Some(comment) = comment {
                        out.push_str("//");
                        out.push_str(comment);
                    }
                    return out;
                }
            }
        }
    }
}

/// A comment block: its lines, and whether an empty line (or the enum's
/// start) is right above them. What it stands for is known once its end is
/// seen.
struct Block {
    lines: Vec<(usize, String)>,
    detached: bool,
}

impl Block {
    /// `true` when the block stands apart and its first line reads as a
    /// section heading.
    fn is_heading(&self) -> bool {
        self.detached && self.lines.first().is_some_and(|(_, l)| is_heading(l))
    }

    /// The block's text, one string a line.
    fn into_text(self) -> Vec<String> {
        self.lines.into_iter().map(|(_, l)| l).collect()
    }
}

/// A place in the enum: an entry, a note, or a heading that opens a group.
enum Slot {
    Entry(usize),
    Note(String),
    Group(String, usize, Vec<String>),
}

/// A statement of the enum, which may run over several lines to its `;`.
#[derive(Default)]
struct Statement {
    text: String,
    /// The line it starts on.
    line: usize,
}

impl Statement {
    /// Adds a line's code to the statement: the whole statement once it
    /// ends with `;`.
    fn push(&mut self, code: &str, number: usize) -> Result<Option<String>, Error> {
        if self.text.is_empty() {
            self.line = number;
        } else {
            self.text.push(' ');
        }
        self.text.push_str(code);
        if self.text.ends_with(';') {
            return Ok(Some(std::mem::take(&mut self.text)));
        }
        if self.text.contains('}') {
            return Err(Error::at(
                self.line,
                format!("`{}` does not end with `;`", self.text),
            ));
        }
        Ok(None)
    }
}

/// An enum as read so far, one line at a time: its entries, notes and
/// headings in order (rows are laid out from them once every alias is
/// known), and the comment block not yet placed.
struct EnumReader<'a> {
    name: &'a str,
    entries: Vec<Entry>,
    /// The table's notes (the `reserved` statements).
    notes: Vec<String>,
    /// Each `reserved` number or range: its line, its first and last numbers.
    reserved: Vec<(usize, i128, i128)>,
    allow_alias: bool,
    /// The comment block whose end is not seen yet.
    pending: Option<Block>,
    /// `true` right after an entry (no empty line, option or `reserved`
    /// since): a comment block here is no heading.
    after_entry: bool,
    slots: Vec<Slot>,
}

/// Reads the enum `name` (declared on line `start`, its `{` seen if
/// `opened`) from `lines[index..]`: its table, and the index after its `}`.
fn read_enum(
    lines: &[(usize, &str)],
    index: usize,
    start: usize,
    name: &str,
    opened: bool,
    warnings: &mut Vec<Warning>,
) -> Result<(Table, usize), Error> {
    let mut reader = EnumReader {
        name,
        entries: Vec::new(),
        notes: Vec::new(),
        reserved: Vec::new(),
        allow_alias: false,
        pending: None,
        after_entry: false,
        slots: Vec::new(),
    };
    let next = reader.read_lines(lines, index, start, opened)?;
    Ok((reader.into_table(start, warnings), next))
}

impl EnumReader<'_> {
    /// Reads the enum's lines to its `}`: the index after it.
    fn read_lines(
        &mut self,
        lines: &[(usize, &str)],
        index: usize,
        start: usize,
        mut opened: bool,
    ) -> Result<usize, Error> {
        let mut statement = Statement::default();
        let mut reader = LineReader::new(lines, index);
        while let Some((number, line)) = reader.next_line() {
            let (code, comment) = split_comment(&line);
            let code = code.trim();
            if !opened {
                opened = self.opening(code, number)?;
            } else if code.is_empty() {
                self.no_code(number, comment);
            } else if statement.text.is_empty() && code.starts_with('}') {
                self.end_block();
                return Ok(reader.index);
            } else if let Some(text) = statement.push(code, number)? {
                self.statement(&text, statement.line, comment)?;
            }
        }
        Err(self.cut(&statement, start, lines))
    }

    /// A line before the enum's `{`: `true` once it is seen.
    fn opening(&self, code: &str, number: usize) -> Result<bool, Error> {
        if code.starts_with('{') {
            Ok(true)
        } else if code.is_empty() {
            Ok(false)
        } else {
            Err(Error::at(
                number,
                format!("expected the `{{` of enum {}", self.name),
            ))
        }
    }

    /// The error of an enum the file ends inside: in a statement, or
    /// between statements.
    fn cut(&self, statement: &Statement, start: usize, lines: &[(usize, &str)]) -> Error {
        let name = self.name;
        if !statement.text.is_empty() {
            return Error::at(
                statement.line,
                format!(
                    "`{}` does not end with `;`: the enum {name} is cut",
                    statement.text
                ),
            );
        }
        let last = lines.last().map_or(start, |(n, _)| *n);
        Error::at(
            start,
            format!(
                "the enum {name} is not closed: the file ends at line {last} inside it (a cut file?)"
            ),
        )
    }

    /// A line without code: a comment, or an empty line, which ends a
    /// comment block that no entry follows (a heading, or a comment of its
    /// own).
    fn no_code(&mut self, number: usize, comment: Option<&str>) {
        match comment {
            Some(text) => self.comment(number, text),
            None => {
                self.end_block();
                self.after_entry = false;
            }
        }
    }

    /// A comment line: an entry commented out (a note, never a
    /// description), or a line of the pending comment block.
    fn comment(&mut self, number: usize, text: &str) {
        if let Some((entry_name, value, _)) =
            parse_entry(text).filter(|_| text.trim_end().ends_with(';'))
        {
            self.slots.push(Slot::Note(format!(
                "commented out in the proto (line {number}): {entry_name} = {value}"
            )));
            return;
        }
        match &mut self.pending {
            Some(block) => block.lines.push((number, text.to_owned())),
            None => {
                self.pending = Some(Block {
                    lines: vec![(number, text.to_owned())],
                    detached: !self.after_entry,
                });
            }
        }
    }

    /// A whole statement, from `line`: an option, `reserved` or an entry
    /// (`comment` is the one on its last line).
    fn statement(&mut self, text: &str, line: usize, comment: Option<&str>) -> Result<(), Error> {
        let words: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        if words == "optionallow_alias=true;" {
            self.allow_alias = true;
            self.after_entry = false;
            self.end_block_as_note();
        } else if text.starts_with("option ") || text.starts_with("option(") {
            self.after_entry = false;
            self.end_block_as_note();
        } else if let Some(list) = text.strip_prefix("reserved") {
            self.end_block_as_note();
            self.reserved(list, line)?;
            self.after_entry = false;
        } else if let Some((name, number, deprecated)) = parse_entry(text) {
            self.entry(line, name, number, deprecated, comment);
        } else {
            return Err(Error::at(
                line,
                format!(
                    "`{text}` is not an entry of enum {} (NAME = NUMBER;)",
                    self.name
                ),
            ));
        }
        Ok(())
    }

    /// A `reserved` statement's list (`2, 10 to 12, "OLD"`), from `line`:
    /// its numbers kept for the check, it and its names noted.
    fn reserved(&mut self, list: &str, line: usize) -> Result<(), Error> {
        let list = list.trim().trim_end_matches(';');
        let mut numbers = Vec::new();
        let mut names = Vec::new();
        for item in list.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            if item.starts_with('"') || item.starts_with('\'') {
                names.push(item.trim_matches(['"', '\'']).to_owned());
            } else {
                let (lo, hi) = reserved_numbers(item, line)?;
                numbers.push(item.to_owned());
                self.reserved.push((line, lo, hi));
            }
        }
        if !numbers.is_empty() {
            self.notes.push(format!(
                "reserved by the proto (numbers of removed codes, line {line}): {}",
                numbers.join(", ")
            ));
        }
        if !names.is_empty() {
            self.notes.push(format!(
                "reserved by the proto (names of removed codes, line {line}): {}",
                names.join(", ")
            ));
        }
        Ok(())
    }

    /// An entry, from `line`: the comment block above it is its description,
    /// unless it is a heading (which opens a group).
    fn entry(
        &mut self,
        line: usize,
        name: String,
        number: i128,
        deprecated: bool,
        comment: Option<&str>,
    ) {
        let mut leading = Vec::new();
        if let Some(block) = self.pending.take() {
            if block.is_heading() {
                self.place_block(block);
            } else {
                leading = block.into_text();
            }
        }
        self.slots.push(Slot::Entry(self.entries.len()));
        self.entries.push(Entry {
            line,
            name,
            number,
            deprecated,
            trailing: comment.map(str::to_owned).filter(|c| !c.is_empty()),
            leading,
        });
        self.after_entry = true;
    }

    /// Ends the pending comment block, which no entry follows.
    fn end_block(&mut self) {
        if let Some(block) = self.pending.take() {
            self.place_block(block);
        }
    }

    /// Ends the pending comment block, above an option or `reserved`: a
    /// note.
    fn end_block_as_note(&mut self) {
        if let Some(block) = self.pending.take() {
            self.place_note(block);
        }
    }

    /// A comment block no entry follows (or a heading): a group's heading
    /// and docs, or a note.
    fn place_block(&mut self, block: Block) {
        if block.is_heading() {
            let line = block.lines[0].0;
            let mut text = block.into_text().into_iter();
            let title = text.next().unwrap_or_default();
            self.slots.push(Slot::Group(title, line, text.collect()));
        } else {
            self.place_note(block);
        }
    }

    /// A comment block as a note of its own.
    fn place_note(&mut self, block: Block) {
        let Some(&(line, _)) = block.lines.first() else {
            return;
        };
        self.slots.push(Slot::Note(format!(
            "the proto (line {line}): {}",
            block.into_text().join(" ")
        )));
    }

    /// The enum's table, its rows named and checked against `reserved`.
    fn into_table(self, start: usize, warnings: &mut Vec<Warning>) -> Table {
        let mut numbers = Numbers::of(&self.entries, self.allow_alias, warnings);
        numbers.name_rows();
        numbers.check_reserved(&self.reserved, warnings);
        Table {
            title: None,
            name: Some(self.name.to_owned()),
            line: start,
            http: false,
            columns: Vec::new(),
            items: numbers.lay_out(self.slots, &self.entries),
            notes: self.notes,
            ..Table::default()
        }
    }
}

/// A reserved number (`25407`) or range (`10 to 12`, `40 to max`) of the
/// statement on `line`: its first and last numbers.
fn reserved_numbers(item: &str, line: usize) -> Result<(i128, i128), Error> {
    let Some((lo, hi)) = item.split_once(" to ") else {
        let value = parse_number(item)
            .ok_or_else(|| Error::at(line, format!("`{item}` is not a reserved number")))?;
        return Ok((value, value));
    };
    let lo = parse_number(lo.trim());
    // `max` is an enum value's largest: enum values are int32.
    let hi = if hi.trim() == "max" {
        Some(i128::from(i32::MAX))
    } else {
        parse_number(hi.trim())
    };
    match (lo, hi) {
        (Some(lo), Some(hi)) if lo <= hi => Ok((lo, hi)),
        _ => Err(Error::at(line, format!("`{item}` is not a reserved range"))),
    }
}

/// The enum's rows, one a number: a number's entries, its first name
/// primary and the others aliases (unless the first is deprecated and
/// another is not).
struct Numbers {
    rows: Vec<Row>,
    /// Each number's row.
    row_of: HashMap<i128, usize>,
    /// Each row's names, in the entries' order, and whether the proto
    /// deprecates them.
    names_of: Vec<Vec<(String, bool)>>,
}

impl Numbers {
    /// The rows of `entries`, a number's later entries its aliases (a
    /// warning each without `allow_alias`).
    fn of(entries: &[Entry], allow_alias: bool, warnings: &mut Vec<Warning>) -> Numbers {
        let mut numbers = Numbers {
            rows: Vec::new(),
            row_of: HashMap::new(),
            names_of: Vec::new(),
        };
        for entry in entries {
            match numbers.row_of.get(&entry.number) {
                Some(&row) => numbers.add_alias(row, entry, allow_alias, warnings),
                None => numbers.add_row(entry),
            }
        }
        numbers
    }

    /// A number's first entry: its row, described by its comment beside
    /// (or, failing that, above).
    fn add_row(&mut self, entry: &Entry) {
        self.row_of.insert(entry.number, self.rows.len());
        self.names_of
            .push(vec![(entry.name.clone(), entry.deprecated)]);
        let description = entry
            .trailing
            .clone()
            .or_else(|| (!entry.leading.is_empty()).then(|| entry.leading.join(" ")));
        self.rows.push(Row {
            line: Some(entry.line),
            code: super::Code::Int(entry.number),
            description,
            ..Row::default()
        });
    }

    /// A later entry of row `row`'s number: a name of the row, its comments
    /// a note.
    fn add_alias(
        &mut self,
        row: usize,
        entry: &Entry,
        allow_alias: bool,
        warnings: &mut Vec<Warning>,
    ) {
        if !allow_alias {
            warnings.push(Warning {
                line: Some(entry.line),
                message: format!(
                    "{} = {} reuses the number of {} without `option allow_alias = true`: imported as its alias",
                    entry.name,
                    entry.number,
                    self.names_of[row][0].0
                ),
            });
        }
        self.names_of[row].push((entry.name.clone(), entry.deprecated));
        let comment = entry
            .trailing
            .iter()
            .chain(&entry.leading)
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        if !comment.is_empty() {
            self.rows[row]
                .comments
                .push(format!("the proto on {}: {comment}", entry.name));
        }
    }

    /// Gives each row its name, aliases and deprecation: its first name
    /// not deprecated is the name; the row is deprecated when all are.
    fn name_rows(&mut self) {
        for (row, names) in self.rows.iter_mut().zip(&self.names_of) {
            let primary = names
                .iter()
                .position(|(_, deprecated)| !deprecated)
                .unwrap_or(0);
            row.deprecated = names.iter().all(|(_, deprecated)| *deprecated);
            if primary != 0 {
                row.comments.push(format!(
                    "{}, the proto's first name for {}, is deprecated and {} is not: {} is the name",
                    names[0].0, row.code, names[primary].0, names[primary].0
                ));
            }
            row.name = Some(names[primary].0.clone());
            for (index, (alias, deprecated)) in names.iter().enumerate() {
                if index != primary {
                    row.aliases.push(alias.clone());
                    if *deprecated && !row.deprecated {
                        row.comments
                            .push(format!("the proto deprecates the name {alias}"));
                    }
                }
            }
        }
    }

    /// Warns of every used number inside a reserved number or range, in the
    /// order of the `reserved` statements, then of the numbers.
    fn check_reserved(&self, reserved: &[(usize, i128, i128)], warnings: &mut Vec<Warning>) {
        let mut used: Vec<(i128, usize)> = self.row_of.iter().map(|(&n, &row)| (n, row)).collect();
        used.sort_unstable();
        for &(line, lo, hi) in reserved {
            let start = used.partition_point(|&(number, _)| number < lo);
            for &(number, row) in used[start..].iter().take_while(|&&(n, _)| n <= hi) {
                warnings.push(Warning {
                    line: Some(line),
                    message: format!(
                        "{number} is reserved, yet {} uses it (line {})",
                        self.names_of[row][0].0,
                        super::line(&self.rows[row])
                    ),
                });
            }
        }
    }

    /// Lays the rows out in the order of their first entries, in the groups
    /// those entries were under: the slots come in the entries' order, so a
    /// number's row is taken at its first entry and its aliases find it gone.
    fn lay_out(self, slots: Vec<Slot>, entries: &[Entry]) -> Vec<Item> {
        let mut rows: Vec<Option<Row>> = self.rows.into_iter().map(Some).collect();
        let mut items: Vec<Item> = Vec::new();
        let mut group: Option<Group> = None;
        for slot in slots {
            let item = match slot {
                Slot::Entry(entry) => {
                    match self
                        .row_of
                        .get(&entries[entry].number)
                        .and_then(|row| rows[*row].take())
                    {
                        Some(row) => Item::Row(row),
                        None => continue,
                    }
                }
                Slot::Note(note) => Item::Comment(note),
                Slot::Group(title, line, docs) => {
                    items.extend(group.take().map(Item::Group));
                    group = Some(Group {
                        docs,
                        ..heading_group(title, line)
                    });
                    continue;
                }
            };
            match group.as_mut() {
                Some(group) => group.items.push(item),
                None => items.push(item),
            }
        }
        items.extend(group.take().map(Item::Group));
        items
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Code, Format, GroupRange, Item, import};

    const PROTO: &str = "\
syntax = \"proto3\";

package vendor.status;

enum StatusCode {
  option allow_alias = true;

  reserved
      25407, 33000,
      52003;

  // to be revised
  ZERO = 0;

  // Generic
  SUCCESS = 10000;
  MOVED = 10050; // Resource moved. Respond with Http status 307
  //SUCCESS_WARNING_API_DEPRECATED = 10001;

  // Clarifai Connection Codes: 11xxx
  CONN_ACCOUNT_ISSUES = 11000; // expired cc, still in trial
  // invalid auth token used. Deprecated: return CONN_KEY_INVALID instead.
  CONN_TOKEN_INVALID = 11001 [deprecated = true];

  // Input:Image related 30xxx
  INPUT_SUCCESS = 30000;

  // use INPUT_SUCCESS instead
  INPUT_DOWNLOAD_SUCCESS = 30000 [deprecated = true];
  OLD_ONLY = 30001 [deprecated = true];
}
";

    #[test]
    #[allow(clippy::type_complexity)] // rows compared as tuples
    fn entries_aliases_deprecations_comments_and_groups() {
        let document = import(PROTO, Format::Auto).unwrap();
        assert_eq!(document.format, Format::Proto);
        assert!(document.warnings.is_empty(), "{:?}", document.warnings);
        let table = &document.tables[0];
        assert_eq!(table.name.as_deref(), Some("StatusCode"));
        assert_eq!(
            table.notes,
            ["reserved by the proto (numbers of removed codes, line 8): 25407, 33000, 52003"]
        );
        let rows: Vec<(i128, &str, Vec<&str>, bool, Option<&str>, Option<&str>)> = table
            .rows()
            .iter()
            .map(|(row, group)| {
                let Code::Int(code) = row.code else { panic!() };
                (
                    code,
                    row.name.as_deref().unwrap(),
                    row.aliases.iter().map(String::as_str).collect(),
                    row.deprecated,
                    row.description.as_deref(),
                    group.and_then(|g| g.title.as_deref()),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (0, "ZERO", vec![], false, Some("to be revised"), None),
                (10000, "SUCCESS", vec![], false, None, Some("Generic")),
                (
                    10050,
                    "MOVED",
                    vec![],
                    false,
                    Some("Resource moved. Respond with Http status 307"),
                    Some("Generic")
                ),
                (
                    11000,
                    "CONN_ACCOUNT_ISSUES",
                    vec![],
                    false,
                    Some("expired cc, still in trial"),
                    Some("Clarifai Connection Codes: 11xxx")
                ),
                (
                    11001,
                    "CONN_TOKEN_INVALID",
                    vec![],
                    true,
                    Some("invalid auth token used. Deprecated: return CONN_KEY_INVALID instead."),
                    Some("Clarifai Connection Codes: 11xxx")
                ),
                (
                    30000,
                    "INPUT_SUCCESS",
                    vec!["INPUT_DOWNLOAD_SUCCESS"],
                    false,
                    None,
                    Some("Input:Image related 30xxx")
                ),
                (
                    30001,
                    "OLD_ONLY",
                    vec![],
                    true,
                    None,
                    Some("Input:Image related 30xxx")
                ),
            ]
        );
        let ranges: Vec<_> = table.groups().map(|g| g.range.clone()).collect();
        let ints = |lo, hi| Some(GroupRange::Ints(lo, hi));
        assert_eq!(ranges, [None, ints(11000, 11999), ints(30000, 30999)]);
        // The alias's deprecation and comment, and the entry commented out,
        // are kept as comments.
        let input = table.rows()[5].0;
        assert_eq!(
            input.comments,
            [
                "the proto on INPUT_DOWNLOAD_SUCCESS: use INPUT_SUCCESS instead",
                "the proto deprecates the name INPUT_DOWNLOAD_SUCCESS"
            ]
        );
        let Item::Group(generic) = &table.items[1] else {
            panic!("{:?}", table.items)
        };
        assert!(
            matches!(&generic.items[2], Item::Comment(n) if n.contains("SUCCESS_WARNING_API_DEPRECATED = 10001"))
        );
    }

    #[test]
    fn a_deprecated_first_name_yields_to_a_current_one() {
        let proto = "enum E {\n  option allow_alias = true;\n  OLD = 1 [deprecated = true];\n  NEW = 1;\n}\n";
        let document = import(proto, Format::Proto).unwrap();
        let row = document.tables[0].rows()[0].0;
        assert_eq!(
            (row.name.as_deref(), row.aliases.as_slice(), row.deprecated),
            (Some("NEW"), &["OLD".to_owned()][..], false)
        );
    }

    #[test]
    fn cut_and_broken_protos_are_errors() {
        let cut = &PROTO[..PROTO.find("INPUT_SUCCESS = 30000;").unwrap() + 10];
        let error = import(cut, Format::Proto).unwrap_err();
        assert_eq!(error.line, Some(26), "{error}");
        assert!(
            error.message.contains("`INPUT_SUCC` does not end with `;`"),
            "{error}"
        );
        let cut = &PROTO[..PROTO.find("OLD_ONLY").unwrap()];
        let error = import(cut, Format::Proto).unwrap_err();
        assert!(
            error.message.contains("enum StatusCode is not closed"),
            "{error}"
        );
        let broken = PROTO.replace("SUCCESS = 10000;", "SUCCESS 10000;");
        let error = import(&broken, Format::Proto).unwrap_err();
        assert_eq!(error.line, Some(16), "{error}");
        let broken = PROTO.replace("SUCCESS = 10000;", "SUCCESS = ten;");
        assert!(import(&broken, Format::Proto).is_err());
        let error = import(
            "syntax = \"proto3\";\nmessage M { string a = 1; }\n",
            Format::Proto,
        )
        .unwrap_err();
        assert!(error.message.contains("no table"), "{error}");
    }

    /// A used number inside a reserved range is found, as one equal to a
    /// reserved number is: `lo to hi` and `lo to max` hold every number
    /// from `lo`.
    #[test]
    fn numbers_used_inside_reserved_ranges_are_a_warning() {
        let proto = "enum E {\n  reserved 2, 10 to 12, 40 to max;\n  A = 1;\n  B = 2;\n  C = 11;\n  D = 13;\n  E = 2147483647;\n}\n";
        let document = import(proto, Format::Proto).unwrap();
        let messages: Vec<&str> = document
            .warnings
            .iter()
            .map(|w| w.message.as_str())
            .collect();
        assert_eq!(
            messages,
            [
                "2 is reserved, yet B uses it (line 4)",
                "11 is reserved, yet C uses it (line 5)",
                "2147483647 is reserved, yet E uses it (line 7)",
            ]
        );
        assert!(document.warnings.iter().all(|w| w.line == Some(2)));
        let bad = import("enum E {\n  reserved 5 to 3;\n  A = 1;\n}\n", Format::Proto);
        assert!(bad.is_err());
    }

    #[test]
    fn aliases_without_allow_alias_are_a_warning() {
        let proto = "enum E {\n  A = 1;\n  B = 1;\n}\n";
        let document = import(proto, Format::Proto).unwrap();
        assert_eq!(document.warnings.len(), 1);
        assert_eq!(document.warnings[0].line, Some(3));
        assert_eq!(document.tables[0].rows()[0].0.aliases, ["B"]);
    }
}
