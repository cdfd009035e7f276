//! [`Table`] and [`Entry`]: any generated table seen without its enum's type,
//! for tools that list or search several vendors' tables at run time.

use crate::{Class, CodeValue, Columns, Key, VendorCode};

/// One listed code of a table, seen without its enum's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Entry {
    /// The code: a number (widened to `i128`, which holds every integer
    /// type) or, in a string-keyed table, a string.
    pub code: CodeValue,
    /// The vendor's name for the code, where it gives one.
    pub name: Option<&'static str>,
    /// The Rust variant's name.
    pub variant: &'static str,
    /// The vendor's description, where it gives one.
    pub description: Option<&'static str>,
    /// The name of the code's group, where it has one.
    pub group: Option<&'static str>,
    /// The title of the code's group (the heading of its section on the
    /// vendor's page), where it has one.
    pub group_title: Option<&'static str>,
    /// What the code asks of the client.
    pub class: Class,
    /// The vendor's other names for the code (older names, protobuf
    /// aliases), each of which also finds it.
    pub aliases: &'static [&'static str],
    /// `true` when the vendor marks the code deprecated.
    pub deprecated: bool,
    /// The vendor's note on the deprecation, where it gives one.
    pub deprecation: Option<&'static str>,
    /// The row's values of the table's extra columns.
    pub columns: Columns,
}

impl Entry {
    /// The entry of a listed code; `None` for the catch-all.
    #[must_use]
    pub fn of<C: VendorCode>(code: C) -> Option<Entry> {
        Some(Entry {
            code: code.code().to_value(),
            name: code.name(),
            variant: code.variant_name()?,
            description: code.description(),
            group: code.group_name(),
            group_title: code.group_title(),
            class: code.class(),
            aliases: code.aliases(),
            deprecated: code.is_deprecated(),
            deprecation: code.deprecation(),
            columns: code.columns(),
        })
    }
}

/// A generated table seen without its enum's type: its identity, its rows and
/// its lookups, so that a tool can hold many vendors' tables in one list.
///
/// ```
/// use codes_core::Table;
///
/// codes_macros::status_codes! {
///     /// Status codes of the Acme API.
///     pub enum Acme: u32 {
///         10000 SUCCESS: "Ok" => success,
///         10030 TRY_AGAIN: "Try the request again" => retry,
///     }
/// }
///
/// const TABLES: &[Table] = &[Table::of::<Acme>("acme", "Acme API status codes")];
/// let table = &TABLES[0];
/// assert_eq!(table.len(), 2);
/// assert_eq!(table.get(10030).and_then(|e| e.name), Some("TRY_AGAIN"));
/// assert_eq!(table.get_by_name("SUCCESS").map(|e| e.code), Some(10000.into()));
/// assert_eq!(table.get(-1), None); // does not fit u32
/// assert_eq!(table.entries().count(), 2);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Table {
    id: &'static str,
    vendor: &'static str,
    title: &'static str,
    int: &'static str,
    rust_type: fn() -> &'static str,
    columns: &'static [&'static str],
    len: usize,
    entry_at: fn(usize) -> Option<Entry>,
    get: fn(CodeValue) -> Option<Entry>,
    get_by_name: fn(&str) -> Option<Entry>,
}

fn entry_at<C: VendorCode>(index: usize) -> Option<Entry> {
    C::ALL.get(index).copied().and_then(Entry::of)
}

fn get<C: VendorCode>(code: CodeValue) -> Option<Entry> {
    let value = C::from_code(C::Code::from_value(code)?);
    Entry::of(value)
}

fn get_by_name<C: VendorCode>(name: &str) -> Option<Entry> {
    C::from_name(name).and_then(Entry::of)
}

impl Table {
    /// The view of table `C`, known to tools as `id` (a short lowercase name,
    /// such as `clarifai`) and described by `title`.
    #[must_use]
    pub const fn of<C: VendorCode>(id: &'static str, title: &'static str) -> Table {
        Table {
            id,
            vendor: C::VENDOR,
            title,
            int: <C::Code as Key>::NAME,
            rust_type: core::any::type_name::<C>,
            columns: C::COLUMNS,
            len: C::ALL.len(),
            entry_at: entry_at::<C>,
            get: get::<C>,
            get_by_name: get_by_name::<C>,
        }
    }

    /// The table's short name, as tools know it.
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The vendor whose table this is.
    #[must_use]
    pub const fn vendor(&self) -> &'static str {
        self.vendor
    }

    /// What the table holds, in a few words.
    #[must_use]
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The name of the codes' type (`"u32"`, or `"&str"` for a string-keyed
    /// table).
    #[must_use]
    pub const fn int_type(&self) -> &'static str {
        self.int
    }

    /// The path of the table's Rust enum
    /// (`"codes_vendors::clarifai::Clarifai"`), as `core::any::type_name`
    /// gives it.
    #[must_use]
    pub fn rust_type(&self) -> &'static str {
        (self.rust_type)()
    }

    /// The names of the table's extra columns, in the order it declares
    /// them.
    #[must_use]
    pub const fn columns(&self) -> &'static [&'static str] {
        self.columns
    }

    /// How many codes the table lists.
    #[must_use]
    pub const fn len(&self) -> usize {
        self.len
    }

    /// `true` when the table lists no code (never, for a generated table).
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Every listed code, in code order.
    pub fn entries(&self) -> impl Iterator<Item = Entry> + '_ {
        (0..self.len).filter_map(|index| (self.entry_at)(index))
    }

    /// The entry of `code` (a number, or a string in a string-keyed table),
    /// if the table lists it.
    #[must_use]
    pub fn get(&self, code: impl Into<CodeValue>) -> Option<Entry> {
        (self.get)(code.into())
    }

    /// The entry whose vendor name, or one of its aliases, is exactly
    /// `name`.
    #[must_use]
    pub fn get_by_name(&self, name: &str) -> Option<Entry> {
        (self.get_by_name)(name)
    }
}
