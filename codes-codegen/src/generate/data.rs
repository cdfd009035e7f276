//! Where the generated code keeps a table's data: in `static`s (`__CLASSES`)
//! in the block that holds the enum's impls (`const _: () = { .. };`), so
//! that the data is stored once in the program, whichever crates read it,
//! and no name leaks into the user's module.
//!
//! Strings are not stored as `&'static str`s (16 bytes and, in a
//! position-independent binary, a 24-byte relocation each) but in one text,
//! every row's name, variant name, description (and, in a string-keyed
//! table, code) in turn, with an array of offsets into it
//! (`codes_core::__private::text`). Indices into the rows are the smallest
//! unsigned type that holds them.

use proc_macro2::{Delimiter, Group, Ident, Literal, TokenStream, TokenTree};

use super::template::{fill, ident, punct};

use crate::model::{Code, Model};

/// A string field of every row, stored in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Variant,
    Description,
    /// The code of a string-keyed table.
    Code,
}

impl Field {
    /// The fields a table stores, in the text's order.
    fn of(model: &Model) -> &'static [Field] {
        match model.key {
            crate::model::KeyType::Int(_) => &[Field::Name, Field::Variant, Field::Description],
            crate::model::KeyType::Str => {
                &[Field::Name, Field::Variant, Field::Description, Field::Code]
            }
        }
    }

    /// The field's string of `row` (`None` where the row has none).
    fn value(self, row: &crate::model::RowModel) -> Option<String> {
        match self {
            Field::Name => row.name.clone(),
            Field::Variant => Some(row.variant.to_string()),
            Field::Description => row.description.clone(),
            Field::Code => match &row.code {
                Code::Str(code) => Some(code.clone()),
                Code::Int(_) => None,
            },
        }
    }
}

/// The bits of a row's flags (`__FLAGS`), where some row is deprecated or
/// generic: each read only where some row sets it. (A row without a name
/// or a description has an empty string in the text, which no name or
/// description is.)
pub const DEPRECATED: u8 = 1;
/// The row's deprecation has a note.
pub const NOTED: u8 = 2;
/// The row is a vendor's catch-all code (`#[codes(generic)]`).
pub const GENERIC: u8 = 4;

/// The flags of `row`.
pub fn flags(row: &crate::model::RowModel) -> u8 {
    let mut flags = 0;
    if row.generic {
        flags |= GENERIC;
    }
    if let Some(note) = &row.deprecated {
        flags |= DEPRECATED;
        if note.is_some() {
            flags |= NOTED;
        }
    }
    flags
}

/// Strings without a pointer each: one text and the offsets into it, string
/// `k` being `text[at[k]..at[k + 1]]`, held by two statics named after
/// the strings (`__NAME_TEXT`, a string, and `__NAME_AT`, the offsets in
/// the smallest type that holds them), read through
/// `codes_core::__private::text`.
pub struct Strings {
    prefix: &'static str,
    text: String,
    at: Vec<usize>,
}

impl Strings {
    /// No strings yet, held by functions named after `prefix`
    /// ([`Strings::push`] adds them in order).
    pub fn new(prefix: &'static str) -> Self {
        Strings {
            prefix,
            text: String::new(),
            at: vec![0],
        }
    }

    /// Adds `string` after the others.
    pub fn push(&mut self, string: &str) {
        self.text.push_str(string);
        self.at.push(self.text.len());
    }

    /// The two statics.
    pub fn statics(&self) -> TokenStream {
        let literal = super::str_lit(&self.text);
        let text = self.text();
        // The offsets as the strings' lengths, one byte string (see
        // `codes_core::__private::text::u8::offsets`).
        let (at, ty, count) = (self.at(), index_type(self.text.len()), self.at.len());
        let mut lengths = Vec::with_capacity(count);
        for pair in self.at.windows(2) {
            leb128(pair[1] - pair[0], &mut lengths);
        }
        let lengths = Literal::byte_string(&lengths);
        fill(
            "strings",
            r"
            static $text: &str = $literal;
            static $at: [$ty; $count] = __p::text::$ty::offsets($lengths);
            ",
            &[
                ("text", text.into()),
                ("literal", literal.into()),
                ("at", at.into()),
                ("ty", ty.into()),
                ("count", count.into()),
                ("lengths", lengths.into()),
            ],
        )
    }

