//! Support for the code that `status_codes!` generates. Not a public API: its
//! items may change in any release.

use core::fmt;

#[cfg(feature = "http")]
pub use http;
#[cfg(feature = "serde")]
pub use serde;
#[cfg(feature = "serde")]
pub mod serde_impl;

pub mod phf;
mod traits;

use crate::VendorCode;

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

/// Byte-wise comparison of `a` and `b` (the order of `str`'s `Ord`), usable in
/// `const fn`: negative, zero or positive.
#[must_use]
const fn str_cmp(a: &[u8], b: &[u8]) -> i32 {
    let len = if a.len() < b.len() { a.len() } else { b.len() };
    let mut i = 0;
    while i < len {
        if a[i] != b[i] {
            return a[i] as i32 - b[i] as i32;
        }
        i += 1;
    }
    if a.len() < b.len() {
        -1
    } else if a.len() > b.len() {
        1
    } else {
        0
    }
}

/// The position in `sorted` (names in byte order, each with the index of its
/// row) of `name`, by binary search.
#[must_use]
pub const fn find_name_sorted(sorted: &[(&str, u16)], name: &str) -> Option<usize> {
    let name = name.as_bytes();
    let (mut lo, mut hi) = (0, sorted.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let ord = str_cmp(sorted[mid].0.as_bytes(), name);
        if ord == 0 {
            return Some(sorted[mid].1 as usize);
        } else if ord < 0 {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    None
}

/// The lookups of the generated code for one integer type `$t` (whose
/// unsigned type of the same width is `$u`), as a module named after it:
/// `find_sorted`, `find_phf` and `find_dense`.
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

            /// The value of `code` in a perfect-hash table built for the
            /// table's codes (filled as [`find_name`](crate::__private::phf::find_name)'s).
            #[inline]
            #[must_use]
            pub const fn find_phf<V: Copy>(
                slots: &[($t, V)],
                pilots: &[u64],
                seed: u64,
                code: $t,
            ) -> Option<V> {
                use crate::__private::phf::{hash_int, slot};
                if slots.is_empty() || pilots.is_empty() {
                    return None;
                }
                let (key, value) = slots[slot(hash_int(code as i64, seed), pilots, slots.len())];
                if key == code { Some(value) } else { None }
            }

            /// The value of `code` in a multiply-shift table: its slot is
            /// `(code * multiplier) >> shift`, masked to the table's size (a
            /// power of two); a slot no code lands in holds another slot's
            /// entry, whose code cannot match.
            #[inline]
            #[must_use]
            pub const fn find_mul<V: Copy>(
                slots: &[($t, V)],
                multiplier: u64,
                shift: u32,
                code: $t,
            ) -> Option<V> {
                let product = (code as i64 as u64).wrapping_mul(multiplier);
                let slot = (product >> shift) as usize & (slots.len().wrapping_sub(1));
                if slot >= slots.len() {
                    return None;
                }
                let (key, value) = slots[slot];
                if key == code { Some(value) } else { None }
            }

            /// The value of `code` in a dense table whose first entry is the
            /// table's smallest code `min`.
            #[inline]
            #[must_use]
            pub const fn find_dense<V: Copy>(dense: &[Option<V>], min: $t, code: $t) -> Option<V> {
                // `code - min` wraps in the type's own width: the codes from
                // `min` on map to `0..`, every other code past the table.
                let offset = code.wrapping_sub(min) as $u as u64;
                if offset >= dense.len() as u64 {
                    return None;
                }
                dense[offset as usize]
            }
        }
    };
}
pub(crate) use lookups;

/// The lookups by code, one module an integer type
/// (`int::u32::find_phf`).
pub use crate::int::lookups as int;
pub use crate::int::{INTEGERS, IntegerType};

/// The error of `FromStr` for `name`, out of line: the error is large (it
/// keeps the name), and building it is the cold path of every `parse`.
#[cold]
#[inline(never)]
#[must_use]
pub fn unknown_name(vendor: &'static str, name: &str) -> crate::UnknownName {
    crate::UnknownName::new(vendor, name)
}

/// The names of every class, for the macro's messages.
pub use crate::class::CLASS_NAMES;

/// The `Display` of every generated enum: `21200 MODEL_DOES_NOT_EXIST: Model
/// does not exist` for a listed code, `unknown Acme status 12345` otherwise.
///
/// # Errors
///
/// Those of the formatter.
pub fn display<C: VendorCode>(code: C, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    display_parts(
        f,
        C::VENDOR,
        &code.code(),
        code.variant_name(),
        code.name(),
        code.description(),
    )
}

/// [`display`] from the parts of a value: its vendor, code, variant (`None`
/// for an unknown code), name and description. String-keyed tables, whose
/// values of every lifetime display, call it directly.
///
/// # Errors
///
/// Those of the formatter.
pub fn display_parts(
    f: &mut fmt::Formatter<'_>,
    vendor: &str,
    code: &dyn fmt::Display,
    variant: Option<&str>,
    name: Option<&str>,
    description: Option<&str>,
) -> fmt::Result {
    let Some(variant) = variant else {
        return write!(f, "unknown {vendor} status {code}");
    };
    write!(f, "{code}")?;
    match (name, description) {
        (Some(name), Some(description)) => write!(f, " {name}: {description}"),
        (Some(name), None) => write!(f, " {name}"),
        (None, Some(description)) => write!(f, ": {description}"),
        (None, None) => write!(f, " ({variant})"),
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
    fn find_name_sorted_agrees_with_slice_search() {
        let names = [
            "",
            "A",
            "AB",
            "B",
            "MODEL",
            "MODEL_DOES_NOT_EXIST",
            "Z",
            "é",
        ];
        let sorted: Vec<(&str, u16)> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, i as u16 * 3))
            .collect();
        for n in 0..=sorted.len() {
            let table = &sorted[..n];
            for probe in [
                "",
                "A",
                "AA",
                "AB",
                "MODE",
                "MODEL",
                "MODEL_DOES_NOT_EXIST",
                "ZZ",
                "é",
                "e",
            ] {
                let expected = table
                    .iter()
                    .find(|(name, _)| *name == probe)
                    .map(|(_, i)| usize::from(*i));
                assert_eq!(
                    find_name_sorted(table, probe),
                    expected,
                    "{probe:?} in {table:?}"
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
