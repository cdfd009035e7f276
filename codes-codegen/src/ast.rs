//! The syntax of a `status_codes!` table, parsed as written: every token kept
//! with its span, nothing checked beyond the grammar. `validate` turns it into
//! the plain [`Model`](crate::model::Model).
//!
//! ```text
//! table  := inner-attr* outer-attr* vis `enum` Ident `:` (Ident | `&` `'static`? `str`) (`=>` class)? `{` item* `}`
//! item   := outer-attr* (column | group | row)
//! column := `column` Ident `:` Type (`=` value)? `,`
//! group  := `group` Ident LitStr? (`(` code `..=` code `)` | `(` LitStr `)`)? (`=>` class)? `{` (outer-attr* row)* `}` `,`?
//! row    := code name? (`|` name)* (`as` Ident)? (`:` LitStr)? (`=>` class)? values? `,`
//! name   := Ident | LitStr
//! values := `{` (Ident `:` value),* `}`
//! value  := `-`? Lit
//! code   := `-`? LitInt | LitStr
//! ```

use codes_core::Class;
use proc_macro2::{Literal, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, Lit, LitInt, Token, braced, parenthesized};

use crate::names::accepted_as_ident;
use crate::syntax::{self, Attribute};

mod kw {
    syn::custom_keyword!(group);
    syn::custom_keyword!(column);
}

/// A whole table.
pub struct Table {
    /// `#![codes(...)]` attributes, which re-exporting macros prepend.
    pub inner_attrs: Vec<Attribute>,
    /// The enum's attributes: doc comments, `#[codes(...)]`, pass-through.
    pub attrs: Vec<Attribute>,
    /// The enum's visibility, as written.
    pub vis: TokenStream,
    pub name: Ident,
    /// The codes' type, as written.
    pub repr: Repr,
    pub class: Option<ClassName>,
    /// The span of the table's braces, for errors about the whole body.
    pub body_span: Span,
    pub items: Vec<Item>,
}

/// The codes' type: an identifier (`u32`), or `&str` for string codes.
pub enum Repr {
    Ident(Ident),
    /// `&str` or `&'static str`, with its tokens.
    Str(TokenStream),
}

impl ToTokens for Repr {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Repr::Ident(ident) => ident.to_tokens(tokens),
            Repr::Str(str) => str.to_tokens(tokens),
        }
    }
}

/// A string literal as written, with its value (read once, when parsed).
pub struct Str {
    pub token: Literal,
    value: String,
}

impl Str {
    /// The string the literal holds, its escapes resolved.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The value, taken.
    pub fn into_value(self) -> String {
        self.value
    }
}

impl ToTokens for Str {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.token.to_tokens(tokens);
    }
}

/// A class as written after `=>`, with the class it names (`None` when it
/// names none).
pub struct ClassName {
    pub ident: Ident,
    pub class: Option<Class>,
}

/// A column, a row or a group, in the order written.
pub enum Item {
    Column(Column),
    Row(Row),
    Group(Group),
}

/// `column http: u16 = 200,`: an extra column of every row.
pub struct Column {
    pub attrs: Vec<Attribute>,
    pub name: Ident,
    /// The column's type, as written.
    pub ty: TokenStream,
    pub default: Option<Value>,
}

/// A column's value as written: `-`? and a literal.
pub struct Value {
    pub negative: bool,
    pub lit: Lit,
    /// The tokens (`-` and the literal), for errors that point at the value.
    pub tokens: TokenStream,
}

/// `http: 404` in a row's braces.
pub struct FieldValue {
    pub column: Ident,
    pub value: Value,
}

/// `group Name "Title" (lo..=hi) => class { rows }`.
pub struct Group {
    pub attrs: Vec<Attribute>,
    pub name: Ident,
    pub title: Option<Str>,
    pub range: Option<Range>,
    pub class: Option<ClassName>,
    pub rows: Vec<Row>,
}

/// A group's declared range: `(lo..=hi)`, or `("prefix")` in a
/// string-keyed table.
pub struct Range {
    pub bounds: Bounds,
    /// The tokens of the whole range, for errors that point at it.
    pub tokens: TokenStream,
}

