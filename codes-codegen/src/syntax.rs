//! The pieces of Rust syntax a table holds besides its own grammar:
//! attributes and their `name(a, b = value)` arguments, the enum's
//! visibility, a path, a column's type. Each keeps its tokens as written.
//!
//! syn parses these only with its `derive` feature, which more than doubles
//! syn's build: 1.86 s against 0.82 s, compiled alone in the dev profile.
//! syn sits on the critical path of every user's build, before the macro,
//! so these few forms are parsed here instead.

use proc_macro2::{Delimiter, Ident, TokenStream, TokenTree};
use quote::{ToTokens, TokenStreamExt};
use syn::parse::{ParseStream, Parser};
use syn::{Token, bracketed, parenthesized};

/// `#[path ...]`, or `#![path ...]` (inner), as written.
#[derive(Clone)]
pub struct Attribute {
    /// `#`, `!` for an inner attribute, and the brackets.
    tokens: TokenStream,
    /// The path (`cfg`, `rustfmt::skip`).
    path: Path,
    /// What follows the path in the brackets (`(test)`).
    rest: TokenStream,
}

impl Attribute {
    /// Every outer attribute (`#[...]`) at the start of `input`.
    pub fn parse_outer(input: ParseStream) -> syn::Result<Vec<Attribute>> {
        let mut attrs = Vec::new();
        while input.peek(Token![#]) {
            attrs.push(Self::parse_one(input, false)?);
        }
        Ok(attrs)
    }

    /// Every inner attribute (`#![...]`) at the start of `input`.
    pub fn parse_inner(input: ParseStream) -> syn::Result<Vec<Attribute>> {
        let mut attrs = Vec::new();
        while input.peek(Token![#]) && input.peek2(Token![!]) {
            attrs.push(Self::parse_one(input, true)?);
        }
        Ok(attrs)
    }

    fn parse_one(input: ParseStream, inner: bool) -> syn::Result<Attribute> {
        let mut tokens = TokenStream::new();
        input.parse::<Token![#]>()?.to_tokens(&mut tokens);
        if inner {
            input.parse::<Token![!]>()?.to_tokens(&mut tokens);
        }
        if !input.peek(syn::token::Bracket) {
            return Err(input.error("expected `[` after `#`"));
        }
        // The brackets as written, then their content read.
        tokens.append(input.fork().parse::<TokenTree>()?);
        let content;
        bracketed!(content in input);
        let path = Path::parse(&content).map_err(|e| {
            syn::Error::new(e.span(), "expected an attribute, such as `#[cfg(test)]`")
        })?;
        let rest = content.parse()?;
        Ok(Attribute { tokens, path, rest })
    }

    /// The attribute's tokens, as written.
    pub fn tokens(&self) -> &TokenStream {
        &self.tokens
    }

    /// Whether the attribute's path is the one identifier `name`.
    pub fn is(&self, name: &str) -> bool {
        !self.path.rooted && matches!(self.path.segments.as_slice(), [ident] if ident == name)
    }

    /// The tokens in the parentheses after the path (`test` in
    /// `#[cfg(test)]`); `None` without them.
    pub fn list(&self) -> Option<TokenStream> {
        let mut rest = self.rest.clone().into_iter();
        match (rest.next(), rest.next()) {
            (Some(TokenTree::Group(group)), None)
                if group.delimiter() == Delimiter::Parenthesis =>
            {
                Some(group.stream())
            }
            _ => None,
        }
    }

    /// Reads the arguments in the parentheses after the path
    /// (`#[codes(vendor = "Acme", http)]`): `each` is called with each
    /// argument's path, and reads what follows it (`= value`) from the
    /// [`Meta`]'s input; a `,` or the end must follow.
    ///
    /// # Errors
    ///
    /// The first of `each`'s errors, or of the arguments' syntax: no
    /// parentheses, an argument that is not a path, no `,` between two.
    pub fn parse_args(&self, mut each: impl FnMut(&Meta) -> syn::Result<()>) -> syn::Result<()> {
        Parser::parse2(
            |input: ParseStream| {
                if !input.peek(syn::token::Paren) {
                    return Err(syn::Error::new_spanned(
                        &self.path,
                        format!(
                            "expected attribute arguments in parentheses: #[{}(...)]",
                            self.path.text()
                        ),
                    ));
                }
                let args;
                parenthesized!(args in input);
                input.parse::<TokenStream>()?;
                while !args.is_empty() {
                    let path = Path::parse(&args)?;
                    each(&Meta { path, input: &args })?;
                    if args.is_empty() {
                        break;
                    }
                    if !args.peek(Token![,]) {
                        return Err(args.error("expected `,` between two arguments"));
                    }
                    args.parse::<Token![,]>()?;
                }
                Ok(())
            },
            self.rest.clone(),
        )
    }
}

impl ToTokens for Attribute {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.tokens.clone());
    }
}

/// One argument of an attribute's parentheses: its path, and the input
/// after it.
pub struct Meta<'a> {
    pub path: Path,
    pub input: ParseStream<'a>,
}

