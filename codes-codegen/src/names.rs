//! The rules for names that the macro and the tools writing its tables
//! (`codes import`) share, so that a tool never writes a table the macro
//! refuses: which words are identifiers, how a vendor's name becomes a
//! variant (heck's `to_upper_camel_case`, held to heck by the tests, without
//! heck in a user's build), and the names the generated code reserves.

use proc_macro2::{TokenStream, TokenTree};

/// The words `syn::Ident`'s `Parse` refuses (`_` and Rust's keywords, as
/// syn lists them), so that names are read as syn would read them without
/// its copies of each identifier's text.
pub const KEYWORDS: &[&str] = &[
    "_", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "Self", "self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Whether syn takes the identifier `text` as an `Ident` (so the macro reads
/// it as a name, not a string): it is not one of the [`KEYWORDS`].
///
/// ```
/// use codes_codegen::names::accepted_as_ident;
///
/// assert!(accepted_as_ident("MODEL_DOES_NOT_EXIST"));
/// assert!(!accepted_as_ident("type"));
/// assert!(!accepted_as_ident("Self"));
/// ```
pub fn accepted_as_ident(text: &str) -> bool {
    // Every keyword but `Self` is in lower case: a name with a capital
    // letter is not one.
    let capital = text.bytes().any(|b| b.is_ascii_uppercase());
    (capital && text != "Self") || !KEYWORDS.contains(&text)
}

/// Whether `text` is written as an identifier the macro reads as a name:
/// ASCII letters, digits and `_`, not starting with a digit, and none of the
/// [`KEYWORDS`].
///
/// ```
/// use codes_codegen::names::is_ident;
///
/// assert!(is_ident("MODEL_DOES_NOT_EXIST"));
/// assert!(!is_ident("Not Found"));
/// assert!(!is_ident("404"));
/// assert!(!is_ident("type"));
/// ```
pub fn is_ident(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && accepted_as_ident(text)
}

/// Whether a vendor's name stands bare in a row (`MODEL_DOES_NOT_EXIST`):
/// an identifier ([`is_ident`]) not starting with `__`, which the generated
/// code keeps for itself. Any other name is written as a string
/// (`"Not Found"`, `"type"`).
///
/// ```
/// use codes_codegen::names::name_stands_bare;
///
/// assert!(name_stands_bare("OK"));
/// assert!(!name_stands_bare("__private"));
/// assert!(!name_stands_bare("Not Found"));
/// ```
pub fn name_stands_bare(name: &str) -> bool {
    is_ident(name) && !name.starts_with("__")
}

/// The associated items of every generated enum and group enum, which a
/// variant (or a group's) must not take.
pub use crate::reserved::{ENUM_ITEMS, GROUP_ITEMS};

/// `text` in UpperCamelCase, as heck writes it, when that is an identifier
/// (one that syn's `Ident` parses: `Ident::new` would panic on others): the
/// variant the macro gives a row named `text`.
///
/// ```
/// use codes_codegen::names::variant_name;
///
/// assert_eq!(variant_name("MODEL_DOES_NOT_EXIST").as_deref(), Some("ModelDoesNotExist"));
/// assert_eq!(variant_name("ModelArts.0101").as_deref(), Some("ModelArts0101"));
/// assert_eq!(variant_name("404"), None);
/// ```
pub fn variant_name(text: &str) -> Option<String> {
    let converted = upper_camel(text);
    if !converted.is_ascii() {
        return parses_as_ident(&converted).then_some(converted);
    }
    // Letters and digits alone: an identifier unless it is empty, starts
    // with a digit, or is `Self`, the only keyword with a capital.
    let valid = converted
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphabetic)
        && converted != "Self";
    valid.then_some(converted)
}

/// Whether `text` reads as one identifier that is none of the [`KEYWORDS`],
/// as syn's `Ident` parses it (the compiler's lexer saying which characters
/// an identifier takes).
fn parses_as_ident(text: &str) -> bool {
    let Ok(tokens) = text.parse::<TokenStream>() else {
        return false;
    };
    let mut trees = tokens.into_iter();
    match (trees.next(), trees.next()) {
        (Some(TokenTree::Ident(ident)), None) => accepted_as_ident(&ident.to_string()),
        _ => false,
    }
}

