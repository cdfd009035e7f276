//! The shared traits and types of every status-code enum that the
//! `status_codes!` macro generates.
//!
//! - [`VendorCode`]: the trait every generated enum implements, so that code
//!   handling any vendor's statuses is written once.
//! - [`Class`]: what a code asks of the client (done, poll, retry, fix the
//!   request, vendor failure), the same for every vendor.
//! - [`Decision`] and [`Decide`]: what a client does next with a whole
//!   response, from its HTTP status, vendor codes, batch items and
//!   `Retry-After` (see the [`decision`] module for the rules).
//! - [`UnknownCode`] and [`UnknownName`]: the errors of the strict conversions.
//! - [`Table`] and [`Entry`]: any table seen without its enum's type, for tools
//!   that search several vendors' tables.
//!
//! The crate is `no_std` and never allocates.
//!
//! # Features
//!
//! - `std` (default): reserved for additions that need the standard library;
//!   errors already implement `core::error::Error` without it.
//! - `serde`: generated enums serialize as their integer code and deserialize
//!   from it, an unknown code preserved in the catch-all; [`Class`] as its
//!   name, [`Entry`] and the errors as maps.
//! - `http`: tables declared with `#[codes(http)]` convert from
//!   `http::StatusCode`, and to it where the code is a valid HTTP status.
#![cfg_attr(not(test), no_std)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]

mod class;
mod code;
mod column;
pub mod decision;
mod error;
mod int;
mod key;
#[cfg(feature = "serde")]
mod serde_types;
mod table;

pub use class::Class;
pub use code::VendorCode;
pub use column::{ColumnValue, Columns};
pub use decision::{
    Basis, Decide, Decision, Headers, NoHeaders, RetryAfter, Rule, UnixTime, Verdict,
};
pub use error::{UnknownClass, UnknownCode, UnknownName};
pub use int::Integer;
pub use key::{CodeValue, Key};
pub use table::{Entry, Table};

// Every item the generated code uses, and the `__impl_*` macros it calls
// (exported at the crate's root as `macro_export` puts them), are in
// `private`'s files.
mod private;

/// Support for the code that `status_codes!` generates, under the path that
/// code names (`::codes_core::__private::...`): the items of the crate's
/// `private` module. Not a public API: its items may change in any release.
#[doc(hidden)]
pub mod __private {
    pub use crate::private::*;
}
