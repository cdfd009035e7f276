//! Checks a parsed [`Table`] against every rule a table must follow and turns
//! it into a [`Model`]. Every mistake becomes an error spanning the offending
//! tokens; all of them are reported at once.
//!
//! A table with mistakes still yields a model: the rows and groups that are
//! right, so that the enum is generated beside the errors and tools that
//! read the code (rust-analyzer) keep seeing it while the author edits.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use codes_core::Class;
use proc_macro2::{TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use syn::Ident;
use syn::spanned::Spanned;

use crate::ast::{self, Item, Table};
use crate::errors::Errors;
use crate::model::{
    Code, ColumnModel, ColumnType, GroupModel, GroupRange, IntegerType, KeyType, Model, RowClass,
    RowModel, Value,
};
use crate::options::{self, Attrs, Options, Place};
use crate::reserved;
use crate::syntax::Attribute;

const CLASSES: &str = codes_core::__private::CLASS_NAMES;

/// The model of `table`, with every mistake found in it. The model holds
/// what is right, and is `None` when not even the enum can be generated.
pub fn validate(table: Table) -> (Option<Model>, Option<syn::Error>) {
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
                pending.extend(group.rows.into_iter().map(|row| (index, row)));
            }
        }
    }
    if pending.is_empty() {
        errors.push(syn::Error::new(
            table.body_span,
            "empty table: declare at least one code, as in `21200 MODEL_DOES_NOT_EXIST: \"Model does not exist\" => client_error,`",
        ));
    }
    // Row positions are stored in the smallest unsigned type that holds
    // them, `u32` at most.
    if u32::try_from(pending.len()).is_err() {
        errors.push(syn::Error::new(
            table.body_span,
            "a table holds at most 4294967295 codes: the generated lookups store row positions as `u32`",
        ));
    }
    let mut rows = Rows::default();
    for (group, row) in pending {
        rows.add(&mut model, table_class, group, row, &mut errors);
    }
    model.rows.sort_by(|a, b| a.code.cmp(&b.code));
    (usable.then_some(model), errors.into_error())
}

