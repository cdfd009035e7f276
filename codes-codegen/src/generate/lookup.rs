//! The lookups by code and by name, chosen by the table's shape. Each
//! finds the position of a candidate row (in a table of row positions: a
//! dense array, a hash's slots) and compares the row's code or name with
//! the one sought, so that one lookup answers for listed and unlisted keys
//! alike.
//!
//! Their items stand in one block beside the enum, `const _: () = { .. };`
//! (no name leaks into the user's module): for each lookup a `static` of its
//! data, one address for all of it; each slot a value of a private enum of
//! positions (`__P441`, whose variants `P0` to `P440` are the positions
//! `0..441`), so that the compiler knows a slot holds a position and checks
//! no bound between the slot and the row it reads; and in the enum's impl,
//! `from_code` (with `__find`, for string codes) and `from_name`. A table
//! of a few rows has no slots: its codes and names are searched.

mod phf;

use std::rc::Rc;

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use codes_core::__private::phf::{hash_int, hash_str};

use crate::model::{Code, KeyType, Model};

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
pub(super) const SMALL: usize = 8;

fn choose_code_lookup(codes: &[i128]) -> CodeLookup {
    let count = codes.len();
    if count == 0 {
        return CodeLookup::Sorted;
    }
    let span = match (codes.first(), codes.last()) {
        (Some(first), Some(last)) => last - first + 1,
        _ => 0,
    };
    // A few rows are searched (their codes are all the data: no slots, no
    // enum of positions). A dense array costs two bytes a code of its span:
    // at most 32 bytes a row (HTTP tables are dense), or 128 bytes in all.
    if count <= SMALL {
        CodeLookup::Sorted
    } else if span <= (16 * count as i128).max(64) {
        CodeLookup::Dense
    } else {
        CodeLookup::Hashed
    }
}

/// `true` when a row is read from its position by `__from_index`, a
/// `match` of the positions, rather than from `ALL`: where some row stands
/// under a `#[cfg]` (a row's position in the table may then differ from its
/// position in `ALL`), and in a table of more than a few rows, whose
/// lookups it keeps at their floor (the compiler turns the `match` into
/// arithmetic on the position, where `ALL` costs a load: Clarifai's code
/// lookup takes 9 instructions with it, 12 with `ALL`).
fn by_match(cx: &Cx) -> bool {
    cx.model.rows.len() > SMALL || cx.model.rows.iter().any(|row| !row.cfgs.is_empty())
}