/// What a group's range holds.
// One a group, read once: the size of its codes does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Bounds {
    /// The codes from the first to the last, both included.
    Ints(Code, Code),
    /// The string codes that begin with it.
    Prefix(Str),
}

/// A code as written: `21200`, `-1100`, `"ModelArts.4900"`.
pub struct Code {
    /// The code of a string-keyed table, as written.
    pub string: Option<Str>,
    /// `None` when the literal does not fit an `i128`, or is a string.
    pub value: Option<i128>,
    /// The tokens (`-` and the literal), for errors that point at the code.
    pub tokens: TokenStream,
    /// The literal's suffix (`u32` in `7u32`), which tables must not have.
    pub suffix: Option<LitInt>,
}

/// A row's wire name: an identifier (`MODEL_DOES_NOT_EXIST`) or, for names
/// that are not identifiers, a string (`"Not Found"`).
pub struct Name {
    pub token: NameToken,
    /// The name: the identifier's text (without `r#`) or the string's value.
    value: String,
}

/// The token a [`Name`] is written as.
pub enum NameToken {
    Ident(Ident),
    Str(Literal),
}

impl Name {
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The value, taken.
    pub fn into_value(self) -> String {
        self.value
    }

    /// The span of its token.
    pub fn span(&self) -> Span {
        match &self.token {
            NameToken::Ident(ident) => ident.span(),
            NameToken::Str(lit) => lit.span(),
        }
    }
}

impl ToTokens for Name {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match &self.token {
            NameToken::Ident(ident) => ident.to_tokens(tokens),
            NameToken::Str(lit) => lit.to_tokens(tokens),
        }
    }
}

/// `21200 MODEL_DOES_NOT_EXIST | OLD_NAME as Variant: "Description" => class { column: value }`.
pub struct Row {
    pub attrs: Vec<Attribute>,
    pub code: Code,
    pub name: Option<Name>,
    pub aliases: Vec<Name>,
    pub variant: Option<Ident>,
    pub description: Option<Str>,
    pub class: Option<ClassName>,
    /// The braces' span and the values in them, when the row has braces.
    pub values: Option<(Span, Vec<FieldValue>)>,
}

const ROW_EXPECTED: &str = "expected a row such as `21200 MODEL_DOES_NOT_EXIST: \"Model does not exist\" => client_error,` or a `group`";

impl Parse for Table {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let inner_attrs = input.call(Attribute::parse_inner)?;
        let attrs = input.call(Attribute::parse_outer)?;
        let vis = syntax::parse_visibility(input)?;
        if !input.peek(Token![enum]) {
            return Err(input.error("expected `enum`: a table reads `pub enum Name: u32 { ... }`"));
        }
        input.parse::<Token![enum]>()?;
        let name: Ident = input.parse()?;
        if !input.peek(Token![:]) {
            return Err(input.error(format!(
                "expected `:` and the codes' integer type after the name, as in `enum {name}: u32`"
            )));
        }
        input.parse::<Token![:]>()?;
        let repr = parse_repr(input)?;
        let class = parse_class(input)?;
        if !input.peek(syn::token::Brace) {
            return Err(input.error("expected `{` and the table's rows"));
        }
        let content;
        let brace = braced!(content in input);
        let mut items = Vec::new();
        while !content.is_empty() {
            let attrs = content.call(Attribute::parse_outer)?;
            if content.peek(kw::group) {
                items.push(Item::Group(parse_group(&content, attrs)?));
            } else if content.peek(kw::column) {
                items.push(Item::Column(parse_column(&content, attrs)?));
            } else {
                items.push(Item::Row(parse_row(&content, attrs)?));
            }
        }
        if !input.is_empty() {
            return Err(input.error(
                "unexpected tokens after the table: one `status_codes!` declares one enum",
            ));
        }
        Ok(Table {
            inner_attrs,
            attrs,
            vis,
            name,
            repr,
            class,
            body_span: brace.span.join(),
            items,
        })
    }
}

