//! Importing each vendor page and source reproduces the rows that
//! `codes-vendors` declares from it: codes, names, descriptions, groups and
//! ranges. Where the declared table decided otherwise than the page says
//! (a name the page leaves blank, taken from the vendor's proto; a page
//! defect decided in a comment), the difference is listed here, each with
//! the reason, and the test asserts that exactly these differ.

mod common;

use std::collections::BTreeMap;

use codes_cli::import::{self, Code, GroupRange};
use codes_core::{ColumnValue, Entry, Table};
use common::{PAGES, SOURCES, imported};

/// Every difference between the declared `table`'s rows that `keep`
/// selects and the `imported` table, one line each, in code order.
fn differences(
    table: &Table,
    imported: &import::Table,
    keep: impl Fn(&Entry) -> bool,
) -> Vec<String> {
    let declared: BTreeMap<Code, Entry> = table
        .entries()
        .filter(|e| keep(e))
        .map(|e| (Code::from(e.code), e))
        .collect();
    let page: BTreeMap<Code, (&import::Row, Option<&import::Group>)> = imported
        .rows()
        .into_iter()
        .map(|(row, group)| (row.code.clone(), (row, group)))
        .collect();
    let mut out = Vec::new();
    for code in declared
        .keys()
        .chain(page.keys())
        .collect::<std::collections::BTreeSet<_>>()
    {
        match (declared.get(code), page.get(code)) {
            (Some(_), None) => out.push(format!("{code}: declared, not on the page")),
            (None, Some(_)) => out.push(format!("{code}: on the page, not declared")),
            (Some(entry), Some((row, group))) => {
                // The page's name must be the declared name or an alias.
                let names: Vec<&str> = entry
                    .name
                    .into_iter()
                    .chain(entry.aliases.iter().copied())
                    .collect();
                match (&row.name, entry.name) {
                    (Some(name), _) if names.contains(&name.as_str()) => {}
                    (None, None) => {}
                    (page_name, declared_name) => out.push(format!(
                        "{code}: named {page_name:?} on the page, {declared_name:?} declared"
                    )),
                }
                if row.description.as_deref() != entry.description {
                    out.push(format!(
                        "{code}: described {:?} on the page, {:?} declared",
                        row.description, entry.description
                    ));
                }
                // A page without headings has no groups to compare.
                if imported.groups().next().is_some()
                    && group.and_then(|g| g.title.as_deref()) != entry.group_title
                {
                    out.push(format!(
                        "{code}: in group {:?} on the page, {:?} declared",
                        group.and_then(|g| g.title.as_ref()),
                        entry.group_title
                    ));
                }
                // The page's extra columns (an HTTP status, a message, a
                // solution), as the declared columns of the same name.
                for (name, value) in &row.values {
                    let declared = entry.columns.get(name);
                    let same = match (value, declared) {
                        (import::Value::Int(page), Some(ColumnValue::Int(declared))) => {
                            *page == declared
                        }
                        (import::Value::Str(page), Some(ColumnValue::Str(declared))) => {
                            page == declared
                        }
                        _ => false,
                    };
                    if !same {
                        out.push(format!(
                            "{code}: {name} {value:?} on the page, {declared:?} declared"
                        ));
                    }
                }
            }
            (None, None) => unreachable!(),
        }
    }
    out
}

/// The rows that come from `source` (`page`, `proto`, `sdk`), by the
/// table's `source` column (`"page (reserved in proto)"` is the page's);
/// every row, for a table without the column.
fn from(source: &'static str) -> impl Fn(&Entry) -> bool {
    move |entry| match entry.columns.iter().find(|(name, _)| *name == "source") {
        Some((_, Some(ColumnValue::Str(value)))) => {
            value == source || value.starts_with(&format!("{source} ("))
        }
        Some(_) => false,
        None => true,
    }
}

/// Each imported group's title and range, against the declared group of
/// the same title (`declared`: title and range of every declared group):
/// the differences, one line each.
fn group_differences(
    imported: &import::Table,
    declared: &[(String, Option<GroupRange>)],
) -> Vec<String> {
    let mut out = Vec::new();
    for group in imported.groups() {
        match declared
            .iter()
            .find(|(title, _)| Some(title) == group.title.as_ref())
        {
            Some((_, range)) if *range == group.range => {}
            Some((_, range)) => out.push(format!(
                "group {:?}: range {:?} on the page, {range:?} declared",
                group.title, group.range
            )),
            None => out.push(format!(
                "group {:?}: on the page, not declared",
                group.title
            )),
        }
    }
    out
}

