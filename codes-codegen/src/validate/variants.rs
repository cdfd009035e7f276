//! Each row's variant: the one it gives with `as`, or its name (or string
//! code) converted.

use proc_macro2::{Ident, TokenStream, TokenTree};

use crate::ast;
use crate::errors::Errors;
use crate::model::Code;
use crate::names::{upper_camel, variant_name};
use crate::reserved;

pub(super) fn variant_tokens(row: &ast::Row) -> TokenStream {
    let token = match (&row.variant, &row.name) {
        (Some(variant), _) => TokenTree::from(variant.clone()),
        (None, Some(name)) => match &name.token {
            ast::NameToken::Ident(ident) => TokenTree::from(ident.clone()),
            ast::NameToken::Str(lit) => TokenTree::from(lit.clone()),
        },
        (None, None) => return TokenStream::new(),
    };
    TokenStream::from(token)
}

/// The row's variant, and its text: `as Variant`, or its name in
/// UpperCamelCase.
pub(super) fn variant(
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
                            "code {} does not make a valid variant name (`{}`): give one with `as VariantName`",
                            code.quoted(),
                            upper_camel(string)
                        ),
                    );
                    return None;
                };
                (
                    Ident::new(&converted, crate::errors::joined_span(&row.code.tokens)),
                    converted,
                )
            }
            Code::Int(_) => {
                errors.at(
                    &row.code.tokens,
                    format!("code {} has no name: give the vendor's name, or a variant name with `as VariantName`", code.quoted()),
                );
                return None;
            }
        },
    };
    if variant == *catch_all {
        errors.at(
            &variant_tokens(row),
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
