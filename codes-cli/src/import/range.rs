//! The range a section heading gives: `21xxx` is `21000..=21999`.

use codes_codegen::table::GroupRange;

/// The range of the last range word of `title` (digits followed by `x`s:
/// `21xxx`, `2135x`, `9xxxx`, `0xxx`, `2xxx:`), or `None` when it has none.
///
/// ```
/// use codes_cli::import::{parse_range, GroupRange};
///
/// let ints = |lo, hi| Some(GroupRange::Ints(lo, hi));
/// assert_eq!(parse_range("Model/Custom Training Related Codes: 21xxx"), ints(21000, 21999));
/// assert_eq!(parse_range("Model Deployment Codes: 2135x"), ints(21350, 21359));
/// assert_eq!(parse_range("**2xxx:** User errors"), ints(2000, 2999));
/// assert_eq!(parse_range("0xxx Platform maintenance errors"), ints(0, 999));
/// assert_eq!(parse_range("Generic"), None);
/// assert_eq!(parse_range("Status codes through 21319"), None);
/// ```
#[must_use]
pub fn parse_range(title: &str) -> Option<GroupRange> {
    let (lo, hi) = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter_map(range_of_word)
        .next_back()?;
    Some(GroupRange::Ints(lo, hi))
}

fn range_of_word(word: &str) -> Option<(i128, i128)> {
    let digits = word.trim_end_matches(['x', 'X']);
    let xs = word.len() - digits.len();
    if digits.is_empty() || xs == 0 || xs > 12 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let scale = 10_i128.pow(u32::try_from(xs).ok()?);
    let lo = digits.parse::<i128>().ok()?.checked_mul(scale)?;
    Some((lo, lo + scale - 1))
}

#[cfg(test)]
mod tests {
    use super::{GroupRange, parse_range};

    #[test]
    fn ranges_of_headings() {
        assert_eq!(
            parse_range("Other Related: 400xx"),
            Some(GroupRange::Ints(40000, 40099))
        );
        assert_eq!(
            parse_range("API Formatting Codes: 4000x"),
            Some(GroupRange::Ints(40000, 40009))
        );
        assert_eq!(
            parse_range("9xxxx General validation errors"),
            Some(GroupRange::Ints(90000, 99999))
        );
        assert_eq!(
            parse_range("Runner related codes 256xx"),
            Some(GroupRange::Ints(25600, 25699))
        );
        // The last range word wins; words that are not ranges do not count.
        assert_eq!(
            parse_range("Codes 21xxx and 213xx"),
            Some(GroupRange::Ints(21300, 21399))
        );
        assert_eq!(parse_range("xxx"), None);
        assert_eq!(parse_range("box 12"), None);
        assert_eq!(parse_range("Auth Issues Codes"), None);
    }
}
