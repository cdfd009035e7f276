//! The expansion of `status_codes!`, on `proc_macro2` token streams so that it
//! runs, and is tested and benchmarked, outside the compiler.
//!
//! It works in three steps, each in its own module:
//! 1. `ast` parses the table as written, keeping every token's span, with
//!    `parse`'s cursor over the tokens (no parser library: syn cost a
//!    user's build 0.6 s of CPU; the messages and spans are syn's);
//! 2. `validate` checks every rule a table must follow and builds the plain
//!    `model`, reporting all mistakes at once, each at its token;
//! 3. `generate` writes the enum and its impls from the model, filling
//!    templates (`generate::template`: Rust text with `$name` holes; no
//!    `quote!`, whose expansions were a quarter of this crate's build).
//!
//! [`table`] holds the plain types the workspace shares (codes, ranges,
//! key and column types, values) and the one printer of `status_codes!`
//! text, which the tools that write tables use; [`names`] the rules for
//! names; [`Error`] a table's mistakes, each at its tokens.
//!
//! The `codes-macros` crate is a thin `proc_macro` shim over [`expand`]; the
//! table syntax is documented there.

mod ast;
mod errors;
mod generate;
mod hash_index;
mod model;
pub mod names;
mod options;
mod order;
mod parse;
mod reserved;
mod syntax;
pub mod table;
mod validate;

pub use errors::{Error, Result};
use proc_macro2::TokenStream;

/// `items` separated by `, ` (a loop: `[String]::join` would compile some
/// 2,000 lines of LLVM IR into every user's build of the macro).
pub(crate) fn comma_separated(items: &[String]) -> String {
    let mut out = String::new();
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        out.push_str(item);
    }
    out
}

/// Expands a table into the generated code. A table with mistakes expands to
/// a `compile_error!` at each mistake and, beside them, the enum with the
/// rows that are right (so that tools reading the code, such as
/// rust-analyzer, keep seeing it while the author edits the table); a table
/// whose header cannot be read expands to the errors alone. Never panics.
#[must_use]
pub fn expand(input: TokenStream) -> TokenStream {
    let table = match ast::parse(input) {
        Ok(table) => table,
        Err(error) => return error.into_compile_error(),
    };
    let (model, error) = validate::validate(table);
    let mut out = error.map_or_else(TokenStream::new, Error::into_compile_error);
    if let Some(model) = &model {
        out.extend([generate::generate(model)]);
    }
    out
}

/// Expands a table into the generated code, only if it has no mistake.
///
/// # Errors
///
/// Every mistake in the table, each spanning the offending tokens.
pub fn try_expand(input: TokenStream) -> Result<TokenStream> {
    let table = ast::parse(input)?;
    match validate::validate(table) {
        (_, Some(error)) => Err(error),
        (model, None) => Ok(model.as_ref().map(generate::generate).unwrap_or_default()),
    }
}
