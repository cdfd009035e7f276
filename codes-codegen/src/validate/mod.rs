//! Checks a parsed [`Table`] against every rule a table must follow and turns
//! it into a [`Model`]. Every mistake becomes an error spanning the offending
//! tokens; all of them are reported at once.
//!
//! A table with mistakes still yields a model: the rows and groups that are
//! right, so that the enum is generated beside the errors and tools that
//! read the code (rust-analyzer) keep seeing it while the author edits.
//!
//! This module walks the table's items; each concern has a module of its
//! own: the header and options, the columns and each row's values, the
//! groups, their ranges, the codes, the classes, the rows and their
//! duplicate checks (over a hash index), the variants and the conversion of
//! names to variant names.

mod classes;
mod codes;
mod columns;
mod groups;
mod header;
mod ranges;
mod rows;
mod variants;

use crate::ast::{Item, Table};
use crate::errors::{Error, Errors};
use crate::model::Model;
use crate::order;
use crate::reserved;

use classes::given_class;
use columns::add_column;
use groups::{add_group, fill_group};
use header::header;
use ranges::check_range;
use rows::Rows;

/// The model of `table`, with every mistake found in it. The model holds
/// what is right, and is `None` when not even the enum can be generated.
pub fn validate(table: Table) -> (Option<Model>, Option<Error>) {
    let mut errors = Errors::default();
    // An enum named like a primitive type would shadow it in the generated
    // code: nothing is generated.
    let usable = reserved::check_type_name(&table.name, &mut errors);
    let mut model = header(&table, &mut errors);
    let table_class = table
        .class
        .as_ref()
        .and_then(|c| given_class(c, &mut errors));
    let mut pending = Vec::new();
    for item in table.items {
        match item {
            Item::Column(column) => {
                if !pending.is_empty() || !model.groups.is_empty() {
                    errors.at(
                        &column.name,
                        "declare columns before the table's rows and groups",
                    );
                    continue;
                }
                add_column(&mut model, column, &mut errors);
            }
            Item::Row(row) => pending.push((None, row)),
            Item::Group(group) => {
                let index = add_group(&mut model, group.attrs.clone(), &group.name, &mut errors);
                if let Some(index) = index {
                    fill_group(&mut model.groups[index], &group, model.key, &mut errors);
                    if let Some(range) = &group.range {
                        check_range(&model, index, &range.tokens, &mut errors);
                    }
                }
                if group.rows.is_empty() {
                    errors.at(&group.name, format!("group `{}` has no rows", group.name));
                }
                for row in group.rows {
                    pending.push((index, row));
                }
            }
        }
    }
    if pending.is_empty() {
        errors.push(Error::new(
            table.body_span,
            "empty table: declare at least one code, as in `21200 MODEL_DOES_NOT_EXIST: \"Model does not exist\" => client_error,`",
        ));
    }
    // Row positions are stored in the smallest unsigned type that holds
    // them, `u32` at most.
    if u32::try_from(pending.len()).is_err() {
        errors.push(Error::new(
            table.body_span,
            "a table holds at most 4294967295 codes: the generated lookups store row positions as `u32`",
        ));
    }
    let mut rows = Rows::default();
    for (group, row) in pending {
        rows.add(&mut model, table_class, group, row, &mut errors);
    }
    let rows = &model.rows;
    let order = order::sorted(rows.len(), &|a, b| rows[a].code.cmp(&rows[b].code));
    model.rows = order::permute(std::mem::take(&mut model.rows), &order);
    (usable.then_some(model), errors.into_error())
}

#[cfg(test)]
mod tests {
    use super::*;
    use codes_core::Class;
    use quote::quote;

    use crate::model::{Code, GroupRange, RowClass};
    use proc_macro2::TokenStream;

    pub(super) fn model(tokens: TokenStream) -> crate::errors::Result<Model> {
        match validate(crate::ast::parse(tokens)?) {
            (_, Some(error)) => Err(error),
            (Some(model), None) => Ok(model),
            (None, None) => Err(Error::new(proc_macro2::Span::call_site(), "no model")),
        }
    }

