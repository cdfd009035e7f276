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

use proc_macro2::{Ident, Literal, TokenStream, TokenTree};

use codes_core::__private::phf::{hash_int, hash_str};

use crate::model::{Code, KeyType, Model};

use super::data::{self, Field};
use super::template::{self, Hole, comma, fill, ident, push_attrs, stream};
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
        return fill(
            "from_index_call",
            "Self::__from_index($index)",
            &[("index", index.into())],
        );
    }
    // A string-keyed table's `ALL` is its `'static` form's.
    fill(
        "at_row",
        "{ let index = $index; if index < $count { Some(<$all>::ALL[index]) } else { None } }",
        &[
            ("index", index.into()),
            ("count", cx.model.rows.len().into()),
            ("all", (&cx.static_ty).into()),
        ],
    )
}

/// `__from_index`, where [`at_row`] reads it.
pub fn from_index(cx: &Cx) -> TokenStream {
    if !by_match(cx) {
        return TokenStream::new();
    }
    // `cfgs index => Variant,` a row.
    let mut arms = Vec::new();
    for (index, row) in cx.model.rows.iter().enumerate() {
        push_attrs(&mut arms, &row.cfgs);
        arms.push(Literal::usize_unsuffixed(index).into());
        template::push_op(&mut arms, "=>");
        arms.push(TokenTree::Ident(row.variant.clone()));
        arms.push(template::punct(','));
    }
    // The variants by their names alone, under a `use` of them (which may
    // hide `None`: the block's `None` by its full path). Where every row
    // may be compiled out, the `Some` may be unreachable.
    fill(
        "from_index",
        r"
        /// The row at `index` (in code order).
        #[inline]
        #[allow(unreachable_code)]
        const fn __from_index(index: usize) -> Option<Self> {
            Some({
                use $name::*;
                match index {
                    $arms
                    _ => return ::core::option::Option::None,
                }
            })
        }
        ",
        &[
            ("name", (&cx.model.name).into()),
            ("arms", stream(arms).into()),
        ],
    )
}

/// The row of an `Option<usize>` expression of a row's position, as an
/// `Option<Self>`.
fn row_at(cx: &Cx, position: &TokenStream) -> TokenStream {
    if !by_match(cx) {
        // A string-keyed table's `ALL` is its `'static` form's.
        let holes = [
            ("all", Hole::from(&cx.static_ty)),
            ("position", position.into()),
        ];
        return fill("row", "__p::row(<$all>::ALL, $position)", &holes);
    }
    let row = at_row(cx, &TokenTree::Ident(ident("index")).into());
    fill(
        "row_at",
        "match $position { Some(index) => $row, None => None, }",
        &[("position", position.into()), ("row", row.into())],
    )
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
    // A string code's lookup gives the row itself, in `__find` (which
    // `to_static` and serde's deserializer call too); an integer code's its
    // position, in `from_code` itself.
    let (find_fn, find) = if cx.strings() {
        let find_fn = fill(
            "find_fn",
            r"
            /// The variant whose code is `code`.
            #[inline]
            const fn __find(code: $find_arg) -> Option<Self> {
                $find_code
            }
            ",
            &[
                ("find_arg", cx.sought().into()),
                ("find_code", find_code.into()),
            ],
        );
        (find_fn, fill("find", "Self::__find(code)", &[]))
    } else {
        (TokenStream::new(), row_at(cx, &find_code))
    };
    let Block {
        items,
        mut fns,
        codes,
        ..
    } = block;
    cx.add_static(items);
    fns.extend(find_fn);
    fns.extend(fill(
        "from_code",
        r"
        /// The value for `code`: its variant, or the catch-all holding
        /// `code` unchanged. Never fails and never loses the code.
        #[must_use]
        #[inline]
        pub const fn from_code(code: $int) -> Self {
            match $find {
                Some(variant) => variant,
                None => Self::$catch_all(code),
            }
        }

        /// The value whose vendor name, or one of whose other names
        /// ([`aliases`](Self::aliases)), is exactly `name`.
        #[must_use]
        #[inline(always)]
        pub const fn from_name(name: &str) -> Option<Self> {
            $find_name
        }
        ",
        &[
            ("int", (&cx.int).into()),
            ("find", find.into()),
            ("catch_all", (&cx.model.catch_all).into()),
            ("find_name", find_name.into()),
        ],
    ));
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
        ident(self.name)
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
        let ty = ident(&format!("__P{count}"));
        if let Some((_, variants)) = self.positions.iter().find(|(n, _)| *n == count) {
            return (ty, Rc::clone(variants));
        }
        let mut variants = Vec::with_capacity(count);
        for at in 0..count {
            variants.push(ident(&format!("P{at}")));
        }
        let variants: Rc<[Ident]> = variants.into();
        self.items.extend(fill(
            "positions",
            r"
            /// A position in the table.
            #[derive(Clone, Copy)]
            #[repr($repr)]
            enum $ty { $list }
            ",
            &[
                ("repr", data::index_type(count).into()),
                ("ty", (&ty).into()),
                ("list", separated(&variants).into()),
            ],
        ));
        self.positions.push((count, Rc::clone(&variants)));
        (ty, variants)
    }

    /// The enum of the positions `0..count` and a constant of all of them
    /// in order (each declared once a count), for a static whose
    /// initializer computes its slots.
    fn all_positions(&mut self, count: usize) -> (Ident, Ident) {
        let (ty, variants) = self.positions(count);
        let all = ident(&format!("__P{count}_ALL"));
        if !self.all.contains(&count) {
            self.all.push(count);
            self.items.extend(fill(
                "all_positions",
                r"
                /// Every position, in order.
                const $all: [$ty; $count] = {
                    use $ty::*;
                    [$list]
                };
                ",
                &[
                    ("all", (&all).into()),
                    ("ty", (&ty).into()),
                    ("count", count.into()),
                    ("list", separated(&variants).into()),
                ],
            ));
        }
        (ty, all)
    }
}

