//! The generated documentation: each variant's summary (code, name,
//! description, class, aliases, deprecation, columns) and its doc aliases.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::{Code, Model, RowModel, Value};

use super::Cx;

/// Escapes text for rustdoc's Markdown, so a vendor's description shows as
/// written and never opens a tag, a link or emphasis.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' || c == '\r' { ' ' } else { c });
    }
    out
}

/// The table author's doc comments, after the generated summary and a blank
/// line.
pub fn then_docs(docs: &[syn::Attribute]) -> TokenStream {
    if docs.is_empty() {
        quote!()
    } else {
        quote!(#[doc = ""] #(#docs)*)
    }
}

/// Whether rustdoc accepts `alias` in `#[doc(alias)]` for an item called
/// `item`.
pub fn valid_alias(alias: &str, item: &str) -> bool {
    !alias.is_empty()
        && alias != item
        && !alias.starts_with(' ')
        && !alias.ends_with(' ')
        && !alias
            .chars()
            .any(|c| c == '"' || c == '\'' || (c.is_whitespace() && c != ' '))
}

/// A code as the docs show it: the number, or the string as written.
fn code_text(code: &Code) -> String {
    match code {
        Code::Int(code) => code.to_string(),
        Code::Str(code) => code.replace('`', "'"),
    }
}

/// A column's value as the docs show it.
fn show(value: &Value) -> String {
    match value {
        Value::Int(v) => v.to_string(),
        Value::Bool(v) => v.to_string(),
        Value::Str(v) => markdown(v),
    }
}

/// The lines of a variant's generated docs.
pub fn variant_lines(model: &Model, row: &RowModel) -> Vec<String> {
    let mut summary = format!(" `{}`", code_text(&row.code));
    if let Some(name) = &row.name {
        summary.push_str(&format!(" `{name}`"));
    }
    if let Some(description) = &row.description {
        summary.push_str(&format!(": {}", markdown(description)));
    }
    let mut lines = vec![summary, String::new()];
    let class = Cx::row_class_value(row);
    lines.push(format!(" Class: `{}`.", class.as_str()));
    if !row.aliases.is_empty() {
        let aliases: Vec<String> = row.aliases.iter().map(|a| format!("`{a}`")).collect();
        lines.push(String::new());
        lines.push(format!(" Also named: {}.", aliases.join(", ")));
    }
    if let Some(note) = &row.deprecated {
        lines.push(String::new());
        lines.push(match note {
            Some(note) => format!(" **Deprecated by {}**: {}", model.vendor, markdown(note)),
            None => format!(" **Deprecated by {}.**", model.vendor),
        });
    }
    let columns: Vec<String> = model
        .columns
        .iter()
        .zip(&row.values)
        .filter_map(|(column, value)| {
            Some(format!(" - `{}`: {}", column.ident, show(value.as_ref()?)))
        })
        .collect();
    if !columns.is_empty() {
        lines.push(String::new());
        lines.extend(columns);
    }
    lines
}

/// The `#[doc(alias)]`s of a variant: its code, its name and its aliases.
pub fn aliases(row: &RowModel) -> Vec<String> {
    let variant = row.variant.to_string();
    std::iter::once(code_text(&row.code))
        .chain(row.name.iter().cloned())
        .chain(row.aliases.iter().cloned())
        .filter(|alias| valid_alias(alias, &variant))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_escaped_and_kept_on_one_line() {
        assert_eq!(
            markdown("a <b> [c] *d* `e`\nf"),
            "a \\<b\\> \\[c\\] \\*d\\* \\`e\\` f"
        );
        assert_eq!(markdown("plain text."), "plain text.");
    }

    #[test]
    fn aliases_that_rustdoc_rejects_are_left_out() {
        assert!(valid_alias("21200", "ModelDoesNotExist"));
        assert!(valid_alias("Not Found", "NotFound"));
        assert!(!valid_alias("I'm a teapot", "IMATeapot"));
        assert!(!valid_alias("Seven", "Seven"));
        assert!(!valid_alias(" x", "X"));
        assert!(!valid_alias("", "X"));
        assert!(!valid_alias("a\tb", "X"));
    }
}
