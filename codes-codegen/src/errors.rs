//! [`Errors`]: every mistake of a table, gathered so that one expansion
//! reports them all.

use quote::ToTokens;

/// Accumulates errors so that one expansion reports every mistake.
#[derive(Default)]
pub struct Errors(Option<syn::Error>);

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(first) => first.combine(error),
            None => self.0 = Some(error),
        }
    }

    /// An error spanning `tokens`.
    pub fn at(&mut self, tokens: impl ToTokens, message: impl std::fmt::Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    pub fn into_error(self) -> Option<syn::Error> {
        self.0
    }
}
