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
            Some(message) => join(message.start, message.end),
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
                let mut texts = Vec::with_capacity(many.len());
                for message in many {
                    texts.push(message.text.as_str());
                }
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
    join(start, end)
}

/// `start` to `end` where the compiler can join spans, else `start`.
fn join(start: Span, end: Span) -> Span {
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
    /// Adds `error`'s messages after those gathered.
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

    /// Every message gathered, in one error; `None` when there is none.
    pub fn into_error(self) -> Option<Error> {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(span: Span) -> std::ops::Range<usize> {
        span.byte_range()
    }

    /// `::core::compile_error! { "message" }`: the path and `!` at the
    /// start, the braces and the message at the end, as syn writes it.
    #[test]
    fn compile_errors_are_written_as_syn_writes_them() {
        let tokens: TokenStream = "first middle last".parse().unwrap();
        let mut error = Error::new_spanned(tokens, "spans three");
        error.combine(Error::new(Span::call_site(), "at the call site"));
        assert_eq!(
            error.messages().collect::<Vec<_>>(),
            ["spans three", "at the call site"]
        );
        assert_eq!(error.to_string(), "spans three");
        let written: Vec<TokenTree> = error.to_compile_error().into_iter().collect();
        assert_eq!(written.len(), 16);
        assert_eq!(
            error.to_compile_error().to_string(),
            ":: core :: compile_error ! { \"spans three\" } :: core :: compile_error ! { \"at the call site\" }"
        );
        let spacings: Vec<Spacing> = written[..7]
            .iter()
            .filter_map(|tree| match tree {
                TokenTree::Punct(punct) => Some(punct.spacing()),
                _ => None,
            })
            .collect();
        assert_eq!(
            spacings,
            [
                Spacing::Joint,
                Spacing::Alone,
                Spacing::Joint,
                Spacing::Alone,
                Spacing::Alone
            ]
        );
        for tree in &written[..7] {
            assert_eq!(place(tree.span()), 0..5, "{tree}");
        }
        let TokenTree::Group(braces) = &written[7] else {
            panic!("braces")
        };
        assert_eq!(place(braces.span()), 13..17);
        let message = braces.stream().into_iter().next().unwrap();
        assert_eq!(place(message.span()), 13..17);
    }

    #[test]
    fn an_error_about_no_tokens_is_at_the_call_site() {
        let error = Error::new_spanned(TokenStream::new(), "nothing");
        assert_eq!(place(error.span()), place(Span::call_site()));
        assert_eq!(format!("{error:?}"), "Error(\"nothing\")");
    }

    #[test]
    fn errors_gather_in_order() {
        let tokens: TokenStream = "a b".parse().unwrap();
        let mut errors = Errors::default();
        errors.at(&tokens, "first");
        errors.at(&tokens, format!("second {}", 2));
        let error = errors.into_error().unwrap();
        assert_eq!(error.messages().collect::<Vec<_>>(), ["first", "second 2"]);
        assert_eq!(place(error.span()), 0..3);
        assert!(Errors::default().into_error().is_none());
    }
}
