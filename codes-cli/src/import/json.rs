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
//!
//! `--code-column`, `--name-column`, `--description-column` and
//! `--http-column` ([`ColumnOptions`]) name a field by its name, case aside,
//! as a page's options name a column (the pages' own option reading): not
//! by a position, as the order of a JSON object's members means nothing and
//! entries give different fields. What an option names, the field is; the
//! other fields are told as above, of those no option takes (an option
//! taking the code's field moves the code to another that keys the rows).
//! The table's [`Table::taken`] says which field, or the object's keys or
//! values, was taken for the code, name, description and HTTP status, and
//! why. The rest of the choice is not `columns::choose`'s: a catalogue's
//! code can be its keys, which are no column, and its values are typed (a
//! string is no HTTP status's number, a list no code), which that choice
//! over a page's cells of text does not see.

use std::collections::HashSet;

use super::choose::fixed_by_options;
use super::columns::{self, Role, parse_code};
use super::json_tree::{self, Json, Member, Node};
use super::{
    Code, Column, ColumnOptions, ColumnType, Error, Item, Part, Place, Row, Table, Taken, Value,
    Warning, parse_int, quoted,
};

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
pub fn parse(
    text: &str,
    options: &ColumnOptions,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Table>, Error> {
    let root = json_tree::parse(text)?;
    let mut found = Vec::new();
    find(&root, options, &mut Vec::new(), &mut found)?;
    check_options_used(&found, options)?;
    found
        .into_iter()
        .map(|(path, line, rows, plan)| table(&path, line, &rows, &plan, warnings))
        .collect()
}

/// Every option (`none` aside) names a field of some catalogue found: else
/// an error listing each catalogue's fields.
fn check_options_used(found: &[Found], options: &ColumnOptions) -> Result<(), Error> {
    if found.is_empty() {
        return Ok(());
    }
    for (part, value) in options.given() {
        if value.trim().eq_ignore_ascii_case("none") {
            continue;
        }
        let used = found
            .iter()
            .any(|(_, _, _, plan)| plan.taken.iter().any(|t| t.part == part && t.by_option));
        if used {
            continue;
        }
        let fields: Vec<String> = found
            .iter()
            .map(|(path, _, rows, _)| {
                let names: Vec<String> = field_names(rows);
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                let fields = if names.is_empty() {
                    "no fields".to_owned()
                } else {
                    quoted(&names)
                };
                match path.as_slice() {
                    [] => fields,
                    path => format!("{fields} (in \"{}\")", path.join(".")),
                }
            })
            .collect();
        return Err(Error::new(format!(
            "{} {value}: no entry of the file's catalogues has that field (a JSON catalogue's field is named by its name, case aside, not by a position); their fields are {}",
            part.option(),
            fields.join("; ")
        )));
    }
    Ok(())
}

/// One row of a catalogue: its key (in an object keyed by code), its line
/// and its fields (`None`: an item that is no object).
struct Source<'a> {
    key: Option<&'a str>,
    line: usize,
    fields: Option<Vec<(&'a str, &'a Node)>>,
    /// The entry is a string, its one field the `description` it gives.
    value: bool,
}

type Found<'a> = (Vec<&'a str>, usize, Vec<Source<'a>>, Plan);

