//! Vendors' status-code tables as Rust enums.
//!
//! An SDK author declares a vendor's table once, the way the vendor's page
//! reads, with [`status_codes!`]; the macro generates an enum with one variant
//! a row, a catch-all that keeps unknown codes, and everything a client needs
//! to act on a code: its name, description, group and [`Class`] (done, poll,
//! retry, fix the request, vendor failure).
//!
//! ```
//! vendor_codes::status_codes! {
//!     /// Status codes of the Acme API.
//!     #[codes(vendor = "Acme")]
//!     pub enum Acme: u32 {
//!         group Generic "Generic codes: 10xxx" (10000..=10999) {
//!             10000 SUCCESS: "Ok" => success,
//!             10030 TRY_AGAIN: "Try the request again" => retry,
//!         }
//!         group Model "Model codes: 21xxx" (21000..=21999) => client_error {
//!             21100 MODEL_TRAINED: "Custom model has been already trained" => success,
//!             21101 MODEL_TRAINING: "Custom model is currently training" => pending,
//!             21200 MODEL_DOES_NOT_EXIST: "Model does not exist",
//!         }
//!     }
//! }
//!
//! use vendor_codes::Class;
//!
//! let status = Acme::from(21200);
//! assert_eq!(status, Acme::ModelDoesNotExist);
//! assert_eq!(status.name(), Some("MODEL_DOES_NOT_EXIST"));
//! assert_eq!(status.group(), Some(AcmeGroup::Model));
//! assert_eq!(status.class(), Class::ClientError);
//! assert_eq!(status.to_string(), "21200 MODEL_DOES_NOT_EXIST: Model does not exist");
//!
//! // Unknown codes are kept, never lost.
//! let unknown = Acme::from(21999);
//! assert_eq!(unknown, Acme::Unknown(21999));
//! assert_eq!(u32::from(unknown), 21999);
//! assert_eq!(unknown.group(), Some(AcmeGroup::Model));
//! assert_eq!(unknown.to_string(), "unknown Acme status 21999");
//!
//! // A client decides from types, not numbers.
//! let next = match Acme::from(10030).class() {
//!     Class::Success => "done",
//!     Class::Pending | Class::Informational => "poll again",
//!     Class::Retry => "retry later",
//!     Class::Redirect => "follow the redirect",
//!     Class::ClientError => "fix the request",
//!     Class::VendorError | Class::Unknown => "report a failure",
//! };
//! assert_eq!(next, "retry later");
//! ```
//!
//! The crates behind this one:
//! - [`codes_core`]: the [`VendorCode`] trait every generated enum implements,
//!   [`Class`] and the errors; `no_std`, never allocates.
//! - `codes_macros`: the [`status_codes!`] macro.
//! - `codes_vendors` (feature `vendors`): tables of real vendors, re-exported
//!   as `vendors`.
//!
//! # Features
//!
//! - `std` (default): `codes_core`'s `std` feature.
//! - `vendors`: the vendors' tables, as `vendors` (off by default: a
//!   user's own tables need none of them).
//! - `serde`: generated enums serialize as their integer code; with
//!   `vendors`, the vendors' response bodies and their `decode` entry points.
//! - `http`: `#[codes(http)]` tables convert from and to `http::StatusCode`,
//!   and `http::HeaderMap` is a [`Headers`].
//!
//! # Deciding from a response
//!
//! [`Decision`] is what a client does next with a whole response, and
//! [`Decide`] applies the rules of the [`decision`] module to what the
//! response holds.
#![cfg_attr(
    all(feature = "vendors", feature = "serde"),
    doc = "\n",
    doc = include_str!("deciding.md")
)]
#![no_std]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

/// The README's examples, each a doctest (they use the `vendors`, `serde` and
/// `http` features, and `codes-client`, a dev-dependency).
#[cfg(all(doctest, feature = "vendors", feature = "serde", feature = "http"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use codes_core::decision;
pub use codes_core::{
    Basis, Class, CodeValue, ColumnValue, Columns, Decide, Decision, Entry, Headers, Integer, Key,
    NoHeaders, RetryAfter, Rule, Table, UnixTime, UnknownClass, UnknownCode, UnknownName,
    VendorCode, Verdict,
};

