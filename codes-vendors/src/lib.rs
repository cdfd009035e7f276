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
//!
//! [`tables`] lists every enabled table as a [`Table`], for tools that search
//! them at run time.
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
    Basis, Class, ColumnValue, Columns, Decide, Decision, Entry, Headers, NoHeaders, RetryAfter,
    Table, UnixTime, VendorCode, Verdict,
};

#[cfg(feature = "bigml")]
pub mod bigml;
#[cfg(feature = "clarifai")]
pub mod clarifai;
#[cfg(feature = "modelarts")]
pub mod modelarts;
#[cfg(feature = "serde")]
pub mod response;
#[cfg(feature = "seven-bridges")]
pub mod seven_bridges;

/// Every table of the enabled vendors, vendor by vendor.
pub fn tables() -> impl Iterator<Item = &'static Table> {
    #[allow(unused_variables)]
    let none: &[Table] = &[];
    #[cfg(feature = "clarifai")]
    let clarifai = clarifai::TABLES;
    #[cfg(not(feature = "clarifai"))]
    let clarifai = none;
    #[cfg(feature = "bigml")]
    let bigml = bigml::TABLES;
    #[cfg(not(feature = "bigml"))]
    let bigml = none;
    #[cfg(feature = "seven-bridges")]
    let seven_bridges = seven_bridges::TABLES;
    #[cfg(not(feature = "seven-bridges"))]
    let seven_bridges = none;
    #[cfg(feature = "modelarts")]
    let modelarts = modelarts::TABLES;
    #[cfg(not(feature = "modelarts"))]
    let modelarts = none;
    clarifai
        .iter()
        .chain(bigml)
        .chain(seven_bridges)
        .chain(modelarts)
}

/// The enabled table whose [`id`](Table::id) is `id`.
#[must_use]
pub fn table(id: &str) -> Option<&'static Table> {
    tables().find(|table| table.id() == id)
}
