//! A cursor over a table's tokens, which reads them as syn's `ParseStream`
//! does where a table author can tell: the same tokens taken, the same
//! messages (`expected identifier`, `expected `,``, `unexpected end of
//! input, ...`) at the same spans.
//!
//! Like syn's, the cursor sees through the invisible groups a
//! `macro_rules!` fragment (`$code:literal`) is passed in: their tokens are
//! read as if written in their place.

mod lit;

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};

pub use self::lit::{Lit, LitValue, Str, str_value};
use crate::errors::{Error, Result};
use crate::names::accepted_as_ident;

/// The tokens of one level (the input, or a group's content), and the
/// position of the next.
pub struct Cursor {
    tokens: Vec<TokenTree>,
    pos: usize,
    /// The span of the enclosing group (the call site at the top level), for
    /// `prev_span` before the first token.
    whole: Span,
    /// Where the input ends: the enclosing group's closing delimiter, or the
    /// call site at the top level (where syn puts "unexpected end of
    /// input").
    end: Span,
}

impl Cursor {
    /// A cursor at the start of a macro's input.
    pub fn new(input: TokenStream) -> Cursor {
        Cursor::within(input, Span::call_site(), Span::call_site())
    }

    /// A cursor at the start of `group`'s content.
    pub fn content(group: &Group) -> Cursor {
        Cursor::within(group.stream(), group.span(), group.span_close())
    }

    fn within(input: TokenStream, whole: Span, end: Span) -> Cursor {
        let mut tokens = Vec::new();
        splice(input, &mut tokens);
        Cursor {
            tokens,
            pos: 0,
            whole,
            end,
        }
    }

    /// The next token.
    pub fn peek(&self) -> Option<&TokenTree> {
        self.tokens.get(self.pos)
    }

    /// The token after the next.
    pub fn peek2(&self) -> Option<&TokenTree> {
        self.tokens.get(self.pos + 1)
    }

    /// Whether every token has been read.
    pub fn is_empty(&self) -> bool {
        self.pos >= self.tokens.len()
    }

    /// Takes the next token.
    pub fn next(&mut self) -> Option<TokenTree> {
        let tree = self.tokens.get(self.pos).cloned();
        self.pos += usize::from(tree.is_some());
        tree
    }

    /// Skips `n` tokens (those left, if fewer).
    pub fn skip(&mut self, n: usize) {
        self.pos = self.tokens.len().min(self.pos + n);
    }

    /// Takes every token left.
    pub fn rest(&mut self) -> TokenStream {
        let rest = self.tokens.get(self.pos..).unwrap_or_default();
        self.pos = self.tokens.len();
        rest.iter().cloned().collect()
    }

    /// The span of the next token (a group's opening delimiter), or where
    /// the input ends.
    pub fn span(&self) -> Span {
        match self.peek() {
            None => self.end,
            Some(TokenTree::Group(group)) => group.span_open(),
            Some(tree) => tree.span(),
        }
    }

    /// The span of the last token taken (a group's closing delimiter).
    pub fn prev_span(&self) -> Span {
        match self
            .pos
            .checked_sub(1)
            .and_then(|prev| self.tokens.get(prev))
        {
            None => self.whole,
            Some(TokenTree::Group(group)) => group.span_close(),
            Some(tree) => tree.span(),
        }
    }

    /// An error at the next token, as syn's `ParseStream::error` makes one:
    /// at the end of the input, "unexpected end of input, " and the message,
    /// where the input ends.
    pub fn error(&self, message: &str) -> Error {
        if self.is_empty() {
            Error::new(self.end, format!("unexpected end of input, {message}"))
        } else {
            Error::new(self.span(), message)
        }
    }