#[cfg(feature = "vendors")]
pub use codes_vendors as vendors;

#[doc(hidden)]
pub mod __private {
    pub use codes_core;
    pub use codes_macros::status_codes;
}

/// Declares a vendor's status-code table as an enum.
///
/// # The table
///
/// ```
/// vendor_codes::status_codes! {
///     /// Status codes of the Acme API.         // doc comments and attributes pass through
///     #[codes(vendor = "Acme")]                 // options, all optional (below)
///     pub enum Acme: u32 => vendor_error {      // name, integer type, default class
///         /// The HTTP status sent with the code.
///         column http: u16 = 500,               // extra columns, first (below)
///         /// Generic codes.
///         group Generic "Generic codes: 10xxx" (10000..=10999) {
///             10000 SUCCESS: "Ok" => success { http: 200 },
///             10030 TRY_AGAIN: "Try the request again" => retry { http: 503 },
///         }
///         #[codes(unlisted = client_error)]     // the class of the codes it does not list
///         group Model "Model codes" (21000..=21999) => client_error {
///             // Other names of the code, after `|`: each one parses to it.
///             21100 MODEL_TRAINED | MODEL_READY: "Custom model has been already trained" => success,
///             21200 MODEL_DOES_NOT_EXIST: "Model does not exist" { http: 404 },
///             /// A row without description, that the vendor deprecates.
///             #[codes(deprecated = "use MODEL_DOES_NOT_EXIST")]
///             21201 MODEL_NOT_FOUND { http: 404 },
///         }
///         // A row the vendor gives no name: the variant is named with `as`.
///         5001 as FileNotFound: "File not found",
///         // A name that is no identifier: a string, converted or named with `as`.
///         5002 "Not Found (legacy)" as LegacyNotFound,
///     }
/// }
/// # fn main() {
/// assert_eq!(Acme::FileNotFound.name(), None);
/// assert_eq!(Acme::from_name("Not Found (legacy)"), Some(Acme::LegacyNotFound));
/// assert_eq!(Acme::from_name("MODEL_READY"), Some(Acme::ModelTrained));
/// assert_eq!(Acme::LegacyNotFound.class(), vendor_codes::Class::VendorError);
/// assert_eq!(Acme::ModelDoesNotExist.http(), Some(404));
/// assert_eq!(Acme::FileNotFound.http(), Some(500));
/// assert!(Acme::ModelNotFound.is_deprecated());
/// assert_eq!(Acme::from(21999).class(), vendor_codes::Class::ClientError);
/// # }
/// ```
///
/// - **Header**: the enum's doc comments and attributes (passed through,
///   `#[cfg(...)]` included), its visibility and name, `:` and the codes'
///   integer type (`u8`, `u16`, `u32`, `u64`, `i8`, `i16`, `i32` or `i64`), and
///   an optional `=> class`, the class of rows that give none.
/// - **Row**: `CODE NAME | ALIAS as Variant: "description" => class { column:
///   value },` where only the code is required. `NAME` is the vendor's
///   symbolic name, kept verbatim as the wire name; the variant is its
///   UpperCamelCase (`MODEL_DOES_NOT_EXIST` becomes `ModelDoesNotExist`)
///   unless `as Variant` names it. A name that is not an identifier is
///   written as a string. A row whose vendor gives no name needs `as Variant`.
///   After `|` come the code's other names (older names, protobuf aliases):
///   each one parses to the row, [`aliases`](VendorCode::aliases) lists them,
///   and `name()` stays the first. Doc comments, `#[cfg(...)]` and other
///   attributes before a row pass through to its variant; `#[codes(deprecated)]`
///   or `#[codes(deprecated = "the vendor's note")]` marks a row the vendor
///   deprecates, and `#[codes(generic)]` a vendor's catch-all code (Clarifai's
///   `FAILURE`), which yields to an HTTP status or a `Retry-After` that says
///   retry ([`decision`]).
/// - **Group**: `group Name "Title" (lo..=hi) => class { rows }`, where the
///   title, range and class are optional. Its rows must lie in its range; its
///   class applies to rows that give none. Ranges may nest, as a page's
///   sections do (`21xxx` around `213xx`), but not cross; an unknown code
///   belongs to the innermost range that holds it. `#[codes(unlisted =
///   class)]` on a ranged group gives the codes of its range that the table
///   does not list that class (the innermost group that says so decides);
///   otherwise they are `unknown` (RFC 9110's class in an `http` table). A
///   group may stand under `#[cfg(...)]`, and its rows with it.
/// - **Column**: `column name: Type,` or `column name: Type = default,`,
///   before the rows. The type is an integer type, `bool` or `&'static str`,
///   or `Option` of one of them; every row gives a value in its braces unless
///   the column has a default or is an `Option` (then rows may leave it out).
///   Values are literals. Each column becomes a `const fn name(self) ->
///   Option<T>` (`None` for unknown codes and empty optional values) and a
///   field of [`Entry::columns`](Entry); its doc comments document it.
/// - **Class**: `success`, `pending`, `retry`, `informational`, `redirect`,
///   `client_error`, `vendor_error` or `unknown` (see [`Class`]). Every row
///   needs one: its own, its group's, or the table's.
///
/// # Options: `#[codes(...)]`
///
/// - `vendor = "Name"`: the vendor's name in messages (default: the enum's).
/// - `unknown = Variant`: the catch-all's name (default `Unknown`).
/// - `http`: an HTTP status table (`u16`): rows without class take RFC 9110's,
///   unknown codes too, and it converts from and to `http::StatusCode` under
///   the `http` feature.
/// - `group_enum = Name`: the group enum's name (default: the enum's name and
///   `Group`).
/// - `exhaustive`: leave `#[non_exhaustive]` off the generated enums (below).
/// - `crate = path`: where `codes_core` is, for crates that re-export it.
///
/// # What it generates
///
/// An enum with one unit variant a row and the catch-all holding the raw code,
/// which is `Clone`, `Copy`, `Debug`, `Eq`, `Ord` and `Hash` by code, and:
/// (a value is its code: a catch-all built by hand around a listed code, such
/// as `Acme::Unknown(10000)`, equals `Acme::Success` but does not match its
/// pattern; build values with `from_code` or `From`, which never do that)
/// - `const fn`s `from_code` (total), `try_from_code` (strict), `from_name`
///   (name or alias), `code`, `name`, `aliases`, `variant_name`,
///   `description`, `class`, `is_deprecated`, `deprecation`, `is_generic`
///   and `is_known`; in a table with groups, `group`, `group_name` and
///   `group_title`; in a table with columns, `columns` and one a column
///   ([`VendorCode`] has `group_name`, `group_title` and `columns` for every
///   table: `None` and empty where it declares none); constants `VENDOR`,
///   `ALL` (in code order) and `COUNT`;
/// - `From` the integer type and into it, `FromStr` from the wire name or an
///   alias, `Display` (`21200 MODEL_DOES_NOT_EXIST: Model does not exist`,
///   `unknown Acme status 12345`), `core::error::Error`, [`VendorCode`];
/// - with groups, a group enum (`AcmeGroup`) with each group's name, title,
///   range, default class, class of unlisted codes and codes;
/// - `serde` and `http` conversions under those features.
///
/// # String-keyed tables
///
/// Many APIs send string codes (Huawei Cloud's `"ModelArts.4900"`, AWS's
/// `ThrottlingException`, Stripe's `card_declined`). Declare the table `: &str`
/// and write each code as a string literal; a group's range is then a prefix:
///
/// ```
/// vendor_codes::status_codes! {
///     /// Error codes of the Cloud API.
///     #[codes(vendor = "Cloud")]
///     pub enum CloudError: &str => client_error {
///         column http: u16,
///         #[codes(unlisted = retry)]
///         group Throttling "Throttling" ("Throttle.") => retry {
///             "Throttle.Api" | "ThrottlingException": "Too many requests" { http: 429 },
///         }
///         "ModelArts.0101": "Invalid parameter." { http: 400 },
///         "card_declined" as CardDeclined: "The card was declined." { http: 402 },
///     }
/// }
/// # fn main() {
/// let sent = String::from("ModelArts.0101");
/// assert_eq!(CloudError::from_code(&sent), CloudError::ModelArts0101);
/// assert_eq!(CloudError::ModelArts0101.code(), "ModelArts.0101");
/// assert_eq!(CloudError::from_name("ThrottlingException"), Some(CloudError::ThrottleApi));
/// // Every string of a row is a code the vendor may send; the first is its code.
/// assert_eq!(CloudError::from_code("ThrottlingException"), CloudError::ThrottleApi);
/// assert_eq!(CloudError::ThrottleApi.code(), "Throttle.Api");
/// // An unlisted code is kept as sent, borrowed from the input.
/// let other = String::from("Throttle.Db");
/// assert_eq!(CloudError::from_code(&other), CloudError::Unknown("Throttle.Db"));
/// assert_eq!(CloudError::from_code(&other).class(), vendor_codes::Class::Retry);
/// // A listed code borrows nothing: `to_static` frees it of the input.
/// let kept: Option<CloudError<'static>> = CloudError::from_code(&sent).to_static();
/// assert_eq!(kept, Some(CloudError::ModelArts0101));
/// # }
/// ```
///
/// A row's aliases (after `|`) are codes too, as well as names: a vendor
/// that renamed a code, or that sends either of two (AWS's `Throttling` and
/// `ThrottlingException`), is found by any of them; `code()`, `Display` and
/// serialization give the first. An alias that is another row's code is a
/// compile error.
///
/// The enum has a lifetime, that of the unlisted code its catch-all borrows
/// (`CloudError<'a>`, `Unknown(&'a str)`); listed codes never allocate and
/// never borrow. A row's variant defaults to its name's UpperCamelCase, else
/// its code's (`"ModelArts.0101"` is `ModelArts0101`). `ALL` and `COUNT` are
/// those of `CloudError<'static>`, which implements [`VendorCode`] with
/// `Code = &'static str`. With `serde`, a code serializes as its string and
/// deserializes borrowing it (`#[serde(borrow)]` in a body type); an unlisted
/// code that cannot be borrowed (an escaped JSON string, a stream) is an error
/// that says to deserialize a `String` and decode it with `from_code`.
///
/// Generated names are the macro's: a variant, group, column or catch-all may
/// not be called like one of them (`ALL`, `code`, `containing`, names
/// beginning with `__`, ...), nor an enum like a primitive type.
///
/// Every mistake in a table is a compile error at the offending token. A
/// table with mistakes still generates its enum with the rows that are right,
/// beside the errors, so that an editor keeps seeing the enum while the
/// author fixes the table.
///
/// # Deprecated rows
///
/// `#[codes(deprecated)]` records that the vendor deprecates a code: the code
/// still arrives in responses and means what it says, so a client must go on
/// handling it. A Rust `#[deprecated]` on the variant would make every
/// client's exhaustive `match` warn for handling it; the vendor's word is
/// data instead, in the variant's docs, [`VendorCode::is_deprecated`],
/// [`Entry`] and the lookup tool. (A table author who does want the Rust
/// lint may still write `#[deprecated]` on a row: it passes through.)
///
/// # `#[non_exhaustive]` and semantic versioning
///
/// Generated enums and group enums are `#[non_exhaustive]` (unless
/// `#[codes(exhaustive)]`): vendors add codes, and a crate that publishes a
/// table should be able to add the row without a major release. Inside the
/// table's own crate (the SDK itself) an exhaustive `match` still compiles;
/// other crates add a wildcard arm. The tables of `codes-vendors`, and tables
/// declared this way, follow this policy:
///
/// - **minor** (`0.x.y` → `0.x.(y+1)` before 1.0, `x.y` → `x.(y+1)` after):
///   a row, a group, an alias or a column with a default is added; a
///   description, title or the vendor's deprecation note changes; a row is
///   marked deprecated; a code the table did not list gets the class its
///   group declares for unlisted codes.
/// - **major**: a row, group, alias or column is removed or renamed, a code
///   changes its variant, or a listed code's class changes (a client's
///   decision changes with it), or the table becomes `exhaustive`.
#[macro_export]
macro_rules! status_codes {
    ($($table:tt)*) => {
        $crate::__private::status_codes! {
            #![codes(crate = $crate::__private::codes_core)]
            $($table)*
        }
    };
}
