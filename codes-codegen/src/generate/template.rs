//! The generated code's templates: Rust source text with holes, `$name`,
//! read by the lexer and filled by walking the tokens.
//!
//! `quote!` expands to a function call a token (`push_ident(&mut s, "fn")`)
//! and iterator machinery a repetition, all of which rustc checks and
//! compiles in codes-codegen's build, itself on the critical path of every
//! user's build. A template is a string constant instead: at expansion
//! time it is read by `TokenStream::from_str` (in the proc macro, rustc's
//! own lexer, every token at `Span::call_site()`, as `quote!` gives it;
//! outside it, proc_macro2's), and each `$name` is replaced by the tokens of
//! the hole of that name, in groups too. A hole's tokens keep their spans (a
//! variant's identifier stays at the user's). Repetitions are built by the
//! caller, in plain loops, and passed as one hole.
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
//! the expansion is `quote!`'s, token for token. A template that does not
//! lex, or names a hole it is not given, is a bug of this crate's: it
//! expands to a `compile_error!` naming the template, never to a panic.
//!
//! A template filled many times (a piece of code a group) is read once,
//! [`Template::new`], and filled each time, [`Template::fill`]. The pieces
//! of code a row (a match arm, an item of a list), thousands in a large
//! table, are made directly from tokens ([`push_attrs`], [`push_path`],
//! [`push_op`], [`comma`]): cheaper than any template filled a row.

use std::cell::Cell;
use std::str::FromStr;

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
    Literal(Literal),
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
        Hole::Literal(literal)
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
        Hole::Literal(Literal::string(text))
    }
}

/// A suffixed literal, `3usize`, as `quote!` interpolates a `usize`.
impl From<usize> for Hole<'_> {
    fn from(value: usize) -> Self {
        Hole::Literal(Literal::usize_suffixed(value))
    }
}

/// `3u8`.
impl From<u8> for Hole<'_> {
    fn from(value: u8) -> Self {
        Hole::Literal(Literal::u8_suffixed(value))
    }
}

/// `3u32`.
impl From<u32> for Hole<'_> {
    fn from(value: u32) -> Self {
        Hole::Literal(Literal::u32_suffixed(value))
    }
}

/// `3u64`.
impl From<u64> for Hole<'_> {
    fn from(value: u64) -> Self {
        Hole::Literal(Literal::u64_suffixed(value))
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
            Hole::Literal(literal) => out.extend([TokenTree::Literal(literal.clone())]),
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

/// A template read once, to fill many times (a piece of code a row).
pub struct Template<'t> {
    name: &'static str,
    /// The tokens, or the `compile_error!` saying why there are none.
    tokens: Result<TokenStream, TokenStream>,
    /// The holes the template has more than once.
    repeated: Vec<&'t str>,
}

