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