/// The model of the table's header and options, without columns, groups or
/// rows.
fn header(table: &Table, errors: &mut Errors) -> Model {
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
            errors.push(syn::Error::new(
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
        vendor: options.vendor.map_or(enum_name, |v| v.value()),
        catch_all,
        krate: options.krate.unwrap_or_else(|| quote!(::codes_core)),
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
        ast::Repr::Str(_) => return KeyType::Str,
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
    let default = format_ident!("{}Group", enum_name, span = name.span());
    let Some(ident) = option else {
        return default;
    };
    if ident == *name {
        errors.at(&ident, "the group enum needs a name other than the table's");
        return format_ident!("__{}", default);
    }
    if reserved::check_type_name(&ident, errors) {
        ident
    } else {
        format_ident!("__{}", default)
    }
}

fn add_column(model: &mut Model, column: ast::Column, errors: &mut Errors) {
    let attrs = options::sort(column.attrs, Place::Column, errors);
    if attrs.refused {
        return;
    }
    let name = column.name;
    if model.columns.iter().any(|c| c.ident == name) {
        errors.at(&name, format!("column `{name}` is declared twice"));
        return;
    }
    if !reserved::check_method(&name, errors) {
        return;
    }
    let Some((ty, optional)) = column_type(&column.ty, errors) else {
        return;
    };
    let default = column
        .default
        .as_ref()
        .and_then(|value| column_value(value, ty, &name, errors));
    if let (Some(value), true) = (&column.default, optional) {
        errors.at(
            &value.tokens,
            format!("column `{name}` is optional: rows that leave it out have none, so it takes no default"),
        );
    }
    model.columns.push(ColumnModel {
        ident: name,
        docs: attrs.docs,
        ty,
        optional,
        default,
    });
}

const COLUMN_TYPES: &str =
    "an integer type (u8 to u64, i8 to i64), `bool` or `&'static str`, or `Option` of one of these";

/// The type of a column's values and whether rows may leave it out.
fn column_type(ty: &TokenStream, errors: &mut Errors) -> Option<(ColumnType, bool)> {
    let tokens: Vec<TokenTree> = ty.clone().into_iter().collect();
    let found = match tokens.as_slice() {
        [
            TokenTree::Ident(option),
            TokenTree::Punct(open),
            inner @ ..,
            TokenTree::Punct(close),
        ] if option == "Option" && open.as_char() == '<' && close.as_char() == '>' => {
            base_column_type(inner).map(|t| (t, true))
        }
        _ => base_column_type(&tokens).map(|t| (t, false)),
    };
    if found.is_none() {
        errors.at(
            ty,
            format!("unsupported column type: a column holds {COLUMN_TYPES}"),
        );
    }
    found
}

/// The type of a column's values written as `tokens`: an integer type,
/// `bool` or `&'static str`.
fn base_column_type(tokens: &[TokenTree]) -> Option<ColumnType> {
    match tokens {
        [TokenTree::Ident(ident)] if ident == "bool" => Some(ColumnType::Bool),
        [TokenTree::Ident(ident)] => IntegerType::named(&ident.to_string()).map(ColumnType::Int),
        [
            TokenTree::Punct(and),
            TokenTree::Punct(quote),
            TokenTree::Ident(lifetime),
            TokenTree::Ident(str),
        ] if and.as_char() == '&'
            && quote.as_char() == '\''
            && lifetime == "static"
            && str == "str" =>
        {
            Some(ColumnType::Str)
        }
        _ => None,
    }
}

/// The value of `column` written as `value`, checked against its type.
fn column_value(
    value: &ast::Value,
    ty: ColumnType,
    column: &Ident,
    errors: &mut Errors,
) -> Option<Value> {
    let found = match (&value.lit, ty, value.negative) {
        (syn::Lit::Int(lit), ColumnType::Int(int), negative) => {
            if !lit.suffix().is_empty() {
                errors.at(
                    lit,
                    format!(
                        "remove the suffix `{}`: the value has the column's type",
                        lit.suffix()
                    ),
                );
                return None;
            }
            let magnitude = lit
                .base10_parse::<u128>()
                .ok()
                .and_then(|v| i128::try_from(v).ok());
            let number = magnitude.map(|v| if negative { -v } else { v });
            match number.filter(|v| int.contains(*v)) {
                Some(v) => Some(Value::Int(v)),
                None => {
                    errors.at(
                        &value.tokens,
                        format!(
                            "this value does not fit column `{column}`'s type {} ({}..={})",
                            int.name, int.min, int.max
                        ),
                    );
                    return None;
                }
            }
        }
        (syn::Lit::Bool(lit), ColumnType::Bool, false) => Some(Value::Bool(lit.value)),
        (syn::Lit::Str(lit), ColumnType::Str, false) => Some(Value::Str(lit.value())),
        _ => None,
    };
    if found.is_none() {
        let expected = match ty {
            ColumnType::Int(int) => format!("an integer of type {}", int.name),
            ColumnType::Bool => "`true` or `false`".to_owned(),
            ColumnType::Str => "a string literal".to_owned(),
        };
        errors.at(&value.tokens, format!("column `{column}` holds {expected}"));
    }
    found
}

/// Adds the group named `name`, unless the table has one of that name.
fn add_group(
    model: &mut Model,
    attrs: Vec<Attribute>,
    name: &Ident,
    errors: &mut Errors,
) -> Option<usize> {
    let attrs = options::sort(attrs, Place::Group, errors);
    if model.groups.iter().any(|g| g.ident == *name) {
        errors.at(name, format!("group `{name}` is declared twice"));
        return None;
    }
    if !reserved::check_group(name, errors) {
        return None;
    }
    let unlisted = attrs
        .options
        .unlisted
        .as_ref()
        .and_then(|c| class(c, errors));
    model.groups.push(GroupModel {
        ident: name.clone(),
        docs: attrs.docs,
        cfgs: attrs.cfgs,
        attrs: attrs.pass,
        title: None,
        range: None,
        class: None,
        unlisted,
    });
    Some(model.groups.len() - 1)
}

/// The title, range and class of `group`.
fn fill_group(model: &mut GroupModel, group: &ast::Group, key: KeyType, errors: &mut Errors) {
    model.title = group.title.as_ref().map(|title| title.value().to_owned());
    if let (Some(title), Some(lit)) = (&model.title, &group.title) {
        if title.trim().is_empty() {
            errors.at(lit, "an empty group title: leave it out");
            model.title = None;
        }
    }
    model.range = group.range.as_ref().and_then(|r| range(r, key, errors));
    if let (Some(_), None) = (model.unlisted, &group.range) {
        errors.at(
            &group.name,
            format!(
                "group `{}` declares a class for unlisted codes but no range to hold them: add `(lo..=hi)` (or `(\"prefix\")` for string codes)",
                group.name
            ),
        );
    }
    model.class = group.class.as_ref().and_then(|c| given_class(c, errors));
}

/// Ranges may nest, as a page's sections do (`21xxx` around `213xx`), but
/// not cross or repeat.
fn check_range(
    model: &Model,
    index: usize,
    tokens: &proc_macro2::TokenStream,
    errors: &mut Errors,
) {
    let group = &model.groups[index];
    let Some(range) = &group.range else { return };
    for other in &model.groups[..index] {
        let Some(other_range) = &other.range else {
            continue;
        };
        let (same, crossing) = match (range, other_range) {
            (GroupRange::Ints(lo, hi), GroupRange::Ints(olo, ohi)) => {
                let nested = (olo <= lo && hi <= ohi) || (lo <= olo && ohi <= hi);
                ((lo, hi) == (olo, ohi), lo <= ohi && olo <= hi && !nested)
            }
            // Two prefixes nest or are apart: they cannot cross.
            (GroupRange::Prefix(a), GroupRange::Prefix(b)) => (a == b, false),
            _ => (false, false),
        };
        if same || crossing {
            errors.at(
                tokens,
                format!(
                    "the range {range} of group `{}` {} the range {other_range} of group `{}`: ranges may nest, not cross",
                    group.ident,
                    if same { "repeats" } else { "overlaps" },
                    other.ident
                ),
            );
        }
    }
}

/// The rows seen so far, by code, name (and alias) and variant, for the
/// duplicate checks: each index holds positions in `Model::rows`, found by a
/// hash of the key and told apart by comparing the rows' own values, so that
/// no key is copied.
#[derive(Default)]
struct Rows {
    by_code: Seen,
    by_name: Seen,
    by_variant: Seen,
    /// The tokens of each accepted row's code, by its position in
    /// `Model::rows`, for the error at a code's first declaration.
    code_tokens: Vec<proc_macro2::TokenStream>,
}

impl Rows {
    fn add(
        &mut self,
        model: &mut Model,
        table_class: Option<Class>,
        group: Option<usize>,
        mut row: ast::Row,
        errors: &mut Errors,
    ) {
        let attrs = options::sort(std::mem::take(&mut row.attrs), Place::Row, errors);
        let Some(code) = code(&row.code, model.key, errors) else {
            return;
        };
        check_in_group(model, group, &code, &row.code, errors);
        let Some((variant, variant_text)) = variant(&row, &code, &model.catch_all, errors) else {
            return;
        };
        let identity_ok = self.check_code(model, &code, &row, &variant, errors)
            & self.check_names(model, &code, &row, errors)
            & self.check_variant(model, &variant, &variant_text, &row, errors);
        let description = description(row.description.take(), errors);
        let class = row_class(model, table_class, group, &row, &code, errors);
        let values = values(model, &row, errors);
        if !identity_ok {
            return;
        }
        let index = model.rows.len();
        self.by_code.insert(code_hash(&code), index);
        for name in row.name.iter().chain(&row.aliases) {
            self.by_name.insert(text_hash(name.value()), index);
        }
        self.by_variant.insert(text_hash(&variant_text), index);
        self.code_tokens.push(row.code.tokens);
        let mut cfgs = model.group_cfgs(group).to_vec();
        cfgs.extend(attrs.cfgs);
        model.rows.push(RowModel {
            code,
            name: row.name.map(ast::Name::into_value),
            aliases: row.aliases.into_iter().map(ast::Name::into_value).collect(),
            variant,
            description,
            class,
            deprecated: attrs
                .options
                .deprecated
                .map(|note| note.map(|lit| lit.value())),
            values,
            group,
            docs: attrs.docs,
            cfgs,
            attrs: attrs.pass,
        });
    }

    fn check_code(
        &self,
        model: &Model,
        code: &Code,
        row: &ast::Row,
        variant: &Ident,
        errors: &mut Errors,
    ) -> bool {
        let Some(first) = self
            .by_code
            .find(code_hash(code), |i| model.rows[i].code == *code)
        else {
            return true;
        };
        errors.at(
            &row.code.tokens,
            format!(
                "code {code} is declared twice: first for `{}`",
                model_label(&model.rows[first])
            ),
        );
        errors.at(
            &self.code_tokens[first],
            format!(
                "code {code} is first declared here (and again for `{}`)",
                row_label(row, variant)
            ),
        );
        false
    }

    /// The name and the aliases: none empty, none another row's (or this
    /// row's) name or alias.
    fn check_names(&self, model: &Model, code: &Code, row: &ast::Row, errors: &mut Errors) -> bool {
        let mut ok = true;
        let names = || row.name.iter().chain(&row.aliases);
        for (index, name) in names().enumerate() {
            let value = name.value();
            let what = if index == 0 { "name" } else { "alias" };
            if value.trim().is_empty() {
                let hint = if index == 0 {
                    "leave it out, and give the variant with `as Variant`"
                } else {
                    "leave it out"
                };
                errors.at(name, format!("an empty {what}: {hint}"));
                ok = false;
            } else if let Some(first) = self
                .by_name
                .find(text_hash(value), |i| has_name(&model.rows[i], value))
            {
                errors.at(
                    name,
                    format!(
                        "{what} `{value}` is declared twice: first for code {}",
                        model.rows[first].code
                    ),
                );
                ok = false;
            } else if names().take(index).any(|earlier| earlier.value() == value) {
                errors.at(
                    name,
                    format!("alias `{value}` repeats a name of code {code}"),
                );
                ok = false;
            }
        }
        ok
    }

    fn check_variant(
        &self,
        model: &Model,
        variant: &Ident,
        variant_text: &str,
        row: &ast::Row,
        errors: &mut Errors,
    ) -> bool {
        let Some(first) = self.by_variant.find(text_hash(variant_text), |i| {
            model.rows[i].variant == *variant
        }) else {
            return true;
        };
        let first = &model.rows[first];
        errors.at(
            variant_tokens(row),
            format!(
                "variant `{variant}` is already the variant of `{}` (code {}): give one of them another with `as`",
                model_label(first),
                first.code
            ),
        );
        false
    }
}

/// An index of rows by the hash of a key: each entry a row's position and
/// the previous entry of the same hash, so that equal hashes of different
/// keys (which the caller tells apart) share no slot.
#[derive(Default)]
struct Seen {
    /// The last entry of each hash.
    last: HashMap<u64, usize, BuildHasherDefault<Prehashed>>,
    /// Each entry's row and the previous entry of its hash.
    entries: Vec<(usize, Option<usize>)>,
}

impl Seen {
    /// The row of hash `hash` that `is` accepts.
    fn find(&self, hash: u64, mut is: impl FnMut(usize) -> bool) -> Option<usize> {
        let mut at = self.last.get(&hash).copied();
        while let Some(entry) = at {
            let (row, previous) = self.entries[entry];
            if is(row) {
                return Some(row);
            }
            at = previous;
        }
        None
    }

    fn insert(&mut self, hash: u64, row: usize) {
        let previous = self.last.insert(hash, self.entries.len());
        self.entries.push((row, previous));
    }
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `u64`s are hashed; any other key is folded in all the same.
        for &byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(byte)).wrapping_mul(MIX);
        }
    }

    fn write_u64(&mut self, hash: u64) {
        self.0 = hash;
    }
}

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

