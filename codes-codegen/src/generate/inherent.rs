//! The enum's inherent impl: its constants, conversions and accessors.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{ToTokens, format_ident, quote};

use crate::model::{ColumnModel, ColumnType, Value};

use super::data::{self, Field};
use super::{Cx, int_lit, lookup};

/// The inherent impl; for a string-keyed table, a second one of its
/// `'static` form, which holds `ALL` and `COUNT` (a `&'static` slice of
/// values needs values that live as long).
pub fn inherent_impl(cx: &Cx) -> Vec<TokenStream> {
    let (name, generics, static_ty) = (&cx.model.name, &cx.generics, &cx.static_ty);
    let vendor = &cx.model.vendor;
    let all = constants(cx);
    let (constants, static_impl) = if cx.strings() {
        (
            quote!(),
            Some(quote! {
                impl #static_ty {
                    #all
                }
            }),
        )
    } else {
        (all, None)
    };
    add_row_data(cx);
    let from_index = lookup::from_index(cx);
    let (lookups, codes) = lookup::lookup_fns(cx);
    let conversions = conversions(cx);
    let accessors = accessors(cx, &codes);
    let status = status_accessors(cx);
    let columns = columns(cx);
    let groups = group_accessors(cx);
    let main = quote! {
        #[allow(deprecated)]
        impl #generics #name #generics {
            /// The vendor whose table this is.
            pub const VENDOR: &'static str = #vendor;

            #constants
            #from_index
            #lookups
            #conversions
            #accessors
            #status
            #columns
            #groups
        }
    };
    std::iter::once(main).chain(static_impl).collect()
}

/// `ALL` and `COUNT`.
fn constants(cx: &Cx) -> TokenStream {
    let rows = &cx.model.rows;
    let (cfgs, variants) = (
        rows.iter().map(|row| &row.cfgs),
        rows.iter().map(|row| &row.variant),
    );
    // The variants by their names alone, under a `use` of them all.
    let name = &cx.model.name;
    quote! {
        /// Every code the table lists, in code order.
        pub const ALL: &'static [Self] = {
            use #name::*;
            &[#(#(#cfgs)* #variants),*]
        };

        /// How many codes the table lists.
        pub const COUNT: usize = Self::ALL.len();
    }
}

