//! `VendorCode` for every generated table: one blanket impl over what the
//! table tells [`Generated`]. (The traits coherence leaves to each table,
//! `Debug`, `Display`, ..., the generated code implements itself.)

use crate::{Class, Columns, Key, VendorCode};

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
