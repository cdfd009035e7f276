//! The plain table model the workspace shares: codes, ranges, key and column
//! types, values, and a table as `status_codes!` text holds it, with the one
//! printer of that text.
//!
//! The macro's validated model is built of these types (`Code`,
//! `GroupRange`, `KeyType`, `ColumnType`, `Value`); the tools that write
//! tables (`codes import`, the benchmarks' generator) fill a [`Table`] and
//! print it, so that every writer quotes, orders and indents alike.
//! `codes import` reads a vendor's page into [`Row`]s, [`Group`]s and
//! [`Item`]s (each with the line it was read from) and its emitter fills in
//! what a page cannot say (group names, variants, suggested classes) before
//! printing; `codes diff` compares [`Row`]s, a declared table's entries
//! converted with [`Row::from`]. Plain data: no syn types, no spans.
//!
//! ```
//! use codes_codegen::table::{Code, GroupRange, Group, Item, KeyType, Row, Table};
//! use codes_core::Class;
//!
//! let mut table = Table::new("Acme", KeyType::Str);
//! let mut group = Group::new("Model");
//! group.range = Some(GroupRange::Prefix("Model.".into()));
//! let row = Row {
//!     code: Code::Str("Model.01".into()),
//!     name: Some("MODEL_GONE".into()),
//!     description: Some("Model \"x\" is gone".into()),
//!     class: Some(Class::ClientError),
//!     ..Row::default()
//! };
//! assert!(group.range.as_ref().is_some_and(|range| range.holds(&row.code)));
//! group.items.push(Item::Row(row));
//! table.items.push(Item::Group(group));
//! assert_eq!(
//!     table.to_string(),
//!     "vendor_codes::status_codes! {
//!     pub enum Acme: &str {
//!         group Model (\"Model.\") {
//!             \"Model.01\" MODEL_GONE: \"Model \\\"x\\\" is gone\" => client_error,
//!         }
//!     }
//! }
//! "
//! );
//! ```

use std::fmt::{self, Display, Write as _};

pub use codes_core::__private::IntegerType;
use codes_core::{Class, CodeValue, ColumnValue, Entry};

use crate::names::name_stands_bare;

/// A row's code: a number, or a string (`"ModelArts.0104"`).
///
/// Its `Display` is the code as the vendor writes it (`21200`,
/// `ModelArts.0104`); [`Code::quoted`] is the form the macro's messages give.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// A numeric code.
    Int(i128),
    /// A string code.
    Str(String),
}

impl Default for Code {
    fn default() -> Self {
        Code::Int(0)
    }
}

/// A declared table's code, as a plain one.
impl From<CodeValue> for Code {
    fn from(code: CodeValue) -> Self {
        match code {
            CodeValue::Int(code) => Code::Int(code),
            CodeValue::Str(code) => Code::Str(code.to_owned()),
        }
    }
}

impl Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Int(code) => write!(f, "{code}"),
            Code::Str(code) => f.write_str(code),
        }
    }
}

impl Code {
    /// The code as the macro's messages show it: a number, or a string in
    /// quotes with `escape_default`'s escapes (`"ModelArts.0104"`).
    ///
    /// ```
    /// use codes_codegen::table::Code;
    ///
    /// assert_eq!(Code::Str("A.1".into()).quoted().to_string(), "\"A.1\"");
    /// assert_eq!(Code::Int(-3).quoted().to_string(), "-3");
    /// ```
    #[must_use]
    pub fn quoted(&self) -> impl Display + '_ {
        Quoted(self)
    }
}

/// [`Code::quoted`]'s form.
struct Quoted<'a>(&'a Code);

impl Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Code::Int(code) => write!(f, "{code}"),
            Code::Str(code) => write!(f, "\"{}\"", code.escape_default()),
        }
    }
}

/// The codes a group reserves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GroupRange {
    /// From the first to the last, both included.
    Ints(i128, i128),
    /// The string codes beginning with it.
    Prefix(String),
}

/// How two groups' ranges clash: ranges may nest, not repeat or cross.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeClash {
    /// The same range twice.
    Repeats,
    /// Ranges that share codes without one holding the other.
    Overlaps,
}

