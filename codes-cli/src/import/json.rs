//! JSON catalogues of codes, as vendors publish their error catalogues: an
//! array of objects (`[{"code": "card_declined", "message": ..., "status":
//! 402}]`) or an object keyed by code (`{"100": {"message": ..., "status":
//! 404}}`, or `{"E1": "text"}`), at the top of the document or inside it
//! (`{"errors": [...]}`, `{"errors": {"E1": {...}}}`): one table a
//! catalogue, its rows in the document's order.
//!
//! Which field is what is told from the field names (the same words as a
//! page's headings, `message`, `httpStatus`, `error_code` read as "message",
//! "http status", "error code") and from the values: the code is the field
//! that keys the rows (its values distinct, each a number or a code word);
//! numbers 100..=599 that repeat from row to row are an HTTP status, not the
//! code; an object's keys are the codes unless its rows name a code field
//! of their own. A message beside a description, a solution, an HTTP status
//! and a documentation link become the table's columns `message`,
//! `solution`, `http` and `link`. Fields read as nothing are named in a
//! warning; a field given twice in one object keeps its first value, the
//! second left in a comment.

use std::collections::HashSet;

use super::columns::{self, Role};
use super::json_tree::{self, Json, Member, Node};
use super::{Code, Column, ColumnKind, Error, Item, Row, Table, Value, Warning, parse_int};

/// `true` when `text` starts as a JSON object or an array of objects does.
#[must_use]
pub fn looks_like(text: &str) -> bool {
    let mut chars = text
        .trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| !c.is_whitespace());
    matches!(
        (chars.next(), chars.next()),
        (Some('{'), Some('"' | '}')) | (Some('['), Some('{' | ']'))
    )
}

/// Reads every catalogue of codes in the document.
///
/// # Errors
///
/// A document that is not JSON (with its line and column), a catalogue
/// whose codes are numbers and words mixed.
pub fn parse(text: &str, warnings: &mut Vec<Warning>) -> Result<Vec<Table>, Error> {
    let root = json_tree::parse(text)?;
    let mut found = Vec::new();
    find(&root, &mut Vec::new(), &mut found);
    found
        .into_iter()
        .map(|(path, line, rows, plan)| table(&path, line, &rows, &plan, warnings))
        .collect()
}

/// One row of a catalogue: its key (in an object keyed by code), its line
/// and its fields (`None`: an item that is no object).
struct Source<'a> {
    key: Option<&'a str>,
    line: usize,
    fields: Option<Vec<(&'a str, &'a Node)>>,
}

type Found<'a> = (Vec<&'a str>, usize, Vec<Source<'a>>, Plan);

/// The catalogues under `node` (whose keys from the root are `path`), in
/// the document's order; a catalogue's own values are not searched.
fn find<'a>(node: &'a Node, path: &mut Vec<&'a str>, found: &mut Vec<Found<'a>>) {
    if let Some(rows) = rows_of(node) {
        if let Some(plan) = Plan::of(&rows) {
            found.push((path.clone(), node.line, rows, plan));
            return;
        }
    }
    match &node.value {
        Json::Object(members) => {
            for member in members {
                path.push(&member.key);
                find(&member.value, path, found);
                path.pop();
            }
        }
        Json::Array(items) => {
            for item in items {
                find(item, path, found);
            }
        }
        _ => {}
    }
}

/// The rows of `node` if it can be a catalogue: an array of objects with
/// values, or an object whose keys are all codes and whose values are all
/// such objects (or all strings: code and description).
fn rows_of(node: &Node) -> Option<Vec<Source<'_>>> {
    match &node.value {
        Json::Array(items) => {
            let rows: Vec<Source> = items
                .iter()
                .map(|item| Source {
                    key: None,
                    line: item.line,
                    fields: fields_of(item),
                })
                .collect();
            let objects = rows.iter().filter(|r| r.fields.is_some()).count();
            (objects > 0 && objects * 2 > rows.len()).then_some(rows)
        }
        Json::Object(members) if !members.is_empty() => {
            if !members.iter().all(|m| code_of(&m.key).is_some()) {
                return None;
            }
            let strings = members.len() > 1
                && members
                    .iter()
                    .all(|m| matches!(m.value.value, Json::Str(_)));
            let rows: Vec<Source> = members.iter().map(|m| keyed_row(m, strings)).collect();
            rows.iter().all(|r| r.fields.is_some()).then_some(rows)
        }
        _ => None,
    }
}

