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
use proc_macro2::{
    Delimiter, Group as Delimited, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree,
};

use crate::errors::{Error, Result};
use crate::names::accepted_as_ident;
pub use crate::parse::Str;
use crate::parse::{Cursor, Lit, LitValue};
use crate::syntax::{self, Attribute};

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
    /// `&str` or `&'static str`.
    Str,
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
    /// The literal, when it has a suffix (`u32` in `7u32`), which tables
    /// must not have.
    pub suffix: Option<Lit>,
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

/// Reads a whole table, the macro's input.
///
/// # Errors
///
/// The first place where the input leaves the grammar.
pub fn parse(input: TokenStream) -> Result<Table> {
    parse_table(&mut Cursor::new(input))
}

fn parse_table(input: &mut Cursor) -> Result<Table> {
    let inner_attrs = Attribute::parse_inner(input)?;
    let attrs = Attribute::parse_outer(input)?;
    let vis = syntax::parse_visibility(input);
    if !input.eat_keyword("enum") {
        return Err(input.error("expected `enum`: a table reads `pub enum Name: u32 { ... }`"));
    }
    let name = input.ident()?;
    if !input.eat_punct(":") {
        return Err(input.error(&format!(
            "expected `:` and the codes' integer type after the name, as in `enum {name}: u32`"
        )));
    }
    let repr = parse_repr(input)?;
    let class = parse_class(input)?;
    let Some(body) = input.group(Delimiter::Brace) else {
        return Err(input.error("expected `{` and the table's rows"));
    };
    let mut content = Cursor::content(&body);
    let mut items = Vec::new();
    while !content.is_empty() {
        let attrs = Attribute::parse_outer(&mut content)?;
        if content.peek_keyword("group") {
            items.push(Item::Group(parse_group(&mut content, attrs)?));
        } else if content.peek_keyword("column") {
            items.push(Item::Column(parse_column(&mut content, attrs)?));
        } else {
            items.push(Item::Row(parse_row(&mut content, attrs)?));
        }
    }
    if !input.is_empty() {
        return Err(
            input.error("unexpected tokens after the table: one `status_codes!` declares one enum")
        );
    }
    Ok(Table {
        inner_attrs,
        attrs,
        vis,
        name,
        repr,
        class,
        body_span: body.span(),
        items,
    })
}

fn parse_repr(input: &mut Cursor) -> Result<Repr> {
    if !input.eat_punct("&") {
        let ident = input.ident().map_err(|e| {
            Error::new(
                e.span(),
                "expected the codes' type: an integer type such as `u32`, or `&str`",
            )
        })?;
        return Ok(Repr::Ident(ident));
    }
    if let (Some(TokenTree::Punct(quote)), Some(TokenTree::Ident(lifetime))) =
        (input.peek(), input.peek2())
    {
        if quote.as_char() == '\'' && quote.spacing() == Spacing::Joint {
            // A lifetime, read as syn's `Lifetime` reads one.
            let (quote, lifetime) = (quote.span(), lifetime.clone());
            let text = lifetime.to_string();
            if !(accepted_as_ident(&text) || text == "static" || text == "_") {
                return Err(input.error(&format!("unexpected keyword lifetime \"'{text}\"")));
            }
            if text != "static" {
                return Err(Error::spanning(
                    quote,
                    lifetime.span(),
                    "string codes are `&str` (or `&'static str`): the enum has a lifetime of its own"
                        .to_owned(),
                ));
            }
            input.skip(2);
        }
    }
    const EXPECTED_STR: &str = "expected `str` after `&`: string codes are `&str`";
    let str = input
        .ident()
        .map_err(|e| Error::new(e.span(), EXPECTED_STR))?;
    if str != "str" {
        return Err(Error::new(str.span(), EXPECTED_STR));
    }
    Ok(Repr::Str)
}

fn parse_class(input: &mut Cursor) -> Result<Option<ClassName>> {
    if !input.eat_punct("=>") {
        return Ok(None);
    }
    // The identifier's text, read once, says whether it is an identifier
    // (not a keyword) and which class it names.
    if let Some(TokenTree::Ident(ident)) = input.peek() {
        let text = ident.to_string();
        if accepted_as_ident(&text) {
            let ident = ident.clone();
            input.skip(1);
            let class = Class::from_name(&text);
            return Ok(Some(ClassName { ident, class }));
        }
    }
    Err(input.error(
        "expected a class after `=>`: success, pending, retry, client_error, vendor_error, ...",
    ))
}

