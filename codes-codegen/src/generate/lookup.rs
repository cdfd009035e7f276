//! The lookups by code and by name, chosen by the table's shape. Each
//! finds the position of a candidate row (in a table of row positions: a
//! dense array, a hash's slots) and compares the row's code or name with
//! the one sought, so that one lookup answers for listed and unlisted keys
//! alike.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use codes_core::__private::phf::{hash_int, hash_str};

use crate::model::{Code, KeyType};
use crate::phf;

use super::data::{self, Field};
use super::{Cx, int_lit};

/// How the generated code finds a row by its integer code, chosen by the
/// table's shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CodeLookup {
    /// A few rows: a binary search of the sorted codes, whose steps do not
    /// branch on the data.
    Sorted,
    /// Codes packed in a short span: one array index.
    Dense,
    /// Sparse codes: a perfect hash, one probe.
    Hashed,
}

/// Tables up to this many rows are searched, not hashed.
const SMALL: usize = 8;

fn choose_code_lookup(codes: &[i128]) -> CodeLookup {
    let count = codes.len();
    let span = match (codes.first(), codes.last()) {
        (Some(first), Some(last)) => last - first + 1,
        _ => 0,
    };
    // A dense array costs two bytes a code of its span: at most 32 bytes a
    // row (HTTP tables are dense), or 128 bytes in all.
    if span <= (16 * count as i128).max(64) {
        CodeLookup::Dense
    } else if count <= SMALL {
        CodeLookup::Sorted
    } else {
        CodeLookup::Hashed
    }
}