impl GroupRange {
    /// `true` when the range holds `code` (a range of numbers holds no
    /// string code, a prefix no number): the one rule for a row outside its
    /// group's range, the macro's and the importer's.
    ///
    /// ```
    /// use codes_codegen::table::{Code, GroupRange};
    ///
    /// assert!(GroupRange::Ints(21000, 21999).holds(&Code::Int(21200)));
    /// assert!(!GroupRange::Ints(21000, 21999).holds(&Code::Int(22000)));
    /// assert!(GroupRange::Prefix("DLS.".into()).holds(&Code::Str("DLS.1".into())));
    /// assert!(!GroupRange::Prefix("DLS.".into()).holds(&Code::Int(1)));
    /// ```
    #[must_use]
    pub fn holds(&self, code: &Code) -> bool {
        match (self, code) {
            (GroupRange::Ints(lo, hi), Code::Int(code)) => (lo..=hi).contains(&code),
            (GroupRange::Prefix(prefix), Code::Str(code)) => code.starts_with(prefix.as_str()),
            _ => false,
        }
    }

    /// How this range clashes with `other`, if it does: the one rule for
    /// groups' ranges, the macro's and the importer's.
    ///
    /// ```
    /// use codes_codegen::table::{GroupRange, RangeClash};
    ///
    /// let outer = GroupRange::Ints(21000, 21999);
    /// assert_eq!(GroupRange::Ints(21300, 21399).clash(&outer), None);
    /// assert_eq!(GroupRange::Ints(21500, 22499).clash(&outer), Some(RangeClash::Overlaps));
    /// assert_eq!(outer.clash(&outer), Some(RangeClash::Repeats));
    /// ```
    #[must_use]
    pub fn clash(&self, other: &GroupRange) -> Option<RangeClash> {
        let (same, crossing) = match (self, other) {
            (GroupRange::Ints(lo, hi), GroupRange::Ints(olo, ohi)) => {
                let nested = (olo <= lo && hi <= ohi) || (lo <= olo && ohi <= hi);
                ((lo, hi) == (olo, ohi), lo <= ohi && olo <= hi && !nested)
            }
            // Two prefixes nest or are apart: they cannot cross.
            (GroupRange::Prefix(a), GroupRange::Prefix(b)) => (a == b, false),
            _ => (false, false),
        };
        if same {
            Some(RangeClash::Repeats)
        } else if crossing {
            Some(RangeClash::Overlaps)
        } else {
            None
        }
    }

    /// How much it holds, for ordering nested ranges innermost first: the
    /// span of a range of codes, or the inverse of a prefix's length.
    #[must_use]
    pub fn size(&self) -> i128 {
        match self {
            GroupRange::Ints(lo, hi) => hi - lo,
            GroupRange::Prefix(prefix) => -(prefix.len() as i128),
        }
    }
}

/// The range as messages show it: `21000..=21999`, `"DLS."..`.
impl Display for GroupRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GroupRange::Ints(lo, hi) => write!(f, "{lo}..={hi}"),
            GroupRange::Prefix(prefix) => write!(f, "\"{}\"..", prefix.escape_default()),
        }
    }
}

/// The type of a table's codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyType {
    /// An integer type (`u32`).
    Int(IntegerType),
    /// `&str`: a string-keyed table.
    Str,
}

impl KeyType {
    /// The type's name, as a table declares it (`u32`, `&str`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            KeyType::Int(int) => int.name,
            KeyType::Str => "&str",
        }
    }
}

/// The Rust type of a column's values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnType {
    /// An integer type (`u16`).
    Int(IntegerType),
    /// `bool`.
    Bool,
    /// `&'static str`.
    Str,
}

impl ColumnType {
    /// The type's name, as a table declares it (`u16`, `&'static str`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            ColumnType::Int(int) => int.name,
            ColumnType::Bool => "bool",
            ColumnType::Str => "&'static str",
        }
    }
}

/// A column's value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Value {
    /// A number.
    Int(i128),
    /// `true` or `false`.
    Bool(bool),
    /// Text.
    Str(String),
}

/// A declared table's value, as a plain one.
impl From<ColumnValue> for Value {
    fn from(value: ColumnValue) -> Self {
        match value {
            ColumnValue::Int(value) => Value::Int(value),
            ColumnValue::Bool(value) => Value::Bool(value),
            ColumnValue::Str(value) => Value::Str(value.to_owned()),
        }
    }
}