fn parse_repr(input: ParseStream) -> syn::Result<Repr> {
    if !input.peek(Token![&]) {
        let ident: Ident = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the codes' type: an integer type such as `u32`, or `&str`",
            )
        })?;
        return Ok(Repr::Ident(ident));
    }
    let mut tokens = TokenStream::new();
    input.parse::<Token![&]>()?.to_tokens(&mut tokens);
    if input.peek(syn::Lifetime) {
        let lifetime: syn::Lifetime = input.parse()?;
        if lifetime.ident != "static" {
            return Err(syn::Error::new_spanned(
                lifetime,
                "string codes are `&str` (or `&'static str`): the enum has a lifetime of its own",
            ));
        }
        lifetime.to_tokens(&mut tokens);
    }
    let str: Ident = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected `str` after `&`: string codes are `&str`",
        )
    })?;
    if str != "str" {
        return Err(syn::Error::new_spanned(
            str,
            "expected `str` after `&`: string codes are `&str`",
        ));
    }
    str.to_tokens(&mut tokens);
    Ok(Repr::Str(tokens))
}

fn parse_class(input: ParseStream) -> syn::Result<Option<ClassName>> {
    if !input.peek(Token![=>]) {
        return Ok(None);
    }
    input.parse::<Token![=>]>()?;
    // The identifier's text, read once, says whether it is an identifier
    // (not a keyword) and which class it names.
    let class = input.step(|cursor| {
        if let Some((ident, rest)) = cursor.ident() {
            let text = ident.to_string();
            if accepted_as_ident(&text) {
                let class = Class::from_name(&text);
                return Ok((Some(ClassName { ident, class }), rest));
            }
        }
        Ok((None, *cursor))
    })?;
    match class {
        Some(class) => Ok(Some(class)),
        None => Err(input.error(
            "expected a class after `=>`: success, pending, retry, client_error, vendor_error, ...",
        )),
    }
}

fn parse_group(input: ParseStream, attrs: Vec<Attribute>) -> syn::Result<Group> {
    input.parse::<kw::group>()?;
    if !input.peek(Ident) {
        return Err(input.error("expected the group's name, such as `group Model`"));
    }
    let name: Ident = input.parse()?;
    let title = parse_str(input)?;
    let range = if input.peek(syn::token::Paren) {
        Some(parse_range(input)?)
    } else {
        None
    };
    let class = parse_class(input)?;
    if !input.peek(syn::token::Brace) {
        return Err(input.error(format!(
            "expected `{{` and the rows of group `{name}` (a group reads `group {name} \"Title\" (lo..=hi) => class {{ ... }}`)"
        )));
    }
    let content;
    braced!(content in input);
    let mut rows = Vec::new();
    while !content.is_empty() {
        let attrs = content.call(Attribute::parse_outer)?;
        if content.peek(kw::group) {
            return Err(
                content.error("groups do not nest: close this group before opening another")
            );
        }
        rows.push(parse_row(&content, attrs)?);
    }
    if input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
    }
    Ok(Group {
        attrs,
        name,
        title,
        range,
        class,
        rows,
    })
}

fn parse_column(input: ParseStream, attrs: Vec<Attribute>) -> syn::Result<Column> {
    input.parse::<kw::column>()?;
    if !input.peek(Ident) {
        return Err(input.error("expected the column's name, such as `column http: u16,`"));
    }
    let name: Ident = input.parse()?;
    if !input.peek(Token![:]) {
        return Err(input.error(format!(
            "expected `:` and the column's type, as in `column {name}: u16,`"
        )));
    }
    input.parse::<Token![:]>()?;
    let ty = syntax::parse_type(input)?;
    let default = if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        Some(parse_value(input)?)
    } else {
        None
    };
    if input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
    } else if !input.is_empty() {
        return Err(syn::Error::new(
            input.cursor().prev_span(),
            "expected `,` after the column",
        ));
    }
    Ok(Column {
        attrs,
        name,
        ty,
        default,
    })
}

fn parse_value(input: ParseStream) -> syn::Result<Value> {
    let mut tokens = TokenStream::new();
    let negative = if input.peek(Token![-]) {
        input.parse::<Token![-]>()?.to_tokens(&mut tokens);
        true
    } else {
        false
    };
    if !input.peek(Lit) {
        return Err(input.error("expected a literal value: a number, a string, `true` or `false`"));
    }
    let lit: Lit = input.parse()?;
    lit.to_tokens(&mut tokens);
    Ok(Value {
        negative,
        lit,
        tokens,
    })
}