/// The row at each position, as `Option<Self>`: `None` past the rows and for
/// a row compiled out by its cfg.
pub fn from_index(cx: &Cx) -> TokenStream {
    let (some, none) = (&cx.some, &cx.none);
    let arms = cx.model.rows.iter().enumerate().map(|(index, row)| {
        let (cfgs, variant) = (&row.cfgs, &row.variant);
        quote!(#(#cfgs)* #index => #some(Self::#variant),)
    });
    quote! {
        /// The row at `index` (in code order).
        #[inline]
        const fn __from_index(index: usize) -> ::core::option::Option<Self> {
            match index {
                #(#arms)*
                _ => #none,
            }
        }
    }
}

/// A lookup: the functions holding its data, and its body (the position of
/// the row, an `Option<usize>`).
pub struct Lookup {
    pub statics: TokenStream,
    pub body: TokenStream,
}

/// The lookup by code.
pub fn code_lookup(cx: &Cx) -> Lookup {
    let KeyType::Int(int) = cx.model.key else {
        let codes: Vec<(&str, usize)> = cx
            .model
            .rows
            .iter()
            .enumerate()
            .filter_map(|(index, row)| match &row.code {
                Code::Str(code) => Some((code.as_str(), index)),
                Code::Int(_) => None,
            })
            .collect();
        let verify = |index: &TokenStream| cx.text.eq(cx.krate, Field::Code, index, &quote!(code));
        return string_lookup(cx, &codes, "code", &quote!(code), &verify);
    };
    let codes: Vec<i128> = cx
        .model
        .rows
        .iter()
        .filter_map(|row| match row.code {
            Code::Int(code) => Some(code),
            Code::Str(_) => None,
        })
        .collect();
    let (krate, module) = (cx.krate, format_ident!("{}", int.name));
    let lookups = quote!(#krate::__private::int::#module);
    let sorted = Lookup {
        statics: quote!(),
        body: quote!(#lookups::find_sorted(Self::__codes(), code)),
    };
    match choose_code_lookup(&codes) {
        CodeLookup::Sorted => sorted,
        CodeLookup::Dense => dense_lookup(cx, &codes, &lookups),
        CodeLookup::Hashed => hashed_lookup(cx, &codes, &lookups).unwrap_or(sorted),
    }
}

/// `Some(index)` when the row at `index` (of a slot) has the code sought.
fn verify_code(cx: &Cx, slot: TokenStream) -> TokenStream {
    let (some, none, rows) = (&cx.some, &cx.none, cx.model.rows.len());
    quote! {{
        let index = #slot as usize;
        if index < #rows && Self::__codes()[index] == code {
            #some(index)
        } else {
            #none
        }
    }}
}

/// The slots' array: each slot the position of its row, or of the first row
/// where no code lands (whose code, landing elsewhere, cannot match).
fn slots_fn(cx: &Cx, slots: &[Option<usize>]) -> TokenStream {
    let positions: Vec<usize> = slots.iter().map(|slot| slot.unwrap_or(0)).collect();
    data::index_array_fn("__code_slots", cx.model.rows.len(), &positions)
}

/// One array index from the smallest code.
fn dense_lookup(cx: &Cx, codes: &[i128], lookups: &TokenStream) -> Lookup {
    let min = codes.first().copied().unwrap_or(0);
    let span = codes.last().map_or(0, |last| last - min + 1);
    let mut dense = vec![None; usize::try_from(span).unwrap_or(0)];
    for (index, code) in codes.iter().enumerate() {
        if let Some(slot) = usize::try_from(code - min)
            .ok()
            .and_then(|at| dense.get_mut(at))
        {
            *slot = Some(index);
        }
    }
    let (len, min) = (dense.len(), int_lit(min));
    let verify = verify_code(cx, quote!(Self::__code_slots()[slot]));
    let none = &cx.none;
    Lookup {
        statics: slots_fn(cx, &dense),
        body: quote! {
            match #lookups::dense_slot(#min, code, #len) {
                ::core::option::Option::Some(slot) => #verify,
                ::core::option::Option::None => #none,
            }
        },
    }
}

/// A perfect hash of the codes: one multiply where a search finds a
/// multiplier, else two levels; `None` when neither separates them.
fn hashed_lookup(cx: &Cx, codes: &[i128], lookups: &TokenStream) -> Option<Lookup> {
    // Codes fit `i64` once sign-extended, as the run-time hash takes them (a
    // `u64` above `i64::MAX` wraps, as `as i64` does).
    let keys: Vec<u64> = codes.iter().map(|&code| code as i64 as u64).collect();
    if let Some(table) = phf::build_mul_shift(&keys) {
        let (multiplier, shift, len) = (table.multiplier, table.shift, table.slots.len());
        let verify = verify_code(
            cx,
            quote!(Self::__code_slots()[#lookups::mul_slot(code, #multiplier, #shift, #len)]),
        );
        return Some(Lookup {
            statics: slots_fn(cx, &table.slots),
            body: verify,
        });
    }
    let hash = |key: usize, seed| hash_int(codes[key] as i64, seed);
    let phf = phf::build(codes.len(), hash)?;
    let (seed, len) = (phf.seed, phf.slots.len());
    let pilots = data::array_fn(
        "__code_pilots",
        quote!(::core::primitive::u64),
        phf.pilots.iter().map(|p| quote!(#p)).collect(),
    );
    let verify = verify_code(
        cx,
        quote!(Self::__code_slots()[#lookups::phf_slot(code, Self::__code_pilots(), #seed, #len)]),
    );
    let slots = slots_fn(cx, &phf.slots);
    Some(Lookup {
        statics: quote!(#slots #pilots),
        body: verify,
    })
}

/// The lookup by wire name and aliases. A key is a row's position (its
/// name) or, past the rows, an alias's (`Self::__aliases_list()`).
pub fn name_lookup(cx: &Cx) -> Lookup {
    let model = cx.model;
    let rows = model.rows.len();
    let mut keys: Vec<(&str, usize)> = model
        .rows
        .iter()
        .enumerate()
        .filter_map(|(index, row)| Some((row.name.as_deref()?, index)))
        .collect();
    let aliases = model.rows.iter().flat_map(|row| &row.aliases);
    keys.extend(
        aliases
            .enumerate()
            .map(|(j, alias)| (alias.as_str(), rows + j)),
    );
    let krate = cx.krate;
    let verify = |key: &TokenStream| {
        let name = cx.text.eq(krate, Field::Name, key, &quote!(name));
        if cx.has_aliases() {
            quote! {
                if #key < #rows {
                    #name
                } else {
                    let alias = #key - #rows;
                    alias < Self::__alias_list().len()
                        && #krate::__private::str_eq(Self::__alias_list()[alias], name)
                }
            }
        } else {
            name
        }
    };
    string_lookup(cx, &keys, "name", &quote!(name), &verify)
}

/// The lookup of the strings `keys` (each with its key number), of the
/// argument `arg`, in functions named after `what` (`__name_slots`):
/// a perfect hash, or a scan of a few. `verify` is the test that key
/// number `key` is `arg`.
fn string_lookup(
    cx: &Cx,
    keys: &[(&str, usize)],
    what: &str,
    arg: &TokenStream,
    verify: &dyn Fn(&TokenStream) -> TokenStream,
) -> Lookup {
    let (krate, some, none) = (cx.krate, &cx.some, &cx.none);
    let row_of = row_of(cx);
    let key = quote!(key);
    let test = verify(&key);
    let scan = || {
        let numbers: Vec<usize> = keys.iter().map(|(_, number)| *number).collect();
        let max = numbers.iter().copied().max().unwrap_or(0);
        let count = numbers.len();
        let name = format!("__{what}_keys");
        let ident = format_ident!("{}", name);
        Lookup {
            statics: data::index_array_fn(&name, max, &numbers),
            body: quote! {{
                let mut at = 0;
                let mut found = #none;
                while at < #count {
                    let key = Self::#ident()[at] as usize;
                    if #test {
                        found = #some(#row_of);
                        break;
                    }
                    at += 1;
                }
                found
            }},
        }
    };
    if keys.len() <= SMALL {
        return scan();
    }
    // The quick hash first (length, first and last 16 bytes); the
    // whole one when two keys agree on those.
    let built = [false, true].into_iter().find_map(|whole| {
        phf::build(keys.len(), |key, seed| hash_str(keys[key].0, seed, whole))
            .map(|phf| (phf, whole))
    });
    let Some((phf, whole)) = built else {
        return scan();
    };
    let (seed, len) = (phf.seed, phf.slots.len());
    // A slot no key hashes to holds the first key, which lands in its own
    // slot: no marker needed.
    let numbers: Vec<usize> = phf
        .slots
        .iter()
        .map(|slot| keys[slot.unwrap_or(0)].1)
        .collect();
    let max = keys.iter().map(|(_, number)| *number).max().unwrap_or(0);
    let (slots_name, pilots_name) = (format!("__{what}_slots"), format!("__{what}_pilots"));
    let (slots_fn, pilots_fn) = (
        format_ident!("{}", slots_name),
        format_ident!("{}", pilots_name),
    );
    let pilots = data::array_fn(
        &pilots_name,
        quote!(::core::primitive::u64),
        phf.pilots.iter().map(|p| quote!(#p)).collect(),
    );
    let slots = data::index_array_fn(&slots_name, max, &numbers);
    Lookup {
        statics: quote!(#slots #pilots),
        body: quote! {{
            let key = Self::#slots_fn()[#krate::__private::phf::name_slot(#arg, Self::#pilots_fn(), #seed, #whole, #len)] as usize;
            if #test {
                #some(#row_of)
            } else {
                #none
            }
        }},
    }
}

/// The row of key number `key`: itself, or its alias's row.
fn row_of(cx: &Cx) -> TokenStream {
    if cx.has_aliases() {
        let rows = cx.model.rows.len();
        quote!(if key < #rows { key } else { Self::__alias_rows()[key - #rows] as usize })
    } else {
        quote!(key)
    }
}
