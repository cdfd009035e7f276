//! Generates the enum, its group enum and their impls from a validated
//! [`Model`].
//!
//! The enum's per-variant data lives in arrays indexed by the variant's
//! position, so that every accessor is one `match` to an index (which compiles
//! to arithmetic on the discriminant) and one array load. Lookups by code and
//! by name are chosen by the table's shape (a dense array, a perfect hash built
//! here by `lookup::phf`, or a search of a few sorted rows) and run by
//! `codes_core`'s functions.
//!
//! Rows, groups and the table itself may stand under `#[cfg(...)]`: every
//! generated item that names a variant follows its cfg, and the lookups hold
//! a cfg'd row through a constant that is `None` when the row is off.

mod data;
mod docs;
mod enum_def;
mod groups;
mod inherent;
mod lookup;
pub(crate) mod template;
mod traits;

use crate::syntax::Attribute;
use codes_core::Class;
use proc_macro2::{Literal, TokenStream, TokenTree};
use template::{Hole, fill, ident, punct};

use crate::model::{Code, KeyType, Model, RowClass, RowModel};

pub fn generate(model: &Model) -> TokenStream {
    let cx = Cx::new(model);
    let cfgs = &model.cfgs;
    let enum_def = enum_def::enum_def(&cx);
    let (group_def, group_impls) = if model.groups.is_empty() {
        (None, Vec::new())
    } else {
        let (def, impls) = groups::group_enum(&cx);
        (Some(def), impls)
    };
    let inherent = inherent::inherent_impl(&cx);
    let traits = traits::trait_impls(&cx);
    // Every impl and every static of the table's data in one block: no
    // name leaks into the user's module, and the impls name the statics
    // by themselves.
    let mut items = cx.statics.take();
    for item in inherent {
        items.extend([item]);
    }
    for item in group_impls {
        items.extend([item]);
    }
    items.extend([traits]);
    // The block names what it uses by short names of its own, whatever
    // the user's module holds: `Option`, `Some`, `u16`, `__c` (codes_core)
    // and `__p` (its private module).
    let block = fill(
        "block",
        r"
        const _: () = {
            use ::core::primitive::*;
            use ::core::option::Option::{self, None, Some};
            use ::core::result::Result::{self, Err, Ok};
            use ::core::{cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd}, convert::From};
            use ::core::{fmt, hash::{self, Hash}, str::FromStr};
            use $krate::{self as __c, __private as __p};
            $items
        };
        ",
        &[("krate", (&model.krate).into()), ("items", items.into())],
    );
    // Each item follows the table's own cfgs.
    let mut out = TokenStream::new();
    push_under(&mut out, cfgs, enum_def);
    if let Some(group_def) = group_def {
        push_under(&mut out, cfgs, group_def);
    }
    push_under(&mut out, cfgs, block);
    out
}

/// Appends `item` to `out` under the table's `cfgs`.
fn push_under(out: &mut TokenStream, cfgs: &[Attribute], item: TokenStream) {
    for cfg in cfgs {
        out.extend([cfg.tokens().clone()]);
    }
    out.extend([item]);
}

/// The model, with the paths every part of the generated code uses.
pub(crate) struct Cx<'a> {
    pub model: &'a Model,
    /// `codes_core`, as the block names it (`__c`, a `use` of the table's
    /// path to it).
    pub krate: TokenStream,
    /// The codes' type: an integer type, or `&'a str` (the enum's
    /// lifetime), by its name in the block (which `use`s the primitive
    /// types).
    pub int: TokenStream,
    /// The enum's generics: `<'a>` for a string-keyed table, else none.
    pub generics: TokenStream,
    /// The enum's type with its `'static` lifetime, where it has one.
    pub static_ty: TokenStream,
    /// The rows' strings.
    pub text: data::Text,
    /// The statics of the table's data, which the parts add as they write
    /// the code that reads them.
    statics: std::cell::RefCell<TokenStream>,
}

impl<'a> Cx<'a> {
    fn new(model: &'a Model) -> Self {
        let name = &model.name;
        let (int, generics, static_ty) = match model.key {
            KeyType::Int(int) => (
                TokenTree::Ident(ident(int.name)).into(),
                TokenStream::new(),
                TokenTree::Ident(name.clone()).into(),
            ),
            KeyType::Str => (
                fill("str", "&'a str", &[]),
                fill("generics", "<'a>", &[]),
                fill("static_ty", "$name<'static>", &[("name", name.into())]),
            ),
        };
        Cx {
            model,
            krate: TokenTree::Ident(ident("__c")).into(),
            int,
            generics,
            static_ty,
            text: data::Text::new(model),
            statics: std::cell::RefCell::default(),
        }
    }

    /// Adds `statics` to the block's.
    pub fn add_static(&self, statics: TokenStream) {
        self.statics.borrow_mut().extend(statics);
    }