fn parse_group(input: &mut Cursor, attrs: Vec<Attribute>) -> Result<Group> {
    input.eat_keyword("group");
    if !input.peek_ident() {
        return Err(input.error("expected the group's name, such as `group Model`"));
    }
    let name = input.ident()?;
    let title = input.str();
    let range = match input.group(Delimiter::Parenthesis) {
        Some(parens) => Some(parse_range(&parens)?),
        None => None,
    };
    let class = parse_class(input)?;
    let Some(body) = input.group(Delimiter::Brace) else {
        return Err(input.error(&format!(
            "expected `{{` and the rows of group `{name}` (a group reads `group {name} \"Title\" (lo..=hi) => class {{ ... }}`)"
        )));
    };
    let mut content = Cursor::content(&body);
    let mut rows = Vec::new();
    while !content.is_empty() {
        let attrs = Attribute::parse_outer(&mut content)?;
        if content.peek_keyword("group") {
            return Err(
                content.error("groups do not nest: close this group before opening another")
            );
        }
        rows.push(parse_row(&mut content, attrs)?);
    }
    input.eat_punct(",");
    Ok(Group {
        attrs,
        name,
        title,
        range,
        class,
        rows,
    })
}

fn parse_column(input: &mut Cursor, attrs: Vec<Attribute>) -> Result<Column> {
    input.eat_keyword("column");
    if !input.peek_ident() {
        return Err(input.error("expected the column's name, such as `column http: u16,`"));
    }
    let name = input.ident()?;
    if !input.eat_punct(":") {
        return Err(input.error(&format!(
            "expected `:` and the column's type, as in `column {name}: u16,`"
        )));
    }
    let ty = syntax::parse_type(input)?;
    let default = if input.eat_punct("=") {
        Some(parse_value(input)?)
    } else {
        None
    };
    if !input.eat_punct(",") && !input.is_empty() {
        return Err(Error::new(
            input.prev_span(),
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

fn parse_value(input: &mut Cursor) -> Result<Value> {
    let mut tokens = Vec::new();
    let negative = input.punct_into("-", &mut tokens);
    let Some(lit) = input.lit() else {
        return Err(input.error("expected a literal value: a number, a string, `true` or `false`"));
    };
    tokens.push(lit.token.clone());
    Ok(Value {
        negative,
        lit,
        tokens: tokens.into_iter().collect(),
    })
}

fn parse_values(braces: &Delimited) -> Result<(Span, Vec<FieldValue>)> {
    let mut input = Cursor::content(braces);
    let mut fields = Vec::new();
    while !input.is_empty() {
        if !input.peek_ident() {
            return Err(input.error("expected a column's name, as in `{ http: 404 }`"));
        }
        let column = input.ident()?;
        if !input.eat_punct(":") {
            return Err(input.error(&format!("expected `:` and the value of column `{column}`")));
        }
        let value = parse_value(&mut input)?;
        fields.push(FieldValue { column, value });
        if input.is_empty() {
            break;
        }
        input.expect_punct(",")?;
    }
    Ok((braces.span(), fields))
}

fn parse_name(input: &mut Cursor) -> Option<Name> {
    match input.peek()? {
        TokenTree::Ident(ident) => {
            let text = ident.to_string();
            if !accepted_as_ident(&text) {
                return None;
            }
            let value = match text.strip_prefix("r#") {
                Some(raw) => raw.to_owned(),
                None => text,
            };
            let token = NameToken::Ident(ident.clone());
            input.skip(1);
            Some(Name { token, value })
        }
        TokenTree::Literal(_) => {
            let Str { token, value } = input.str()?;
            let token = NameToken::Str(token);
            Some(Name { token, value })
        }
        _ => None,
    }
}

fn parse_range(parens: &Delimited) -> Result<Range> {
    let mut input = Cursor::content(parens);
    let surround = |inner: Vec<TokenTree>| -> TokenStream {
        let mut group = Delimited::new(Delimiter::Parenthesis, inner.into_iter().collect());
        group.set_span(parens.span());
        TokenTree::Group(group).into()
    };
    if let Some(prefix) = input.str() {
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after the group's prefix"));
        }
        let tokens = surround(vec![TokenTree::Literal(prefix.token.clone())]);
        return Ok(Range {
            bounds: Bounds::Prefix(prefix),
            tokens,
        });
    }
    let start = parse_code(
        &mut input,
        "expected the group's first code, as in `(21000..=21999)`",
    )?;
    if !input.eat_punct("..=") {
        return Err(input.error(if input.peek_punct("..") {
            "use an inclusive range, `lo..=hi`: both ends are codes of the group"
        } else {
            "expected `..=` between the group's first and last codes"
        }));
    }
    let end = parse_code(
        &mut input,
        "expected the group's last code, as in `(21000..=21999)`",
    )?;
    if !input.is_empty() {
        return Err(input.error("unexpected tokens after the group's range"));
    }
    // The range as syn wrote it: `..=` at the call site.
    let mut inner: Vec<TokenTree> = start.tokens.clone().into_iter().collect();
    inner.push(Punct::new('.', Spacing::Joint).into());
    inner.push(Punct::new('.', Spacing::Joint).into());
    inner.push(Punct::new('=', Spacing::Alone).into());
    inner.extend(end.tokens.clone());
    Ok(Range {
        bounds: Bounds::Ints(start, end),
        tokens: surround(inner),
    })
}

/// A code: a string literal, or an integer literal (`-` before it for a
/// negative one).
fn parse_code(input: &mut Cursor, expected: &str) -> Result<Code> {
    if let Some(string) = input.str() {
        return Ok(Code {
            tokens: TokenTree::Literal(string.token.clone()).into(),
            string: Some(string),
            value: None,
            suffix: None,
        });
    }
    let mut tokens = Vec::new();
    let negative = input.punct_into("-", &mut tokens);
    let Some(lit) = input.int() else {
        return Err(input.error(expected));
    };
    tokens.push(lit.token.clone());
    let value = match &lit.value {
        LitValue::Int { value, .. } => value.map(|v| if negative { -v } else { v }),
        _ => None,
    };
    Ok(Code {
        string: None,
        value,
        tokens: tokens.into_iter().collect(),
        suffix: (!lit.suffix().is_empty()).then_some(lit),
    })
}

fn parse_row(input: &mut Cursor, attrs: Vec<Attribute>) -> Result<Row> {
    let code = parse_code(input, ROW_EXPECTED)?;
    let name = parse_name(input);
    let mut aliases = Vec::new();
    while input.eat_punct("|") {
        match parse_name(input) {
            Some(alias) => aliases.push(alias),
            None => {
                return Err(input.error(
                    "expected another name of the code after `|`, as in `30000 INPUT_SUCCESS | INPUT_DOWNLOAD_SUCCESS`",
                ));
            }
        }
    }
    let variant = if input.eat_keyword("as") {
        if !input.peek_ident() {
            return Err(
                input.error("expected the variant's name after `as`, such as `as FileNotFound`")
            );
        }
        Some(input.ident()?)
    } else {
        None
    };
    if input.peek_str() {
        return Err(input.error("expected `:` before the description, as in `21200 MODEL_DOES_NOT_EXIST: \"Model does not exist\"`"));
    }
    let description = if input.eat_punct(":") {
        match input.str() {
            Some(description) => Some(description),
            None => {
                return Err(input.error("expected the description, a string literal, after `:`"));
            }
        }
    } else {
        None
    };
    let class = parse_class(input)?;
    let values = match input.group(Delimiter::Brace) {
        Some(braces) => Some(parse_values(&braces)?),
        None => None,
    };
    if !input.eat_punct(",") && !input.is_empty() {
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
        return Err(Error::new(input.prev_span(), shape));
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
                matches!(&table.repr, Repr::Ident(ty) if ty == "u32")
            ),
            ("Acme".into(), true)
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

    /// Codes are read as syn reads them: strings with their escapes,
    /// integers in any radix, with `_`, a suffix or a sign.
    #[test]
    fn codes_are_read_as_syn_reads_them() {
        let table = parse(quote! {
            enum A: u8 {
                "tab\there" A, r#"raw "hash""# B, "line\
                 continued" C, 0x10 D, 1_000 E, 7u32 F, -5 G, 0b101 H,
                340282366920938463463374607431768211455 I,
            }
        })
        .unwrap();
        let codes: Vec<(Option<&str>, Option<i128>, &str)> = table
            .items
            .iter()
            .map(|item| match item {
                Item::Row(row) => (
                    row.code.string.as_ref().map(Str::value),
                    row.code.value,
                    row.code.suffix.as_ref().map_or("", Lit::suffix),
                ),
                _ => panic!("rows only"),
            })
            .collect();
        assert_eq!(
            codes,
            [
                (Some("tab\there"), None, ""),
                (Some("raw \"hash\""), None, ""),
                (Some("linecontinued"), None, ""),
                (None, Some(16), ""),
                (None, Some(1000), ""),
                (None, Some(7), "u32"),
                (None, Some(-5), ""),
                (None, Some(5), ""),
                // Too large for an i128: no value, for validation to say so.
                (None, None, ""),
            ]
        );
        // A float or a character is no code.
        for code in [quote!(1.5), quote!('c'), quote!(b"x")] {
            let error = parse(quote!(enum A: u8 { #code X })).err().unwrap();
            assert!(
                error.to_string().starts_with("expected a row such as"),
                "{code}"
            );
        }
    }

    /// Names are identifiers as syn takes them: every keyword it refuses is
    /// refused, every other word taken.
    #[test]
    fn names_refuse_the_words_syn_refuses() {
        let refused = [
            "_", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
            "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "if",
            "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override",
            "priv", "pub", "ref", "return", "Self", "self", "static", "struct", "super", "trait",
            "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where",
            "while", "yield",
        ];
        let taken = [
            "gen",
            "macro_rules",
            "raw",
            "safe",
            "union",
            "SELF",
            "Type",
            "NOT_FOUND",
            "not_found",
            "r#type",
            "r#Self2",
        ];
        for word in refused {
            assert!(!accepted_as_ident(word), "{word}");
        }
        for word in taken {
            assert!(accepted_as_ident(word), "{word}");
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
        let Some(NameToken::Ident(raw)) = rows[0].name.as_ref().map(|n| &n.token) else {
            panic!("`r#type` is an identifier")
        };
        assert_eq!(raw.to_string(), "r#type");
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