fn parse_values(input: ParseStream) -> syn::Result<(Span, Vec<FieldValue>)> {
    let content;
    let brace = braced!(content in input);
    let fields = Punctuated::<FieldValue, Token![,]>::parse_terminated_with(&content, |input| {
        if !input.peek(Ident) {
            return Err(input.error("expected a column's name, as in `{ http: 404 }`"));
        }
        let column: Ident = input.parse()?;
        if !input.peek(Token![:]) {
            return Err(input.error(format!("expected `:` and the value of column `{column}`")));
        }
        input.parse::<Token![:]>()?;
        Ok(FieldValue {
            column,
            value: parse_value(input)?,
        })
    })?;
    Ok((brace.span.join(), fields.into_iter().collect()))
}

fn parse_name(input: ParseStream) -> syn::Result<Option<Name>> {
    input.step(|cursor| {
        if let Some((ident, rest)) = cursor.ident() {
            let text = ident.to_string();
            if !accepted_as_ident(&text) {
                return Ok((None, *cursor));
            }
            let value = match text.strip_prefix("r#") {
                Some(raw) => raw.to_owned(),
                None => text,
            };
            let token = NameToken::Ident(ident);
            return Ok((Some(Name { token, value }), rest));
        }
        if let Some((token, rest)) = cursor.literal() {
            if let Scanned::Str(value) = scan(&token) {
                let token = NameToken::Str(token);
                return Ok((Some(Name { token, value }), rest));
            }
        }
        Ok((None, *cursor))
    })
}

/// What a literal is, read from its text once.
enum Scanned {
    /// A string literal (`"..."`, `r"..."`), with its value.
    Str(String),
    /// Decimal digits alone (no sign, suffix, `_` or radix), with their
    /// value when it fits an `i128`.
    Decimal(Option<i128>),
    /// Anything else.
    Other,
}

/// Reads `token` as syn would (`Lit::new`), without syn's copies: the
/// common literals (decimal codes, strings without escapes) directly, the
/// others through syn.
fn scan(token: &Literal) -> Scanned {
    let mut repr = token.to_string();
    match repr.as_bytes().first() {
        Some(b'"') => {
            let end = repr.len() - 1;
            let plain = end > 0
                && repr.ends_with('"')
                && !repr.as_bytes()[1..end]
                    .iter()
                    .any(|b| matches!(b, b'"' | b'\\' | b'\r'));
            if plain {
                repr.truncate(end);
                repr.remove(0);
                return Scanned::Str(repr);
            }
        }
        Some(b'r') => {}
        Some(b'0'..=b'9') if repr.bytes().all(|b| b.is_ascii_digit()) => {
            let value = repr.parse::<u128>().ok();
            return Scanned::Decimal(value.and_then(|v| i128::try_from(v).ok()));
        }
        _ => return Scanned::Other,
    }
    match Lit::new(token.clone()) {
        Lit::Str(lit) => Scanned::Str(lit.value()),
        _ => Scanned::Other,
    }
}

/// The string literal that comes next, if one does.
fn parse_str(input: ParseStream) -> syn::Result<Option<Str>> {
    input.step(|cursor| {
        if let Some((token, rest)) = cursor.literal() {
            if let Scanned::Str(value) = scan(&token) {
                return Ok((Some(Str { token, value }), rest));
            }
        }
        Ok((None, *cursor))
    })
}

/// Whether a string literal comes next.
fn peek_str(input: ParseStream) -> bool {
    input
        .cursor()
        .literal()
        .is_some_and(|(token, _)| matches!(scan(&token), Scanned::Str(_)))
}

fn parse_range(input: ParseStream) -> syn::Result<Range> {
    let content;
    let parens = parenthesized!(content in input);
    if let Some(prefix) = parse_str(&content)? {
        if !content.is_empty() {
            return Err(content.error("unexpected tokens after the group's prefix"));
        }
        let mut tokens = TokenStream::new();
        parens.surround(&mut tokens, |inner| prefix.to_tokens(inner));
        return Ok(Range {
            bounds: Bounds::Prefix(prefix),
            tokens,
        });
    }
    let start = parse_code(
        &content,
        "expected the group's first code, as in `(21000..=21999)`",
    )?;
    if content.peek(Token![..=]) {
        content.parse::<Token![..=]>()?;
    } else if content.peek(Token![..]) {
        return Err(
            content.error("use an inclusive range, `lo..=hi`: both ends are codes of the group")
        );
    } else {
        return Err(content.error("expected `..=` between the group's first and last codes"));
    }
    let end = parse_code(
        &content,
        "expected the group's last code, as in `(21000..=21999)`",
    )?;
    if !content.is_empty() {
        return Err(content.error("unexpected tokens after the group's range"));
    }
    let mut tokens = TokenStream::new();
    parens.surround(&mut tokens, |inner| {
        start.tokens.to_tokens(inner);
        <Token![..=]>::default().to_tokens(inner);
        end.tokens.to_tokens(inner);
    });
    Ok(Range {
        bounds: Bounds::Ints(start, end),
        tokens,
    })
}

