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
/// name or a description, or is deprecated.
pub const NAMED: u8 = 1;
pub const DESCRIBED: u8 = 2;
pub const DEPRECATED: u8 = 4;

/// The text of a table and its offsets: string `k` is `text[at[k]..at[k +
/// 1]]`; field `f` (in [`Field::of`]'s order) of row `i` is string `f * (rows
/// + 1) + i` (the catch-all's, at `i == rows`, is empty).
pub struct Text {
    text: String,
    at: Vec<usize>,
    fields: &'static [Field],
    rows: usize,
}

impl Text {
    pub fn new(model: &Model) -> Self {
        let fields = Field::of(model);
        let rows = model.rows.len();
        let mut text = String::new();
        let mut at = Vec::with_capacity(fields.len() * (rows + 1) + 1);
        for field in fields {
            for row in &model.rows {
                at.push(text.len());
                if let Some(value) = field.value(row) {
                    text.push_str(&value);
                }
            }
            // The catch-all's: empty.
            at.push(text.len());
        }
        at.push(text.len());
        Text {
            text,
            at,
            fields,
            rows,
        }
    }

    /// `u16` offsets where the text is short enough, else `u32`.
    fn offset_type(&self) -> Ident {
        if self.text.len() <= usize::from(u16::MAX) {
            format_ident!("u16")
        } else {
            format_ident!("u32")
        }
    }

    /// The number of the first string of `field`.
    fn base(&self, field: Field) -> usize {
        let position = self.fields.iter().position(|f| *f == field).unwrap_or(0);
        position * (self.rows + 1)
    }

    /// The functions holding the text and its offsets.
    pub fn statics(&self) -> TokenStream {
        let text = Literal::string(&self.text);
        let ty = self.offset_type();
        let at = self
            .at
            .iter()
            .map(|&offset| Literal::usize_unsuffixed(offset));
        let len = self.at.len();
        let text_fn = static_fn(
            "__text",
            quote!(::core::primitive::str),
            quote!(&::core::primitive::str),
            quote!(#text),
            false,
        );
        let at_fn = static_fn(
            "__at",
            quote!([::core::primitive::#ty; #len]),
            quote!([::core::primitive::#ty; #len]),
            quote!([#(#at),*]),
            true,
        );
        quote!(#text_fn #at_fn)
    }

    /// The expression of `field`'s string of the row at `index` (a `usize`
    /// expression), a `&'static str`.
    pub fn get(&self, krate: &TokenStream, field: Field, index: &TokenStream) -> TokenStream {
        let (ty, base) = (self.offset_type(), self.base(field));
        quote!(#krate::__private::text::#ty::get(Self::__text(), Self::__at(), #base + #index))
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
        let (ty, base) = (self.offset_type(), self.base(field));
        quote!(#krate::__private::text::#ty::eq(Self::__text(), Self::__at(), #base + #index, #other))
    }
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

/// `const fn name() -> &'static ty { static DATA: stored = value; &DATA }`:
/// a `static` that every use reads in place, reached by a function (an impl
/// holds no statics). `by_ref` returns a reference to the static (arrays);
/// otherwise the static is itself a reference, returned as it is.
pub fn static_fn(
    name: &str,
    ty: TokenStream,
    stored: TokenStream,
    value: TokenStream,
    by_ref: bool,
) -> TokenStream {
    let name = format_ident!("{}", name);
    let read = if by_ref { quote!(&DATA) } else { quote!(DATA) };
    quote! {
        #[inline]
        const fn #name() -> &'static #ty {
            static DATA: #stored = #value;
            #read
        }
    }
}

/// An array static of `values` (tokens of type `ty`), by [`static_fn`].
pub fn array_fn(name: &str, ty: TokenStream, values: Vec<TokenStream>) -> TokenStream {
    let len = values.len();
    static_fn(
        name,
        quote!([#ty; #len]),
        quote!([#ty; #len]),
        quote!([#(#values),*]),
        true,
    )
}

/// An array static of unsigned `values`, in the smallest type that holds
/// `max`.
pub fn index_array_fn(name: &str, max: usize, values: &[usize]) -> TokenStream {
    let ty = index_type(max);
    let values = values
        .iter()
        .map(|&value| {
            let value = Literal::usize_unsuffixed(value);
            quote!(#value)
        })
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
