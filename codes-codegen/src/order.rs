//! The crate's one sort.
//!
//! Each `sort_by` with a closure of its own, or on elements of another type,
//! compiles the standard library's sort once more (even one of them is some
//! 4,700 lines of LLVM IR, in every user's build of the macro): every sort
//! of the crate sorts positions with [`sort`], a merge sort of its own.

use std::cmp::Ordering;

/// Sorts `positions` (into some slice of the caller's) by `compare`, equal
/// ones in their order (a stable sort): a merge sort of runs of 1, 2, 4,
/// .. positions, each pass from one buffer into the other.
pub fn sort(positions: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    let len = positions.len();
    // (`into`'s values are written over before they are read.)
    let (mut from, mut into) = (positions.to_vec(), positions.to_vec());
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let mid = len.min(start + width);
            let end = len.min(mid + width);
            let (left, right) = (&from[start..mid], &from[mid..end]);
            merge(left, right, &mut into[start..end], compare);
            start = end;
        }
        std::mem::swap(&mut from, &mut into);
        width *= 2;
    }
    positions.copy_from_slice(&from);
}

/// Merges the sorted runs `left` and `right` into `out` (as long as both),
/// `left`'s first where they are equal. Runs already in order (as a
/// table's rows mostly are) are copied after one comparison.
fn merge(
    left: &[usize],
    right: &[usize],
    out: &mut [usize],
    compare: &dyn Fn(usize, usize) -> Ordering,
) {
    let in_order = match (left.last(), right.first()) {
        (Some(&last), Some(&first)) => compare(first, last) != Ordering::Less,
        _ => true,
    };
    if in_order {
        out[..left.len()].copy_from_slice(left);
        out[left.len()..].copy_from_slice(right);
        return;
    }
    let (mut l, mut r) = (0, 0);
    for slot in out {
        // `right`'s next only where it comes strictly first: stable.
        if r < right.len() && (l == left.len() || compare(right[r], left[l]) == Ordering::Less) {
            *slot = right[r];
            r += 1;
        } else {
            *slot = left[l];
            l += 1;
        }
    }
}

/// The positions `0..len`, sorted by `compare`, equal ones in their order.
pub fn sorted(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    sort(&mut positions, compare);
    positions
}

/// Whether two of `values` are equal.
pub fn has_duplicates(values: &[u64]) -> bool {
    let positions = sorted(values.len(), &|a, b| values[a].cmp(&values[b]));
    positions.windows(2).any(|w| values[w[0]] == values[w[1]])
}

/// `items` in `order`, a permutation of their positions (from
/// [`sorted`]; a position repeated or out of range takes nothing, rather
/// than panic).
pub fn permute<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots = Vec::with_capacity(items.len());
    for item in items {
        slots.push(Some(item));
    }
    let mut permuted = Vec::with_capacity(order.len());
    for &i in order {
        if let Some(item) = slots.get_mut(i).and_then(Option::take) {
            permuted.push(item);
        }
    }
    permuted
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties too.
        #[test]
        fn sorts_as_the_standard_stable_sort(keys in prop::collection::vec(0u8..8, 0..200)) {
            let mut expected: Vec<usize> = (0..keys.len()).rev().collect();
            let mut positions = expected.clone();
            expected.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
            sort(&mut positions, &|a, b| keys[a].cmp(&keys[b]));
            prop_assert_eq!(positions, expected);
        }
    }

    #[test]
    fn sorted_positions_keep_ties_in_order() {
        let keys = [3, 1, 3, 0, 1];
        assert_eq!(
            sorted(keys.len(), &|a, b| keys[a].cmp(&keys[b])),
            [3, 1, 4, 0, 2]
        );
    }
}
