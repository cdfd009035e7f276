//! The groups of rows: their names, options, titles, ranges and classes.

use proc_macro2::Ident;

use super::classes::{class, given_class};
use super::ranges::range;
use crate::ast;
use crate::errors::Errors;
use crate::model::{GroupModel, KeyType, Model};
use crate::options::{self, Place};
use crate::reserved;
use crate::syntax::Attribute;

/// Adds the group named `name`, unless the table has one of that name.
pub(super) fn add_group(
    model: &mut Model,
    attrs: Vec<Attribute>,
    name: &Ident,
    errors: &mut Errors,
) -> Option<usize> {
    let attrs = options::sort(attrs, Place::Group, errors);
    if model.groups.iter().any(|g| g.ident == *name) {
        errors.at(name, format!("group `{name}` is declared twice"));
        return None;
    }
    if !reserved::check_group(name, errors) {
        return None;
    }
    let unlisted = attrs
        .options
        .unlisted
        .as_ref()
        .and_then(|c| class(c, errors));
    model.groups.push(GroupModel {
        ident: name.clone(),
        docs: attrs.docs,
        cfgs: attrs.cfgs,
        attrs: attrs.pass,
        title: None,
        range: None,
        class: None,
        unlisted,
    });
    Some(model.groups.len() - 1)
}

/// The title, range and class of `group`.
pub(super) fn fill_group(
    model: &mut GroupModel,
    group: &ast::Group,
    key: KeyType,
    errors: &mut Errors,
) {
    model.title = group.title.as_ref().map(|title| title.value().to_owned());
    if let (Some(title), Some(lit)) = (&model.title, &group.title) {
        if title.trim().is_empty() {
            errors.at(lit, "an empty group title: leave it out");
            model.title = None;
        }
    }
    model.range = group.range.as_ref().and_then(|r| range(r, key, errors));
    if let (Some(_), None) = (model.unlisted, &group.range) {
        errors.at(
            &group.name,
            format!(
                "group `{}` declares a class for unlisted codes but no range to hold them: add `(lo..=hi)` (or `(\"prefix\")` for string codes)",
                group.name
            ),
        );
    }
    model.class = group.class.as_ref().and_then(|c| given_class(c, errors));
}
