//! The generated code's templates: Rust source text with holes, `$name`,
//! read and filled in one pass.
//!
//! `quote!` expands to a function call a token (`push_ident(&mut s, "fn")`)
//! and iterator machinery a repetition, all of which rustc checks and
//! compiles in codes-codegen's build, itself on the critical path of every
//! user's build. A template is a string constant instead, read at expansion
//! time by the small lexer below ([`Template::fill`]), which makes each
//! token at `Span::call_site()`, as `quote!` does, and puts in place of each
//! `$name` the tokens of the hole of that name, in groups too. A hole's
//! tokens keep their spans (a variant's identifier stays at the user's).
//! Repetitions are built by the caller, in plain loops, and passed as one
//! hole.
//!
//! The lexer reads what templates are written in, no more: identifiers and
//! keywords, punctuation, groups, lifetimes, integers (unsuffixed, `usize`
//! or `u64`), strings without escapes, and comments (a run of `/// text`
//! lines is one `#[doc = " text"]`, its lines joined by line feeds: one
//! attribute an item).
//! It is not `TokenStream::from_str`: proc_macro2's checks every text with
//! a lexer of its own before rustc's reads it, and in a user's build (where
//! the proc macro is compiled without optimizations) that check was a third
//! of the macro's run (BENCHMARKS.md, section 5).
//!
//! ```ignore
//! let code = fill(
//!     "try_from_code",
//!     r"
//!     pub const fn try_from_code(code: $int) -> Result<Self, $krate::UnknownCode<$int>> {
//!         match Self::from_code(code) {
//!             Self::$catch_all(code) => Err($krate::UnknownCode::new(Self::VENDOR, code)),
//!             listed => Ok(listed),
//!         }
//!     }
//!     ",
//!     &[
//!         ("int", (&cx.int).into()),
//!         ("krate", (&cx.krate).into()),
//!         ("catch_all", (&model.catch_all).into()),
//!     ],
//! );
//! ```
//!
//! A hole takes what `quote!` interpolated, as the same tokens (an integer
//! is a suffixed literal, `1usize`; a string a literal; `true` an
//! identifier), and the punctuation is spaced as `quote!` spaces it, so that
//! the expansion is `quote!`'s, token for token (a string's literal is
//! written plain where `quote!` kept the template's raw string: the same
//! value). A template that does not lex, or names a hole it is not given,
//! is a bug of this crate's: it expands to a `compile_error!` naming the
//! template, never to a panic.
//!
//! A template filled many times (a piece of code a group) is made once,
//! [`Template::new`], with the holes it has more than once (copied where
//! the others move), and filled each time, [`Template::fill`]. The pieces
//! of code a row (a match arm, an item of a list), thousands in a large
//! table, are made directly from tokens ([`push_attrs`], [`push_path`],
//! [`push_op`], [`comma`]): cheaper than any template filled a row.

use std::cell::Cell;

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

use crate::syntax::Attribute;

/// What fills a hole.
pub enum Hole<'a> {
    /// Tokens, copied in.
    Tokens(&'a TokenStream),
    /// Tokens made for the hole, moved in where the template has the hole
    /// once (a large table's are many: no copy of them). The fill that
    /// moves them spends them: such a hole is for one fill.
    Owned(Cell<TokenStream>),
    /// One token, copied in.
    Tree(TokenTree),
    Ident(&'a Ident),
    /// Attributes in turn (`#(#attrs)*`).
    Attrs(&'a [Attribute]),
}

impl<'a> From<&'a TokenStream> for Hole<'a> {
    fn from(tokens: &'a TokenStream) -> Self {
        Hole::Tokens(tokens)
    }
}

impl From<TokenStream> for Hole<'_> {
    fn from(tokens: TokenStream) -> Self {
        Hole::Owned(Cell::new(tokens))
    }
}

impl From<TokenTree> for Hole<'_> {
    fn from(tree: TokenTree) -> Self {
        Hole::Tree(tree)
    }
}

impl<'a> From<&'a Ident> for Hole<'a> {
    fn from(ident: &'a Ident) -> Self {
        Hole::Ident(ident)
    }
}

impl From<Ident> for Hole<'_> {
    fn from(ident: Ident) -> Self {
        Hole::Tree(TokenTree::Ident(ident))
    }
}

impl From<Literal> for Hole<'_> {
    fn from(literal: Literal) -> Self {
        Hole::Tree(TokenTree::Literal(literal))
    }
}

impl<'a> From<&'a [Attribute]> for Hole<'a> {
    fn from(attrs: &'a [Attribute]) -> Self {
        Hole::Attrs(attrs)
    }
}

