//! The trait impls every generated table gets, the same for all of them.

use crate::{Class, Columns, Key, VendorCode};

/// Implements the fixed traits of a generated enum `$ty` whose codes are
/// `$int` and whose catch-all variant is `$catch_all`: conversions both
/// ways, and those of [`__impl_shared`](crate::__impl_shared), each delegating to the enum's
/// inherent `const fn`s.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_traits {
    ($ty:ident, $int:ty, $catch_all:ident) => {
        impl ::core::convert::From<$int> for $ty {
            #[inline]
            fn from(code: $int) -> Self {
                Self::from_code(code)
            }
        }

        impl ::core::convert::From<$ty> for $int {
            #[inline]
            fn from(code: $ty) -> Self {
                code.code()
            }
        }

        $crate::__impl_shared!($ty, $catch_all);
    };
}

/// Implements the fixed traits of a generated string-keyed enum `$ty<'a>`
/// whose catch-all variant is `$catch_all`: conversions from and to
/// `&'a str`, and those of [`__impl_shared`](crate::__impl_shared).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_traits_str {
    ($ty:ident, $catch_all:ident) => {
        impl<'a> ::core::convert::From<&'a ::core::primitive::str> for $ty<'a> {
            #[inline]
            fn from(code: &'a ::core::primitive::str) -> Self {
                Self::from_code(code)
            }
        }

        impl<'a> ::core::convert::From<$ty<'a>> for &'a ::core::primitive::str {
            #[inline]
            fn from(code: $ty<'a>) -> Self {
                code.code()
            }
        }

        $crate::__impl_shared!($ty<'_>, $catch_all);
    };
}

/// The traits [`__impl_traits`](crate::__impl_traits) and [`__impl_traits_str`](crate::__impl_traits_str) implement alike,
/// for the enum `$ty` (`Acme`, `Cloud<'_>`) whose catch-all variant is
/// `$catch_all`: `Debug` (as `#[derive(Debug)]` writes it), equality,
/// hashing and order by code, `Display`, `Error` and `FromStr`. (The
/// generated code implements [`Generated`] itself, for `VendorCode`.)
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_shared {
    ($ty:ty, $catch_all:ident) => {
        impl ::core::fmt::Debug for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::debug(
                    f,
                    self.variant_name(),
                    ::core::stringify!($catch_all),
                    &self.code(),
                )
            }
        }

        impl ::core::cmp::PartialEq for $ty {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                self.code() == other.code()
            }
        }

        impl ::core::cmp::Eq for $ty {}

        impl ::core::hash::Hash for $ty {
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                ::core::hash::Hash::hash(&self.code(), state);
            }
        }

        impl ::core::cmp::PartialOrd for $ty {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        impl ::core::cmp::Ord for $ty {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&self.code(), &other.code())
            }
        }

        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::display(
                    f,
                    Self::VENDOR,
                    &self.code(),
                    self.is_known(),
                    self.name(),
                    self.description(),
                    if Self::__BARE {
                        self.variant_name()
                    } else {
                        ::core::option::Option::None
                    },
                )
            }
        }

        impl ::core::error::Error for $ty {}

        impl ::core::str::FromStr for $ty {
            type Err = $crate::UnknownName;

            #[inline]
            fn from_str(name: &str) -> ::core::result::Result<Self, $crate::UnknownName> {
                match Self::from_name(name) {
                    ::core::option::Option::Some(code) => ::core::result::Result::Ok(code),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err($crate::UnknownName::new(Self::VENDOR))
                    }
                }
            }
        }
    };
}

