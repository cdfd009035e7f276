//! The table's header: its options (the facade's `#![codes(...)]` and the
//! table's own), the codes' type, the catch-all and the group enum's names.

use proc_macro2::Ident;

use crate::ast::{self, Table};
use crate::errors::Errors;
use crate::generate::template;
use crate::model::{IntegerType, KeyType, Model};
use crate::options::{self, Attrs, Options, Place};
use crate::reserved;

/// The model of the table's header and options, without columns, groups or
/// rows.
pub(super) fn header(table: &Table, errors: &mut Errors) -> Model {
    let mut ambient = Options::default();
    // The re-exporting facade prepends `#![codes(crate = ...)]`; the table's
    // own `#[codes(...)]` overrides any option it gives.
    for attr in &table.inner_attrs {
        if attr.is("codes") {
            options::parse(attr, Place::Table, &mut ambient, errors);
        } else {
            errors.at(
                attr,
                "only `#![codes(...)]` may open a table; put other attributes on the enum",
            );
        }
    }
    let Attrs {
        docs,
        cfgs,
        pass,
        options,
        ..
    } = options::sort(table.attrs.clone(), Place::Table, errors);
    let options = options.or(ambient);
    let key = key_type(&table.repr, errors);
    let http = options.http.as_ref().filter(|span| {
        let ok = key.name() == "u16";
        if !ok {
            errors.push(crate::errors::Error::new(
                **span,
                format!("`http` tables hold HTTP status codes, which are `u16`; this table's codes are `{}`", key.name()),
            ));
        }
        ok
    });
    // A raw identifier (`r#type`) names the enum `type`.
    let enum_name = unraw(&table.name);
    let catch_all = match options.unknown {
        Some(ident) if reserved::check_variant(&ident, "the catch-all", errors) => ident,
        _ => Ident::new("Unknown", table.name.span()),
    };
    let group_enum = group_enum(options.group_enum, &table.name, &enum_name, errors);
    Model {
        docs,
        cfgs,
        attrs: pass,
        vis: table.vis.clone(),
        name: table.name.clone(),
        key,
        vendor: options.vendor.map_or(enum_name, |v| v.into_value()),
        catch_all,
        krate: options
            .krate
            .unwrap_or_else(|| template::fill("codes_core", "::codes_core", &[])),
        http: http.is_some(),
        http_requested: options.http.is_some(),
        exhaustive: options.exhaustive.is_some(),
        group_enum,
        columns: Vec::new(),
        groups: Vec::new(),
        rows: Vec::new(),
    }
}

fn unraw(ident: &Ident) -> String {
    let name = ident.to_string();
    name.strip_prefix("r#").unwrap_or(&name).to_owned()
}

fn key_type(repr: &ast::Repr, errors: &mut Errors) -> KeyType {
    let ident = match repr {
        ast::Repr::Str => return KeyType::Str,
        ast::Repr::Ident(ident) => ident,
    };
    if let Some(int) = IntegerType::named(&ident.to_string()) {
        return KeyType::Int(int);
    }
    errors.at(
        ident,
        format!(
            "unsupported type `{ident}`: the codes' type must be one of u8, u16, u32, u64, i8, i16, i32, i64, or `&str` for string codes"
        ),
    );
    KeyType::Int(codes_core::__private::INTEGERS[7])
}

/// The group enum's name: the option's, checked, or `{Name}Group`.
fn group_enum(option: Option<Ident>, name: &Ident, enum_name: &str, errors: &mut Errors) -> Ident {
    let default = Ident::new(&format!("{enum_name}Group"), name.span());
    let hidden = || Ident::new(&format!("__{default}"), default.span());
    let Some(ident) = option else {
        return default;
    };
    if ident == *name {
        errors.at(&ident, "the group enum needs a name other than the table's");
        return hidden();
    }
    if reserved::check_type_name(&ident, errors) {
        ident
    } else {
        hidden()
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::super::tests::{errors, model};
    use crate::model::{Model, RowClass};
    use codes_core::Class;

    #[test]
    fn http_tables_default_to_rfc_9110_and_the_crate_path_can_be_set() {
        let model = model(quote! {
            #![codes(crate = ::facade::core)]
            #[codes(http)]
            enum Web: u16 { 200 "OK", 202 "Accepted" => pending }
        })
        .unwrap();
        assert!(model.http);
        assert_eq!(model.rows[0].class, RowClass::Http);
        assert_eq!(model.rows[1].class, RowClass::Given(Class::Pending));
        assert_eq!(model.krate.to_string(), ":: facade :: core");
        // The table's own option overrides the facade's.
        let model = model_with_both_paths();
        assert_eq!(model.krate.to_string(), ":: mine");
    }

    #[test]
    fn every_option_may_open_the_table() {
        let model = model(quote! {
            #![codes(vendor = "Ambient", unknown = Other)]
            #[codes(vendor = "Own")]
            enum A: u8 => success { 1 ONE }
        })
        .unwrap();
        assert_eq!(model.vendor, "Own");
        assert_eq!(model.catch_all.to_string(), "Other");
    }

    fn model_with_both_paths() -> Model {
        model(quote! {
            #![codes(crate = ::facade::core)]
            #[codes(crate = ::mine)]
            enum A: u8 => success { 1 ONE }
        })
        .unwrap()
    }

    #[test]
    fn options_and_attributes_are_checked() {
        let first = |tokens| errors(tokens).into_iter().next().unwrap_or_default();
        assert!(
            first(quote!(#[codes(colour = "red")] enum A: u8 => success { 1 ONE }))
                .starts_with("unknown option `colour`")
        );
        assert!(
            first(quote!(#[codes(http, http)] enum A: u16 => success { 1 ONE }))
                .starts_with("option `http` is given twice")
        );
        assert!(
            first(quote!(#[codes(vendor = "")] enum A: u8 => success { 1 ONE }))
                .starts_with("the vendor's name is empty")
        );
        assert!(
            first(quote!(#[codes(group_enum = A)] enum A: u8 => success { 1 ONE }))
                .starts_with("the group enum needs a name")
        );
        assert!(
            first(quote!(#[derive(Hash)] enum A: u8 => success { 1 ONE }))
                .contains("implements `Hash` itself")
        );
        assert!(
            first(quote!(#![allow(unused)] enum A: u8 => success { 1 ONE }))
                .starts_with("only `#![codes(...)]`")
        );
        assert!(
            first(quote!(enum A: u8 => success { #[codes(http)] 1 ONE }))
                .starts_with("unknown option `http` on a row")
        );
        assert!(
            first(quote!(enum A: u8 => success { #[codes(deprecated)] group G { 1 ONE } }))
                .starts_with("unknown option `deprecated` on a group")
        );
        assert!(
            first(quote!(enum A: u8 => success { group G {} }))
                .starts_with("group `G` has no rows")
        );
        assert!(
            first(quote!(enum A: u8 => success { group G "" { 1 ONE } }))
                .starts_with("an empty group title")
        );
        // Derives of other traits pass through.
        assert!(errors(quote!(#[derive(Default)] enum A: u8 => success { 1 ONE })).is_empty());
    }
}