/// heck's `to_upper_camel_case` of `text` (heck's algorithm, without its
/// formatter and without heck in a user's build): words split at every
/// character other than letters and digits and where the case changes
/// (`fooBar`, `HTTPServer`), each capitalized.
///
/// ```
/// use codes_codegen::names::upper_camel;
///
/// assert_eq!(upper_camel("HTTPServer error"), "HttpServerError");
/// ```
pub fn upper_camel(text: &str) -> String {
    #[derive(Clone, Copy, PartialEq)]
    enum Mode {
        Boundary,
        Lower,
        Upper,
    }
    fn capitalize(out: &mut String, word: &str) {
        if word.is_ascii() {
            for (i, b) in word.bytes().enumerate() {
                let b = if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                };
                out.push(char::from(b));
            }
            return;
        }
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
        }
        let mut rest = chars.peekable();
        while let Some(c) = rest.next() {
            // A final capital sigma lowers to the final form, as heck has it.
            if c == 'Σ' && rest.peek().is_none() {
                out.push('ς');
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let mut chars = word.char_indices().peekable();
        let mut init = 0;
        let mut mode = Mode::Boundary;
        while let Some((i, c)) = chars.next() {
            let Some(&(next_i, next)) = chars.peek() else {
                capitalize(&mut out, &word[init..]);
                break;
            };
            let next_mode = if c.is_lowercase() {
                Mode::Lower
            } else if c.is_uppercase() {
                Mode::Upper
            } else {
                mode
            };
            if next_mode == Mode::Lower && next.is_uppercase() {
                capitalize(&mut out, &word[init..next_i]);
                init = next_i;
                mode = Mode::Boundary;
            } else if mode == Mode::Upper && c.is_uppercase() && next.is_lowercase() {
                capitalize(&mut out, &word[init..i]);
                init = i;
                mode = Mode::Boundary;
            } else {
                mode = next_mode;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use heck::ToUpperCamelCase;

    proptest::proptest! {
        /// Beyond ASCII too: letters of every case, digits, marks and
        /// separators, the final sigma.
        #[test]
        fn unicode_variant_names_are_hecks(text in "[a-zA-Zà-öÀ-ÖσςΣß0-9_ \\-\\p{Mn}\\p{Lo}\\p{Lt}]{0,16}") {
            proptest::prop_assert_eq!(upper_camel(&text), text.to_upper_camel_case());
        }

        /// The conversion is heck's, and the identifiers it accepts are
        /// those syn parses: ASCII letters and digits, a letter first, not
        /// `Self`.
        #[test]
        fn variant_names_are_hecks_and_syns(text in "[A-Za-z0-9_ .:/-]{0,24}") {
            proptest::prop_assert_eq!(upper_camel(&text), text.to_upper_camel_case());
            let converted = text.to_upper_camel_case();
            let ident = converted.starts_with(|c: char| c.is_ascii_alphabetic()) && converted != "Self";
            let expected = ident.then_some(converted);
            proptest::prop_assert_eq!(variant_name(&text), expected);
        }
    }

    /// Every shape of name, with whether syn parses its conversion as an
    /// identifier.
    #[test]
    fn variant_names_of_every_shape() {
        for (text, ident) in [
            ("", false),
            ("_", false),
            ("__", false),
            ("HTTPServer", true),
            ("fooBar", true),
            ("foo_bar", true),
            ("FOO_BAR_2", true),
            ("a1B2", true),
            ("ABc", true),
            ("self", false),
            ("SELF", false),
            ("Self", false),
            ("7up", false),
            ("Not Found", true),
            ("I'm a teapot", true),
            ("x-y.z", true),
            ("été", true),
            ("Straße_ß", true),
            ("ΣΑΣ", true),
            ("日本", true),
            ("½", false),
            ("٣x", false),
        ] {
            let converted = text.to_upper_camel_case();
            if text.is_ascii() {
                assert_eq!(upper_camel(text), converted, "{text:?}");
            }
            let expected = ident.then_some(converted);
            assert_eq!(variant_name(text), expected, "{text:?}");
        }
    }

    #[test]
    fn names_stand_bare_when_identifiers_but_not_keywords() {
        for name in [
            "MODEL_DOES_NOT_EXIST",
            "Ok",
            "_private",
            "union",
            "raw",
            "x1",
            // Reserved in the 2024 edition, but an identifier token the
            // macro reads as a name (it never writes a name as an ident).
            "gen",
        ] {
            assert!(name_stands_bare(name), "{name}");
        }
        for name in [
            "",
            "_",
            "Not Found",
            "404",
            "1x",
            "type",
            "as",
            "Self",
            "a-b",
            "é",
            "a\n",
            // The generated code's own names.
            "__private",
            "__",
        ] {
            assert!(!name_stands_bare(name), "{name:?}");
        }
    }
}