impl<'a> From<&'a Vec<Attribute>> for Hole<'a> {
    fn from(attrs: &'a Vec<Attribute>) -> Self {
        Hole::Attrs(attrs)
    }
}

/// A string literal, as `quote!` interpolates a `&str` or a `String`.
impl From<&str> for Hole<'_> {
    fn from(text: &str) -> Self {
        Hole::from(Literal::string(text))
    }
}

/// A suffixed literal, `3usize`, as `quote!` interpolates a `usize`.
impl From<usize> for Hole<'_> {
    fn from(value: usize) -> Self {
        Hole::from(Literal::usize_suffixed(value))
    }
}

/// `3u8`.
impl From<u8> for Hole<'_> {
    fn from(value: u8) -> Self {
        Hole::from(Literal::u8_suffixed(value))
    }
}

/// `3u32`.
impl From<u32> for Hole<'_> {
    fn from(value: u32) -> Self {
        Hole::from(Literal::u32_suffixed(value))
    }
}

/// `3u64`.
impl From<u64> for Hole<'_> {
    fn from(value: u64) -> Self {
        Hole::from(Literal::u64_suffixed(value))
    }
}

/// `true` or `false`, identifiers.
impl From<bool> for Hole<'_> {
    fn from(value: bool) -> Self {
        Hole::from(ident(if value { "true" } else { "false" }))
    }
}

impl Hole<'_> {
    /// Appends the hole's tokens to `out`: moved there if `once` (the
    /// template has the hole once), else copied.
    fn append(&self, out: &mut TokenStream, once: bool) {
        match self {
            Hole::Tokens(tokens) => out.extend([(*tokens).clone()]),
            Hole::Owned(tokens) if once => out.extend([tokens.take()]),
            Hole::Owned(tokens) => {
                let moved = tokens.take();
                out.extend([moved.clone()]);
                tokens.set(moved);
            }
            Hole::Tree(tree) => out.extend([tree.clone()]),
            Hole::Ident(ident) => out.extend([TokenTree::Ident((*ident).clone())]),
            Hole::Attrs(attrs) => {
                for attr in *attrs {
                    out.extend([attr.tokens().clone()]);
                }
            }
        }
    }
}

/// The holes of a template, by name.
pub type Holes<'h, 'a> = &'h [(&'static str, Hole<'a>)];

/// A template, to fill once or many times (a piece of code a group).
pub struct Template<'t> {
    name: &'static str,
    text: &'t str,
    /// The holes the template has more than once.
    repeated: Vec<&'t str>,
}

impl<'t> Template<'t> {
    /// The template `name`, `text`.
    pub fn new(name: &'static str, text: &'t str) -> Self {
        // The holes' names, read from the text (a `$` is nothing else in
        // a template).
        let mut seen: Vec<&str> = Vec::new();
        let mut repeated = Vec::new();
        for (at, _) in text.match_indices('$') {
            let hole = word(&text[at + 1..]);
            if seen.contains(&hole) {
                repeated.push(hole);
            } else {
                seen.push(hole);
            }
        }
        Template {
            name,
            text,
            repeated,
        }
    }

    /// The template's tokens with each `$name` replaced by the hole `name`'s
    /// tokens, or the `compile_error!` saying why there are none.
    pub fn fill(&self, holes: Holes) -> TokenStream {
        let mut filler = Filler {
            rest: self.text,
            holes,
            repeated: &self.repeated,
        };
        match filler.level(None) {
            Ok(tokens) => tokens,
            Err(Problem::Lex) => compile_error(&format!(
                "codes-codegen: template `{}` does not lex",
                self.name
            )),
            Err(Problem::Hole(hole)) => compile_error(&format!(
                "codes-codegen: template `{}` has a hole `${hole}` it is not given",
                self.name
            )),
        }
    }
}

/// The template `name`, `text`, filled with `holes` ([`Template::fill`]).
pub fn fill(name: &'static str, text: &str, holes: Holes) -> TokenStream {
    Template::new(name, text).fill(holes)
}

/// Why a template gives no tokens: text it cannot read, or a hole not
/// given.
enum Problem<'t> {
    Lex,
    Hole(&'t str),
}

/// Reads a template's text into tokens, filling its holes as it goes. The
/// text is read a byte at a time (a template's tokens are ASCII; other
/// characters are read only in comments and strings).
struct Filler<'t, 'h, 'a> {
    /// The text not yet read.
    rest: &'t str,
    holes: Holes<'h, 'a>,
    repeated: &'h [&'t str],
}