    pub(super) fn errors(tokens: TokenStream) -> Vec<String> {
        match model(tokens) {
            Ok(_) => Vec::new(),
            Err(error) => error.messages().map(str::to_owned).collect(),
        }
    }

    #[test]
    fn rows_are_sorted_named_and_classed() {
        let model = model(quote! {
            #[codes(vendor = "Acme Corp", unknown = Other, group_enum = Sections)]
            pub enum Acme: i32 => vendor_error {
                group Model (21000..=21999) => client_error {
                    21200 MODEL_DOES_NOT_EXIST: "Model does not exist",
                    21101 MODEL_TRAINING => pending,
                }
                -1 "Faulty Resource",
                7 as Seven,
            }
        })
        .unwrap();
        assert_eq!(model.vendor, "Acme Corp");
        assert_eq!(model.catch_all.to_string(), "Other");
        assert_eq!(model.group_enum.to_string(), "Sections");
        assert_eq!(model.key.name(), "i32");
        let rows: Vec<_> = model
            .rows
            .iter()
            .map(|r| {
                (
                    r.code.clone(),
                    r.variant.to_string(),
                    r.name.clone(),
                    r.class,
                    r.group,
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (
                    Code::Int(-1),
                    "FaultyResource".into(),
                    Some("Faulty Resource".into()),
                    RowClass::Given(Class::VendorError),
                    None
                ),
                (
                    Code::Int(7),
                    "Seven".into(),
                    None,
                    RowClass::Given(Class::VendorError),
                    None
                ),
                (
                    Code::Int(21101),
                    "ModelTraining".into(),
                    Some("MODEL_TRAINING".into()),
                    RowClass::Given(Class::Pending),
                    Some(0)
                ),
                (
                    Code::Int(21200),
                    "ModelDoesNotExist".into(),
                    Some("MODEL_DOES_NOT_EXIST".into()),
                    RowClass::Given(Class::ClientError),
                    Some(0)
                ),
            ]
        );
        assert_eq!(model.groups[0].range, Some(GroupRange::Ints(21000, 21999)));
        assert_eq!(model.krate.to_string(), ":: codes_core");
    }

    #[test]
    fn every_mistake_is_reported_at_once() {
        let found = errors(quote! {
            enum A: u8 {
                group G (0..=9) => client_error { 1 ONE, 10 TEN, }
                300 BIG => success,
                1 ONE_AGAIN => success,
                2 TWO,
                3 "" => success,
                4 X: " " => success,
                5 UNKNOWN => success,
                6 "Not Found" => success,
                7 NOT_FOUND => success,
                8 NOT_FOUND_2 => nope,
            }
        });
        let expected = [
            "code 10 lies outside the range 0..=9 of group `G`",
            "code 300 does not fit the table's type u8 (0..=255)",
            "code 1 is declared twice: first for `ONE`",
            "code 1 is first declared here (and again for `ONE_AGAIN`)",
            "code 2 has no class",
            "an empty name",
            "an empty description",
            "`Unknown` is the catch-all variant",
            "variant `NotFound` is already the variant of `Not Found` (code 6)",
            "unknown class `nope`",
        ];
        assert_eq!(found.len(), expected.len(), "{found:#?}");
        for (found, expected) in found.iter().zip(expected) {
            assert!(
                found.starts_with(expected),
                "{found:?} should start with {expected:?}"
            );
        }
    }

    #[test]
    fn a_broken_table_keeps_what_is_right() {
        let table = crate::ast::parse(quote! {
            enum A: u8 => success {
                1 ONE,
                1 UNO,
                2 TWO => nope,
                3 as ALL,
                4 FOUR,
            }
        })
        .unwrap();
        let (model, error) = validate(table);
        let model = model.unwrap();
        let variants: Vec<String> = model.rows.iter().map(|r| r.variant.to_string()).collect();
        assert_eq!(variants, ["One", "Two", "Four"]);
        assert_eq!(model.rows[1].class, RowClass::Given(Class::Unknown));
        assert_eq!(error.unwrap().messages().count(), 4);
        // An enum named like a primitive type: nothing to generate.
        let table = crate::ast::parse(quote!(enum str: u8 => success { 1 ONE })).unwrap();
        assert!(validate(table).0.is_none());
    }
}
