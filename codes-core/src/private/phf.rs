//! Lookups by perfect hashing and by dense index, the run-time half of what
//! `codes-codegen` builds at expansion time (it calls these same functions,
//! so both halves hash alike).
//!
//! The perfect hash is a small PTHash: a key's 64-bit hash picks a bucket by
//! its high bits, and the hash multiplied by the bucket's *pilot* (an odd
//! 32-bit value chosen at expansion time) gives the key its own slot by its
//! high bits; one comparison with the key the slot holds decides. Bucket
//! and slot counts are powers of two, so both positions are shifts; no
//! branch depends on the key until that last comparison.
//!
//! A table of strings ([`Table`], [`find`]) holds in each slot where its
//! key's string starts in the table's text, its length and its row, so that
//! one probe reads them without another table; the name's words that the
//! hash reads are those the comparison needs.

/// Multipliers: the 64-bit golden ratio and `splitmix64`'s.
const K0: u64 = 0x9E37_79B9_7F4A_7C15;
const K1: u64 = 0xBF58_476D_1CE4_E5B9;
const K2: u64 = 0x94D0_49BB_1331_11EB;

/// The finaliser of `splitmix64`: every input bit moves every output bit.
#[inline]
#[must_use]
pub const fn mix(mut h: u64) -> u64 {
    h = (h ^ (h >> 30)).wrapping_mul(K1);
    h = (h ^ (h >> 27)).wrapping_mul(K2);
    h ^ (h >> 31)
}

/// The `N` bytes of `bytes` from `at`, zeros where fewer remain (which the
/// callers rule out): a load of `N` bytes, usable in `const fn`.
#[inline]
const fn chunk<const N: usize>(bytes: &[u8], at: usize) -> [u8; N] {
    match bytes.split_at_checked(at) {
        Some((_, rest)) => match rest.first_chunk::<N>() {
            Some(chunk) => *chunk,
            None => [0; N],
        },
        None => [0; N],
    }
}

/// Every byte of a string shorter than 8 in one word, without a loop:
/// two overlapping 4-byte reads from 4 bytes on, the first, middle and last
/// bytes below (with the length, which the hash and the comparison also
/// read, these tell every such string apart).
#[inline]
const fn short_word(bytes: &[u8]) -> u64 {
    let len = bytes.len();
    if len >= 4 {
        let (first, last) = (chunk::<4>(bytes, 0), chunk::<4>(bytes, len - 4));
        u32::from_le_bytes(first) as u64 | ((u32::from_le_bytes(last) as u64) << 32)
    } else if len > 0 {
        (bytes[0] as u64) | ((bytes[len / 2] as u64) << 8) | ((bytes[len - 1] as u64) << 16)
    } else {
        0
    }
}

/// The two words the quick hash reads of a string of 16 bytes or more
/// whose first 16 bytes are `first` and last 16 are `last` (overlapping
/// below 32 bytes): their low halves added, and their high halves.
#[inline(always)]
const fn long_pair(first: u128, last: u128) -> [u64; 2] {
    [
        (first as u64).wrapping_add(last as u64),
        ((first >> 64) as u64).wrapping_add((last >> 64) as u64),
    ]
}

/// The two words the quick hash reads of `bytes`: from 16 bytes, its first
/// and last 16 added up ([`long_pair`]: every byte of a string up to 32
/// bytes is read); from 8 bytes, its first 8 and its last 8; below, the
/// [`short_word`] twice.
#[inline]
const fn pair(bytes: &[u8]) -> [u64; 2] {
    if let (Some(first), Some(last)) = (bytes.first_chunk::<16>(), bytes.last_chunk::<16>()) {
        long_pair(u128::from_le_bytes(*first), u128::from_le_bytes(*last))
    } else if let (Some(first), Some(last)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        [u64::from_le_bytes(*first), u64::from_le_bytes(*last)]
    } else {
        let word = short_word(bytes);
        [word, word]
    }
}