impl<'t> Filler<'t, '_, '_> {
    /// The tokens up to `close` (a group's closing delimiter, read), or to
    /// the end of the text.
    fn level(&mut self, close: Option<u8>) -> Result<TokenStream, Problem<'t>> {
        let mut out = TokenStream::new();
        loop {
            let space = self
                .rest
                .bytes()
                .position(|b| !matches!(b, b' ' | b'\n' | b'\t' | b'\r'));
            self.rest = &self.rest[space.unwrap_or(self.rest.len())..];
            let bytes = self.rest.as_bytes();
            let Some(&b) = bytes.first() else {
                return close.map_or(Ok(out), |_| Err(Problem::Lex));
            };
            if Some(b) == close {
                self.rest = &self.rest[1..];
                return Ok(out);
            }
            match b {
                b'/' if bytes.get(1) == Some(&b'/') => self.comment(&mut out),
                b'(' | b'[' | b'{' => self.group(b, &mut out)?,
                b'$' => self.hole(&mut out)?,
                b'\'' => self.lifetime(&mut out)?,
                b'"' => self.string(&mut out)?,
                b'r' if matches!(bytes.get(1), Some(b'"' | b'#')) => return Err(Problem::Lex),
                b'0'..=b'9' => self.number(&mut out)?,
                b'_' | b'a'..=b'z' | b'A'..=b'Z' => {
                    let name = self.take_word(0);
                    out.extend([TokenTree::Ident(ident(name))]);
                }
                b if is_punctuation(b) => self.punctuation(&mut out),
                _ => return Err(Problem::Lex),
            }
        }
    }

    /// The identifier, keyword or number `skip` bytes on, read.
    fn take_word(&mut self, skip: usize) -> &'t str {
        let rest = &self.rest[skip..];
        let len = rest
            .bytes()
            .position(|b| !(b.is_ascii_alphanumeric() || b == b'_'))
            .unwrap_or(rest.len());
        self.rest = &rest[len..];
        &rest[..len]
    }

    /// A comment, to the end of its line, left out; but a run of `///`
    /// lines is one `#[doc = "…"]`, its lines joined by line feeds (as
    /// rustdoc joins an attribute a line): one attribute an item.
    fn comment(&mut self, out: &mut TokenStream) {
        let mut doc_text: Option<String> = None;
        while self.rest.starts_with("//") {
            let line = self.rest.find('\n').unwrap_or(self.rest.len());
            let (comment, rest) = self.rest.split_at(line);
            match comment
                .strip_prefix("///")
                .filter(|text| !text.starts_with('/'))
            {
                Some(text) => match &mut doc_text {
                    Some(doc_text) => {
                        doc_text.push('\n');
                        doc_text.push_str(text);
                    }
                    None => doc_text = Some(text.to_owned()),
                },
                // A plain comment ends a run of doc lines.
                None if doc_text.is_some() => break,
                None => {}
            }
            self.rest = rest.trim_start_matches([' ', '\n', '\t', '\r']);
        }
        if let Some(text) = doc_text {
            out.extend(doc(Literal::string(&text)));
        }
    }

    fn group(&mut self, open: u8, out: &mut TokenStream) -> Result<(), Problem<'t>> {
        let (delimiter, close) = match open {
            b'(' => (Delimiter::Parenthesis, b')'),
            b'[' => (Delimiter::Bracket, b']'),
            _ => (Delimiter::Brace, b'}'),
        };
        self.rest = &self.rest[1..];
        let inner = self.level(Some(close))?;
        out.extend([TokenTree::Group(Group::new(delimiter, inner))]);
        Ok(())
    }

    /// `$name`: the hole's tokens, moved where the template has it once.
    fn hole(&mut self, out: &mut TokenStream) -> Result<(), Problem<'t>> {
        let name = self.take_word(1);
        match self.holes.iter().find(|(hole, _)| *hole == name) {
            Some((_, hole)) => {
                hole.append(out, !self.repeated.contains(&name));
                Ok(())
            }
            None => Err(Problem::Hole(name)),
        }
    }

    /// `'a`: a joint `'` and an identifier, as rustc's lexer gives them.
    fn lifetime(&mut self, out: &mut TokenStream) -> Result<(), Problem<'t>> {
        let name = self.take_word(1);
        if name.is_empty() {
            return Err(Problem::Lex);
        }
        out.extend([
            TokenTree::Punct(Punct::new('\'', Spacing::Joint)),
            TokenTree::Ident(ident(name)),
        ]);
        Ok(())
    }

    /// A string without escapes (`"Unknown"`), as a literal of its value.
    /// No template writes an escape or a raw string: either is text the
    /// lexer does not read.
    fn string(&mut self, out: &mut TokenStream) -> Result<(), Problem<'t>> {
        let body = &self.rest[1..];
        let end = body.find(['"', '\\']).ok_or(Problem::Lex)?;
        if body.as_bytes()[end] != b'"' {
            return Err(Problem::Lex);
        }
        out.extend([TokenTree::Literal(Literal::string(&body[..end]))]);
        self.rest = &body[end + 1..];
        Ok(())
    }

    /// An integer, `0` or `1usize`.
    fn number(&mut self, out: &mut TokenStream) -> Result<(), Problem<'t>> {
        let text = self.take_word(0);
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        let value = text[..digits].parse::<u64>().map_err(|_| Problem::Lex)?;
        let literal = match &text[digits..] {
            "" => Literal::u64_unsuffixed(value),
            "usize" => Literal::usize_suffixed(usize::try_from(value).map_err(|_| Problem::Lex)?),
            "u64" => Literal::u64_suffixed(value),
            _ => return Err(Problem::Lex),
        };
        out.extend([TokenTree::Literal(literal)]);
        Ok(())
    }

    /// A run of punctuation, split into operators as rustc's lexer splits
    /// it (the longest first): each character joint to the next within an
    /// operator, the last alone, as `quote!` spaces them.
    fn punctuation(&mut self, out: &mut TokenStream) {
        let len = self
            .rest
            .bytes()
            .position(|b| !is_punctuation(b))
            .unwrap_or(self.rest.len());
        let text = self.rest;
        let run = &text.as_bytes()[..len];
        self.rest = &text[len..];
        let mut at = 0;
        while at < run.len() {
            let end = at + operator_len(&run[at..]);
            for (k, &b) in run[at..end].iter().enumerate() {
                let spacing = if at + k + 1 < end {
                    Spacing::Joint
                } else {
                    Spacing::Alone
                };
                out.extend([TokenTree::Punct(Punct::new(char::from(b), spacing))]);
            }
            at = end;
        }
    }
}

