//! Builds the perfect-hash tables that the generated lookups search, with the
//! hash functions of `codes_core::__private::phf`, so that expansion and run
//! time agree by construction.

use codes_core::__private::phf::{high, mix, pilot, slot};

use crate::order;

/// A perfect-hash table for `n` keys: `slots[slot(hash(key), pilots)]` holds
/// the key's index, and every key has its own slot.
#[derive(Debug)]
pub struct Phf {
    pub seed: u64,
    pub pilots: Vec<u32>,
    pub slots: Vec<Option<usize>>,
}

/// Builds a table for keys `0..n`, whose hashes under a seed `hash(key,
/// seed)` gives; `None` when none of the 64 seeds tried separates them (two
/// keys with equal hashes under every seed, such as two equal keys). The
/// caller then falls back to a search of sorted keys. (`hash` is a `dyn`
/// so that the callers' closures share one compiled `build`.)
pub fn build(n: usize, hash: &dyn Fn(usize, u64) -> u64) -> Option<Phf> {
    if n == 0 {
        return None;
    }
    // Powers of two (positions are shifts), at most 0.8 keys a slot and 4
    // keys a bucket: small tables (a pilot is 4 bytes), and pilots found in
    // a few tries.
    let slot_count = (n + n / 8 + 1).next_power_of_two().max(2);
    let bucket_count = n.div_ceil(4).next_power_of_two().max(2);
    'seed: for attempt in 0..64u64 {
        // A 32-bit seed, sign-extended: an immediate operand.
        let seed = mix(attempt.wrapping_add(1)) as i32 as i64 as u64;
        let mut hashes = Vec::with_capacity(n);
        for key in 0..n {
            hashes.push(hash(key, seed));
        }
        if order::has_duplicates(&hashes) {
            continue;
        }
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
        for (key, &h) in hashes.iter().enumerate() {
            buckets[high(h, bucket_count)].push(key);
        }
        let mut filled = Vec::new();
        for (b, bucket) in buckets.iter().enumerate() {
            if !bucket.is_empty() {
                filled.push(b);
            }
        }
        // The largest buckets first.
        order::sort(&mut filled, &|a, b| buckets[b].len().cmp(&buckets[a].len()));
        let mut pilots = vec![0u32; bucket_count];
        let mut slots: Vec<Option<usize>> = vec![None; slot_count];
        let mut table = Placing {
            hashes: &hashes,
            pilots: &mut pilots,
            slots: &mut slots,
        };
        for bucket in filled {
            if !table.place(bucket, &buckets[bucket]) {
                continue 'seed;
            }
        }
        return Some(Phf {
            seed,
            pilots,
            slots,
        });
    }
    None
}

/// The table [`build`] fills, a bucket at a time.
struct Placing<'a> {
    /// Every key's hash.
    hashes: &'a [u64],
    pilots: &'a mut [u32],
    slots: &'a mut [Option<usize>],
}

impl Placing<'_> {
    /// Finds the first pilot of `bucket` that sends each of its `keys` to a
    /// free slot of its own, and gives them those slots; `false` when none
    /// of the 65,535 tried does.
    fn place(&mut self, bucket: usize, keys: &[usize]) -> bool {
        let mut positions = Vec::with_capacity(keys.len());
        for n in 0..u64::from(u16::MAX) {
            self.pilots[bucket] = pilot(n);
            if self.free_slots(keys, &mut positions) {
                for (i, &at) in positions.iter().enumerate() {
                    self.slots[at] = Some(keys[i]);
                }
                return true;
            }
        }
        false
    }

    /// Whether `keys`' slots under the pilots are free and distinct (then
    /// in `positions`, in the keys' order).
    fn free_slots(&self, keys: &[usize], positions: &mut Vec<usize>) -> bool {
        positions.clear();
        for &key in keys {
            let at = slot(self.hashes[key], self.pilots, self.slots.len());
            if self.slots[at].is_some() || positions.contains(&at) {
                return false;
            }
            positions.push(at);
        }
        true
    }
}

