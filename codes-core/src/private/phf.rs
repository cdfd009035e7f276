//! Lookups by perfect hashing and by dense index, the run-time half of what
//! `codes-codegen` builds at expansion time (it calls these same functions,
//! so both halves hash alike).
//!
//! The perfect hash is a small PTHash: a key's 64-bit hash picks a bucket, the
//! bucket's *pilot* (found at expansion time) moves the key to its own slot,
//! and one comparison with the slot's key decides. No branch depends on the
//! key's value until that last comparison.

/// Multipliers from the 64-bit golden ratio and from `splitmix64`.
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

/// Reads up to 8 bytes of `bytes` from `at` as a little-endian word.
#[inline]
const fn word(bytes: &[u8], at: usize) -> u64 {
    let mut w = 0u64;
    let mut i = 0;
    while i < 8 && at + i < bytes.len() {
        w |= (bytes[at + i] as u64) << (8 * i);
        i += 1;
    }
    w
}

/// The 64-bit hash of a name, under `seed`.
#[inline]
#[must_use]
pub const fn hash_str(name: &str, seed: u64) -> u64 {
    let bytes = name.as_bytes();
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(K0);
    let mut at = 0;
    while at < bytes.len() {
        h = (h.rotate_left(23) ^ word(bytes, at)).wrapping_mul(K0);
        at += 8;
    }
    mix(h)
}

/// The 64-bit hash of a code (sign-extended to 64 bits), under `seed`.
#[inline]
#[must_use]
pub const fn hash_int(code: i64, seed: u64) -> u64 {
    mix((code as u64 ^ seed).wrapping_mul(K0))
}

/// `hash * n / 2^64`: a position in `0..n` from the hash's high bits.
#[inline]
#[must_use]
pub const fn reduce(hash: u64, n: usize) -> usize {
    ((hash as u128 * n as u128) >> 64) as usize
}

/// The slot of a key whose hash is `hash`, in a table of `slots` slots whose
/// buckets have the pilots `pilots`.
#[inline]
#[must_use]
pub const fn slot(hash: u64, pilots: &[u16], slots: usize) -> usize {
    let pilot = pilots[reduce(hash, pilots.len())] as u64;
    // The bucket came from the hash's high bits, which the keys of a bucket
    // share; the slot comes from the others.
    reduce(hash.rotate_left(32) ^ mix(pilot.wrapping_add(K0)), slots)
}

/// The marker of an empty slot.
pub const EMPTY: u16 = u16::MAX;

/// The row index of `name`, in a perfect-hash table built for it.
#[inline]
#[must_use]
pub const fn find_name(
    slots: &[(&str, u16)],
    pilots: &[u16],
    seed: u64,
    name: &str,
) -> Option<usize> {
    if slots.is_empty() || pilots.is_empty() {
        return None;
    }
    let (key, index) = slots[slot(hash_str(name, seed), pilots, slots.len())];
    if index != EMPTY && super::str_eq(key, name) {
        Some(index as usize)
    } else {
        None
    }
}

macro_rules! int_finders {
    ($($phf:ident $dense:ident: $t:ty,)*) => {$(
        /// The row index of `code`, in a perfect-hash table built for the
        /// table's codes.
        #[inline]
        #[must_use]
        pub const fn $phf(slots: &[($t, u16)], pilots: &[u16], seed: u64, code: $t) -> Option<usize> {
            if slots.is_empty() || pilots.is_empty() {
                return None;
            }
            let (key, index) = slots[slot(hash_int(code as i64, seed), pilots, slots.len())];
            if index != EMPTY && key == code { Some(index as usize) } else { None }
        }

        /// The row index of `code`, in a dense table whose first entry is the
        /// table's smallest code `min`.
        #[inline]
        #[must_use]
        pub const fn $dense(dense: &[u16], min: $t, code: $t) -> Option<usize> {
            // Compared in i128, which holds every difference of two codes.
            let offset = code as i128 - min as i128;
            if offset < 0 || offset >= dense.len() as i128 {
                return None;
            }
            let index = dense[offset as usize];
            if index == EMPTY { None } else { Some(index as usize) }
        }
    )*};
}
int_finders! {
    find_phf_u8 find_dense_u8: u8,
    find_phf_u16 find_dense_u16: u16,
    find_phf_u32 find_dense_u32: u32,
    find_phf_u64 find_dense_u64: u64,
    find_phf_i8 find_dense_i8: i8,
    find_phf_i16 find_dense_i16: i16,
    find_phf_i32 find_dense_i32: i32,
    find_phf_i64 find_dense_i64: i64,
}