/// The title and range of every group of a declared group enum.
macro_rules! declared_groups {
    ($groups:ty) => {
        <$groups>::ALL
            .iter()
            .map(|g| {
                (
                    g.title().unwrap_or_default().to_owned(),
                    g.range()
                        .map(|r| GroupRange::Ints(i128::from(*r.start()), i128::from(*r.end()))),
                )
            })
            .collect::<Vec<(String, Option<GroupRange>)>>()
    };
}

#[test]
fn clarifai_page() {
    let document = imported(PAGES[1]);
    let table = codes_vendors::table("clarifai").unwrap();
    let differences = differences(table, &document.tables[0], from("page"));
    let mut expected: Vec<String> = [
        24153, 40019, 42000, 42001, 42002, 42003, 42004, 42005, 42006,
    ]
    .iter()
    .map(|code| {
        let name = table.get(*code).unwrap().name.unwrap();
        // The page leaves these names blank; the table has the proto's.
        format!("{code}: named None on the page, Some({name:?}) declared")
    })
    .collect();
    // The page gives no description; the table has the older page's.
    expected.push("99009: described None on the page, Some(\"Internal error\") declared".into());
    expected.sort();
    let mut differences = differences;
    differences.sort();
    assert_eq!(differences, expected);

    // Every group's title and range, as the declared group enum has them.
    assert_eq!(document.tables[0].groups().count(), 48);
    let declared = declared_groups!(codes_vendors::clarifai::ClarifaiGroup);
    assert_eq!(
        group_differences(&document.tables[0], &declared),
        Vec::<String>::new()
    );
}

#[test]
fn seven_bridges_page() {
    let document = imported(PAGES[2]);
    let table = codes_vendors::table("seven-bridges").unwrap();
    let differences = differences(table, &document.tables[0], from("page"));
    assert_eq!(
        differences,
        [
            // The page lists 6009 twice; the importer keeps the first row
            // (and warns). The table takes 6009's text from the vendor's R
            // client instead (source "sdk"): no page row of it is declared.
            "6009: on the page, not declared",
        ]
    );
    assert_eq!(document.tables[0].groups().count(), 11);
    let declared = declared_groups!(codes_vendors::seven_bridges::SevenBridgesGroup);
    assert_eq!(
        group_differences(&document.tables[0], &declared),
        Vec::<String>::new()
    );
}

/// The declared Clarifai rows against the imported proto: every code the
/// proto defines (the rows from the page it still defines, and those only
/// it does) with the proto's names, aliases and deprecation; the proto's
/// comment as the description and its section as the group, for the rows
/// only the proto has (the page's rows keep the page's words and groups).
fn proto_differences(table: &Table, imported: &import::Table) -> Vec<String> {
    let source = |entry: &Entry| match entry.columns.get("source") {
        Some(ColumnValue::Str(source)) => source,
        _ => "",
    };
    let declared: BTreeMap<Code, Entry> = table
        .entries()
        .filter(|e| ["page", "proto"].contains(&source(e)))
        .map(|e| (Code::from(e.code), e))
        .collect();
    let proto: BTreeMap<Code, (&import::Row, Option<&import::Group>)> = imported
        .rows()
        .into_iter()
        .map(|(row, group)| (row.code.clone(), (row, group)))
        .collect();
    let proto_titles: Vec<&str> = imported
        .groups()
        .filter_map(|g| g.title.as_deref())
        .collect();
    let mut out = Vec::new();
    let codes: std::collections::BTreeSet<&Code> = declared.keys().chain(proto.keys()).collect();
    for code in codes {
        let (entry, (row, group)) = match (declared.get(code), proto.get(code)) {
            (Some(entry), Some(row)) => (entry, row),
            (Some(_), None) => {
                out.push(format!("{code}: declared, not in the proto"));
                continue;
            }
            (None, Some(_)) => {
                out.push(format!("{code}: in the proto, not declared"));
                continue;
            }
            (None, None) => unreachable!(),
        };
        let declared_names: Vec<&str> = entry
            .name
            .into_iter()
            .chain(entry.aliases.iter().copied())
            .collect();
        let proto_names: Vec<&str> = row
            .name
            .iter()
            .chain(&row.aliases)
            .map(String::as_str)
            .collect();
        // The proto's names, first its current one; the table may add the
        // page's older names as aliases after them.
        if declared_names.get(..proto_names.len()) != Some(&proto_names[..]) {
            out.push(format!(
                "{code}: named {proto_names:?} in the proto, {declared_names:?} declared"
            ));
        }
        if row.deprecated != entry.deprecated {
            out.push(format!(
                "{code}: deprecated {} in the proto, {} declared",
                row.deprecated, entry.deprecated
            ));
        }
        if source(entry) == "proto" {
            if row.description.as_deref() != entry.description {
                out.push(format!(
                    "{code}: described {:?} in the proto, {:?} declared",
                    row.description, entry.description
                ));
            }
            let group = group.and_then(|g| g.title.as_deref());
            let declared_group = entry.group_title;
            // Where the table groups a row under a section of the proto,
            // it is the row's own section.
            if declared_group.is_some_and(|g| proto_titles.contains(&g)) && group != declared_group
            {
                out.push(format!(
                    "{code}: in group {group:?} in the proto, {declared_group:?} declared"
                ));
            }
        }
    }
    out
}