fn parse_code(input: ParseStream, expected: &str) -> syn::Result<Code> {
    // A string or a plain decimal literal, read at once; anything else (a
    // sign, a suffix, a radix) through syn.
    let scanned = input.step(|cursor| {
        if let Some((token, rest)) = cursor.literal() {
            let code = match scan(&token) {
                Scanned::Str(value) => Code {
                    tokens: TokenTree::Literal(token.clone()).into(),
                    string: Some(Str { token, value }),
                    value: None,
                    suffix: None,
                },
                Scanned::Decimal(value) => Code {
                    tokens: TokenTree::Literal(token).into(),
                    string: None,
                    value,
                    suffix: None,
                },
                Scanned::Other => return Ok((None, *cursor)),
            };
            return Ok((Some(code), rest));
        }
        Ok((None, *cursor))
    })?;
    if let Some(code) = scanned {
        return Ok(code);
    }
    let mut tokens = TokenStream::new();
    let negative = if input.peek(Token![-]) {
        input.parse::<Token![-]>()?.to_tokens(&mut tokens);
        true
    } else {
        false
    };
    if !input.peek(LitInt) {
        return Err(input.error(expected));
    }
    let lit: LitInt = input.parse()?;
    lit.to_tokens(&mut tokens);
    let value = lit
        .base10_parse::<u128>()
        .ok()
        .and_then(|v| i128::try_from(v).ok());
    let value = value.map(|v| if negative { -v } else { v });
    let suffix = (!lit.suffix().is_empty()).then_some(lit);
    Ok(Code {
        string: None,
        value,
        tokens,
        suffix,
    })
}

