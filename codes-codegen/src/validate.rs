//! Checks a parsed [`Table`] against every rule a table must follow and turns
//! it into a [`Model`]. Every mistake becomes an error spanning the offending
//! tokens; all of them are reported at once.

use std::collections::HashMap;

use codes_core::Class;
use heck::ToUpperCamelCase;
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::spanned::Spanned;
use syn::{Attribute, Ident, LitStr, Path};

use crate::ast::{self, Item, Table};
use crate::model::{GroupModel, IntType, Model, RowClass, RowModel};

/// Accumulates errors so that one expansion reports every mistake.
#[derive(Default)]
struct Errors(Option<syn::Error>);

impl Errors {
    fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(first) => first.combine(error),
            None => self.0 = Some(error),
        }
    }

    fn at(&mut self, tokens: impl ToTokens, message: impl std::fmt::Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    fn finish<T>(self, value: T) -> syn::Result<T> {
        match self.0 {
            Some(error) => Err(error),
            None => Ok(value),
        }
    }
}

/// The options of `#[codes(...)]`.
#[derive(Default)]
struct Options {
    vendor: Option<LitStr>,
    unknown: Option<Ident>,
    krate: Option<TokenStream>,
    http: Option<Span>,
    group_enum: Option<Ident>,
}

impl Options {
    /// These options, each one not given taken from `ambient`.
    fn or(self, ambient: Options) -> Options {
        Options {
            vendor: self.vendor.or(ambient.vendor),
            unknown: self.unknown.or(ambient.unknown),
            krate: self.krate.or(ambient.krate),
            http: self.http.or(ambient.http),
            group_enum: self.group_enum.or(ambient.group_enum),
        }
    }
}

const OPTIONS: &str = "vendor = \"Name\", unknown = Variant, crate = path, http, group_enum = Name";

/// The traits the generated code implements itself, which a pass-through
/// `#[derive]` must not repeat.
const IMPLEMENTED: [&str; 8] = [
    "Clone",
    "Copy",
    "Debug",
    "PartialEq",
    "Eq",
    "Hash",
    "PartialOrd",
    "Ord",
];

const CLASSES: &str =
    "success, pending, retry, informational, redirect, client_error, vendor_error or unknown";