/// A single-probe table for integer keys: a key's slot is
/// `(key * multiplier) >> shift` masked to the table's size, one multiply.
#[derive(Debug)]
pub struct MulShift {
    pub multiplier: u64,
    pub shift: u32,
    /// A power of two of slots, each the index of the key it holds.
    pub slots: Vec<Option<usize>>,
}

impl MulShift {
    /// `log2` of the slots' count.
    pub fn bits(&self) -> u32 {
        self.slots.len().trailing_zeros()
    }

    /// The multiplier of the run-time form in `width` bits (32 or 64), whose
    /// product's top `bits` bits are the slot (`codes_core`'s `mul_high`):
    /// `multiplier << (width - bits - shift)`, wrapped to `width` bits. The
    /// slot is bits `shift..shift + bits` of the product, which the product's
    /// low `width` bits hold when `shift + bits <= width`; `None` otherwise.
    pub fn high_multiplier(&self, width: u32) -> Option<u64> {
        let up = width.checked_sub(self.bits() + self.shift)?;
        let wide = u128::from(self.multiplier) << up;
        Some((wide & ((1u128 << width) - 1)) as u64)
    }
}

/// How many small odd multipliers [`build_mul_shift`] tries for each table
/// size (two, four and eight slots a key), then random ones. The largest
/// size gets the most: a search there succeeds where the smaller ones fail
/// (Clarifai's 441 codes: `(code * 1427) >> 3` into 4,096 slots, the 714th
/// odd multiplier; none below 8,192 fits 1,024 or 2,048 slots).
const SMALL_MULTIPLIERS: [u64; 3] = [256, 256, 1024];
const RANDOM_MULTIPLIERS: u64 = 16;

/// Searches for a [`MulShift`] of `keys` (each a code sign-extended to 64
/// bits, as the run-time lookup takes them) in the three powers of two of
/// slots above the least that holds them (for 441 codes: 1,024, 2,048 and
/// 4,096 slots).
///
/// Vendors' codes are structured (runs, sections a thousand apart), and a
/// small odd multiplier with a shift that keeps the product's bits just
/// above the codes' own spreads them like a slightly stretched identity:
/// Clarifai's 336 codes fit 2,048 slots with `(code * 67) >> 6`. So for each
/// size the search tries the small odd multipliers with the shifts whose
/// window lies within the product's bits, then a few random multipliers with
/// every shift, each multiplier's shifts in increasing order (see [`Search`]
/// for how it rejects most of them cheaply). `None` when it finds none (the
/// caller falls back to the two-level perfect hash).
pub fn build_mul_shift(keys: &[u64]) -> Option<MulShift> {
    let n = keys.len();
    // Equal keys share every slot: no multiplier separates them. A stamp
    // holds a key's position in 32 bits.
    if n < 2 || u32::try_from(n).is_err() || order::has_duplicates(keys) {
        return None;
    }
    let width = key_width(keys);
    let mut search = Search::new(keys);
    for (bits, small) in sizes(n) {
        search.stamps.clear();
        search.stamps.resize(1 << bits, 0);
        for (multiplier, last) in candidates(width, bits, small) {
            if let Some(shift) = search.first_shift(multiplier, last, bits) {
                return search.table(multiplier, shift, bits);
            }
        }
    }
    None
}

/// The width of `keys`, sign aside.
fn key_width(keys: &[u64]) -> u32 {
    let mut width = 0;
    for &key in keys {
        width = width.max(64 - (key as i64).unsigned_abs().leading_zeros());
    }
    width
}

/// The table sizes [`build_mul_shift`] tries for `n` keys, in order: each
/// one's `bits` (log2 of the slots) and how many small multipliers.
fn sizes(n: usize) -> Vec<(u32, u64)> {
    let mut bits = usize::BITS - n.saturating_sub(1).leading_zeros();
    let mut sizes = Vec::new();
    for &small in &SMALL_MULTIPLIERS {
        bits += 1;
        // Beyond 2^62 slots no table is worth building (and the shifts'
        // set needs a window of at least two bits).
        if bits > 62 {
            break;
        }
        sizes.push((bits, small));
    }
    sizes
}