/// A member of an object keyed by code as a row: its value's fields, or
/// its text as the description.
fn keyed_row(member: &Member, strings: bool) -> Source<'_> {
    let fields = if strings {
        Some(vec![("description", &member.value)])
    } else {
        fields_of(&member.value)
    };
    Source {
        key: Some(&member.key),
        line: member.line,
        fields,
    }
}

/// An object's members, if it is an object with at least one plain value
/// (a string, number or `true`/`false`): a row, not a level of nesting.
fn fields_of(node: &Node) -> Option<Vec<(&str, &Node)>> {
    let Json::Object(members) = &node.value else {
        return None;
    };
    members
        .iter()
        .any(|m| {
            matches!(
                m.value.value,
                Json::Str(_) | Json::Number(_) | Json::Bool(_)
            )
        })
        .then(|| members.iter().map(|m| (m.key.as_str(), &m.value)).collect())
}

/// What a field of a catalogue's rows is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Use {
    Code,
    Name,
    Description,
    Http,
    Message,
    Solution,
    Link,
    Ignore,
}

/// Where a catalogue's codes are and what each field is.
#[derive(Debug)]
struct Plan {
    /// The field that holds the code; `None`: the rows' keys.
    code: Option<String>,
    /// The keys are the rows' names (the code being a field).
    key_names: bool,
    /// The keys, when a field gives the code and they are no names: left out.
    keys_left_out: bool,
    /// Each field, in the order the rows first give it, and its use.
    fields: Vec<(String, Use)>,
}

/// What the values of one field are, over the rows.
#[derive(Default)]
struct Stats {
    /// Rows that give the field.
    present: usize,
    /// Its values as codes, where each is one.
    codes: Vec<Code>,
    /// Every value is a number 100..=599 (or such a number in a string).
    http: bool,
    /// Every value is a string.
    strings: bool,
}

impl Stats {
    fn of<'a>(name: &str, rows: &[Source<'a>]) -> Stats {
        let mut stats = Stats {
            http: true,
            strings: true,
            ..Stats::default()
        };
        let mut all_codes = true;
        for (_, value) in rows.iter().filter_map(|r| first(r, name)) {
            stats.present += 1;
            stats.http &= http_status(value).is_some();
            stats.strings &= matches!(value.value, Json::Str(_));
            match node_code(value) {
                Some(code) => stats.codes.push(code),
                None => all_codes = false,
            }
        }
        if !all_codes {
            stats.codes.clear();
        }
        stats
    }

    /// Values given more than once.
    fn repeats(&self) -> usize {
        let distinct: HashSet<&Code> = self.codes.iter().collect();
        self.codes.len() - distinct.len()
    }

    /// Every value is a code (a number, or a word such as `card_declined`).
    fn all_codes(&self) -> bool {
        self.present > 0 && self.codes.len() == self.present
    }
}

/// The first value of field `name` in `row`.
fn first<'a, 'r>(row: &'r Source<'a>, name: &str) -> Option<&'r (&'a str, &'a Node)> {
    row.fields
        .as_ref()?
        .iter()
        .find(|(field, _)| *field == name)
}