/// A hash of `text`: the lookups' own, over every word (the keys are the
/// table's own: no adversary chooses them).
fn text_hash(text: &str) -> u64 {
    codes_core::__private::phf::hash_str(text, 0, true)
}

fn code_hash(code: &Code) -> u64 {
    match code {
        Code::Int(code) => {
            // Both halves of the i128, each mixed.
            let bits = *code as u128;
            let hash = ((bits as u64).wrapping_mul(MIX) ^ ((bits >> 64) as u64)).wrapping_mul(MIX);
            hash ^ (hash >> 29)
        }
        Code::Str(code) => text_hash(code),
    }
}

/// Whether `row` has the name or the alias `name`.
fn has_name(row: &RowModel, name: &str) -> bool {
    row.name.as_deref() == Some(name) || row.aliases.iter().any(|alias| alias == name)
}

/// How errors name an accepted row: its name, or its variant.
fn model_label(row: &RowModel) -> String {
    match &row.name {
        Some(name) => name.clone(),
        None => row.variant.to_string(),
    }
}

/// How errors name a row: `` `NAME` (code 7) `` or its variant.
fn row_label(row: &ast::Row, variant: &Ident) -> String {
    match &row.name {
        Some(name) => name.value().to_owned(),
        None => variant.to_string(),
    }
}

