//! [`Key`]: the types a table's codes can have (integers, or strings), and
//! [`CodeValue`], a code seen without its table's type.

use core::fmt::{self, Debug, Display};
use core::hash::Hash;

use crate::Integer;

mod sealed {
    pub trait Sealed {}
}

/// The type of a table's codes: one of the [`Integer`] types, or `&'static
/// str` for a string-keyed table (Huawei Cloud's `"ModelArts.4900"`, AWS's
/// `ThrottlingException`).
///
/// Sealed: the macro knows each of these types, and no other.
pub trait Key:
    sealed::Sealed + Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static
{
    /// The type's name as written in Rust (`"u32"`, `"&str"`).
    const NAME: &'static str;

    /// The code, seen without its type.
    fn to_value(self) -> CodeValue;

    /// The code `value`, if it is one of this type (a number that fits it,
    /// or a string for `&'static str`).
    fn from_value(value: CodeValue) -> Option<Self>;
}

impl<T: Integer> sealed::Sealed for T {}

impl<T: Integer> Key for T {
    const NAME: &'static str = <T as Integer>::NAME;

    #[inline]
    fn to_value(self) -> CodeValue {
        CodeValue::Int(self.to_i128())
    }

    #[inline]
    fn from_value(value: CodeValue) -> Option<Self> {
        match value {
            CodeValue::Int(value) => T::from_i128(value),
            CodeValue::Str(_) => None,
        }
    }
}

impl sealed::Sealed for &'static str {}

impl Key for &'static str {
    const NAME: &'static str = "&str";

    #[inline]
    fn to_value(self) -> CodeValue {
        CodeValue::Str(self)
    }

    #[inline]
    fn from_value(value: CodeValue) -> Option<Self> {
        match value {
            CodeValue::Str(value) => Some(value),
            CodeValue::Int(_) => None,
        }
    }
}

/// A code seen without its table's type: a number (every integer type
/// widened to `i128`) or a string.
///
/// ```
/// use codes_core::CodeValue;
/// assert_eq!(CodeValue::from(21200).to_string(), "21200");
/// assert_eq!(CodeValue::from("ModelArts.4900").as_str(), Some("ModelArts.4900"));
/// assert_eq!(CodeValue::from(-1_i64).as_int(), Some(-1));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CodeValue {
    /// The code of an integer table.
    Int(i128),
    /// The code of a string-keyed table.
    Str(&'static str),
}

impl CodeValue {
    /// The number, for the code of an integer table.
    #[must_use]
    pub const fn as_int(self) -> Option<i128> {
        match self {
            CodeValue::Int(value) => Some(value),
            CodeValue::Str(_) => None,
        }
    }

    /// The string, for the code of a string-keyed table.
    #[must_use]
    pub const fn as_str(self) -> Option<&'static str> {
        match self {
            CodeValue::Str(value) => Some(value),
            CodeValue::Int(_) => None,
        }
    }
}

impl Display for CodeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeValue::Int(value) => Display::fmt(value, f),
            CodeValue::Str(value) => f.pad(value),
        }
    }
}

impl From<&'static str> for CodeValue {
    fn from(value: &'static str) -> Self {
        CodeValue::Str(value)
    }
}

macro_rules! from_ints {
    ($($t:ty)*) => {$(
        impl From<$t> for CodeValue {
            fn from(value: $t) -> Self {
                CodeValue::Int(i128::from(value))
            }
        }
        impl PartialEq<$t> for CodeValue {
            fn eq(&self, other: &$t) -> bool {
                *self == CodeValue::Int(i128::from(*other))
            }
        }
    )*};
}
from_ints!(u8 u16 u32 u64 i8 i16 i32 i64 i128);

impl PartialEq<&str> for CodeValue {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}
