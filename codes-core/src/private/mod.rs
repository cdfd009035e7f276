//! Support for the code that `status_codes!` generates, public as
//! `__private` (see the crate's root). Not a public API: its items may
//! change in any release.
//!
//! Its items are those the generated code names as `__p::...` (a `use` of
//! `codes_core::__private`); its files also hold the `__impl_*` macros the
//! generated code calls for the optional features, which `macro_export`
//! puts at the crate's root: `serde_impl` and `http_impl`, and
//! `features_off` their stand-ins when a feature is off. `traits` holds
//! `VendorCode`'s blanket impl over the tables' [`Generated`].

// Hidden as `__private` is: its items are public only to the generated code
// (and `missing_docs` asks no docs of hidden items).
#![doc(hidden)]

use core::fmt;

#[cfg(feature = "http")]
pub use http;
#[cfg(feature = "serde")]
pub use serde;
#[cfg(feature = "serde")]
pub mod serde_impl;

mod features_off;
#[cfg(feature = "http")]
mod http_impl;
pub mod phf;
pub mod text;
mod traits;
pub use traits::{Generated, Methods, no_columns, no_str};

/// The row at `index` of `all`, `None` for no index or one past the rows:
/// the value a small table's lookup found.
#[must_use]
#[inline]
pub const fn row<T: Copy>(all: &[T], index: Option<usize>) -> Option<T> {
    match index {
        Some(index) if index < all.len() => Some(all[index]),
        _ => None,
    }
}

/// `a == b`, usable in `const fn`.
#[must_use]
pub const fn str_eq(a: &str, b: &str) -> bool {
    phf::bytes_eq(a.as_bytes(), b.as_bytes())
}

/// `true` when `code` begins with `prefix`, usable in `const fn`.
#[must_use]
#[inline]
pub const fn starts_with(code: &str, prefix: &str) -> bool {
    match code.as_bytes().split_at_checked(prefix.len()) {
        Some((head, _)) => phf::bytes_eq(head, prefix.as_bytes()),
        None => false,
    }
}

/// The lookups of the generated code for one integer type `$t` (whose
/// unsigned type of the same width is `$u`), as a module named after it:
/// `find_sorted`, `phf_slot`, `mul_slot`, `mul_slot32` and `dense_slot`.
macro_rules! lookups {
    ($t:ident $u:ident) => {
        #[doc = concat!("The lookups of tables of `", stringify!($t), "` codes.")]
        pub mod $t {
            /// The position of `code` in `sorted` (ascending), by a binary
            /// search whose steps do not branch on the data.
            #[must_use]
            #[inline]
            pub const fn find_sorted(sorted: &[$t], code: $t) -> Option<usize> {
                if sorted.is_empty() {
                    return None;
                }
                let mut base = 0;
                let mut size = sorted.len();
                while size > 1 {
                    let half = size / 2;
                    let mid = base + half;
                    // Written as a select rather than an `if` around the
                    // assignment, which compilers lower to a conditional move.
                    base = if sorted[mid] <= code { mid } else { base };
                    size -= half;
                }
                if sorted[base] == code {
                    Some(base)
                } else {
                    None
                }
            }

            /// The slot of `code` in a perfect-hash table of `len` slots (a
            /// power of two) built for the table's codes with `seed` and
            /// `pilots`.
            #[inline]
            #[must_use]
            pub const fn phf_slot(code: $t, pilots: &[u32], seed: u64, len: usize) -> usize {
                use crate::private::phf::{hash_int, slot};
                if pilots.is_empty() {
                    return 0;
                }
                slot(hash_int(code as i64, seed), pilots, len)
            }

            /// The slot of `code` in a multiply-shift table of `2^bits`
            /// slots: the top `bits` bits of `code * multiplier` in 64 bits
            /// (the code sign-extended). One multiply, one shift, no branch.
            #[inline]
            #[must_use]
            pub const fn mul_slot(code: $t, multiplier: u64, bits: u32) -> usize {
                crate::private::phf::mul_high(code as i64 as u64, multiplier, bits)
            }

            /// [`mul_slot`] in 32 bits, on the code's low 32 bits: the same
            /// slot where its bits lie in the product's low 32 bits, which
            /// then only the code's low 32 bits decide.
            #[inline]
            #[must_use]
            pub const fn mul_slot32(code: $t, multiplier: u32, bits: u32) -> usize {
                crate::private::phf::mul_high32(code as i64 as u32, multiplier, bits)
            }

            /// The slot of `code` in a dense table of `len` slots whose first
            /// is the table's smallest code `min`; `None` outside.
            #[inline]
            #[must_use]
            pub const fn dense_slot(min: $t, code: $t, len: usize) -> Option<usize> {
                // `code - min` wraps in the type's own width: the codes from
                // `min` on map to `0..`, every other code past the table.
                let offset = code.wrapping_sub(min) as $u as u64;
                if offset < len as u64 {
                    Some(offset as usize)
                } else {
                    None
                }
            }
        }
    };
}
pub(crate) use lookups;