/// The 64-bit hash of a name, under `seed`.
///
/// The quick form (`whole == false`) reads the length and two words of the
/// name (every byte of a name up to 32 bytes: its first and last 16 added
/// up, or its first and last 8), the seed added to one and the length to
/// the other, and multiplies them: one multiplication, no constant to load,
/// enough to tell apart the names of almost every table (the builder checks
/// that it does, and the lookup compares the name with the key it finds). The builder falls back to the whole
/// form, which also reads every word, when two names agree on all of it.
/// The builder's seeds are 32-bit values sign-extended, which an
/// instruction holds.
#[inline]
#[must_use]
pub const fn hash_str(name: &str, seed: u64, whole: bool) -> u64 {
    let bytes = name.as_bytes();
    hash_rest(hash_pair(pair(bytes), bytes.len(), seed), bytes, whole)
}

/// The quick hash of a string of `len` bytes whose [`pair`] is `pair`.
#[inline(always)]
const fn hash_pair(pair: [u64; 2], len: usize, seed: u64) -> u64 {
    let [x, y] = pair;
    x.wrapping_add(seed)
        .wrapping_mul(y.wrapping_add(len as u64))
}

/// The whole hash from the quick one `hash` of `bytes` (`hash` itself when
/// `whole` is `false`): every whole word folded in, the bytes after the
/// last one being in the quick hash's last word.
#[inline(always)]
const fn hash_rest(mut hash: u64, bytes: &[u8], whole: bool) -> u64 {
    if whole {
        let mut rest = bytes;
        while let Some((word, tail)) = rest.split_first_chunk::<8>() {
            hash = (hash.rotate_left(23) ^ u64::from_le_bytes(*word)).wrapping_mul(K0);
            rest = tail;
        }
    }
    hash
}

/// The 64-bit hash of a code (sign-extended to 64 bits), under `seed`.
#[inline]
#[must_use]
pub const fn hash_int(code: i64, seed: u64) -> u64 {
    (code as u64 ^ seed).wrapping_mul(K0)
}

/// `log2(n)` for a power of two `n`, as a right shift of a 64-bit hash that
/// leaves a position in `0..n`: `64 - log2(n)` (64 gives 0 by `checked_shr`).
#[inline]
const fn shift(n: usize) -> u32 {
    64 - n.trailing_zeros()
}

/// `hash >> shift(n)`: the position in `0..n` (a power of two) that the
/// hash's high bits give.
#[inline]
#[must_use]
pub const fn high(hash: u64, n: usize) -> usize {
    match hash.checked_shr(shift(n)) {
        Some(position) => position as usize,
        None => 0,
    }
}

/// The slot of a key whose hash is `hash`, in a table of `slots` slots (a
/// power of two) whose buckets (a power of two) have the pilots `pilots`.
#[inline]
#[must_use]
pub const fn slot(hash: u64, pilots: &[u32], slots: usize) -> usize {
    high(
        hash.wrapping_mul(pilots[high(hash, pilots.len())] as u64),
        slots,
    )
}

/// The pilot value of the `n`th try.
#[inline]
#[must_use]
pub const fn pilot(n: u64) -> u32 {
    mix(n.wrapping_add(K0)) as u32 | 1
}

/// The 16 bytes of `bytes` from `at`, as one integer.
#[inline]
const fn window(bytes: &[u8], at: usize) -> u128 {
    u128::from_le_bytes(chunk(bytes, at))
}

/// The 8 bytes of `bytes` from `at`, as one integer.
#[inline]
const fn word(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(chunk(bytes, at))
}

