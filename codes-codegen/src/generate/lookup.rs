//! The lookups by code and by name, chosen by the table's shape.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use codes_core::__private::phf::{hash_int, hash_str};

use crate::model::{Code, KeyType};
use crate::phf;

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

/// The value a lookup's table holds for the row at `index`, and the type of
/// those values: the variant itself, or `Option<Self>` when some row is under
/// a cfg (and may be compiled out).
fn slot_value(cx: &Cx, index: usize) -> TokenStream {
    if cx.model.has_cfg_rows() {
        cx.row_option(index)
    } else {
        let variant = &cx.model.rows[index].variant;
        quote!(Self::#variant)
    }
}

fn slot_type(cx: &Cx) -> TokenStream {
    if cx.model.has_cfg_rows() {
        quote!(::core::option::Option<Self>)
    } else {
        quote!(Self)
    }
}

/// `found`, an `Option` of [`slot_type`], as an `Option<Self>`.
fn flatten(cx: &Cx, found: TokenStream) -> TokenStream {
    if cx.model.has_cfg_rows() {
        let (some, none) = (&cx.some, &cx.none);
        quote! {
            match #found {
                #some(row) => row,
                #none => #none,
            }
        }
    } else {
        found
    }
}

/// A lookup: the constants it reads, its body, and whether it reads
/// [`by_position`]'s `__BY_POSITION`.
pub struct Lookup {
    pub consts: TokenStream,
    pub body: TokenStream,
    pub positions: bool,
}

impl Lookup {
    fn new(consts: TokenStream, body: TokenStream) -> Self {
        Lookup {
            consts,
            body,
            positions: false,
        }
    }

    fn sorted(consts: TokenStream, body: TokenStream) -> Self {
        Lookup {
            consts,
            body,
            positions: true,
        }
    }
}