/// A table as `status_codes!` text holds it; its `Display` is that text.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Comments above the invocation, one a line (`// Imported by ...`).
    pub comments: Vec<String>,
    /// The macro's path (`vendor_codes::status_codes`).
    pub macro_path: String,
    /// The enum's doc comments, one a line (an empty one is a blank `///`).
    pub docs: Vec<String>,
    /// The `#[codes(...)]` options.
    pub options: TableOptions,
    /// Comments between the options and the enum's declaration.
    pub remarks: Vec<String>,
    /// The enum's name.
    pub name: String,
    /// The codes' type.
    pub key: KeyType,
    /// The table's default class.
    pub class: Option<Class>,
    /// The extra columns.
    pub columns: Vec<Column>,
    /// Rows, groups and comments, in order.
    pub items: Vec<Item>,
}

/// A table's `#[codes(...)]` options, written in this order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TableOptions {
    /// `vendor = "..."`.
    pub vendor: Option<String>,
    /// `http`: classes default to RFC 9110's.
    pub http: bool,
    /// `unknown = Name`: the catch-all's name.
    pub unknown: Option<String>,
}

/// An extra column of a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// Its doc comments, one a line.
    pub docs: Vec<String>,
    /// Its name (`http`).
    pub name: String,
    /// Its values' type.
    pub ty: ColumnType,
    /// Rows may leave it empty (`Option<T>`).
    pub optional: bool,
}

/// A part of a table, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// A code.
    Row(Row),
    /// A group and its rows (a group inside a group is not printed).
    Group(Group),
    /// A comment, one line a line of its text.
    Comment(String),
}

/// A group of a table.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Group {
    /// The line of the source it was read from (a page's heading), if it
    /// was read from one; not printed.
    pub line: Option<usize>,
    /// Its doc comments, one a line.
    pub docs: Vec<String>,
    /// Its name (an identifier). A reader of a vendor's page leaves it
    /// empty, the page having headings, not names: whoever prints the
    /// table gives it one first (`codes import`'s emitter names it after
    /// its title), as the printer writes it as it is.
    pub name: String,
    /// Its title.
    pub title: Option<String>,
    /// The codes it reserves.
    pub range: Option<GroupRange>,
    /// Its rows' default class.
    pub class: Option<Class>,
    /// Its rows and comments.
    pub items: Vec<Item>,
}

impl Group {
    /// The group `name`, with nothing else.
    #[must_use]
    pub fn new(name: &str) -> Group {
        Group {
            name: name.to_owned(),
            ..Group::default()
        }
    }
}

/// One code of a table.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Row {
    /// The line of the source it was read from, if it was read from one;
    /// not printed.
    pub line: Option<usize>,
    /// Comments above it, one line a line of each.
    pub comments: Vec<String>,
    /// `#[codes(deprecated)]`.
    pub deprecated: bool,
    /// The code.
    pub code: Code,
    /// The vendor's name: bare where the macro reads it so, else a string.
    pub name: Option<String>,
    /// Its other names (written only with a name).
    pub aliases: Vec<String>,
    /// `as Variant`, where the derived variant is not wanted.
    pub variant: Option<String>,
    /// The vendor's description.
    pub description: Option<String>,
    /// Its class.
    pub class: Option<Class>,
    /// Its columns' values, by column name.
    pub values: Vec<(String, Value)>,
    /// A comment at the end of its line.
    pub remark: Option<String>,
}

/// A declared table's entry as the row that declares it: its code, names,
/// description, class, deprecation and values (a column it has no value in
/// left out). Not its variant: `variant` stays `None`, the macro deriving
/// one from the name.
impl From<&Entry> for Row {
    fn from(entry: &Entry) -> Self {
        Row {
            code: entry.code.into(),
            name: entry.name.map(str::to_owned),
            aliases: entry.aliases.iter().map(|a| (*a).to_owned()).collect(),
            description: entry.description.map(str::to_owned),
            class: Some(entry.class),
            deprecated: entry.deprecated,
            values: entry
                .columns
                .iter()
                .filter_map(|(name, value)| Some((name.to_owned(), value?.into())))
                .collect(),
            ..Row::default()
        }
    }
}