/// `a == b`, usable in `const fn`: the lengths, then from 16 bytes the first
/// and last 16 (every byte of a string up to 32 bytes) and past 32 the
/// middle a word at a time; from 8 bytes, the first and last 8; below, the
/// bytes [`short_word`] reads. No byte-at-a-time loop.
#[inline(always)]
#[must_use]
pub(crate) const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    let len = a.len();
    if len != b.len() {
        false
    } else if len >= 16 {
        window(a, 0) == window(b, 0)
            && window(a, len - 16) == window(b, len - 16)
            // Up to 32 bytes, these hold every byte.
            && (len <= 32 || long_eq(a, b))
    } else if len >= 8 {
        word(a, 0) == word(b, 0) && word(a, len - 8) == word(b, len - 8)
    } else {
        short_word(a) == short_word(b)
    }
}

/// `a == b` for two slices of the same length past 32 bytes, whose first
/// and last 16 bytes are equal: the words between, a word at a time (from
/// byte 16, while a word ends before the last 8 bytes: the last may reach
/// into the last 16).
#[inline(always)]
const fn long_eq(a: &[u8], b: &[u8]) -> bool {
    let (Some((_, mut a)), Some((_, mut b))) = (a.split_at_checked(16), b.split_at_checked(16))
    else {
        return true;
    };
    while let (Some((x, a_rest)), Some((y, b_rest))) =
        (a.split_first_chunk::<8>(), b.split_first_chunk::<8>())
    {
        if a_rest.len() < 8 {
            break;
        }
        if u64::from_le_bytes(*x) != u64::from_le_bytes(*y) {
            return false;
        }
        (a, b) = (a_rest, b_rest);
    }
    true
}

/// The `len` bytes of `text` from `start`, if it holds them.
#[inline(always)]
const fn text_at(text: &[u8], start: usize, len: usize) -> Option<&[u8]> {
    let Some(end) = start.checked_add(len) else {
        return None;
    };
    match text.split_at_checked(end) {
        Some((head, _)) => match head.split_at_checked(start) {
            Some((_, string)) => Some(string),
            None => None,
        },
        None => None,
    }
}

/// The key of a slot of a perfect-hash table of strings whose length is
/// the one sought: where its string starts in the table's text, and its
/// row (`R`: the generated code's enum of row positions, which tells the
/// compiler that a row is one).
#[derive(Clone, Copy, Debug)]
struct Key<R> {
    start: u32,
    row: R,
}

/// Where each slot's string starts in a table's text: in 16 bits where
/// the text is under 64 KiB (most tables: two bytes a slot saved), else in
/// 32. The generated code names the variant, so the `match` on it folds
/// away where the lookup is inlined.
#[derive(Clone, Copy, Debug)]
pub enum Starts<'a> {
    /// Starts below 65,536.
    U16(&'a [u16]),
    /// Any start.
    U32(&'a [u32]),
}

impl Starts<'_> {
    /// How many slots.
    #[inline(always)]
    const fn len(self) -> usize {
        match self {
            Starts::U16(starts) => starts.len(),
            Starts::U32(starts) => starts.len(),
        }
    }

    /// The start of slot `at`, below [`len`](Self::len).
    #[inline(always)]
    const fn get(self, at: usize) -> u32 {
        match self {
            Starts::U16(starts) => starts[at] as u32,
            Starts::U32(starts) => starts[at],
        }
    }
}

/// A perfect-hash table of strings: the keys of its slots (a power of two;
/// a slot no string hashes to holds the first key, which is not there), as
/// three arrays (where each string starts in `text`, its length, its row),
/// and `pilots`, built with [`hash_str`]`(.., seed, whole)`. No string up
/// to 32 bytes starts past `last_start`, which leaves 32 bytes of `text`.
#[derive(Clone, Copy, Debug)]
pub struct Table<'a, R> {
    pub starts: Starts<'a>,
    pub lens: &'a [u8],
    pub rows: &'a [R],
    pub pilots: &'a [u32],
    pub text: &'a [u8],
    pub last_start: usize,
    pub seed: u64,
    pub whole: bool,
}