fn variant_tokens(row: &ast::Row) -> proc_macro2::TokenStream {
    row.variant
        .as_ref()
        .map_or_else(|| row.name.to_token_stream(), ToTokens::to_token_stream)
}

fn check_in_group(
    model: &Model,
    group: Option<usize>,
    code: &Code,
    tokens: &ast::Code,
    errors: &mut Errors,
) {
    let Some(group) = group.map(|g| &model.groups[g]) else {
        return;
    };
    if let Some(range) = &group.range {
        if !range.holds(code) {
            errors.at(
                &tokens.tokens,
                format!(
                    "code {code} lies outside the range {range} of group `{}`",
                    group.ident
                ),
            );
        }
    }
}

/// The row's variant, and its text: `as Variant`, or its name in
/// UpperCamelCase.
fn variant(
    row: &ast::Row,
    code: &Code,
    catch_all: &Ident,
    errors: &mut Errors,
) -> Option<(Ident, String)> {
    let (variant, text) = match (&row.variant, &row.name) {
        (Some(variant), _) => (variant.clone(), variant.to_string()),
        (None, Some(name)) if name.value().trim().is_empty() => {
            errors.at(
                name,
                "an empty name: leave it out, and give the variant with `as Variant`",
            );
            return None;
        }
        (None, Some(name)) => {
            let Some(converted) = variant_name(name.value()) else {
                errors.at(
                    name,
                    format!(
                        "`{}` does not make a valid variant name (`{}`): give one with `as VariantName`",
                        name.value(),
                        upper_camel(name.value())
                    ),
                );
                return None;
            };
            (Ident::new(&converted, name.span()), converted)
        }
        (None, None) => match code {
            // A string code names its variant, as a name would.
            Code::Str(string) => {
                let Some(converted) = variant_name(string) else {
                    errors.at(
                        &row.code.tokens,
                        format!(
                            "code {code} does not make a valid variant name (`{}`): give one with `as VariantName`",
                            upper_camel(string)
                        ),
                    );
                    return None;
                };
                (Ident::new(&converted, row.code.tokens.span()), converted)
            }
            Code::Int(_) => {
                errors.at(
                    &row.code.tokens,
                    format!("code {code} has no name: give the vendor's name, or a variant name with `as VariantName`"),
                );
                return None;
            }
        },
    };
    if variant == *catch_all {
        errors.at(
            variant_tokens(row),
            format!(
                "`{variant}` is the catch-all variant that holds unknown codes: rename the catch-all with `#[codes(unknown = Other)]`, or give this row another variant with `as`"
            ),
        );
        return None;
    }
    if !reserved::check_variant_named(&variant, &text, "a row's variant", errors) {
        return None;
    }
    Some((variant, text))
}

