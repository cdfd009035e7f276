//! Where the generated code keeps a table's data: in `static`s, each inside
//! a private `const fn` of the enum's impl that returns a reference to it
//! (`Self::__text()`), so that the data is stored once in the program,
//! whichever crates read it, and no name leaks into the user's module.
//!
//! Strings are not stored as `&'static str`s (16 bytes and, in a
//! position-independent binary, a 24-byte relocation each) but in one text,
//! every row's name, variant name, description (and, in a string-keyed
//! table, code) in turn, with an array of offsets into it
//! (`codes_core::__private::text`). Indices into the rows are the smallest
//! unsigned type that holds them.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

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

/// The bits of a row's flags (`Self::__flags()`), where some row lacks a
/// name or a description, or is deprecated: each read only where some row
/// needs it.
pub const NAMED: u8 = 1;
pub const DESCRIBED: u8 = 2;
pub const DEPRECATED: u8 = 4;
/// The row's deprecation has a note.
pub const NOTED: u8 = 8;

/// The flags of `row`.
pub fn present(row: &crate::model::RowModel) -> u8 {
    let mut flags = 0;
    if row.name.is_some() {
        flags |= NAMED;
    }
    if row.description.is_some() {
        flags |= DESCRIBED;
    }
    if let Some(note) = &row.deprecated {
        flags |= DEPRECATED;
        if note.is_some() {
            flags |= NOTED;
        }
    }
    flags
}

/// The texts of a table, one a field (so that a program that reads no
/// description holds none: each is its own `static`), and their offsets:
/// the field's string of row `i` is `text[at[i]..at[i + 1]]` (the
/// catch-all's, at `i == rows`, is empty).
pub struct Text {
    fields: Vec<(Field, FieldText)>,
}

/// One field's text and offsets.
struct FieldText {
    text: String,
    at: Vec<usize>,
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

impl FieldText {
    /// The offsets' type: the smallest that holds the text's length.
    fn offset_type(&self) -> Ident {
        index_type(self.text.len())
    }
}

impl Text {
    pub fn new(model: &Model) -> Self {
        let fields = Field::of(model)
            .iter()
            .map(|&field| {
                let mut text = String::new();
                let mut at = Vec::with_capacity(model.rows.len() + 2);
                for row in &model.rows {
                    at.push(text.len());
                    if let Some(value) = field.value(row) {
                        text.push_str(&value);
                    }
                }
                // The catch-all's: empty.
                at.push(text.len());
                at.push(text.len());
                // The names' text holds the aliases after it (the name
                // lookup's keys past the catch-all's).
                if field == Field::Name {
                    for alias in model.rows.iter().flat_map(|row| &row.aliases) {
                        text.push_str(alias);
                        at.push(text.len());
                    }
                }
                (field, FieldText { text, at })
            })
            .collect();
        Text { fields }
    }

    fn field(&self, field: Field) -> Option<&FieldText> {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, text)| text)
    }

    /// The functions holding the texts and their offsets: the text a
    /// `static` string (its reference in the `static`, so that the bytes
    /// are stored once), the offsets an array.
    pub fn statics(&self) -> TokenStream {
        self.fields
            .iter()
            .map(|(field, text)| text_fns(field.ident(), &text.text, &text.at))
            .collect()
    }

    /// The offset type and the functions of `field`'s text and offsets.
    fn parts(&self, field: Field) -> (Ident, Ident, Ident) {
        let ty = self
            .field(field)
            .map_or_else(|| format_ident!("u16"), FieldText::offset_type);
        (
            ty,
            format_ident!("__{}_text", field.ident()),
            format_ident!("__{}_at", field.ident()),
        )
    }

    /// The expression of `field`'s string of the row at `index` (a `usize`
    /// expression), a `&'static str`.
    pub fn get(&self, krate: &TokenStream, field: Field, index: &TokenStream) -> TokenStream {
        let (ty, text, at) = self.parts(field);
        quote!(#krate::__private::text::#ty::get(Self::#text(), Self::#at(), #index))
    }

    /// The expression `true` when `field`'s string of the row at `index` is
    /// `other` (a `&str` expression).
    pub fn eq(
        &self,
        krate: &TokenStream,
        field: Field,
        index: &TokenStream,
        other: &TokenStream,
    ) -> TokenStream {
        let (ty, text, at) = self.parts(field);
        quote!(#krate::__private::text::#ty::eq(Self::#text(), Self::#at(), #index, #other))
    }
}

/// `const fn __{prefix}_text() -> &'static str` (a `static` string) and
/// `const fn __{prefix}_at()` (its offsets, in the smallest type that holds
/// them): string `k` is `text[at[k]..at[k + 1]]`.
fn text_fns(prefix: &str, text: &str, at: &[usize]) -> TokenStream {
    let literal = super::str_lit(text);
    let text_fn = format_ident!("__{}_text", prefix);
    let at_fn = index_array_fn(&format!("__{prefix}_at"), text.len(), at);
    quote! {
        #[inline]
        const fn #text_fn() -> &'static ::core::primitive::str {
            static DATA: &::core::primitive::str = #literal;
            DATA
        }
        #at_fn
    }
}

/// Strings without a pointer each: the functions holding `strings` as one
/// text and its offsets (see [`text_fns`]), named after `prefix`, and the
/// expression of string `index` (a `usize` expression), a `&'static str`.
pub fn strings(
    krate: &TokenStream,
    prefix: &str,
    strings: &[&str],
    index: &TokenStream,
) -> (TokenStream, TokenStream) {
    let mut text = String::new();
    let mut at = vec![0];
    for string in strings {
        text.push_str(string);
        at.push(text.len());
    }
    let ty = index_type(text.len());
    let (text_fn, at_fn) = (
        format_ident!("__{}_text", prefix),
        format_ident!("__{}_at", prefix),
    );
    (
        text_fns(prefix, &text, &at),
        quote!(#krate::__private::text::#ty::get(Self::#text_fn(), Self::#at_fn(), #index)),
    )
}

/// The smallest unsigned type that holds every value up to `max`.
pub fn index_type(max: usize) -> Ident {
    if max <= usize::from(u8::MAX) {
        format_ident!("u8")
    } else if max <= usize::from(u16::MAX) {
        format_ident!("u16")
    } else {
        format_ident!("u32")
    }
}

/// `const fn name() -> &'static [ty; N] { static DATA: [ty; N] = [values];
/// &DATA }`: an array in a `static` that every use reads in place, reached
/// by a function (an impl holds no statics).
pub fn array_fn<T: quote::ToTokens>(name: &str, ty: TokenStream, values: Vec<T>) -> TokenStream {
    let (name, len) = (format_ident!("{}", name), values.len());
    quote! {
        #[inline]
        const fn #name() -> &'static [#ty; #len] {
            static DATA: [#ty; #len] = [#(#values),*];
            &DATA
        }
    }
}

/// An array static of unsigned `values`, in the smallest type that holds
/// `max`.
pub fn index_array_fn(name: &str, max: usize, values: &[usize]) -> TokenStream {
    let ty = index_type(max);
    let values = values
        .iter()
        .map(|&value| Literal::usize_unsuffixed(value))
        .collect();
    array_fn(name, quote!(::core::primitive::#ty), values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_take_the_smallest_type() {
        assert_eq!(index_type(0), "u8");
        assert_eq!(index_type(255), "u8");
        assert_eq!(index_type(256), "u16");
        assert_eq!(index_type(65_535), "u16");
        assert_eq!(index_type(65_536), "u32");
    }
}