/// The key of the slot of `table` that `hash` (the quick hash of `bytes`)
/// gives, when its string is as long as `bytes`.
#[inline(always)]
const fn probe<R: Copy>(table: Table<'_, R>, bytes: &[u8], hash: u64) -> Option<Key<R>> {
    let Table {
        starts,
        lens,
        rows,
        pilots,
        whole,
        ..
    } = table;
    let slots = starts.len();
    if slots == 0 || lens.len() != slots || rows.len() != slots || pilots.is_empty() {
        return None;
    }
    let at = slot(hash_rest(hash, bytes, whole), pilots, slots);
    // Compared in 8 bits (a key's length is at most `u8::MAX`), which a
    // short name's known length lets the compiler do in place.
    let len = bytes.len();
    if len <= u8::MAX as usize && lens[at] == len as u8 {
        Some(Key {
            start: starts.get(at),
            row: rows[at],
        })
    } else {
        None
    }
}

/// The string at `start` in `table`'s text, of `len` bytes (a key's
/// length, at most 32), where it starts at most at the table's
/// `last_start` (as every key the builder wrote does): then the string is
/// within the text, no other bound to check.
#[inline(always)]
const fn short_key<R>(table: Table<'_, R>, start: u32, len: usize) -> Option<&[u8]> {
    let start = start as usize;
    if start > table.last_start {
        return None;
    }
    text_at(table.text, start, if len < 32 { len } else { 32 })
}

/// What [`find`] found of a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found<R> {
    /// The name's row.
    Row(R),
    /// No row has the name.
    None,
    /// The name is past 32 bytes: [`find_long`] looks it up (the generated
    /// code calls it out of line).
    Long,
}

/// The row of `name` in `table`, for a name up to 32 bytes (most names).
///
/// One branch on the length picks the words of `name` that the hash reads
/// (every byte of it); the comparison with the slot's key reuses them. The
/// generated code calls it inline, and [`find_long`] out of line for longer
/// names, whose comparison needs more registers.
#[inline(always)]
#[must_use]
pub const fn find<R: Copy>(name: &str, table: Table<'_, R>) -> Found<R> {
    let (bytes, len, seed) = (name.as_bytes(), name.len(), table.seed);
    // 16 to 32 bytes, the most common, first, in one comparison.
    let found = if len.wrapping_sub(16) <= 16 {
        let (Some(first), Some(last)) = (bytes.first_chunk::<16>(), bytes.last_chunk::<16>())
        else {
            return Found::None;
        };
        let (first, last) = (u128::from_le_bytes(*first), u128::from_le_bytes(*last));
        match probe(table, bytes, hash_pair(long_pair(first, last), len, seed)) {
            Some(key) => match short_key(table, key.start, len) {
                Some(string) => match (string.first_chunk::<16>(), string.last_chunk::<16>()) {
                    (Some(head), Some(tail))
                        if u128::from_le_bytes(*head) == first
                            && u128::from_le_bytes(*tail) == last =>
                    {
                        Some(key.row)
                    }
                    _ => None,
                },
                None => None,
            },
            None => None,
        }
    } else if len > 32 {
        return Found::Long;
    } else if let (Some(first), Some(last)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        let (first, last) = (u64::from_le_bytes(*first), u64::from_le_bytes(*last));
        match probe(table, bytes, hash_pair([first, last], len, seed)) {
            Some(key) => match short_key(table, key.start, len) {
                Some(string) if word(string, 0) == first && word(string, len - 8) == last => {
                    Some(key.row)
                }
                _ => None,
            },
            None => None,
        }
    } else {
        let short = short_word(bytes);
        match probe(table, bytes, hash_pair([short, short], len, seed)) {
            Some(key) => match short_key(table, key.start, len) {
                Some(string) if short_word(string) == short => Some(key.row),
                _ => None,
            },
            None => None,
        }
    };
    match found {
        Some(row) => Found::Row(row),
        None => Found::None,
    }
}