pub fn validate(table: Table) -> syn::Result<Model> {
    let mut errors = Errors::default();

    let mut options = Options::default();
    let mut ambient = Options::default();
    // The re-exporting facade prepends `#![codes(crate = ...)]`; the table's
    // own `#[codes(...)]` overrides any option it gives.
    for attr in table
        .inner_attrs
        .iter()
        .filter(|a| a.path().is_ident("codes"))
    {
        parse_options(attr, &mut ambient, &mut errors);
    }
    for attr in table
        .inner_attrs
        .iter()
        .filter(|a| !a.path().is_ident("codes"))
    {
        errors.at(
            attr,
            "only `#![codes(...)]` may open a table; put other attributes on the enum",
        );
    }

    let (mut docs, mut attrs) = (Vec::new(), Vec::new());
    for attr in table.attrs {
        if attr.path().is_ident("codes") {
            parse_options(&attr, &mut options, &mut errors);
        } else if attr.path().is_ident("doc") {
            docs.push(attr);
        } else {
            check_passthrough(&attr, &mut errors);
            attrs.push(attr);
        }
    }

    let options = options.or(ambient);

    let int = IntType::from_name(&table.repr.to_string());
    if int.is_none() {
        errors.at(
            &table.repr,
            format!(
                "unsupported integer type `{}`: the codes' type must be one of u8, u16, u32, u64, i8, i16, i32, i64",
                table.repr
            ),
        );
    }
    let int = int.unwrap_or(IntType::I64);
    let http = options.http.is_some();
    if let Some(span) = options.http {
        if int != IntType::U16 {
            errors.push(syn::Error::new(
                span,
                format!("`http` tables hold HTTP status codes, which are `u16`; this table's codes are `{}`", int.name()),
            ));
        }
    }

    let catch_all = options
        .unknown
        .unwrap_or_else(|| Ident::new("Unknown", table.name.span()));
    // A raw identifier (`r#type`) names the enum `type`.
    let enum_name = table.name.to_string();
    let enum_name = enum_name
        .strip_prefix("r#")
        .unwrap_or(&enum_name)
        .to_owned();
    let group_enum = options
        .group_enum
        .unwrap_or_else(|| format_ident!("{}Group", enum_name, span = table.name.span()));
    if group_enum == table.name {
        errors.at(
            &group_enum,
            "the group enum needs a name other than the table's",
        );
    }
    let table_class = table.class.as_ref().and_then(|c| class(c, &mut errors));

    // Groups first, so that rows can be checked against their group.
    let mut groups: Vec<GroupModel> = Vec::new();
    let mut ranged: Vec<usize> = Vec::new();
    let mut rows_in: Vec<(Option<usize>, ast::Row)> = Vec::new();
    for item in table.items {
        match item {
            Item::Row(row) => rows_in.push((None, row)),
            Item::Group(group) => {
                let index = groups.len();
                if let Some(first) = groups.iter().find(|g| g.ident == group.name) {
                    errors.at(
                        &group.name,
                        format!("group `{}` is declared twice", first.ident),
                    );
                }
                let range = group
                    .range
                    .as_ref()
                    .and_then(|r| range(r, int, &mut errors));
                if let (Some((lo, hi)), Some(r)) = (range, &group.range) {
                    for &other in &ranged {
                        let other = &groups[other];
                        if let Some((olo, ohi)) = other.range {
                            // Ranges may nest, as a page's sections do
                            // (`21xxx` around `213xx`), but not cross or repeat.
                            let nested = (olo <= lo && hi <= ohi) || (lo <= olo && ohi <= hi);
                            let same = (lo, hi) == (olo, ohi);
                            if lo <= ohi && olo <= hi && (same || !nested) {
                                errors.at(
                                    &r.tokens,
                                    format!(
                                        "the range {lo}..={hi} of group `{}` {} the range {olo}..={ohi} of group `{}`: ranges may nest, not cross",
                                        group.name, if same { "repeats" } else { "overlaps" }, other.ident
                                    ),
                                );
                            }
                        }
                    }
                    ranged.push(index);
                }
                if group.rows.is_empty() {
                    errors.at(&group.name, format!("group `{}` has no rows", group.name));
                }
                let (docs, attrs) = split_docs(group.attrs, &mut errors);
                let title = group.title.as_ref().map(LitStr::value);
                if let (Some(title), Some(lit)) = (&title, &group.title) {
                    if title.trim().is_empty() {
                        errors.at(lit, "an empty group title: leave it out");
                    }
                }
                groups.push(GroupModel {
                    ident: group.name,
                    docs,
                    attrs,
                    title,
                    range,
                    class: group.class.as_ref().and_then(|c| class(c, &mut errors)),
                });
                rows_in.extend(group.rows.into_iter().map(|row| (Some(index), row)));
            }
        }
    }

    if rows_in.is_empty() {
        errors.push(syn::Error::new(
            table.body_span,
            "empty table: declare at least one code, as in `21200 MODEL_DOES_NOT_EXIST: \"Model does not exist\" => client_error,`",
        ));
    }
    if rows_in.len() > usize::from(u16::MAX) {
        errors.push(syn::Error::new(
            table.body_span,
            "a table holds at most 65535 codes",
        ));
    }

    let mut rows: Vec<RowModel> = Vec::with_capacity(rows_in.len());
    let mut by_code: HashMap<i128, usize> = HashMap::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut by_variant: HashMap<String, usize> = HashMap::new();
    for (group, row) in rows_in {
        let Some(code) = code(&row.code, int, &mut errors) else {
            continue;
        };
        if let Some(index) = group {
            let g = &groups[index];
            if let Some((lo, hi)) = g.range {
                if !(lo..=hi).contains(&code) {
                    errors.at(
                        &row.code.tokens,
                        format!(
                            "code {code} lies outside the range {lo}..={hi} of group `{}`",
                            g.ident
                        ),
                    );
                }
            }
        }
        if let Some(&first) = by_code.get(&code) {
            let first = &rows[first];
            let first = first
                .name
                .clone()
                .unwrap_or_else(|| first.variant.to_string());
            errors.at(
                &row.code.tokens,
                format!("code {code} is declared twice: first for `{first}`"),
            );
        }

        let name = row.name.as_ref().map(ast::Name::value);
        if let (Some(name), Some(tokens)) = (&name, &row.name) {
            if name.trim().is_empty() {
                errors.at(
                    tokens,
                    "an empty name: leave it out, and give the variant with `as Variant`",
                );
            } else if let Some(&first) = by_name.get(name) {
                errors.at(
                    tokens,
                    format!(
                        "name `{name}` is declared twice: first for code {}",
                        rows[first].code
                    ),
                );
            }
        }

        let variant = match (&row.variant, &row.name) {
            (Some(variant), _) => Some(variant.clone()),
            // An empty name is reported above.
            (None, Some(name)) if name.value().trim().is_empty() => None,
            (None, Some(name)) => {
                let converted = name.value().to_upper_camel_case();
                // `parse_str` refuses what `Ident::new` would panic on: an
                // empty string, a leading digit, a keyword such as `Self`.
                match syn::parse_str::<Ident>(&converted) {
                    Ok(_) => Some(Ident::new(&converted, name.span())),
                    Err(_) => {
                        errors.at(
                            name,
                            format!(
                                "`{}` does not make a valid variant name (`{converted}`): give one with `as VariantName`",
                                name.value()
                            ),
                        );
                        None
                    }
                }
            }
            (None, None) => {
                errors.at(
                    &row.code.tokens,
                    format!("code {code} has no name: give the vendor's name, or a variant name with `as VariantName`"),
                );
                None
            }
        };
        let Some(variant) = variant else { continue };
        if variant == catch_all {
            errors.at(
                row.variant.as_ref().map_or_else(|| row.name.to_token_stream(), ToTokens::to_token_stream),
                format!(
                    "`{variant}` is the catch-all variant that holds unknown codes: rename the catch-all with `#[codes(unknown = Other)]`, or give this row another variant with `as`"
                ),
            );
        }
        let variant_tokens = row
            .variant
            .as_ref()
            .map_or_else(|| row.name.to_token_stream(), ToTokens::to_token_stream);
        if let Some(&first) = by_variant.get(&variant.to_string()) {
            errors.at(
                variant_tokens,
                format!("variant `{variant}` is already the variant of {}: give one of them another with `as`", describe(&rows[first])),
            );
        }

        let description = row.description.as_ref().map(LitStr::value);
        if let (Some(text), Some(lit)) = (&description, &row.description) {
            if text.trim().is_empty() {
                errors.at(
                    lit,
                    "an empty description: leave it out when the vendor gives none",
                );
            }
        }

        let class = match &row.class {
            Some(ident) => class(ident, &mut errors).map(RowClass::Given),
            None => match group.and_then(|g| groups[g].class).or(table_class) {
                Some(class) => Some(RowClass::Given(class)),
                None if http => Some(RowClass::Http),
                None => {
                    errors.at(
                        &row.code.tokens,
                        format!(
                            "code {code} has no class: end the row with `=> class` ({CLASSES}), or give its group or the table a default class"
                        ),
                    );
                    None
                }
            },
        };
        let (docs, attrs) = split_docs(row.attrs, &mut errors);

        let index = rows.len();
        by_code.entry(code).or_insert(index);
        if let Some(name) = &name {
            by_name.entry(name.clone()).or_insert(index);
        }
        by_variant.entry(variant.to_string()).or_insert(index);
        rows.push(RowModel {
            code,
            name,
            variant,
            description,
            class: class.unwrap_or(RowClass::Given(Class::Unknown)),
            group,
            docs,
            attrs,
        });
    }

    rows.sort_by_key(|row| row.code);
    let vendor = options.vendor.map_or(enum_name, |v| v.value());
    let krate = options.krate.unwrap_or_else(|| quote!(::codes_core));
    errors.finish(Model {
        docs,
        attrs,
        vis: table.vis,
        name: table.name,
        int,
        vendor,
        catch_all,
        krate,
        http,
        group_enum,
        groups,
        rows,
    })
}