/// The lookups by code, one module an integer type
/// (`int::u32::mul_slot`).
pub use crate::int::lookups as int;
pub use crate::int::{INTEGERS, IntegerType};

/// The names of every class, for the macro's messages.
pub use crate::class::CLASS_NAMES;

/// The `Debug` of every generated enum, as `#[derive(Debug)]` writes it: a
/// listed code's variant (`ModelDoesNotExist`), the catch-all's name and its
/// code otherwise (`Unknown(12345)`). Written from the variants' names, one
/// function for every table instead of a derived `match` a table.
///
/// # Errors
///
/// Those of the formatter.
pub fn debug(
    f: &mut fmt::Formatter<'_>,
    variant: Option<&str>,
    catch_all: &str,
    code: &dyn fmt::Debug,
) -> fmt::Result {
    match variant {
        Some(variant) => f.write_str(variant),
        None => f.debug_tuple(catch_all).field(code).finish(),
    }
}

/// The `Display` of every generated enum: `21200 MODEL_DOES_NOT_EXIST: Model
/// does not exist` for a listed code, `unknown Acme status 12345` otherwise,
/// from the parts of the value: its vendor, code, whether the table lists
/// it, name and description, and for a row with neither, its variant's name
/// (`21200 (ModelDoesNotExist)`). The generated code passes that name only
/// in a table with such rows (else `None`), so that a program which displays
/// its codes links no variant names where no row needs them.
///
/// # Errors
///
/// Those of the formatter.
pub fn display(
    f: &mut fmt::Formatter<'_>,
    vendor: &str,
    code: &dyn fmt::Display,
    known: bool,
    name: Option<&str>,
    description: Option<&str>,
    bare_variant: Option<&str>,
) -> fmt::Result {
    if !known {
        return write!(f, "unknown {vendor} status {code}");
    }
    write!(f, "{code}")?;
    match (name, description, bare_variant) {
        (Some(name), Some(description), _) => write!(f, " {name}: {description}"),
        (Some(name), None, _) => write!(f, " {name}"),
        (None, Some(description), _) => write!(f, ": {description}"),
        (None, None, Some(variant)) => write!(f, " ({variant})"),
        (None, None, None) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finders_agree_with_slice_search() {
        let sorted: [i32; 7] = [-40021, -1200, -1, 0, 5, 10000, 21200];
        for n in 0..=sorted.len() {
            let table = &sorted[..n];
            for probe in [
                -50000, -40021, -1201, -1200, -1, 0, 1, 5, 10000, 21199, 21200, 99999,
            ] {
                assert_eq!(
                    int::i32::find_sorted(table, probe),
                    table.binary_search(&probe).ok(),
                    "{probe} in {table:?}"
                );
            }
        }
    }

    #[test]
    fn starts_with_is_a_prefix_test() {
        assert!(starts_with("ModelArts.4900", "ModelArts."));
        assert!(starts_with("ModelArts.4900", ""));
        assert!(starts_with("abc", "abc"));
        assert!(!starts_with("ab", "abc"));
        assert!(!starts_with("ModelArts.4900", "APIGW."));
        // A prefix that ends inside a character is compared as bytes.
        assert!(!starts_with("é", "\u{c3}"));
    }

    #[test]
    fn str_eq_is_equality() {
        assert!(str_eq("", ""));
        assert!(str_eq("abc", "abc"));
        assert!(!str_eq("abc", "abd"));
        assert!(!str_eq("abc", "ab"));
    }
}