/// `a, b, ..` of `idents`.
fn separated(idents: &[Ident]) -> TokenStream {
    let mut list = Vec::new();
    for ident in idents {
        comma(&mut list);
        list.push(TokenTree::Ident(ident.clone()));
    }
    stream(list)
}

/// Slots of positions written out, `[P3, P0, ..]` (each slot's row, or
/// `empty`'s), under a `use` of the positions' variants.
fn slots_value(variants: &[Ident], slots: &[Option<usize>], empty: usize) -> TokenStream {
    let mut values = Vec::new();
    for slot in slots {
        comma(&mut values);
        values.push(TokenTree::Ident(variants[slot.unwrap_or(empty)].clone()));
    }
    fill("slots", "[$values]", &[("values", stream(values).into())])
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
        let lookups = ("lookups", Hole::from(lookups));
        match self.slot {
            Slot::Dense { min } => fill(
                "dense_slot",
                "$lookups::dense_slot($min, code, $len)",
                &[lookups, ("min", int_lit(min).into()), ("len", len.into())],
            ),
            Slot::Mul32 { multiplier, bits } => fill(
                "mul_slot32",
                "$lookups::mul_slot32(code, $multiplier, $bits)",
                &[
                    lookups,
                    ("multiplier", multiplier.into()),
                    ("bits", bits.into()),
                ],
            ),
            Slot::Mul64 { multiplier, bits } => fill(
                "mul_slot",
                "$lookups::mul_slot(code, $multiplier, $bits)",
                &[
                    lookups,
                    ("multiplier", multiplier.into()),
                    ("bits", bits.into()),
                ],
            ),
            Slot::Pilots { seed } => fill(
                "phf_slot",
                "$lookups::phf_slot(code, &$pilots, $seed, $len)",
                &[
                    lookups,
                    ("pilots", pilots.into()),
                    ("seed", seed.into()),
                    ("len", len.into()),
                ],
            ),
        }
    }

    /// The body of `__find_code`.
    fn find(&self, lookups: &TokenStream) -> TokenStream {
        let pilots = fill("pilots", "$data.pilots", &[("data", CODES.name().into())]);
        let slot = self.slot(lookups, &pilots);
        match self.slot {
            Slot::Dense { .. } => {
                let verify = verify_code(&TokenTree::Ident(ident("slot")).into());
                fill(
                    "dense_find",
                    "match $slot { Some(slot) => $verify, None => None, }",
                    &[("slot", slot.into()), ("verify", verify.into())],
                )
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
        let init = fill(
            "slots_init",
            "let slots = { use $positions::*; $value };",
            &[("positions", (&positions).into()), ("value", value.into())],
        );
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
        let pilots = TokenTree::Ident(ident("pilots")).into();
        let (len, slot) = (self.len, self.slot(lookups, &pilots));
        let place = match self.slot {
            Slot::Dense { .. } => "if let Some(slot) = $slot { slots[slot] = $all[row]; }",
            _ => "slots[$slot] = $all[row];",
        };
        let place = fill(
            "place",
            place,
            &[("slot", slot.into()), ("all", all.into())],
        );
        fill(
            "fill_slots",
            r"
            let mut slots = [$positions::P0; $len];
            let mut row = 0;
            while row < $rows {
                let code = codes[row];
                $place
                row += 1;
            }
            ",
            &[
                ("positions", positions.into()),
                ("len", len.into()),
                ("rows", rows.into()),
                ("place", place.into()),
            ],
        )
    }
}

/// The lookup by code: adds its data and `__codes` to `block`, and returns
/// the body of `__find_code`.
fn code_lookup(cx: &Cx, block: &mut Block) -> TokenStream {
    let KeyType::Int(int) = cx.model.key else {
        // Every string of a row is a code the vendor may send: its code, then
        // its aliases.
        let mut codes = Vec::new();
        for (index, row) in cx.model.rows.iter().enumerate() {
            if let Code::Str(code) = &row.code {
                codes.push(Key {
                    string: code,
                    number: index,
                });
            }
        }
        push_alias_keys(cx.model, &mut codes);
        let arg = TokenTree::Ident(ident("code")).into();
        return string_lookup(cx, block, &codes, CODE_SLOTS, Field::Code, &arg);
    };
    let mut codes = Vec::new();
    for row in &cx.model.rows {
        if let Code::Int(code) = row.code {
            codes.push(code);
        }
    }
    let lookups = fill(
        "int_lookups",
        "__p::int::$int",
        &[("int", ident(int.name).into())],
    );
    let plan = match choose_code_lookup(&codes) {
        CodeLookup::Sorted => None,
        CodeLookup::Dense => Some(dense_plan(&codes)),
        CodeLookup::Hashed => hashed_plan(&codes),
    };
    let mut list = data::List::new();
    for &code in &codes {
        list.push(int_lit(code));
    }
    let (codes_value, rows) = list.into_array();
    let codes_value = TokenStream::from(TokenTree::Group(codes_value));
    let (data, ty) = (CODES.name(), &cx.int);
    let Some(plan) = plan else {
        // The codes alone: a plain array.
        block.items.extend(fill(
            "codes",
            "static $data: [$ty; $rows] = $value;",
            &[
                ("data", data.into()),
                ("ty", ty.into()),
                ("rows", rows.into()),
                ("value", codes_value.into()),
            ],
        ));
        block.codes = TokenTree::Ident(CODES.name()).into();
        let holes = [("lookups", lookups.into()), ("data", CODES.name().into())];
        return fill("find_sorted", "$lookups::find_sorted(&$data, code)", &holes);
    };
    slotted_codes(cx, block, &plan, &lookups, codes_value)
}

/// The codes, `codes_value`, with their lookup's slots as `plan` places
/// them: adds them to `block`, and returns the body of `__find_code`.
fn slotted_codes(
    cx: &Cx,
    block: &mut Block,
    plan: &Plan,
    lookups: &TokenStream,
    codes_value: TokenStream,
) -> TokenStream {
    let (data, ty, rows) = (CODES.name(), &cx.int, cx.model.rows.len());
    let (positions, slots) = plan.slots_init(block, rows, lookups);
    let (pilots_field, pilots_init, pilots_out) = if plan.pilots.is_empty() {
        (TokenStream::new(), TokenStream::new(), TokenStream::new())
    } else {
        let mut values = Vec::new();
        for &pilot in &plan.pilots {
            comma(&mut values);
            values.push(Literal::u32_unsuffixed(pilot).into());
        }
        let values = stream(values);
        let count = [
            ("count", plan.pilots.len().into()),
            ("values", values.into()),
        ];
        (
            fill("pilots_field", "pilots: [u32; $count],", &count),
            fill(
                "pilots_init",
                "let pilots: [u32; $count] = [$values];",
                &count,
            ),
            TokenTree::Ident(ident("pilots")).into(),
        )
    };
    block.items.extend(fill(
        "codes_and_slots",
        r"
        /// The codes and their lookup's slots.
        struct $codes_ty { codes: [$ty; $rows], slots: [$positions; $len], $pilots_field }
        static $data: $codes_ty = {
            let codes: [$ty; $rows] = $codes_value;
            $pilots_init
            $slots
            $codes_ty { codes, slots, $pilots_out }
        };
        ",
        &[
            ("data", data.into()),
            ("ty", ty.into()),
            ("rows", rows.into()),
            ("codes_ty", ident(CODES.ty).into()),
            ("positions", positions.into()),
            ("len", plan.len.into()),
            ("pilots_field", pilots_field.into()),
            ("codes_value", codes_value.into()),
            ("pilots_init", pilots_init.into()),
            ("slots", slots.into()),
            ("pilots_out", pilots_out.into()),
        ],
    ));
    block.codes = fill(
        "codes_field",
        "$data.codes",
        &[("data", CODES.name().into())],
    );
    plan.find(lookups)
}

/// `Some(row)` when the row a slot holds (`__CODES.slots[slot]`) has the
/// code sought.
fn verify_code(slot: &TokenStream) -> TokenStream {
    fill(
        "verify_code",
        r"{
            let row = $data.slots[$slot] as usize;
            if $data.codes[row] == code {
                Some(row)
            } else {
                None
            }
        }",
        &[("data", CODES.name().into()), ("slot", slot.into())],
    )
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
    let mut keys = Vec::with_capacity(codes.len());
    for &code in codes {
        keys.push(code as i64 as u64);
    }
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
    let mut keys = Vec::new();
    for (index, row) in model.rows.iter().enumerate() {
        if let Some(name) = &row.name {
            keys.push(Key {
                string: name,
                number: index,
            });
        }
    }
    push_alias_keys(model, &mut keys);
    let arg = TokenTree::Ident(ident("name")).into();
    string_lookup(cx, block, &keys, NAME_SLOTS, Field::Name, &arg)
}