fn describe(row: &RowModel) -> String {
    match &row.name {
        Some(name) => format!("`{name}` (code {})", row.code),
        None => format!("`{}` (code {})", row.variant, row.code),
    }
}

fn code(code: &ast::Code, int: IntType, errors: &mut Errors) -> Option<i128> {
    if let Some(lit) = &code.suffix {
        errors.at(
            lit,
            format!(
                "remove the suffix `{}`: every code has the table's type",
                lit.suffix()
            ),
        );
        return None;
    }
    let (lo, hi) = int.bounds();
    match code.value {
        Some(value) if int.contains(value) => Some(value),
        Some(value) => {
            errors.at(
                &code.tokens,
                format!(
                    "code {value} does not fit the table's type {} ({lo}..={hi})",
                    int.name()
                ),
            );
            None
        }
        None => {
            errors.at(
                &code.tokens,
                format!(
                    "this code does not fit the table's type {} ({lo}..={hi})",
                    int.name()
                ),
            );
            None
        }
    }
}

fn range(range: &ast::Range, int: IntType, errors: &mut Errors) -> Option<(i128, i128)> {
    let lo = code(&range.start, int, errors)?;
    let hi = code(&range.end, int, errors)?;
    if lo > hi {
        errors.at(
            &range.tokens,
            format!("empty range: {lo} is greater than {hi}"),
        );
        return None;
    }
    Some((lo, hi))
}

