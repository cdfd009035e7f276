//! The attributes of a table, a group, a row and a column: doc comments,
//! `#[cfg(...)]`s, the macro's own `#[codes(...)]` options, and those that
//! pass through to the generated items.

use proc_macro2::{Ident, Span, TokenStream};

use crate::errors::{Error, Errors, Result};
use crate::parse::Str;
use crate::syntax::{Attribute, Meta, Path};

/// The traits the generated code implements itself, which a pass-through
/// `#[derive]` must not repeat.
const IMPLEMENTED: [&str; 8] = [
    "Clone",
    "Copy",
    "Debug",
    "PartialEq",
    "Eq",
    "Hash",
    "PartialOrd",
    "Ord",
];

/// Where an attribute stands, which decides the options it may give.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Table,
    Group,
    Row,
    Column,
}

impl Place {
    /// The options `#[codes(...)]` takes here, for messages.
    fn expected(self) -> &'static str {
        match self {
            Place::Table => {
                "vendor = \"Name\", unknown = Variant, crate = path, http, group_enum = Name, exhaustive"
            }
            Place::Group => "unlisted = class",
            Place::Row => "deprecated, deprecated = \"note\", generic",
            Place::Column => "none",
        }
    }
}

/// Every option `#[codes(...)]` takes, wherever it stands.
#[derive(Default)]
pub struct Options {
    pub vendor: Option<Str>,
    pub unknown: Option<Ident>,
    pub krate: Option<TokenStream>,
    pub http: Option<Span>,
    pub group_enum: Option<Ident>,
    pub exhaustive: Option<Span>,
    pub unlisted: Option<Ident>,
    /// `deprecated`, with its note when it gives one.
    pub deprecated: Option<Option<Str>>,
    /// `generic`: the row is a vendor's catch-all code, which yields to a
    /// more specific signal that says retry.
    pub generic: Option<Span>,
}

impl Options {
    /// These options, each one not given taken from `ambient`.
    pub fn or(self, ambient: Options) -> Options {
        Options {
            vendor: self.vendor.or(ambient.vendor),
            unknown: self.unknown.or(ambient.unknown),
            krate: self.krate.or(ambient.krate),
            http: self.http.or(ambient.http),
            group_enum: self.group_enum.or(ambient.group_enum),
            exhaustive: self.exhaustive.or(ambient.exhaustive),
            unlisted: self.unlisted.or(ambient.unlisted),
            deprecated: self.deprecated.or(ambient.deprecated),
            generic: self.generic.or(ambient.generic),
        }
    }
}

/// An item's attributes, sorted.
#[derive(Default)]
pub struct Attrs {
    pub docs: Vec<Attribute>,
    pub cfgs: Vec<Attribute>,
    /// Attributes passed through to the generated item.
    pub pass: Vec<Attribute>,
    pub options: Options,
    /// Some attribute was refused (and reported).
    pub refused: bool,
}

/// Sorts the attributes of an item at `place`, reporting those it may not
/// have and parsing its options.
pub fn sort(attrs: Vec<Attribute>, place: Place, errors: &mut Errors) -> Attrs {
    let mut sorted = Attrs::default();
    for attr in attrs {
        if attr.is("doc") {
            sorted.docs.push(attr);
        } else if attr.is("codes") {
            parse(&attr, place, &mut sorted.options, errors);
        } else if place == Place::Column {
            errors.at(
                &attr,
                "a column takes doc comments only: its accessor is generated for every build",
            );
            sorted.refused = true;
        } else if attr.is("cfg") {
            sorted.cfgs.push(attr);
        } else if place == Place::Table && !passes(&attr, errors) {
            // Reported; left out so that the fallback enum compiles.
            sorted.refused = true;
        } else {
            sorted.pass.push(attr);
        }
    }
    sorted
}

/// Parses `#[codes(...)]` at `place` into `options`.
pub fn parse(attr: &Attribute, place: Place, options: &mut Options, errors: &mut Errors) {
    if let Err(error) = attr.parse_args(&mut |meta| option(meta, place, options)) {
        errors.push(error);
    }
}

fn option(meta: &mut Meta, place: Place, options: &mut Options) -> Result<()> {
    let name = meta.path.text();
    let path = meta.path.tokens().clone();
    let once = |set: bool| {
        if set {
            let message = format!("option `{name}` is given twice");
            Err(Error::new_spanned(path.clone(), message))
        } else {
            Ok(())
        }
    };
    match (place, name.as_str()) {
        (Place::Table, "vendor") => {
            once(options.vendor.is_some())?;
            let lit = meta.value()?.expect_str()?;
            if lit.value().trim().is_empty() {
                return Err(Error::new(lit.token.span(), "the vendor's name is empty"));
            }
            options.vendor = Some(lit);
        }
        (Place::Table, "unknown") => {
            once(options.unknown.is_some())?;
            options.unknown = Some(meta.value()?.ident()?);
        }
        (Place::Table, "crate") => {
            once(options.krate.is_some())?;
            let path = Path::parse(meta.value()?).map_err(|e| {
                Error::new(
                    e.span(),
                    "expected the path of `codes_core`, such as `::codes_core`",
                )
            })?;
            options.krate = Some(path.tokens().clone());
        }
        (Place::Table, "http") => {
            once(options.http.is_some())?;
            options.http = Some(meta.path.last().span());
        }
        (Place::Table, "exhaustive") => {
            once(options.exhaustive.is_some())?;
            options.exhaustive = Some(meta.path.last().span());
        }
        (Place::Table, "group_enum") => {
            once(options.group_enum.is_some())?;
            options.group_enum = Some(meta.value()?.ident()?);
        }
        (Place::Group, "unlisted") => {
            once(options.unlisted.is_some())?;
            options.unlisted = Some(meta.value()?.ident()?);
        }
        (Place::Row, "deprecated") => {
            once(options.deprecated.is_some())?;
            let note = if meta.input.peek_punct("=") {
                let lit = meta.value()?.expect_str()?;
                if lit.value().trim().is_empty() {
                    return Err(Error::new(
                        lit.token.span(),
                        "an empty deprecation note: write `deprecated` alone",
                    ));
                }
                Some(lit)
            } else {
                None
            };
            options.deprecated = Some(note);
        }
        (Place::Row, "generic") => {
            once(options.generic.is_some())?;
            options.generic = Some(meta.path.last().span());
        }
        _ => {
            let known = Place::expected(place);
            let here = match place {
                Place::Table => "",
                Place::Group => " on a group",
                Place::Row => " on a row",
                Place::Column => " on a column",
            };
            let message = format!("unknown option `{name}`{here}: expected {known}");
            return Err(Error::new_spanned(path, message));
        }
    }
    Ok(())
}

/// Whether a table attribute may pass through to the enum; reports it when
/// it may not.
fn passes(attr: &Attribute, errors: &mut Errors) -> bool {
    if attr.is("repr") {
        errors.at(attr, "`status_codes!` chooses the enum's layout: remove `#[repr]`, the integer type goes after the name (`enum Name: u32`)");
        return false;
    }
    if !attr.is("derive") {
        return true;
    }
    let mut clean = true;
    let _ = attr.parse_args(&mut |meta| {
        let last = meta.path.last();
        if IMPLEMENTED.contains(&last.to_string().as_str()) {
            errors.at(
                &meta.path,
                format!("`status_codes!` implements `{last}` itself: remove it from the derive"),
            );
            clean = false;
        }
        Ok(())
    });
    clean
}
