//! The validated table: plain data, every rule of `validate` holding, ready to
//! generate from.

// The plain types are the workspace's (`crate::table`), shared with the
// tools that write tables.
pub use crate::table::{Code, ColumnType, GroupRange, IntegerType, KeyType, Value};
use codes_core::Class;
use proc_macro2::Ident;
use proc_macro2::TokenStream;

use crate::syntax::Attribute;

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
    /// The enum's `#[cfg(...)]`s, which every generated item repeats.
    pub cfgs: Vec<Attribute>,
    /// The enum's other attributes, passed through.
    pub attrs: Vec<Attribute>,
    pub vis: TokenStream,
    pub name: Ident,
    /// The codes' type.
    pub key: KeyType,
    pub vendor: String,
    pub catch_all: Ident,
    /// The path to `codes_core`.
    pub krate: TokenStream,
    /// Classes default to RFC 9110's, and `http::StatusCode` converts.
    pub http: bool,
    /// `#[codes(http)]` was given, even where it was refused (rows then
    /// take RFC 9110's class all the same, so that the refusal is the only
    /// error).
    pub http_requested: bool,
    /// `#[non_exhaustive]` is left off the generated enums.
    pub exhaustive: bool,
    /// The group enum's name (when the table has groups).
    pub group_enum: Ident,
    pub columns: Vec<ColumnModel>,
    pub groups: Vec<GroupModel>,
    /// Sorted by code.
    pub rows: Vec<RowModel>,
}

pub struct ColumnModel {
    pub ident: Ident,
    pub docs: Vec<Attribute>,
    pub ty: ColumnType,
    /// Rows may leave it empty (declared as `Option<T>`).
    pub optional: bool,
    /// The value of rows that give none.
    pub default: Option<Value>,
}

pub struct GroupModel {
    pub ident: Ident,
    pub docs: Vec<Attribute>,
    /// The group's `#[cfg(...)]`s, which its rows follow.
    pub cfgs: Vec<Attribute>,
    pub attrs: Vec<Attribute>,
    pub title: Option<String>,
    pub range: Option<GroupRange>,
    pub class: Option<Class>,
    /// The class of the codes in its range that the table does not list.
    pub unlisted: Option<Class>,
}

pub struct RowModel {
    pub code: Code,
    pub name: Option<String>,
    pub aliases: Vec<String>,
    pub variant: Ident,
    pub description: Option<String>,
    pub class: RowClass,
    /// `Some` when the vendor deprecates the code, with its note if any.
    pub deprecated: Option<Option<String>>,
    /// The code is a vendor's catch-all (`#[codes(generic)]`).
    pub generic: bool,
    /// One value a column, in the columns' order; `None` where an optional
    /// column is left empty.
    pub values: Vec<Option<Value>>,
    /// Index into [`Model::groups`].
    pub group: Option<usize>,
    pub docs: Vec<Attribute>,
    /// The row's own `#[cfg(...)]`s and its group's.
    pub cfgs: Vec<Attribute>,
    pub attrs: Vec<Attribute>,
}

impl Model {
    /// Every row's aliases, in row order (a plain loop: its three callers'
    /// `flat_map`s would each compile their own iterator adapters).
    pub fn aliases(&self) -> Vec<&str> {
        let mut all = Vec::new();
        for row in &self.rows {
            for alias in &row.aliases {
                all.push(alias.as_str());
            }
        }
        all
    }

    /// The `#[cfg]`s of the group at `index`, none for `None`.
    pub fn group_cfgs(&self, index: Option<usize>) -> &[Attribute] {
        index.map_or(&[], |g| &self.groups[g].cfgs)
    }
}
