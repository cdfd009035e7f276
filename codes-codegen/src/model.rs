//! The validated table: plain data, every rule of `validate` holding, ready to
//! generate from.

use codes_core::Class;
use proc_macro2::TokenStream;
use syn::{Attribute, Ident, Visibility};

/// An integer type a table can be declared over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntType {
    U8,
    U16,
    U32,
    U64,
    I8,
    I16,
    I32,
    I64,
}

impl IntType {
    pub const ALL: [IntType; 8] = [
        IntType::U8,
        IntType::U16,
        IntType::U32,
        IntType::U64,
        IntType::I8,
        IntType::I16,
        IntType::I32,
        IntType::I64,
    ];

    pub fn name(self) -> &'static str {
        match self {
            IntType::U8 => "u8",
            IntType::U16 => "u16",
            IntType::U32 => "u32",
            IntType::U64 => "u64",
            IntType::I8 => "i8",
            IntType::I16 => "i16",
            IntType::I32 => "i32",
            IntType::I64 => "i64",
        }
    }

    pub fn from_name(name: &str) -> Option<IntType> {
        IntType::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The smallest and largest values of the type.
    pub fn bounds(self) -> (i128, i128) {
        match self {
            IntType::U8 => (0, u8::MAX.into()),
            IntType::U16 => (0, u16::MAX.into()),
            IntType::U32 => (0, u32::MAX.into()),
            IntType::U64 => (0, u64::MAX.into()),
            IntType::I8 => (i8::MIN.into(), i8::MAX.into()),
            IntType::I16 => (i16::MIN.into(), i16::MAX.into()),
            IntType::I32 => (i32::MIN.into(), i32::MAX.into()),
            IntType::I64 => (i64::MIN.into(), i64::MAX.into()),
        }
    }

    pub fn contains(self, value: i128) -> bool {
        let (lo, hi) = self.bounds();
        (lo..=hi).contains(&value)
    }
}

/// Where a row's class comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowClass {
    /// Written on the row, its group or the table.
    Given(Class),
    /// RFC 9110's class of the code, in an `http` table.
    Http,
}

/// A validated table.
pub struct Model {
    /// The enum's doc comments.
    pub docs: Vec<Attribute>,
    /// The enum's other attributes, passed through.
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub name: Ident,
    pub int: IntType,
    pub vendor: String,
    pub catch_all: Ident,
    /// The path to `codes_core`.
    pub krate: TokenStream,
    /// Classes default to RFC 9110's, and `http::StatusCode` converts.
    pub http: bool,
    /// The group enum's name (when the table has groups).
    pub group_enum: Ident,
    pub groups: Vec<GroupModel>,
    /// Sorted by code.
    pub rows: Vec<RowModel>,
}

pub struct GroupModel {
    pub ident: Ident,
    pub docs: Vec<Attribute>,
    pub attrs: Vec<Attribute>,
    pub title: Option<String>,
    pub range: Option<(i128, i128)>,
    pub class: Option<Class>,
}

pub struct RowModel {
    pub code: i128,
    pub name: Option<String>,
    pub variant: Ident,
    pub description: Option<String>,
    pub class: RowClass,
    /// Index into [`Model::groups`].
    pub group: Option<usize>,
    pub docs: Vec<Attribute>,
    pub attrs: Vec<Attribute>,
}