    /// The call of `text`'s function `function` (`get`, `some`, `find`)
    /// for the offsets' type, on the strings and `arg`.
    fn call(&self, function: &str, arg: &TokenStream) -> TokenStream {
        fill(
            "strings_call",
            "__p::text::$ty::$function($text, &$at, $arg)",
            &[
                ("ty", index_type(self.text.len()).into()),
                ("function", ident(function).into()),
                ("text", self.text().into()),
                ("at", self.at().into()),
                ("arg", arg.into()),
            ],
        )
    }

    /// The static of the text, a `&'static str`.
    pub fn text(&self) -> Ident {
        ident(&format!("__{}_TEXT", self.prefix.to_uppercase()))
    }

    /// The static of the offsets.
    pub fn at(&self) -> Ident {
        ident(&format!("__{}_AT", self.prefix.to_uppercase()))
    }

    /// The text's length in bytes, with its padding (see [`Text::strings`]).
    pub fn text_len(&self) -> usize {
        self.text.len()
    }

    /// Where the last string starts.
    pub fn last_start(&self) -> usize {
        self.at[self.at.len().saturating_sub(2)]
    }

    /// The expression of string `index` (a `usize` expression), a
    /// `&'static str`.
    pub fn get(&self, index: &TokenStream) -> TokenStream {
        self.call("get", index)
    }

    /// The expression of string `index` (a `usize` expression), an
    /// `Option<&'static str>`: `None` where it is empty.
    pub fn some(&self, index: &TokenStream) -> TokenStream {
        self.call("some", index)
    }

    /// The expression of the first string that is `other` (a `&str`
    /// expression), an `Option<usize>`.
    pub fn find(&self, other: &TokenStream) -> TokenStream {
        self.call("find", other)
    }
}

/// The texts of a table, one a field (so that a program that reads no
/// description holds none: each is its own `static`): the field's string
/// of row `i` is string `i` (the catch-all's, at `i == rows`, is empty).
pub struct Text {
    fields: Vec<(Field, Strings)>,
}

impl Field {
    /// The field's name in the generated functions' (`__name_text`).
    fn ident(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Variant => "variant",
            Field::Description => "description",
            Field::Code => "code",
        }
    }
}

impl Text {
    pub fn new(model: &Model) -> Self {
        let mut fields = Vec::new();
        for &field in Field::of(model) {
            fields.push((field, Self::strings(model, field)));
        }
        Text { fields }
    }

    /// The strings of `field`: the rows', the catch-all's, and where the
    /// field is a lookup's, the aliases'.
    fn strings(model: &Model, field: Field) -> Strings {
        let mut strings = Strings::new(field.ident());
        for row in &model.rows {
            strings.push(field.value(row).as_deref().unwrap_or_default());
        }
        // The catch-all's: empty. The names' text holds the aliases after it
        // (the name lookup's keys past the catch-all's), and so do a
        // string-keyed table's codes: there an alias is a code too.
        strings.push("");
        if matches!(field, Field::Name | Field::Code) {
            for alias in model.aliases() {
                strings.push(alias);
            }
            // The bytes a hashed lookup may read past a string's start
            // (`super::lookup::ROOM`), after the last string.
            if strings.at.len() > super::lookup::SMALL + 1 {
                let padding = " ".repeat(super::lookup::ROOM);
                strings.text.push_str(&padding);
            }
        }
        strings
    }

    /// The strings of `field`, where the table stores it.
    pub fn field(&self, field: Field) -> Option<&Strings> {
        for (f, strings) in &self.fields {
            if *f == field {
                return Some(strings);
            }
        }
        None
    }

    /// The statics holding the texts and their offsets.
    pub fn statics(&self) -> TokenStream {
        let mut out = TokenStream::new();
        for (_, strings) in &self.fields {
            out.extend([strings.statics()]);
        }
        out
    }

    /// The expression of `field`'s string of the row at `index` (a `usize`
    /// expression), a `&'static str` (`""` for a field the table does not
    /// store, which no caller asks for).
    pub fn get(&self, field: Field, index: &TokenStream) -> TokenStream {
        self.field(field).map_or_else(
            || TokenTree::from(Literal::string("")).into(),
            |strings| strings.get(index),
        )
    }

    /// The expression of `field`'s string of the row at `index`, an
    /// `Option<&'static str>`, `None` where it is empty (`None` for a field
    /// the table does not store, which no caller asks for).
    pub fn some(&self, field: Field, index: &TokenStream) -> TokenStream {
        self.field(field)
            .map_or_else(none, |strings| strings.some(index))
    }

