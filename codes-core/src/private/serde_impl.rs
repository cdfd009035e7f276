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
pub fn serialize<C: VendorCode, S: Serializer>(code: C, serializer: S) -> Result<S::Ok, S::Error> {
    // Serialized as the table's own integer type, so that formats that are not
    // self-describing read back what they wrote. The casts are lossless: the
    // value has that type.
    let value = code.code().to_i128();
    match (C::Int::SIGNED, C::Int::BITS) {
        (false, 8) => serializer.serialize_u8(value as u8),
        (false, 16) => serializer.serialize_u16(value as u16),
        (false, 32) => serializer.serialize_u32(value as u32),
        (false, _) => serializer.serialize_u64(value as u64),
        (true, 8) => serializer.serialize_i8(value as i8),
        (true, 16) => serializer.serialize_i16(value as i16),
        (true, 32) => serializer.serialize_i32(value as i32),
        (true, _) => serializer.serialize_i64(value as i64),
    }
}

/// Deserializes a generated enum from its integer code: an unknown code is
/// kept in the catch-all; a value outside the table's integer type, or
/// anything that is not an integer, is an error.
///
/// # Errors
///
/// When the input is not an integer of the table's type.
pub fn deserialize<'de, C: VendorCode, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    let visitor = CodeVisitor(PhantomData);
    match (C::Int::SIGNED, C::Int::BITS) {
        (false, 8) => deserializer.deserialize_u8(visitor),
        (false, 16) => deserializer.deserialize_u16(visitor),
        (false, 32) => deserializer.deserialize_u32(visitor),
        (false, _) => deserializer.deserialize_u64(visitor),
        (true, 8) => deserializer.deserialize_i8(visitor),
        (true, 16) => deserializer.deserialize_i16(visitor),
        (true, 32) => deserializer.deserialize_i32(visitor),
        (true, _) => deserializer.deserialize_i64(visitor),
    }
}

struct CodeVisitor<C>(PhantomData<C>);

impl<C: VendorCode> CodeVisitor<C> {
    fn accept<E: de::Error>(self, value: i128, unexpected: Unexpected<'_>) -> Result<C, E> {
        match C::Int::from_i128(value) {
            Some(code) => Ok(C::from_code(code)),
            None => Err(E::invalid_value(unexpected, &self)),
        }
    }
}

impl<C: VendorCode> Visitor<'_> for CodeVisitor<C> {
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a {} status code (an integer of type {})",
            C::VENDOR,
            C::Int::NAME
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
