//! [`Integer`]: the integer types a status-code table can be declared over.
//!
//! The list of those types is written once, in [`integers!`]: the trait's
//! impls, the per-type lookups the generated code calls
//! (`__private::int::u32::mul_slot`, ...), the serde dispatch and the list the
//! macro checks a table's type against all come from it.

use core::fmt::{Debug, Display};
use core::hash::Hash;

mod sealed {
    pub trait Sealed {}
}

/// An integer type a table's codes can have: `u8`, `u16`, `u32`, `u64`, `i8`,
/// `i16`, `i32` or `i64`.
///
/// Sealed: the macro knows each of these types, and no other.
pub trait Integer:
    sealed::Sealed + Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static
{
    /// The type's name as written in Rust (`"u32"`).
    const NAME: &'static str;

    /// `true` for the signed types.
    const SIGNED: bool;

    /// The type's width in bits.
    const BITS: u32;

    /// The value, widened without loss.
    fn to_i128(self) -> i128;

    /// The value, if `value` fits this type.
    fn from_i128(value: i128) -> Option<Self>;

    /// Serializes the value as this very type, so that formats that are not
    /// self-describing read back what they wrote.
    #[cfg(feature = "serde")]
    #[doc(hidden)]
    fn __serialize<S: serde::Serializer>(self, serializer: S) -> Result<S::Ok, S::Error>;

    /// Asks the deserializer for this very type.
    #[cfg(feature = "serde")]
    #[doc(hidden)]
    fn __deserialize<'de, D: serde::Deserializer<'de>, V: serde::de::Visitor<'de>>(
        deserializer: D,
        visitor: V,
    ) -> Result<V::Value, D::Error>;
}

/// An integer type as the macro sees it: its name and bounds.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntegerType {
    /// The type's name as written in Rust.
    pub name: &'static str,
    /// The smallest value of the type.
    pub min: i128,
    /// The largest value of the type.
    pub max: i128,
}

impl IntegerType {
    /// The type named `name`, if tables may have it.
    #[must_use]
    pub fn named(name: &str) -> Option<IntegerType> {
        INTEGERS.iter().copied().find(|t| t.name == name)
    }

    /// `true` when `value` fits the type.
    #[must_use]
    pub const fn contains(self, value: i128) -> bool {
        self.min <= value && value <= self.max
    }
}

/// Declares every integer type tables may have, from the one list below: each
/// type, the unsigned type of its width, and serde's methods for it.
macro_rules! integers {
    ($($t:ident $u:ident $ser:ident $de:ident,)*) => {
        $(
            impl sealed::Sealed for $t {}
            impl Integer for $t {
                const NAME: &'static str = stringify!($t);
                const SIGNED: bool = <$t>::MIN != 0;
                const BITS: u32 = <$t>::BITS;
                #[inline]
                fn to_i128(self) -> i128 {
                    i128::from(self)
                }
                #[inline]
                fn from_i128(value: i128) -> Option<Self> {
                    <$t>::try_from(value).ok()
                }
                #[cfg(feature = "serde")]
                #[inline]
                fn __serialize<S: serde::Serializer>(self, serializer: S) -> Result<S::Ok, S::Error> {
                    serializer.$ser(self)
                }
                #[cfg(feature = "serde")]
                #[inline]
                fn __deserialize<'de, D: serde::Deserializer<'de>, V: serde::de::Visitor<'de>>(
                    deserializer: D,
                    visitor: V,
                ) -> Result<V::Value, D::Error> {
                    deserializer.$de(visitor)
                }
            }
        )*

        /// Every integer type a table may have.
        #[doc(hidden)]
        pub const INTEGERS: &[IntegerType] = &[$(IntegerType {
            name: stringify!($t),
            min: <$t>::MIN as i128,
            max: <$t>::MAX as i128,
        }),*];

        /// The lookups of the generated code, one module a type.
        pub mod lookups {
            $(crate::private::lookups!($t $u);)*
        }
    };
}

integers! {
    u8 u8 serialize_u8 deserialize_u8,
    u16 u16 serialize_u16 deserialize_u16,
    u32 u32 serialize_u32 deserialize_u32,
    u64 u64 serialize_u64 deserialize_u64,
    i8 u8 serialize_i8 deserialize_i8,
    i16 u16 serialize_i16 deserialize_i16,
    i32 u32 serialize_i32 deserialize_i32,
    i64 u64 serialize_i64 deserialize_i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_knows_each_type_and_its_bounds() {
        assert_eq!(INTEGERS.len(), 8);
        let i16 = IntegerType::named("i16").unwrap();
        assert_eq!((i16.min, i16.max), (-32768, 32767));
        assert!(i16.contains(-32768) && !i16.contains(32768));
        assert_eq!(IntegerType::named("u64").unwrap().max, i128::from(u64::MAX));
        assert_eq!(IntegerType::named("u128"), None);
        assert_eq!(IntegerType::named("usize"), None);
    }
}