/// The expression of the row at the position `index` (a `usize`
/// expression), as `Option<Self>`: `None` past the rows and for a row
/// compiled out by its cfg: `__from_index` ([`from_index`]) where
/// [`by_match`] says so, else `ALL`, which then holds every row at its
/// position.
pub fn at_row(cx: &Cx, index: &TokenStream) -> TokenStream {
    if by_match(cx) {
        return quote!(Self::__from_index(#index));
    }
    // A string-keyed table's `ALL` is its `'static` form's.
    let (count, all) = (cx.model.rows.len(), &cx.static_ty);
    quote! {{
        let index = #index;
        if index < #count { Some(<#all>::ALL[index]) } else { None }
    }}
}

/// `__from_index`, where [`at_row`] reads it.
pub fn from_index(cx: &Cx) -> TokenStream {
    if !by_match(cx) {
        return quote!();
    }
    let rows = &cx.model.rows;
    let (cfgs, variants) = (
        rows.iter().map(|row| &row.cfgs),
        rows.iter().map(|row| &row.variant),
    );
    let indices = (0..rows.len()).map(Literal::usize_unsuffixed);
    let name = &cx.model.name;
    // The variants by their names alone, under a `use` of them (which may
    // hide `None`: the block's `None` by its full path). Where every row
    // may be compiled out, the `Some` may be unreachable.
    quote! {
        /// The row at `index` (in code order).
        #[inline]
        #[allow(unreachable_code)]
        const fn __from_index(index: usize) -> Option<Self> {
            Some({
                use #name::*;
                match index {
                    #(#(#cfgs)* #indices => #variants,)*
                    _ => return ::core::option::Option::None,
                }
            })
        }
    }
}

/// The row of an `Option<usize>` expression of a row's position, as an
/// `Option<Self>`.
fn row_at(cx: &Cx, position: &TokenStream) -> TokenStream {
    if !by_match(cx) {
        // A string-keyed table's `ALL` is its `'static` form's.
        let all = &cx.static_ty;
        return quote!(__p::row(<#all>::ALL, #position));
    }
    let row = at_row(cx, &quote!(index));
    quote! {
        match #position {
            Some(index) => #row,
            None => None,
        }
    }
}

/// The lookups' functions, `from_code` (and `__find`, for string codes)
/// and `from_name`, and the functions they call; their data go to the
/// block's statics (see the module's documentation). With them, the
/// expression of an integer-keyed table's array of codes, which `code()`
/// reads (empty for a string-keyed table).
pub fn lookup_fns(cx: &Cx) -> (TokenStream, TokenStream) {
    let mut block = Block::default();
    let find_code = code_lookup(cx, &mut block);
    let find_name = name_lookup(cx, &mut block);
    let find_arg = cx.sought();
    let (int, catch_all) = (&cx.int, &cx.model.catch_all);
    // A string code's lookup gives the row itself, in `__find` (which
    // `to_static` and serde's deserializer call too); an integer code's its
    // position, in `from_code` itself.
    let (find_fn, find) = if cx.strings() {
        (
            quote! {
                /// The variant whose code is `code`.
                #[inline]
                const fn __find(code: #find_arg) -> Option<Self> {
                    #find_code
                }
            },
            quote!(Self::__find(code)),
        )
    } else {
        (quote!(), row_at(cx, &find_code))
    };
    let Block {
        items, fns, codes, ..
    } = block;
    cx.add_static(items);
    let fns = quote! {
        #fns
        #find_fn

        /// The value for `code`: its variant, or the catch-all holding
        /// `code` unchanged. Never fails and never loses the code.
        #[must_use]
        #[inline]
        pub const fn from_code(code: #int) -> Self {
            match #find {
                Some(variant) => variant,
                None => Self::#catch_all(code),
            }
        }

        /// The value whose vendor name, or one of whose other names
        /// ([`aliases`](Self::aliases)), is exactly `name`.
        #[must_use]
        #[inline(always)]
        pub const fn from_name(name: &str) -> Option<Self> {
            #find_name
        }
    };
    (fns, codes)
}

/// A lookup's data in the block: a struct and the static holding it.
#[derive(Clone, Copy)]
struct Data {
    ty: &'static str,
    name: &'static str,
    /// What is sought, in the names of its functions (`__name_table`).
    sought: &'static str,
}

/// The codes and their lookup's slots (an integer-keyed table).
const CODES: Data = Data {
    ty: "__Codes",
    name: "__CODES",
    sought: "code",
};
/// The slots of a string-keyed table's codes.
const CODE_SLOTS: Data = Data {
    ty: "__CodeSlots",
    name: "__CODE_SLOTS",
    sought: "code",
};
/// The slots of the names and aliases.
const NAME_SLOTS: Data = Data {
    ty: "__NameSlots",
    name: "__NAME_SLOTS",
    sought: "name",
};

impl Data {
    /// The static's path.
    fn name(self) -> Ident {
        format_ident!("{}", self.name)
    }
}

/// The items of the lookups' block, as the lookups add them.
#[derive(Default)]
struct Block {
    /// The enums of positions declared: their counts and variants.
    positions: Vec<(usize, Rc<[Ident]>)>,
    /// The counts whose arrays of every position are declared.
    all: Vec<usize>,
    /// The enums, structs and statics.
    items: TokenStream,
    /// The impl's other functions.
    fns: TokenStream,
    /// The expression of an integer-keyed table's array of codes
    /// (`__CODES`, or its field beside the lookup's slots).
    codes: TokenStream,
}

impl Block {
    /// The enum of the positions `0..count` (declared once a count), and
    /// its variants, `P0` to `P{count - 1}`, for a static whose initializer
    /// `use`s them.
    fn positions(&mut self, count: usize) -> (Ident, Rc<[Ident]>) {
        let ty = format_ident!("__P{}", count);
        if let Some((_, variants)) = self.positions.iter().find(|(n, _)| *n == count) {
            return (ty, Rc::clone(variants));
        }
        let variants: Rc<[Ident]> = (0..count).map(|at| format_ident!("P{}", at)).collect();
        let repr = data::index_type(count);
        let list = variants.iter();
        self.items.extend(quote! {
            /// A position in the table.
            #[derive(Clone, Copy)]
            #[repr(#repr)]
            enum #ty { #(#list),* }
        });
        self.positions.push((count, Rc::clone(&variants)));
        (ty, variants)
    }

    /// The enum of the positions `0..count` and a constant of all of them
    /// in order (each declared once a count), for a static whose
    /// initializer computes its slots.
    fn all_positions(&mut self, count: usize) -> (Ident, Ident) {
        let (ty, variants) = self.positions(count);
        let all = format_ident!("__P{}_ALL", count);
        if !self.all.contains(&count) {
            self.all.push(count);
            let list = variants.iter();
            self.items.extend(quote! {
                /// Every position, in order.
                const #all: [#ty; #count] = {
                    use #ty::*;
                    [#(#list),*]
                };
            });
        }
        (ty, all)
    }
}

/// Slots of positions written out, `[P3, P0, ..]` (each slot's row, or
/// `empty`'s), under a `use` of the positions' variants.
fn slots_value(variants: &[Ident], slots: &[Option<usize>], empty: usize) -> TokenStream {
    let values = slots.iter().map(|slot| &variants[slot.unwrap_or(empty)]);
    quote!([#(#values),*])
}

/// Where a code's slot lies, as the table's shape decides.
enum Slot {
    /// `code - min`, where below `len` (`None` outside).
    Dense { min: i128 },
    /// The top `bits` bits of the 32-bit product of the code's low 32 bits
    /// and `multiplier`.
    Mul32 { multiplier: u32, bits: u32 },
    /// The top `bits` bits of the 64-bit product.
    Mul64 { multiplier: u64, bits: u32 },
    /// A two-level perfect hash under `seed`, whose pilots the table holds.
    Pilots { seed: u64 },
}

/// How a lookup by slots finds a code's row: its slot, the slots' count and
/// the pilots of a two-level hash (else none).
struct Plan {
    slot: Slot,
    len: usize,
    pilots: Vec<u32>,
    /// The row each slot holds, if any (written out for a large table).
    slots: Vec<Option<usize>>,
}

/// Tables up to this many rows compute their code slots at compile time;
/// larger ones write them out: rustc stops a constant's evaluation that
/// runs past two million steps (`long_running_const_eval`), which a
/// 70,000-row table's reached; a 16,384-row table of random sparse codes,
/// under the two-level hash (the costliest slot function), compiles.
const COMPUTED_SLOTS: usize = 16_384;

impl Plan {
    /// The slot of `code` (the code in scope), `Option<usize>` for a dense
    /// table, else `usize`; `pilots` is where the pilots are (the static's
    /// field, or the initializer's own array).
    fn slot(&self, lookups: &TokenStream, pilots: &TokenStream) -> TokenStream {
        let len = self.len;
        match self.slot {
            Slot::Dense { min } => {
                let min = int_lit(min);
                quote!(#lookups::dense_slot(#min, code, #len))
            }
            Slot::Mul32 { multiplier, bits } => {
                quote!(#lookups::mul_slot32(code, #multiplier, #bits))
            }
            Slot::Mul64 { multiplier, bits } => {
                quote!(#lookups::mul_slot(code, #multiplier, #bits))
            }
            Slot::Pilots { seed } => quote!(#lookups::phf_slot(code, &#pilots, #seed, #len)),
        }
    }

    /// The body of `__find_code`.
    fn find(&self, lookups: &TokenStream) -> TokenStream {
        let data = CODES.name();
        let slot = self.slot(lookups, &quote!(#data.pilots));
        match self.slot {
            Slot::Dense { .. } => {
                let verify = verify_code(&quote!(slot));
                quote! {
                    match #slot {
                        Some(slot) => #verify,
                        None => None,
                    }
                }
            }
            _ => verify_code(&slot),
        }
    }

    /// The statement that makes the static's `slots` (beside its local
    /// arrays `codes` and `pilots`) and the enum of positions they hold:
    /// computed at compile time where the table is small enough
    /// ([`COMPUTED_SLOTS`]), else written out.
    fn slots_init(
        &self,
        block: &mut Block,
        rows: usize,
        lookups: &TokenStream,
    ) -> (Ident, TokenStream) {
        if rows <= COMPUTED_SLOTS {
            let (positions, all) = block.all_positions(rows);
            let fill = self.fill(&positions, &all, rows, lookups);
            return (positions, fill);
        }
        // A slot no code lands in holds the first row, whose code, landing
        // elsewhere, cannot match.
        let (positions, variants) = block.positions(rows);
        let value = slots_value(&variants, &self.slots, 0);
        let init = quote!(let slots = { use #positions::*; #value };);
        (positions, init)
    }

    /// The static's `slots`, from the local arrays `codes` and
    /// `pilots`: computed at compile time by the lookup's own
    /// slot function (each code's slot holds its position, every other
    /// slot the first row's, whose code, landing elsewhere, cannot match),
    /// so that no slot is written out.
    fn fill(
        &self,
        positions: &Ident,
        all: &Ident,
        rows: usize,
        lookups: &TokenStream,
    ) -> TokenStream {
        let (len, slot) = (self.len, self.slot(lookups, &quote!(pilots)));
        let place = match self.slot {
            Slot::Dense { .. } => quote! {
                if let Some(slot) = #slot {
                    slots[slot] = #all[row];
                }
            },
            _ => quote!(slots[#slot] = #all[row];),
        };
        quote! {
            let mut slots = [#positions::P0; #len];
            let mut row = 0;
            while row < #rows {
                let code = codes[row];
                #place
                row += 1;
            }
        }
    }
}

/// The lookup by code: adds its data and `__codes` to `block`, and returns
/// the body of `__find_code`.
fn code_lookup(cx: &Cx, block: &mut Block) -> TokenStream {
    let KeyType::Int(int) = cx.model.key else {
        // Every string of a row is a code the vendor may send: its code, then
        // its aliases.
        let mut codes: Vec<Key> = cx
            .model
            .rows
            .iter()
            .enumerate()
            .filter_map(|(index, row)| match &row.code {
                Code::Str(code) => Some(Key {
                    string: code.as_str(),
                    number: index,
                }),
                Code::Int(_) => None,
            })
            .collect();
        codes.extend(alias_keys(cx.model));
        return string_lookup(cx, block, &codes, CODE_SLOTS, Field::Code, &quote!(code));
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
    let (module, ty, rows) = (format_ident!("{}", int.name), &cx.int, codes.len());
    let lookups = quote!(__p::int::#module);
    let plan = match choose_code_lookup(&codes) {
        CodeLookup::Sorted => None,
        CodeLookup::Dense => Some(dense_plan(&codes)),
        CodeLookup::Hashed => hashed_plan(&codes),
    };
    let (codes_value, _) = data::list(codes.iter().map(|&code| int_lit(code)));
    let data = CODES.name();
    match plan {
        Some(plan) => {
            let (positions, fill) = plan.slots_init(block, rows, &lookups);
            let len = plan.len;
            let (pilots_ty, pilots_value) = (
                plan.pilots.len(),
                plan.pilots.iter().map(|&p| Literal::u32_unsuffixed(p)),
            );
            let (pilots_field, pilots_init) = if plan.pilots.is_empty() {
                (quote!(), quote!())
            } else {
                (
                    quote!(pilots: [u32; #pilots_ty],),
                    quote!(let pilots: [u32; #pilots_ty] = [#(#pilots_value),*];),
                )
            };
            let pilots_out = (!plan.pilots.is_empty()).then(|| quote!(pilots));
            let codes_ty = format_ident!("{}", CODES.ty);
            block.items.extend(quote! {
                /// The codes and their lookup's slots.
                struct #codes_ty { codes: [#ty; #rows], slots: [#positions; #len], #pilots_field }
                static #data: #codes_ty = {
                    let codes: [#ty; #rows] = #codes_value;
                    #pilots_init
                    #fill
                    #codes_ty { codes, slots, #pilots_out }
                };
            });
            block.codes = quote!(#data.codes);
            plan.find(&lookups)
        }
        None => {
            // The codes alone: a plain array.
            block.items.extend(quote! {
                static #data: [#ty; #rows] = #codes_value;
            });
            block.codes = quote!(#data);
            quote!(#lookups::find_sorted(&#data, code))
        }
    }
}

/// `Some(row)` when the row a slot holds (`__CODES.slots[slot]`) has the
/// code sought.
fn verify_code(slot: &TokenStream) -> TokenStream {
    let data = CODES.name();
    quote! {{
        let row = #data.slots[#slot] as usize;
        if #data.codes[row] == code {
            Some(row)
        } else {
            None
        }
    }}
}

/// One array index from the smallest code.
fn dense_plan(codes: &[i128]) -> Plan {
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
    Plan {
        slot: Slot::Dense { min },
        len: slots.len(),
        pilots: Vec::new(),
        slots,
    }
}

/// A perfect hash of the codes: one multiply where a search finds a
/// multiplier (in 32 bits where the slot lies in the product's low 32 bits,
/// for a multiplier that fits the instruction), else two levels; `None`
/// when neither separates them.
fn hashed_plan(codes: &[i128]) -> Option<Plan> {
    // Codes fit `i64` once sign-extended, as the run-time hash takes them (a
    // `u64` above `i64::MAX` wraps, as `as i64` does).
    let keys: Vec<u64> = codes.iter().map(|&code| code as i64 as u64).collect();
    if let Some(table) = phf::build_mul_shift(&keys) {
        let bits = table.bits();
        // Where the slot's bits lie in the product's low 32, the code's low
        // 32 bits decide it, whatever the code's width.
        let slot = match table.high_multiplier(32) {
            Some(multiplier) => Slot::Mul32 {
                multiplier: multiplier as u32,
                bits,
            },
            None => Slot::Mul64 {
                multiplier: table.high_multiplier(64)?,
                bits,
            },
        };
        return Some(Plan {
            slot,
            len: table.slots.len(),
            pilots: Vec::new(),
            slots: table.slots,
        });
    }
    let hash = |key: usize, seed| hash_int(codes[key] as i64, seed);
    let phf = phf::build(codes.len(), &hash)?;
    Some(Plan {
        slot: Slot::Pilots { seed: phf.seed },
        len: phf.slots.len(),
        pilots: phf.pilots,
        slots: phf.slots,
    })
}

/// The lookup by wire name and aliases: adds its data to `block` and
/// returns the body of `__find_name`. A key is a row's position (its name)
/// or, past the catch-all's, an alias's: the names' text holds the aliases
/// after the rows' names and the catch-all's (see [`data::Text`]).
fn name_lookup(cx: &Cx, block: &mut Block) -> TokenStream {
    let model = cx.model;
    let mut keys: Vec<Key> = model
        .rows
        .iter()
        .enumerate()
        .filter_map(|(index, row)| {
            Some(Key {
                string: row.name.as_deref()?,
                number: index,
            })
        })
        .collect();
    keys.extend(alias_keys(model));
    string_lookup(cx, block, &keys, NAME_SLOTS, Field::Name, &quote!(name))
}

/// The rows' aliases as keys: their strings follow the rows' and the
/// catch-all's in the text of the names (and of a string-keyed table's
/// codes), so alias `j` is string `rows + 1 + j` (see [`data::Text`]).
fn alias_keys(model: &Model) -> impl Iterator<Item = Key<'_>> {
    let rows = model.rows.len();
    model
        .aliases()
        .into_iter()
        .enumerate()
        .map(move |(j, string)| Key {
            string,
            number: rows + 1 + j,
        })
}

/// The perfect hash of a lookup's strings, and whether it hashes every byte
/// of a string (the whole hash) or its length and first and last 16 (the
/// quick one).
struct StringHash {
    phf: phf::Phf,
    whole: bool,
}

/// A string a lookup finds: its number among the strings of its field in
/// the text (see [`data::Text`]) and the position of its row.
struct Key<'a> {
    string: &'a str,
    number: usize,
}

/// The lookup of the strings `keys` of `field`, of the argument `arg`: a
/// perfect hash, or a scan of a few, whose data is `data`. Returns the
/// lookup's body.
fn string_lookup(
    cx: &Cx,
    block: &mut Block,
    keys: &[Key],
    data: Data,
    field: Field,
    arg: &TokenStream,
) -> TokenStream {
    if keys.is_empty() {
        return quote!({
            let _ = #arg;
            None
        });
    }
    // The quick hash first (length, first and last 16 bytes); the
    // whole one when two keys agree on those.
    let built = (keys.len() > SMALL)
        .then(|| {
            [false, true].into_iter().find_map(|whole| {
                phf::build(keys.len(), &|key, seed| {
                    hash_str(keys[key].string, seed, whole)
                })
                .map(|phf| StringHash { phf, whole })
            })
        })
        .flatten();
    match (built, cx.text.field(field)) {
        // Starts and lengths fit the table's arrays (a string past 255
        // bytes, which no vendor's table has, is scanned for).
        (Some(hash), Some(strings))
            if u32::try_from(strings.text_len()).is_ok()
                && strings.last_start() + ROOM <= strings.text_len()
                && keys
                    .iter()
                    .all(|key| u8::try_from(key.string.len()).is_ok()) =>
        {
            hashed_strings(cx, block, keys, data, strings, &hash, arg)
        }
        _ => scanned_strings(cx, field, arg),
    }
}

/// A scan of a few strings: the field's strings in turn (the rows', then
/// the aliases'), each compared with `arg`; no data beyond the text.
fn scanned_strings(cx: &Cx, field: Field, arg: &TokenStream) -> TokenStream {
    let find = cx.text.find(field, arg);
    if !cx.has_aliases() {
        return row_at(cx, &find);
    }
    let row_of = row_of(cx);
    row_at(
        cx,
        &quote! {
            match #find {
                Some(key) => Some(#row_of),
                None => None,
            }
        },
    )
}

/// A perfect hash of the strings: each slot holds its key's string (where
/// it starts in the field's text, and its length) and its row, in three
/// arrays (`codes_core::__private::phf::Table`). The lookup reads the text
/// through a reference in its data.
fn hashed_strings(
    cx: &Cx,
    block: &mut Block,
    keys: &[Key],
    table: Data,
    strings: &data::Strings,
    hash: &StringHash,
    arg: &TokenStream,
) -> TokenStream {
    let data = table.name();
    let (phf, whole) = (&hash.phf, hash.whole);
    // A slot no key hashes to holds the first key, which lands in its own
    // slot: no marker needed. Only the slots' keys are written out; where
    // each key's string starts, its length and its row are computed at
    // compile time from the text's offsets.
    let numbers: Vec<usize> = phf
        .slots
        .iter()
        .map(|slot| keys[slot.unwrap_or(0)].number)
        .collect();
    let max = numbers.iter().copied().max().unwrap_or(0);
    let key_ty = data::index_type(max);
    let (positions, all) = block.all_positions(cx.model.rows.len());
    // Starts in 16 bits where the text allows.
    let wide = strings.text_len() > usize::from(u16::MAX);
    let (start_ty, start_variant) = if wide {
        (quote!(u32), quote!(U32))
    } else {
        (quote!(u16), quote!(U16))
    };
    let len = phf.slots.len();
    let (numbers, _) = data::list(numbers.into_iter().map(Literal::usize_unsuffixed));
    let (ty, at, row_of) = (format_ident!("{}", table.ty), strings.at(), row_of(cx));
    let (pilots, count) = (&phf.pilots, phf.pilots.len());
    let (text_ty, text) = text_field(strings);
    block.items.extend(quote! {
        /// The data of a lookup.
        struct #ty {
            starts: [#start_ty; #len],
            lens: [u8; #len],
            rows: [#positions; #len],
            pilots: [u32; #count],
            text: #text_ty,
        }
        static #data: #ty = {
            let keys: [#key_ty; #len] = #numbers;
            let mut starts = [0; #len];
            let mut lens = [0; #len];
            let mut rows = [#positions::P0; #len];
            let mut slot = 0;
            while slot < #len {
                let key = keys[slot] as usize;
                starts[slot] = #at[key] as #start_ty;
                lens[slot] = (#at[key + 1] - #at[key]) as u8;
                rows[slot] = #all[#row_of];
                slot += 1;
            }
            #ty { starts, lens, rows, pilots: [#(#pilots),*], text: #text }
        };
    });
    // Every string starts before the padding.
    let (seed, last_start) = (phf.seed, strings.text_len().saturating_sub(ROOM));
    let module = quote!(__p::phf);
    let (table_fn, long_fn) = (
        format_ident!("__{}_table", table.sought),
        format_ident!("__{}_long", table.sought),
    );
    let str = quote!(&str);
    let at_row = at_row(cx, &quote!(row as usize));
    block.fns.extend(quote! {
        /// The perfect-hash table of the lookup.
        #[inline(always)]
        const fn #table_fn() -> #module::Table<'static, #positions> {
            #module::Table {
                starts: #module::Starts::#start_variant(&#data.starts),
                lens: &#data.lens,
                rows: &#data.rows,
                pilots: &#data.pilots,
                text: #data.text,
                last_start: #last_start,
                seed: #seed,
                whole: #whole,
            }
        }
        /// The lookup of a string past 32 bytes, out of line.
        #[inline(never)]
        const fn #long_fn(#arg: #str) -> Option<Self> {
            match #module::find_long(#arg, Self::#table_fn()) {
                Some(row) => #at_row,
                None => None,
            }
        }
    });
    quote! {
        match #module::find(#arg, Self::#table_fn()) {
            #module::Found::Row(row) => #at_row,
            #module::Found::None => None,
            #module::Found::Long => Self::#long_fn(#arg),
        }
    }
}

/// The bytes of text the lookup reads from a string's start, at most
/// (`codes_core::__private::phf::find`'s strings are up to 32 bytes): the
/// names' and codes' texts end with as many bytes of padding (see
/// [`data::Text::new`]).
pub(super) const ROOM: usize = 32;

/// The type and value of the lookup's field `text`: a reference to the
/// strings' text.
fn text_field(strings: &data::Strings) -> (TokenStream, TokenStream) {
    let len = strings.text_len();
    let text = strings.text();
    (
        quote!(&'static [u8; #len]),
        quote!(match #text.as_bytes().first_chunk::<#len>() {
            Some(text) => text,
            None => &[0; #len],
        }),
    )
}

/// The row of key number `key`: itself, or, past the catch-all's, its
/// alias's row.
fn row_of(cx: &Cx) -> TokenStream {
    if cx.has_aliases() {
        let rows = cx.model.rows.len();
        quote!(if key < #rows { key } else { __ALIAS_ROWS[key - #rows - 1] as usize })
    } else {
        quote!(key)
    }
}