/// Adds the per-row data, indexed by [`__index`], to the block's statics:
/// the text, the classes, and the flags and aliases where some row needs
/// them. One entry a row, and for the arrays that the catch-all reads too,
/// one for it.
fn add_row_data(cx: &Cx) {
    let model = cx.model;
    let krate = &cx.krate;
    let mut data = cx.text.statics();
    // Each class by its variant's name alone, under a `use` of them all.
    let classes = model
        .rows
        .iter()
        .map(|row| cx.class_ident(Cx::row_class_value(row)))
        .chain(std::iter::once(cx.class_ident(codes_core::Class::Unknown)));
    data.extend(data::array_static_using(
        "__CLASSES",
        quote!(#krate::Class),
        Some(quote!(use #krate::Class::*;)),
        classes,
    ));
    if cx.has_flags() {
        let flags = model
            .rows
            .iter()
            .map(|row| proc_macro2::Literal::u8_unsuffixed(data::flags(row)))
            .chain(std::iter::once(proc_macro2::Literal::u8_unsuffixed(0)));
        data.extend(data::array_static("__FLAGS", quote!(u8), flags));
    }
    if cx.has_aliases() {
        data.extend(alias_data(cx));
    }
    cx.add_static(data);
}

/// `deprecation()`'s body, which reads a row's note where its flags say it
/// has one; the notes (a text, no pointer a row) go to the block's statics.
fn deprecation(cx: &Cx) -> TokenStream {
    let rows = &cx.model.rows;
    if !rows
        .iter()
        .any(|row| matches!(row.deprecated, Some(Some(_))))
    {
        return quote!(None);
    }
    let notes = rows.iter().map(|row| {
        row.deprecated
            .as_ref()
            .and_then(Option::as_deref)
            .unwrap_or_default()
    });
    let notes = data::Strings::new("deprecation", notes);
    cx.add_static(notes.statics());
    let note = notes.get(&quote!(index));
    let (count, flag) = (rows.len(), data::NOTED);
    quote! {{
        let index = self.__index();
        if index < #count && __FLAGS[index] & #flag != 0 {
            Some(#note)
        } else {
            None
        }
    }}
}

/// Every alias in row order (`__alias_list`), each alias's row
/// (`__alias_rows`) and where each row's aliases begin in the list
/// (`__alias_at`, one more entry than the rows and the catch-all).
fn alias_data(cx: &Cx) -> TokenStream {
    let rows = &cx.model.rows;
    let list: Vec<proc_macro2::Literal> =
        cx.model.aliases().into_iter().map(super::str_lit).collect();
    let mut of_rows = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        of_rows.extend(std::iter::repeat_n(index, row.aliases.len()));
    }
    let mut at = vec![0];
    for row in rows {
        at.push(at[at.len() - 1] + row.aliases.len());
    }
    // The catch-all's: none.
    at.push(list.len());
    let mut data = data::array_static("__ALIAS_LIST", quote!(&'static str), list);
    data.extend(data::index_array("__ALIAS_ROWS", rows.len(), &of_rows));
    data.extend(data::index_array("__ALIAS_AT", of_rows.len(), &at));
    data
}

/// `__index` and `try_from_code`.
fn conversions(cx: &Cx) -> TokenStream {
    let (krate, int, catch_all) = (&cx.krate, &cx.int, &cx.model.catch_all);
    let count = cx.model.rows.len();
    let rows = &cx.model.rows;
    let (cfgs, variants) = (
        rows.iter().map(|row| &row.cfgs),
        rows.iter().map(|row| &row.variant),
    );
    let indices = (0..count).map(Literal::usize_unsuffixed);
    let (name, count) = (&cx.model.name, Literal::usize_unsuffixed(count));
    quote! {
        /// The position of the variant's row in the table (in code order);
        /// the catch-all's is one past the last row.
        #[inline]
        const fn __index(self) -> usize {
            use #name::*;
            match self {
                #(#(#cfgs)* #variants => #indices,)*
                #catch_all(_) => #count,
            }
        }

        /// The listed value for `code`.
        ///
        /// # Errors
        ///
        /// An error naming the vendor and the code when the table does not
        /// list `code`.
        #[inline]
        pub const fn try_from_code(code: #int) -> Result<Self, #krate::UnknownCode<#int>> {
            match Self::from_code(code) {
                Self::#catch_all(code) => Err(#krate::UnknownCode::new(Self::VENDOR, code)),
                listed => Ok(listed),
            }
        }
    }
}

/// The accessors of every row's identity and text; `codes` is the
/// expression of an integer-keyed table's array of codes.
fn accessors(cx: &Cx, codes: &TokenStream) -> TokenStream {
    let model = cx.model;
    let (int, catch_all) = (&cx.int, &model.catch_all);
    let str = quote!(Option<&'static str>);
    let aliases = if cx.has_aliases() {
        quote!({
            let index = self.__index();
            let (at, list) = (&__ALIAS_AT, &__ALIAS_LIST);
            let (start, end) = (at[index] as usize, at[index + 1] as usize);
            match list.split_at_checked(end) {
                Some((head, _)) => match head.split_at_checked(start) {
                    Some((_, aliases)) => aliases,
                    None => &[],
                },
                None => &[],
            }
        })
    } else {
        quote!(&[])
    };
    let code = if cx.strings() {
        cx.text.get(Field::Code, &quote!(self.__index()))
    } else {
        quote!(#codes[self.__index()])
    };
    // `None` for the catch-all and the rows without one: their strings
    // are empty.
    let index = quote!(self.__index());
    let name = cx.text.some(Field::Name, &index);
    let variant = cx.text.some(Field::Variant, &index);
    let description = cx.text.some(Field::Description, &index);
    quote! {
        /// The numeric code, as the vendor sends it.
        #[must_use]
        #[inline]
        pub const fn code(self) -> #int {
            match self {
                Self::#catch_all(code) => code,
                _ => #code,
            }
        }

        /// The vendor's name for the code, as it appears on the wire;
        /// `None` for unknown codes and rows the vendor gives no name.
        #[must_use]
        #[inline]
        pub const fn name(self) -> #str {
            #name
        }

        /// The vendor's other names for the code (older names, protobuf
        /// aliases), each of which [`from_name`](Self::from_name) also
        /// accepts; empty for unknown codes.
        #[must_use]
        #[inline]
        pub const fn aliases(self) -> &'static [&'static str] {
            #aliases
        }

        /// The name of the Rust variant; `None` for unknown codes.
        #[must_use]
        #[inline]
        pub const fn variant_name(self) -> #str {
            #variant
        }


        /// The vendor's description of the code; `None` for unknown codes
        /// and rows the vendor did not describe.
        #[must_use]
        #[inline]
        pub const fn description(self) -> #str {
            #description
        }
    }
}

/// Whether `self`'s row has the flag `flag` (`data::DEPRECATED`, ...): read
/// from the flags where some row sets it (`set`), else `false`.
fn flag(set: bool, flag: u8) -> TokenStream {
    if set {
        quote!(__FLAGS[self.__index()] & #flag != 0)
    } else {
        quote!(false)
    }
}

/// The accessors of what a row says of the code's state: deprecation,
/// class, whether it is known.
fn status_accessors(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let (krate, catch_all) = (&cx.krate, &model.catch_all);
    let str = quote!(Option<&'static str>);
    let deprecated = flag(
        model.rows.iter().any(|row| row.deprecated.is_some()),
        data::DEPRECATED,
    );
    let generic = flag(model.rows.iter().any(|row| row.generic), data::GENERIC);
    let deprecation = deprecation(cx);
    let class = class(cx);
    let to_static = if cx.strings() {
        let name = &model.name;
        quote! {
            /// The listed value free of the lifetime of the string it was
            /// decoded from (a listed code borrows nothing); `None` for an
            /// unknown code, which borrows it.
            #[must_use]
            #[inline]
            pub const fn to_static(self) -> Option<#name<'static>> {
                match self {
                    Self::#catch_all(_) => None,
                    _ => #name::__find(self.code()),
                }
            }
        }
    } else {
        quote!()
    };
    quote! {
        /// `true` when the vendor marks the code deprecated: it plans to
        /// stop sending it. The code still means what it says.
        #[must_use]
        #[inline]
        pub const fn is_deprecated(self) -> bool {
            #deprecated
        }


        /// The vendor's note on the code's deprecation, where it gives one.
        #[must_use]
        #[inline]
        pub const fn deprecation(self) -> #str {
            #deprecation
        }

        /// `true` when the table marks the code generic: a catch-all that
        /// says only that the call failed, which yields to a more specific
        /// signal that says retry (an HTTP 503, a `Retry-After`).
        #[must_use]
        #[inline]
        pub const fn is_generic(self) -> bool {
            #generic
        }

        /// What the code asks of the client.
        #[must_use]
        #[inline]
        pub const fn class(self) -> #krate::Class {
            #class
        }

        /// `true` when the table lists the code.
        #[must_use]
        #[inline]
        pub const fn is_known(self) -> bool {
            match self {
                Self::#catch_all(_) => false,
                _ => true,
            }
        }

        #to_static
    }
}

