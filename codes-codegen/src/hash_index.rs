//! The index of the rows seen so far by a hash of a key (a code, a name, a
//! variant), for the duplicate checks, and of the distinct combinations of
//! the rows' column values. (One map type for all: each key type of a
//! `HashMap` compiles its own table code, some 2,000 lines of LLVM IR.)

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use crate::model::{Code, Value};

/// An index of rows by the hash of a key: each entry a row's position and
/// the previous entry of the same hash, so that equal hashes of different
/// keys (which the caller tells apart) share no slot.
#[derive(Default)]
pub(crate) struct Seen {
    /// The last entry of each hash.
    last: HashMap<u64, usize, BuildHasherDefault<Prehashed>>,
    /// Each entry's row and the previous entry of its hash.
    entries: Vec<(usize, Option<usize>)>,
}

impl Seen {
    /// The row of hash `hash` that `is` accepts (a `dyn`, so that the
    /// callers' closures share one compiled `find`).
    pub(crate) fn find(&self, hash: u64, is: &dyn Fn(usize) -> bool) -> Option<usize> {
        let mut at = self.last.get(&hash).copied();
        while let Some(entry) = at {
            let (row, previous) = self.entries[entry];
            if is(row) {
                return Some(row);
            }
            at = previous;
        }
        None
    }

    pub(crate) fn insert(&mut self, hash: u64, row: usize) {
        let previous = self.last.insert(hash, self.entries.len());
        self.entries.push((row, previous));
    }
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `u64`s are hashed; any other key is folded in all the same.
        for &byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(byte)).wrapping_mul(MIX);
        }
    }

    fn write_u64(&mut self, hash: u64) {
        self.0 = hash;
    }
}

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

/// A hash of `text`: the lookups' own, over every word (the keys are the
/// table's own: no adversary chooses them).
pub(crate) fn text_hash(text: &str) -> u64 {
    codes_core::__private::phf::hash_str(text, 0, true)
}

pub(crate) fn code_hash(code: &Code) -> u64 {
    match code {
        Code::Int(code) => {
            // Both halves of the i128, each mixed.
            let bits = *code as u128;
            let hash = ((bits as u64).wrapping_mul(MIX) ^ ((bits >> 64) as u64)).wrapping_mul(MIX);
            hash ^ (hash >> 29)
        }
        Code::Str(code) => text_hash(code),
    }
}

/// A hash of a row's column values.
pub(crate) fn values_hash(values: &[Option<Value>]) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    values.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_equal_hashes_are_told_apart() {
        let mut seen = Seen::default();
        seen.insert(7, 0);
        seen.insert(7, 1);
        seen.insert(8, 2);
        assert_eq!(seen.find(7, &|row| row == 0), Some(0));
        assert_eq!(seen.find(7, &|row| row == 1), Some(1));
        assert_eq!(seen.find(7, &|row| row == 2), None);
        assert_eq!(seen.find(9, &|_| true), None);
        assert_ne!(text_hash("STATUS_A"), text_hash("STATUS_B"));
        assert_ne!(code_hash(&Code::Int(1)), code_hash(&Code::Int(-1)));
    }
}