/// What a generated enum tells [`VendorCode`], which every type with it
/// implements by one blanket impl (instead of a table's own impl of the
/// trait's 16 methods): its constants, and its inherent `const fn`s as
/// function pointers, which a constant holds (a call through one is a
/// direct call once the type is known, and inlined as one).
///
/// Implemented by the generated code only; not a public API.
pub trait Generated:
    Copy
    + Eq
    + Ord
    + core::hash::Hash
    + core::fmt::Debug
    + core::fmt::Display
    + From<Self::Code>
    + Into<Self::Code>
    + core::str::FromStr<Err = crate::UnknownName>
    + Send
    + Sync
    + 'static
{
    /// [`VendorCode::Code`].
    type Code: Key;
    /// [`VendorCode::VENDOR`].
    const VENDOR: &'static str;
    /// [`VendorCode::ALL`].
    const ALL: &'static [Self];
    /// [`VendorCode::COLUMNS`].
    const COLUMNS: &'static [&'static str];
    /// The enum's inherent `const fn`s.
    const METHODS: Methods<Self>;
}

/// The inherent `const fn`s of a generated enum `T` that [`VendorCode`]'s
/// methods of the same names call.
#[allow(missing_docs, clippy::type_complexity)]
pub struct Methods<T: Generated> {
    pub code: fn(T) -> T::Code,
    pub name: fn(T) -> Option<&'static str>,
    pub aliases: fn(T) -> &'static [&'static str],
    pub variant_name: fn(T) -> Option<&'static str>,
    pub description: fn(T) -> Option<&'static str>,
    pub is_deprecated: fn(T) -> bool,
    pub deprecation: fn(T) -> Option<&'static str>,
    pub is_generic: fn(T) -> bool,
    pub columns: fn(T) -> Columns,
    pub group_name: fn(T) -> Option<&'static str>,
    pub group_title: fn(T) -> Option<&'static str>,
    pub class: fn(T) -> Class,
    pub is_known: fn(T) -> bool,
    pub from_code: fn(T::Code) -> T,
    pub from_name: fn(&str) -> Option<T>,
}

/// `VendorCode` for every generated enum, from its [`Generated`] impl.
impl<T: Generated> VendorCode for T {
    type Code = T::Code;
    const VENDOR: &'static str = <T as Generated>::VENDOR;
    const ALL: &'static [Self] = <T as Generated>::ALL;
    const COLUMNS: &'static [&'static str] = <T as Generated>::COLUMNS;

    #[inline]
    fn code(self) -> T::Code {
        (T::METHODS.code)(self)
    }
    #[inline]
    fn name(self) -> Option<&'static str> {
        (T::METHODS.name)(self)
    }
    #[inline]
    fn variant_name(self) -> Option<&'static str> {
        (T::METHODS.variant_name)(self)
    }
    #[inline]
    fn aliases(self) -> &'static [&'static str] {
        (T::METHODS.aliases)(self)
    }
    #[inline]
    fn is_deprecated(self) -> bool {
        (T::METHODS.is_deprecated)(self)
    }
    #[inline]
    fn deprecation(self) -> Option<&'static str> {
        (T::METHODS.deprecation)(self)
    }
    #[inline]
    fn is_generic(self) -> bool {
        (T::METHODS.is_generic)(self)
    }
    #[inline]
    fn columns(self) -> Columns {
        (T::METHODS.columns)(self)
    }
    #[inline]
    fn description(self) -> Option<&'static str> {
        (T::METHODS.description)(self)
    }
    #[inline]
    fn group_name(self) -> Option<&'static str> {
        (T::METHODS.group_name)(self)
    }
    #[inline]
    fn group_title(self) -> Option<&'static str> {
        (T::METHODS.group_title)(self)
    }
    #[inline]
    fn class(self) -> Class {
        (T::METHODS.class)(self)
    }
    #[inline]
    fn is_known(self) -> bool {
        (T::METHODS.is_known)(self)
    }
    #[inline]
    fn from_code(code: T::Code) -> Self {
        (T::METHODS.from_code)(code)
    }
    #[inline]
    fn from_name(name: &str) -> Option<Self> {
        (T::METHODS.from_name)(name)
    }
}

/// `None`: the group name and title of a table without groups, for
/// [`Methods`].
#[must_use]
pub fn no_str<T>(_: T) -> Option<&'static str> {
    None
}

/// No columns: those of a table that declares none, for [`Methods`].
#[must_use]
pub fn no_columns<T>(_: T) -> Columns {
    Columns::EMPTY
}
