//! Generates the enum, its group enum and their impls from a validated
//! [`Model`].
//!
//! The enum's per-variant data lives in arrays indexed by the variant's
//! position, so that every accessor is one `match` to an index (which compiles
//! to arithmetic on the discriminant) and one array load. Lookups by code and
//! by name are chosen by the table's shape (a dense array, a perfect hash built
//! here by [`crate::phf`], or a search of a few sorted rows) and run by
//! `codes_core`'s functions.

use codes_core::Class;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use codes_core::__private::phf::{hash_int, hash_str};

use crate::model::{IntType, Model, RowClass};
use crate::phf;

pub fn generate(model: &Model) -> TokenStream {
    let enum_def = enum_def(model);
    let inherent = inherent_impl(model);
    let traits = trait_impls(model);
    let groups = if model.groups.is_empty() {
        TokenStream::new()
    } else {
        group_enum(model)
    };
    quote! {
        #enum_def
        #inherent
        #traits
        #groups
    }
}

/// A literal of the table's integer type, without suffix.
fn int_lit(value: i128) -> TokenStream {
    let lit = Literal::u128_unsuffixed(value.unsigned_abs());
    if value < 0 {
        quote!(-#lit)
    } else {
        quote!(#lit)
    }
}

fn int_type(int: IntType) -> TokenStream {
    let ident = format_ident!("{}", int.name());
    quote!(#ident)
}

fn class_tokens(krate: &TokenStream, class: Class) -> TokenStream {
    let variant = format_ident!("{}", format!("{class:?}"));
    quote!(#krate::Class::#variant)
}

/// Escapes text for rustdoc's Markdown, so a vendor's description shows as
/// written and never opens a tag, a link or emphasis.
fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' || c == '\r' { ' ' } else { c });
    }
    out
}

/// The table author's doc comments, after the generated summary and a blank
/// line.
fn then_docs(docs: &[syn::Attribute]) -> TokenStream {
    if docs.is_empty() {
        quote!()
    } else {
        quote!(#[doc = ""] #(#docs)*)
    }
}

/// Whether rustdoc accepts `alias` in `#[doc(alias)]` for an item called
/// `item`.
fn valid_alias(alias: &str, item: &str) -> bool {
    !alias.is_empty()
        && alias != item
        && !alias.starts_with(' ')
        && !alias.ends_with(' ')
        && !alias
            .chars()
            .any(|c| c == '"' || c == '\'' || (c.is_whitespace() && c != ' '))
}

fn enum_def(model: &Model) -> TokenStream {
    let Model {
        docs,
        attrs,
        vis,
        name,
        catch_all,
        ..
    } = model;
    let int = int_type(model.int);
    let docs = if docs.is_empty() {
        let text = format!(" Status codes of {}.", model.vendor);
        quote!(#[doc = #text])
    } else {
        quote!(#(#docs)*)
    };
    let variants = model.rows.iter().map(|row| {
        let variant = &row.variant;
        let mut summary = format!(" `{}`", row.code);
        if let Some(name) = &row.name {
            summary.push_str(&format!(" `{name}`"));
        }
        if let Some(description) = &row.description {
            summary.push_str(&format!(": {}", markdown(description)));
        }
        let class = match row.class {
            RowClass::Given(class) => class.as_str(),
            RowClass::Http => {
                Class::for_http_status(u16::try_from(row.code).unwrap_or_default()).as_str()
            }
        };
        let class = format!(" Class: `{class}`.");
        let variant_name = variant.to_string();
        let code_alias = row.code.to_string();
        let aliases = std::iter::once(&code_alias)
            .chain(&row.name)
            .filter(|alias| valid_alias(alias, &variant_name));
        let attrs = &row.attrs;
        let user_docs = then_docs(&row.docs);
        quote! {
            #[doc = #summary]
            #[doc = ""]
            #[doc = #class]
            #user_docs
            #(#[doc(alias = #aliases)])*
            #(#attrs)*
            #variant,
        }
    });
    let catch_all_doc = format!(
        " A code that the {} table does not list, kept unchanged. Built by \
         `from_code`, it never holds a listed code; one built by hand around a \
         listed code equals that code's variant, since a value is its code.",
        model.vendor
    );
    quote! {
        #docs
        #(#attrs)*
        #[derive(Clone, Copy, Debug)]
        #vis enum #name {
            #(#variants)*
            #[doc = #catch_all_doc]
            #catch_all(#int),
        }
    }
}

fn inherent_impl(model: &Model) -> TokenStream {
    let Model {
        name,
        catch_all,
        krate,
        vendor,
        ..
    } = model;
    let int = int_type(model.int);
    let count = model.rows.len();
    let padded = count + 1;
    let variants: Vec<_> = model.rows.iter().map(|row| &row.variant).collect();
    let indices = 0..count;
    let codes = model.rows.iter().map(|row| int_lit(row.code));
    let names = model.rows.iter().map(|row| match &row.name {
        Some(name) => quote!(::core::option::Option::Some(#name)),
        None => quote!(::core::option::Option::None),
    });
    let variant_names = variants.iter().map(|v| v.to_string());
    let descriptions = model.rows.iter().map(|row| match &row.description {
        Some(text) => quote!(::core::option::Option::Some(#text)),
        None => quote!(::core::option::Option::None),
    });
    let classes = model.rows.iter().map(|row| match row.class {
        RowClass::Given(class) => class_tokens(krate, class),
        RowClass::Http => {
            let code = int_lit(row.code);
            quote!(#krate::Class::for_http_status(#code))
        }
    });
    let unknown_class = if model.http {
        quote!(#krate::Class::for_http_status(code))
    } else {
        class_tokens(krate, Class::Unknown)
    };
    let (code_lookup, find_code) = code_lookup(model);
    let (name_lookup, find_name) = name_lookup(model);
    let none = quote!(::core::option::Option::None);

    let (group_items, group_fn) = if model.groups.is_empty() {
        (
            quote!(),
            quote! {
                /// The name of the code's group: always `None`, this table has
                /// no groups.
                #[must_use]
                #[inline]
                pub const fn group_name(self) -> ::core::option::Option<&'static str> {
                    #none
                }

                /// The title of the code's group: always `None`, this table
                /// has no groups.
                #[must_use]
                #[inline]
                pub const fn group_title(self) -> ::core::option::Option<&'static str> {
                    #none
                }
            },
        )
    } else {
        let group_enum = &model.group_enum;
        let groups = model.rows.iter().map(|row| match row.group {
            Some(g) => {
                let ident = &model.groups[g].ident;
                quote!(::core::option::Option::Some(#group_enum::#ident))
            }
            None => none.clone(),
        });
        (
            quote! {
                const __GROUPS: [::core::option::Option<#group_enum>; #padded] = [#(#groups,)* #none];
            },
            quote! {
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
                pub const fn group_name(self) -> ::core::option::Option<&'static str> {
                    match self.group() {
                        ::core::option::Option::Some(group) => ::core::option::Option::Some(group.name()),
                        ::core::option::Option::None => #none,
                    }
                }

                /// The title of the code's group (the heading of its section
                /// on the vendor's page), as [`group`](Self::group).
                #[must_use]
                #[inline]
                pub const fn group_title(self) -> ::core::option::Option<&'static str> {
                    match self.group() {
                        ::core::option::Option::Some(group) => group.title(),
                        ::core::option::Option::None => #none,
                    }
                }
            },
        )
    };

    quote! {
        #[allow(deprecated)]
        impl #name {
            /// The vendor whose table this is.
            pub const VENDOR: &'static str = #vendor;

            /// Every code the table lists, in code order.
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];

            /// How many codes the table lists.
            pub const COUNT: usize = #count;

            const __CODES: [#int; #count] = [#(#codes),*];
            const __NAMES: [::core::option::Option<&'static str>; #padded] = [#(#names,)* #none];
            const __VARIANTS: [::core::option::Option<&'static str>; #padded] =
                [#(::core::option::Option::Some(#variant_names),)* #none];
            const __DESCRIPTIONS: [::core::option::Option<&'static str>; #padded] = [#(#descriptions,)* #none];
            const __CLASSES: [#krate::Class; #padded] = [#(#classes,)* #krate::Class::Unknown];
            #code_lookup
            #name_lookup
            #group_items

            /// The variant whose code is `code`.
            #[inline]
            const fn __find(code: #int) -> ::core::option::Option<Self> {
                #find_code
            }

            /// The position of the variant in [`ALL`](Self::ALL); the
            /// catch-all's is one past the end.
            #[inline]
            const fn __index(self) -> usize {
                match self {
                    #(Self::#variants => #indices,)*
                    Self::#catch_all(_) => #count,
                }
            }

            /// The value for `code`: its variant, or the catch-all holding
            /// `code` unchanged. Never fails and never loses the code.
            #[must_use]
            #[inline]
            pub const fn from_code(code: #int) -> Self {
                match Self::__find(code) {
                    ::core::option::Option::Some(variant) => variant,
                    ::core::option::Option::None => Self::#catch_all(code),
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
                    ::core::option::Option::Some(variant) => ::core::result::Result::Ok(variant),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err(#krate::UnknownCode::new(Self::VENDOR, code))
                    }
                }
            }

            /// The value whose vendor name is exactly `name`.
            #[must_use]
            #[inline]
            pub const fn from_name(name: &str) -> ::core::option::Option<Self> {
                #find_name
            }

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
            pub const fn name(self) -> ::core::option::Option<&'static str> {
                Self::__NAMES[self.__index()]
            }

            /// The name of the Rust variant; `None` for unknown codes.
            #[must_use]
            #[inline]
            pub const fn variant_name(self) -> ::core::option::Option<&'static str> {
                Self::__VARIANTS[self.__index()]
            }

            /// The vendor's description of the code; `None` for unknown codes
            /// and rows the vendor did not describe.
            #[must_use]
            #[inline]
            pub const fn description(self) -> ::core::option::Option<&'static str> {
                Self::__DESCRIPTIONS[self.__index()]
            }

            /// What the code asks of the client.
            #[must_use]
            #[inline]
            pub const fn class(self) -> #krate::Class {
                match self {
                    Self::#catch_all(code) => #unknown_class,
                    _ => Self::__CLASSES[self.__index()],
                }
            }

            #group_fn

            /// `true` when the table lists the code.
            #[must_use]
            #[inline]
            pub const fn is_known(self) -> bool {
                !::core::matches!(self, Self::#catch_all(_))
            }
        }
    }
}

/// How the generated code finds a row by its code, chosen by the table's shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CodeLookup {
    /// A few rows: a binary search of the sorted codes, whose steps do not
    /// branch on the data.
    Sorted,
    /// Codes packed in a short span: one array index.
    Dense,
    /// Sparse codes: a perfect hash, one probe.
    Hashed,
}

/// Tables up to this many rows are searched, not hashed.
const SMALL: usize = 8;

fn choose_code_lookup(model: &Model) -> CodeLookup {
    let count = model.rows.len();
    let span = match (model.rows.first(), model.rows.last()) {
        (Some(first), Some(last)) => last.code - first.code + 1,
        _ => 0,
    };
    // A dense array costs two bytes a code of its span: at most 32 bytes a
    // row (HTTP tables are dense), or 128 bytes in all.
    if span <= (16 * count as i128).max(64) {
        CodeLookup::Dense
    } else if count <= SMALL {
        CodeLookup::Sorted
    } else {
        CodeLookup::Hashed
    }
}

/// The constants and the body (an `Option<usize>` from `code`) of the lookup
/// by code.
fn code_lookup(model: &Model) -> (TokenStream, TokenStream) {
    let krate = &model.krate;
    let int = int_type(model.int);
    let name = model.int.name();
    let some = quote!(::core::option::Option::Some);
    let sorted = format_ident!("find_{name}");
    let sorted_search = quote! {
        match #krate::__private::#sorted(&Self::__CODES, code) {
            #some(index) => #some(Self::ALL[index]),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    };
    let variant = |index: usize| {
        let variant = &model.rows[index].variant;
        quote!(Self::#variant)
    };
    match choose_code_lookup(model) {
        CodeLookup::Sorted => (quote!(), sorted_search),
        CodeLookup::Dense => {
            let min = model.rows.first().map_or(0, |row| row.code);
            let span = model.rows.last().map_or(0, |row| row.code - min + 1);
            let mut dense = vec![None; usize::try_from(span).unwrap_or(0)];
            for (index, row) in model.rows.iter().enumerate() {
                if let Some(slot) = usize::try_from(row.code - min)
                    .ok()
                    .and_then(|at| dense.get_mut(at))
                {
                    *slot = Some(index);
                }
            }
            let len = dense.len();
            let entries = dense.iter().map(|entry| match entry {
                Some(index) => {
                    let variant = variant(*index);
                    quote!(#some(#variant))
                }
                None => quote!(::core::option::Option::None),
            });
            let min = int_lit(min);
            let find = format_ident!("find_dense_{name}");
            (
                quote! {
                    const __DENSE: [::core::option::Option<Self>; #len] = [#(#entries),*];
                },
                quote!(#krate::__private::phf::#find(&Self::__DENSE, #min, code)),
            )
        }
        CodeLookup::Hashed => {
            let codes: Vec<i128> = model.rows.iter().map(|row| row.code).collect();
            // Codes fit `i64` once sign-extended, as the run-time hash takes
            // them (a `u64` above `i64::MAX` wraps, as `as i64` does).
            let hash = |key: usize, seed| hash_int(codes[key] as i64, seed);
            let Some(phf) = phf::build(codes.len(), hash) else {
                return (quote!(), sorted_search);
            };
            let (seed, pilots, len) = (phf.seed, &phf.pilots, phf.slots.len());
            // A slot no code hashes to holds the first row, whose code lands
            // in its own slot: no marker needed.
            let slots = phf.slots.iter().map(|slot| {
                let index = slot.unwrap_or(0);
                let (code, variant) = (int_lit(codes[index]), variant(index));
                quote!((#code, #variant))
            });
            let pilot_count = pilots.len();
            let find = format_ident!("find_phf_{name}");
            (
                quote! {
                    const __CODE_SLOTS: [(#int, Self); #len] = [#(#slots),*];
                    const __CODE_PILOTS: [u64; #pilot_count] = [#(#pilots),*];
                },
                quote!(#krate::__private::phf::#find(&Self::__CODE_SLOTS, &Self::__CODE_PILOTS, #seed, code)),
            )
        }
    }
}

/// The constants and the body (an `Option<Self>` from `name`) of the lookup
/// by wire name.
fn name_lookup(model: &Model) -> (TokenStream, TokenStream) {
    let krate = &model.krate;
    let mut named: Vec<(&str, usize)> = model
        .rows
        .iter()
        .enumerate()
        .filter_map(|(index, row)| row.name.as_deref().map(|name| (name, index)))
        .collect();
    named.sort_unstable();
    let variant = |index: usize| {
        let variant = &model.rows[index].variant;
        quote!(Self::#variant)
    };
    let sorted = |named: &[(&str, usize)]| {
        let count = named.len();
        let entries = named.iter().map(|(name, i)| {
            let i = u16::try_from(*i).unwrap_or(u16::MAX);
            quote!((#name, #i))
        });
        (
            quote!(const __BY_NAME: [(&'static str, u16); #count] = [#(#entries),*];),
            quote! {
                match #krate::__private::find_name_sorted(&Self::__BY_NAME, name) {
                    ::core::option::Option::Some(index) => ::core::option::Option::Some(Self::ALL[index]),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            },
        )
    };
    if named.len() <= SMALL {
        return sorted(&named);
    }
    // The quick hash first (length, first, middle and last 8 bytes); the
    // whole one when two names agree on those.
    let built = [false, true].into_iter().find_map(|whole| {
        phf::build(named.len(), |key, seed| hash_str(named[key].0, seed, whole))
            .map(|phf| (phf, whole))
    });
    let Some((phf, whole)) = built else {
        return sorted(&named);
    };
    let (seed, pilots, len) = (phf.seed, &phf.pilots, phf.slots.len());
    let pilot_count = pilots.len();
    // A slot no name hashes to holds the first name, which lands in its own
    // slot: no marker needed.
    let slots = phf.slots.iter().map(|slot| {
        let (name, index) = named[slot.unwrap_or(0)];
        let variant = variant(index);
        quote!((#name, #variant))
    });
    (
        quote! {
            const __NAME_SLOTS: [(&'static str, Self); #len] = [#(#slots),*];
            const __NAME_PILOTS: [u64; #pilot_count] = [#(#pilots),*];
        },
        quote!(#krate::__private::phf::find_name(&Self::__NAME_SLOTS, &Self::__NAME_PILOTS, #seed, #whole, name)),
    )
}

fn trait_impls(model: &Model) -> TokenStream {
    let Model { name, krate, .. } = model;
    let int = int_type(model.int);
    let str = quote!(::core::option::Option<&'static str>);
    let delegates = [
        ("code", int.clone()),
        ("name", str.clone()),
        ("variant_name", str.clone()),
        ("description", str.clone()),
        ("group_name", str.clone()),
        ("group_title", str),
        ("class", quote!(#krate::Class)),
        ("is_known", quote!(bool)),
    ]
    .into_iter()
    .map(|(method, returns)| {
        let method = format_ident!("{method}");
        quote! {
            #[inline]
            fn #method(self) -> #returns {
                Self::#method(self)
            }
        }
    });
    let http = if model.http {
        quote!(#krate::__impl_http!(#name);)
    } else {
        quote!()
    };
    quote! {
        impl ::core::convert::From<#int> for #name {
            #[inline]
            fn from(code: #int) -> Self {
                Self::from_code(code)
            }
        }

        impl ::core::convert::From<#name> for #int {
            #[inline]
            fn from(code: #name) -> Self {
                code.code()
            }
        }

        impl ::core::cmp::PartialEq for #name {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                self.code() == other.code()
            }
        }

        impl ::core::cmp::Eq for #name {}

        impl ::core::hash::Hash for #name {
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                ::core::hash::Hash::hash(&self.code(), state);
            }
        }

        impl ::core::cmp::PartialOrd for #name {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        impl ::core::cmp::Ord for #name {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&self.code(), &other.code())
            }
        }

        impl ::core::fmt::Display for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #krate::__private::display(*self, f)
            }
        }

        impl ::core::error::Error for #name {}

        impl ::core::str::FromStr for #name {
            type Err = #krate::UnknownName;

            fn from_str(name: &str) -> ::core::result::Result<Self, Self::Err> {
                Self::from_name(name).ok_or_else(|| #krate::UnknownName::new(Self::VENDOR, name))
            }
        }

        impl #krate::VendorCode for #name {
            type Int = #int;
            const VENDOR: &'static str = Self::VENDOR;
            const ALL: &'static [Self] = Self::ALL;

            #(#delegates)*
            #[inline]
            fn from_code(code: #int) -> Self {
                Self::from_code(code)
            }
            #[inline]
            fn from_name(name: &str) -> ::core::option::Option<Self> {
                Self::from_name(name)
            }
            #[inline]
            fn try_from_code(code: #int) -> ::core::result::Result<Self, #krate::UnknownCode<#int>> {
                Self::try_from_code(code)
            }
        }

        #krate::__impl_serde!(#name);
        #http
    }
}

fn group_enum(model: &Model) -> TokenStream {
    let Model {
        name,
        vis,
        krate,
        group_enum,
        ..
    } = model;
    let int = int_type(model.int);
    let none = quote!(::core::option::Option::None);
    let idents: Vec<_> = model.groups.iter().map(|g| &g.ident).collect();
    let names = idents.iter().map(|i| i.to_string());
    let variants = model.groups.iter().map(|g| {
        let ident = &g.ident;
        let mut summary = match &g.title {
            Some(title) => format!(" {}", markdown(title)),
            None => format!(" Group `{ident}`"),
        };
        if let Some((lo, hi)) = g.range {
            summary.push_str(&format!(" (codes {lo} to {hi})"));
        }
        let attrs = &g.attrs;
        let user_docs = then_docs(&g.docs);
        quote! {
            #[doc = #summary]
            #user_docs
            #(#attrs)*
            #ident,
        }
    });
    let titles = model.groups.iter().map(|g| match &g.title {
        Some(title) => quote!(::core::option::Option::Some(#title)),
        None => none.clone(),
    });
    let ranges = model.groups.iter().map(|g| match g.range {
        Some((lo, hi)) => {
            let (lo, hi) = (int_lit(lo), int_lit(hi));
            quote!(::core::option::Option::Some(::core::ops::RangeInclusive::new(#lo, #hi)))
        }
        None => none.clone(),
    });
    let classes = model.groups.iter().map(|g| match g.class {
        Some(class) => {
            let class = class_tokens(krate, class);
            quote!(::core::option::Option::Some(#class))
        }
        None => none.clone(),
    });
    let members = model.groups.iter().enumerate().map(|(index, _)| {
        let members = model
            .rows
            .iter()
            .filter(|row| row.group == Some(index))
            .map(|row| &row.variant);
        quote!(&[#(#name::#members),*])
    });
    // Innermost range first: nested sections claim their codes.
    let mut ranged: Vec<_> = model
        .groups
        .iter()
        .filter_map(|g| Some((g.range?, &g.ident)))
        .collect();
    ranged.sort_by_key(|((lo, hi), _)| hi - lo);
    let containing = ranged.iter().map(|((lo, hi), ident)| {
        let (lo, hi) = (int_lit(*lo), int_lit(*hi));
        quote!(if #lo <= code && code <= #hi { return ::core::option::Option::Some(Self::#ident); })
    });
    let doc = format!(
        " The groups of the [`{name}`] table: the sections of {}'s page.",
        model.vendor
    );
    quote! {
        #[doc = #doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #vis enum #group_enum {
            #(#variants)*
        }

        #[allow(deprecated)]
        impl #group_enum {
            /// Every group, in the order the table declares them.
            pub const ALL: &'static [Self] = &[#(Self::#idents),*];

            /// The group's name, as the table declares it.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    #(Self::#idents => #names,)*
                }
            }

            /// The group's title: the heading of its section on the vendor's
            /// page.
            #[must_use]
            pub const fn title(self) -> ::core::option::Option<&'static str> {
                match self {
                    #(Self::#idents => #titles,)*
                }
            }

            /// The codes the group reserves, where the table declares a range.
            #[must_use]
            pub const fn range(self) -> ::core::option::Option<::core::ops::RangeInclusive<#int>> {
                match self {
                    #(Self::#idents => #ranges,)*
                }
            }

            /// The class of the group's rows, where the group gives one.
            #[must_use]
            pub const fn default_class(self) -> ::core::option::Option<#krate::Class> {
                match self {
                    #(Self::#idents => #classes,)*
                }
            }

            /// The codes the table lists in the group, in code order.
            #[must_use]
            pub const fn codes(self) -> &'static [#name] {
                match self {
                    #(Self::#idents => #members,)*
                }
            }

            /// The group whose declared range holds `code`, if any: the
            /// innermost, where ranges nest.
            #[must_use]
            pub const fn containing(code: #int) -> ::core::option::Option<Self> {
                #(#containing)*
                let _ = code;
                #none
            }
        }

        impl ::core::fmt::Display for #group_enum {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(match self.title() {
                    ::core::option::Option::Some(title) => title,
                    ::core::option::Option::None => self.name(),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_escaped_and_kept_on_one_line() {
        assert_eq!(
            markdown("a <b> [c] *d* `e`\nf"),
            "a \\<b\\> \\[c\\] \\*d\\* \\`e\\` f"
        );
        assert_eq!(markdown("plain text."), "plain text.");
    }

    #[test]
    fn aliases_that_rustdoc_rejects_are_left_out() {
        assert!(valid_alias("21200", "ModelDoesNotExist"));
        assert!(valid_alias("Not Found", "NotFound"));
        assert!(!valid_alias("I'm a teapot", "IMATeapot"));
        assert!(!valid_alias("Seven", "Seven"));
        assert!(!valid_alias(" x", "X"));
        assert!(!valid_alias("", "X"));
        assert!(!valid_alias("a\tb", "X"));
    }

    #[test]
    fn literals_carry_no_suffix() {
        assert_eq!(int_lit(21200).to_string(), "21200");
        assert_eq!(int_lit(-40021).to_string(), "- 40021");
        assert_eq!(
            int_lit(i128::from(u64::MAX)).to_string(),
            "18446744073709551615"
        );
        assert_eq!(
            int_lit(i128::from(i64::MIN)).to_string(),
            "- 9223372036854775808"
        );
    }
}
