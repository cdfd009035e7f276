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
    if count == 0 {
        return CodeLookup::Sorted;
    }
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

/// The lookup by code, as items of the user's module: `__find_code` (the
/// position of the row whose code is `code`) and, for an integer-keyed
/// table, `__codes` (the codes in row order), in an impl of the enum.
///
/// An integer-keyed table's are in a block, `const _: () = { .. };`, with
/// the data they read: one `static` holding the codes and the slots of the
/// lookup (a program reaches both from one address), each slot a value of a
/// private enum of row positions (`__Row`), so that the compiler knows that
/// a slot holds a row: no bound check between the slot and the row's code.
pub fn code_items(cx: &Cx) -> TokenStream {
    let (name, generics) = (&cx.model.name, &cx.generics);
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
        let Lookup { statics, body } = string_lookup(cx, &codes, "code", &quote!(code), &verify);
        return quote! {
            impl #generics #name #generics {
                #statics
                /// The position of the row whose code is `code`.
                #[inline]
                const fn __find_code(code: &::core::primitive::str) -> ::core::option::Option<usize> {
                    #body
                }
            }
        };
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
    let module = format_ident!("{}", int.name);
    let krate = cx.krate;
    let lookups = quote!(#krate::__private::int::#module);
    let plan = match choose_code_lookup(&codes) {
        CodeLookup::Sorted => None,
        CodeLookup::Dense => Some(dense_plan(cx, &codes, &lookups)),
        CodeLookup::Hashed => hashed_plan(cx, &codes, int.name, &lookups),
    };
    code_block(cx, &codes, plan, &lookups)
}

/// How a lookup by slots finds a code's row: the slots (each the row whose
/// code lands there, if any), the pilots of a two-level hash (else none),
/// and the body of `__find_code`.
struct Plan {
    slots: Vec<Option<usize>>,
    pilots: Vec<u64>,
    body: TokenStream,
}

/// The block of an integer-keyed table's code lookup (see [`code_items`]).
fn code_block(cx: &Cx, codes: &[i128], plan: Option<Plan>, lookups: &TokenStream) -> TokenStream {
    let (name, int, rows) = (&cx.model.name, &cx.int, codes.len());
    let code_values = codes.iter().map(|&code| super::int_lit(code));
    let Some(Plan {
        slots,
        pilots,
        body,
    }) = plan
    else {
        return quote! {
            const _: () = {
                static __CODES: [#int; #rows] = [#(#code_values),*];
                impl #name {
                    /// The codes, in row order.
                    #[inline]
                    const fn __codes() -> &'static [#int; #rows] {
                        &__CODES
                    }
                    /// The position of the row whose code is `code`.
                    #[inline]
                    const fn __find_code(code: #int) -> ::core::option::Option<usize> {
                        #lookups::find_sorted(&__CODES, code)
                    }
                }
            };
        };
    };
    let repr = data::index_type(rows);
    let variants: Vec<proc_macro2::Ident> =
        (0..rows).map(|row| format_ident!("R{}", row)).collect();
    // A slot no code lands in holds the first row, whose code, landing
    // elsewhere, cannot match.
    let slot_rows = slots.iter().map(|slot| &variants[slot.unwrap_or(0)]);
    let len = slots.len();
    let (pilots_field, pilots_value) = if pilots.is_empty() {
        (quote!(), quote!())
    } else {
        let count = pilots.len();
        (
            quote!(pilots: [::core::primitive::u64; #count],),
            quote!(pilots: [#(#pilots),*],),
        )
    };
    quote! {
        const _: () = {
            /// The position of a row.
            #[derive(Clone, Copy)]
            #[repr(#repr)]
            enum __Row { #(#variants),* }
            /// The codes in row order, and the lookup's slots.
            struct __Codes {
                codes: [#int; #rows],
                slots: [__Row; #len],
                #pilots_field
            }
            static __CODES: __Codes = {
                use __Row::*;
                __Codes {
                    codes: [#(#code_values),*],
                    slots: [#(#slot_rows),*],
                    #pilots_value
                }
            };
            impl #name {
                /// The codes, in row order.
                #[inline]
                const fn __codes() -> &'static [#int; #rows] {
                    &__CODES.codes
                }
                /// The position of the row whose code is `code`.
                #[inline]
                const fn __find_code(code: #int) -> ::core::option::Option<usize> {
                    #body
                }
            }
        };
    }
}

/// `Some(row)` when the row a slot holds (`__CODES.slots[slot]`) has the
/// code sought.
fn verify_code(cx: &Cx, slot: &TokenStream) -> TokenStream {
    let (some, none) = (&cx.some, &cx.none);
    quote! {{
        let row = __CODES.slots[#slot] as usize;
        if __CODES.codes[row] == code {
            #some(row)
        } else {
            #none
        }
    }}
}

/// One array index from the smallest code.
fn dense_plan(cx: &Cx, codes: &[i128], lookups: &TokenStream) -> Plan {
    let min = codes.first().copied().unwrap_or(0);
    let span = codes.last().map_or(0, |last| last - min + 1);
    let mut slots = vec![None; usize::try_from(span).unwrap_or(0)];
    for (index, code) in codes.iter().enumerate() {
        if let Some(slot) = usize::try_from(code - min)
            .ok()
            .and_then(|at| slots.get_mut(at))
        {
            *slot = Some(index);
        }
    }
    let (len, min) = (slots.len(), int_lit(min));
    let verify = verify_code(cx, &quote!(slot));
    let none = &cx.none;
    Plan {
        slots,
        pilots: Vec::new(),
        body: quote! {
            match #lookups::dense_slot(#min, code, #len) {
                ::core::option::Option::Some(slot) => #verify,
                ::core::option::Option::None => #none,
            }
        },
    }
}

/// A perfect hash of the codes of the integer type `int`: one multiply
/// where a search finds a multiplier (in 32 bits where the slot lies in the
/// product's low 32 bits, for a multiplier that fits the instruction), else
/// two levels; `None` when neither separates them.
fn hashed_plan(cx: &Cx, codes: &[i128], int: &str, lookups: &TokenStream) -> Option<Plan> {
    // Codes fit `i64` once sign-extended, as the run-time hash takes them (a
    // `u64` above `i64::MAX` wraps, as `as i64` does).
    let keys: Vec<u64> = codes.iter().map(|&code| code as i64 as u64).collect();
    if let Some(table) = phf::build_mul_shift(&keys) {
        let bits = table.bits();
        let narrow = !int.ends_with("64");
        let slot = match table.high_multiplier(32).filter(|_| narrow) {
            Some(multiplier) => {
                let multiplier = multiplier as u32;
                quote!(#lookups::mul_slot32(code, #multiplier, #bits))
            }
            None => {
                let multiplier = table.high_multiplier(64)?;
                quote!(#lookups::mul_slot(code, #multiplier, #bits))
            }
        };
        return Some(Plan {
            body: verify_code(cx, &slot),
            slots: table.slots,
            pilots: Vec::new(),
        });
    }
    let hash = |key: usize, seed| hash_int(codes[key] as i64, seed);
    let phf = phf::build(codes.len(), hash)?;
    let (seed, len) = (phf.seed, phf.slots.len());
    let slot = quote!(#lookups::phf_slot(code, &__CODES.pilots, #seed, #len));
    Some(Plan {
        body: verify_code(cx, &slot),
        slots: phf.slots,
        pilots: phf.pilots,
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