fn parse_row(input: ParseStream, attrs: Vec<Attribute>) -> syn::Result<Row> {
    let code = parse_code(input, ROW_EXPECTED)?;
    let name = parse_name(input)?;
    let mut aliases = Vec::new();
    while input.peek(Token![|]) {
        input.parse::<Token![|]>()?;
        match parse_name(input)? {
            Some(alias) => aliases.push(alias),
            None => {
                return Err(input.error(
                    "expected another name of the code after `|`, as in `30000 INPUT_SUCCESS | INPUT_DOWNLOAD_SUCCESS`",
                ));
            }
        }
    }
    let variant = if input.peek(Token![as]) {
        input.parse::<Token![as]>()?;
        if !input.peek(Ident) {
            return Err(
                input.error("expected the variant's name after `as`, such as `as FileNotFound`")
            );
        }
        Some(input.parse()?)
    } else {
        None
    };
    if peek_str(input) {
        return Err(input.error("expected `:` before the description, as in `21200 MODEL_DOES_NOT_EXIST: \"Model does not exist\"`"));
    }
    let description = if input.peek(Token![:]) {
        input.parse::<Token![:]>()?;
        match parse_str(input)? {
            Some(description) => Some(description),
            None => {
                return Err(input.error("expected the description, a string literal, after `:`"));
            }
        }
    } else {
        None
    };
    let class = parse_class(input)?;
    let values = if input.peek(syn::token::Brace) {
        Some(parse_values(input)?)
    } else {
        None
    };
    if input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
    } else if !input.is_empty() {
        let shape = if values.is_some() {
            "expected `,` after the row's column values"
        } else if class.is_some() {
            "expected `,` after the row"
        } else if description.is_some() {
            "expected `=> class` or `,` after the row's description"
        } else {
            "expected `:` and a description, `=> class`, or `,` after the row's code and name"
        };
        // At the row's last token, where the comma is missing, not at the
        // next row's first.
        return Err(syn::Error::new(input.cursor().prev_span(), shape));
    }
    Ok(Row {
        attrs,
        code,
        name,
        aliases,
        variant,
        description,
        class,
        values,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn parse(tokens: TokenStream) -> syn::Result<Table> {
        syn::parse2(tokens)
    }

    #[test]
    fn a_table_parses_as_written() {
        let table = parse(quote! {
            #![codes(crate = ::x)]
            /// Docs.
            #[codes(vendor = "Acme")]
            pub enum Acme: u32 => client_error {
                group Model "Model codes" (21000..=21999) => pending {
                    /// Row docs.
                    21200 MODEL_DOES_NOT_EXIST: "Model does not exist" => client_error,
                    21201 "Not Found" as Gone,
                }
                -5 as Negative: "Below zero",
            }
        })
        .unwrap();
        assert_eq!(table.inner_attrs.len(), 1);
        assert_eq!(table.attrs.len(), 2);
        assert_eq!(
            (
                table.name.to_string(),
                table.repr.to_token_stream().to_string()
            ),
            ("Acme".into(), "u32".into())
        );
        let class = table.class.unwrap();
        assert_eq!(class.ident.to_string(), "client_error");
        assert_eq!(class.class, Some(Class::ClientError));
        let [Item::Group(group), Item::Row(row)] = &table.items[..] else {
            panic!("two items")
        };
        assert_eq!(group.name.to_string(), "Model");
        assert_eq!(group.title.as_ref().unwrap().value(), "Model codes");
        let Bounds::Ints(start, end) = &group.range.as_ref().unwrap().bounds else {
            panic!("a range of codes")
        };
        assert_eq!((start.value, end.value), (Some(21000), Some(21999)));
        assert_eq!(group.class.as_ref().unwrap().class, Some(Class::Pending));
        assert_eq!(group.rows.len(), 2);
        let first = &group.rows[0];
        assert_eq!(first.attrs.len(), 1);
        assert_eq!(first.code.value, Some(21200));
        assert_eq!(first.name.as_ref().unwrap().value(), "MODEL_DOES_NOT_EXIST");
        assert_eq!(
            first.description.as_ref().unwrap().value(),
            "Model does not exist"
        );
        assert_eq!(first.class.as_ref().unwrap().ident, "client_error");
        let second = &group.rows[1];
        assert_eq!(second.name.as_ref().unwrap().value(), "Not Found");
        assert_eq!(second.variant.as_ref().unwrap().to_string(), "Gone");
        assert!(second.description.is_none() && second.class.is_none());
        assert_eq!(row.code.value, Some(-5));
        assert!(row.name.is_none());
        assert_eq!(row.variant.as_ref().unwrap().to_string(), "Negative");
    }

    #[test]
    fn the_last_row_needs_no_comma_and_suffixes_are_kept_for_validation() {
        let table = parse(quote!(enum A: u8 { 1 ONE, 2u8 TWO })).unwrap();
        let [Item::Row(one), Item::Row(two)] = &table.items[..] else {
            panic!("two rows")
        };
        assert!(one.code.suffix.is_none());
        assert_eq!(two.code.suffix.as_ref().unwrap().suffix(), "u8");
    }

    #[test]
    fn grammar_errors_say_what_was_expected() {
        let message = |tokens: TokenStream| {
            parse(tokens)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(
            message(quote!(
                struct A;
            ))
            .starts_with("expected `enum`")
        );
        assert!(
            message(quote!(enum A { 1 ONE }))
                .starts_with("expected `:` and the codes' integer type")
        );
        assert!(
            message(quote!(enum A: u8 { 1 ONE "x" }))
                .starts_with("expected `:` before the description")
        );
        assert!(message(quote!(enum A: u8 { 1 ONE: x })).starts_with("expected the description"));
        assert!(message(quote!(enum A: u8 { 1 ONE => })).contains("expected a class after `=>`"));
        assert!(
            message(quote!(enum A: u8 { 1 ONE => success 2 }))
                .starts_with("expected `,` after the row")
        );
        assert!(
            message(quote!(enum A: u8 { group G { group H {} } }))
                .starts_with("groups do not nest")
        );
        assert!(
            message(quote!(enum A: u8 { group G (1..2) {} })).starts_with("use an inclusive range")
        );
        assert!(
            message(quote!(enum A: u8 { 1 as })).contains("expected the variant's name after `as`")
        );
        assert!(
            message(quote!(enum A: u8 {} enum B: u8 {}))
                .starts_with("unexpected tokens after the table")
        );
    }

    /// Literals are read as syn reads them (`Lit::new`), on its fast paths
    /// and off them.
    #[test]
    fn literals_are_scanned_as_syn_reads_them() {
        let literals = quote! {
            "plain" "" "tab\there" "quote \" inside" r"raw \n" r#"raw "hash""# "suffixed"x
            "line\
             continued" "\u{e9}t\u{e9}" "été" 0 7 21200 0123 340282366920938463463374607431768211455
            1_000 0x10 7u32 1.5 'c' b"bytes"
        };
        for token in literals {
            let TokenTree::Literal(token) = token else {
                panic!("{token} is a literal")
            };
            let expected = match Lit::new(token.clone()) {
                Lit::Str(lit) => Some(Ok(lit.value())),
                Lit::Int(lit)
                    if lit.suffix().is_empty() && !token.to_string().contains(['_', 'x']) =>
                {
                    Some(Err(lit
                        .base10_parse::<u128>()
                        .ok()
                        .and_then(|v| i128::try_from(v).ok())))
                }
                _ => None,
            };
            let scanned = match scan(&token) {
                Scanned::Str(value) => Some(Ok(value)),
                Scanned::Decimal(value) => Some(Err(value)),
                Scanned::Other => None,
            };
            assert_eq!(scanned, expected, "{token}");
        }
        // An integer that does not fit an i128 has no value.
        let big = Literal::u128_unsuffixed(u128::MAX);
        assert!(matches!(scan(&big), Scanned::Decimal(None)));
    }

    /// Names are identifiers as syn takes them: every keyword it refuses is
    /// refused, every other word taken.
    #[test]
    fn names_refuse_the_words_syn_refuses() {
        let words = [
            "_",
            "abstract",
            "as",
            "async",
            "await",
            "become",
            "box",
            "break",
            "const",
            "continue",
            "crate",
            "do",
            "dyn",
            "else",
            "enum",
            "extern",
            "false",
            "final",
            "fn",
            "for",
            "gen",
            "if",
            "impl",
            "in",
            "let",
            "loop",
            "macro",
            "macro_rules",
            "match",
            "mod",
            "move",
            "mut",
            "override",
            "priv",
            "pub",
            "raw",
            "ref",
            "return",
            "safe",
            "Self",
            "self",
            "static",
            "struct",
            "super",
            "trait",
            "true",
            "try",
            "type",
            "typeof",
            "union",
            "unsafe",
            "unsized",
            "use",
            "virtual",
            "where",
            "while",
            "yield",
            "SELF",
            "Type",
            "NOT_FOUND",
            "not_found",
            "r#type",
            "r#Self2",
        ];
        for word in words {
            let syn_takes = syn::parse_str::<Ident>(word).is_ok();
            assert_eq!(accepted_as_ident(word), syn_takes, "{word}");
        }
    }

    #[test]
    fn names_and_codes_keep_their_values_and_tokens() {
        let table =
            parse(quote!(enum A: u8 { 1 r#type, 2 "Not \"Found\"" | ALIAS, 3 _X })).unwrap();
        let rows: Vec<&Row> = table
            .items
            .iter()
            .map(|item| match item {
                Item::Row(row) => row,
                _ => panic!("rows only"),
            })
            .collect();
        let names: Vec<&str> = rows
            .iter()
            .map(|r| r.name.as_ref().unwrap().value())
            .collect();
        assert_eq!(names, ["type", "Not \"Found\"", "_X"]);
        assert_eq!(rows[1].aliases[0].value(), "ALIAS");
        assert_eq!(rows[0].name.to_token_stream().to_string(), "r#type");
        assert_eq!(rows[2].code.tokens.to_string(), "3");
        // A keyword is no name: the row reads on, and `_` is refused.
        let error = parse(quote!(enum A: u8 { 1 type }))
            .err()
            .unwrap()
            .to_string();
        assert!(
            error.starts_with("expected `:` and a description"),
            "{error}"
        );
    }
}
