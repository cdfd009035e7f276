//! The generated documentation: each variant's summary (code, name,
//! description, class, aliases, deprecation, columns) and its doc aliases.

use proc_macro2::{Literal, TokenStream};

use crate::model::{Code, Model, RowModel, Value};

use super::Cx;
use super::template;

/// Escapes text for rustdoc's Markdown, so a vendor's description shows as
/// written and never opens a tag, a link or emphasis.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_markdown(&mut out, text);
    out
}

/// The ASCII characters [`markdown`] escapes (`true`) or replaces.
const SPECIAL: [bool; 128] = {
    let mut special = [false; 128];
    let mut i = 0;
    let chars = b"\\`*_[]<>#|~&\n\r";
    while i < chars.len() {
        special[chars[i] as usize] = true;
        i += 1;
    }
    special
};

/// [`markdown`], appended to `out`.
fn push_markdown(out: &mut String, text: &str) {
    // Runs of plain characters are copied whole; only the characters to
    // escape or to replace are handled one by one (all ASCII: one byte
    // each, and no byte of another character is ASCII).
    let mut rest = text;
    while let Some(at) = rest
        .bytes()
        .position(|b| b < 128 && SPECIAL[usize::from(b)])
    {
        out.push_str(&rest[..at]);
        match rest.as_bytes()[at] {
            b'\n' | b'\r' => out.push(' '),
            byte => {
                out.push('\\');
                out.push(char::from(byte));
            }
        }
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

/// The table author's doc comments, after the generated summary and a blank
/// line; nothing (not even an empty token stream) when there are none.
pub fn then_docs(docs: &[crate::syntax::Attribute]) -> Option<TokenStream> {
    (!docs.is_empty()).then(|| {
        let mut out = template::doc(Literal::string(""));
        for doc in docs {
            out.extend(doc.tokens().clone());
        }
        out
    })
}

/// Whether rustdoc accepts `alias` in `#[doc(alias)]` for an item called
/// `item`.
pub fn valid_alias(alias: &str, item: &proc_macro2::Ident) -> bool {
    let refused = |c: char| c == '"' || c == '\'' || (c.is_whitespace() && c != ' ');
    let clean = if alias.is_ascii() {
        // `char::is_whitespace` of ASCII: tab to carriage return, and space.
        !alias
            .bytes()
            .any(|b| b == b'"' || b == b'\'' || matches!(b, b'\t'..=b'\r'))
    } else {
        !alias.chars().any(refused)
    };
    clean
        && !alias.is_empty()
        && !alias.starts_with(' ')
        && !alias.ends_with(' ')
        // Last: the compiler's `Ident` compares through a copy of its text.
        && *item != alias
}

/// A code as the docs show it: the number, or the string as written.
pub fn code_text(code: &Code) -> String {
    match code {
        Code::Int(code) => code.to_string(),
        Code::Str(code) => code.replace('`', "'"),
    }
}

/// Appends a column's value as the docs show it.
fn push_value(out: &mut String, value: &Value) {
    use std::fmt::Write as _;
    // Writing to a `String` cannot fail.
    let _ = match value {
        Value::Int(v) => write!(out, "{v}"),
        Value::Bool(v) => write!(out, "{v}"),
        Value::Str(v) => {
            push_markdown(out, v);
            Ok(())
        }
    };
}

/// A variant's generated docs, its lines in one string: the summary (code,
/// name, description), the class, the aliases, the deprecation and the
/// columns' values, each paragraph after a blank line. `code` is
/// [`code_text`] of the row's code. One `#[doc]` holding the lines renders as
/// one `#[doc]` a line did: rustdoc joins a variant's docs with newlines.
pub fn variant_doc(model: &Model, row: &RowModel, code: &str) -> String {
    let text_len = |text: &Option<String>| text.as_ref().map_or(0, String::len);
    let mut doc =
        String::with_capacity(48 + code.len() + text_len(&row.name) + text_len(&row.description));
    doc.push_str(" `");
    doc.push_str(code);
    doc.push('`');
    if let Some(name) = &row.name {
        doc.push_str(" `");
        doc.push_str(name);
        doc.push('`');
    }
    if let Some(description) = &row.description {
        doc.push_str(": ");
        push_markdown(&mut doc, description);
    }
    doc.push_str("\n\n Class: `");
    doc.push_str(Cx::row_class_value(row).as_str());
    doc.push_str("`.");
    if let Some((first, rest)) = row.aliases.split_first() {
        doc.push_str("\n\n Also named: `");
        doc.push_str(first);
        for alias in rest {
            doc.push_str("`, `");
            doc.push_str(alias);
        }
        doc.push_str("`.");
    }
    if let Some(note) = &row.deprecated {
        doc.push_str("\n\n **Deprecated by ");
        doc.push_str(&model.vendor);
        match note {
            Some(note) => {
                doc.push_str("**: ");
                push_markdown(&mut doc, note);
            }
            None => doc.push_str(".**"),
        }
    }
    let mut first_column = true;
    for (column, value) in model.columns.iter().zip(&row.values) {
        let Some(value) = value else { continue };
        doc.push_str(if first_column { "\n\n - `" } else { "\n - `" });
        first_column = false;
        // An identifier's text, without a copy of it.
        use std::fmt::Write as _;
        let _ = write!(doc, "{}", column.ident);
        doc.push_str("`: ");
        push_value(&mut doc, value);
    }
    doc
}

/// The `#[doc(alias)]`s of a variant: its code (as [`code_text`] shows it),
/// its name and its aliases.
pub fn aliases<'a>(row: &'a RowModel, code: &'a str) -> Vec<&'a str> {
    let mut all = Vec::new();
    let mut push = |alias: &'a str| {
        if valid_alias(alias, &row.variant) {
            all.push(alias);
        }
    };
    push(code);
    if let Some(name) = &row.name {
        push(name);
    }
    for alias in &row.aliases {
        push(alias);
    }
    all
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
        assert_eq!(
            markdown("a\r\nb_c~d&e|f#g\\"),
            "a  b\\_c\\~d\\&e\\|f\\#g\\\\"
        );
        assert_eq!(markdown("été <à>"), "été \\<à\\>");
    }

    #[test]
    fn a_variant_doc_holds_its_lines_and_paragraphs() {
        let table = crate::ast::parse(quote::quote! {
            #[codes(vendor = "Acme")]
            enum A: u16 => client_error {
                column http: u16,
                column note: Option<&'static str>,
                column label: &'static str = "a *b*",
                #[codes(deprecated = "use `X`")]
                7 SEVEN | "Sept" | SIEBEN: "Seven <7>" { http: 404 },
                8 as Eight => retry { http: 500, note: "n" },
            }
        })
        .unwrap();
        let (model, error) = crate::validate::validate(table);
        assert!(error.is_none());
        let model = model.unwrap();
        let doc = |index: usize| {
            let row = &model.rows[index];
            variant_doc(&model, row, &code_text(&row.code))
        };
        assert_eq!(
            doc(0),
            " `7` `SEVEN`: Seven \\<7\\>\n\n Class: `client_error`.\n\n \
             Also named: `Sept`, `SIEBEN`.\n\n **Deprecated by Acme**: use \\`X\\`\n\n \
             - `http`: 404\n - `label`: a \\*b\\*"
        );
        assert_eq!(
            doc(1),
            " `8`\n\n Class: `retry`.\n\n - `http`: 500\n - `note`: n\n - `label`: a \\*b\\*"
        );
        let aliases = aliases(&model.rows[0], "7");
        assert_eq!(aliases, ["7", "SEVEN", "Sept", "SIEBEN"]);
    }

    #[test]
    fn aliases_that_rustdoc_rejects_are_left_out() {
        let ident = |name| proc_macro2::Ident::new(name, proc_macro2::Span::call_site());
        assert!(valid_alias("21200", &ident("ModelDoesNotExist")));
        assert!(valid_alias("Not Found", &ident("NotFound")));
        assert!(!valid_alias("I'm a teapot", &ident("IMATeapot")));
        assert!(!valid_alias("Seven", &ident("Seven")));
        assert!(!valid_alias(" x", &ident("X")));
        assert!(!valid_alias("", &ident("X")));
        assert!(!valid_alias("a\tb", &ident("X")));
        assert!(!valid_alias("a\u{b}b", &ident("X")));
        assert!(!valid_alias("a\u{a0}b", &ident("X")));
        assert!(!valid_alias("\"q\"", &ident("X")));
        assert!(valid_alias("été", &ident("X")));
    }
}