/// The row of `name` in `table`, whatever its length: past 32 bytes, its
/// first and last 16 bytes and its middle, a word at a time.
#[inline(always)]
#[must_use]
pub const fn find_long<R: Copy>(name: &str, table: Table<'_, R>) -> Option<R> {
    let (bytes, len) = (name.as_bytes(), name.len());
    let (Some(first), Some(last)) = (bytes.first_chunk::<16>(), bytes.last_chunk::<16>()) else {
        return match find(name, table) {
            Found::Row(row) => Some(row),
            _ => None,
        };
    };
    let (first, last) = (u128::from_le_bytes(*first), u128::from_le_bytes(*last));
    let Some(key) = probe(
        table,
        bytes,
        hash_pair(long_pair(first, last), len, table.seed),
    ) else {
        return None;
    };
    match text_at(table.text, key.start as usize, len) {
        Some(string)
            if window(string, 0) == first
                && window(string, len - 16) == last
                && (len <= 32 || long_eq(string, bytes)) =>
        {
            Some(key.row)
        }
        _ => None,
    }
}

/// The slot of a key (a code sign-extended to 64 bits) in a multiply-shift
/// table of `2^bits` slots: the top `bits` bits of `key * multiplier`
/// (wrapping), one multiply and one shift, a slot below `2^bits` by
/// construction (0 for `bits` outside `1..=64`).
#[inline]
#[must_use]
pub const fn mul_high(key: u64, multiplier: u64, bits: u32) -> usize {
    match key
        .wrapping_mul(multiplier)
        .checked_shr(64u32.wrapping_sub(bits))
    {
        Some(slot) if bits > 0 => slot as usize,
        _ => 0,
    }
}