impl Plan {
    /// The plan of a catalogue, or `None` when its rows have no code field
    /// (an array) or nothing beside their codes (no name, description or
    /// message): no catalogue.
    fn of(rows: &[Source]) -> Option<Plan> {
        let names = field_names(rows);
        let stats: Vec<Stats> = names.iter().map(|n| Stats::of(n, rows)).collect();
        let roles = name_roles(&names);
        let keyed = rows.iter().all(|r| r.key.is_some());
        let code = if keyed {
            keyed_code_field(rows, &names, &stats, &roles)
        } else {
            Some(code_field(rows.len(), &names, &stats, &roles)?)
        };
        let mut plan = Plan {
            code: code.map(|index| names[index].clone()),
            key_names: false,
            keys_left_out: false,
            fields: Vec::new(),
        };
        let mut taken: Vec<Use> = Vec::new();
        for (index, name) in names.iter().enumerate() {
            let used =
                if Some(index) == code || (keyed && code.is_none() && same_as_keys(rows, name)) {
                    Use::Code
                } else {
                    field_use(name, &stats[index], &roles[index], &taken)
                };
            taken.push(used);
            plan.fields.push((name.clone(), used));
        }
        // A message alone is the description (as roles() has it for words).
        if !taken.contains(&Use::Description) {
            if let Some(field) = plan.fields.iter_mut().find(|(_, u)| *u == Use::Message) {
                field.1 = Use::Description;
            }
        }
        if keyed && code.is_some() {
            let words = rows
                .iter()
                .all(|r| r.key.is_some_and(|k| parse_int(k).is_none()));
            plan.key_names = words && !taken.contains(&Use::Name);
            plan.keys_left_out = !plan.key_names;
        }
        let described = plan.key_names
            || plan
                .fields
                .iter()
                .any(|(_, u)| matches!(u, Use::Name | Use::Description));
        described.then_some(plan)
    }
}

/// Every field the rows give, in the order they first give it.
fn field_names(rows: &[Source]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for (name, _) in rows.iter().filter_map(|r| r.fields.as_ref()).flatten() {
        if !names.iter().any(|n| n == name) {
            names.push((*name).to_owned());
        }
    }
    names
}

/// The role each field's name gives it, as a page's heading of the same
/// words would have (`httpStatus` as "http status").
fn name_roles(names: &[String]) -> Vec<Role> {
    // A last heading that roles() takes as the code when no field names
    // one, so that it reads the other names all the same.
    let mut headers: Vec<String> = names.iter().map(|n| words(n)).collect();
    headers.push("value".to_owned());
    let mut roles = columns::roles(&headers).unwrap_or_default();
    roles.truncate(names.len());
    roles.resize(names.len(), Role::Ignore);
    roles
}

/// `errorCode`, `error_code`, `error-code`, `HTTPStatus` as lowercase words
/// (`error code`, `http status`).
fn words(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (index, &c) in chars.iter().enumerate() {
        let previous = index.checked_sub(1).map(|i| chars[i]);
        let next = chars.get(index + 1).copied();
        if c == '_' || c == '-' || c == ' ' || c == '.' {
            if !out.ends_with(' ') && !out.is_empty() {
                out.push(' ');
            }
            continue;
        }
        let starts_word = c.is_uppercase()
            && previous.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_uppercase() && next.is_some_and(char::is_lowercase))
            });
        if starts_word && !out.ends_with(' ') {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    out.trim().to_owned()
}

/// The field of an array's rows that holds the code: given by most rows,
/// every value a code, hardly any repeated; of those, not an HTTP status
/// that repeats, then the one named a code, then the one whose values
/// repeat least, then not an HTTP status, then the first.
fn code_field(rows: usize, names: &[String], stats: &[Stats], roles: &[Role]) -> Option<usize> {
    (0..names.len())
        .filter(|&i| stats[i].present * 2 > rows && stats[i].all_codes())
        .filter(|&i| stats[i].repeats() * 4 <= stats[i].present)
        .min_by_key(|&i| {
            let repeats = stats[i].repeats();
            (
                stats[i].http && repeats > 0,
                roles[i] != Role::Code,
                repeats,
                stats[i].http,
                i,
            )
        })
}