    /// The codes' type by its full path, for the enum's definition (which
    /// stands outside the block).
    pub fn outer_int(&self) -> TokenStream {
        match self.model.key {
            KeyType::Int(int) => fill(
                "outer_int",
                "::core::primitive::$int",
                &[("int", ident(int.name).into())],
            ),
            KeyType::Str => fill("outer_str", "&'a ::core::primitive::str", &[]),
        }
    }

    /// `true` for a string-keyed table.
    pub fn strings(&self) -> bool {
        self.model.key == KeyType::Str
    }

    /// The type of a code sought by the lookups: the codes' type, or any
    /// `&str` for a string-keyed table (only a listed code is returned,
    /// which borrows nothing).
    pub fn sought(&self) -> TokenStream {
        if self.strings() {
            fill("sought", "&str", &[])
        } else {
            self.int.clone()
        }
    }

    /// `Some(value)` or `None`.
    pub fn option(&self, value: Option<TokenStream>) -> TokenStream {
        // Made directly: a column's values take one a row.
        match value {
            Some(value) => {
                let value = proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, value);
                [TokenTree::Ident(ident("Some")), value.into()]
                    .into_iter()
                    .collect()
            }
            None => TokenTree::Ident(ident("None")).into(),
        }
    }

    /// The class constant, `krate::Class::Success`.
    pub fn class(&self, class: Class) -> TokenStream {
        // Made directly: a group's classes take one each.
        let mut out: Vec<TokenTree> = self.krate.clone().into_iter().collect();
        template::push_op(&mut out, "::");
        template::push_path(&mut out, ident("Class"), &self.class_ident(class));
        template::stream(out)
    }

    /// The class's variant name (`Success`), for a list under a `use` of
    /// the variants.
    pub fn class_ident(&self, class: Class) -> proc_macro2::Ident {
        ident(match class {
            Class::Success => "Success",
            Class::Pending => "Pending",
            Class::Retry => "Retry",
            Class::Informational => "Informational",
            Class::Redirect => "Redirect",
            Class::ClientError => "ClientError",
            Class::VendorError => "VendorError",
            Class::Unknown => "Unknown",
        })
    }

    /// The class of a row, as a value: RFC 9110's, decided here, for the rows
    /// of an HTTP table that give none.
    pub fn row_class_value(row: &RowModel) -> Class {
        match row.class {
            RowClass::Given(class) => class,
            RowClass::Http => match row.code {
                Code::Int(code) => Class::for_http_status(u16::try_from(code).unwrap_or_default()),
                Code::Str(_) => Class::Unknown,
            },
        }
    }

    /// `true` when some row has aliases.
    pub fn has_aliases(&self) -> bool {
        self.model.rows.iter().any(|row| !row.aliases.is_empty())
    }

    /// `true` when the rows need flags: some row is deprecated or generic.
    pub fn has_flags(&self) -> bool {
        self.model.rows.iter().any(|row| data::flags(row) != 0)
    }
}

/// `#[cfg(all(preds))]` and `#[cfg(not(all(preds)))]` for the predicates of
/// `cfgs`.
pub(crate) fn cfg_pair(cfgs: &[Attribute]) -> (TokenStream, TokenStream) {
    let mut preds = TokenStream::new();
    for (at, pred) in cfgs.iter().filter_map(Attribute::list).enumerate() {
        if at > 0 {
            preds.extend([punct(',')]);
        }
        preds.extend(pred);
    }
    let preds = [("preds", Hole::from(&preds))];
    (
        fill("cfg", "#[cfg(all($preds))]", &preds),
        fill("not_cfg", "#[cfg(not(all($preds)))]", &preds),
    )
}

/// A string literal of `text`. Printable ASCII and line feeds throughout
/// (most docs and names) are written raw, `r"…"` (or `r#"…"#` around a `"`): nothing to
/// escape, and the lexer reads it a byte at a time. Otherwise it is escaped
/// here in one pass: printable ASCII and alphanumeric characters as they
/// are, `\n`, `\r`, `\t`, `\"` and `\\` as those escapes, every other
/// character (controls, bidi overrides) as `\u{..}`. Either way the text is
/// then read as a literal: `Literal::string` escapes a character at a time
/// through `char::escape_debug`, about a quarter of a large table's
/// expansion.
pub(crate) fn str_lit(text: &str) -> Literal {
    if printable_ascii(text.as_bytes()) {
        let hashes = if !text.contains('"') {
            ""
        } else if !text.contains("\"#") {
            "#"
        } else {
            return escaped_lit(text);
        };
        let mut repr = String::with_capacity(text.len() + 3 + 2 * hashes.len());
        repr.push('r');
        repr.push_str(hashes);
        repr.push('"');
        repr.push_str(text);
        repr.push('"');
        repr.push_str(hashes);
        return repr.parse().unwrap_or_else(|_| Literal::string(text));
    }
    escaped_lit(text)
}