/// The candidates [`build_mul_shift`] tries for a table of `2^bits` slots
/// and keys `width` bits wide, in order: the `small` first odd
/// multipliers, each with the last shift whose window lies within the
/// product's bits (a window above its top ones holds fewer than `bits`
/// bits: the shifts stop two past the top), then the random ones with
/// every shift.
fn candidates(width: u32, bits: u32, small: u64) -> Vec<(u64, u32)> {
    let mut all = Vec::new();
    for i in 0..small {
        let multiplier = 2 * i + 1;
        let top = width + (64 - multiplier.leading_zeros());
        all.push((multiplier, (top + 2).saturating_sub(bits).min(64 - bits)));
    }
    for i in 0..RANDOM_MULTIPLIERS {
        all.push((mix(i + 1) | 1, 64 - bits));
    }
    all
}

/// How many colliding pairs of keys [`Search`] remembers.
const PAIRS: usize = 8;

/// The state of [`build_mul_shift`]'s search, which tests a multiplier
/// (the product of each key, `key * multiplier`) at each of its shifts (a
/// window of `bits` of the product's bits, the slot) until one separates the
/// keys.
///
/// Most windows fail, and the search fails them cheaply:
/// - A pair of keys that collided under one multiplier often collides under
///   the next (keys one apart, under a window too high). For each of the
///   last pairs found, one product each tells every shift at which they
///   collide ([`zero_windows`] of the products' xor): those shifts are never
///   tried, nor those of a pair found at this multiplier's other shifts.
/// - A shift left is tried by stamping each key's slot until a slot is
///   stamped twice, a few dozen keys for most windows, whose keys are in a
///   scrambled order (codes close together rarely collide, codes far apart
///   do) and where the keys that collided move towards the front.
struct Search {
    /// The keys, in the order they are tried.
    keys: Vec<u64>,
    /// The index (in the caller's keys) of each of `keys`.
    index: Vec<usize>,
    /// A slot's last trial in the high 32 bits, and the position in `keys`
    /// of the key that took it then in the low 32 bits.
    stamps: Vec<u64>,
    /// The current trial, from 1 (0 marks no trial).
    trial: u64,
    /// The last pairs of keys found in one slot.
    pairs: Vec<(u64, u64)>,
    /// The pair that the next one found replaces, once `pairs` is full.
    next_pair: usize,
}

impl Search {
    /// A search of `keys` (at most `u32::MAX` of them), in an order that
    /// scrambles them.
    fn new(keys: &[u64]) -> Search {
        let mut mixed = Vec::with_capacity(keys.len());
        for &key in keys {
            mixed.push(mix(key));
        }
        let index = order::sorted(keys.len(), &|a, b| mixed[a].cmp(&mixed[b]));
        let mut ordered = Vec::with_capacity(keys.len());
        for &i in &index {
            ordered.push(keys[i]);
        }
        Search {
            keys: ordered,
            index,
            stamps: Vec::new(),
            trial: 0,
            pairs: Vec::with_capacity(PAIRS),
            next_pair: 0,
        }
    }

    /// Remembers that keys `a` and `b` collided.
    fn remember(&mut self, a: u64, b: u64) {
        if self.pairs.len() < PAIRS {
            self.pairs.push((a, b));
        } else {
            self.pairs[self.next_pair] = (a, b);
            self.next_pair = (self.next_pair + 1) % PAIRS;
        }
    }