impl<'t> Template<'t> {
    /// Reads `text`, the template `name`.
    pub fn new(name: &'static str, text: &'t str) -> Self {
        let tokens = TokenStream::from_str(text)
            .map_err(|_| compile_error(&format!("codes-codegen: template `{name}` does not lex")));
        // The holes' names, read from the text (a `$` is nothing else in
        // a template).
        let mut seen: Vec<&str> = Vec::new();
        let mut repeated = Vec::new();
        for (at, _) in text.match_indices('$') {
            let rest = &text[at + 1..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            let hole = &rest[..end];
            if seen.contains(&hole) {
                repeated.push(hole);
            } else {
                seen.push(hole);
            }
        }
        Template {
            name,
            tokens,
            repeated,
        }
    }

    /// The template's tokens with each `$name` replaced by the hole `name`'s
    /// tokens.
    pub fn fill(&self, holes: Holes) -> TokenStream {
        match &self.tokens {
            Ok(tokens) => filled(self.name, tokens.clone(), holes, &self.repeated),
            Err(error) => error.clone(),
        }
    }
}

/// `tokens`, of the template `name`, filled with `holes` (the holes in
/// `repeated` copied, the others moved), or the `compile_error!` naming a
/// hole not given.
fn filled(name: &str, tokens: TokenStream, holes: Holes, repeated: &[&str]) -> TokenStream {
    let mut out = TokenStream::new();
    match splice(tokens, holes, repeated, &mut out) {
        Ok(()) => out,
        Err(hole) => compile_error(&format!(
            "codes-codegen: template `{name}` has a hole `${hole}` it is not given"
        )),
    }
}

/// The template `name`, `text`, filled with `holes` ([`Template::fill`]).
pub fn fill(name: &'static str, text: &str, holes: Holes) -> TokenStream {
    // The template's tokens, held once, move to the output.
    let Template {
        name,
        tokens,
        repeated,
    } = Template::new(name, text);
    match tokens {
        Ok(tokens) => filled(name, tokens, holes, &repeated),
        Err(error) => error,
    }
}

/// Appends `tokens` to `out`, each `$name` replaced by the hole `name`'s
/// tokens, in groups too; `Err` with the name of a hole not given.
///
/// The lexer joins every punctuation to a punctuation right after it
/// (`::*;` is four joint characters), where `quote!` joins only the
/// characters of one operator (`::`, then `*` and `;` alone, as rustc's
/// tokens are): each run of joint characters is spaced as `quote!` spaces
/// it ([`respace`]).
fn splice(
    tokens: TokenStream,
    holes: Holes,
    repeated: &[&str],
    out: &mut TokenStream,
) -> Result<(), String> {
    let mut trees = tokens.into_iter();
    let mut run: Vec<Punct> = Vec::new();
    while let Some(tree) = trees.next() {
        if let TokenTree::Punct(punct) = &tree {
            if !matches!(punct.as_char(), '$' | '\'') {
                let alone = punct.spacing() == Spacing::Alone;
                run.push(punct.clone());
                if alone {
                    respace(&mut run, out);
                }
                continue;
            }
        }
        respace(&mut run, out);
        match tree {
            TokenTree::Punct(dollar) if dollar.as_char() == '$' => {
                let name = match trees.next() {
                    Some(TokenTree::Ident(name)) => name,
                    _ => return Err(String::new()),
                };
                let name = name.to_string();
                match holes.iter().find(|(hole, _)| name == *hole) {
                    Some((_, hole)) => hole.append(out, !repeated.contains(&name.as_str())),
                    None => return Err(name),
                }
            }
            TokenTree::Group(group) => {
                // The group let go first: its tokens, held once, move.
                let (delimiter, stream) = (group.delimiter(), group.stream());
                drop(group);
                let mut inner = TokenStream::new();
                splice(stream, holes, repeated, &mut inner)?;
                out.extend([TokenTree::Group(Group::new(delimiter, inner))]);
            }
            tree => out.extend([tree]),
        }
    }
    respace(&mut run, out);
    Ok(())
}

/// Rust's operators of more than one character, longest first.
const OPERATORS: [&str; 25] = [
    "<<=", ">>=", "...", "..=", "::", "->", "=>", "<-", "==", "!=", "<=", ">=", "&&", "||", "+=",
    "-=", "*=", "/=", "%=", "^=", "&=", "|=", "<<", ">>", "..",
];

/// Moves the run of punctuation `run` to `out`, split into operators as
/// rustc's lexer splits it (the longest first): each character joint to
/// the next within an operator, the last alone.
fn respace(run: &mut Vec<Punct>, out: &mut TokenStream) {
    let mut end = 0;
    for at in 0..run.len() {
        if at == end {
            let rest = &run[at..];
            let operator = OPERATORS.iter().find(|op| {
                op.len() <= rest.len() && op.chars().zip(rest).all(|(c, p)| p.as_char() == c)
            });
            end += operator.map_or(1, |op| op.len());
        }
        let spacing = if at + 1 < end {
            Spacing::Joint
        } else {
            Spacing::Alone
        };
        let punct = &run[at];
        let mut respaced = Punct::new(punct.as_char(), spacing);
        respaced.set_span(punct.span());
        out.extend([TokenTree::Punct(respaced)]);
    }
    run.clear();
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
}