/// The row at each position of the table as an `Option<Self>`, for the
/// searches that find a position.
pub fn by_position(cx: &Cx) -> TokenStream {
    let count = cx.model.rows.len();
    let rows = (0..count).map(|index| cx.row_option(index));
    quote!(const __BY_POSITION: [::core::option::Option<Self>; #count] = [#(#rows),*];)
}

/// The constants and the body (an `Option<Self>` from `code`) of the lookup
/// by code.
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
        return string_lookup(cx, codes, "CODE", &quote!(code));
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
    let (krate, some, none) = (cx.krate, &cx.some, &cx.none);
    let module = format_ident!("{}", int.name);
    let lookups = quote!(#krate::__private::int::#module);
    let sorted = Lookup::sorted(
        quote!(),
        quote! {
            match #lookups::find_sorted(&Self::__CODES, code) {
                #some(index) => Self::__BY_POSITION[index],
                #none => #none,
            }
        },
    );
    match choose_code_lookup(&codes) {
        CodeLookup::Sorted => sorted,
        CodeLookup::Dense => dense_lookup(cx, &codes, &lookups),
        CodeLookup::Hashed => hashed_lookup(cx, &codes, &lookups).unwrap_or(sorted),
    }
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
    let len = dense.len();
    let entries = dense.iter().map(|entry| match entry {
        Some(index) => cx.row_option(*index),
        None => cx.none.clone(),
    });
    let min = int_lit(min);
    Lookup::new(
        quote!(const __DENSE: [::core::option::Option<Self>; #len] = [#(#entries),*];),
        quote!(#lookups::find_dense(&Self::__DENSE, #min, code)),
    )
}

/// A perfect hash of the codes: one multiply where a search finds a
/// multiplier, else two levels; `None` when neither separates them.
fn hashed_lookup(cx: &Cx, codes: &[i128], lookups: &TokenStream) -> Option<Lookup> {
    // Codes fit `i64` once sign-extended, as the run-time hash takes them (a
    // `u64` above `i64::MAX` wraps, as `as i64` does).
    let keys: Vec<u64> = codes.iter().map(|&code| code as i64 as u64).collect();
    let (ty, int) = (slot_type(cx), &cx.int);
    // Each row's entry, built once: most slots repeat one.
    let entries: Vec<TokenStream> = (0..codes.len())
        .map(|index| {
            let (code, value) = (int_lit(codes[index]), slot_value(cx, index));
            quote!((#code, #value))
        })
        .collect();
    if let Some(table) = phf::build_mul_shift(&keys) {
        let (multiplier, shift, len) = (table.multiplier, table.shift, table.slots.len());
        // A slot no code lands in holds the first row, whose code lands in
        // its own slot: no marker needed.
        let slots = table.slots.iter().map(|slot| &entries[slot.unwrap_or(0)]);
        let found = flatten(
            cx,
            quote!(#lookups::find_mul(&Self::__CODE_SLOTS, #multiplier, #shift, code)),
        );
        return Some(Lookup::new(
            quote!(const __CODE_SLOTS: [(#int, #ty); #len] = [#(#slots),*];),
            found,
        ));
    }
    let hash = |key: usize, seed| hash_int(codes[key] as i64, seed);
    let phf = phf::build(codes.len(), hash)?;
    let (seed, pilots, len) = (phf.seed, &phf.pilots, phf.slots.len());
    // A slot no code hashes to holds the first row, whose code lands in its
    // own slot: no marker needed.
    let slots = phf.slots.iter().map(|slot| &entries[slot.unwrap_or(0)]);
    let pilot_count = pilots.len();
    let found = flatten(
        cx,
        quote!(#lookups::find_phf(&Self::__CODE_SLOTS, &Self::__CODE_PILOTS, #seed, code)),
    );
    Some(Lookup::new(
        quote! {
            const __CODE_SLOTS: [(#int, #ty); #len] = [#(#slots),*];
            const __CODE_PILOTS: [u64; #pilot_count] = [#(#pilots),*];
        },
        found,
    ))
}

/// The constants and the body (an `Option<Self>` from `name`) of the lookup
/// by wire name and aliases.
pub fn name_lookup(cx: &Cx) -> Lookup {
    let named: Vec<(&str, usize)> = cx
        .model
        .rows
        .iter()
        .enumerate()
        .flat_map(|(index, row)| {
            row.name
                .iter()
                .chain(&row.aliases)
                .map(move |name| (name.as_str(), index))
        })
        .collect();
    string_lookup(cx, named, "NAME", &quote!(name))
}

/// The lookup of the strings `keys` (each with its row), in constants named
/// after `what` (`__NAME_SLOTS`), of the argument `arg`: a perfect hash, or a
/// binary search of a few sorted strings.
fn string_lookup(cx: &Cx, mut keys: Vec<(&str, usize)>, what: &str, arg: &TokenStream) -> Lookup {
    let (krate, some, none) = (cx.krate, &cx.some, &cx.none);
    keys.sort_unstable();
    let sorted = |keys: &[(&str, usize)]| {
        let count = keys.len();
        let entries = keys.iter().map(|(key, i)| {
            let i = u16::try_from(*i).unwrap_or(u16::MAX);
            quote!((#key, #i))
        });
        let table = format_ident!("__BY_{}", what);
        Lookup::sorted(
            quote!(const #table: [(&'static str, u16); #count] = [#(#entries),*];),
            quote! {
                match #krate::__private::find_name_sorted(&Self::#table, #arg) {
                    #some(index) => Self::__BY_POSITION[index],
                    #none => #none,
                }
            },
        )
    };
    if keys.len() <= SMALL {
        return sorted(&keys);
    }
    // The quick hash first (length, first, middle and last 8 bytes); the
    // whole one when two keys agree on those.
    let built = [false, true].into_iter().find_map(|whole| {
        phf::build(keys.len(), |key, seed| hash_str(keys[key].0, seed, whole))
            .map(|phf| (phf, whole))
    });
    let Some((phf, whole)) = built else {
        return sorted(&keys);
    };
    let (seed, pilots, len) = (phf.seed, &phf.pilots, phf.slots.len());
    let (pilot_count, ty) = (pilots.len(), slot_type(cx));
    // A slot no key hashes to holds the first key, which lands in its own
    // slot: no marker needed.
    let entries: Vec<TokenStream> = keys
        .iter()
        .map(|(key, index)| {
            let value = slot_value(cx, *index);
            quote!((#key, #value))
        })
        .collect();
    let slots = phf.slots.iter().map(|slot| &entries[slot.unwrap_or(0)]);
    let (slots_name, pilots_name) = (
        format_ident!("__{}_SLOTS", what),
        format_ident!("__{}_PILOTS", what),
    );
    let found = flatten(
        cx,
        quote!(#krate::__private::phf::find_name(&Self::#slots_name, &Self::#pilots_name, #seed, #whole, #arg)),
    );
    Lookup::new(
        quote! {
            const #slots_name: [(&'static str, #ty); #len] = [#(#slots),*];
            const #pilots_name: [u64; #pilot_count] = [#(#pilots),*];
        },
        found,
    )
}