/// `text` in UpperCamelCase, as heck writes it, when that is an identifier
/// (one that `syn::Ident` parses: `Ident::new` would panic on others).
fn variant_name(text: &str) -> Option<String> {
    let converted = upper_camel(text);
    if !converted.is_ascii() {
        return syn::parse_str::<Ident>(&converted)
            .is_ok()
            .then_some(converted);
    }
    // Letters and digits alone: an identifier unless it is empty, starts
    // with a digit, or is `Self`, the only keyword with a capital.
    let valid = converted
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphabetic)
        && converted != "Self";
    valid.then_some(converted)
}

/// heck's `to_upper_camel_case` of `text` (heck's algorithm, without its
/// formatter and without heck in a user's build): words split at every
/// character other than letters and digits and where the case changes
/// (`fooBar`, `HTTPServer`), each capitalized.
fn upper_camel(text: &str) -> String {
    #[derive(Clone, Copy, PartialEq)]
    enum Mode {
        Boundary,
        Lower,
        Upper,
    }
    fn capitalize(out: &mut String, word: &str) {
        if word.is_ascii() {
            let mut bytes = word.bytes();
            out.extend(bytes.next().map(|b| char::from(b.to_ascii_uppercase())));
            out.extend(bytes.map(|b| char::from(b.to_ascii_lowercase())));
            return;
        }
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
        }
        let mut rest = chars.peekable();
        while let Some(c) = rest.next() {
            // A final capital sigma lowers to the final form, as heck has it.
            if c == 'Σ' && rest.peek().is_none() {
                out.push('ς');
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let mut chars = word.char_indices().peekable();
        let mut init = 0;
        let mut mode = Mode::Boundary;
        while let Some((i, c)) = chars.next() {
            let Some(&(next_i, next)) = chars.peek() else {
                capitalize(&mut out, &word[init..]);
                break;
            };
            let next_mode = if c.is_lowercase() {
                Mode::Lower
            } else if c.is_uppercase() {
                Mode::Upper
            } else {
                mode
            };
            if next_mode == Mode::Lower && next.is_uppercase() {
                capitalize(&mut out, &word[init..next_i]);
                init = next_i;
                mode = Mode::Boundary;
            } else if mode == Mode::Upper && c.is_uppercase() && next.is_lowercase() {
                capitalize(&mut out, &word[init..i]);
                init = i;
                mode = Mode::Boundary;
            } else {
                mode = next_mode;
            }
        }
    }
    out
}

fn description(lit: Option<ast::Str>, errors: &mut Errors) -> Option<String> {
    let lit = lit?;
    if lit.value().trim().is_empty() {
        errors.at(
            lit,
            "an empty description: leave it out when the vendor gives none",
        );
        return None;
    }
    Some(lit.into_value())
}

fn row_class(
    model: &Model,
    table_class: Option<Class>,
    group: Option<usize>,
    row: &ast::Row,
    code: &Code,
    errors: &mut Errors,
) -> RowClass {
    let given = match &row.class {
        Some(name) => given_class(name, errors),
        None => group.and_then(|g| model.groups[g].class).or(table_class),
    };
    match given {
        Some(class) => RowClass::Given(class),
        None if row.class.is_some() => RowClass::Given(Class::Unknown),
        None if model.http_requested => RowClass::Http,
        None => {
            errors.at(
                &row.code.tokens,
                format!(
                    "code {code} has no class: end the row with `=> class` ({CLASSES}), or give its group or the table a default class"
                ),
            );
            RowClass::Given(Class::Unknown)
        }
    }
}

/// The row's value of each column: its own, the column's default, or none
/// where the column is optional.
fn values(model: &Model, row: &ast::Row, errors: &mut Errors) -> Vec<Option<Value>> {
    let mut values: Vec<Option<Value>> = model.columns.iter().map(|c| c.default.clone()).collect();
    let mut given = vec![false; model.columns.len()];
    let (span, fields) = match &row.values {
        Some((span, fields)) => (Some(*span), fields.as_slice()),
        None => (None, &[][..]),
    };
    for field in fields {
        let Some(index) = model.columns.iter().position(|c| c.ident == field.column) else {
            let declared: Vec<String> = model
                .columns
                .iter()
                .map(|c| format!("`{}`", c.ident))
                .collect();
            let declared = if declared.is_empty() {
                "the table declares no columns (`column name: Type,` before the rows)".to_owned()
            } else {
                format!("the table's columns are {}", declared.join(", "))
            };
            errors.at(
                &field.column,
                format!("no column `{}`: {declared}", field.column),
            );
            continue;
        };
        if given[index] {
            errors.at(
                &field.column,
                format!("column `{}` is given twice", field.column),
            );
            continue;
        }
        given[index] = true;
        let column = &model.columns[index];
        values[index] = column_value(&field.value, column.ty, &column.ident, errors);
    }
    let missing: Vec<String> = model
        .columns
        .iter()
        .zip(&values)
        .zip(&given)
        .filter(|((column, value), given)| !column.optional && value.is_none() && !**given)
        .map(|((column, _), _)| format!("`{}`", column.ident))
        .collect();
    if !missing.is_empty() {
        let message = format!(
            "code {} needs a value for column{} {}",
            row.code.tokens,
            if missing.len() > 1 { "s" } else { "" },
            missing.join(", ")
        );
        match span {
            Some(span) => errors.push(syn::Error::new(span, message)),
            None => errors.at(&row.code.tokens, message),
        }
    }
    values
}

/// The code written as `code`, checked against the table's type.
fn code(code: &ast::Code, key: KeyType, errors: &mut Errors) -> Option<Code> {
    match (key, &code.string) {
        (KeyType::Str, Some(lit)) => {
            let value = lit.value().to_owned();
            if value.is_empty() {
                errors.at(
                    lit,
                    "an empty code: every code of a string-keyed table is a non-empty string",
                );
                return None;
            }
            Some(Code::Str(value))
        }
        (KeyType::Str, None) => {
            errors.at(
                &code.tokens,
                "this table's codes are strings (`&str`): write the code as a string literal, such as `\"ModelArts.4900\"`",
            );
            None
        }
        (KeyType::Int(int), Some(lit)) => {
            errors.at(
                lit,
                format!("this table's codes are integers of type {}: for string codes, declare the table `: &str`", int.name),
            );
            None
        }
        (KeyType::Int(int), None) => int_code(code, int, errors).map(Code::Int),
    }
}

fn int_code(code: &ast::Code, int: IntegerType, errors: &mut Errors) -> Option<i128> {
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
    let (lo, hi) = (int.min, int.max);
    match code.value {
        Some(value) if int.contains(value) => Some(value),
        Some(value) => {
            errors.at(
                &code.tokens,
                format!(
                    "code {value} does not fit the table's type {} ({lo}..={hi})",
                    int.name
                ),
            );
            None
        }
        None => {
            errors.at(
                &code.tokens,
                format!(
                    "this code does not fit the table's type {} ({lo}..={hi})",
                    int.name
                ),
            );
            None
        }
    }
}

fn range(range: &ast::Range, key: KeyType, errors: &mut Errors) -> Option<GroupRange> {
    match (&range.bounds, key) {
        (ast::Bounds::Ints(start, end), KeyType::Int(int)) => {
            let lo = int_code(start, int, errors)?;
            let hi = int_code(end, int, errors)?;
            if lo > hi {
                errors.at(
                    &range.tokens,
                    format!("empty range: {lo} is greater than {hi}"),
                );
                return None;
            }
            Some(GroupRange::Ints(lo, hi))
        }
        (ast::Bounds::Prefix(prefix), KeyType::Str) => {
            if prefix.value().is_empty() {
                errors.at(
                    prefix,
                    "an empty prefix holds every code: leave the range out",
                );
                return None;
            }
            Some(GroupRange::Prefix(prefix.value().to_owned()))
        }
        (ast::Bounds::Prefix(prefix), KeyType::Int(_)) => {
            errors.at(
                prefix,
                "a prefix is the range of a group of string codes: this table's codes are integers, give `(lo..=hi)`",
            );
            None
        }
        (ast::Bounds::Ints(..), KeyType::Str) => {
            errors.at(
                &range.tokens,
                "this table's codes are strings: a group's range is a prefix, such as `(\"ModelArts.\")`",
            );
            None
        }
    }
}

/// The class a row, a group or the table gives after `=>`.
fn given_class(name: &ast::ClassName, errors: &mut Errors) -> Option<Class> {
    if name.class.is_none() {
        errors.at(
            &name.ident,
            format!("unknown class `{}`: expected {CLASSES}", name.ident),
        );
    }
    name.class
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

#[cfg(test)]
mod tests {
    use super::*;
    use heck::ToUpperCamelCase;

    use proc_macro2::TokenStream;

    fn model(tokens: TokenStream) -> syn::Result<Model> {
        match validate(syn::parse2(tokens)?) {
            (_, Some(error)) => Err(error),
            (Some(model), None) => Ok(model),
            (None, None) => Err(syn::Error::new(proc_macro2::Span::call_site(), "no model")),
        }
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

    #[test]
    fn columns_aliases_and_deprecation_are_modelled() {
        let model = model(quote! {
            enum A: u16 => client_error {
                column http: u16,
                column note: Option<&'static str>,
                column source: &'static str = "page",
                #[codes(unlisted = retry)]
                group G (1..=9) {
                    #[codes(deprecated = "gone")]
                    2 TWO | DEUX | "Zwei" { http: 404, source: "proto" },
                    1 ONE { http: 200, note: "first" },
                }
            }
        })
        .unwrap();
        assert_eq!(model.columns.len(), 3);
        assert!(!model.columns[0].optional && model.columns[1].optional);
        assert_eq!(model.columns[2].default, Some(Value::Str("page".into())));
        assert_eq!(model.groups[0].unlisted, Some(Class::Retry));
        let (one, two) = (&model.rows[0], &model.rows[1]);
        assert_eq!(
            one.values,
            [
                Some(Value::Int(200)),
                Some(Value::Str("first".into())),
                Some(Value::Str("page".into()))
            ]
        );
        assert_eq!(
            two.values,
            [
                Some(Value::Int(404)),
                None,
                Some(Value::Str("proto".into()))
            ]
        );
        assert_eq!(two.aliases, ["DEUX", "Zwei"]);
        assert_eq!(two.deprecated, Some(Some("gone".into())));
        assert_eq!(one.deprecated, None);
    }

    #[test]
    fn a_broken_table_keeps_what_is_right() {
        let table = syn::parse2(quote! {
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
        assert_eq!(error.unwrap().into_iter().count(), 4);
        // An enum named like a primitive type: nothing to generate.
        let table = syn::parse2(quote!(enum str: u8 => success { 1 ONE })).unwrap();
        assert!(validate(table).0.is_none());
    }

    proptest::proptest! {
        /// Beyond ASCII too: letters of every case, digits, marks and
        /// separators, the final sigma.
        #[test]
        fn unicode_variant_names_are_hecks(text in "[a-zA-Zà-öÀ-ÖσςΣß0-9_ \\-\\p{Mn}\\p{Lo}\\p{Lt}]{0,16}") {
            proptest::prop_assert_eq!(upper_camel(&text), text.to_upper_camel_case());
        }

        /// The conversion is heck's, and the identifiers it accepts are
        /// those syn parses.
        #[test]
        fn variant_names_are_hecks_and_syns(text in "[A-Za-z0-9_ .:/-]{0,24}") {
            proptest::prop_assert_eq!(upper_camel(&text), text.to_upper_camel_case());
            let converted = text.to_upper_camel_case();
            let expected = syn::parse_str::<Ident>(&converted).is_ok().then_some(converted);
            proptest::prop_assert_eq!(variant_name(&text), expected);
        }
    }

    #[test]
    fn variant_names_of_every_shape() {
        for text in [
            "",
            "_",
            "__",
            "HTTPServer",
            "fooBar",
            "foo_bar",
            "FOO_BAR_2",
            "a1B2",
            "ABc",
            "self",
            "SELF",
            "Self",
            "7up",
            "Not Found",
            "I'm a teapot",
            "x-y.z",
            "été",
            "Straße_ß",
            "ΣΑΣ",
            "日本",
        ] {
            let converted = text.to_upper_camel_case();
            if text.is_ascii() {
                assert_eq!(upper_camel(text), converted, "{text:?}");
            }
            let expected = syn::parse_str::<Ident>(&converted)
                .is_ok()
                .then_some(converted);
            assert_eq!(variant_name(text), expected, "{text:?}");
        }
    }

    #[test]
    fn rows_of_equal_hashes_are_told_apart() {
        let mut seen = Seen::default();
        seen.insert(7, 0);
        seen.insert(7, 1);
        seen.insert(8, 2);
        assert_eq!(seen.find(7, |row| row == 0), Some(0));
        assert_eq!(seen.find(7, |row| row == 1), Some(1));
        assert_eq!(seen.find(7, |row| row == 2), None);
        assert_eq!(seen.find(9, |_| true), None);
        assert_ne!(text_hash("STATUS_A"), text_hash("STATUS_B"));
        assert_ne!(code_hash(&Code::Int(1)), code_hash(&Code::Int(-1)));
    }

    #[test]
    fn duplicates_are_found_among_many_rows() {
        let rows = (0..3000u32).map(|i| {
            let code = proc_macro2::Literal::u32_unsuffixed(i);
            let name = format_ident!("NAME_{}", i);
            quote!(#code #name,)
        });
        let found = errors(quote! {
            enum A: u16 => success {
                #(#rows)*
                2999 LAST,
                5000 NAME_17,
                5001 "Name 42",
                5002 NAME_2998 | NEW,
            }
        });
        assert_eq!(
            found,
            [
                "code 2999 is declared twice: first for `NAME_2999`",
                "code 2999 is first declared here (and again for `LAST`)",
                "name `NAME_17` is declared twice: first for code 17",
                "variant `Name17` is already the variant of `NAME_17` (code 17): give one of them another with `as`",
                "variant `Name42` is already the variant of `NAME_42` (code 42): give one of them another with `as`",
                "name `NAME_2998` is declared twice: first for code 2998",
                "variant `Name2998` is already the variant of `NAME_2998` (code 2998): give one of them another with `as`",
            ]
        );
    }
}