    /// The first of the shifts `0..=last` (`last <= 64 - bits`) at which
    /// `multiplier` separates the keys into the `2^bits` slots of `stamps`.
    fn first_shift(&mut self, multiplier: u64, last: u32, bits: u32) -> Option<u32> {
        // Bit `s`: shift `s` is still to try.
        let mut open = u64::MAX >> (63 - last.min(63));
        let collisions = |a: u64, b: u64| {
            zero_windows(
                a.wrapping_mul(multiplier) ^ b.wrapping_mul(multiplier),
                bits,
            )
        };
        for &(a, b) in &self.pairs {
            open &= !collisions(a, b);
        }
        while open != 0 {
            let shift = open.trailing_zeros();
            open &= open - 1;
            // A new trial; every slot forgets its stamp when the trials
            // outgrow their 32 bits.
            self.trial += 1;
            if self.trial > u64::from(u32::MAX) {
                self.stamps.fill(0);
                self.trial = 1;
            }
            // The window of bits `shift..shift + bits` of the product is the
            // top `bits` bits of the product by `multiplier << up`.
            let up = 64 - bits - shift;
            let high = multiplier << up;
            let found = first_collision(&self.keys, high, bits, &mut self.stamps, self.trial);
            let Some((a, b)) = found else {
                return Some(shift);
            };
            let (key_a, key_b) = (self.keys[a], self.keys[b]);
            self.remember(key_a, key_b);
            open &= !collisions(key_a, key_b);
            // The later key moves halfway to the front.
            self.keys.swap(b, b / 2);
            self.index.swap(b, b / 2);
        }
        None
    }

    /// The table of `multiplier` and `shift`, which the search found to
    /// separate the keys (checked again here: `None` if two keys share a
    /// slot).
    fn table(&self, multiplier: u64, shift: u32, bits: u32) -> Option<MulShift> {
        let mask = (1u64 << bits) - 1;
        let mut slots = vec![None; 1 << bits];
        for (i, &key) in self.keys.iter().enumerate() {
            let slot = &mut slots[((key.wrapping_mul(multiplier) >> shift) & mask) as usize];
            if slot.replace(self.index[i]).is_some() {
                return None;
            }
        }
        Some(MulShift {
            multiplier,
            shift,
            slots,
        })
    }
}

/// The shifts `s` (bit `s` of the result) at which the window of `bits`
/// bits `s..s + bits` of `x` is all zeros (of windows within its 64 bits):
/// the shifts at which two keys whose products' xor is `x` share a slot.
fn zero_windows(x: u64, bits: u32) -> u64 {
    // Bit `s` of `run`: bits `s..s + have` of `x` are zeros.
    let (mut run, mut have) = (!x, 1);
    while have < bits {
        let step = have.min(bits - have);
        run &= run >> step;
        have += step;
    }
    run
}

/// The positions in `keys` of the first two keys whose slots (the top
/// `bits` bits of `key * high`) are equal, in a table of `stamps` (`2^bits`
/// of them) that stamps each slot it sees with `trial` (and the key's
/// position); `None` when every key has its own slot.
///
/// Most trials end here, after a few dozen keys each: the common sizes have
/// their own copy of the loop ([`first_collision_in`]), whose shift is an
/// immediate and whose slots need no bound check.
fn first_collision(
    keys: &[u64],
    high: u64,
    bits: u32,
    stamps: &mut [u64],
    trial: u64,
) -> Option<(usize, usize)> {
    macro_rules! sizes {
        ($($bits:literal)*) => {
            match bits {
                $($bits => first_collision_in::<$bits>(keys, high, stamps, trial),)*
                _ => first_collision_any(keys, high, bits, stamps, trial),
            }
        };
    }
    sizes!(2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24)
}

/// [`first_collision`] in `2^BITS` slots. Not inlined: in a loop of its own
/// the compiler keeps the loop's values in registers, and with `BITS` a
/// constant the shift is an immediate and the slots' bound is known.
#[inline(never)]
fn first_collision_in<const BITS: u32>(
    keys: &[u64],
    high: u64,
    stamps: &mut [u64],
    trial: u64,
) -> Option<(usize, usize)> {
    first_collision_any(keys, high, BITS, stamps.get_mut(..1 << BITS)?, trial)
}