/// Appends the rows' aliases to `keys`: their strings follow the rows' and
/// the catch-all's in the text of the names (and of a string-keyed table's
/// codes), so alias `j` is string `rows + 1 + j` (see [`data::Text`]).
fn push_alias_keys<'a>(model: &'a Model, keys: &mut Vec<Key<'a>>) {
    let first = model.rows.len() + 1;
    for (j, string) in model.aliases().into_iter().enumerate() {
        keys.push(Key {
            string,
            number: first + j,
        });
    }
}

/// The perfect hash of `keys`: the quick hash first (length, first and
/// last 16 bytes); the whole one when two keys agree on those.
fn string_hash(keys: &[Key]) -> Option<StringHash> {
    for &whole in &[false, true] {
        let hash = |key: usize, seed| hash_str(keys[key].string, seed, whole);
        if let Some(phf) = phf::build(keys.len(), &hash) {
            return Some(StringHash { phf, whole });
        }
    }
    None
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
        return fill("no_keys", "{ let _ = $arg; None }", &[("arg", arg.into())]);
    }
    let built = if keys.len() > SMALL {
        string_hash(keys)
    } else {
        None
    };
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
    let key = fill(
        "scanned_key",
        "match $find { Some(key) => Some($row_of), None => None, }",
        &[("find", find.into()), ("row_of", row_of(cx).into())],
    );
    row_at(cx, &key)
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
    let phf = &hash.phf;
    // A slot no key hashes to holds the first key, which lands in its own
    // slot: no marker needed. Only the slots' keys are written out; where
    // each key's string starts, its length and its row are computed at
    // compile time from the text's offsets.
    let (mut numbers, mut max) = (data::List::new(), 0);
    for slot in &phf.slots {
        let number = keys[slot.unwrap_or(0)].number;
        max = max.max(number);
        numbers.push(Literal::usize_unsuffixed(number));
    }
    let (positions, all) = block.all_positions(cx.model.rows.len());
    // Starts in 16 bits where the text allows.
    let wide = strings.text_len() > usize::from(u16::MAX);
    let start_ty = if wide { "u32" } else { "u16" };
    let (numbers, len) = numbers.into_array();
    let mut pilots = Vec::new();
    for &pilot in &phf.pilots {
        comma(&mut pilots);
        pilots.push(Literal::u32_suffixed(pilot).into());
    }
    let pilots = stream(pilots);
    let (text_ty, text) = text_field(strings);
    block.items.extend(fill(
        "string_table",
        r"
        /// The data of a lookup.
        struct $ty {
            starts: [$start_ty; $len],
            lens: [u8; $len],
            rows: [$positions; $len],
            pilots: [u32; $count],
            text: $text_ty,
        }
        static $data: $ty = {
            let keys: [$key_ty; $len] = $numbers;
            let mut starts = [0; $len];
            let mut lens = [0; $len];
            let mut rows = [$positions::P0; $len];
            let mut slot = 0;
            while slot < $len {
                let key = keys[slot] as usize;
                starts[slot] = $at[key] as $start_ty;
                lens[slot] = ($at[key + 1] - $at[key]) as u8;
                rows[slot] = $all[$row_of];
                slot += 1;
            }
            $ty { starts, lens, rows, pilots: [$pilots], text: $text }
        };
        ",
        &[
            ("ty", ident(table.ty).into()),
            ("start_ty", ident(start_ty).into()),
            ("len", len.into()),
            ("positions", (&positions).into()),
            ("count", phf.pilots.len().into()),
            ("text_ty", text_ty.into()),
            ("data", table.name().into()),
            ("key_ty", data::index_type(max).into()),
            (
                "numbers",
                TokenStream::from(TokenTree::Group(numbers)).into(),
            ),
            ("at", strings.at().into()),
            ("all", all.into()),
            ("row_of", row_of(cx).into()),
            ("pilots", pilots.into()),
            ("text", text.into()),
        ],
    ));
    let table_fns = TableFns {
        table,
        strings,
        hash,
        positions,
        wide,
    };
    table_fns.add(cx, block, arg)
}

