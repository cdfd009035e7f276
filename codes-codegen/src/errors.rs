//! [`Error`]: a table's mistakes, each a message at the tokens it is about;
//! [`Errors`]: every mistake of a table, gathered so that one expansion
//! reports them all.
//!
//! An error is written out as syn writes its errors, so that a table
//! author sees each message where syn put it: `::core::compile_error! {
//! "message" }`, the path and `!` at the first token the message is about,
//! the braces and the string at the last.

use std::fmt;

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

use crate::ast::{Name, Str};
use crate::parse::Lit;
use crate::syntax::{Attribute, Path};

/// A result whose error is an [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// One or more messages, each spanning the tokens it is about.
#[derive(Clone)]
pub struct Error {
    messages: Vec<Message>,
}

#[derive(Clone)]
struct Message {
    start: Span,
    end: Span,
    text: String,
}

impl Error {
    /// A message at `span`.
    pub fn new(span: Span, message: impl fmt::Display) -> Error {
        Error::spanning(span, span, message.to_string())
    }

    /// A message spanning `tokens`, from the first token to the last (at
    /// the call site when there are none), as `syn::Error::new_spanned`.
    pub fn new_spanned(tokens: TokenStream, message: impl fmt::Display) -> Error {
        let (start, end) = tokens.spans();
        Error::spanning(start, end, message.to_string())
    }

    /// A message from `start` to `end`.
    pub(crate) fn spanning(start: Span, end: Span, text: String) -> Error {
        Error {
            messages: vec![Message { start, end, text }],
        }
    }

    /// Adds `other`'s messages after these.
    pub fn combine(&mut self, other: Error) {
        self.messages.extend(other.messages);
    }

    /// Every message, in order.
    pub fn messages(&self) -> impl Iterator<Item = &str> {
        self.messages.iter().map(|message| message.text.as_str())
    }

    /// Where the first message starts (its whole span where the compiler
    /// can join spans).
    pub fn span(&self) -> Span {
        match self.messages.first() {
            Some(message) => message.start.join(message.end).unwrap_or(message.start),
            None => Span::call_site(),
        }
    }

    /// `::core::compile_error! { "message" }` for each message, as syn
    /// writes them.
    pub fn to_compile_error(&self) -> TokenStream {
        let mut tokens = Vec::with_capacity(8 * self.messages.len());
        for message in &self.messages {
            let start = message.start;
            let punct = |ch, spacing| {
                let mut punct = Punct::new(ch, spacing);
                punct.set_span(start);
                TokenTree::Punct(punct)
            };
            tokens.push(punct(':', Spacing::Joint));
            tokens.push(punct(':', Spacing::Alone));
            tokens.push(TokenTree::Ident(Ident::new("core", start)));
            tokens.push(punct(':', Spacing::Joint));
            tokens.push(punct(':', Spacing::Alone));
            tokens.push(TokenTree::Ident(Ident::new("compile_error", start)));
            tokens.push(punct('!', Spacing::Alone));
            let mut text = Literal::string(&message.text);
            text.set_span(message.end);
            let mut group = Group::new(Delimiter::Brace, TokenTree::Literal(text).into());
            group.set_span(message.end);
            tokens.push(TokenTree::Group(group));
        }
        tokens.into_iter().collect()
    }

    /// [`Error::to_compile_error`], taking the error.
    pub fn into_compile_error(self) -> TokenStream {
        self.to_compile_error()
    }
}

impl fmt::Display for Error {
    /// The first message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.messages().next().unwrap_or_default())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.messages.as_slice() {
            [one] => f.debug_tuple("Error").field(&one.text).finish(),
            many => {
                let texts: Vec<&str> = many.iter().map(|m| m.text.as_str()).collect();
                f.debug_tuple("Error").field(&texts).finish()
            }
        }
    }
}

impl std::error::Error for Error {}

/// The span of `tokens` from the first to the last where the compiler can
/// join spans, else the first's (as syn's `Spanned` has it).
pub fn joined_span(tokens: &TokenStream) -> Span {
    let (start, end) = tokens.spans();
    start.join(end).unwrap_or(start)
}

/// What an error can be about: the spans of its first and last tokens.
pub trait Spanned {
    /// The first token's span and the last's.
    fn spans(&self) -> (Span, Span);
}

impl Spanned for TokenStream {
    fn spans(&self) -> (Span, Span) {
        let mut trees = self.clone().into_iter();
        let start = trees
            .next()
            .map_or_else(Span::call_site, |tree| tree.span());
        let end = trees.last().map_or(start, |tree| tree.span());
        (start, end)
    }
}

impl Spanned for Ident {
    fn spans(&self) -> (Span, Span) {
        (self.span(), self.span())
    }
}

impl Spanned for Literal {
    fn spans(&self) -> (Span, Span) {
        (self.span(), self.span())
    }
}

impl Spanned for Lit {
    fn spans(&self) -> (Span, Span) {
        (self.token.span(), self.token.span())
    }
}

impl Spanned for Str {
    fn spans(&self) -> (Span, Span) {
        self.token.spans()
    }
}

impl Spanned for Name {
    fn spans(&self) -> (Span, Span) {
        (self.span(), self.span())
    }
}

impl Spanned for Attribute {
    fn spans(&self) -> (Span, Span) {
        self.tokens().spans()
    }
}

impl Spanned for Path {
    fn spans(&self) -> (Span, Span) {
        self.tokens().spans()
    }
}

impl<T: Spanned + ?Sized> Spanned for &T {
    fn spans(&self) -> (Span, Span) {
        (**self).spans()
    }
}

/// Accumulates errors so that one expansion reports every mistake.
#[derive(Default)]
pub struct Errors(Option<Error>);

impl Errors {
    pub fn push(&mut self, error: Error) {
        match &mut self.0 {
            Some(first) => first.combine(error),
            None => self.0 = Some(error),
        }
    }

    /// An error spanning `tokens`.
    pub fn at(&mut self, tokens: &dyn Spanned, message: impl fmt::Display) {
        let (start, end) = tokens.spans();
        self.push(Error::spanning(start, end, message.to_string()));
    }

    pub fn into_error(self) -> Option<Error> {
        self.0
    }
}