    /// Whether the punctuation `op` comes next: its characters, each but the
    /// last joined to the next (`::`, `=>`, `..=`).
    pub fn peek_punct(&self, op: &str) -> bool {
        let last = op.len().saturating_sub(1);
        for (i, c) in op.chars().enumerate() {
            match self.tokens.get(self.pos + i) {
                Some(TokenTree::Punct(punct)) if punct.as_char() == c => {
                    if i == last {
                        return true;
                    }
                    if punct.spacing() != Spacing::Joint {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        false
    }

    /// Takes the punctuation `op` if it comes next.
    pub fn eat_punct(&mut self, op: &str) -> bool {
        let found = self.peek_punct(op);
        if found {
            self.pos += op.len();
        }
        found
    }

    /// Takes the punctuation `op` if it comes next, and writes it to `out`
    /// as syn writes its tokens: each character at its span, all but the
    /// last joined.
    pub fn punct_into(&mut self, op: &str, out: &mut Vec<TokenTree>) -> bool {
        if !self.peek_punct(op) {
            return false;
        }
        let last = op.len().saturating_sub(1);
        for (i, c) in op.chars().enumerate() {
            let spacing = if i == last {
                Spacing::Alone
            } else {
                Spacing::Joint
            };
            let mut punct = Punct::new(c, spacing);
            punct.set_span(self.span());
            out.push(TokenTree::Punct(punct));
            self.pos += 1;
        }
        true
    }

    /// Takes the punctuation `op`, which must come next.
    ///
    /// # Errors
    ///
    /// "expected `op`", as syn says it: at the first punctuation that is not
    /// `op`'s, or at the next token.
    pub fn expect_punct(&mut self, op: &str) -> Result<()> {
        if self.eat_punct(op) {
            return Ok(());
        }
        let span = match self.peek() {
            Some(TokenTree::Punct(punct)) => punct.span(),
            _ => self.span(),
        };
        Err(Error::new(span, format!("expected `{op}`")))
    }

    /// Whether the identifier `word` (a keyword, say) comes next.
    pub fn peek_keyword(&self, word: &str) -> bool {
        matches!(self.peek(), Some(TokenTree::Ident(ident)) if ident == word)
    }

    /// Takes the identifier `word` if it comes next.
    pub fn eat_keyword(&mut self, word: &str) -> bool {
        let found = self.peek_keyword(word);
        self.pos += usize::from(found);
        found
    }

    /// Whether an identifier that is no keyword comes next.
    pub fn peek_ident(&self) -> bool {
        matches!(self.peek(), Some(TokenTree::Ident(ident)) if accepted_as_ident(&ident.to_string()))
    }

    /// Takes the next token if it is an identifier, keywords included.
    pub fn any_ident(&mut self) -> Option<Ident> {
        match self.peek() {
            Some(TokenTree::Ident(ident)) => {
                let ident = ident.clone();
                self.pos += 1;
                Some(ident)
            }
            _ => None,
        }
    }

    /// Takes an identifier that is no keyword, as syn's `Ident` parses one.
    ///
    /// # Errors
    ///
    /// "expected identifier", or "expected identifier, found keyword `...`".
    pub fn ident(&mut self) -> Result<Ident> {
        match self.peek() {
            Some(TokenTree::Ident(ident)) => {
                let text = ident.to_string();
                if !accepted_as_ident(&text) {
                    let message = format!("expected identifier, found keyword `{text}`");
                    return Err(self.error(&message));
                }
                let ident = ident.clone();
                self.pos += 1;
                Ok(ident)
            }
            _ => Err(self.error("expected identifier")),
        }
    }

    /// Takes the group in `delimiter`s that comes next, if one does.
    pub fn group(&mut self, delimiter: Delimiter) -> Option<Group> {
        match self.peek() {
            Some(TokenTree::Group(group)) if group.delimiter() == delimiter => {
                let group = group.clone();
                self.pos += 1;
                Some(group)
            }
            _ => None,
        }
    }

    /// Takes the string literal that comes next, if one does.
    pub fn str(&mut self) -> Option<Str> {
        let Some(TokenTree::Literal(token)) = self.peek() else {
            return None;
        };
        let LitValue::Str(value) = lit::read(token) else {
            return None;
        };
        let token = token.clone();
        self.pos += 1;
        Some(Str { token, value })
    }

    /// Whether a string literal comes next.
    pub fn peek_str(&self) -> bool {
        matches!(self.peek(), Some(TokenTree::Literal(token)) if matches!(lit::read(token), LitValue::Str(_)))
    }

    /// Takes a string literal, as syn's `LitStr` parses one.
    ///
    /// # Errors
    ///
    /// "expected string literal".
    pub fn expect_str(&mut self) -> Result<Str> {
        self.str()
            .ok_or_else(|| self.error("expected string literal"))
    }

    /// Takes the literal that comes next, as syn's `Lit` parses one: a
    /// literal token, `true` or `false`, or `-` and a number (read as one
    /// negative number).
    pub fn lit(&mut self) -> Option<Lit> {
        let (lit, len) = match (self.peek(), self.peek2()) {
            (Some(TokenTree::Literal(token)), _) => {
                let value = lit::read(token);
                let token = TokenTree::Literal(token.clone());
                (Lit { token, value }, 1)
            }
            (Some(TokenTree::Ident(ident)), _) if ident == "true" || ident == "false" => {
                let value = LitValue::Bool(ident == "true");
                let token = TokenTree::Ident(ident.clone());
                (Lit { token, value }, 1)
            }
            (Some(TokenTree::Punct(minus)), Some(TokenTree::Literal(token)))
                if minus.as_char() == '-' =>
            {
                (lit::negative(minus.span(), token)?, 2)
            }
            _ => return None,
        };
        self.pos += len;
        Some(lit)
    }

    /// Takes the integer literal that comes next, as syn's `LitInt` parses
    /// one, if one does.
    pub fn int(&mut self) -> Option<Lit> {
        let start = self.pos;
        match self.lit() {
            Some(lit) if matches!(lit.value, LitValue::Int { .. }) => Some(lit),
            _ => {
                self.pos = start;
                None
            }
        }
    }
}

/// Appends `input`'s tokens to `tokens`, those of invisible groups in their
/// place.
fn splice(input: TokenStream, tokens: &mut Vec<TokenTree>) {
    for tree in input {
        match tree {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                splice(group.stream(), tokens);
            }
            tree => tokens.push(tree),
        }
    }
}