/// The field of an object's rows that gives the code instead of the keys:
/// one named a code, given by every row, its values distinct codes that are
/// not all the keys (`{"NOT_FOUND": {"code": 404}}`: 404, named NOT_FOUND).
fn keyed_code_field(
    rows: &[Source],
    names: &[String],
    stats: &[Stats],
    roles: &[Role],
) -> Option<usize> {
    (0..names.len()).find(|&i| {
        roles[i] == Role::Code
            && stats[i].present == rows.len()
            && stats[i].all_codes()
            && stats[i].repeats() == 0
            && rows.iter().any(|r| {
                let key = r.key.and_then(code_of);
                first(r, &names[i]).and_then(|(_, v)| node_code(v)) != key
            })
    })
}

/// `true` when every row's field `name` is its key, as a code.
fn same_as_keys(rows: &[Source], name: &str) -> bool {
    rows.iter().all(|r| {
        let value = first(r, name).and_then(|(_, v)| node_code(v));
        value.is_some() && value == r.key.and_then(code_of)
    })
}

/// What a field other than the code is: its name's role where its values
/// fit it (an HTTP status by its values), else a use the name's words give
/// (a detail is a description, a mitigation a solution, a URL a link); one
/// field a use.
fn field_use(name: &str, stats: &Stats, role: &Role, taken: &[Use]) -> Use {
    let words = words(name);
    let said = |w: &[&str]| words.split(' ').any(|word| w.contains(&word));
    let used = if stats.http && (stats.repeats() > 0 || said(&["http", "status"])) {
        Use::Http
    } else {
        match role {
            Role::Name if stats.strings => Use::Name,
            Role::Description => Use::Description,
            Role::Message => Use::Message,
            Role::Solution => Use::Solution,
            Role::Http if stats.http => Use::Http,
            _ if said(&["detail", "summary", "explanation", "text"]) => Use::Description,
            _ if said(&[
                "mitigation",
                "mitigations",
                "remedy",
                "resolution",
                "fix",
                "hint",
            ]) =>
            {
                Use::Solution
            }
            _ if said(&["url", "link", "href", "doc", "docs", "documentation"]) => Use::Link,
            _ => Use::Ignore,
        }
    };
    if taken.contains(&used) {
        Use::Ignore
    } else {
        used
    }
}

/// A key or a string value as a code: a number, or one word of letters,
/// digits and `._-:/` that starts with a letter (`ModelArts.0104`,
/// `card_declined`), as the other formats read a code cell.
fn code_of(text: &str) -> Option<Code> {
    if let Some(number) = parse_int(text) {
        return Some(Code::Int(number));
    }
    let word = text.len() <= 64
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-:/".contains(c))
        && text.starts_with(|c: char| c.is_ascii_alphabetic());
    word.then(|| Code::Str(text.to_owned()))
}

/// A value as a code: an integer, or a string that is one.
fn node_code(node: &Node) -> Option<Code> {
    match &node.value {
        Json::Number(number) => parse_int(number).map(Code::Int),
        Json::Str(text) => code_of(text),
        _ => None,
    }
}

/// A value as an HTTP status: a number 100..=599, or one in a string.
fn http_status(node: &Node) -> Option<i128> {
    let status = match &node.value {
        Json::Number(number) | Json::Str(number) => parse_int(number)?,
        _ => return None,
    };
    (100..=599).contains(&status).then_some(status)
}

/// A value as text: a string that is not blank, a number as written, a list
/// of strings one a line.
fn text_of(node: &Node) -> Option<String> {
    match &node.value {
        Json::Str(text) if !text.trim().is_empty() => Some(text.clone()),
        Json::Number(number) => Some(number.clone()),
        Json::Array(items) if !items.is_empty() => {
            let lines: Option<Vec<&str>> = items
                .iter()
                .map(|item| match &item.value {
                    Json::Str(text) => Some(text.as_str()),
                    _ => None,
                })
                .collect();
            Some(lines?.join("\n")).filter(|text| !text.trim().is_empty())
        }
        _ => None,
    }
}

