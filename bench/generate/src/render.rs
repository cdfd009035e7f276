//! The text of the three generated files, from rows that any source can give
//! (the vendors' tables in `main`, hand-made rows in the tests).

use codes_codegen::table::{self, Code, Item, KeyType};
use codes_core::Class;

/// One table's rows, as the generated files need them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rows<'a> {
    /// The table's id (`clarifai`, `bigml-general`).
    pub id: &'a str,
    /// The codes' integer type (`u32`).
    pub int_type: &'a str,
    /// The Rust path of the table's enum through the `vendor-codes` facade
    /// (`vendor_codes::vendors::clarifai::Clarifai`).
    pub path: String,
    /// The listed codes, in the table's order.
    pub rows: Vec<Row<'a>>,
}

/// One listed code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row<'a> {
    /// The code.
    pub code: i128,
    /// The vendor's name, where it gives one.
    pub name: Option<&'a str>,
    /// The variant's name.
    pub variant: &'a str,
    /// The vendor's description, where it gives one.
    pub description: Option<&'a str>,
    /// The group's name, where the code has one.
    pub group: Option<&'a str>,
    /// The class, as the macro spells it (`client_error`).
    pub class: &'a str,
}

/// A string-keyed table's codes, for the benchmarks of string lookups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StrRows {
    /// The table's id (`modelarts-errors`): its module is the id in
    /// snake_case.
    pub id: &'static str,
    /// The Rust path of the table's enum through the `vendor-codes` facade
    /// (`vendor_codes::vendors::modelarts::ModelArtsError`).
    pub path: String,
    /// Each code and its variant, the codes distinct.
    pub rows: Vec<(String, String)>,
}

impl Rows<'_> {
    /// `true` when some row has a name (strum's and the name lookups then
    /// apply).
    fn named(&self) -> bool {
        self.rows.iter().any(|row| row.name.is_some())
    }

    /// The catch-all variant: `Unknown`, or `Other` where the vendor has a
    /// code named `Unknown` (the convention of `codes-vendors`).
    fn catch_all(&self) -> &'static str {
        if self.rows.iter().any(|row| row.variant == "Unknown") {
            "Other"
        } else {
            "Unknown"
        }
    }
}

/// `text` as a Rust string literal, quotes included: `"` and `\` escaped,
/// newlines and tabs as `\n` and `\t`, other control characters as `\u{..}`.
pub fn rust_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A table's id in PascalCase: `bigml-general` → `BigmlGeneral` (each part
/// capitalized, the rest of it lowercased; `-` and `_` both separate parts).
pub fn pascal(id: &str) -> String {
    id.split(['-', '_'])
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect()
}

/// A row as `thiserror` displays it (`404 NOT_FOUND: Not found`), with the
/// braces doubled, as the format string of `#[error(...)]`.
pub fn shown(row: &Row) -> String {
    let mut shown = row.code.to_string();
    if let Some(name) = row.name {
        shown.push(' ');
        shown.push_str(name);
    }
    if let Some(description) = row.description {
        shown.push_str(": ");
        shown.push_str(description);
    }
    shown.replace('{', "{{").replace('}', "}}")
}