/// [`mul_high`] in 32 bits, for the low 32 bits of a key: the top `bits`
/// bits of `key * multiplier` (wrapping in `u32`), with a multiplier that
/// fits an instruction's immediate (0 for `bits` outside `1..=32`).
#[inline]
#[must_use]
pub const fn mul_high32(key: u32, multiplier: u32, bits: u32) -> usize {
    match key
        .wrapping_mul(multiplier)
        .checked_shr(32u32.wrapping_sub(bits))
    {
        Some(slot) if bits > 0 => slot as usize,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::__private::int;

    #[test]
    fn every_byte_of_every_length_is_compared() {
        for len in 0..80 {
            let a: Vec<u8> = (0..len).map(|i| b'A' + (i % 26) as u8).collect();
            assert!(bytes_eq(&a, &a.clone()), "{len}");
            for at in 0..len {
                let mut b = a.clone();
                b[at] ^= 0x20;
                assert!(!bytes_eq(&a, &b), "length {len}, byte {at}");
            }
        }
    }

    #[test]
    fn words_are_compared_and_read_whole() {
        for (a, b) in [
            ("", ""),
            ("A", "A"),
            ("ABCDEFGH", "ABCDEFGH"),
            ("MODEL_DOES_NOT_EXIST", "MODEL_DOES_NOT_EXIST"),
        ] {
            assert!(bytes_eq(a.as_bytes(), b.as_bytes()));
        }
        for (a, b) in [
            ("", "A"),
            ("A", "B"),
            ("ABCDEFGH", "ABCDEFGI"),
            ("MODEL_DOES_NOT_EXIST", "MODEL_DOES_NOT_EXISX"),
        ] {
            assert!(!bytes_eq(a.as_bytes(), b.as_bytes()));
        }
        assert_eq!(pair(b"abc"), [0x63_62_61; 2]);
        assert_eq!(pair(b"abcdef"), [u64::from_le_bytes(*b"abcdcdef"); 2]);
        let (first, last) = (
            u64::from_le_bytes(*b"01234567"),
            u64::from_le_bytes(*b"23456789"),
        );
        assert_eq!(pair(b"0123456789"), [first, last]);
        // From 16 bytes, the first and last 16 added up, half by half.
        let word = |w: &[u8; 8]| u64::from_le_bytes(*w);
        let [x, y] = pair(b"0123456789abcdefghijklmnopqrstuv");
        assert_eq!(x, word(b"01234567").wrapping_add(word(b"ghijklmn")));
        assert_eq!(y, word(b"89abcdef").wrapping_add(word(b"opqrstuv")));
        let [x, y] = pair(b"0123456789abcdefghij");
        assert_eq!(x, word(b"01234567").wrapping_add(word(b"456789ab")));
        assert_eq!(y, word(b"89abcdef").wrapping_add(word(b"cdefghij")));
    }

    #[test]
    fn short_strings_differ_in_their_words() {
        // Every string of up to 7 bytes from a small alphabet: equal words
        // and lengths only for equal strings.
        let mut seen = std::collections::HashMap::new();
        let alphabet = [b'A', b'B', 0xc3];
        for len in 0..=7usize {
            for n in 0..alphabet.len().pow(len as u32) {
                let mut bytes = Vec::new();
                let mut m = n;
                for _ in 0..len {
                    bytes.push(alphabet[m % alphabet.len()]);
                    m /= alphabet.len();
                }
                let key = (len, short_word(&bytes));
                assert!(seen.insert(key, bytes.clone()).is_none(), "{bytes:?}");
            }
        }
    }

    #[test]
    fn the_whole_hash_tells_apart_what_the_quick_one_cannot() {
        // Alike in their first and last 16 bytes (44 bytes): they differ in
        // byte 23.
        let (a, b) = (
            "THE_SAME_PREFIX_ONE_0001_THE_SAME_SUFFIX_TWO",
            "THE_SAME_PREFIX_ONE_0002_THE_SAME_SUFFIX_TWO",
        );
        assert_eq!(hash_str(a, 7, false), hash_str(b, 7, false));
        assert_ne!(hash_str(a, 7, true), hash_str(b, 7, true));
    }

    #[test]
    fn dense_offsets_wrap_in_the_types_width() {
        assert_eq!(int::i8::dense_slot(-1, -1, 3), Some(0));
        assert_eq!(int::i8::dense_slot(-1, 1, 3), Some(2));
        assert_eq!(int::i8::dense_slot(-1, 2, 3), None);
        assert_eq!(int::i8::dense_slot(-1, i8::MIN, 3), None);
        assert_eq!(int::i8::dense_slot(-1, i8::MAX, 3), None);
        assert_eq!(int::u64::dense_slot(u64::MAX - 2, u64::MAX, 3), Some(2));
        assert_eq!(int::u64::dense_slot(u64::MAX - 2, 0, 3), None);
        assert_eq!(int::i64::dense_slot(i64::MIN, i64::MAX, 3), None);
        assert_eq!(int::i64::dense_slot(i64::MIN, i64::MIN + 2, 3), Some(2));
    }

    #[test]
    fn multiply_shift_slots_are_the_products_top_bits() {
        assert_eq!(mul_high(3, 5 << 60, 4), 15);
        assert_eq!(mul_high(1, u64::MAX, 64), usize::MAX);
        assert_eq!(mul_high(7, 1 << 63, 1), 1);
        assert_eq!(mul_high(7, 1, 0), 0);
        assert_eq!(mul_high(7, 1, 65), 0);
        assert_eq!(mul_high32(3, 5 << 28, 4), 15);
        assert_eq!(mul_high32(u32::MAX, 1, 32), u32::MAX as usize);
        assert_eq!(mul_high32(7, 1, 0), 0);
        assert_eq!(mul_high32(7, 1, 33), 0);
        // Sign-extended: -1 is every bit.
        assert_eq!(int::i32::mul_slot(-1, 1, 16), 0xffff);
        assert_eq!(int::i32::mul_slot32(-1, 1, 16), 0xffff);
        assert_eq!(int::u64::mul_slot(u64::MAX, 1, 8), 0xff);
    }
}