/// The table of one catalogue.
fn table(
    path: &[&str],
    line: usize,
    rows: &[Source],
    plan: &Plan,
    warnings: &mut Vec<Warning>,
) -> Result<Table, Error> {
    let mut table = Table {
        title: (!path.is_empty()).then(|| path.join(".")),
        line,
        columns: plan_columns(plan),
        ..Table::default()
    };
    let ignored: Vec<&str> = plan
        .fields
        .iter()
        .filter(|(_, u)| *u == Use::Ignore)
        .map(|(n, _)| n.as_str())
        .collect();
    if !ignored.is_empty() {
        warnings.push(Warning {
            line: Some(line),
            message: format!(
                "{} not imported (read as no code, name, description, message, solution, HTTP status or link)",
                match ignored.as_slice() {
                    [one] => format!("the field \"{one}\" is"),
                    more => format!("the fields {} are", quoted(more)),
                }
            ),
        });
    }
    if plan.keys_left_out {
        warnings.push(Warning {
            line: Some(line),
            message: format!(
                "the rows' codes are their \"{}\" field: the keys they are listed under are not imported",
                plan.code.as_deref().unwrap_or_default()
            ),
        });
    }
    for source in rows {
        table.items.push(item(source, plan, warnings));
    }
    columns::check_codes(&table)?;
    Ok(table)
}

/// `"a", "b", "c"`.
fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The table's columns: those a page's headings of the same uses give
/// (`http`, `message`, `solution`), then `link`.
fn plan_columns(plan: &Plan) -> Vec<Column> {
    let roles: Vec<Role> = plan
        .fields
        .iter()
        .map(|(_, u)| match u {
            Use::Http => Role::Http,
            Use::Message => Role::Message,
            Use::Solution => Role::Solution,
            _ => Role::Ignore,
        })
        .collect();
    let headers: Vec<String> = plan.fields.iter().map(|(n, _)| n.clone()).collect();
    let mut columns = columns::extra_columns(&roles, &headers);
    if let Some((header, _)) = plan.fields.iter().find(|(_, u)| *u == Use::Link) {
        columns.push(Column {
            name: "link".to_owned(),
            kind: ColumnKind::Str,
            header: header.clone(),
        });
    }
    columns
}

/// One row as imported, or the note it is left as (an item that is no
/// object, a row without a code).
fn item(source: &Source, plan: &Plan, warnings: &mut Vec<Warning>) -> Item {
    let code = match &plan.code {
        None => source.key.and_then(code_of),
        Some(field) => first(source, field).and_then(|(_, v)| node_code(v)),
    };
    let (Some(code), Some(fields)) = (code, &source.fields) else {
        let what = match (&plan.code, &source.fields) {
            (_, None) => "that is no object".to_owned(),
            (Some(field), _) => format!("with no code in its \"{field}\" field"),
            (None, _) => "with no code".to_owned(),
        };
        warnings.push(Warning {
            line: Some(source.line),
            message: format!("an entry {what}: left as a comment"),
        });
        return Item::Note(format!("line {}: an entry {what}", source.line));
    };
    let mut row = Row {
        line: source.line,
        code,
        name: source.key.filter(|_| plan.key_names).map(str::to_owned),
        ..Row::default()
    };
    let mut seen: Vec<&str> = Vec::new();
    for (name, value) in fields {
        let used = plan
            .fields
            .iter()
            .find(|(n, _)| n == name)
            .map_or(Use::Ignore, |(_, u)| *u);
        if seen.contains(name) {
            given_again(&mut row, name, value, used, warnings);
            continue;
        }
        seen.push(name);
        fill(&mut row, name, value, used, warnings);
    }
    Item::Row(row)
}

/// Sets `row`'s value of field `name`, whose use is `used`.
fn fill(row: &mut Row, name: &str, value: &Node, used: Use, warnings: &mut Vec<Warning>) {
    let column = |column: &str| text_of(value).map(|text| (column.to_owned(), Value::Str(text)));
    match used {
        Use::Name => {
            row.name = match &value.value {
                Json::Str(text) if !text.trim().is_empty() => Some(text.clone()),
                _ => None,
            };
        }
        Use::Description => row.description = text_of(value),
        Use::Http => match http_status(value) {
            Some(status) => row.columns.push(("http".to_owned(), Value::Int(status))),
            None if matches!(value.value, Json::Null) => {}
            None => warnings.push(Warning {
                line: Some(value.line),
                message: format!(
                    "code {}: the HTTP status in \"{name}\" is not one: left out",
                    row.code
                ),
            }),
        },
        Use::Message => row.columns.extend(column("message")),
        Use::Solution => row.columns.extend(column("solution")),
        Use::Link => row.columns.extend(column("link")),
        Use::Code | Use::Ignore => {}
    }
}

