//! The vendors' tables (filled by the next issue).
#![no_std]