/// The catalogues under `node` (whose keys from the root are `path`), in
/// the document's order; a catalogue's own values are not searched.
fn find<'a>(
    node: &'a Node,
    options: &ColumnOptions,
    path: &mut Vec<&'a str>,
    found: &mut Vec<Found<'a>>,
) -> Result<(), Error> {
    if let Some(rows) = rows_of(node) {
        if let Some(plan) = Plan::of(&rows, options)? {
            found.push((path.clone(), node.line, rows, plan));
            return Ok(());
        }
    }
    match &node.value {
        Json::Object(members) => {
            for member in members {
                path.push(&member.key);
                find(&member.value, options, path, found)?;
                path.pop();
            }
        }
        Json::Array(items) => {
            for item in items {
                find(item, options, path, found)?;
            }
        }
        _ => {}
    }
    Ok(())
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
                    value: false,
                })
                .collect();
            let objects = rows.iter().filter(|r| r.fields.is_some()).count();
            (objects > 0 && objects * 2 > rows.len()).then_some(rows)
        }
        Json::Object(members) if !members.is_empty() => {
            if !members.iter().all(|m| parse_code(&m.key).is_some()) {
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
        value: strings,
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
    fields: Vec<(String, Role)>,
    /// The fields (or keys) taken for the code, name, description and HTTP
    /// status, and why.
    taken: Vec<Taken>,
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
    /// message) and no option names its code field: no catalogue. A field
    /// an option names is what it says; the others are told as without.
    ///
    /// # Errors
    ///
    /// `--code-column none`, two options naming the code's field, options
    /// that take the only field that could be the code.
    fn of(rows: &[Source], options: &ColumnOptions) -> Result<Option<Plan>, Error> {
        let facts = Facts::of(rows);
        // A field is named by its name alone: the order of an object's
        // members means nothing in JSON, and entries give different fields.
        let fixed = fixed_by_options(&facts.names, options, false)?;
        let Some(code) = facts.code(rows, &fixed)? else {
            return Ok(None);
        };
        let (mut uses, mut whys) = facts.uses(rows, &fixed, &code)?;
        let mut plan = Plan {
            code: code.index.map(|index| facts.names[index].clone()),
            key_names: false,
            keys_left_out: false,
            fields: Vec::new(),
            taken: Vec::new(),
        };
        if facts.keyed && code.index.is_some() {
            let words = rows
                .iter()
                .all(|r| r.key.is_some_and(|k| parse_int(k).is_none()));
            plan.key_names = words && !uses.contains(&Role::Name) && !fixes(&fixed, Part::Name);
            plan.keys_left_out = !plan.key_names;
        }
        let described = plan.key_names
            || code.by_option
            || uses
                .iter()
                .any(|u| matches!(u, Role::Name | Role::Description));
        if !described {
            return Ok(None);
        }
        plan.taken = facts.taken(rows, &code, &plan, &uses, &mut whys, &fixed);
        plan.fields = facts.names.iter().cloned().zip(uses.drain(..)).collect();
        Ok(Some(plan))
    }
}

/// `true` when an option names `part`'s field (or `none`).
fn fixes(fixed: &[(Part, Option<usize>)], part: Part) -> bool {
    fixed.iter().any(|(p, _)| *p == part)
}

/// Where a catalogue's code comes from, and why.
struct CodeChoice {
    /// The field; `None`: the keys.
    index: Option<usize>,
    why: String,
    by_option: bool,
}

/// A catalogue's fields, what their names and values say, and whether it
/// is an object keyed by code.
struct Facts {
    names: Vec<String>,
    stats: Vec<Stats>,
    roles: Vec<Role>,
    keyed: bool,
}

impl Facts {
    fn of(rows: &[Source]) -> Facts {
        let names = field_names(rows);
        Facts {
            stats: names.iter().map(|n| Stats::of(n, rows)).collect(),
            roles: name_roles(&names),
            keyed: rows.iter().all(|r| r.key.is_some()),
            names,
        }
    }

    /// The code: the field `--code-column` names, else (of the fields no
    /// option takes) the one that keys the rows, else an object's keys;
    /// `None` for an array with no field that keys its rows.
    fn code(
        &self,
        rows: &[Source],
        fixed: &[(Part, Option<usize>)],
    ) -> Result<Option<CodeChoice>, Error> {
        if let Some(&(_, Some(index))) = fixed.iter().find(|(p, _)| *p == Part::Code) {
            return Ok(Some(CodeChoice {
                index: Some(index),
                why: format!("by {}", Part::Code.option()),
                by_option: true,
            }));
        }
        let free = |i: usize| !fixed.iter().any(|(_, f)| *f == Some(i));
        let index = if self.keyed {
            keyed_code_field(rows, self, free)
        } else {
            let index = code_field(rows.len(), self, free);
            if index.is_none() {
                return match code_field(rows.len(), self, |_| true) {
                    Some(taken) => Err(Error::new(format!(
                        "the options take the field \"{}\", the only one that keys the entries, for something else: give --code-column",
                        self.names[taken]
                    ))),
                    None => Ok(None),
                };
            }
            index
        };
        let why = match index {
            Some(index) => self.code_why(index),
            None => "the catalogue is an object keyed by code".to_owned(),
        };
        Ok(Some(CodeChoice {
            index,
            why,
            by_option: false,
        }))
    }

    /// Why field `index` is the code.
    fn code_why(&self, index: usize) -> String {
        let stats = &self.stats[index];
        let values = match stats.repeats() {
            0 => format!("its {} values are distinct codes", stats.present),
            n => format!(
                "its {} values are codes, distinct but for {n} repeated",
                stats.present
            ),
        };
        if self.keyed {
            return format!("its name says code, and {values} other than the keys");
        }
        if self.roles[index] == Role::Code {
            return format!("its name says code, and {values}");
        }
        let statuses = (0..self.names.len()).find(|&i| {
            i != index
                && self.roles[i] == Role::Code
                && self.stats[i].http
                && self.stats[i].repeats() > 0
        });
        match statuses {
            Some(i) => format!(
                "{values}, while \"{}\", whose name says code, repeats HTTP statuses ({} values over {} entries)",
                self.names[i],
                self.stats[i].present - self.stats[i].repeats(),
                self.stats[i].present
            ),
            None => format!("{values} (no field's name says code)"),
        }
    }

    /// Each field's use (and why, where an option chose it): the options'
    /// first, then the others' as their names and values give them.
    fn uses(
        &self,
        rows: &[Source],
        fixed: &[(Part, Option<usize>)],
        code: &CodeChoice,
    ) -> Result<(Vec<Role>, Vec<Option<String>>), Error> {
        let mut uses = vec![Role::Ignore; self.names.len()];
        let mut whys: Vec<Option<String>> = vec![None; self.names.len()];
        let mut taken: Vec<Role> = Vec::new();
        for &(part, index) in fixed.iter().filter(|(p, _)| *p != Part::Code) {
            taken.push(part.role());
            let Some(index) = index else { continue };
            if code.index == Some(index) {
                return Err(Error::new(format!(
                    "{} and {} both name the field \"{}\"",
                    Part::Code.option(),
                    part.option(),
                    self.names[index]
                )));
            }
            uses[index] = part.role();
            whys[index] = Some(format!("by {}", part.option()));
        }
        for (index, name) in self.names.iter().enumerate() {
            if whys[index].is_some() {
                continue;
            }
            let used = if Some(index) == code.index
                || (self.keyed && code.index.is_none() && same_as_keys(rows, name))
            {
                Role::Code
            } else {
                field_use(name, &self.stats[index], &self.roles[index], &taken)
            };
            taken.push(used);
            uses[index] = used;
        }
        // A message alone is the description (as roles() has it for words).
        if !taken.contains(&Role::Description) {
            if let Some(index) = uses.iter().position(|u| *u == Role::Message) {
                uses[index] = Role::Description;
                whys[index] =
                    Some("by its name: a message with no description beside it".to_owned());
            }
        }
        Ok((uses, whys))
    }

    /// The fields (or keys) taken for the code, the name, the description
    /// and the HTTP status, and why.
    fn taken(
        &self,
        rows: &[Source],
        code: &CodeChoice,
        plan: &Plan,
        uses: &[Role],
        whys: &mut [Option<String>],
        fixed: &[(Part, Option<usize>)],
    ) -> Vec<Taken> {
        let keys = |part: Part, why: String| Taken {
            part,
            index: 0,
            header: String::new(),
            place: Place::Keys,
            why,
            by_option: false,
        };
        let mut taken = vec![match code.index {
            Some(index) => self.field(index, Part::Code, code.why.clone(), code.by_option),
            None => keys(Part::Code, code.why.clone()),
        }];
        for part in [Part::Name, Part::Description, Part::Http] {
            if part == Part::Name && plan.key_names {
                let why = format!(
                    "the keys are words, the code being the field \"{}\"",
                    plan.code.as_deref().unwrap_or_default()
                );
                taken.push(keys(part, why));
                continue;
            }
            let Some(index) = uses.iter().position(|u| *u == part.role()) else {
                continue;
            };
            if rows.iter().all(|r| r.value) {
                let mut values = keys(part, "the object's values are strings".to_owned());
                values.place = Place::Values;
                taken.push(values);
                continue;
            }
            let by_option = fixes(fixed, part);
            let why = whys[index]
                .take()
                .unwrap_or_else(|| self.use_why(index, part.role()));
            taken.push(self.field(index, part, why, by_option));
        }
        taken
    }

    fn field(&self, index: usize, part: Part, why: String, by_option: bool) -> Taken {
        Taken {
            part,
            index,
            header: self.names[index].clone(),
            place: Place::Field,
            why,
            by_option,
        }
    }

    /// Why field `index` has the use `used`, no option having said.
    fn use_why(&self, index: usize, used: Role) -> String {
        let stats = &self.stats[index];
        if used == Role::Http && stats.repeats() > 0 {
            format!(
                "its numbers from 100 to 599 repeat from entry to entry ({} values over {} entries)",
                stats.present - stats.repeats(),
                stats.present
            )
        } else if used == Role::Http {
            "its name says HTTP status, and its numbers are from 100 to 599".to_owned()
        } else if used == Role::Description && words(&self.names[index]).contains("message") {
            "by its name: a message with no description beside it".to_owned()
        } else {
            "by its name".to_owned()
        }
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
/// repeat least, then not an HTTP status, then the first; of the fields
/// that are `free` (no option takes them).
fn code_field(rows: usize, facts: &Facts, free: impl Fn(usize) -> bool) -> Option<usize> {
    let (stats, roles) = (&facts.stats, &facts.roles);
    (0..facts.names.len())
        .filter(|&i| free(i))
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
/// not all the keys (`{"NOT_FOUND": {"code": 404}}`: 404, named NOT_FOUND);
/// of the fields that are `free` (no option takes them).
fn keyed_code_field(rows: &[Source], facts: &Facts, free: impl Fn(usize) -> bool) -> Option<usize> {
    let (names, stats, roles) = (&facts.names, &facts.stats, &facts.roles);
    (0..names.len()).find(|&i| {
        free(i)
            && roles[i] == Role::Code
            && stats[i].present == rows.len()
            && stats[i].all_codes()
            && stats[i].repeats() == 0
            && rows.iter().any(|r| {
                let key = r.key.and_then(parse_code);
                first(r, &names[i]).and_then(|(_, v)| node_code(v)) != key
            })
    })
}

/// `true` when every row's field `name` is its key, as a code.
fn same_as_keys(rows: &[Source], name: &str) -> bool {
    rows.iter().all(|r| {
        let value = first(r, name).and_then(|(_, v)| node_code(v));
        value.is_some() && value == r.key.and_then(parse_code)
    })
}

/// What a field other than the code is: its name's role where its values
/// fit it (an HTTP status by its values), else a use the name's words give
/// (a detail is a description, a mitigation a solution, a URL a link); one
/// field a use.
fn field_use(name: &str, stats: &Stats, role: &Role, taken: &[Role]) -> Role {
    let words = words(name);
    let said = |w: &[&str]| words.split(' ').any(|word| w.contains(&word));
    let used = if stats.http && (stats.repeats() > 0 || said(&["http", "status"])) {
        Role::Http
    } else {
        match role {
            Role::Name if stats.strings => Role::Name,
            Role::Description | Role::Message | Role::Solution => *role,
            Role::Http if stats.http => Role::Http,
            _ if said(&["detail", "summary", "explanation", "text"]) => Role::Description,
            _ if said(&[
                "mitigation",
                "mitigations",
                "remedy",
                "resolution",
                "fix",
                "hint",
            ]) =>
            {
                Role::Solution
            }
            _ if said(&["url", "link", "href", "doc", "docs", "documentation"]) => Role::Link,
            _ => Role::Ignore,
        }
    };
    if taken.contains(&used) {
        Role::Ignore
    } else {
        used
    }
}

/// A value as a code: an integer, or a string that is one.
fn node_code(node: &Node) -> Option<Code> {
    match &node.value {
        Json::Number(number) => parse_int(number).map(Code::Int),
        Json::Str(text) => parse_code(text),
        _ => None,
    }
}

/// A value as an HTTP status: a number 100..=599, or one in a string.
fn http_status(node: &Node) -> Option<i128> {
    let status = match &node.value {
        Json::Number(number) | Json::Str(number) => parse_int(number)?,
        _ => return None,
    };
    super::http_status(status).map(i128::from)
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
        taken: plan.taken.clone(),
        ..Table::default()
    };
    let ignored: Vec<&str> = plan
        .fields
        .iter()
        .filter(|(_, u)| *u == Role::Ignore)
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

/// The table's columns: those a page's headings of the same uses give
/// (`http`, `message`, `solution`), then `link`.
fn plan_columns(plan: &Plan) -> Vec<Column> {
    let roles: Vec<Role> = plan.fields.iter().map(|(_, u)| *u).collect();
    let headers: Vec<String> = plan.fields.iter().map(|(n, _)| n.clone()).collect();
    let mut columns = columns::extra_columns(&roles, &headers);
    if let Some((header, _)) = plan.fields.iter().find(|(_, u)| *u == Role::Link) {
        columns.push(super::column("link", ColumnType::Str, header));
    }
    columns
}

/// One row as imported, or the note it is left as (an item that is no
/// object, a row without a code).
fn item(source: &Source, plan: &Plan, warnings: &mut Vec<Warning>) -> Item {
    let code = match &plan.code {
        None => source.key.and_then(parse_code),
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
        return Item::Comment(format!("line {}: an entry {what}", source.line));
    };
    let mut row = Row {
        line: Some(source.line),
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
            .map_or(Role::Ignore, |(_, u)| *u);
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
fn fill(row: &mut Row, name: &str, value: &Node, used: Role, warnings: &mut Vec<Warning>) {
    let column = |column: &str| text_of(value).map(|text| (column.to_owned(), Value::Str(text)));
    match used {
        Role::Name => {
            row.name = match &value.value {
                Json::Str(text) if !text.trim().is_empty() => Some(text.clone()),
                _ => None,
            };
        }
        Role::Description => row.description = text_of(value),
        Role::Http => match http_status(value) {
            Some(status) => row.values.push(("http".to_owned(), Value::Int(status))),
            None if matches!(value.value, Json::Null) => {}
            None => warnings.push(Warning {
                line: Some(value.line),
                message: format!(
                    "code {}: the HTTP status in \"{name}\" is not one: left out",
                    row.code
                ),
            }),
        },
        Role::Message => row.values.extend(column("message")),
        Role::Solution => row.values.extend(column("solution")),
        Role::Link => row.values.extend(column("link")),
        // No field is taken for a class or a group (the catalogues' own
        // classes are not the library's).
        Role::Code | Role::Class | Role::Group | Role::Ignore => {}
    }
}

/// A field given twice in one object: the first value is kept, the second
/// is left in a comment above the row.
fn given_again(row: &mut Row, name: &str, value: &Node, used: Role, warnings: &mut Vec<Warning>) {
    if used == Role::Ignore {
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
    row.comments.push(format!(
        "line {}: the file gives \"{name}\" again: \"{text}\"",
        value.line
    ));
}

#[cfg(test)]
mod tests {
    use super::super::{Code, ColumnOptions, Format, Place, Value, import, import_with};
    use super::words;

    fn options(code: Option<&str>, name: Option<&str>) -> ColumnOptions {
        ColumnOptions {
            code_column: code.map(str::to_owned),
            name_column: name.map(str::to_owned),
            ..ColumnOptions::default()
        }
    }

    /// What each part was taken from: (place, field, by an option).
    fn taken(text: &str, options: &ColumnOptions) -> Vec<String> {
        let document = import_with(text, Format::Json, None, options).unwrap();
        document.tables[0]
            .taken
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn the_keys_and_values_taken_and_options_over_them() {
        let keyed = "{\"NOT_FOUND\": {\"code\": 5, \"description\": \"Not found.\"}, \"ABORTED\": {\"code\": 10, \"description\": \"Aborted.\"}}";
        assert_eq!(
            taken(keyed, &ColumnOptions::default()),
            [
                "the code: the field \"code\", its name says code, and its 2 values are distinct codes other than the keys",
                "the name: the object's keys, the keys are words, the code being the field \"code\"",
                "the description: the field \"description\", by its name",
            ]
        );
        // No name: the keys are left out, said in a warning.
        let none = options(None, Some("none"));
        let document = import_with(keyed, Format::Json, None, &none).unwrap();
        assert_eq!(document.tables[0].rows()[0].0.name, None);
        assert!(
            document.warnings[0]
                .message
                .contains("the keys they are listed under are not imported")
        );
        let strings = "{\"E100\": \"Bad input\", \"E200\": \"Try again later\"}";
        let document = import(strings, Format::Json).unwrap();
        let places: Vec<Place> = document.tables[0].taken.iter().map(|t| t.place).collect();
        assert_eq!(places, [Place::Keys, Place::Values]);
    }

    /// An option naming the code's field makes a catalogue of rows with
    /// nothing beside their codes; the field is named by its name only.
    #[test]
    fn the_code_column_finds_a_catalogue() {
        let text = "{\"items\": [{\"id\": 1, \"n\": 3}, {\"id\": 2, \"n\": 3}]}";
        assert!(import(text, Format::Json).is_err());
        let document = import_with(text, Format::Json, None, &options(Some("ID"), None)).unwrap();
        let table = &document.tables[0];
        assert_eq!(table.rows()[1].0.code, Code::Int(2));
        assert_eq!(
            table.taken[0].to_string(),
            "the code: the field \"id\", by --code-column"
        );
        // A position names no field: no catalogue, as without the option.
        let error = import_with(text, Format::Json, None, &options(Some("2"), None)).unwrap_err();
        assert!(
            error.message.starts_with("no table of codes found"),
            "{error}"
        );
        // The code and another part on one field.
        let both = ColumnOptions {
            description_column: Some("id".to_owned()),
            ..options(Some("id"), None)
        };
        let error = import_with(text, Format::Json, None, &both).unwrap_err();
        assert_eq!(
            error.message,
            "--code-column and --description-column both name the field \"id\""
        );
    }

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
        let columns: Vec<(&str, &[String], bool)> = table
            .columns
            .iter()
            .map(|c| (c.name.as_str(), &c.docs[..], c.optional))
            .collect();
        assert_eq!(
            columns,
            [
                (
                    "http",
                    &["The page's \"code\" column.".to_owned()][..],
                    false
                ),
                (
                    "link",
                    &["The page's \"doc_url\" column.".to_owned()][..],
                    true
                )
            ]
        );
        let rows = table.rows();
        assert_eq!(rows.len(), 3);
        let (row, _) = rows[0];
        assert_eq!(row.code, Code::Str("invalid_request".into()));
        assert_eq!(row.line, Some(2));
        assert_eq!(row.description.as_deref(), Some("The request is invalid."));
        assert_eq!(
            row.values,
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
        let rows: Vec<(Code, Option<&str>, Option<usize>)> = table
            .rows()
            .iter()
            .map(|(r, _)| (r.code.clone(), r.name.as_deref(), r.line))
            .collect();
        assert_eq!(
            rows,
            [
                (Code::Int(5), Some("NOT_FOUND"), Some(2)),
                (Code::Int(10), Some("ABORTED"), Some(3))
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
        assert_eq!(row.values, [("http".to_owned(), Value::Int(400))]);
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
            row.comments,
            ["line 2: the file gives \"message\" again: \"second\""]
        );
        let messages: Vec<String> = document.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].starts_with("line 2: code A1 gives \"message\" again"));
        assert!(messages[1].starts_with("line 3: an entry with no code in its \"code\" field"));
    }
}
