//! The rows' codes, checked against the table's type.

use crate::ast;
use crate::errors::Errors;
use crate::model::{Code, IntegerType, KeyType};

/// The code written as `code`, checked against the table's type.
pub(super) fn code(code: &ast::Code, key: KeyType, errors: &mut Errors) -> Option<Code> {
    match (key, &code.string) {
        (KeyType::Str, Some(lit)) => {
            let value = lit.value().to_owned();
            if value.is_empty() {
                errors.at(
                    lit,
                    "an empty code: every code of a string-keyed table is a non-empty string",
                );
                return None;
            }
            Some(Code::Str(value))
        }
        (KeyType::Str, None) => {
            errors.at(
                &code.tokens,
                "this table's codes are strings (`&str`): write the code as a string literal, such as `\"ModelArts.4900\"`",
            );
            None
        }
        (KeyType::Int(int), Some(lit)) => {
            errors.at(
                lit,
                format!("this table's codes are integers of type {}: for string codes, declare the table `: &str`", int.name),
            );
            None
        }
        (KeyType::Int(int), None) => int_code(code, int, errors).map(Code::Int),
    }
}

pub(super) fn int_code(code: &ast::Code, int: IntegerType, errors: &mut Errors) -> Option<i128> {
    if let Some(lit) = &code.suffix {
        errors.at(
            lit,
            format!(
                "remove the suffix `{}`: every code has the table's type",
                lit.suffix()
            ),
        );
        return None;
    }
    let (lo, hi) = (int.min, int.max);
    match code.value {
        Some(value) if int.contains(value) => Some(value),
        Some(value) => {
            errors.at(
                &code.tokens,
                format!(
                    "code {value} does not fit the table's type {} ({lo}..={hi})",
                    int.name
                ),
            );
            None
        }
        None => {
            errors.at(
                &code.tokens,
                format!(
                    "this code does not fit the table's type {} ({lo}..={hi})",
                    int.name
                ),
            );
            None
        }
    }
}
