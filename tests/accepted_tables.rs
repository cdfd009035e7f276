//! Every table the macro accepts compiles: tables generated at random from
//! pools of names that clash with what the macro generates (`ALL`, `code`,
//! `containing`, `str`, ...), with columns, aliases, groups, options and
//! `cfg`s, are expanded by `codes_codegen`; those it accepts are compiled
//! together by rustc, which must accept every one of them.

use std::fmt::Write as _;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

const TYPES: &[&str] = &["Acme", "str", "u8", "bool", "Table", "r#type", "Status"];
const VARIANTS: &[&str] = &[
    "Other",
    "ALL",
    "COUNT",
    "VENDOR",
    "code",
    "from_code",
    "Unknown",
    "group_name",
    "__index",
    "Columns",
    "Seven",
    "name",
    "Gone",
    "Err",
    "Error",
    "Ok",
];
const NAMES: &[&str] = &[
    "SUCCESS",
    "ALL",
    "COUNT",
    "VENDOR",
    "code",
    "from_code",
    "Unknown",
    "group_name",
    "__index",
    "\"Not Found\"",
    "FAILURE",
    "MODEL_BUSY",
    "columns",
    "\"\"",
    "aliases",
    "r#type",
];
const GROUPS: &[&str] = &[
    "Model",
    "containing",
    "ALL",
    "name",
    "Range",
    "codes",
    "__x",
    "Inputs",
];
const COLUMNS: &[&str] = &["http", "code", "solution", "ALL", "x", "name", "billable"];
const COLUMN_TYPES: &[&str] = &[
    "u16",
    "bool",
    "&'static str",
    "Option<&'static str>",
    "i8",
    "f64",
];
const VALUES: &[&str] = &["404", "-1", "true", "\"text\"", "70000", "0"];
const CLASSES: &[&str] = &["success", "retry", "client_error", "pending", "nope"];
const INTS: &[&str] = &[
    "u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64", "&str", "&str",
];
const CFGS: &[&str] = &["", "#[cfg(all())]", "#[cfg(any())]"];

fn pick(pool: &'static [&'static str]) -> impl Strategy<Value = &'static str> {
    proptest::sample::select(pool)
}

/// Mostly a harmless name made from `seed`, sometimes one from `pool`.
fn name_or(pool: &'static [&'static str], prefix: &'static str) -> impl Strategy<Value = String> {
    prop_oneof![
        3 => (0u32..1000).prop_map(move |n| format!("{prefix}{n}")),
        1 => pick(pool).prop_map(str::to_owned),
    ]
}

/// A value for a column of type `ty`: mostly one of its type.
fn value(ty: &'static str) -> impl Strategy<Value = String> {
    let fitting: &'static [&'static str] = match ty {
        "bool" => &["true", "false"],
        "&'static str" | "Option<&'static str>" => &["\"text\"", "\"with \\\"quotes\\\"\""],
        "i8" => &["-1", "0", "127"],
        _ => &["404", "0", "200"],
    };
    prop_oneof![4 => pick(fitting), 1 => pick(VALUES)].prop_map(str::to_owned)
}

fn row(columns: Vec<(&'static str, &'static str)>, strings: bool) -> impl Strategy<Value = String> {
    let values: Vec<_> = columns.iter().map(|(_, ty)| value(ty)).collect();
    let columns: Vec<&'static str> = columns.iter().map(|(name, _)| *name).collect();
    (
        prop_oneof![9 => 0i32..100, 1 => -300i32..300],
        proptest::option::of(name_or(NAMES, "NAME_")),
        proptest::option::weighted(0.2, name_or(NAMES, "ALIAS_")),
        proptest::option::weighted(0.3, name_or(VARIANTS, "V")),
        any::<bool>(),
        proptest::option::weighted(0.3, pick(CLASSES)),
        pick(CFGS),
        proptest::bool::weighted(0.2),
        values,
    )
        .prop_map(
            move |(code, name, alias, variant, described, class, cfg, deprecated, values)| {
                let mut row = String::new();
                if deprecated {
                    row.push_str("#[codes(deprecated)] ");
                }
                if strings {
                    // Mostly codes of one shape, sometimes others: the
                    // variants come from the codes where rows have no name.
                    let shape = ["C.", "C.", "c-", "Throttle"][code.unsigned_abs() as usize % 4];
                    let _ = write!(row, "{cfg} \"{shape}{}\"", code.unsigned_abs());
                } else {
                    let _ = write!(row, "{cfg} {code}");
                }
                if let Some(name) = name {
                    let _ = write!(row, " {name}");
                    if let Some(alias) = alias {
                        let _ = write!(row, " | {alias}");
                    }
                }
                if let Some(variant) = variant {
                    let _ = write!(row, " as {variant}");
                }
                if described {
                    row.push_str(": \"Some description\"");
                }
                if let Some(class) = class {
                    let _ = write!(row, " => {class}");
                }
                if !columns.is_empty() {
                    let fields: Vec<String> = columns
                        .iter()
                        .zip(&values)
                        .map(|(c, v)| format!("{c}: {v}"))
                        .collect();
                    let _ = write!(row, " {{ {} }}", fields.join(", "));
                }
                row.push(',');
                row
            },
        )
}

