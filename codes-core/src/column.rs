//! [`Columns`] and [`ColumnValue`]: a table's extra columns (an HTTP status, a
//! solution, where a row comes from), seen without the table's type.

use core::fmt;

/// The value of one extra column of a row, seen without the column's type.
///
/// A table declares its columns with their Rust types (`column http: u16,`);
/// the generated `const fn` accessors return those types, and the type-erased
/// [`Entry`](crate::Entry) holds them as this enum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColumnValue {
    /// A column of an integer type, widened without loss.
    Int(i128),
    /// A `bool` column.
    Bool(bool),
    /// A `&'static str` column.
    Str(&'static str),
}

impl fmt::Display for ColumnValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ColumnValue::Int(value) => fmt::Display::fmt(value, f),
            ColumnValue::Bool(value) => fmt::Display::fmt(value, f),
            ColumnValue::Str(value) => f.pad(value),
        }
    }
}

/// The extra columns of one row: each column's name, in the order the table
/// declares them, with the row's value (`None` where an optional column is
/// left empty, and for every column of an unknown code).
///
/// ```
/// use codes_core::{ColumnValue, VendorCode};
///
/// codes_macros::status_codes! {
///     /// Status codes of the Acme API.
///     pub enum Acme: u32 {
///         column http: u16,
///         column solution: Option<&'static str>,
///         5001 FILE_NOT_FOUND: "File not found" => client_error { http: 404, solution: "Check the path." },
///         5002 BUSY: "Busy" => retry { http: 503 },
///     }
/// }
///
/// let columns = Acme::FileNotFound.columns();
/// assert_eq!(columns.get("http"), Some(ColumnValue::Int(404)));
/// assert_eq!(columns.get("solution"), Some(ColumnValue::Str("Check the path.")));
/// assert_eq!(Acme::Busy.columns().get("solution"), None);
/// let names: Vec<_> = columns.iter().map(|(name, _)| name).collect();
/// assert_eq!(names, ["http", "solution"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Columns {
    names: &'static [&'static str],
    values: &'static [Option<ColumnValue>],
}

impl Columns {
    /// No columns: those of a table that declares none.
    pub const EMPTY: Columns = Columns {
        names: &[],
        values: &[],
    };

    /// The columns `names`, with one row's `values` (as many, in the same
    /// order). Used by the generated code.
    #[doc(hidden)]
    #[must_use]
    pub const fn new(
        names: &'static [&'static str],
        values: &'static [Option<ColumnValue>],
    ) -> Columns {
        Columns { names, values }
    }

    /// The row's value of the column `name`: `None` when the table has no such
    /// column or the row leaves it empty.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<ColumnValue> {
        self.iter()
            .find(|(column, _)| *column == name)
            .and_then(|(_, value)| value)
    }

    /// Each column's name and the row's value, in the table's order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Option<ColumnValue>)> + '_ {
        self.names
            .iter()
            .enumerate()
            .map(|(index, name)| (*name, self.values.get(index).copied().flatten()))
    }

    /// How many columns the table declares.
    #[must_use]
    pub const fn len(&self) -> usize {
        self.names.len()
    }

    /// `true` when the table declares no column.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}