    /// The expression of the first of `field`'s strings that is `other` (a
    /// `&str` expression), an `Option<usize>`.
    pub fn find(&self, field: Field, other: &TokenStream) -> TokenStream {
        self.field(field)
            .map_or_else(none, |strings| strings.find(other))
    }
}

/// `None`.
fn none() -> TokenStream {
    TokenTree::Ident(ident("None")).into()
}

/// `value` in LEB128, appended to `out`: seven bits a byte, low first, the
/// high bit set on every byte but the last.
fn leb128(mut value: usize, out: &mut Vec<u8>) {
    while value >= 0x80 {
        out.push((value & 0x7f) as u8 | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// The smallest unsigned type that holds every value up to `max`.
pub fn index_type(max: usize) -> Ident {
    ident(if max <= usize::from(u8::MAX) {
        "u8"
    } else if max <= usize::from(u16::MAX) {
        "u16"
    } else {
        "u32"
    })
}

/// Tokens that move into a stream, not copied into it.
pub trait Append {
    /// Appends the tokens to `out`.
    fn append(self, out: &mut TokenStream);
}

impl Append for TokenStream {
    fn append(self, out: &mut TokenStream) {
        out.extend([self]);
    }
}

impl Append for Ident {
    fn append(self, out: &mut TokenStream) {
        out.extend([TokenTree::Ident(self)]);
    }
}

impl Append for Literal {
    fn append(self, out: &mut TokenStream) {
        out.extend([TokenTree::Literal(self)]);
    }
}

/// The elements of an array `[a, b, ..]`, each moved in (a large table's
/// elements are not copied once more), and how many there are.
#[derive(Default)]
pub struct List {
    inner: TokenStream,
    len: usize,
}

impl List {
    /// An empty list.
    pub fn new() -> Self {
        List::default()
    }

    /// Appends `item`.
    pub fn push(&mut self, item: impl Append) {
        item.append(&mut self.inner);
        self.inner.extend([punct(',')]);
        self.len += 1;
    }

    /// `[a, b, ..]`, and how many elements it has.
    pub fn into_array(self) -> (Group, usize) {
        (Group::new(Delimiter::Bracket, self.inner), self.len)
    }
}

/// `static NAME: [ty; N] = [values];`: an array that every use reads in
/// place (`NAME[index]`).
pub fn array_static(name: &str, ty: TokenStream, values: List) -> TokenStream {
    array_static_using(name, ty, None, values)
}

/// [`array_static`] whose values are written under `prelude` (a `use`, so
/// that each names a variant by itself).
pub fn array_static_using(
    name: &str,
    ty: TokenStream,
    prelude: Option<TokenStream>,
    values: List,
) -> TokenStream {
    let (name, (values, len)) = (ident(name), values.into_array());
    let values = TokenTree::Group(values);
    let values = match prelude {
        Some(mut prelude) => {
            prelude.extend([values]);
            TokenTree::Group(Group::new(Delimiter::Brace, prelude))
        }
        None => values,
    };
    fill(
        "array_static",
        "static $name: [$ty; $len] = $values;",
        &[
            ("name", name.into()),
            ("ty", ty.into()),
            ("len", len.into()),
            ("values", values.into()),
        ],
    )
}

/// An array static of unsigned `values`, in the smallest type that holds
/// `max`.
pub fn index_array(name: &str, max: usize, values: &[usize]) -> TokenStream {
    let ty = TokenTree::Ident(index_type(max)).into();
    let mut list = List::new();
    for &value in values {
        list.push(Literal::usize_unsuffixed(value));
    }
    array_static(name, ty, list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_are_leb128() {
        let mut out = Vec::new();
        for value in [0, 1, 127, 128, 300, 16_384] {
            leb128(value, &mut out);
        }
        assert_eq!(out, [0, 1, 127, 0x80, 1, 0xac, 2, 0x80, 0x80, 1]);
    }

    #[test]
    fn indices_take_the_smallest_type() {
        assert_eq!(index_type(0), "u8");
        assert_eq!(index_type(255), "u8");
        assert_eq!(index_type(256), "u16");
        assert_eq!(index_type(65_535), "u16");
        assert_eq!(index_type(65_536), "u32");
    }
}