fn table() -> impl Strategy<Value = String> {
    let header = (
        name_or(TYPES, "Table"),
        pick(INTS),
        proptest::option::weighted(0.3, name_or(VARIANTS, "Catch")),
        proptest::option::weighted(0.3, name_or(TYPES, "Groups")),
        any::<bool>(),
        pick(CFGS),
        proptest::option::weighted(0.8, pick(CLASSES)),
    );
    let columns = proptest::collection::vec((pick(COLUMNS), pick(COLUMN_TYPES)), 0..3);
    (header, columns).prop_flat_map(|(header, columns)| {
        let strings = header.1 == "&str";
        let groups = proptest::collection::vec(
            (
                name_or(GROUPS, "Group"),
                prop_oneof![4 => Just(0i32), 1 => -300i32..300],
                prop_oneof![4 => Just(100i32), 1 => 0i32..200],
                pick(CFGS),
                any::<bool>(),
                proptest::collection::vec(row(columns.clone(), strings), 1..4),
            ),
            0..3,
        );
        let rows = proptest::collection::vec(row(columns.clone(), strings), 1..5);
        (Just(header), Just(columns), groups, rows).prop_map(
            |((name, int, unknown, group_enum, exhaustive, cfg, class), columns, groups, rows)| {
                let mut options = Vec::new();
                if let Some(unknown) = unknown {
                    options.push(format!("unknown = {unknown}"));
                }
                if let Some(group_enum) = group_enum {
                    options.push(format!("group_enum = {group_enum}"));
                }
                if exhaustive {
                    options.push("exhaustive".to_owned());
                }
                let mut out = format!(
                    "/// A table.\n{cfg}\n#[codes({})]\npub enum {name}: {int}",
                    options.join(", ")
                );
                if let Some(class) = class {
                    let _ = write!(out, " => {class}");
                }
                out.push_str(" {\n");
                for (column, ty) in columns {
                    let _ = writeln!(out, "    column {column}: {ty},");
                }
                for (group, lo, len, cfg, unlisted, rows) in groups {
                    let unlisted = if unlisted {
                        "#[codes(unlisted = retry)]"
                    } else {
                        ""
                    };
                    let _ = writeln!(
                        out,
                        "    {unlisted} {cfg} group {group} ({lo}..={}) {{",
                        lo + len
                    );
                    for row in rows {
                        let _ = writeln!(out, "        {row}");
                    }
                    out.push_str("    }\n");
                }
                for row in rows {
                    let _ = writeln!(out, "    {row}");
                }
                out.push('}');
                out
            },
        )
    })
}

#[test]
fn every_accepted_table_compiles() {
    // Enough candidates that a few dozen pass the macro's checks; a fixed
    // seed, so that a failure reproduces.
    let candidates = 3_000;
    let wanted = 60;
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    );
    let mut accepted = Vec::new();
    let mut clashing = 0;
    for _ in 0..candidates {
        let source = table().new_tree(&mut runner).expect("a table").current();
        let tokens: proc_macro2::TokenStream = source.parse().expect("tokens");
        match codes_codegen::try_expand(tokens) {
            Ok(_) => accepted.push(source),
            Err(_) => clashing += 1,
        }
        if accepted.len() == wanted {
            break;
        }
    }
    assert!(clashing > 0, "the pools should produce refused tables too");
    assert!(
        accepted.len() >= 20,
        "only {} tables accepted",
        accepted.len()
    );
    let mut file = String::from(
        "// Generated by tests/accepted_tables.rs: tables the macro accepted.\n#![allow(dead_code, non_camel_case_types)]\n// Whatever else the expansions would warn of is a defect of the macro.\n#![deny(warnings)]\n",
    );
    for (index, source) in accepted.iter().enumerate() {
        let _ = write!(
            file,
            "\nmod table_{index} {{\n    vendor_codes::status_codes! {{\n{source}\n    }}\n}}\n"
        );
    }
    file.push_str("\nfn main() {}\n");
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("accepted-tables");
    std::fs::create_dir_all(&dir).expect("a directory for the sample");
    let path = dir.join("sample.rs");
    std::fs::write(&path, file).expect("the sample written");
    trybuild::TestCases::new().pass(&path);
}
