//! The names the generated code gives its own items, which a table's
//! variants, groups, columns and types must not take.

use proc_macro2::Ident;

use crate::errors::Errors;

/// The associated items of every generated enum.
pub const ENUM_ITEMS: &[&str] = &[
    "VENDOR",
    "ALL",
    "COUNT",
    "from_code",
    "try_from_code",
    "from_name",
    "code",
    "name",
    "aliases",
    "variant_name",
    "description",
    "class",
    "group",
    "group_name",
    "group_title",
    "is_known",
    "is_deprecated",
    "is_generic",
    "deprecation",
    "columns",
];

/// The associated items of every generated group enum.
pub const GROUP_ITEMS: &[&str] = &[
    "ALL",
    "name",
    "title",
    "range",
    "default_class",
    "unlisted_class",
    "codes",
    "containing",
];

/// Rust's primitive types, which a generated enum must not shadow: the
/// generated code and the user's both name them.
const PRIMITIVES: &[&str] = &[
    "bool", "char", "str", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64",
    "i128", "isize", "f16", "f32", "f64", "f128",
];

/// `true` unless `ident` (a variant: a row's or the catch-all) clashes with
/// a generated item, which is then reported.
pub fn check_variant(ident: &Ident, what: &str, errors: &mut Errors) -> bool {
    check_variant_named(ident, &ident.to_string(), what, errors)
}

/// [`check_variant`] of `ident`, whose text is `name`.
pub fn check_variant_named(ident: &Ident, name: &str, what: &str, errors: &mut Errors) -> bool {
    if name.starts_with("__") {
        errors.at(
            ident,
            format!("`{name}` cannot be {what}: names starting with `__` are kept for the generated code's own items"),
        );
        return false;
    }
    if ENUM_ITEMS.contains(&name) {
        errors.at(
            ident,
            format!("`{name}` cannot be {what}: the generated enum has an item `{name}` (`Self::{name}` would be ambiguous); give another name with `as`"),
        );
        return false;
    }
    true
}

/// `true` unless a column named `ident` would clash with a generated method,
/// which is then reported.
pub fn check_method(ident: &Ident, errors: &mut Errors) -> bool {
    let name = ident.to_string();
    if name.starts_with("__") || ENUM_ITEMS.contains(&name.as_str()) {
        errors.at(
            ident,
            format!("column `{name}` would clash with the generated enum's own `{name}`: name it otherwise"),
        );
        return false;
    }
    true
}

/// `true` unless a group named `ident` clashes with an item of the group
/// enum, which is then reported.
pub fn check_group(ident: &Ident, errors: &mut Errors) -> bool {
    let name = ident.to_string();
    if name.starts_with("__") || GROUP_ITEMS.contains(&name.as_str()) {
        errors.at(
            ident,
            format!("`{name}` cannot name a group: the group enum has an item `{name}`; name the group otherwise"),
        );
        return false;
    }
    true
}

/// `true` unless a generated type named `ident` would shadow a primitive
/// type, which is then reported.
pub fn check_type_name(ident: &Ident, errors: &mut Errors) -> bool {
    let name = ident.to_string();
    if PRIMITIVES.contains(&name.as_str()) {
        errors.at(
            ident,
            format!("`{name}` is a primitive type: a generated enum of that name would shadow it; name it otherwise"),
        );
        return false;
    }
    true
}
