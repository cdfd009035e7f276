//! The groups' ranges: each checked against the table's type, against the
//! other groups' ranges, and against the codes of the group's rows.

use super::codes::int_code;
use crate::ast;
use crate::errors::Errors;
use crate::model::{Code, GroupRange, KeyType, Model};
use crate::table::RangeClash;

/// Ranges may nest, as a page's sections do (`21xxx` around `213xx`), but
/// not cross or repeat.
pub(super) fn check_range(
    model: &Model,
    index: usize,
    tokens: &proc_macro2::TokenStream,
    errors: &mut Errors,
) {
    let group = &model.groups[index];
    let Some(range) = &group.range else { return };
    for other in &model.groups[..index] {
        let Some(other_range) = &other.range else {
            continue;
        };
        let Some(clash) = range.clash(other_range) else {
            continue;
        };
        errors.at(
            tokens,
            format!(
                "the range {range} of group `{}` {} the range {other_range} of group `{}`: ranges may nest, not cross",
                group.ident,
                match clash {
                    RangeClash::Repeats => "repeats",
                    RangeClash::Overlaps => "overlaps",
                },
                other.ident
            ),
        );
    }
}

pub(super) fn check_in_group(
    model: &Model,
    group: Option<usize>,
    code: &Code,
    tokens: &ast::Code,
    errors: &mut Errors,
) {
    let Some(group) = group.map(|g| &model.groups[g]) else {
        return;
    };
    if let Some(range) = &group.range {
        if !range.holds(code) {
            errors.at(
                &tokens.tokens,
                format!(
                    "code {} lies outside the range {range} of group `{}`",
                    code.quoted(),
                    group.ident
                ),
            );
        }
    }
}

pub(super) fn range(range: &ast::Range, key: KeyType, errors: &mut Errors) -> Option<GroupRange> {
    match (&range.bounds, key) {
        (ast::Bounds::Ints(start, end), KeyType::Int(int)) => {
            let lo = int_code(start, int, errors)?;
            let hi = int_code(end, int, errors)?;
            if lo > hi {
                errors.at(
                    &range.tokens,
                    format!("empty range: {lo} is greater than {hi}"),
                );
                return None;
            }
            Some(GroupRange::Ints(lo, hi))
        }
        (ast::Bounds::Prefix(prefix), KeyType::Str) => {
            if prefix.value().is_empty() {
                errors.at(
                    prefix,
                    "an empty prefix holds every code: leave the range out",
                );
                return None;
            }
            Some(GroupRange::Prefix(prefix.value().to_owned()))
        }
        (ast::Bounds::Prefix(prefix), KeyType::Int(_)) => {
            errors.at(
                prefix,
                "a prefix is the range of a group of string codes: this table's codes are integers, give `(lo..=hi)`",
            );
            None
        }
        (ast::Bounds::Ints(..), KeyType::Str) => {
            errors.at(
                &range.tokens,
                "this table's codes are strings: a group's range is a prefix, such as `(\"ModelArts.\")`",
            );
            None
        }
    }
}