impl Table {
    /// The table `name` of `key`s, for `vendor_codes::status_codes`, with
    /// nothing else.
    #[must_use]
    pub fn new(name: &str, key: KeyType) -> Table {
        Table {
            comments: Vec::new(),
            macro_path: "vendor_codes::status_codes".to_owned(),
            docs: Vec::new(),
            options: TableOptions::default(),
            remarks: Vec::new(),
            name: name.to_owned(),
            key,
            class: None,
            columns: Vec::new(),
            items: Vec::new(),
        }
    }
}

/// Text as a string literal, escaped as Rust's `Debug` escapes it.
///
/// ```
/// assert_eq!(codes_codegen::table::quote("say \"hi\"\n"), r#""say \"hi\"\n""#);
/// ```
#[must_use]
pub fn quote(text: &str) -> String {
    format!("{text:?}")
}

/// A vendor's name as a row writes it: bare where the macro reads it as a
/// name, else a string.
fn name_token(name: &str) -> String {
    if name_stands_bare(name) {
        name.to_owned()
    } else {
        quote(name)
    }
}

/// Indentation: four spaces a level.
const INDENT: &str = "    ";

/// The `status_codes!` text of the table.
impl Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for comment in &self.comments {
            comments(f, "", comment)?;
        }
        writeln!(f, "{}! {{", self.macro_path)?;
        docs(f, INDENT, &self.docs)?;
        self.options.fmt(f)?;
        for remark in &self.remarks {
            comments(f, INDENT, remark)?;
        }
        write!(f, "{INDENT}pub enum {}: {}", self.name, self.key.name())?;
        class(f, self.class)?;
        f.write_str(" {\n")?;
        for column in &self.columns {
            column.fmt(f)?;
        }
        for item in &self.items {
            item_fmt(f, item, "        ")?;
        }
        writeln!(f, "{INDENT}}}\n}}")
    }
}

/// The `#[codes(...)]` line, none without options.
impl Display for TableOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut options = Vec::new();
        if let Some(vendor) = &self.vendor {
            options.push(format!("vendor = {}", quote(vendor)));
        }
        if self.http {
            options.push("http".to_owned());
        }
        if let Some(unknown) = &self.unknown {
            options.push(format!("unknown = {unknown}"));
        }
        if options.is_empty() {
            return Ok(());
        }
        writeln!(f, "{INDENT}#[codes({})]", crate::comma_separated(&options))
    }
}

/// The column's docs and declaration.
impl Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let indent = "        ";
        docs(f, indent, &self.docs)?;
        let ty = self.ty.name();
        if self.optional {
            writeln!(f, "{indent}column {}: Option<{ty}>,", self.name)
        } else {
            writeln!(f, "{indent}column {}: {ty},", self.name)
        }
    }
}

/// Writes `item` at `indent`.
fn item_fmt(f: &mut fmt::Formatter<'_>, item: &Item, indent: &str) -> fmt::Result {
    match item {
        Item::Row(row) => row_fmt(f, row, indent),
        Item::Group(group) => group_fmt(f, group, indent),
        Item::Comment(text) => comments(f, indent, text),
    }
}

/// Writes `group` at `indent`, its items one level in; a group inside it is
/// left out (the macro has no nested groups).
fn group_fmt(f: &mut fmt::Formatter<'_>, group: &Group, indent: &str) -> fmt::Result {
    docs(f, indent, &group.docs)?;
    write!(f, "{indent}group {}", group.name)?;
    if let Some(title) = &group.title {
        write!(f, " {}", quote(title))?;
    }
    match &group.range {
        Some(GroupRange::Ints(lo, hi)) => write!(f, " ({lo}..={hi})")?,
        Some(GroupRange::Prefix(prefix)) => write!(f, " ({})", quote(prefix))?,
        None => {}
    }
    class(f, group.class)?;
    f.write_str(" {\n")?;
    let inner = format!("{indent}{INDENT}");
    for item in &group.items {
        if !matches!(item, Item::Group(_)) {
            item_fmt(f, item, &inner)?;
        }
    }
    writeln!(f, "{indent}}}")
}

