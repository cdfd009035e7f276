//! Placeholder until the table lands.

/// The tables of this module.
pub const TABLES: &[codes_core::Table] = &[];
