//! Literals read as syn reads them (`syn::Lit::new`): strings with their
//! escapes resolved, integers in any radix with `_` and a suffix, `true`
//! and `false`.
//!
//! The compiler's lexer (and proc_macro2's) only makes well-formed literal
//! tokens; a text these functions cannot read is no literal of that kind,
//! never a panic.

use proc_macro2::{Literal, Span, TokenTree};

/// A literal token as written, and what it holds.
pub struct Lit {
    /// The literal, or the `true` or `false` identifier.
    pub token: TokenTree,
    /// What it holds.
    pub value: LitValue,
}

impl Lit {
    /// An integer's suffix (`u32` in `7u32`); empty without one, and for
    /// other literals.
    pub fn suffix(&self) -> &str {
        match &self.value {
            LitValue::Int { suffix, .. } => suffix,
            _ => "",
        }
    }
}

/// What a literal holds.
pub enum LitValue {
    /// A string (`"..."`, `r#"..."#`), escapes resolved, suffix ignored.
    Str(String),
    /// An integer: its value when it is not negative and fits an `i128`,
    /// and its suffix (`u32` in `7u32`, empty without one).
    Int { value: Option<i128>, suffix: String },
    /// `true` or `false`.
    Bool(bool),
    /// A float, a character, a byte or byte string, a C string.
    Other,
}

/// A string literal as written, with its value (read once).
pub struct Str {
    /// The literal as written.
    pub token: Literal,
    pub(crate) value: String,
}

impl Str {
    /// The string the literal holds, its escapes resolved.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The value, taken.
    pub fn into_value(self) -> String {
        self.value
    }
}

/// What the literal `token` holds.
pub fn read(token: &Literal) -> LitValue {
    read_text(&token.to_string())
}

/// What the literal written `text` holds.
fn read_text(text: &str) -> LitValue {
    match text.as_bytes().first() {
        Some(b'"' | b'r') => match string(text) {
            Some(value) => LitValue::Str(value),
            None => LitValue::Other,
        },
        Some(b'0'..=b'9' | b'-') => match int(text) {
            Some((value, suffix)) => LitValue::Int {
                value,
                suffix: suffix.to_owned(),
            },
            None => LitValue::Other,
        },
        _ => LitValue::Other,
    }
}

/// The value of the string literal `token`, if it is one (the tests read
/// the generated literals with it).
#[cfg(test)]
pub fn str_value(token: &Literal) -> Option<String> {
    match read(token) {
        LitValue::Str(value) => Some(value),
        _ => None,
    }
}

/// `-` (at `minus`) and the number `token` read as one negative literal, as
/// syn reads them: `None` unless `token` is a number.
pub fn negative(minus: Span, token: &Literal) -> Option<Lit> {
    let text = token.to_string();
    // A well-formed literal that starts with a digit is an integer or a
    // float.
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let text = format!("-{text}");
    let value = match int(&text) {
        Some((value, suffix)) => LitValue::Int {
            value,
            suffix: suffix.to_owned(),
        },
        None => LitValue::Other,
    };
    let mut literal: Literal = text.parse().ok()?;
    literal.set_span(minus.join(token.span()).unwrap_or(minus));
    Some(Lit {
        token: TokenTree::Literal(literal),
        value,
    })
}

/// The value of a string literal's text (`"..."` or `r#"..."#`), its
/// suffix ignored.
fn string(text: &str) -> Option<String> {
    match text.strip_prefix('r') {
        Some(raw) => {
            let hashes = raw.len() - raw.trim_start_matches('#').len();
            let body = raw.get(hashes..)?.strip_prefix('"')?;
            let close = body.rfind('"')?;
            let closing = body.get(close + 1..close + 1 + hashes)?;
            closing
                .bytes()
                .all(|b| b == b'#')
                .then(|| body.get(..close).map(str::to_owned))?
        }
        None => cooked(text.strip_prefix('"')?),
    }
}

/// The value of a string literal's text after its opening `"`, its escapes
/// resolved.
fn cooked(text: &str) -> Option<String> {
    let mut value = String::with_capacity(text.len());
    let mut chars = text.chars();
    loop {
        let c = match chars.next()? {
            '"' => return Some(value),
            '\\' => match chars.next()? {
                'x' => {
                    let byte = hex(chars.next()?)? * 16 + hex(chars.next()?)?;
                    // Only ASCII: `\x80` and above are bytes, not chars.
                    char::from_u32(byte).filter(char::is_ascii)?
                }
                'u' => unicode(&mut chars)?,
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                '\\' => '\\',
                '0' => '\0',
                '\'' => '\'',
                '"' => '"',
                '\n' | '\r' => {
                    // A line continuation: the whitespace that starts the
                    // next line is skipped.
                    let rest = chars.as_str().trim_start_matches([' ', '\t', '\n', '\r']);
                    chars = rest.chars();
                    continue;
                }
                _ => return None,
            },
            '\r' => {
                // `\r\n` reads as `\n`; a bare `\r` is no string.
                if chars.next()? != '\n' {
                    return None;
                }
                '\n'
            }
            c => c,
        };
        value.push(c);
    }
}