impl Meta<'_> {
    /// The input after `=`, which must come next.
    ///
    /// # Errors
    ///
    /// When `=` does not come next.
    pub fn value(&self) -> syn::Result<ParseStream<'_>> {
        if !self.input.peek(Token![=]) {
            return Err(self.input.error(format_args!(
                "expected `=` and a value after `{}`",
                self.path.text()
            )));
        }
        self.input.parse::<Token![=]>()?;
        Ok(self.input)
    }

    /// An error at the argument's path.
    pub fn error(&self, message: impl std::fmt::Display) -> syn::Error {
        syn::Error::new_spanned(&self.path, message)
    }
}

/// A path without generic arguments: `::`? identifiers joined by `::`
/// (`codes`, `::vendor_codes::__private`).
#[derive(Clone)]
pub struct Path {
    pub segments: Vec<Ident>,
    pub rooted: bool,
    tokens: TokenStream,
}

impl Path {
    /// Reads a path at the start of `input`.
    ///
    /// # Errors
    ///
    /// When `input` does not start with an identifier (or `::` and one),
    /// or a `::` is not followed by one.
    pub fn parse(input: ParseStream) -> syn::Result<Path> {
        let mut tokens = TokenStream::new();
        let rooted = input.peek(Token![::]);
        if rooted {
            input.parse::<Token![::]>()?.to_tokens(&mut tokens);
        }
        let mut segments = vec![any_ident(input)?];
        segments[0].to_tokens(&mut tokens);
        while input.peek(Token![::]) {
            input.parse::<Token![::]>()?.to_tokens(&mut tokens);
            let segment = any_ident(input)?;
            segment.to_tokens(&mut tokens);
            segments.push(segment);
        }
        Ok(Path {
            segments,
            rooted,
            tokens,
        })
    }

    /// The path as written, without spaces (`rustfmt::skip`), for messages.
    pub fn text(&self) -> String {
        self.tokens.to_string().replace(' ', "")
    }

    /// Its last identifier.
    pub fn last(&self) -> &Ident {
        // `parse` reads one at least.
        &self.segments[self.segments.len() - 1]
    }
}

impl ToTokens for Path {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.tokens.clone());
    }
}

/// An identifier, keywords included (`crate`, `self`, `super` in paths).
fn any_ident(input: ParseStream) -> syn::Result<Ident> {
    input.step(|cursor| match cursor.ident() {
        Some((ident, rest)) => Ok((ident, rest)),
        None => Err(cursor.error("expected identifier")),
    })
}

/// The enum's visibility as written: nothing, `pub`, or `pub(crate)`,
/// `pub(self)`, `pub(super)`, `pub(in path)`.
pub fn parse_visibility(input: ParseStream) -> syn::Result<TokenStream> {
    let mut tokens = TokenStream::new();
    if !input.peek(Token![pub]) {
        return Ok(tokens);
    }
    input.parse::<Token![pub]>()?.to_tokens(&mut tokens);
    let restricted = match input.cursor().group(Delimiter::Parenthesis) {
        Some((content, _, _)) => content
            .ident()
            .is_some_and(|(ident, _)| ["crate", "self", "super", "in"].iter().any(|k| ident == k)),
        None => false,
    };
    if restricted {
        tokens.append(input.parse::<TokenTree>()?);
    }
    Ok(tokens)
}

/// A column's type as written: its tokens up to the `,` or `=` that ends
/// it, outside angle brackets.
pub fn parse_type(input: ParseStream) -> syn::Result<TokenStream> {
    let span = input.span();
    let tokens = input.step(|cursor| {
        let (mut rest, mut tokens, mut depth) = (*cursor, TokenStream::new(), 0_usize);
        let mut arrow = false;
        while let Some((tree, next)) = rest.token_tree() {
            if depth == 0 && !tokens.is_empty() && starts_next_item(&tree) {
                // The comma after the type is missing: the caller says so
                // at the type's end.
                break;
            }
            if let TokenTree::Punct(punct) = &tree {
                match punct.as_char() {
                    ',' | '=' if depth == 0 => break,
                    '<' => depth += 1,
                    // `->` (in `fn() -> u8`) closes nothing.
                    '>' if !arrow => depth = depth.saturating_sub(1),
                    _ => {}
                }
                arrow = punct.as_char() == '-' && punct.spacing() == proc_macro2::Spacing::Joint;
            } else {
                arrow = false;
            }
            tokens.append(tree);
            rest = next;
        }
        Ok((tokens, rest))
    })?;
    if tokens.is_empty() {
        return Err(syn::Error::new(
            span,
            "expected the column's type, as in `column http: u16,`",
        ));
    }
    Ok(tokens)
}

/// Whether `tree`, after a type, can only start the table's next item: a
/// `column`, a `group`, an attribute (`#`) or a row's code (a literal).
fn starts_next_item(tree: &TokenTree) -> bool {
    match tree {
        TokenTree::Ident(ident) => ident == "column" || ident == "group",
        TokenTree::Punct(punct) => punct.as_char() == '#',
        TokenTree::Literal(_) => true,
        TokenTree::Group(_) => false,
    }
}