/// A byte of Rust's punctuation, but `$` (a hole) and `'` (a lifetime).
fn is_punctuation(b: u8) -> bool {
    matches!(
        b,
        b'=' | b'<'
            | b'>'
            | b'!'
            | b'~'
            | b'+'
            | b'-'
            | b'*'
            | b'/'
            | b'%'
            | b'^'
            | b'&'
            | b'|'
            | b'@'
            | b'.'
            | b','
            | b';'
            | b':'
            | b'#'
            | b'?'
    )
}

/// The length of the operator that starts `run`, a run of punctuation:
/// Rust's operators of more than one character, the longest first, else 1.
fn operator_len(run: &[u8]) -> usize {
    match run {
        [b'<', b'<', b'=', ..] | [b'>', b'>', b'=', ..] | [b'.', b'.', b'.' | b'=', ..] => 3,
        [b':', b':', ..]
        | [b'-' | b'=', b'>', ..]
        | [b'<', b'-', ..]
        | [
            b'=' | b'!' | b'<' | b'>' | b'+' | b'-' | b'*' | b'/' | b'%' | b'^' | b'&' | b'|',
            b'=',
            ..,
        ]
        | [b'&', b'&', ..]
        | [b'|', b'|', ..]
        | [b'<', b'<', ..]
        | [b'>', b'>', ..]
        | [b'.', b'.', ..] => 2,
        _ => 1,
    }
}

