//! Serialization of generated enums as their integer code (feature `serde`).

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Unexpected, Visitor};
use serde::{Deserializer, Serializer};

use crate::{Integer, VendorCode};

/// Serializes `code` as its integer code.
///
/// # Errors
///
/// Those of the serializer.
pub fn serialize<C, S>(code: C, serializer: S) -> Result<S::Ok, S::Error>
where
    C: VendorCode<Code: Integer>,
    S: Serializer,
{
    code.code().__serialize(serializer)
}

/// Deserializes a generated enum from its integer code: an unknown code is
/// kept in the catch-all; a value outside the table's integer type, or
/// anything that is not an integer, is an error.
///
/// # Errors
///
/// When the input is not an integer of the table's type.
pub fn deserialize<'de, C: VendorCode<Code: Integer>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    C::Code::__deserialize(deserializer, CodeVisitor(PhantomData))
}

struct CodeVisitor<C>(PhantomData<C>);

impl<C: VendorCode<Code: Integer>> CodeVisitor<C> {
    fn accept<E: de::Error>(self, value: i128, unexpected: Unexpected<'_>) -> Result<C, E> {
        match C::Code::from_i128(value) {
            Some(code) => Ok(C::from_code(code)),
            None => Err(E::invalid_value(unexpected, &self)),
        }
    }
}

impl<C: VendorCode<Code: Integer>> Visitor<'_> for CodeVisitor<C> {
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a {} status code (an integer of type {})",
            C::VENDOR,
            C::Code::NAME
        )
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<C, E> {
        self.accept(i128::from(v), Unexpected::Signed(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<C, E> {
        self.accept(i128::from(v), Unexpected::Unsigned(v))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<C, E> {
        self.accept(v, Unexpected::Other("a 128-bit integer"))
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<C, E> {
        let value = i128::try_from(v).unwrap_or(i128::MAX);
        self.accept(value, Unexpected::Other("a 128-bit integer"))
    }
}

/// Deserializes a string-keyed table's code borrowed from the input: a
/// borrowed string is kept whatever it is; a transient one (an escaped JSON
/// string, a reader's buffer) only when the table lists it, since an unknown
/// one would have to be copied.
///
/// # Errors
///
/// When the input is not a string, or is an unknown code that cannot be
/// borrowed from the input.
pub fn deserialize_str<'de, T, D: Deserializer<'de>>(
    deserializer: D,
    vendor: &'static str,
    known: fn(&str) -> Option<T>,
    borrowed: fn(&'de str) -> T,
) -> Result<T, D::Error> {
    struct V<'de, T> {
        vendor: &'static str,
        known: fn(&str) -> Option<T>,
        borrowed: fn(&'de str) -> T,
    }
    impl<'de, T> Visitor<'de> for V<'de, T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a {} status code (a string)", self.vendor)
        }

        fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<T, E> {
            Ok((self.borrowed)(v))
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            (self.known)(v).ok_or_else(|| {
                E::custom(format_args!(
                    "unknown {} status code {v:?} could not be borrowed from the input (it is escaped, or read from a stream): deserialize the code as a `String` and decode it with `from_code`",
                    self.vendor
                ))
            })
        }
    }
    deserializer.deserialize_str(V {
        vendor,
        known,
        borrowed,
    })
}

/// Implements `Serialize` and `Deserialize` for a generated enum (`codes-core`
/// has its `serde` feature).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ty) => {
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::serde_impl::serialize(*self, serializer)
            }
        }
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::serde_impl::deserialize(deserializer)
            }
        }
    };
}

/// Implements `Serialize` (as the code's string) and `Deserialize` (borrowing
/// it from the input) for a generated string-keyed enum.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde_str {
    ($ty:ident) => {
        impl $crate::__private::serde::Serialize for $ty<'_> {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }
        impl<'de: 'a, 'a> $crate::__private::serde::Deserialize<'de> for $ty<'a> {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::serde_impl::deserialize_str(
                    deserializer,
                    Self::VENDOR,
                    $ty::__find,
                    $ty::from_code,
                )
            }
        }
    };
}
