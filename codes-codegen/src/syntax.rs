//! The pieces of Rust syntax a table holds besides its own grammar:
//! attributes and their `name(a, b = value)` arguments, the enum's
//! visibility, a path, a column's type. Each keeps its tokens as written.
//!
//! They are read with the crate's own cursor ([`crate::parse`]), as syn
//! read them: no parser library sits on the critical path of a user's
//! build, before the macro.

use proc_macro2::{Delimiter, Ident, TokenStream, TokenTree};

use crate::errors::{Error, Result};
use crate::parse::Cursor;

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
    pub fn parse_outer(input: &mut Cursor) -> Result<Vec<Attribute>> {
        let mut attrs = Vec::new();
        while input.peek_punct("#") {
            attrs.push(Self::parse_one(input, false)?);
        }
        Ok(attrs)
    }

    /// Every inner attribute (`#![...]`) at the start of `input`.
    pub fn parse_inner(input: &mut Cursor) -> Result<Vec<Attribute>> {
        let mut attrs = Vec::new();
        while input.peek_punct("#")
            && matches!(input.peek2(), Some(TokenTree::Punct(bang)) if bang.as_char() == '!')
        {
            attrs.push(Self::parse_one(input, true)?);
        }
        Ok(attrs)
    }

    fn parse_one(input: &mut Cursor, inner: bool) -> Result<Attribute> {
        let mut tokens = Vec::new();
        input.punct_into("#", &mut tokens);
        if inner {
            input.punct_into("!", &mut tokens);
        }
        let Some(brackets) = input.group(Delimiter::Bracket) else {
            return Err(input.error("expected `[` after `#`"));
        };
        let mut content = Cursor::content(&brackets);
        // The brackets as written, then their content read.
        tokens.push(TokenTree::Group(brackets));
        let path = Path::parse(&mut content)
            .map_err(|e| Error::new(e.span(), "expected an attribute, such as `#[cfg(test)]`"))?;
        let rest = content.rest();
        Ok(Attribute {
            tokens: tokens.into_iter().collect(),
            path,
            rest,
        })
    }

    /// The attribute as written.
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
    pub fn parse_args(&self, each: &mut dyn FnMut(&mut Meta) -> Result<()>) -> Result<()> {
        let mut input = Cursor::new(self.rest.clone());
        let Some(parens) = input.group(Delimiter::Parenthesis) else {
            return Err(Error::new_spanned(
                self.path.tokens.clone(),
                format!(
                    "expected attribute arguments in parentheses: #[{}(...)]",
                    self.path.text()
                ),
            ));
        };
        let mut args = Cursor::content(&parens);
        while !args.is_empty() {
            let path = Path::parse(&mut args)?;
            each(&mut Meta {
                path,
                input: &mut args,
            })?;
            if args.is_empty() {
                break;
            }
            if !args.eat_punct(",") {
                return Err(args.error("expected `,` between two arguments"));
            }
        }
        Ok(())
    }
}

/// One argument of an attribute's parentheses: its path, and the input
/// after it.
pub struct Meta<'a> {
    pub path: Path,
    pub input: &'a mut Cursor,
}

impl Meta<'_> {
    /// The input after `=`, which must come next.
    ///
    /// # Errors
    ///
    /// When `=` does not come next.
    pub fn value(&mut self) -> Result<&mut Cursor> {
        if !self.input.eat_punct("=") {
            return Err(self.input.error(&format!(
                "expected `=` and a value after `{}`",
                self.path.text()
            )));
        }
        Ok(self.input)
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
    pub fn parse(input: &mut Cursor) -> Result<Path> {
        let mut tokens = Vec::new();
        let rooted = input.punct_into("::", &mut tokens);
        let mut segments = Vec::new();
        loop {
            // An identifier, keywords included (`crate`, `self`, `super`).
            let Some(segment) = input.any_ident() else {
                return Err(input.error("expected identifier"));
            };
            tokens.push(TokenTree::Ident(segment.clone()));
            segments.push(segment);
            if !input.punct_into("::", &mut tokens) {
                break;
            }
        }
        Ok(Path {
            segments,
            rooted,
            tokens: tokens.into_iter().collect(),
        })
    }

    /// The path as written.
    pub fn tokens(&self) -> &TokenStream {
        &self.tokens
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

/// The enum's visibility as written: nothing, `pub`, or `pub(crate)`,
/// `pub(self)`, `pub(super)`, `pub(in path)`.
pub fn parse_visibility(input: &mut Cursor) -> TokenStream {
    let mut tokens = Vec::new();
    if !input.peek_keyword("pub") {
        return TokenStream::new();
    }
    tokens.extend(input.next());
    if let Some(TokenTree::Group(group)) = input.peek() {
        let restricted = group.delimiter() == Delimiter::Parenthesis
            && matches!(
                Cursor::content(group).peek(),
                Some(TokenTree::Ident(ident)) if ["crate", "self", "super", "in"].iter().any(|k| ident == k)
            );
        if restricted {
            tokens.extend(input.next());
        }
    }
    tokens.into_iter().collect()
}

/// A column's type as written: its tokens up to the `,` or `=` that ends
/// it, outside angle brackets.
pub fn parse_type(input: &mut Cursor) -> Result<TokenStream> {
    let span = input.span();
    let (mut tokens, mut depth, mut arrow) = (Vec::new(), 0_usize, false);
    // Tree by tree, as syn read them: an invisible group (a `macro_rules!`
    // fragment) whole.
    while let Some(tree) = input.peek_tree() {
        if depth == 0 && !tokens.is_empty() && starts_next_item(&tree) {
            // The comma after the type is missing: the caller says so at
            // the type's end.
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
        input.skip_tree();
        tokens.push(tree);
    }
    if tokens.is_empty() {
        return Err(Error::new(
            span,
            "expected the column's type, as in `column http: u16,`",
        ));
    }
    Ok(tokens.into_iter().collect())
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