/// A field given twice in one object: the first value is kept, the second
/// is left in a comment above the row.
fn given_again(row: &mut Row, name: &str, value: &Node, used: Use, warnings: &mut Vec<Warning>) {
    if used == Use::Ignore {
        return;
    }
    let text = text_of(value).unwrap_or_else(|| "(no text)".to_owned());
    warnings.push(Warning {
        line: Some(value.line),
        message: format!(
            "code {} gives \"{name}\" again, as \"{text}\": the first is imported, this one left as a comment",
            row.code
        ),
    });
    row.notes.push(format!(
        "line {}: the file gives \"{name}\" again: \"{text}\"",
        value.line
    ));
}

#[cfg(test)]
mod tests {
    use super::super::{Code, Format, Value, import};
    use super::words;

    #[test]
    fn field_names_read_as_words() {
        for (name, expected) in [
            ("errorCode", "error code"),
            ("error_code", "error code"),
            ("HTTPStatus", "http status"),
            ("httpStatusCode", "http status code"),
            ("messageDE", "message de"),
            ("doc-url", "doc url"),
            ("message", "message"),
            ("e2eId", "e2e id"),
        ] {
            assert_eq!(words(name), expected, "{name}");
        }
    }

    /// The code keys the rows: the repeated `code` 400 is the HTTP status,
    /// the distinct `error` words the codes.
    #[test]
    fn an_array_whose_code_field_is_the_http_status() {
        let text = r#"{"errors": [
  {"code": 400, "error": "invalid_request", "message": "The request is invalid.", "doc_url": "https://x/1"},
  {"code": 400, "error": "invalid_scope", "message": "Bad scope."},
  {"code": 404, "error": "not_found", "message": "Nothing there.", "extra": true}
]}"#;
        let document = import(text, Format::Auto).unwrap();
        assert_eq!(document.format, Format::Json);
        let table = &document.tables[0];
        assert_eq!(table.title.as_deref(), Some("errors"));
        let columns: Vec<(&str, &str)> = table
            .columns
            .iter()
            .map(|c| (c.name.as_str(), c.header.as_str()))
            .collect();
        assert_eq!(columns, [("http", "code"), ("link", "doc_url")]);
        let rows = table.rows();
        assert_eq!(rows.len(), 3);
        let (row, _) = rows[0];
        assert_eq!(row.code, Code::Str("invalid_request".into()));
        assert_eq!(row.line, 2);
        assert_eq!(row.description.as_deref(), Some("The request is invalid."));
        assert_eq!(
            row.columns,
            [
                ("http".to_owned(), Value::Int(400)),
                ("link".to_owned(), Value::Str("https://x/1".into()))
            ]
        );
        let messages: Vec<String> = document.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "line 1: the field \"extra\" is not imported (read as no code, name, description, message, solution, HTTP status or link)"
            ]
        );
    }

    /// Keys that are words are the names when the rows give a numeric code.
    #[test]
    fn an_object_keyed_by_name_with_a_code_field() {
        let text = "{\n  \"NOT_FOUND\": {\"code\": 5, \"description\": \"Not found.\", \"httpStatus\": 404},\n  \"ABORTED\": {\"code\": 10, \"description\": \"Aborted.\", \"httpStatus\": 409}\n}";
        let document = import(text, Format::Json).unwrap();
        let table = &document.tables[0];
        let rows: Vec<(Code, Option<&str>, usize)> = table
            .rows()
            .iter()
            .map(|(r, _)| (r.code.clone(), r.name.as_deref(), r.line))
            .collect();
        assert_eq!(
            rows,
            [
                (Code::Int(5), Some("NOT_FOUND"), 2),
                (Code::Int(10), Some("ABORTED"), 3)
            ]
        );
        assert_eq!(table.columns[0].name, "http");
        assert!(document.warnings.is_empty(), "{:?}", document.warnings);
    }

    /// A code field of HTTP statuses, distinct, gives the code: the word
    /// keys are the names; a repeated one is the HTTP status.
    #[test]
    fn http_statuses_named_code() {
        let distinct = r#"{"NOT_FOUND": {"code": 404, "message": "No such thing."}, "GONE": {"code": 410, "message": "Gone."}}"#;
        let document = import(distinct, Format::Json).unwrap();
        let (row, _) = document.tables[0].rows()[0];
        assert_eq!(
            (&row.code, row.name.as_deref()),
            (&Code::Int(404), Some("NOT_FOUND"))
        );
        let repeated = r#"{"E1": {"code": 400, "message": "Bad."}, "E2": {"code": 400, "message": "Worse."}, "E3": "x"}"#;
        assert!(
            import(repeated, Format::Json).is_err(),
            "a string among rows: no catalogue"
        );
        let repeated =
            r#"{"E1": {"code": 400, "message": "Bad."}, "E2": {"code": 400, "message": "Worse."}}"#;
        let document = import(repeated, Format::Json).unwrap();
        let (row, _) = document.tables[0].rows()[1];
        assert_eq!(row.code, Code::Str("E2".into()));
        assert_eq!(row.columns, [("http".to_owned(), Value::Int(400))]);
        let mixed = "[{\"code\": \"A\", \"message\": \"a\"}, \"stray\", {\"code\": \"B\", \"message\": \"b\"}]";
        let document = import(mixed, Format::Json).unwrap();
        assert_eq!(document.tables[0].len(), 2);
        assert_eq!(
            document.warnings[0].message,
            "an entry that is no object: left as a comment"
        );
    }

    #[test]
    fn an_object_of_strings_is_codes_and_descriptions() {
        let text = "{\"E100\": \"Bad input\", \"E200\": \"Try again later\"}";
        let document = import(text, Format::Auto).unwrap();
        let (row, _) = document.tables[0].rows()[1];
        assert_eq!(row.code, Code::Str("E200".into()));
        assert_eq!(row.description.as_deref(), Some("Try again later"));
    }

    #[test]
    fn documents_without_a_catalogue_are_no_table() {
        for text in [
            "{\"name\": \"x\", \"deps\": [1, 2]}",
            "[]",
            "[{\"a\": \"some text\"}, {\"a\": \"other text\"}]",
            "{\"items\": [{\"id\": 1}, {\"id\": 2}]}",
        ] {
            let error = import(text, Format::Json).unwrap_err();
            assert!(
                error
                    .message
                    .starts_with("no table of codes found (read as json"),
                "{text}: {error}"
            );
        }
        let error = import("{\"a\": [1,}", Format::Auto).unwrap_err();
        assert_eq!(error.line, Some(1));
        assert!(error.message.contains("column 10"), "{error}");
    }

    #[test]
    fn a_row_without_a_code_and_a_field_given_twice() {
        let text = "[\n{\"code\": \"A1\", \"message\": \"first\", \"message\": \"second\"},\n{\"message\": \"no code\"},\n{\"code\": \"A2\", \"message\": \"ok\"}\n]";
        let document = import(text, Format::Json).unwrap();
        let table = &document.tables[0];
        assert_eq!(table.len(), 2);
        let (row, _) = table.rows()[0];
        assert_eq!(row.description.as_deref(), Some("first"));
        assert_eq!(
            row.notes,
            ["line 2: the file gives \"message\" again: \"second\""]
        );
        let messages: Vec<String> = document.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].starts_with("line 2: code A1 gives \"message\" again"));
        assert!(messages[1].starts_with("line 3: an entry with no code in its \"code\" field"));
    }
}
