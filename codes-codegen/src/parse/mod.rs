//! A cursor over a table's tokens, which reads them as syn's `ParseStream`
//! does where a table author can tell: the same tokens taken, the same
//! messages ("expected identifier", "expected \`,\`", "unexpected end of
//! input, ...") at the same spans. Plain functions on concrete types, no
//! parser combinators: the macro's own build stays short.
//!
//! Like syn's, the cursor sees through the invisible groups a
//! `macro_rules!` fragment (`$code:literal`) is passed in: their tokens are
//! read as if written in their place, while errors point at the groups and
//! a token tree read whole (a column's type) is the group, as with syn. An
//! empty invisible group (an empty `$vis:vis`) is skipped: syn, which stops
//! at one in a few places, read it the same way before `enum`, where such a
//! fragment goes.

mod lit;

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};

#[cfg(test)]
pub use self::lit::str_value;
pub use self::lit::{Lit, LitValue, Str};
use crate::errors::{Error, Result};
use crate::names::accepted_as_ident;

/// The tokens of one level (the input, or a group's content), and the
/// position of the next.
pub struct Cursor {
    tokens: Vec<TokenTree>,
    /// Where invisible groups were: see [`Invisible`].
    invisible: Invisible,
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
        let (mut tokens, mut invisible) = (Vec::new(), Invisible::default());
        splice(input, &mut tokens, &mut invisible);
        Cursor {
            tokens,
            invisible,
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

    /// The next token tree as syn reads one whole: an invisible group is
    /// one tree, not its tokens.
    pub fn peek_tree(&self) -> Option<TokenTree> {
        match self.invisible.open(self.pos) {
            Some((group, _)) => Some(TokenTree::Group(group.clone())),
            None => self.peek().cloned(),
        }
    }

    /// Skips the tree [`Cursor::peek_tree`] sees.
    pub fn skip_tree(&mut self) {
        let len = self.invisible.open(self.pos).map_or(1, |(_, len)| len);
        self.skip(len);
    }

    /// Takes every token tree left, each read whole.
    pub fn rest(&mut self) -> TokenStream {
        let mut rest = Vec::new();
        while let Some(tree) = self.peek_tree() {
            self.skip_tree();
            rest.push(tree);
        }
        rest.into_iter().collect()
    }

    /// The span of the next token (a group's opening delimiter), or where
    /// the input ends.
    pub fn span(&self) -> Span {
        if let Some((group, _)) = self.invisible.open(self.pos) {
            return group.span_open();
        }
        match self.peek() {
            None => self.end,
            Some(TokenTree::Group(group)) => group.span_open(),
            Some(tree) => tree.span(),
        }
    }

    /// The span of the last token taken (a group's closing delimiter).
    pub fn prev_span(&self) -> Span {
        let prev = self.pos.checked_sub(1);
        if let Some(close) = prev.and_then(|prev| self.invisible.close(prev)) {
            return close;
        }
        match prev.and_then(|prev| self.tokens.get(prev)) {
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
            // The punctuation's own span (not that of an invisible group
            // opening there, which `span` gives).
            if let Some(written) = self.peek() {
                punct.set_span(written.span());
            }
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

/// The invisible groups whose tokens a cursor reads in their place, where
/// syn still sees them: an error at a group's first token is at the group's
/// opening, the span before the token after a group is the group's closing,
/// and a token tree read whole (a column's type) is the group (the
/// outermost, where several open or close at one token).
#[derive(Default)]
struct Invisible {
    /// The positions of groups' first tokens, with the groups and the
    /// number of tokens they hold.
    opens: Vec<(usize, Group, usize)>,
    /// The positions of groups' last tokens, with the groups' closings.
    closes: Vec<(usize, Span)>,
}

impl Invisible {
    /// The outermost group whose first token is at `pos`, and its length.
    fn open(&self, pos: usize) -> Option<(&Group, usize)> {
        // The last noted: groups are noted after the groups inside them.
        self.opens
            .iter()
            .rev()
            .find(|(at, _, _)| *at == pos)
            .map(|(_, group, len)| (group, *len))
    }

    /// The closing of the outermost group whose last token is at `pos`.
    fn close(&self, pos: usize) -> Option<Span> {
        self.closes
            .iter()
            .rev()
            .find(|(at, _)| *at == pos)
            .map(|(_, span)| *span)
    }
}

/// Appends `input`'s tokens to `tokens`, those of invisible groups in their
/// place (noting the groups in `invisible`).
fn splice(input: TokenStream, tokens: &mut Vec<TokenTree>, invisible: &mut Invisible) {
    for tree in input {
        match tree {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                let first = tokens.len();
                splice(group.stream(), tokens, invisible);
                let Some(last) = tokens.len().checked_sub(1).filter(|last| *last >= first) else {
                    // An empty group: nothing to read.
                    continue;
                };
                invisible.closes.push((last, group.span_close()));
                invisible.opens.push((first, group, last + 1 - first));
            }
            tree => tokens.push(tree),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cursor(text: &str) -> Cursor {
        Cursor::new(text.parse().expect("tokens"))
    }

    /// Where `span` is in the text, as a byte range.
    fn at(span: Span) -> std::ops::Range<usize> {
        span.byte_range()
    }

    /// The only message of `error`, and where it starts and ends.
    fn message(error: &Error) -> (String, std::ops::Range<usize>) {
        let messages: Vec<&str> = error.messages().collect();
        assert_eq!(messages.len(), 1);
        (messages[0].to_owned(), at(error.span()))
    }

    #[test]
    fn punctuation_is_read_joined_as_syn_reads_it() {
        let mut input = cursor(":: : : => = > ..= .. , -");
        assert!(input.peek_punct("::") && input.peek_punct(":"));
        assert!(input.eat_punct("::"));
        // Two `:` apart are no `::`.
        assert!(!input.peek_punct("::"));
        assert!(input.eat_punct(":") && input.eat_punct(":"));
        assert!(input.peek_punct("=") && input.eat_punct("=>"));
        assert!(!input.peek_punct("=>") && input.eat_punct("=") && input.eat_punct(">"));
        assert!(!input.peek_punct("..") || input.peek_punct("..="));
        assert!(input.eat_punct("..=") && !input.peek_punct("..=") && input.eat_punct(".."));
        let mut tokens = Vec::new();
        assert!(input.punct_into(",", &mut tokens) && input.punct_into("-", &mut tokens));
        assert_eq!(tokens.len(), 2);
        assert!(input.is_empty() && !input.eat_punct(","));
    }

    #[test]
    fn punctuation_is_written_as_syn_writes_it() {
        let mut input = cursor("::x");
        let mut tokens = Vec::new();
        assert!(input.punct_into("::", &mut tokens));
        let spacings: Vec<Spacing> = tokens
            .iter()
            .map(|tree| match tree {
                TokenTree::Punct(punct) => punct.spacing(),
                _ => panic!("punctuation"),
            })
            .collect();
        assert_eq!(spacings, [Spacing::Joint, Spacing::Alone]);
        assert_eq!((at(tokens[0].span()), at(tokens[1].span())), (0..1, 1..2));
    }

    #[test]
    fn expected_punctuation_is_reported_where_syn_reports_it() {
        // At the punctuation that is not the one expected.
        let error = cursor("a ;").expect_punct(",").err().unwrap();
        assert_eq!(message(&error), ("expected `,`".to_owned(), 0..1));
        let mut input = cursor("a ;");
        input.skip(1);
        let error = input.expect_punct(",").err().unwrap();
        assert_eq!(message(&error), ("expected `,`".to_owned(), 2..3));
        // At a group's opening delimiter; at the end, with no "unexpected
        // end of input".
        let error = cursor("{ x }").expect_punct(",").err().unwrap();
        assert_eq!(message(&error), ("expected `,`".to_owned(), 0..1));
        let group = match cursor("( x )").next() {
            Some(TokenTree::Group(group)) => group,
            _ => panic!("a group"),
        };
        let mut inside = Cursor::content(&group);
        inside.skip(1);
        let error = inside.expect_punct(",").err().unwrap();
        assert_eq!(message(&error), ("expected `,`".to_owned(), 4..5));
    }

    #[test]
    fn the_end_of_input_is_the_closing_delimiter_or_the_call_site() {
        let mut input = cursor("x { a }");
        assert_eq!(input.ident().unwrap(), "x");
        let Some(braces) = input.group(Delimiter::Brace) else {
            panic!("braces")
        };
        let mut content = Cursor::content(&braces);
        assert_eq!(at(content.span()), 4..5);
        content.skip(1);
        assert_eq!(at(content.span()), 6..7);
        let error = content.expect_str().err().unwrap();
        assert_eq!(
            message(&error),
            (
                "unexpected end of input, expected string literal".to_owned(),
                6..7
            )
        );
        let error = input.ident().err().unwrap();
        assert_eq!(
            message(&error),
            (
                "unexpected end of input, expected identifier".to_owned(),
                at(Span::call_site())
            )
        );
    }

    #[test]
    fn identifiers_are_read_as_syn_reads_them() {
        let mut input = cursor("name r#type type 7 (x)");
        assert!(input.peek_ident());
        assert_eq!(input.ident().unwrap(), "name");
        assert_eq!(input.ident().unwrap().to_string(), "r#type");
        assert!(!input.peek_ident() && input.peek_keyword("type"));
        let error = input.ident().err().unwrap();
        assert_eq!(
            message(&error),
            (
                "expected identifier, found keyword `type`".to_owned(),
                12..16
            )
        );
        assert_eq!(input.any_ident().unwrap(), "type");
        let error = input.ident().err().unwrap();
        assert_eq!(message(&error), ("expected identifier".to_owned(), 17..18));
        input.skip(1);
        // At a group, the error is at its opening delimiter.
        let error = input.ident().err().unwrap();
        assert_eq!(message(&error), ("expected identifier".to_owned(), 19..20));
    }

    #[test]
    fn literals_are_read_as_syn_parses_them() {
        let mut input = cursor(r#""s" 5 - 7 true x -"a" 1.5"#);
        assert!(input.peek_str() && input.int().is_none());
        assert_eq!(input.str().unwrap().value(), "s");
        assert!(!input.peek_str() && input.str().is_none());
        assert!(matches!(
            input.int().unwrap().value,
            LitValue::Int { value: Some(5), .. }
        ));
        // `-` and a number are one negative literal, without a value.
        let negative = input.lit().unwrap();
        assert!(matches!(negative.value, LitValue::Int { value: None, .. }));
        assert_eq!(
            (negative.token.to_string(), at(negative.token.span())),
            ("-7".to_owned(), 6..9)
        );
        assert!(matches!(input.lit().unwrap().value, LitValue::Bool(true)));
        assert!(input.lit().is_none() && input.any_ident().is_some());
        // `-` before a string is no literal: nothing is taken.
        assert!(input.lit().is_none() && input.eat_punct("-"));
        assert!(input.lit().is_some());
        assert!(input.int().is_none() && !input.is_empty());
        assert!(matches!(input.lit().unwrap().value, LitValue::Other));
        let error = input.expect_str().err().unwrap();
        assert_eq!(
            message(&error),
            (
                "unexpected end of input, expected string literal".to_owned(),
                at(Span::call_site())
            )
        );
    }

    #[test]
    fn invisible_groups_are_read_through() {
        let invisible = |text: &str| {
            let tokens = cursor(text).rest();
            TokenTree::Group(Group::new(Delimiter::None, tokens))
        };
        // A row of a `macro_rules!` table: `$code:literal $name:ident => x`.
        let input: TokenStream = [invisible("21200"), invisible("NAME")]
            .into_iter()
            .chain(cursor("=> x").rest())
            .collect();
        let mut input = Cursor::new(input);
        assert!(input.int().is_some());
        assert!(input.peek_ident() && input.ident().is_ok());
        assert!(input.eat_punct("=>") && input.ident().is_ok() && input.is_empty());
        // An error at a group's first token is at the group; the span
        // before the token after it is its closing; read whole, it is one
        // tree.
        let outer = invisible("a");
        let TokenTree::Group(inner) = invisible("b c") else {
            panic!("a group")
        };
        // Spans of their own, where the groups' fragments were written.
        let mut inner = inner;
        inner.set_span(cursor(" inner").span());
        let mut nested = Group::new(Delimiter::None, TokenTree::Group(inner.clone()).into());
        nested.set_span(cursor("   nested").span());
        // The outer group's opening and closing: syn's cursor stands before
        // the outer group, and after both, where the outer one closed.
        let spans = (nested.span_open(), nested.span_close());
        assert_ne!(at(spans.0), at(Span::call_site()));
        let input: TokenStream = [outer, TokenTree::Group(nested)].into_iter().collect();
        let mut input = Cursor::new(input);
        input.skip(1);
        assert_eq!(at(input.span()), at(spans.0));
        assert_eq!(at(input.prev_span()), at(Span::call_site()));
        let Some(TokenTree::Group(whole)) = input.peek_tree() else {
            panic!("the outer group")
        };
        assert_eq!(whole.stream().to_string(), "b c");
        input.skip(1);
        assert_eq!(at(input.span()), at(input.peek().unwrap().span()));
        input.skip(1);
        assert_eq!(at(input.prev_span()), at(spans.1));
        assert!(input.is_empty() && input.peek_tree().is_none());
        // Punctuation taken keeps its own span, not its group's.
        let mut minus = Group::new(Delimiter::None, cursor("-").rest());
        minus.set_span(cursor("   group").span());
        let mut input = Cursor::new(TokenTree::Group(minus.clone()).into());
        let mut tokens = Vec::new();
        assert!(input.punct_into("-", &mut tokens));
        assert_eq!((at(tokens[0].span()), at(minus.span_open())), (0..1, 3..4));
        // An empty group is skipped.
        let empty = Group::new(Delimiter::None, TokenStream::new());
        let input: TokenStream = [TokenTree::Group(empty)]
            .into_iter()
            .chain(cursor("enum").rest())
            .collect();
        let mut input = Cursor::new(input);
        assert!(input.eat_keyword("enum") && input.is_empty());
    }

    #[test]
    fn the_previous_span_is_the_last_token_taken() {
        let mut input = cursor("a { b } c");
        assert_eq!(at(input.prev_span()), at(Span::call_site()));
        input.skip(1);
        assert_eq!(at(input.prev_span()), 0..1);
        let braces = input.group(Delimiter::Brace).unwrap();
        // After a group, its closing delimiter.
        assert_eq!(at(input.prev_span()), 6..7);
        // Before a group's first token, the whole group.
        assert_eq!(at(Cursor::content(&braces).prev_span()), 2..7);
        assert_eq!(input.rest().to_string(), "c");
        assert!(input.is_empty() && input.next().is_none() && input.rest().is_empty());
    }
}
