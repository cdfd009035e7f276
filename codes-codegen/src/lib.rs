//! The expansion of `status_codes!`, on `proc_macro2` token streams so that it
//! runs, and is tested and benchmarked, outside the compiler.
//!
//! It works in three steps, each in its own module:
//! 1. `ast` parses the table as written, keeping every token's span;
//! 2. `validate` checks every rule a table must follow and builds the plain
//!    `model`, reporting all mistakes at once, each at its token;
//! 3. `generate` writes the enum and its impls from the model.
//!
//! The `codes-macros` crate is a thin `proc_macro` shim over [`expand`]; the
//! table syntax is documented there.

mod ast;
mod generate;
mod model;
mod phf;
mod validate;

use proc_macro2::TokenStream;

/// Expands a table into the generated code, or into `compile_error!`s that
/// point at each mistake. Never panics.
#[must_use]
pub fn expand(input: TokenStream) -> TokenStream {
    try_expand(input).unwrap_or_else(syn::Error::into_compile_error)
}

/// Expands a table into the generated code.
///
/// # Errors
///
/// Every mistake in the table, each spanning the offending tokens.
pub fn try_expand(input: TokenStream) -> syn::Result<TokenStream> {
    let table: ast::Table = syn::parse2(input)?;
    let model = validate::validate(table)?;
    Ok(generate::generate(&model))
}