#[test]
fn clarifai_proto() {
    let document = imported(SOURCES[0]);
    let table = codes_vendors::table("clarifai").unwrap();
    let description = |code: u32| {
        let entry = table.get(code).unwrap();
        let (row, _) = document.tables[0]
            .rows()
            .into_iter()
            .find(|(r, _)| r.code == Code::Int(code.into()))
            .unwrap();
        format!(
            "{code}: described {:?} in the proto, {:?} declared",
            row.description, entry.description
        )
    };
    assert_eq!(
        proto_differences(table, &document.tables[0]),
        [
            // The comment above ZERO speaks of the enum it opens; the table
            // does not take it for ZERO's description (its docs say so).
            description(0),
            // The comment above 24300 draws the states of the annotation
            // tracks (24300 to 24304): the table quotes it in the group's docs.
            description(24300),
            // The table takes the first line of the comment above 54006 as its
            // description and quotes the examples after it in the row's docs.
            description(54006),
        ]
    );
}

#[test]
fn bigml_page() {
    let document = imported(PAGES[3]);
    assert_eq!(document.tables.len(), 39);
    let bigml: Vec<&Table> = codes_vendors::tables()
        .filter(|t| t.id().starts_with("bigml-"))
        .collect();
    assert_eq!(bigml.len(), 39);
    for imported in &document.tables {
        let title = imported.title.as_deref().unwrap();
        // The page's sections are the tables; three are titled otherwise.
        let id = match title {
            "HTTP Status Code Summary" => "bigml-http",
            "Resource Status Code Summary" => "bigml-status",
            "Error Code Summary" => "bigml-general",
            _ => bigml
                .iter()
                .find(|t| t.title() == title)
                .map_or("(none)", |t| t.id()),
        };
        let table = codes_vendors::table(id).unwrap_or_else(|| panic!("no table for {title}"));
        assert_eq!(
            differences(table, imported, from("page")),
            Vec::<String>::new(),
            "{title}"
        );
        assert!(imported.groups().next().is_none());
    }
}

#[test]
fn modelarts_page() {
    let document = imported(PAGES[4]);
    let table = codes_vendors::table("modelarts").unwrap();
    assert!(document.tables[0].http);
    assert_eq!(
        differences(table, &document.tables[0], from("page")),
        Vec::<String>::new()
    );
}

#[test]
fn modelarts_error_codes() {
    let document = imported(SOURCES[1]);
    let imported = &document.tables[0];
    assert!(imported.is_string_keyed());
    // Each code's first row: the table of first rows, every column equal.
    let table = codes_vendors::table("modelarts-errors").unwrap();
    assert_eq!(
        differences(table, imported, from("page")),
        Vec::<String>::new()
    );
    // The rows of codes listed again are the importer's warnings, and the
    // declared tables of second and third rows.
    let mut again: Vec<String> = document
        .warnings
        .iter()
        .filter_map(|w| {
            let rest = w.message.strip_prefix("code ")?;
            let (code, rest) = rest.split_once(' ')?;
            rest.starts_with("is listed again").then(|| code.to_owned())
        })
        .collect();
    again.sort();
    let mut declared: Vec<String> = ["modelarts-errors-alt", "modelarts-errors-alt2"]
        .iter()
        .flat_map(|id| codes_vendors::table(id).unwrap().entries())
        .map(|e| e.code.to_string())
        .collect();
    declared.sort();
    assert_eq!(again.len(), 26);
    assert_eq!(again, declared);
}