/// The functions of a perfect hash of strings: the table's, the lookup of
/// a long string.
struct TableFns<'a> {
    table: Data,
    strings: &'a data::Strings,
    hash: &'a StringHash,
    positions: Ident,
    /// Starts are 32 bits (else 16).
    wide: bool,
}

impl TableFns<'_> {
    /// Adds the functions to `block`, and returns the lookup of `arg`.
    fn add(self, cx: &Cx, block: &mut Block, arg: &TokenStream) -> TokenStream {
        let TableFns {
            table,
            strings,
            hash,
            positions,
            wide,
        } = self;
        let (phf, start_variant) = (&hash.phf, if wide { "U32" } else { "U16" });
        // Every string starts before the padding.
        let last_start = strings.text_len().saturating_sub(ROOM);
        let (table_fn, long_fn) = (
            ident(&format!("__{}_table", table.sought)),
            ident(&format!("__{}_long", table.sought)),
        );
        let at_row = at_row(cx, &fill("row_index", "row as usize", &[]));
        block.fns.extend(fill(
            "string_table_fns",
            r"
            /// The perfect-hash table of the lookup.
            #[inline(always)]
            const fn $table_fn() -> __p::phf::Table<'static, $positions> {
                __p::phf::Table {
                    starts: __p::phf::Starts::$start_variant(&$data.starts),
                    lens: &$data.lens,
                    rows: &$data.rows,
                    pilots: &$data.pilots,
                    text: $data.text,
                    last_start: $last_start,
                    seed: $seed,
                    whole: $whole,
                }
            }
            /// The lookup of a string past 32 bytes, out of line.
            #[inline(never)]
            const fn $long_fn($arg: &str) -> Option<Self> {
                match __p::phf::find_long($arg, Self::$table_fn()) {
                    Some(row) => $at_row,
                    None => None,
                }
            }
            ",
            &[
                ("table_fn", (&table_fn).into()),
                ("positions", positions.into()),
                ("start_variant", ident(start_variant).into()),
                ("data", table.name().into()),
                ("last_start", last_start.into()),
                ("seed", phf.seed.into()),
                ("whole", hash.whole.into()),
                ("long_fn", (&long_fn).into()),
                ("arg", arg.into()),
                ("at_row", (&at_row).into()),
            ],
        ));
        fill(
            "string_find",
            r"
            match __p::phf::find($arg, Self::$table_fn()) {
                __p::phf::Found::Row(row) => $at_row,
                __p::phf::Found::None => None,
                __p::phf::Found::Long => Self::$long_fn($arg),
            }
            ",
            &[
                ("arg", arg.into()),
                ("table_fn", table_fn.into()),
                ("at_row", at_row.into()),
                ("long_fn", long_fn.into()),
            ],
        )
    }
}

/// The bytes of text the lookup reads from a string's start, at most
/// (`codes_core::__private::phf::find`'s strings are up to 32 bytes): the
/// names' and codes' texts end with as many bytes of padding (see
/// [`data::Text::strings`]).
pub(super) const ROOM: usize = 32;

/// The type and value of the lookup's field `text`: a reference to the
/// strings' text.
fn text_field(strings: &data::Strings) -> (TokenStream, TokenStream) {
    let holes = [
        ("len", Hole::from(strings.text_len())),
        ("text", strings.text().into()),
    ];
    (
        fill("text_ty", "&'static [u8; $len]", &holes),
        fill(
            "text_value",
            "match $text.as_bytes().first_chunk::<$len>() { Some(text) => text, None => &[0; $len], }",
            &holes,
        ),
    )
}

/// The row of key number `key`: itself, or, past the catch-all's, its
/// alias's row.
fn row_of(cx: &Cx) -> TokenStream {
    if cx.has_aliases() {
        let rows = cx.model.rows.len();
        fill(
            "row_of",
            "if key < $rows { key } else { __ALIAS_ROWS[key - $rows - 1] as usize }",
            &[("rows", rows.into())],
        )
    } else {
        TokenTree::Ident(ident("key")).into()
    }
}