/// [`first_collision`] in `2^bits` slots, `bits` in `1..64`.
#[inline(always)]
fn first_collision_any(
    keys: &[u64],
    high: u64,
    bits: u32,
    stamps: &mut [u64],
    trial: u64,
) -> Option<(usize, usize)> {
    let mark = trial << 32;
    for (stamp_value, &key) in (mark..).zip(keys) {
        let slot = key.wrapping_mul(high).checked_shr(64 - bits)? as usize;
        let stamp = stamps.get_mut(slot)?;
        if *stamp >= mark {
            return Some(((*stamp - mark) as usize, (stamp_value - mark) as usize));
        }
        *stamp = stamp_value;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use codes_core::__private::int::i32::{mul_slot, mul_slot32, phf_slot};
    use codes_core::__private::phf::{hash_int, hash_str, mul_high, mul_high32, slot};

    /// The value of `name` in `slots`, as the generated lookup finds it.
    fn find_name(
        slots: &[(&str, usize)],
        pilots: &[u32],
        seed: u64,
        whole: bool,
        name: &str,
    ) -> Option<usize> {
        let (key, value) = slots[slot(hash_str(name, seed, whole), pilots, slots.len())];
        (key == name).then_some(value)
    }

    /// The value of `code` in `slots`, found by `slot`.
    fn find_code(slots: &[(i32, usize)], slot: usize, code: i32) -> Option<usize> {
        let (key, value) = slots[slot];
        (key == code).then_some(value)
    }

    fn find_phf_i32(slots: &[(i32, usize)], pilots: &[u32], seed: u64, code: i32) -> Option<usize> {
        find_code(slots, phf_slot(code, pilots, seed, slots.len()), code)
    }

    /// The value of `code` in `slots`, found by the table's multiply-shift,
    /// in 64 bits and in 32 (which must agree).
    fn find_mul(slots: &[(i32, usize)], table: &MulShift, code: i32) -> Option<usize> {
        let bits = table.bits();
        let slot = mul_slot(code, table.high_multiplier(64).unwrap(), bits);
        if let Some(multiplier) = table.high_multiplier(32) {
            let multiplier = u32::try_from(multiplier).unwrap();
            assert_eq!(mul_slot32(code, multiplier, bits), slot, "{code}");
        }
        find_code(slots, slot, code)
    }

    #[test]
    fn every_name_finds_its_own_slot_and_others_find_none() {
        // Names alike in their length and first and last 16 bytes.
        let names: Vec<String> = (0..1000)
            .map(|i| format!("THE_SAME_PREFIX_ONE_{i:04}_THE_SAME_SUFFIX_TWO"))
            .collect();
        // The quick hash cannot tell them apart; the whole one can.
        assert!(build(names.len(), &|key, seed| hash_str(&names[key], seed, false)).is_none());
        let phf = build(names.len(), &|key, seed| hash_str(&names[key], seed, true)).unwrap();
        let slots: Vec<(&str, usize)> = phf
            .slots
            .iter()
            .map(|s| s.map_or((names[0].as_str(), 0), |k| (names[k].as_str(), k)))
            .collect();
        for (key, name) in names.iter().enumerate() {
            assert_eq!(
                find_name(&slots, &phf.pilots, phf.seed, true, name),
                Some(key)
            );
        }
        for other in ["", "NAME", "NAME_1_", "name_0_0", "NAME_1000_0"] {
            assert_eq!(
                find_name(&slots, &phf.pilots, phf.seed, true, other),
                None,
                "{other}"
            );
        }
    }

    #[test]
    fn codes_of_every_shape_hash_perfectly() {
        for codes in [
            vec![0],
            vec![-40021, -30021, -1100, -1, 0, 5],
            (0..336).map(|i| 10000 + i * 97).collect::<Vec<i32>>(),
            (0..5000).map(|i| i * i - 7).collect(),
        ] {
            let phf = build(codes.len(), &|key, seed| hash_int(codes[key].into(), seed)).unwrap();
            let slots: Vec<(i32, usize)> = phf
                .slots
                .iter()
                .map(|s| s.map_or((codes[0], 0), |k| (codes[k], k)))
                .collect();
            for (key, &code) in codes.iter().enumerate() {
                assert_eq!(find_phf_i32(&slots, &phf.pilots, phf.seed, code), Some(key));
            }
            let absent = (-50000..50000).filter(|c| !codes.contains(c)).take(2000);
            for code in absent {
                assert_eq!(find_phf_i32(&slots, &phf.pilots, phf.seed, code), None);
            }
        }
    }

    #[test]
    fn multiply_shift_tables_find_every_code_and_no_other() {
        for codes in [
            vec![-40021, -30021, -1100, -1, 0, 5, 7, 99, 1000],
            (0..336).map(|i| 10000 + i * 97).collect::<Vec<i32>>(),
        ] {
            let keys: Vec<u64> = codes.iter().map(|&c| i64::from(c) as u64).collect();
            let table = build_mul_shift(&keys).expect("a multiplier");
            assert!(table.slots.len() <= 8 * codes.len().next_power_of_two());
            let slots: Vec<(i32, usize)> = table
                .slots
                .iter()
                .map(|s| s.map_or((codes[0], 0), |k| (codes[k], k)))
                .collect();
            for (key, &code) in codes.iter().enumerate() {
                assert_eq!(find_mul(&slots, &table, code), Some(key));
            }
            for code in (-50000..50000).filter(|c| !codes.contains(c)).take(3000) {
                assert_eq!(find_mul(&slots, &table, code), None);
            }
        }
        assert!(build_mul_shift(&[7, 7]).is_none());
        assert!(build_mul_shift(&[7]).is_none());
    }

    /// The first multiplier and shift of `build_mul_shift`'s candidates,
    /// in its order, that separates `keys`, found naively (every candidate,
    /// every key): the search's rejections must skip only failing ones.
    fn naive_mul_shift(keys: &[u64]) -> Option<(u64, u32, usize)> {
        for (bits, small) in sizes(keys.len()) {
            for (multiplier, last) in candidates(key_width(keys), bits, small) {
                for shift in 0..=last {
                    let mut seen = std::collections::HashSet::new();
                    let mask = (1u64 << bits) - 1;
                    if keys
                        .iter()
                        .all(|&key| seen.insert((key.wrapping_mul(multiplier) >> shift) & mask))
                    {
                        return Some((multiplier, shift, 1 << bits));
                    }
                }
            }
        }
        None
    }

    #[test]
    fn the_search_finds_the_first_candidate_that_separates_the_keys() {
        let sets: Vec<Vec<i64>> = vec![
            // Runs a thousand apart, as vendors number their codes.
            (0..300)
                .map(|i| 10_000 + (i / 20) * 1000 + i % 20)
                .collect(),
            // Runs and sections, as Seven Bridges' codes.
            (0..200).map(|i| (i / 25) * 1000 + (i % 25) * 3).collect(),
            // HTTP statuses.
            vec![
                200, 201, 202, 204, 400, 401, 402, 403, 404, 405, 411, 413, 415, 429, 500, 503,
            ],
            // Negative codes.
            vec![
                -40021, -30021, -1100, -1, 0, 5, 7, 99, 1000, -4000, -4001, -4002,
            ],
            // Codes past 32 bits, alike in their low 32 bits but for a few.
            (0..40).map(|i| (i << 33) | (i % 4)).collect(),
            // Wide codes, both signs.
            (0..50).map(|i| (i - 25) * 0x0123_4567_89ab).collect(),
            vec![
                i64::MIN,
                i64::MAX,
                -1,
                0,
                1,
                1 << 40,
                -(1 << 40),
                12345,
                777,
                42,
            ],
        ];
        for codes in sets {
            let keys: Vec<u64> = codes.iter().map(|&c| c as u64).collect();
            let naive = naive_mul_shift(&keys);
            let found = build_mul_shift(&keys);
            let found_at = found
                .as_ref()
                .map(|t| (t.multiplier, t.shift, t.slots.len()));
            assert_eq!(found_at, naive, "{codes:?}");
            let Some(table) = found else { continue };
            // Every key in its own slot, where the run-time form finds it.
            let bits = table.bits();
            let high = table.high_multiplier(64).unwrap();
            for (index, &key) in keys.iter().enumerate() {
                assert_eq!(table.slots[mul_high(key, high, bits)], Some(index));
            }
            assert_eq!(table.slots.iter().flatten().count(), keys.len());
        }
    }

    #[test]
    fn zero_windows_are_the_shifts_of_a_zero_window() {
        for x in [
            0,
            1,
            u64::MAX,
            0x8000_0000_0000_0001,
            0xf0f0_0000_ff00_0f0f,
            mix(7),
        ] {
            for bits in 1..=63 {
                let expected = (0..=64 - bits)
                    .filter(|&s| (x >> s) & ((1u64 << bits) - 1) == 0)
                    .fold(0u64, |set, s| set | 1u64.checked_shl(s).unwrap_or(0));
                let windows = zero_windows(x, bits) & (u64::MAX >> (bits - 1));
                assert_eq!(windows, expected, "{x:#x} {bits}");
            }
        }
    }

    #[test]
    fn the_top_bits_form_is_the_window_of_the_product() {
        let keys: Vec<u64> = (0..2000u64).map(|i| i * 7919 % 100_003).collect();
        let mask = |bits: u32| (1u64 << bits) - 1;
        for (multiplier, shift, bits) in [(1427, 3, 12), (67, 6, 11), (1, 0, 1), (3, 20, 12)] {
            let table = MulShift {
                multiplier,
                shift,
                slots: vec![None; 1 << bits],
            };
            for &key in &keys {
                let window = ((key.wrapping_mul(multiplier) >> shift) & mask(bits)) as usize;
                let high = table.high_multiplier(64).unwrap();
                assert_eq!(mul_high(key, high, bits), window);
                let high = u32::try_from(table.high_multiplier(32).unwrap()).unwrap();
                assert_eq!(mul_high32(key as u32, high, bits), window);
            }
        }
        // A window past the low 32 bits has no 32-bit form.
        let table = MulShift {
            multiplier: 5,
            shift: 25,
            slots: vec![None; 1 << 8],
        };
        assert_eq!(table.high_multiplier(32), None);
        assert_eq!(table.high_multiplier(64), Some(5 << 31));
    }

    /// A string table as the generated code holds it
    /// (`codes_core::__private::phf::Table`), each key's row its index.
    struct Strings {
        starts: Vec<u16>,
        lens: Vec<u8>,
        rows: Vec<u16>,
        pilots: Vec<u32>,
        text: Vec<u8>,
        last_start: usize,
        seed: u64,
        whole: bool,
    }

    impl Strings {
        /// The table of `keys`, by the quick hash where it separates them.
        fn new(keys: &[String]) -> Self {
            let (phf, whole) = [false, true]
                .into_iter()
                .find_map(|whole| {
                    build(keys.len(), &|key, seed| hash_str(&keys[key], seed, whole))
                        .map(|phf| (phf, whole))
                })
                .expect("a table");
            let mut text = Vec::new();
            let mut at = Vec::new();
            for key in keys {
                at.push(text.len());
                text.extend_from_slice(key.as_bytes());
            }
            // As the generated code pads the text.
            text.extend([b' '; 32]);
            let key = |slot: &Option<usize>| slot.unwrap_or(0);
            Strings {
                starts: phf.slots.iter().map(|s| at[key(s)] as u16).collect(),
                lens: phf.slots.iter().map(|s| keys[key(s)].len() as u8).collect(),
                rows: phf.slots.iter().map(|s| key(s) as u16).collect(),
                pilots: phf.pilots,
                last_start: text.len() - 32,
                text,
                seed: phf.seed,
                whole,
            }
        }

        /// The row of `name`, as the generated code finds it: inline up to
        /// 32 bytes, out of line past; and out of line always, which must
        /// agree.
        fn find(&self, name: &str) -> Option<u16> {
            use codes_core::__private::phf::{Found, Starts, Table, find, find_long};
            let wide: Vec<u32> = self.starts.iter().map(|&s| u32::from(s)).collect();
            let table = |starts| Table {
                starts,
                lens: &self.lens,
                rows: &self.rows,
                pilots: &self.pilots,
                text: &self.text,
                last_start: self.last_start,
                seed: self.seed,
                whole: self.whole,
            };
            // Starts in 32 bits find the same.
            let (table, wide) = (table(Starts::U16(&self.starts)), table(Starts::U32(&wide)));
            assert_eq!(find_long(name, table), find_long(name, wide), "{name:?}");
            let long = find_long(name, table);
            let found = match find(name, table) {
                Found::Row(row) => Some(row),
                Found::None => None,
                Found::Long => {
                    assert!(name.len() > 32, "{name:?}");
                    long
                }
            };
            assert_eq!(found, long, "{name:?}");
            found
        }
    }

    /// Strings near `key` that are not it: each byte changed, one byte
    /// more or less, a byte appended.
    fn near_misses(key: &str) -> Vec<String> {
        let bytes = key.as_bytes();
        let mut out = vec![format!("{key}_X"), format!("X{key}")];
        for at in 0..bytes.len() {
            let mut changed = bytes.to_vec();
            changed[at] ^= 0x01;
            out.extend(String::from_utf8(changed).ok());
        }
        out.extend(String::from_utf8(bytes[..bytes.len().saturating_sub(1)].to_vec()).ok());
        out
    }

    /// Finds every key of `keys` at its row, and no near miss.
    fn finds_every_key_and_no_other(keys: &[String]) {
        let table = Strings::new(keys);
        for (row, key) in keys.iter().enumerate() {
            assert_eq!(table.find(key), Some(row as u16), "{key:?}");
        }
        for key in keys {
            for other in near_misses(key) {
                if !keys.contains(&other) {
                    assert_eq!(table.find(&other), None, "{other:?} (near {key:?})");
                }
            }
        }
        for other in ["", "A", "\u{e9}", &"Z".repeat(100)] {
            if !keys.iter().any(|key| key == other) {
                assert_eq!(table.find(other), None, "{other:?}");
            }
        }
    }

    #[test]
    fn string_tables_find_every_length_and_nothing_else() {
        // Every length from 0 to 80, names sharing prefixes (each a prefix
        // of the next) and suffixes, and names alike but for one byte.
        let long: String = (0..80)
            .map(|i| char::from(b'A' + (i * 7 % 26) as u8))
            .collect();
        let mut keys: Vec<String> = (0..=80).map(|len| long[..len].to_owned()).collect();
        keys.extend((1..=40).map(|len| format!("{}_END", "X".repeat(len))));
        keys.extend((0..30).map(|i| format!("MODEL_{i:02}_DOES_NOT_EXIST")));
        finds_every_key_and_no_other(&keys);
    }

    #[test]
    fn string_tables_find_non_ascii_names() {
        let keys: Vec<String> = (1..=40)
            .map(|n| "\u{e9}".repeat(n))
            .chain((1..20).map(|n| format!("{}\u{4e2d}\u{6587}", "\u{df}".repeat(n))))
            .chain([
                "\u{1f600}".to_owned(),
                "caf\u{e9}".to_owned(),
                "cafe".to_owned(),
            ])
            .collect();
        finds_every_key_and_no_other(&keys);
    }

    #[test]
    fn string_tables_of_a_few_short_names_are_found() {
        let keys: Vec<String> = ('a'..='i').map(String::from).collect();
        finds_every_key_and_no_other(&keys);
    }

    #[test]
    fn string_tables_alike_in_the_quick_hash_use_the_whole_one() {
        let keys: Vec<String> = (0..300)
            .map(|i| format!("THE_SAME_PREFIX_ONE_{i:04}_THE_SAME_SUFFIX_TWO"))
            .chain((0..40).map(|i| format!("SHORT_{i:02}")))
            .collect();
        assert!(Strings::new(&keys).whole);
        finds_every_key_and_no_other(&keys);
    }

    #[test]
    fn equal_keys_cannot_be_separated() {
        assert!(build(2, &|_, seed| hash_str("same", seed, true)).is_none());
        assert!(build(0, &|_, seed| seed).is_none());
    }
}