/// `class()`'s body. An unknown `code`'s class is that of the innermost
/// group declaring one for unlisted codes, else RFC 9110's in an HTTP
/// table, else unknown: the catch-all's entry of `__CLASSES`.
fn class(cx: &Cx) -> TokenStream {
    let (krate, catch_all) = (&cx.krate, &cx.model.catch_all);
    let unlisted = cx.model.groups.iter().any(|g| g.unlisted.is_some());
    if !cx.model.http && !unlisted {
        return quote!(__CLASSES[self.__index()]);
    }
    let fallback = if cx.model.http {
        quote!(#krate::Class::for_http_status(code))
    } else {
        cx.class(codes_core::Class::Unknown)
    };
    let unknown = if unlisted {
        let group_enum = &cx.model.group_enum;
        quote! {
            match #group_enum::__unlisted(code) {
                Some(class) => class,
                None => #fallback,
            }
        }
    } else {
        fallback
    };
    quote! {
        match self {
            Self::#catch_all(code) => #unknown,
            _ => __CLASSES[self.__index()],
        }
    }
}

/// The typed accessor of each column and the type-erased `columns()`.
///
/// Rows share their values (a column says the same of many rows): the
/// distinct combinations of a row's values are stored once each, and each
/// row holds the position of its combination (`__column_rows`).
fn columns(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let width = model.columns.len();
    // Without columns, `VendorCode` alone has `columns` (always empty).
    if width == 0 {
        return quote!();
    }
    // The catch-all's combination: every value `None`.
    let empty: Vec<Option<Value>> = vec![None; width];
    let mut combos: Vec<&[Option<Value>]> = Vec::new();
    let mut positions: std::collections::HashMap<&[Option<Value>], usize> =
        std::collections::HashMap::new();
    let of_rows: Vec<usize> = model
        .rows
        .iter()
        .map(|row| row.values.as_slice())
        .chain(std::iter::once(empty.as_slice()))
        .map(|values| {
            *positions.entry(values).or_insert_with(|| {
                combos.push(values);
                combos.len() - 1
            })
        })
        .collect();
    cx.add_static(data::index_array("__COLUMN_ROWS", combos.len(), &of_rows));
    let mut out = TokenStream::new();
    for (index, column) in model.columns.iter().enumerate() {
        out.extend(column_accessor(cx, index, column, &combos));
    }
    out.extend(columns_method(cx, &combos));
    out
}

