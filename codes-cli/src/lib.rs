//! `codes`, the command-line tool of the `codes` workspace, and the library
//! behind it.
//!
//! ```text
//! codes lookup clarifai 21200          # a code in one table
//! codes lookup clarifai MODEL_DOES_NOT_EXIST
//! codes lookup -- -30021               # every table that knows the code
//! codes tables [--json]                # every table
//! codes list bigml-dataset [--json]    # a whole table
//! codes import page.md [--format markdown] [--output table.rs]
//! codes import errors.json             # a vendor's JSON error catalogue
//! codes diff clarifai page.md          # exit 1 when the page changed
//! codes decode clarifai --http 404 < body.json
//! codes completions bash
//! ```
//!
//! The library does the work, the binary only parses arguments:
//! - [`import`] reads a vendor's documentation page or machine-readable
//!   source (markdown, RST grid tables, readme.io JSON blocks, protobuf
//!   enums, CSV, tab-separated text pages, JSON catalogues) into rows,
//!   groups and ranges, reporting the page's defects as warnings;
//! - [`emit`] writes what [`import`] read as `status_codes!` tables that
//!   compile, with classes [`suggest`]ed from the rows' words;
//! - [`diff`] compares a table with a newer page: codes added, removed,
//!   renamed and reworded, and values changed in the columns both give (an
//!   HTTP status, a message, a solution, the class, the deprecation);
//! - [`lookup`] explains and lists the codes of `codes_vendors`' tables;
//! - [`decode`] decodes a vendor's response body through the vendor's entry
//!   point, to the decision a client makes;
//! - [`cli`] is the command line itself.
#![deny(missing_docs)]

pub mod cli;
pub mod decode;
pub mod diff;
pub mod emit;
pub mod import;
mod json;
pub mod lookup;
pub mod suggest;
