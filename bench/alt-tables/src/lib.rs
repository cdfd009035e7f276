//! The vendors' tables as users would declare them by hand, with num_enum,
//! strum and thiserror derives, from the same rows as `codes-vendors`: the
//! alternatives of codes-bench's lookups (`AltClarifai`, `AltBigmlGeneral`,
//! ...), in a crate apart from the benchmarks, as the generated tables are
//! (in `codes-vendors`).
//!
//! The enums are written by the build script (`build.rs`, through
//! `generate_alternatives::alt_tables`) into `OUT_DIR`; nothing generated is
//! committed. The build-cost comparison times a copy of the same enums
//! without a build script (`bench/build_cost.sh`, `bench/build_pairs.sh`).
#![allow(missing_docs, clippy::all)]

include!(concat!(env!("OUT_DIR"), "/alt_tables.rs"));
