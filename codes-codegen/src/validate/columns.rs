//! The columns a table declares, and each row's values of them.

use proc_macro2::{Ident, TokenStream, TokenTree};

use crate::ast;
use crate::errors::Errors;
use crate::model::{ColumnModel, ColumnType, IntegerType, Model, Value};
use crate::options::{self, Place};
use crate::parse::LitValue;
use crate::reserved;

pub(super) fn add_column(model: &mut Model, column: ast::Column, errors: &mut Errors) {
    let attrs = options::sort(column.attrs, Place::Column, errors);
    if attrs.refused {
        return;
    }
    let name = column.name;
    if model.columns.iter().any(|c| c.ident == name) {
        errors.at(&name, format!("column `{name}` is declared twice"));
        return;
    }
    if !reserved::check_method(&name, errors) {
        return;
    }
    let Some((ty, optional)) = column_type(&column.ty, errors) else {
        return;
    };
    let default = column
        .default
        .as_ref()
        .and_then(|value| column_value(value, ty, &name, errors));
    if let (Some(value), true) = (&column.default, optional) {
        errors.at(
            &value.tokens,
            format!("column `{name}` is optional: rows that leave it out have none, so it takes no default"),
        );
    }
    model.columns.push(ColumnModel {
        ident: name,
        docs: attrs.docs,
        ty,
        optional,
        default,
    });
}

const COLUMN_TYPES: &str =
    "an integer type (u8 to u64, i8 to i64), `bool` or `&'static str`, or `Option` of one of these";

/// The type of a column's values and whether rows may leave it out.
fn column_type(ty: &TokenStream, errors: &mut Errors) -> Option<(ColumnType, bool)> {
    let tokens: Vec<TokenTree> = ty.clone().into_iter().collect();
    let found = match tokens.as_slice() {
        [
            TokenTree::Ident(option),
            TokenTree::Punct(open),
            inner @ ..,
            TokenTree::Punct(close),
        ] if option == "Option" && open.as_char() == '<' && close.as_char() == '>' => {
            base_column_type(inner).map(|t| (t, true))
        }
        _ => base_column_type(&tokens).map(|t| (t, false)),
    };
    if found.is_none() {
        errors.at(
            ty,
            format!("unsupported column type: a column holds {COLUMN_TYPES}"),
        );
    }
    found
}

/// The type of a column's values written as `tokens`: an integer type,
/// `bool` or `&'static str`.
fn base_column_type(tokens: &[TokenTree]) -> Option<ColumnType> {
    match tokens {
        [TokenTree::Ident(ident)] if ident == "bool" => Some(ColumnType::Bool),
        [TokenTree::Ident(ident)] => IntegerType::named(&ident.to_string()).map(ColumnType::Int),
        [
            TokenTree::Punct(and),
            TokenTree::Punct(quote),
            TokenTree::Ident(lifetime),
            TokenTree::Ident(str),
        ] if and.as_char() == '&'
            && quote.as_char() == '\''
            && lifetime == "static"
            && str == "str" =>
        {
            Some(ColumnType::Str)
        }
        _ => None,
    }
}

/// The value of `column` written as `value`, checked against its type.
fn column_value(
    value: &ast::Value,
    ty: ColumnType,
    column: &Ident,
    errors: &mut Errors,
) -> Option<Value> {
    let found = match (&value.lit.value, ty, value.negative) {
        (
            LitValue::Int {
                value: magnitude,
                suffix,
            },
            ColumnType::Int(int),
            negative,
        ) => {
            if !suffix.is_empty() {
                errors.at(
                    &value.lit,
                    format!("remove the suffix `{suffix}`: the value has the column's type"),
                );
                return None;
            }
            let number = magnitude.map(|v| if negative { -v } else { v });
            match number.filter(|v| int.contains(*v)) {
                Some(v) => Some(Value::Int(v)),
                None => {
                    errors.at(
                        &value.tokens,
                        format!(
                            "this value does not fit column `{column}`'s type {} ({}..={})",
                            int.name, int.min, int.max
                        ),
                    );
                    return None;
                }
            }
        }
        (LitValue::Bool(value), ColumnType::Bool, false) => Some(Value::Bool(*value)),
        (LitValue::Str(value), ColumnType::Str, false) => Some(Value::Str(value.clone())),
        _ => None,
    };
    if found.is_none() {
        let expected = match ty {
            ColumnType::Int(int) => format!("an integer of type {}", int.name),
            ColumnType::Bool => "`true` or `false`".to_owned(),
            ColumnType::Str => "a string literal".to_owned(),
        };
        errors.at(&value.tokens, format!("column `{column}` holds {expected}"));
    }
    found
}

/// The position of the column named `ident`.
fn column_index(model: &Model, ident: &proc_macro2::Ident) -> Option<usize> {
    for (index, column) in model.columns.iter().enumerate() {
        if column.ident == *ident {
            return Some(index);
        }
    }
    None
}

/// The row's value of each column: its own, the column's default, or none
/// where the column is optional.
pub(super) fn values(model: &Model, row: &ast::Row, errors: &mut Errors) -> Vec<Option<Value>> {
    let mut values = Vec::with_capacity(model.columns.len());
    for column in &model.columns {
        values.push(column.default.clone());
    }
    let mut given = vec![false; model.columns.len()];
    let (span, fields) = match &row.values {
        Some((span, fields)) => (Some(*span), fields.as_slice()),
        None => (None, &[][..]),
    };
    for field in fields {
        let Some(index) = column_index(model, &field.column) else {
            let mut declared = Vec::new();
            for column in &model.columns {
                declared.push(format!("`{}`", column.ident));
            }
            let declared = if declared.is_empty() {
                "the table declares no columns (`column name: Type,` before the rows)".to_owned()
            } else {
                format!(
                    "the table's columns are {}",
                    crate::comma_separated(&declared)
                )
            };
            errors.at(
                &field.column,
                format!("no column `{}`: {declared}", field.column),
            );
            continue;
        };
        if given[index] {
            errors.at(
                &field.column,
                format!("column `{}` is given twice", field.column),
            );
            continue;
        }
        given[index] = true;
        let column = &model.columns[index];
        values[index] = column_value(&field.value, column.ty, &column.ident, errors);
    }
    let mut missing = Vec::new();
    for (index, column) in model.columns.iter().enumerate() {
        if !column.optional && values[index].is_none() && !given[index] {
            missing.push(format!("`{}`", column.ident));
        }
    }
    if !missing.is_empty() {
        let message = format!(
            "code {} needs a value for column{} {}",
            row.code.tokens,
            if missing.len() > 1 { "s" } else { "" },
            crate::comma_separated(&missing)
        );
        match span {
            Some(span) => errors.push(crate::errors::Error::new(span, message)),
            None => errors.at(&row.code.tokens, message),
        }
    }
    values
}
