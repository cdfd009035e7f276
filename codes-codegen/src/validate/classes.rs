//! The classes that rows, groups and the table give, and the class each row
//! ends up with.

use codes_core::Class;
use proc_macro2::Ident;

use crate::ast;
use crate::errors::Errors;
use crate::model::{Code, Model, RowClass};

pub(super) const CLASSES: &str = codes_core::__private::CLASS_NAMES;

pub(super) fn row_class(
    model: &Model,
    table_class: Option<Class>,
    group: Option<usize>,
    row: &ast::Row,
    code: &Code,
    errors: &mut Errors,
) -> RowClass {
    let given = match &row.class {
        Some(name) => given_class(name, errors),
        None => group.and_then(|g| model.groups[g].class).or(table_class),
    };
    match given {
        Some(class) => RowClass::Given(class),
        None if row.class.is_some() => RowClass::Given(Class::Unknown),
        None if model.http_requested => RowClass::Http,
        None => {
            errors.at(
                &row.code.tokens,
                format!(
                    "code {} has no class: end the row with `=> class` ({CLASSES}), or give its group or the table a default class",
                    code.quoted()
                ),
            );
            RowClass::Given(Class::Unknown)
        }
    }
}

/// The class a row, a group or the table gives after `=>`.
pub(super) fn given_class(name: &ast::ClassName, errors: &mut Errors) -> Option<Class> {
    if name.class.is_none() {
        errors.at(
            &name.ident,
            format!("unknown class `{}`: expected {CLASSES}", name.ident),
        );
    }
    name.class
}

pub(super) fn class(ident: &Ident, errors: &mut Errors) -> Option<Class> {
    let class = Class::from_name(&ident.to_string());
    if class.is_none() {
        errors.at(
            ident,
            format!("unknown class `{ident}`: expected {CLASSES}"),
        );
    }
    class
}
