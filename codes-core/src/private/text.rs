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
                match get(text, at, k) {
                    string if string.is_empty() => None,
                    string => Some(string),
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
