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

use crate::VendorCode;

/// `a == b`, usable in `const fn`.
#[must_use]
pub const fn str_eq(a: &str, b: &str) -> bool {
    phf::bytes_eq(a.as_bytes(), b.as_bytes())
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

macro_rules! finders {
    ($($name:ident: $t:ty,)*) => {$(
        /// The position of `code` in `sorted` (ascending), by a binary search
        /// whose steps do not branch on the data.
        #[must_use]
        #[inline]
        pub const fn $name(sorted: &[$t], code: $t) -> Option<usize> {
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
            if sorted[base] == code { Some(base) } else { None }
        }
    )*};
}
finders! {
    find_u8: u8, find_u16: u16, find_u32: u32, find_u64: u64,
    find_i8: i8, find_i16: i16, find_i32: i32, find_i64: i64,
}

/// The `Display` of every generated enum: `21200 MODEL_DOES_NOT_EXIST: Model
/// does not exist` for a listed code, `unknown Acme status 12345` otherwise.
///
/// # Errors
///
/// Those of the formatter.
pub fn display<C: VendorCode>(code: C, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    if !code.is_known() {
        return write!(f, "unknown {} status {}", C::VENDOR, code.code());
    }
    write!(f, "{}", code.code())?;
    match (code.name(), code.description()) {
        (Some(name), Some(description)) => write!(f, " {name}: {description}"),
        (Some(name), None) => write!(f, " {name}"),
        (None, Some(description)) => write!(f, ": {description}"),
        (None, None) => write!(f, " ({})", code.variant_name().unwrap_or_default()),
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
                    find_i32(table, probe),
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
    fn str_eq_is_equality() {
        assert!(str_eq("", ""));
        assert!(str_eq("abc", "abc"));
        assert!(!str_eq("abc", "abd"));
        assert!(!str_eq("abc", "ab"));
    }
}