/// Writes `row` at `indent`: its comments, its attribute, then
/// `CODE NAME | ALIAS as Variant: "description" => class { column: value },`
/// and its remark.
fn row_fmt(f: &mut fmt::Formatter<'_>, row: &Row, indent: &str) -> fmt::Result {
    for comment in &row.comments {
        comments(f, indent, comment)?;
    }
    if row.deprecated {
        writeln!(f, "{indent}#[codes(deprecated)]")?;
    }
    let mut line = String::from(indent);
    match &row.code {
        Code::Int(code) => {
            let _ = write!(line, "{code}");
        }
        Code::Str(code) => line.push_str(&quote(code)),
    }
    if let Some(name) = &row.name {
        line.push(' ');
        line.push_str(&name_token(name));
        for alias in &row.aliases {
            line.push_str(" | ");
            line.push_str(&name_token(alias));
        }
    }
    if let Some(variant) = &row.variant {
        let _ = write!(line, " as {variant}");
    }
    if let Some(description) = &row.description {
        let _ = write!(line, ": {}", quote(description));
    }
    f.write_str(&line)?;
    class(f, row.class)?;
    values(f, &row.values)?;
    f.write_str(",")?;
    if let Some(remark) = &row.remark {
        write!(f, " // {remark}")?;
    }
    f.write_str("\n")
}

/// ` { name: value, ... }`, nothing without values.
fn values(f: &mut fmt::Formatter<'_>, values: &[(String, Value)]) -> fmt::Result {
    if values.is_empty() {
        return Ok(());
    }
    let mut written = Vec::with_capacity(values.len());
    for (name, value) in values {
        written.push(match value {
            Value::Int(value) => format!("{name}: {value}"),
            Value::Bool(value) => format!("{name}: {value}"),
            Value::Str(value) => format!("{name}: {}", quote(value)),
        });
    }
    write!(f, " {{ {} }}", crate::comma_separated(&written))
}

/// ` => class`, nothing without one.
fn class(f: &mut fmt::Formatter<'_>, class: Option<Class>) -> fmt::Result {
    match class {
        Some(class) => write!(f, " => {}", class.as_str()),
        None => Ok(()),
    }
}

/// Doc comments at `indent`, one a line (`///` alone for an empty line).
fn docs(f: &mut fmt::Formatter<'_>, indent: &str, docs: &[String]) -> fmt::Result {
    for doc in docs {
        if doc.is_empty() {
            writeln!(f, "{indent}///")?;
        }
        for line in doc.lines() {
            writeln!(f, "{indent}/// {line}")?;
        }
    }
    Ok(())
}

