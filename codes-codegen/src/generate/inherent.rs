//! The enum's inherent impl: its constants, conversions and accessors.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{ColumnType, Value};

use super::{Cx, cfg_pair, code_lit, int_lit, lookup, row_const};

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
    let row_data = row_data(cx);
    let cfg_rows = cfg_row_consts(cx);
    let by_code = lookup::code_lookup(cx);
    let by_name = lookup::name_lookup(cx);
    let positions = if by_code.positions || by_name.positions {
        lookup::by_position(cx)
    } else {
        quote!()
    };
    let (code_consts, name_consts) = (&by_code.consts, &by_name.consts);
    let conversions = conversions(cx, &by_code.body, &by_name.body);
    let accessors = accessors(cx);
    let status = status_accessors(cx);
    let columns = columns(cx);
    let groups = group_accessors(cx);
    let main = quote! {
        #[allow(deprecated)]
        impl #generics #name #generics {
            /// The vendor whose table this is.
            pub const VENDOR: &'static str = #vendor;

            #constants
            #row_data
            #cfg_rows
            #positions
            #code_consts
            #name_consts
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
    let all = cx.model.rows.iter().map(|row| {
        let (cfgs, variant) = (&row.cfgs, &row.variant);
        quote!(#(#cfgs)* Self::#variant)
    });
    quote! {
        /// Every code the table lists, in code order.
        pub const ALL: &'static [Self] = &[#(#all),*];

        /// How many codes the table lists.
        pub const COUNT: usize = Self::ALL.len();
    }
}

/// The per-row arrays, indexed by [`__index`]: one entry a row and one for
/// the catch-all.
fn row_data(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let (krate, none) = (cx.krate, &cx.none);
    let int = cx.static_code_ty();
    let count = model.rows.len();
    let padded = count + 1;
    let codes = model.rows.iter().map(|row| code_lit(&row.code));
    let names = model.rows.iter().map(|row| cx.option(row.name.as_ref()));
    let variant_names = model
        .rows
        .iter()
        .map(|row| cx.option(Some(row.variant.to_string())));
    let descriptions = model
        .rows
        .iter()
        .map(|row| cx.option(row.description.as_ref()));
    let classes = model.rows.iter().map(|row| cx.row_class(row));
    let str = quote!(::core::option::Option<&'static str>);
    let mut data = quote! {
        const __CODES: [#int; #count] = [#(#codes),*];
        const __NAMES: [#str; #padded] = [#(#names,)* #none];
        const __VARIANTS: [#str; #padded] = [#(#variant_names,)* #none];
        const __DESCRIPTIONS: [#str; #padded] = [#(#descriptions,)* #none];
        const __CLASSES: [#krate::Class; #padded] = [#(#classes,)* #krate::Class::Unknown];
    };
    if model.rows.iter().any(|row| !row.aliases.is_empty()) {
        let aliases = model.rows.iter().map(|row| {
            let aliases = &row.aliases;
            quote!(&[#(#aliases),*])
        });
        data.extend(quote! {
            const __ALIASES: [&'static [&'static str]; #padded] = [#(#aliases,)* &[]];
        });
    }
    if model.rows.iter().any(|row| row.deprecated.is_some()) {
        let deprecated = model.rows.iter().map(|row| row.deprecated.is_some());
        let notes = model
            .rows
            .iter()
            .map(|row| cx.option(row.deprecated.clone().flatten()));
        data.extend(quote! {
            const __DEPRECATED: [bool; #padded] = [#(#deprecated,)* false];
            const __DEPRECATION: [#str; #padded] = [#(#notes,)* #none];
        });
    }
    data
}

/// For each row under a cfg, the constant that holds `Some(variant)` when the
/// row is compiled in and `None` when it is not.
fn cfg_row_consts(cx: &Cx) -> TokenStream {
    let (some, none) = (&cx.some, &cx.none);
    cx.model
        .rows
        .iter()
        .enumerate()
        .filter(|(_, row)| !row.cfgs.is_empty())
        .map(|(index, row)| {
            let (on, off) = cfg_pair(&row.cfgs);
            let (name, variant) = (row_const(index), &row.variant);
            quote! {
                #on
                const #name: ::core::option::Option<Self> = #some(Self::#variant);
                #off
                const #name: ::core::option::Option<Self> = #none;
            }
        })
        .collect()
}

/// `__find`, `__index`, `from_code`, `try_from_code` and `from_name`.
fn conversions(cx: &Cx, find_code: &TokenStream, find_name: &TokenStream) -> TokenStream {
    let (krate, int, catch_all) = (cx.krate, &cx.int, &cx.model.catch_all);
    let count = cx.model.rows.len();
    let arms = cx.model.rows.iter().enumerate().map(|(index, row)| {
        let (cfgs, variant) = (&row.cfgs, &row.variant);
        quote!(#(#cfgs)* Self::#variant => #index,)
    });
    let (some, none) = (&cx.some, &cx.none);
    // A string code is searched whatever its lifetime: only a listed one is
    // returned, which borrows nothing.
    let find_arg = if cx.strings() {
        quote!(&::core::primitive::str)
    } else {
        int.clone()
    };
    quote! {
        /// The variant whose code is `code`.
        #[inline]
        const fn __find(code: #find_arg) -> ::core::option::Option<Self> {
            #find_code
        }

        /// The position of the variant's row in the table (in code order);
        /// the catch-all's is one past the last row.
        #[inline]
        const fn __index(self) -> usize {
            match self {
                #(#arms)*
                Self::#catch_all(_) => #count,
            }
        }

        /// The value for `code`: its variant, or the catch-all holding
        /// `code` unchanged. Never fails and never loses the code.
        #[must_use]
        #[inline]
        pub const fn from_code(code: #int) -> Self {
            match Self::__find(code) {
                #some(variant) => variant,
                #none => Self::#catch_all(code),
            }
        }

        /// The listed value for `code`.
        ///
        /// # Errors
        ///
        /// An error naming the vendor and the code when the table does not
        /// list `code`.
        #[inline]
        pub const fn try_from_code(code: #int) -> ::core::result::Result<Self, #krate::UnknownCode<#int>> {
            match Self::__find(code) {
                #some(variant) => ::core::result::Result::Ok(variant),
                #none => ::core::result::Result::Err(#krate::UnknownCode::new(Self::VENDOR, code)),
            }
        }

        /// The value whose vendor name, or one of whose other names
        /// ([`aliases`](Self::aliases)), is exactly `name`.
        #[must_use]
        #[inline]
        pub const fn from_name(name: &str) -> ::core::option::Option<Self> {
            #find_name
        }
    }
}

/// The accessors of every row's identity and text.
fn accessors(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let (int, catch_all) = (&cx.int, &model.catch_all);
    let str = quote!(::core::option::Option<&'static str>);
    let aliases = if model.rows.iter().any(|row| !row.aliases.is_empty()) {
        quote!(Self::__ALIASES[self.__index()])
    } else {
        quote!({
            let _ = self;
            &[]
        })
    };
    quote! {
        /// The numeric code, as the vendor sends it.
        #[must_use]
        #[inline]
        pub const fn code(self) -> #int {
            match self {
                Self::#catch_all(code) => code,
                _ => Self::__CODES[self.__index()],
            }
        }

        /// The vendor's name for the code, as it appears on the wire;
        /// `None` for unknown codes and rows the vendor gives no name.
        #[must_use]
        #[inline]
        pub const fn name(self) -> #str {
            Self::__NAMES[self.__index()]
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
            Self::__VARIANTS[self.__index()]
        }

        /// The vendor's description of the code; `None` for unknown codes
        /// and rows the vendor did not describe.
        #[must_use]
        #[inline]
        pub const fn description(self) -> #str {
            Self::__DESCRIPTIONS[self.__index()]
        }
    }
}

/// The accessors of what a row says of the code's state: deprecation,
/// class, whether it is known.
fn status_accessors(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let (krate, catch_all) = (cx.krate, &model.catch_all);
    let str = quote!(::core::option::Option<&'static str>);
    let (deprecated, deprecation) = if model.rows.iter().any(|row| row.deprecated.is_some()) {
        (
            quote!(Self::__DEPRECATED[self.__index()]),
            quote!(Self::__DEPRECATION[self.__index()]),
        )
    } else {
        let none = &cx.none;
        (
            quote!({
                let _ = self;
                false
            }),
            quote!({ let _ = self; #none }),
        )
    };
    let class = unknown_class(cx);
    let to_static = if cx.strings() {
        let (name, none) = (&model.name, &cx.none);
        quote! {
            /// The listed value free of the lifetime of the string it was
            /// decoded from (a listed code borrows nothing); `None` for an
            /// unknown code, which borrows it.
            #[must_use]
            #[inline]
            pub const fn to_static(self) -> ::core::option::Option<#name<'static>> {
                match self {
                    Self::#catch_all(_) => #none,
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

        /// What the code asks of the client.
        #[must_use]
        #[inline]
        pub const fn class(self) -> #krate::Class {
            match self {
                Self::#catch_all(code) => #class,
                _ => Self::__CLASSES[self.__index()],
            }
        }

        /// `true` when the table lists the code.
        #[must_use]
        #[inline]
        pub const fn is_known(self) -> bool {
            !::core::matches!(self, Self::#catch_all(_))
        }

        #to_static
    }
}

/// The class of an unknown `code`: that of the innermost group declaring
/// one for unlisted codes, else RFC 9110's in an HTTP table, else unknown.
fn unknown_class(cx: &Cx) -> TokenStream {
    let krate = cx.krate;
    let fallback = if cx.model.http {
        quote!(#krate::Class::for_http_status(code))
    } else {
        cx.class(codes_core::Class::Unknown)
    };
    if cx.model.groups.iter().any(|g| g.unlisted.is_some()) {
        let (group_enum, some, none) = (&cx.model.group_enum, &cx.some, &cx.none);
        quote! {
            match #group_enum::__unlisted(code) {
                #some(class) => class,
                #none => #fallback,
            }
        }
    } else {
        fallback
    }
}

/// The typed accessor of each column and the type-erased `columns()`.
fn columns(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let krate = cx.krate;
    let padded = model.rows.len() + 1;
    let mut out = TokenStream::new();
    for (index, column) in model.columns.iter().enumerate() {
        let ty = match column.ty {
            ColumnType::Int(int) => {
                let int = format_ident!("{}", int.name);
                quote!(::core::primitive::#int)
            }
            ColumnType::Bool => quote!(::core::primitive::bool),
            ColumnType::Str => quote!(&'static ::core::primitive::str),
        };
        let values = model
            .rows
            .iter()
            .map(|row| cx.option(row.values[index].as_ref().map(typed)));
        let (array, ident, none) = (format_ident!("__COLUMN_{}", index), &column.ident, &cx.none);
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
        out.extend(quote! {
            const #array: [::core::option::Option<#ty>; #padded] = [#(#values,)* #none];

            #docs
            #[must_use]
            #[inline]
            pub const fn #ident(self) -> ::core::option::Option<#ty> {
                Self::#array[self.__index()]
            }
        });
    }
    let names = model.columns.iter().map(|c| c.ident.to_string());
    let width = model.columns.len();
    let erased = model.rows.iter().map(|row| {
        let values = row
            .values
            .iter()
            .map(|value| cx.option(value.as_ref().map(|v| erased(krate, v))));
        quote!([#(#values),*])
    });
    let none = &cx.none;
    let empty_row = std::iter::repeat_n(none, width);
    let doc = format!(
        " The code's values of the table's extra columns, by name (see [`Columns`]({})); every value is `None` for an unknown code.",
        quote!(#krate::Columns).to_string().replace(' ', "")
    );
    out.extend(quote! {
        const __COLUMN_NAMES: &'static [&'static str] = &[#(#names),*];
        const __COLUMN_VALUES: &'static [[::core::option::Option<#krate::ColumnValue>; #width]] =
            &[#(#erased,)* [#(#empty_row),*]];

        #[doc = #doc]
        #[must_use]
        #[inline]
        pub const fn columns(self) -> #krate::Columns {
            #krate::Columns::new(Self::__COLUMN_NAMES, &Self::__COLUMN_VALUES[self.__index()])
        }
    });
    out
}

/// A column's value as a literal of its type.
fn typed(value: &Value) -> TokenStream {
    match value {
        Value::Int(v) => int_lit(*v),
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
    let (none, some, catch_all) = (&cx.none, &cx.some, &model.catch_all);
    let str = quote!(::core::option::Option<&'static str>);
    if model.groups.is_empty() {
        return quote! {
            /// The name of the code's group: always `None`, this table has
            /// no groups.
            #[must_use]
            #[inline]
            pub const fn group_name(self) -> #str {
                let _ = self;
                #none
            }

            /// The title of the code's group: always `None`, this table
            /// has no groups.
            #[must_use]
            #[inline]
            pub const fn group_title(self) -> #str {
                let _ = self;
                #none
            }
        };
    }
    let group_enum = &model.group_enum;
    let padded = model.rows.len() + 1;
    let groups = model.rows.iter().map(|row| match row.group {
        Some(g) if model.groups[g].cfgs.is_empty() => {
            let ident = &model.groups[g].ident;
            quote!(#some(#group_enum::#ident))
        }
        Some(g) => {
            let name = super::groups::group_const(g);
            quote!(#group_enum::#name)
        }
        None => none.clone(),
    });
    quote! {
        const __GROUPS: [::core::option::Option<#group_enum>; #padded] = [#(#groups,)* #none];

        /// The group (section of the vendor's page) of the code. An
        /// unknown code belongs to the group whose declared range holds
        /// it, if any.
        #[must_use]
        #[inline]
        pub const fn group(self) -> ::core::option::Option<#group_enum> {
            match self {
                Self::#catch_all(code) => #group_enum::containing(code),
                _ => Self::__GROUPS[self.__index()],
            }
        }

        /// The name of the code's group, as [`group`](Self::group).
        #[must_use]
        #[inline]
        pub const fn group_name(self) -> #str {
            match self.group() {
                #some(group) => #some(group.name()),
                #none => #none,
            }
        }

        /// The title of the code's group (the heading of its section
        /// on the vendor's page), as [`group`](Self::group).
        #[must_use]
        #[inline]
        pub const fn group_title(self) -> #str {
            match self.group() {
                #some(group) => group.title(),
                #none => #none,
            }
        }
    }
}
