//! The rows: each checked and added to the model, its code, names and
//! variant told apart from every other row's.

use codes_core::Class;
use proc_macro2::Ident;

use super::classes::row_class;
use super::codes::code;
use super::columns::values;
use super::ranges::check_in_group;
use super::variants::{variant, variant_tokens};
use crate::ast;
use crate::errors::Errors;
use crate::hash_index::{Seen, code_hash, text_hash};
use crate::model::{Code, Model, RowModel};
use crate::options::{self, Place};

/// The rows seen so far, by code, name (and alias) and variant, for the
/// duplicate checks: each index holds positions in `Model::rows`, found by a
/// hash of the key and told apart by comparing the rows' own values, so that
/// no key is copied.
#[derive(Default)]
pub(super) struct Rows {
    by_code: Seen,
    by_name: Seen,
    by_variant: Seen,
    /// The tokens of each accepted row's code, by its position in
    /// `Model::rows`, for the error at a code's first declaration.
    code_tokens: Vec<proc_macro2::TokenStream>,
}

impl Rows {
    pub(super) fn add(
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
            & self.check_alias_codes(model, &code, &row, errors)
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
        if matches!(code, Code::Str(_)) {
            for alias in &row.aliases {
                self.by_code.insert(text_hash(alias.value()), index);
            }
        }
        self.by_variant.insert(text_hash(&variant_text), index);
        self.code_tokens.push(row.code.tokens);
        let mut cfgs = model.group_cfgs(group).to_vec();
        cfgs.extend(attrs.cfgs);
        let mut aliases = Vec::with_capacity(row.aliases.len());
        for alias in row.aliases {
            aliases.push(alias.into_value());
        }
        model.rows.push(RowModel {
            code,
            name: row.name.map(ast::Name::into_value),
            aliases,
            variant,
            description,
            class,
            deprecated: attrs
                .options
                .deprecated
                .map(|note| note.map(|lit| lit.into_value())),
            generic: attrs.options.generic.is_some(),
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
            .find(code_hash(code), &|i| has_code(&model.rows[i], code))
        else {
            return true;
        };
        let first_row = &model.rows[first];
        let as_alias = if first_row.code == *code {
            ""
        } else {
            ", as an alias"
        };
        errors.at(
            &row.code.tokens,
            format!(
                "code {} is declared twice: first for `{}`{as_alias}",
                code.quoted(),
                model_label(first_row)
            ),
        );
        errors.at(
            &self.code_tokens[first],
            format!(
                "code {} is first declared here{as_alias} (and again for `{}`)",
                code.quoted(),
                row_label(row, variant)
            ),
        );
        false
    }

    /// In a string-keyed table a row's aliases are codes too (a vendor may
    /// send any of them): none the row's own code or another row's code or
    /// alias.
    fn check_alias_codes(
        &self,
        model: &Model,
        code: &Code,
        row: &ast::Row,
        errors: &mut Errors,
    ) -> bool {
        if !matches!(code, Code::Str(_)) {
            return true;
        }
        let mut ok = true;
        for alias in &row.aliases {
            let value = alias.value();
            let as_code = Code::Str(value.to_owned());
            if as_code == *code {
                errors.at(
                    alias,
                    format!("alias `{value}` repeats the row's code: leave it out"),
                );
                ok = false;
            } else if let Some(first) = self
                .by_code
                .find(text_hash(value), &|i| has_code(&model.rows[i], &as_code))
            {
                errors.at(
                    alias,
                    format!(
                        "code {} is declared twice: first for `{}` (an alias of a \
                         string-keyed row is a code too)",
                        as_code.quoted(),
                        model_label(&model.rows[first])
                    ),
                );
                ok = false;
            }
        }
        ok
    }

    /// The name and the aliases: none empty, none another row's (or this
    /// row's) name or alias.
    fn check_names(&self, model: &Model, code: &Code, row: &ast::Row, errors: &mut Errors) -> bool {
        let mut ok = true;
        let mut names = Vec::with_capacity(1 + row.aliases.len());
        if let Some(name) = &row.name {
            names.push(name);
        }
        for alias in &row.aliases {
            names.push(alias);
        }
        for (index, &name) in names.iter().enumerate() {
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
                .find(text_hash(value), &|i| has_name(&model.rows[i], value))
            {
                errors.at(
                    name,
                    format!(
                        "{what} `{value}` is declared twice: first for code {}",
                        model.rows[first].code.quoted()
                    ),
                );
                ok = false;
            } else if names[..index]
                .iter()
                .any(|earlier| earlier.value() == value)
            {
                errors.at(
                    name,
                    format!("alias `{value}` repeats a name of code {}", code.quoted()),
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
        let Some(first) = self.by_variant.find(text_hash(variant_text), &|i| {
            model.rows[i].variant == *variant
        }) else {
            return true;
        };
        let first = &model.rows[first];
        errors.at(
            &variant_tokens(row),
            format!(
                "variant `{variant}` is already the variant of `{}` (code {}): give one of them another with `as`",
                model_label(first),
                first.code.quoted()
            ),
        );
        false
    }
}

/// Whether `row` has the code `code`: its own, or in a string-keyed table
/// one of its aliases.
fn has_code(row: &RowModel, code: &Code) -> bool {
    row.code == *code
        || matches!(code, Code::Str(text) if row.aliases.iter().any(|alias| alias == text))
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

fn description(lit: Option<ast::Str>, errors: &mut Errors) -> Option<String> {
    let lit = lit?;
    if lit.value().trim().is_empty() {
        errors.at(
            &lit,
            "an empty description: leave it out when the vendor gives none",
        );
        return None;
    }
    Some(lit.into_value())
}

#[cfg(test)]
mod tests {
    use codes_core::Class;
    use quote::{format_ident, quote};

    use super::super::tests::{errors, model};
    use crate::model::Value;

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