fn class(ident: &Ident, errors: &mut Errors) -> Option<Class> {
    let class = Class::from_name(&ident.to_string());
    if class.is_none() {
        errors.at(
            ident,
            format!("unknown class `{ident}`: expected {CLASSES}"),
        );
    }
    class
}

/// Splits doc comments from other attributes, which pass through.
fn split_docs(attrs: Vec<Attribute>, errors: &mut Errors) -> (Vec<Attribute>, Vec<Attribute>) {
    let (docs, attrs): (Vec<_>, Vec<_>) = attrs.into_iter().partition(|a| a.path().is_ident("doc"));
    for attr in attrs.iter().filter(|a| a.path().is_ident("codes")) {
        errors.at(
            attr,
            "`#[codes(...)]` belongs on the enum, not on a row or a group",
        );
    }
    (
        docs,
        attrs
            .into_iter()
            .filter(|a| !a.path().is_ident("codes"))
            .collect(),
    )
}

/// Rejects attributes that would clash with the generated code.
fn check_passthrough(attr: &Attribute, errors: &mut Errors) {
    if attr.path().is_ident("repr") {
        errors.at(attr, "`status_codes!` chooses the enum's layout: remove `#[repr]`, the integer type goes after the name (`enum Name: u32`)");
    } else if attr.path().is_ident("derive") {
        let _ = attr.parse_nested_meta(|meta| {
            if let Some(last) = meta.path.segments.last() {
                if IMPLEMENTED.contains(&last.ident.to_string().as_str()) {
                    errors.at(
                        &meta.path,
                        format!(
                            "`status_codes!` implements `{}` itself: remove it from the derive",
                            last.ident
                        ),
                    );
                }
            }
            Ok(())
        });
    }
}

fn parse_options(attr: &Attribute, options: &mut Options, errors: &mut Errors) {
    let result = attr.parse_nested_meta(|meta| {
        let path = &meta.path;
        let duplicate = |set: bool| {
            if set {
                Err(meta.error(format!(
                    "option `{}` is given twice",
                    path.to_token_stream()
                )))
            } else {
                Ok(())
            }
        };
        if path.is_ident("vendor") {
            duplicate(options.vendor.is_some())?;
            let lit: LitStr = meta.value()?.parse()?;
            if lit.value().trim().is_empty() {
                return Err(syn::Error::new(lit.span(), "the vendor's name is empty"));
            }
            options.vendor = Some(lit);
        } else if path.is_ident("unknown") {
            duplicate(options.unknown.is_some())?;
            options.unknown = Some(meta.value()?.parse()?);
        } else if path.is_ident("crate") {
            duplicate(options.krate.is_some())?;
            let path: Path = meta.value()?.parse()?;
            options.krate = Some(path.to_token_stream());
        } else if path.is_ident("http") {
            duplicate(options.http.is_some())?;
            options.http = Some(path.span());
        } else if path.is_ident("group_enum") {
            duplicate(options.group_enum.is_some())?;
            options.group_enum = Some(meta.value()?.parse()?);
        } else {
            return Err(meta.error(format!(
                "unknown option `{}`: expected {OPTIONS}",
                path.to_token_stream()
            )));
        }
        Ok(())
    });
    if let Err(error) = result {
        errors.push(error);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(tokens: TokenStream) -> syn::Result<Model> {
        validate(syn::parse2(tokens)?)
    }

    fn errors(tokens: TokenStream) -> Vec<String> {
        match model(tokens) {
            Ok(_) => Vec::new(),
            Err(error) => error.into_iter().map(|e| e.to_string()).collect(),
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
        assert_eq!(model.int, IntType::I32);
        let rows: Vec<_> = model
            .rows
            .iter()
            .map(|r| {
                (
                    r.code,
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
                    -1,
                    "FaultyResource".into(),
                    Some("Faulty Resource".into()),
                    RowClass::Given(Class::VendorError),
                    None
                ),
                (
                    7,
                    "Seven".into(),
                    None,
                    RowClass::Given(Class::VendorError),
                    None
                ),
                (
                    21101,
                    "ModelTraining".into(),
                    Some("MODEL_TRAINING".into()),
                    RowClass::Given(Class::Pending),
                    Some(0)
                ),
                (
                    21200,
                    "ModelDoesNotExist".into(),
                    Some("MODEL_DOES_NOT_EXIST".into()),
                    RowClass::Given(Class::ClientError),
                    Some(0)
                ),
            ]
        );
        assert_eq!(model.groups[0].range, Some((21000, 21999)));
        assert_eq!(model.krate.to_string(), ":: codes_core");
    }

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
                .contains("belongs on the enum")
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