/// `true` when every byte is printable ASCII (`' '..='~'`) or a line
/// feed: eight bytes at a time, each word testing all its bytes at once
/// (every test exact a byte: no carry crosses a byte).
fn printable_ascii(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let mut eight = [0; 8];
        eight.copy_from_slice(word);
        let w = u64::from_le_bytes(eight);
        let low = w & LOW7;
        // High bit of each byte: below ' ', a line feed, above '~'.
        let below = !((low + 0x60 * ONES) | w) & HIGH;
        let feed = w ^ (u64::from(b'\n') * ONES);
        let feed = !(((feed & LOW7) + LOW7) | feed) & HIGH;
        let above = ((low + ONES) | w) & HIGH;
        if (below & !feed) | above != 0 {
            return false;
        }
    }
    words
        .remainder()
        .iter()
        .all(|b| matches!(b, b' '..=b'~' | b'\n'))
}

/// [`str_lit`]'s escaped form.
fn escaped_lit(text: &str) -> Literal {
    use std::fmt::Write;
    let mut repr = String::with_capacity(text.len() + 2);
    repr.push('"');
    let plain = |b: u8| matches!(b, b' '..=b'~') && b != b'"' && b != b'\\';
    let mut rest = text;
    while let Some(at) = rest.bytes().position(|b| !plain(b)) {
        // A byte outside printable ASCII begins a character.
        let Some(c) = rest[at..].chars().next() else {
            break;
        };
        repr.push_str(&rest[..at]);
        match c {
            '"' => repr.push_str("\\\""),
            '\\' => repr.push_str("\\\\"),
            '\n' => repr.push_str("\\n"),
            '\r' => repr.push_str("\\r"),
            '\t' => repr.push_str("\\t"),
            c if c.is_alphanumeric() => repr.push(c),
            c => {
                let _ = write!(repr, "\\u{{{:x}}}", u32::from(c));
            }
        }
        rest = &rest[at + c.len_utf8()..];
    }
    repr.push_str(rest);
    repr.push('"');
    repr.parse().unwrap_or_else(|_| Literal::string(text))
}

/// A literal of the table's integer type, without suffix.
pub(crate) fn int_lit(value: i128) -> IntLit {
    IntLit {
        negative: value < 0,
        literal: Literal::u128_unsuffixed(value.unsigned_abs()),
    }
}

/// An integer literal, `-` before a negative one: [`int_lit`].
pub(crate) struct IntLit {
    negative: bool,
    literal: Literal,
}

impl IntLit {
    fn minus() -> proc_macro2::TokenTree {
        proc_macro2::Punct::new('-', proc_macro2::Spacing::Alone).into()
    }
}

impl From<IntLit> for Hole<'_> {
    fn from(lit: IntLit) -> Self {
        let mut tokens = TokenStream::new();
        data::Append::append(lit, &mut tokens);
        tokens.into()
    }
}

impl data::Append for IntLit {
    fn append(self, out: &mut TokenStream) {
        if self.negative {
            out.extend([Self::minus()]);
        }
        out.extend([proc_macro2::TokenTree::from(self.literal)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literals_hold_the_text() {
        for text in [
            "",
            "Model does not exist",
            "a \"quoted\" back\\slash",
            "lines\n\nand\ttabs\r",
            "é, 中文, ß",
            "bidi \u{202e} zero width \u{200b} nul \0 bell \u{7}",
            "a raw \"# would end a raw string early",
            "del \u{7f} and tilde ~ at the edges of printable ASCII",
            "sixteen bytes..\u{1}",
        ] {
            let lit = str_lit(text);
            let parsed = crate::parse::str_value(&lit);
            assert_eq!(parsed.as_deref(), Some(text), "{lit}");
            assert!(!lit.to_string().contains('\u{202e}'), "{lit}");
        }
        assert_eq!(str_lit("a\"b").to_string(), "r#\"a\"b\"#");
        assert_eq!(str_lit("a\\b").to_string(), "r\"a\\b\"");
        assert_eq!(str_lit("a\"#b").to_string(), "\"a\\\"#b\"");
        assert_eq!(str_lit("a\nb").to_string(), "r\"a\nb\"");
        assert_eq!(str_lit("a\rb").to_string(), "\"a\\rb\"");
    }

    #[test]
    fn printable_ascii_is_told_apart_in_every_position() {
        for len in 0..20 {
            for at in 0..len {
                for byte in 0..=255u8 {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = byte;
                    assert_eq!(
                        printable_ascii(&bytes),
                        (b' '..=b'~').contains(&byte) || byte == b'\n',
                        "{byte:#x} at {at} of {len}"
                    );
                }
            }
        }
    }

    #[test]
    fn literals_carry_no_suffix() {
        let text = |value: i128| {
            let mut tokens = TokenStream::new();
            data::Append::append(int_lit(value), &mut tokens);
            tokens.to_string()
        };
        assert_eq!(text(21200), "21200");
        assert_eq!(text(-40021), "- 40021");
        assert_eq!(text(i128::from(u64::MAX)), "18446744073709551615");
        assert_eq!(text(i128::from(i64::MIN)), "- 9223372036854775808");
    }
}
