//! The trait impls every generated table gets, the same for all of them.

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

        $crate::__impl_shared!($ty, $ty, $int, $catch_all);
    };
}

/// The methods of `VendorCode` that take `self` and return what the inherent
/// `const fn` of the same name returns.
#[doc(hidden)]
#[macro_export]
macro_rules! __delegate {
    ($($method:ident -> $returns:ty,)*) => {$(
        #[inline]
        fn $method(self) -> $returns {
            Self::$method(self)
        }
    )*};
}

/// Implements the fixed traits of a generated string-keyed enum `$ty<'a>`
/// whose catch-all variant is `$catch_all`: conversions from and to
/// `&'a str`, and those of [`__impl_shared`](crate::__impl_shared) (`VendorCode` for its
/// `'static` form).
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

        $crate::__impl_shared!(
            $ty<'_>,
            $ty<'static>,
            &'static ::core::primitive::str,
            $catch_all
        );
    };
}

/// The traits [`__impl_traits`](crate::__impl_traits) and [`__impl_traits_str`](crate::__impl_traits_str) implement alike,
/// for the enum `$ty` (`Acme`, `Cloud<'_>`) whose catch-all variant is
/// `$catch_all`: `Debug` (as `#[derive(Debug)]` writes it), equality,
/// hashing and order by code, `Display`, `Error` and `FromStr`; and
/// [`VendorCode`](crate::VendorCode) for `$static_ty`, its `'static` form,
/// whose codes are `$code`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_shared {
    ($ty:ty, $static_ty:ty, $code:ty, $catch_all:ident) => {
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
                    self.__bare_variant(),
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

        impl $crate::VendorCode for $static_ty {
            type Code = $code;
            const VENDOR: &'static str = Self::VENDOR;
            const ALL: &'static [Self] = Self::ALL;
            const COLUMNS: &'static [&'static str] = Self::__COLUMN_NAMES;

            $crate::__delegate! {
                code -> $code,
                name -> ::core::option::Option<&'static str>,
                aliases -> &'static [&'static str],
                variant_name -> ::core::option::Option<&'static str>,
                description -> ::core::option::Option<&'static str>,
                is_deprecated -> bool,
                deprecation -> ::core::option::Option<&'static str>,
                is_generic -> bool,
                columns -> $crate::Columns,
                group_name -> ::core::option::Option<&'static str>,
                group_title -> ::core::option::Option<&'static str>,
                class -> $crate::Class,
                is_known -> bool,
            }

            #[inline]
            fn from_code(code: $code) -> Self {
                Self::from_code(code)
            }

            #[inline]
            fn from_name(name: &str) -> ::core::option::Option<Self> {
                Self::from_name(name)
            }

            #[inline]
            fn try_from_code(
                code: $code,
            ) -> ::core::result::Result<Self, $crate::UnknownCode<$code>> {
                Self::try_from_code(code)
            }
        }
    };
}
