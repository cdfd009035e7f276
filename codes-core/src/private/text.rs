//! The strings of a generated table: every name, description and string
//! code of the table in one `&'static str` (the *text*), and an array of
//! offsets into it, so that a table holds no pointer a string (no
//! relocation for the loader to fix, no 16 bytes a string) and its text is
//! stored once, whichever crate reads it.
//!
//! String `k` of the table is `text[at[k]..at[k + 1]]`. One module an
//! offset type (the smallest that holds the text's length), chosen by the
//! macro.

/// `text[start..end]`, or `""` when the offsets are not on character
/// boundaries in order (which the macro never writes).
#[inline]
#[must_use]
pub const fn slice(text: &'static str, start: usize, end: usize) -> &'static str {
    match text.split_at_checked(end) {
        Some((head, _)) => match head.split_at_checked(start) {
            Some((_, string)) => string,
            None => "",
        },
        None => "",
    }
}

/// `true` when `text[start..end]` is `other`, byte for byte.
#[inline(always)]
#[must_use]
pub const fn slice_eq(text: &str, start: usize, end: usize, other: &[u8]) -> bool {
    match text.as_bytes().split_at_checked(end) {
        Some((head, _)) => match head.split_at_checked(start) {
            Some((_, string)) => super::phf::bytes_eq(string, other),
            None => false,
        },
        None => false,
    }
}

/// The functions of one offset type `$t`, as a module named after it.
macro_rules! offsets {
    ($($t:ident)*) => {$(
        #[doc = concat!("The strings of tables whose offsets are `", stringify!($t), "`.")]
        pub mod $t {
            /// String `k` of the table: `text[at[k]..at[k + 1]]` (`""` past
            /// the offsets).
            #[inline]
            #[must_use]
            pub const fn get(text: &'static str, at: &[$t], k: usize) -> &'static str {
                if k + 1 < at.len() {
                    super::slice(text, at[k] as usize, at[k + 1] as usize)
                } else {
                    ""
                }
            }

            /// String `k` of the table, `None` where it is empty: the
            /// string of a row that has none (no name, no description), or
            /// past the rows (the catch-all's).
            #[inline]
            #[must_use]
            pub const fn some(text: &'static str, at: &[$t], k: usize) -> Option<&'static str> {
                if k + 1 < at.len() && at[k] < at[k + 1] {
                    Some(super::slice(text, at[k] as usize, at[k + 1] as usize))
                } else {
                    None
                }
            }

            /// The first of the table's strings that is `other`, which is
            /// not empty: a scan of a few, for a small table's lookup.
            #[inline]
            #[must_use]
            pub const fn find(text: &str, at: &[$t], other: &str) -> Option<usize> {
                let mut k = 0;
                while k + 1 < at.len() {
                    if at[k] < at[k + 1] && eq(text, at, k, other) {
                        return Some(k);
                    }
                    k += 1;
                }
                None
            }

            /// The offsets of the strings whose lengths in bytes are
            /// `lengths`, in turn, each an LEB128 number (seven bits a
            /// byte, low first; a byte below 128 ends it): `[0, l0, l0 +
            /// l1, ..]`. Computed at compile time from the generated
            /// code's byte string, where an array of offsets would be
            /// a token each.
            ///
            /// # Panics
            ///
            /// At compile time, where `lengths` holds fewer than `N - 1`
            /// numbers (which the macro never writes).
            #[must_use]
            pub const fn offsets<const N: usize>(lengths: &[u8]) -> [$t; N] {
                let mut at = [0; N];
                let (mut k, mut byte, mut end) = (1, 0, 0);
                while k < N {
                    let (mut len, mut shift) = (0, 0);
                    loop {
                        let b = lengths[byte];
                        byte += 1;
                        len |= ((b & 0x7f) as usize) << shift;
                        if b < 0x80 {
                            break;
                        }
                        shift += 7;
                    }
                    end += len;
                    at[k] = end as $t;
                    k += 1;
                }
                at
            }

            /// `true` when string `k` of the table is `other`.
            #[inline(always)]
            #[must_use]
            pub const fn eq(text: &str, at: &[$t], k: usize, other: &str) -> bool {
                k + 1 < at.len()
                    && super::slice_eq(text, at[k] as usize, at[k + 1] as usize, other.as_bytes())
            }
        }
    )*};
}

offsets!(u8 u16 u32);

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "MODEL_DOES_NOT_EXISTModel does not existéOK";
    const AT: [u16; 5] = [0, 20, 40, 42, 44];

    #[test]
    fn strings_are_read_between_their_offsets() {
        assert_eq!(u16::get(TEXT, &AT, 0), "MODEL_DOES_NOT_EXIST");
        assert_eq!(u16::get(TEXT, &AT, 1), "Model does not exist");
        assert_eq!(u16::get(TEXT, &AT, 2), "é");
        assert_eq!(u16::get(TEXT, &AT, 3), "OK");
        // Past the offsets, and offsets inside a character: empty.
        assert_eq!(u16::get(TEXT, &AT, 4), "");
        assert_eq!(u16::get(TEXT, &[0, 41], 0), "");
        assert_eq!(u32::get(TEXT, &[20, 40], 0), "Model does not exist");
        assert_eq!(u8::get(TEXT, &[42, 44], 0), "OK");
        assert_eq!(slice(TEXT, 40, 20), "");
        assert_eq!(slice(TEXT, 0, 99), "");
    }

    #[test]
    fn offsets_are_the_sums_of_the_lengths() {
        // 20, 20, 2 (é) and 2 bytes: the table above.
        const FROM_LENGTHS: [u16; 5] = u16::offsets(&[20, 20, 2, 2]);
        assert_eq!(FROM_LENGTHS, AT);
        // Lengths past 127 take two bytes, past 16,383 three.
        assert_eq!(
            u32::offsets::<4>(&[0, 0x80, 1, 0x80, 0x80, 1]),
            [0, 0, 128, 16_512]
        );
        assert_eq!(u8::offsets::<1>(&[]), [0]);
    }

    #[test]
    fn strings_are_found_by_a_scan_and_empty_ones_are_none() {
        assert_eq!(u16::find(TEXT, &AT, "OK"), Some(3));
        assert_eq!(u16::find(TEXT, &AT, "é"), Some(2));
        assert_eq!(u16::find(TEXT, &AT, "MODEL"), None);
        assert_eq!(u16::find(TEXT, &[0, 0, 2], ""), None);
        assert_eq!(u16::some(TEXT, &AT, 3), Some("OK"));
        assert_eq!(u16::some(TEXT, &[0, 0, 2], 0), None);
        assert_eq!(u16::some(TEXT, &AT, 4), None);
    }

    #[test]
    fn strings_compare_whole() {
        assert!(u16::eq(TEXT, &AT, 0, "MODEL_DOES_NOT_EXIST"));
        assert!(!u16::eq(TEXT, &AT, 0, "MODEL_DOES_NOT_EXISTS"));
        assert!(!u16::eq(TEXT, &AT, 0, "MODEL"));
        assert!(u16::eq(TEXT, &AT, 3, "OK"));
        assert!(!u16::eq(TEXT, &AT, 4, ""));
        assert!(u32::eq(TEXT, &[42, 42], 0, ""));
        // Bytes, not characters: half of "é" is not "é".
        assert!(!u16::eq(TEXT, &[40, 41], 0, "é"));
    }

    const fn read() -> &'static str {
        u16::get(TEXT, &AT, 3)
    }

    #[test]
    fn strings_are_read_in_const_context() {
        const OK: &str = read();
        assert_eq!(OK, "OK");
    }
}