/// The digit `c` in base 16.
fn hex(c: char) -> Option<u32> {
    c.to_digit(16)
}

/// The char of `\u{...}`, after the `u`: one to six hex digits, `_` after
/// the first.
fn unicode(chars: &mut std::str::Chars<'_>) -> Option<char> {
    if chars.next()? != '{' {
        return None;
    }
    let (mut code, mut digits) = (0_u32, 0);
    loop {
        match chars.next()? {
            '}' if digits > 0 => return char::from_u32(code),
            '_' if digits > 0 => {}
            c => {
                if digits == 6 {
                    return None;
                }
                code = code * 16 + hex(c)?;
                digits += 1;
            }
        }
    }
}

/// An integer literal's text read as syn reads it: its value (when not
/// negative and fitting an `i128`) and suffix; `None` when it is no
/// integer (a float, say).
fn int(text: &str) -> Option<(Option<i128>, &str)> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (base, digits) = match unsigned.as_bytes() {
        [b'0', b'x', ..] => (16, &unsigned[2..]),
        [b'0', b'o', ..] => (8, &unsigned[2..]),
        [b'0', b'b', ..] => (2, &unsigned[2..]),
        [b'0'..=b'9', ..] => (10, unsigned),
        _ => return None,
    };
    let mut value = Some(0_u128);
    let mut any_digit = false;
    let mut end = digits.len();
    for (i, c) in digits.char_indices() {
        let digit = match c {
            '_' => continue,
            '.' if base == 10 => return None,
            'e' | 'E' if base == 10 => {
                if exponent(&digits[i + 1..]) {
                    return None;
                }
                end = i;
                break;
            }
            c => match c.to_digit(16) {
                Some(digit) if base == 16 || c.is_ascii_digit() => digit,
                _ => {
                    end = i;
                    break;
                }
            },
        };
        if digit >= base {
            return None;
        }
        any_digit = true;
        value = value
            .and_then(|v| v.checked_mul(u128::from(base)))
            .and_then(|v| v.checked_add(u128::from(digit)));
    }
    let suffix = &digits[end..];
    if !any_digit || !(suffix.is_empty() || is_suffix(suffix)) {
        return None;
    }
    // syn's value (`base10_parse::<u128>`) of a negative literal is none.
    let value = value
        .filter(|_| !negative)
        .and_then(|v| i128::try_from(v).ok());
    Some((value, suffix))
}

/// Whether `rest`, after a decimal number's `e`, makes it a float: an
/// exponent (digits, `_` between), with a sign or followed by a suffix.
fn exponent(rest: &str) -> bool {
    let mut digits = false;
    for (i, b) in rest.bytes().enumerate() {
        match b {
            b'_' => {}
            b'-' | b'+' => return true,
            b'0'..=b'9' => digits = true,
            _ => return digits && is_suffix(&rest[i..]),
        }
    }
    digits
}

