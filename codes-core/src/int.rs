//! [`Integer`]: the integer types a status-code table can be declared over.

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
}

macro_rules! integers {
    ($($t:ident)*) => {$(
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
        }
    )*};
}
integers!(u8 u16 u32 u64 i8 i16 i32 i64);
