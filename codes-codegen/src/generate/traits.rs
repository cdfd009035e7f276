//! The trait impls of the enum that coherence does not let `codes_core`
//! write once as blanket impls: conversions from and to the code, `Debug`,
//! equality, hashing and order by code, `Display`, `Error` and `FromStr`,
//! each a line that calls the enum's inherent `const fn`s (or
//! `codes_core`'s formatting); then `Generated`, from which `codes_core`
//! implements `VendorCode`, and the feature-dependent impls (serde, http)
//! by `codes_core`'s macros, which know its features.
//!
//! Written in the block, under its `use`s (`Option`, `Result`, the
//! traits, `__c`, `__p`; see [`super::generate`]).

use proc_macro2::TokenStream;

use super::Cx;
use super::template::{Hole, fill};

/// Every trait impl of the enum.
pub fn trait_impls(cx: &Cx) -> TokenStream {
    let holes = [
        ("name", Hole::from(&cx.model.name)),
        ("krate", (&cx.krate).into()),
    ];
    let mut items = conversions(cx);
    items.extend(shared(cx));
    items.extend(generated(cx));
    if cx.strings() {
        items.extend(fill(
            "serde_str",
            "$krate::__impl_serde_str!($name);",
            &holes,
        ));
    } else {
        items.extend(fill("serde", "$krate::__impl_serde!($name);", &holes));
        if cx.model.http {
            items.extend(fill("http", "$krate::__impl_http!($name);", &holes));
        }
    }
    items
}

/// `From` the code and into it.
fn conversions(cx: &Cx) -> TokenStream {
    let name = &cx.model.name;
    if cx.strings() {
        return fill(
            "str_conversions",
            r"
            impl<'a> From<&'a str> for $name<'a> {
                #[inline]
                fn from(code: &'a str) -> Self {
                    Self::from_code(code)
                }
            }
            impl<'a> From<$name<'a>> for &'a str {
                #[inline]
                fn from(code: $name<'a>) -> Self {
                    code.code()
                }
            }
            ",
            &[("name", name.into())],
        );
    }
    fill(
        "conversions",
        r"
        impl From<$int> for $name {
            #[inline]
            fn from(code: $int) -> Self {
                Self::from_code(code)
            }
        }
        impl From<$name> for $int {
            #[inline]
            fn from(code: $name) -> Self {
                code.code()
            }
        }
        ",
        &[("name", name.into()), ("int", (&cx.int).into())],
    )
}

/// `Debug` (as `#[derive(Debug)]` writes it), equality, hashing and order
/// by code, `Display`, `Error` and `FromStr`.
fn shared(cx: &Cx) -> TokenStream {
    let name = &cx.model.name;
    let ty = if cx.strings() {
        fill("ty", "$name<'_>", &[("name", name.into())])
    } else {
        fill("ty", "$name", &[("name", name.into())])
    };
    // A row with neither name nor description shows its variant's name;
    // a table without such rows reads no variant name.
    let bare = if bare_rows(cx) {
        "self.variant_name()"
    } else {
        "None"
    };
    fill(
        "shared",
        r"
        impl fmt::Debug for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                __p::debug(f, self.variant_name(), $catch_all, &self.code())
            }
        }
        impl PartialEq for $ty {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                self.code() == other.code()
            }
        }
        impl Eq for $ty {}
        impl Hash for $ty {
            #[inline]
            fn hash<H: hash::Hasher>(&self, state: &mut H) {
                Hash::hash(&self.code(), state);
            }
        }
        impl PartialOrd for $ty {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
                Some(Ord::cmp(self, other))
            }
        }
        impl Ord for $ty {
            #[inline]
            fn cmp(&self, other: &Self) -> Ordering {
                Ord::cmp(&self.code(), &other.code())
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                __p::display(f, Self::VENDOR, &self.code(), self.is_known(), self.name(), self.description(), $bare)
            }
        }
        impl ::core::error::Error for $ty {}
        impl FromStr for $ty {
            type Err = $krate::UnknownName;
            #[inline]
            fn from_str(name: &str) -> Result<Self, $krate::UnknownName> {
                match Self::from_name(name) {
                    Some(code) => Ok(code),
                    None => Err($krate::UnknownName::new(Self::VENDOR)),
                }
            }
        }
        ",
        &[
            ("ty", ty.into()),
            ("krate", (&cx.krate).into()),
            ("catch_all", cx.model.catch_all.to_string().as_str().into()),
            ("bare", fill("bare", bare, &[]).into()),
        ],
    )
}

/// `true` when some row has neither a vendor name nor a description.
fn bare_rows(cx: &Cx) -> bool {
    cx.model
        .rows
        .iter()
        .any(|row| row.name.is_none() && row.description.is_none())
}

/// `codes_core`'s `Generated` for the enum's `'static` form: its constants
/// and its inherent `const fn`s, from which `codes_core` implements
/// `VendorCode`; a table without groups or columns gives `codes_core`'s
/// stand-ins for the accessors it lacks.
fn generated(cx: &Cx) -> TokenStream {
    let code = if cx.strings() {
        fill("code", "&'static str", &[])
    } else {
        cx.int.clone()
    };
    let (group_name, group_title) = if cx.model.groups.is_empty() {
        ("__p::no_str", "__p::no_str")
    } else {
        ("Self::group_name", "Self::group_title")
    };
    let (columns, column_names) = if cx.model.columns.is_empty() {
        ("__p::no_columns", "&[]")
    } else {
        ("Self::columns", "Self::__COLUMN_NAMES")
    };
    fill(
        "generated",
        r"
        impl __p::Generated for $static_ty {
            type Code = $code;
            const VENDOR: &'static str = Self::VENDOR;
            const ALL: &'static [Self] = Self::ALL;
            const COLUMNS: &'static [&'static str] = $column_names;
            const METHODS: __p::Methods<Self> = __p::Methods {
                code: Self::code,
                name: Self::name,
                aliases: Self::aliases,
                variant_name: Self::variant_name,
                description: Self::description,
                is_deprecated: Self::is_deprecated,
                deprecation: Self::deprecation,
                is_generic: Self::is_generic,
                columns: $columns,
                group_name: $group_name,
                group_title: $group_title,
                class: Self::class,
                is_known: Self::is_known,
                from_code: Self::from_code,
                from_name: Self::from_name,
            };
        }
        ",
        &[
            ("static_ty", (&cx.static_ty).into()),
            ("code", code.into()),
            (
                "column_names",
                fill("column_names", column_names, &[]).into(),
            ),
            ("columns", fill("columns", columns, &[]).into()),
            ("group_name", fill("group_name", group_name, &[]).into()),
            ("group_title", fill("group_title", group_title, &[]).into()),
        ],
    )
}