/// The identifier, keyword or number at the start of `text` (empty if
/// none).
fn word(text: &str) -> &str {
    let end = text
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// `compile_error! { "message" }`, which stands as an item, a statement or
/// an expression.
fn compile_error(message: &str) -> TokenStream {
    let message = TokenTree::Literal(Literal::string(message));
    [
        TokenTree::Ident(ident("compile_error")),
        punct('!'),
        TokenTree::Group(Group::new(Delimiter::Brace, message.into())),
    ]
    .into_iter()
    .collect()
}

/// `#[doc = text]`, made directly (a row's).
pub fn doc(text: Literal) -> TokenStream {
    let inner = [TokenTree::Ident(ident("doc")), punct('='), text.into()];
    let inner = Group::new(Delimiter::Bracket, inner.into_iter().collect());
    [punct('#'), inner.into()].into_iter().collect()
}

// The pieces of code a row: made directly, cheaper than a template filled
// a row (a large table has thousands).

/// A `,` before the next item of the list `out`, unless it is the first
/// (as `quote!`'s `#(#items),*`).
pub fn comma(out: &mut Vec<TokenTree>) {
    if !out.is_empty() {
        out.push(punct(','));
    }
}

/// Appends `item` to the list `out` ([`comma`]).
pub fn push_separated(out: &mut Vec<TokenTree>, item: TokenStream) {
    comma(out);
    out.extend(item);
}

/// Appends the attributes' tokens to `out`.
pub fn push_attrs(out: &mut Vec<TokenTree>, attrs: &[Attribute]) {
    for attr in attrs {
        out.extend(attr.tokens().clone());
    }
}

/// Appends the operator `op` (`=>`, `::`) to `out`: its characters joint,
/// the last alone.
pub fn push_op(out: &mut Vec<TokenTree>, op: &str) {
    let mut chars = op.chars().peekable();
    while let Some(c) = chars.next() {
        let spacing = if chars.peek().is_some() {
            Spacing::Joint
        } else {
            Spacing::Alone
        };
        out.push(Punct::new(c, spacing).into());
    }
}

/// Appends the path `head::tail` to `out`.
pub fn push_path(out: &mut Vec<TokenTree>, head: Ident, tail: &Ident) {
    out.push(TokenTree::Ident(head));
    push_op(out, "::");
    out.push(TokenTree::Ident(tail.clone()));
}

/// `trees` as a stream.
pub fn stream(trees: Vec<TokenTree>) -> TokenStream {
    trees.into_iter().collect()
}

/// An identifier at `Span::call_site()`, as `quote!` writes one.
pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// A lone punctuation token.
pub fn punct(c: char) -> TokenTree {
    Punct::new(c, Spacing::Alone).into()
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use super::*;

    #[test]
    fn holes_are_filled_in_groups_too() {
        let name = ident("Acme");
        let out = fill(
            "test",
            "impl $name { const N: usize = $n; fn f() -> [u8; $n] { $body } }",
            &[
                ("name", (&name).into()),
                ("n", 3usize.into()),
                ("body", TokenStream::from_str("[0; 3]").unwrap().into()),
            ],
        );
        assert_eq!(
            out.to_string(),
            "impl Acme { const N : usize = 3usize ; fn f () -> [u8 ; 3usize] { [0 ; 3] } }"
        );
    }

    #[test]
    fn punctuation_is_spaced_as_rusts_tokens() {
        let krate = ident("core");
        let out = fill(
            "spacing",
            "use ::$krate::*; fn f<'a>(x: &'a Option<Option<u8>>) -> bool { x.is_some()&&!false }",
            &[("krate", (&krate).into())],
        );
        assert_eq!(
            out.to_string(),
            "use :: core :: * ; fn f < 'a > (x : & 'a Option < Option < u8 >>) -> bool { x . is_some () && ! false }"
        );
    }

    #[test]
    fn a_broken_template_is_a_compile_error() {
        let unlexed = fill("broken", "fn f( {", &[]);
        assert_eq!(
            unlexed.to_string(),
            "compile_error ! { \"codes-codegen: template `broken` does not lex\" }"
        );
        let unknown = fill("holes", "fn $f() {}", &[("g", true.into())]);
        assert!(
            unknown
                .to_string()
                .contains("has a hole `$f` it is not given"),
            "{unknown}"
        );
        let nameless = fill("dollar", "fn f() { $ }", &[]);
        assert!(nameless.to_string().contains("hole `$`"), "{nameless}");
    }

    #[test]
    fn comments_strings_and_numbers_read_as_rustc_reads_them() {
        let out = fill(
            "lexed",
            "/// Docs,\n    /// two lines.\n// left out\n/// Then.\nconst A: [&str; 2usize] = [\"a b\", \"\"]; const B: u64 = 0 + 7u64;",
            &[],
        );
        assert_eq!(
            out.to_string(),
            "# [doc = \" Docs,\\n two lines.\"] # [doc = \" Then.\"] const A : [& str ; 2usize] = [\"a b\" , \"\"] ; const B : u64 = 0 + 7u64 ;"
        );
        for broken in [
            "\"open",
            "r\"raw\"",
            "r#\"raw\"#",
            "\"a\\\"b\"",
            "1u9",
            "'",
            "a ) b",
            "[ }",
            "`",
        ] {
            assert!(
                fill("broken", broken, &[])
                    .to_string()
                    .contains("does not lex"),
                "{broken}"
            );
        }
    }
}
