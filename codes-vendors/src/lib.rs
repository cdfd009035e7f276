//! Status-code tables of real vendors, declared with `status_codes!` from the
//! vendors' documentation pages, each behind a cargo feature (all on by
//! default):
//!
//! - `clarifai` (feature `clarifai`): Clarifai's API status codes.
//! - `bigml` (feature `bigml`): BigML.io's HTTP, resource status and error
//!   codes.
//! - `seven_bridges` (feature `seven-bridges`): the Seven Bridges Platform
//!   API's error codes.
//! - `modelarts` (feature `modelarts`): Huawei Cloud ModelArts' HTTP status
//!   codes and error codes.
//! - `grpc` (feature `grpc`): gRPC's status codes.
//!
//! [`tables`] lists every enabled table as a [`Table`], for tools that search
//! them at run time, and [`Vendor`] names every enabled vendor.
//!
//! With the `serde` feature (default) every vendor module also has serde
//! types for the vendor's response bodies, and one entry point, `decode`,
//! from a [`RawResponse`](response::RawResponse) (HTTP status, headers, body
//! bytes) to the decoded body and the [`Decision`] a client acts on (see
//! [`response`]):
//!
//! ```
//! use codes_vendors::response::RawResponse;
//! use codes_vendors::{seven_bridges, Decision, UnixTime};
//!
//! // Seven Bridges under maintenance: HTTP 503 and `{"code": 0}`.
//! let decoded = seven_bridges::decode(&RawResponse::new(Some(503), br#"{"code": 0}"#)).unwrap();
//! assert_eq!(decoded.decision(), Decision::Retry { after: None });
//!
//! // Rate-limited, with the reset time Seven Bridges documents.
//! let headers = [("X-RateLimit-Reset", "1700000060")];
//! let response = RawResponse::new(Some(429), b"").with_headers(&headers).at(UnixTime(1_700_000_000));
//! assert_eq!(seven_bridges::decode(&response).unwrap().decision().retry_after_secs(), Some(60));
//! ```
#![cfg_attr(not(test), no_std)]
#![deny(missing_docs)]

// The response bodies keep the vendors' messages as `String`s.
#[cfg(feature = "serde")]
extern crate alloc;

pub use codes_core::{
    Basis, Class, CodeValue, ColumnValue, Columns, Decide, Decision, Entry, Headers, NoHeaders,
    RetryAfter, Rule, Table, UnixTime, VendorCode, Verdict,
};

#[cfg(feature = "serde")]
pub mod events;
#[cfg(feature = "serde")]
pub mod response;

/// Every vendor of this crate, written once: calls `$callback!` with one
/// line a vendor, `Variant module "id" "Name" "what its bodies look like"
/// (decode)`, where the id is the vendor's cargo feature and `decode` gives,
/// for a vendor whose responses are JSON bodies, the body's type and the
/// arguments its `decode` takes after the response (gRPC has none: its code
/// travels as the call's status). The vendors' modules, [`tables`],
/// [`Vendor`], `codes-client`'s per-vendor functions and the `codes` tool's
/// vendor argument all come from this list.
#[doc(hidden)]
#[macro_export]
macro_rules! __for_each_vendor {
    ($callback:ident) => {
        $callback! {
            Clarifai clarifai "clarifai" "Clarifai"
                "`{\"status\": {\"code\": 21200, ...}}`"
                (body $crate::clarifai::Response),
            Bigml bigml "bigml" "BigML.io"
                "a resource (`{\"code\": 5, ...}`) or an error (`{\"code\": 400, \"status\": {\"code\": -1200, ...}}`)"
                (body $crate::bigml::Body, resource: ::core::option::Option<$crate::bigml::Resource>),
            SevenBridges seven_bridges "seven-bridges" "Seven Bridges"
                "`{\"status\": 404, \"code\": 5002, \"message\": ...}`"
                (body $crate::seven_bridges::Response),
            Modelarts modelarts "modelarts" "Huawei Cloud ModelArts"
                "`{\"error_code\": \"ModelArts.0104\", ...}`"
                (body $crate::modelarts::Response),
            Grpc grpc "grpc" "gRPC"
                "no body: the code is the call's status"
                (),
        }
    };
}

/// The modules, [`tables`] and [`Vendor`] from the vendors' list.
macro_rules! vendors {
    ($($variant:ident $module:ident $id:literal $name:literal $shape:literal ($($decode:tt)*),)*) => {
        $(
            #[cfg(feature = $id)]
            pub mod $module;
        )*

        /// The tables of the enabled vendors, vendor by vendor.
        const TABLES: &[&[Table]] = &[$(
            #[cfg(feature = $id)]
            $module::TABLES,
        )*];

        /// A vendor of this crate, one a cargo feature (the variants are
        /// those of the enabled features).
        ///
        /// ```
        /// use codes_vendors::Vendor;
        ///
        /// let vendor = Vendor::from_id("seven-bridges").unwrap();
        /// assert_eq!(vendor, Vendor::SevenBridges);
        /// assert_eq!(vendor.name(), "Seven Bridges");
        /// assert_eq!(vendor.tables()[0].id(), "seven-bridges");
        /// assert!(Vendor::ALL.contains(&Vendor::Grpc));
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Vendor {
            $(
                #[doc = concat!($name, ": ", $shape, ".")]
                #[cfg(feature = $id)]
                $variant,
            )*
        }

        impl Vendor {
            /// Every enabled vendor.
            pub const ALL: &'static [Vendor] = &[$(
                #[cfg(feature = $id)]
                Vendor::$variant,
            )*];

            /// The vendor's id: its cargo feature, and its argument to
            /// `codes decode`.
            #[must_use]
            pub const fn id(self) -> &'static str {
                match self {$(
                    #[cfg(feature = $id)]
                    Vendor::$variant => $id,
                )*}
            }

            /// The vendor's name.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {$(
                    #[cfg(feature = $id)]
                    Vendor::$variant => $name,
                )*}
            }

            /// What the vendor's response bodies look like.
            #[must_use]
            pub const fn body_shape(self) -> &'static str {
                match self {$(
                    #[cfg(feature = $id)]
                    Vendor::$variant => $shape,
                )*}
            }

            /// Whether the vendor's responses are JSON bodies, which its
            /// module's `decode` reads (feature `serde`); gRPC's code is the
            /// call's status.
            #[must_use]
            pub const fn has_body(self) -> bool {
                match self {$(
                    #[cfg(feature = $id)]
                    // An entry that gives a body type gives tokens.
                    Vendor::$variant => !stringify!($($decode)*).is_empty(),
                )*}
            }

            /// The vendor's tables.
            #[must_use]
            pub const fn tables(self) -> &'static [Table] {
                match self {$(
                    #[cfg(feature = $id)]
                    Vendor::$variant => $module::TABLES,
                )*}
            }

            /// The enabled vendor whose [`id`](Vendor::id) is `id`.
            #[must_use]
            pub fn from_id(id: &str) -> Option<Vendor> {
                Vendor::ALL.iter().copied().find(|vendor| vendor.id() == id)
            }
        }
    };
}

__for_each_vendor!(vendors);

/// Every table of the enabled vendors, vendor by vendor.
pub fn tables() -> impl Iterator<Item = &'static Table> {
    TABLES.iter().flat_map(|tables| tables.iter())
}

/// The enabled table whose [`id`](Table::id) is `id`.
#[must_use]
pub fn table(id: &str) -> Option<&'static Table> {
    tables().find(|table| table.id() == id)
}