/// Lines joined, the text ending with an empty line, as rustfmt then leaves
/// it.
fn file(out: Vec<String>) -> String {
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// The items of `codes-alt-tables`: every table as users would declare it
/// by hand with num_enum + strum + thiserror derives (code ↔ variant, name →
/// variant, description, class and group as strum properties, `Display` by
/// thiserror). Items only: no inner attribute, so that `include!` takes them.
pub fn alt_tables(tables: &[Rows]) -> String {
    let mut out = Vec::new();
    for table in tables {
        // Parsing by name only where the vendor gives names.
        let enum_string = if table.named() {
            "strum::EnumString, "
        } else {
            ""
        };
        out.push(format!(
            "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, \
             num_enum::FromPrimitive, num_enum::IntoPrimitive, {enum_string}\
             strum::IntoStaticStr, strum::EnumMessage, strum::EnumProperty, thiserror::Error)]"
        ));
        out.push(format!("#[repr({})]", table.int_type));
        out.push(format!("pub enum Alt{} {{", pascal(table.id)));
        for row in &table.rows {
            let mut attrs = vec![match row.name {
                Some(name) => format!("serialize = {}", rust_str(name)),
                None => "disabled".to_owned(),
            }];
            if let Some(description) = row.description {
                attrs.push(format!("message = {}", rust_str(description)));
            }
            let mut props = vec![format!("class = {}", rust_str(row.class))];
            if let Some(group) = row.group {
                props.push(format!("group = {}", rust_str(group)));
            }
            attrs.push(format!("props({})", props.join(", ")));
            out.push(format!("    #[strum({})]", attrs.join(", ")));
            out.push(format!("    #[error({})]", rust_str(&shown(row))));
            out.push(format!("    {} = {},", row.variant, row.code));
        }
        out.push("    #[num_enum(catch_all)]".to_owned());
        out.push("    #[strum(disabled)]".to_owned());
        out.push(format!(
            "    #[error(\"unknown {} status {{0}}\")]",
            table.id
        ));
        out.push(format!("    {}({}),", table.catch_all(), table.int_type));
        out.push("}".to_owned());
        out.push(String::new());
    }
    file(out)
}

/// The items of `codes-macro-tables`: the same rows declared with
/// `status_codes!` and nothing else, the other side of the build-cost
/// comparison (`codes-vendors` also holds hand-written code and response
/// bodies). The text is the workspace's one printer's
/// ([`codes_codegen::table`]); this builds the tables it prints.
///
/// # Errors
///
/// A table whose integer type or a row whose class the macro does not know.
pub fn macro_tables(tables: &[Rows]) -> Result<String, String> {
    let mut out = String::new();
    for table in tables {
        out.push_str(&macro_table(table)?.to_string());
        out.push('\n');
    }
    if out.is_empty() {
        // No table: the empty file, as rustfmt leaves it.
        out.push('\n');
    }
    Ok(out)
}

/// One table as `codes-macro-tables` declares it: every row with its
/// variant and class, the rows of each group together, the groups in the
/// order of their first row.
fn macro_table(rows: &Rows) -> Result<table::Table, String> {
    let int = codes_core::__private::INTEGERS
        .iter()
        .copied()
        .find(|int| int.name == rows.int_type)
        .ok_or_else(|| format!("table {}: no integer type {}", rows.id, rows.int_type))?;
    let mut printed = table::Table::new(&format!("Macro{}", pascal(rows.id)), KeyType::Int(int));
    printed.options.unknown = Some(rows.catch_all().to_owned());
    let mut groups: Vec<(Option<&str>, Vec<Item>)> = Vec::new();
    for row in &rows.rows {
        let item = Item::Row(macro_row(rows.id, row)?);
        match groups.iter_mut().find(|(group, _)| *group == row.group) {
            Some((_, members)) => members.push(item),
            None => groups.push((row.group, vec![item])),
        }
    }
    for (group, members) in groups {
        match group {
            Some(name) => {
                let mut group = table::Group::new(name);
                group.items = members;
                printed.items.push(Item::Group(group));
            }
            None => printed.items.extend(members),
        }
    }
    Ok(printed)
}

/// A row of `codes-macro-tables`: its code, name, variant, description and
/// class.
fn macro_row(id: &str, row: &Row) -> Result<table::Row, String> {
    let class = Class::from_name(row.class)
        .ok_or_else(|| format!("table {id}: code {} has no class {}", row.code, row.class))?;
    Ok(table::Row {
        code: Code::Int(row.code),
        name: row.name.map(str::to_owned),
        variant: Some(row.variant.to_owned()),
        description: row.description.map(str::to_owned),
        class: Some(class),
        ..table::Row::default()
    })
}

/// The items of `codes_bench::alternatives`: for the tables whose ids are in `benched`,
/// the lookups that prost-style code writes by hand (a `match` on the code,
/// a `match` on the name), `phf` maps, and strum's `EnumString` with
/// `use_phf`; all of them return the generated enum's variants, so that only
/// the lookup differs. Then the string-keyed table `strings`
/// ([`string_keyed`]).
pub fn alternatives(tables: &[Rows], benched: &[&str], strings: &StrRows) -> String {
    let mut out = Vec::new();
    for table in tables.iter().filter(|table| benched.contains(&table.id)) {
        let int = table.int_type;
        let catch_all = table.catch_all();
        out.push(format!("pub mod {} {{", table.id.replace('-', "_")));
        out.push(format!("    use {} as T;", table.path));
        out.push(String::new());
        out.push("    /// What prost generates: a `match` on the code.".to_owned());
        out.push(format!("    pub fn from_code_match(code: {int}) -> T {{"));
        out.push("        match code {".to_owned());
        for row in &table.rows {
            out.push(format!("            {} => T::{},", row.code, row.variant));
        }
        out.push(format!("            _ => T::{catch_all}(code),"));
        out.push("        }".to_owned());
        out.push("    }".to_owned());
        out.push(String::new());
        out.push(format!(
            "    pub static BY_CODE: phf::Map<{int}, T> = phf::phf_map! {{"
        ));
        for row in &table.rows {
            out.push(format!("        {}{int} => T::{},", row.code, row.variant));
        }
        out.push("    };".to_owned());
        if !table.named() {
            out.push("}".to_owned());
            out.push(String::new());
            continue;
        }
        let named: Vec<(&str, &str)> = table
            .rows
            .iter()
            .filter_map(|row| Some((row.name?, row.variant)))
            .collect();
        out.push(String::new());
        out.push("    /// What prost generates: a `match` on the name.".to_owned());
        out.push("    pub fn from_name_match(name: &str) -> Option<T> {".to_owned());
        out.push("        match name {".to_owned());
        for (name, variant) in &named {
            out.push(format!(
                "            {} => Some(T::{variant}),",
                rust_str(name)
            ));
        }
        out.push("            _ => None,".to_owned());
        out.push("        }".to_owned());
        out.push("    }".to_owned());
        out.push(String::new());
        out.push("    pub static BY_NAME: phf::Map<&'static str, T> = phf::phf_map! {".to_owned());
        for (name, variant) in &named {
            out.push(format!("        {} => T::{variant},", rust_str(name)));
        }
        out.push("    };".to_owned());
        out.push(String::new());
        out.push("    /// strum's `EnumString` with `use_phf`.".to_owned());
        out.push("    #[derive(Debug, Clone, Copy, PartialEq, strum::EnumString)]".to_owned());
        out.push("    #[strum(use_phf)]".to_owned());
        out.push("    pub enum StrumPhf {".to_owned());
        for (name, variant) in &named {
            out.push(format!("        #[strum(serialize = {})]", rust_str(name)));
            out.push(format!("        {variant},"));
        }
        out.push("    }".to_owned());
        out.push("}".to_owned());
        out.push(String::new());
    }
    out.extend(string_keyed(strings));
    file(out)
}

/// What users would write instead of a string-keyed table's lookup: a
/// `match` on the code and a `phf` map, both giving the table's variants
/// (the catch-all for an unlisted code), and strum's `EnumString`, plain and
/// with `use_phf`, whose enums have the same variants.
fn string_keyed(table: &StrRows) -> Vec<String> {
    let mut out = vec![
        format!("pub mod {} {{", table.id.replace('-', "_")),
        format!("    use {} as T;", table.path),
        String::new(),
        "    /// A `match` on the code.".to_owned(),
        "    pub fn from_code_match(code: &str) -> T<'_> {".to_owned(),
        "        match code {".to_owned(),
    ];
    for (code, variant) in &table.rows {
        out.push(format!("            {} => T::{variant},", rust_str(code)));
    }
    out.extend([
        "            _ => T::Unknown(code),".to_owned(),
        "        }".to_owned(),
        "    }".to_owned(),
        String::new(),
        "    pub static BY_CODE: phf::Map<&'static str, T<'static>> = phf::phf_map! {".to_owned(),
    ]);
    for (code, variant) in &table.rows {
        out.push(format!("        {} => T::{variant},", rust_str(code)));
    }
    out.push("    };".to_owned());
    for (strum, doc, attr) in [
        ("Strum", "strum's `EnumString`.", None),
        (
            "StrumPhf",
            "strum's `EnumString` with `use_phf`.",
            Some("    #[strum(use_phf)]"),
        ),
    ] {
        out.push(String::new());
        out.push(format!("    /// {doc}"));
        out.push("    #[derive(Debug, Clone, Copy, PartialEq, strum::EnumString)]".to_owned());
        out.extend(attr.map(str::to_owned));
        out.push(format!("    pub enum {strum} {{"));
        for (code, variant) in &table.rows {
            out.push(format!("        #[strum(serialize = {})]", rust_str(code)));
            out.push(format!("        {variant},"));
        }
        out.push("    }".to_owned());
    }
    out.push("}".to_owned());
    out.push(String::new());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(code: i128, name: Option<&'static str>, variant: &'static str) -> Row<'static> {
        Row {
            code,
            name,
            variant,
            description: None,
            group: None,
            class: "client_error",
        }
    }

    /// Strings that need every kind of escape, and some that need none.
    const AWKWARD: &[&str] = &[
        "",
        "plain",
        "say \"hi\"",
        r"C:\path\to\file",
        "\\\"",
        "two\nlines\r\n",
        "tab\there",
        "\u{0}\u{1}\u{1b}\u{1f}\u{7f}",
        "braces {0} {{}}",
        "unicode: é ü 日本 🚀 \u{2028}",
        "ends with a backslash \\",
    ];

    #[test]
    fn rust_str_writes_literals_that_read_back_as_the_text() {
        let every_ascii: String = (0u8..=0x7f).map(char::from).collect();
        for text in AWKWARD.iter().copied().chain([every_ascii.as_str()]) {
            let literal = rust_str(text);
            let parsed = syn::parse_str::<syn::LitStr>(&literal)
                .unwrap_or_else(|e| panic!("{literal} is not a string literal: {e}"));
            assert_eq!(parsed.value(), text, "{literal}");
        }
        assert_eq!(
            rust_str("a \"b\" \\ c\n\t\u{1}"),
            r#""a \"b\" \\ c\n\t\u{1}""#
        );
    }

    #[test]
    fn pascal_capitalizes_each_part_of_an_id() {
        assert_eq!(pascal("clarifai"), "Clarifai");
        assert_eq!(pascal("bigml-general"), "BigmlGeneral");
        assert_eq!(pascal("seven_bridges"), "SevenBridges");
        assert_eq!(pascal("HTTP-codes"), "HttpCodes");
        assert_eq!(pascal("a--b"), "AB");
    }

    #[test]
    fn shown_doubles_braces_for_thiserror() {
        let mut r = row(7, Some("NAME"), "Name");
        assert_eq!(shown(&r), "7 NAME");
        r.description = Some("use {id} or }{");
        assert_eq!(shown(&r), "7 NAME: use {{id}} or }}{{");
        r.name = None;
        assert_eq!(shown(&r), "7: use {{id}} or }}{{");
    }

    /// A table whose names and descriptions need quoting and escaping, its
    /// groups interleaved.
    fn awkward_table() -> Rows<'static> {
        let names = [
            Some("type"),
            Some("_"),
            Some("Not Found"),
            Some("a\"b\\c"),
            Some("OK"),
            None,
        ];
        let groups = [Some("First"), None, Some("First"), Some("Second"), None];
        let variants = [
            "V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9", "V10",
        ];
        let rows = AWKWARD
            .iter()
            .enumerate()
            .map(|(i, description)| Row {
                code: 100 + i as i128,
                name: names[i % names.len()].filter(|_| i < names.len()),
                variant: variants[i],
                // The macro refuses an empty description (a row without one
                // leaves it out).
                description: Some(*description).filter(|d| !d.is_empty()),
                group: groups[i % groups.len()],
                class: ["success", "client_error", "retry"][i % 3],
            })
            .collect();
        Rows {
            id: "awkward-table",
            int_type: "u16",
            path: "vendor_codes::vendors::awkward::Awkward".into(),
            rows,
        }
    }

    /// The body of the first `status_codes!` call in `text`.
    fn first_macro_body(text: &str) -> proc_macro2::TokenStream {
        let (_, rest) = text
            .split_once("vendor_codes::status_codes! {")
            .expect("a status_codes! call");
        let end = rest.find("\n}\n").expect("the call's end");
        rest[..end].parse().expect("tokens")
    }

    #[test]
    fn macro_tables_are_accepted_by_the_macro() {
        let text = macro_tables(&[awkward_table()]).expect("known types and classes");
        // Keywords and other names that are not identifiers are strings.
        assert!(text.contains(r#"100 "type" as V0 =>"#), "{text}");
        assert!(text.contains(r#"101 "_" as V1"#), "{text}");
        assert!(text.contains(r#"103 "a\"b\\c" as V3"#), "{text}");
        assert!(text.contains("104 OK as V4"), "{text}");
        assert!(text.contains("105 as V5: "), "{text}");
        // Each group once, with its rows, in the order of its first row.
        assert_eq!(text.matches("group First {").count(), 1);
        let first = text.find("group First {").unwrap();
        let second = text.find("group Second {").unwrap();
        assert!(first < text.find("102 ").unwrap() && text.find("102 ").unwrap() < second);
        assert!(text.contains("#[codes(unknown = Unknown)]"));
        let expanded = codes_codegen::try_expand(first_macro_body(&text))
            .unwrap_or_else(|e| panic!("{e}\n{text}"));
        for variant in ["V0", "V10", "MacroAwkwardTable"] {
            assert!(expanded.to_string().contains(variant), "{variant}");
        }
        // The quoting matters: the macro does not read a keyword as a name.
        let bare = text.replacen(r#"100 "type" as V0 =>"#, "100 type as V0 =>", 1);
        assert!(codes_codegen::try_expand(first_macro_body(&bare)).is_err());
    }

    #[test]
    fn a_vendor_code_named_unknown_moves_the_catch_all_to_other() {
        let mut table = awkward_table();
        assert_eq!(table.catch_all(), "Unknown");
        table.rows[4].variant = "Unknown";
        assert_eq!(table.catch_all(), "Other");
        let text = macro_tables(std::slice::from_ref(&table)).expect("known types and classes");
        assert!(text.contains("#[codes(unknown = Other)]"));
        assert!(codes_codegen::try_expand(first_macro_body(&text)).is_ok());
        assert!(alt_tables(std::slice::from_ref(&table)).contains("    Other(u16),\n}"));
        let lookups = alternatives(&[table], &["awkward-table"], &string_table());
        assert!(lookups.contains("_ => T::Other(code),"));
    }

    #[test]
    fn unknown_types_and_classes_are_errors_not_panics() {
        let mut table = awkward_table();
        table.int_type = "u128";
        let error = macro_tables(std::slice::from_ref(&table)).unwrap_err();
        assert_eq!(error, "table awkward-table: no integer type u128");
        let mut table = awkward_table();
        table.rows[0].class = "fine";
        let error = macro_tables(&[table]).unwrap_err();
        assert_eq!(error, "table awkward-table: code 100 has no class fine");
        assert_eq!(macro_tables(&[]).as_deref(), Ok("\n"));
    }

    /// A string-keyed table with codes that need escaping.
    fn string_table() -> StrRows {
        StrRows {
            id: "str-table",
            path: "vendor_codes::vendors::x::StrTable".into(),
            rows: vec![
                ("A.1".into(), "A1".into()),
                ("say \"hi\"".into(), "SayHi".into()),
            ],
        }
    }

    #[test]
    fn string_keyed_alternatives_give_the_tables_variants() {
        let text = string_keyed(&string_table()).join("\n");
        assert!(
            text.starts_with(
                "pub mod str_table {\n    use vendor_codes::vendors::x::StrTable as T;"
            )
        );
        assert!(text.contains(
            "            \"A.1\" => T::A1,\n            \"say \\\"hi\\\"\" => T::SayHi,\n            _ => T::Unknown(code),"
        ));
        assert!(text.contains("        \"A.1\" => T::A1,\n"));
        assert_eq!(
            text.matches("#[strum(serialize = \"A.1\")]\n        A1,")
                .count(),
            2
        );
        assert_eq!(text.matches("#[strum(use_phf)]").count(), 1);
    }

    #[test]
    fn alternatives_cover_the_benched_tables_only() {
        let named = awkward_table();
        let unnamed = Rows {
            id: "no-names",
            int_type: "i32",
            path: "vendor_codes::vendors::x::NoNames".into(),
            rows: vec![row(-1, None, "Minus"), row(2, None, "Two")],
        };
        let left_out = Rows {
            id: "left-out",
            ..unnamed.clone()
        };
        let text = alternatives(
            &[named, unnamed, left_out],
            &["awkward-table", "no-names"],
            &string_table(),
        );
        assert!(text.contains(
            "pub mod awkward_table {\n    use vendor_codes::vendors::awkward::Awkward as T;"
        ));
        assert!(text.contains("pub mod no_names {"));
        assert!(!text.contains("left_out"));
        assert!(text.contains("        -1i32 => T::Minus,\n"));
        // Name lookups only where names exist: once, for the named table
        // (the string-keyed table, last, has its own strum enums).
        let (integer_tables, string_table) = text.split_once("pub mod str_table {").unwrap();
        assert_eq!(integer_tables.matches("fn from_name_match").count(), 1);
        assert_eq!(integer_tables.matches("enum StrumPhf").count(), 1);
        assert!(string_table.contains("enum StrumPhf"));
        assert!(text.contains(r#"            "a\"b\\c" => Some(T::V3),"#));
    }
}