/// Whether `text` is a literal's suffix: an identifier.
fn is_suffix(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the literal written `text` (one token) holds.
    fn read_one(text: &str) -> LitValue {
        let tokens: proc_macro2::TokenStream = text.parse().expect("a token");
        let mut trees = tokens.into_iter();
        match (trees.next(), trees.next()) {
            (Some(TokenTree::Literal(token)), None) => read(&token),
            _ => panic!("{text} is one literal"),
        }
    }

    fn string_of(text: &str) -> Option<String> {
        match read_one(text) {
            LitValue::Str(value) => Some(value),
            _ => None,
        }
    }

    fn int_of(text: &str) -> Option<(Option<i128>, String)> {
        match read_one(text) {
            LitValue::Int { value, suffix } => Some((value, suffix)),
            _ => None,
        }
    }

    #[test]
    fn strings_resolve_every_escape() {
        let cases = [
            (r#""plain""#, "plain"),
            (r#""""#, ""),
            (r#""a\nb\rc\td""#, "a\nb\rc\td"),
            (r#""back\\slash \0 nul""#, "back\\slash \0 nul"),
            (r#""quotes \' and \"""#, "quotes ' and \""),
            (r#""\x41\x7F""#, "A\u{7f}"),
            (r#""\u{e9}t\u{E9} \u{1F600} \u{1_F600}""#, "été 😀 😀"),
            ("\"line\\\n    continued\"", "linecontinued"),
            ("\"crlf\r\nline\"", "crlf\nline"),
            (r#""été 日本""#, "été 日本"),
            (r#""suffixed"x"#, "suffixed"),
        ];
        for (text, value) in cases {
            assert_eq!(string_of(text).as_deref(), Some(value), "{text}");
        }
    }

    #[test]
    fn raw_strings_keep_their_text() {
        let cases = [
            (r#"r"raw \n""#, r"raw \n"),
            (r##"r#"raw "hash""#"##, r#"raw "hash""#),
            (r###"r##"two "# hashes"##"###, r##"two "# hashes"##),
            (r#"r"""#, ""),
        ];
        for (text, value) in cases {
            assert_eq!(string_of(text).as_deref(), Some(value), "{text}");
        }
    }

    /// Texts no lexer makes into a string are no string, and no panic.
    #[test]
    fn malformed_strings_are_no_strings() {
        for text in [
            r#""\x80""#,
            r#""\xZZ""#,
            r#""\q""#,
            r#""\u{}""#,
            r#""\u{_1}""#,
            r#""\u{1234567}""#,
            r#""\u{110000}""#,
            r#""\u{D800}""#,
            r#""\u1234""#,
            "\"bare\rreturn\"",
            "\"unterminated",
            "\"ends in a backslash\\",
            "r#\"unclosed\"",
            "r#\"unclosed",
            "r\"",
            "rx",
        ] {
            assert!(
                matches!(read_text(text), LitValue::Other),
                "{text:?} is no string"
            );
        }
    }

    #[test]
    fn integers_read_in_every_radix_with_separators_and_suffixes() {
        let cases = [
            ("0", Some(0), ""),
            ("21200", Some(21200), ""),
            ("0123", Some(123), ""),
            ("1_000", Some(1000), ""),
            ("0x1F", Some(31), ""),
            ("0xffu8", Some(255), "u8"),
            ("0o17", Some(15), ""),
            ("0b1010_1010", Some(170), ""),
            ("7u32", Some(7), "u32"),
            ("7_i64", Some(7), "i64"),
            // syn reads a decimal with a float's suffix as an integer.
            ("1f32", Some(1), "f32"),
            (
                "170141183460469231731687303715884105727",
                Some(i128::MAX),
                "",
            ),
            // Too large for an i128, or a u128: an integer without a value.
            ("170141183460469231731687303715884105728", None, ""),
            ("340282366920938463463374607431768211456", None, ""),
        ];
        for (text, value, suffix) in cases {
            assert_eq!(int_of(text), Some((value, suffix.to_owned())), "{text}");
        }
    }

    #[test]
    fn floats_and_other_literals_are_no_integers() {
        for text in [
            "1.5", "1e3", "1E-3", "2.0f64", "1e3f32", "'c'", "b'c'", "b\"x\"", "c\"x\"",
        ] {
            assert!(matches!(read_one(text), LitValue::Other), "{text}");
        }
        // Texts no lexer makes: no integer, and no panic.
        for text in ["0x", "0b2", "0o8", "-", "-x", "1e+", "0x_"] {
            assert!(int(text).is_none(), "{text}");
        }
    }

    /// A negative literal token (a macro can make one) is an integer whose
    /// value syn does not read.
    #[test]
    fn negative_integers_have_no_value() {
        let token = Literal::i32_unsuffixed(-5);
        assert!(matches!(read(&token), LitValue::Int { value: None, .. }));
        assert_eq!(int("-5"), Some((None, "")));
    }

    #[test]
    fn a_minus_and_a_number_read_as_one_negative_literal() {
        let minus = Span::call_site();
        let int = negative(minus, &Literal::u8_unsuffixed(5)).expect("a number");
        assert_eq!(int.token.to_string(), "-5");
        assert!(matches!(int.value, LitValue::Int { value: None, .. }));
        let float = negative(minus, &Literal::f64_unsuffixed(1.5)).expect("a number");
        assert!(matches!(float.value, LitValue::Other));
        assert!(negative(minus, &Literal::string("5")).is_none());
        assert!(negative(minus, &Literal::character('5')).is_none());
    }

    #[test]
    fn str_value_reads_string_literals_only() {
        assert_eq!(
            str_value(&Literal::string("a\"b\\c\n")).as_deref(),
            Some("a\"b\\c\n")
        );
        assert_eq!(str_value(&Literal::u8_unsuffixed(1)), None);
        let lit = Lit {
            token: TokenTree::Literal(Literal::string("x")),
            value: LitValue::Str("x".to_owned()),
        };
        assert_eq!(lit.suffix(), "");
    }
}