/// Column `index`'s values, one for each combination of values in
/// `combos`, and its typed accessor.
fn column_accessor(
    cx: &Cx,
    index: usize,
    column: &ColumnModel,
    combos: &[&[Option<Value>]],
) -> TokenStream {
    let ty = match column.ty {
        ColumnType::Int(int) => {
            let int = format_ident!("{}", int.name);
            quote!(#int)
        }
        ColumnType::Bool => quote!(bool),
        ColumnType::Str => quote!(&'static str),
    };
    let values = combos
        .iter()
        .map(|combo| cx.option(combo[index].as_ref().map(typed)));
    let name = format!("__COLUMN_{index}");
    let (array, ident) = (format_ident!("{}", name), &column.ident);
    let docs = if column.docs.is_empty() {
        let text = format!(
            " The code's `{ident}`; `None` for unknown codes{}.",
            if column.optional {
                " and rows that leave it empty"
            } else {
                ""
            }
        );
        quote!(#[doc = #text])
    } else {
        let docs = &column.docs;
        quote!(#(#docs)*)
    };
    cx.add_static(data::array_static(&name, quote!(Option<#ty>), values));
    quote! {
        #docs
        #[must_use]
        #[inline]
        pub const fn #ident(self) -> Option<#ty> {
            #array[__COLUMN_ROWS[self.__index()] as usize]
        }
    }
}

/// The column names and the type-erased `columns()`, which reads the values
/// of the row's combination (one of `combos`).
fn columns_method(cx: &Cx, combos: &[&[Option<Value>]]) -> TokenStream {
    let model = cx.model;
    let krate = &cx.krate;
    let width = model.columns.len();
    let names = model.columns.iter().map(|c| c.ident.to_string());
    let erased = combos.iter().map(|combo| {
        let values = combo
            .iter()
            .map(|value| cx.option(value.as_ref().map(|v| erased(krate, v))));
        quote!([#(#values),*])
    });
    cx.add_static(data::array_static(
        "__COLUMN_VALUES",
        quote!([Option<#krate::ColumnValue>; #width]),
        erased,
    ));
    quote! {
        const __COLUMN_NAMES: &'static [&'static str] = &[#(#names),*];

        /// The code's values of the table's extra columns, by name; every
        /// value is `None` for an unknown code.
        #[must_use]
        #[inline]
        pub const fn columns(self) -> #krate::Columns {
            let combo = __COLUMN_ROWS[self.__index()] as usize;
            #krate::Columns::new(Self::__COLUMN_NAMES, &__COLUMN_VALUES[combo])
        }
    }
}

/// A column's value as a literal of its type.
fn typed(value: &Value) -> TokenStream {
    match value {
        Value::Int(v) => int_lit(*v).to_token_stream(),
        Value::Bool(v) => quote!(#v),
        Value::Str(v) => quote!(#v),
    }
}

/// A column's value as a `ColumnValue`.
fn erased(krate: &TokenStream, value: &Value) -> TokenStream {
    match value {
        Value::Int(v) => {
            let v = int_lit(*v);
            quote!(#krate::ColumnValue::Int(#v))
        }
        Value::Bool(v) => quote!(#krate::ColumnValue::Bool(#v)),
        Value::Str(v) => quote!(#krate::ColumnValue::Str(#v)),
    }
}

/// `group`, `group_name` and `group_title`.
fn group_accessors(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let catch_all = &model.catch_all;
    let str = quote!(Option<&'static str>);
    // Without groups, `VendorCode` alone has `group_name` and
    // `group_title` (always `None`).
    if model.groups.is_empty() {
        return quote!();
    }
    let group_enum = &model.group_enum;
    // One constant a group (and one for none), declared in the array's
    // initializer: each row's value is one name.
    let consts: Vec<Ident> = (0..=model.groups.len())
        .map(|g| format_ident!("__G{}", g))
        .collect();
    let values = model.groups.iter().enumerate().map(|(g, group)| {
        if group.cfgs.is_empty() {
            let ident = &group.ident;
            quote!(Some(#group_enum::#ident))
        } else {
            let name = super::groups::group_const(g);
            quote!(#group_enum::#name)
        }
    });
    let ty = quote!(Option<#group_enum>);
    let (declared, none_const) = consts.split_at(model.groups.len());
    let prelude = quote! {
        #(const #declared: #ty = #values;)*
        #(const #none_const: #ty = None;)*
    };
    let rows = model
        .rows
        .iter()
        .map(|row| row.group.unwrap_or(model.groups.len()));
    cx.add_static(data::array_static_using(
        "__GROUPS",
        ty,
        Some(prelude),
        rows.chain(std::iter::once(model.groups.len()))
            .map(|g| consts[g].clone()),
    ));
    quote! {

        /// The group (section of the vendor's page) of the code. An
        /// unknown code belongs to the group whose declared range holds
        /// it, if any.
        #[must_use]
        #[inline]
        pub const fn group(self) -> Option<#group_enum> {
            match self {
                Self::#catch_all(code) => #group_enum::containing(code),
                _ => __GROUPS[self.__index()],
            }
        }

        /// The name of the code's group, as [`group`](Self::group).
        #[must_use]
        #[inline]
        pub const fn group_name(self) -> #str {
            match self.group() {
                Some(group) => Some(group.name()),
                None => None,
            }
        }

        /// The title of the code's group (the heading of its section
        /// on the vendor's page), as [`group`](Self::group).
        #[must_use]
        #[inline]
        pub const fn group_title(self) -> #str {
            match self.group() {
                Some(group) => group.title(),
                None => None,
            }
        }
    }
}
