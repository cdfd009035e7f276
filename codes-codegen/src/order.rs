//! The crate's one sort.
//!
//! Each `sort_by` with a closure of its own, or on elements of another type,
//! compiles the standard library's sort once more (some 2,000 lines of LLVM
//! IR each, in every user's build of the macro): every sort of the crate
//! sorts positions with [`sort`] instead.

use std::cmp::Ordering;

/// Sorts `positions` (into some slice of the caller's) by `compare`, equal
/// ones in their order (a stable sort).
pub fn sort(positions: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    positions.sort_by(|&a, &b| compare(a, b));
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
    let mut items: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&i| items.get_mut(i)?.take())
        .collect()
}