/// `text` as comments at `indent`, one a line.
fn comments(f: &mut fmt::Formatter<'_>, indent: &str, text: &str) -> fmt::Result {
    for line in text.lines() {
        writeln!(f, "{indent}// {line}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(name: &str) -> IntegerType {
        IntegerType::named(name).unwrap_or_else(|| panic!("no integer type {name}"))
    }

    /// Every part of the syntax, in the order the macro reads it.
    fn full_table() -> Table {
        let mut table = Table::new("Acme", KeyType::Int(int("u32")));
        table.comments = vec!["Imported.".into(), "Two\nlines.".into()];
        table.docs = vec!["Acme's codes.".into(), String::new(), "More.".into()];
        table.options = TableOptions {
            vendor: Some("Acme \"Inc\"".into()),
            http: false,
            unknown: Some("Other".into()),
        };
        table.remarks = vec!["The catch-all is Other.".into()];
        table.class = Some(Class::Unknown);
        table.columns = vec![Column {
            docs: vec!["The status.".into()],
            name: "http".into(),
            ty: ColumnType::Int(int("u16")),
            optional: true,
        }];
        let mut group = Group::new("Model");
        group.docs = vec!["Models.".into()];
        group.title = Some("Model Codes: 21xxx".into());
        group.range = Some(GroupRange::Ints(21000, 21999));
        group.class = Some(Class::ClientError);
        group.items = vec![
            Item::Comment("a note".into()),
            Item::Row(Row {
                line: Some(7),
                comments: vec!["renamed".into()],
                deprecated: true,
                code: Code::Int(21200),
                name: Some("type".into()),
                aliases: vec!["GONE".into(), "__x".into()],
                variant: Some("Gone".into()),
                description: Some("tab\there".into()),
                class: Some(Class::Retry),
                values: vec![
                    ("http".into(), Value::Int(404)),
                    ("message".into(), Value::Str("é\u{2028}".into())),
                    ("flag".into(), Value::Bool(true)),
                ],
                remark: Some("suggested".into()),
            }),
            Item::Group(Group::new("Nested")),
        ];
        table.items = vec![
            Item::Row(Row {
                code: Code::Int(-1),
                ..Row::default()
            }),
            Item::Group(group),
        ];
        table
    }

    #[test]
    fn every_part_is_printed_in_the_macros_order() {
        let expected = r#"// Imported.
// Two
// lines.
vendor_codes::status_codes! {
    /// Acme's codes.
    ///
    /// More.
    #[codes(vendor = "Acme \"Inc\"", unknown = Other)]
    // The catch-all is Other.
    pub enum Acme: u32 => unknown {
        /// The status.
        column http: Option<u16>,
        -1,
        /// Models.
        group Model "Model Codes: 21xxx" (21000..=21999) => client_error {
            // a note
            // renamed
            #[codes(deprecated)]
            21200 "type" | GONE | "__x" as Gone: "tab\there" => retry { http: 404, message: "é\u{2028}", flag: true }, // suggested
        }
    }
}
"#;
        assert_eq!(full_table().to_string(), expected);
    }

    #[test]
    fn a_bare_table_has_no_options_line() {
        let mut table = Table::new("E", KeyType::Str);
        table.macro_path = "status_codes".into();
        table.items.push(Item::Row(Row {
            code: Code::Str("A.1".into()),
            ..Row::default()
        }));
        assert_eq!(
            table.to_string(),
            "status_codes! {\n    pub enum E: &str {\n        \"A.1\",\n    }\n}\n"
        );
    }

    #[test]
    fn clashes_of_ranges() {
        let r = GroupRange::Ints;
        assert_eq!(r(1, 10).clash(&r(5, 15)), Some(RangeClash::Overlaps));
        assert_eq!(r(5, 15).clash(&r(1, 10)), Some(RangeClash::Overlaps));
        assert_eq!(r(1, 10).clash(&r(1, 10)), Some(RangeClash::Repeats));
        assert_eq!(r(1, 10).clash(&r(1, 5)), None);
        assert_eq!(r(1, 10).clash(&r(11, 20)), None);
        assert_eq!(r(1, 10).clash(&r(10, 20)), Some(RangeClash::Overlaps));
        let p = |s: &str| GroupRange::Prefix(s.into());
        assert_eq!(p("A.").clash(&p("A.B")), None);
        assert_eq!(p("A.").clash(&p("A.")), Some(RangeClash::Repeats));
        assert_eq!(p("A.").clash(&r(1, 2)), None);
    }

    #[test]
    fn an_entry_is_the_row_that_declares_it() {
        static VALUES: [Option<ColumnValue>; 3] = [
            Some(ColumnValue::Int(429)),
            None,
            Some(ColumnValue::Str("slow down")),
        ];
        let entry = Entry {
            code: CodeValue::Str("E.1"),
            name: Some("BUSY"),
            variant: "Busy",
            description: Some("Busy"),
            group: None,
            group_title: None,
            class: Class::Retry,
            aliases: &["OCCUPIED"],
            deprecated: true,
            deprecation: None,
            columns: codes_core::Columns::new(&["http", "flag", "message"], &VALUES),
        };
        let expected = Row {
            code: Code::Str("E.1".into()),
            name: Some("BUSY".into()),
            aliases: vec!["OCCUPIED".into()],
            description: Some("Busy".into()),
            class: Some(Class::Retry),
            deprecated: true,
            values: vec![
                ("http".into(), Value::Int(429)),
                ("message".into(), Value::Str("slow down".into())),
            ],
            ..Row::default()
        };
        assert_eq!(Row::from(&entry), expected);
        assert_eq!(Value::from(ColumnValue::Bool(true)), Value::Bool(true));
    }

    #[test]
    fn codes_show_as_written_or_quoted() {
        let code = Code::Str("say \"é\"".into());
        assert_eq!(code.to_string(), "say \"é\"");
        assert_eq!(code.quoted().to_string(), "\"say \\\"\\u{e9}\\\"\"");
        assert_eq!(Code::from(CodeValue::Int(7)), Code::Int(7));
        assert_eq!(Code::from(CodeValue::Str("x")), Code::Str("x".into()));
    }
}
