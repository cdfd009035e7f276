//! Benchmarks of `status_codes!` and of the code it generates, against the
//! crates users would pick instead. `BENCHMARKS.md` at the repository's root
//! reports the figures and the commands that reproduce them.

/// Hand-written and `phf` lookups over the benchmarked tables, from the same
/// rows as `codes-vendors`: written by the build script (`build.rs`, through
/// `generate_alternatives::alternatives`) into `OUT_DIR`, not committed.
#[allow(missing_docs, clippy::all, clippy::pedantic)]
pub mod alternatives {
    include!(concat!(env!("OUT_DIR"), "/alternatives.rs"));
}
pub mod comparisons;
pub mod lookups;

use std::ops::RangeInclusive;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use vendor_codes::{Integer, VendorCode};

/// A synthetic table of `rows` rows, in groups of 100 with declared ranges,
/// every row with a name, a description and (every third) a class: the shape
/// of Clarifai's table, at any size.
#[must_use]
pub fn synthetic_table(rows: usize) -> TokenStream {
    let groups = (0..rows.div_ceil(100)).map(|g| {
        let name = format_ident!("Group{}", g);
        let title = format!("Group {g} codes: {}xx", 100 + g);
        let lo = Literal::usize_unsuffixed(10_000 + g * 1000);
        let hi = Literal::usize_unsuffixed(10_000 + g * 1000 + 999);
        let rows = (g * 100..rows.min(g * 100 + 100)).map(|i| {
            let code = Literal::usize_unsuffixed(10_000 + (i / 100) * 1000 + (i % 100) * 7);
            let name = format_ident!("STATUS_CODE_NUMBER_{}", i);
            let description =
                format!("Description of status code number {i}, as the vendor wrote it");
            if i % 3 == 0 {
                quote!(#code #name: #description => retry,)
            } else {
                quote!(#code #name: #description,)
            }
        });
        quote!(group #name #title (#lo..=#hi) => client_error { #(#rows)* })
    });
    quote! {
        /// A synthetic vendor's status codes.
        #[codes(vendor = "Synthetic")]
        pub enum Synthetic: u32 {
            #(#groups)*
        }
    }
}

/// A deterministic xorshift generator: the same inputs on every run.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a non-zero seed.
    #[must_use]
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// `len` items drawn at random from `items`.
#[must_use]
pub fn pick<T: Copy>(items: &[T], len: usize, seed: u64) -> Vec<T> {
    let mut rng = Rng::new(seed);
    (0..len).map(|_| items[rng.below(items.len())]).collect()
}

/// A named stream of raw codes.
#[derive(Debug, Clone)]
pub struct Stream<T> {
    /// `known`, `unknown` or `mixed`.
    pub name: &'static str,
    /// The codes.
    pub inputs: Vec<T>,
}

/// Three streams of `len` codes of table `C`: codes it lists, codes it does
/// not list (drawn from `range`, around its codes), and half of each.
#[must_use]
pub fn streams<C: VendorCode<Code: Integer>>(
    len: usize,
    range: RangeInclusive<i64>,
) -> Vec<Stream<C::Code>> {
    let listed: Vec<C::Code> = C::ALL.iter().map(|code| code.code()).collect();
    let known = pick(&listed, len, 1);
    let mut rng = Rng::new(2);
    let span = (range.end() - range.start() + 1) as u64;
    let mut unknown = Vec::with_capacity(len);
    while unknown.len() < len {
        let raw = i128::from(*range.start()) + i128::from((rng.next_u64() % span) as i64);
        if let Some(code) = C::Code::from_i128(raw) {
            if !C::from_code(code).is_known() {
                unknown.push(code);
            }
        }
    }
    let mut rng = Rng::new(3);
    let mixed = (0..len)
        .map(|i| {
            if rng.next_u64() & 1 == 0 {
                known[i]
            } else {
                unknown[i]
            }
        })
        .collect();
    vec![
        Stream {
            name: "known",
            inputs: known,
        },
        Stream {
            name: "unknown",
            inputs: unknown,
        },
        Stream {
            name: "mixed",
            inputs: mixed,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use vendor_codes::vendors::clarifai::Clarifai;

    #[test]
    fn streams_hold_what_they_say() {
        let [known, unknown, mixed] =
            <[Stream<u32>; 3]>::try_from(streams::<Clarifai>(512, 10_000..=99_999)).unwrap();
        assert!(known.inputs.iter().all(|&c| Clarifai::from(c).is_known()));
        assert!(
            unknown
                .inputs
                .iter()
                .all(|&c| !Clarifai::from(c).is_known())
        );
        let mixed_known = mixed
            .inputs
            .iter()
            .filter(|&&c| Clarifai::from(c).is_known())
            .count();
        assert!((156..356).contains(&mixed_known), "{mixed_known}");
        assert_eq!(
            streams::<Clarifai>(8, 10_000..=99_999)[0].inputs,
            known.inputs[..8]
        );
    }

    /// Every wrapper the benchmarks call gives the generated lookup's answer,
    /// on every input of every stream they run.
    #[test]
    fn the_alternatives_agree_with_the_generated_lookups() {
        use crate::lookups::{bigml_general as bigml, clarifai};
        use vendor_codes::vendors::bigml::GeneralError;
        let mut unknown = 0;
        for stream in streams::<Clarifai>(1024, 10_000..=99_999) {
            for code in stream.inputs {
                let ours = clarifai::code_status_codes(code);
                assert_eq!(clarifai::code_match(code), ours, "{code}");
                assert_eq!(clarifai::code_phf(code), ours, "{code}");
                let alt = clarifai::code_num_enum(code);
                assert_eq!(clarifai::variant_code_num_enum(alt), code);
                assert_eq!(clarifai::variant_code_status_codes(ours), code);
                unknown += usize::from(!ours.is_known());
                if !ours.is_known() {
                    assert_eq!(alt, codes_alt_tables::AltClarifai::Unknown(code));
                    continue;
                }
                let name = ours.name().expect("every listed Clarifai code has a name");
                assert_eq!(clarifai::variant_name_status_codes(ours), Some(name));
                assert_eq!(clarifai::variant_name_strum(alt), name);
                assert_eq!(
                    clarifai::variant_description_strum(alt),
                    clarifai::variant_description_status_codes(ours)
                );
                assert_eq!(
                    clarifai::variant_group_strum(alt),
                    clarifai::variant_group_status_codes(ours).map(|g| g.name())
                );
                assert_eq!(
                    clarifai::variant_class_strum(alt),
                    Some(clarifai::variant_class_status_codes(ours).as_str())
                );
            }
        }
        assert!((1024..2048).contains(&unknown), "{unknown}");
        let names: Vec<&str> = Clarifai::ALL.iter().filter_map(|c| c.name()).collect();
        let near_misses: Vec<String> = names.iter().map(|n| format!("{n}_X")).collect();
        let inputs = names
            .iter()
            .copied()
            .chain(near_misses.iter().map(String::as_str));
        for name in inputs {
            let ours = clarifai::name_status_codes(name);
            assert_eq!(clarifai::name_status_codes_parse(name).ok(), ours, "{name}");
            assert_eq!(clarifai::name_match(name), ours, "{name}");
            assert_eq!(clarifai::name_phf(name), ours, "{name}");
            assert_eq!(
                clarifai::name_strum(name).ok().map(u32::from),
                ours.map(Clarifai::code),
                "{name}"
            );
            assert_eq!(
                clarifai::name_strum_phf(name).is_ok(),
                ours.is_some(),
                "{name}"
            );
        }
        for stream in streams::<GeneralError>(1024, -1_300..=-1_000) {
            for code in stream.inputs {
                let ours = bigml::code_status_codes(code);
                assert_eq!(bigml::code_match(code), ours, "{code}");
                assert_eq!(bigml::code_phf(code), ours, "{code}");
                let alt = bigml::code_num_enum(code);
                assert_eq!(i32::from(alt), code);
                assert_eq!(
                    alt == codes_alt_tables::AltBigmlGeneral::Unknown(code),
                    !ours.is_known()
                );
            }
        }
    }

    /// The string-keyed table's alternatives agree with its generated lookup
    /// on every listed code and on codes it does not list.
    #[test]
    fn the_string_keyed_alternatives_agree_with_the_generated_lookup() {
        use crate::lookups::modelarts_errors as m;
        use vendor_codes::vendors::modelarts::ModelArtsError;
        assert_eq!(ModelArtsError::ALL.len(), 838);
        let listed: Vec<&str> = ModelArtsError::ALL.iter().map(|c| c.code()).collect();
        let unlisted: Vec<String> = (0..10_000)
            .map(|n| format!("ModelArts.{n:04}"))
            .chain(["", "ModelArts.", "modelarts.0101", "ModelArts.01010"].map(String::from))
            .filter(|code| !listed.contains(&code.as_str()))
            .collect();
        assert_eq!(unlisted.len(), 10_000 - 838 + 4);
        for code in listed
            .iter()
            .copied()
            .chain(unlisted.iter().map(String::as_str))
        {
            let ours = m::code_status_codes(code);
            assert_eq!(ours.is_known(), listed.contains(&code), "{code}");
            assert_eq!(m::code_match(code), ours, "{code}");
            assert_eq!(m::code_phf(code), ours, "{code}");
            let strum = m::code_strum(code);
            assert_eq!(strum.is_ok(), ours.is_known(), "{code}");
            // strum's variants are the generated ones, by name.
            if let (Ok(strum), Some(name)) = (strum, ours.variant_name()) {
                assert_eq!(format!("{strum:?}"), name);
            }
            assert_eq!(
                m::code_strum_phf(code).map(|v| format!("{v:?}")),
                strum.map(|v| format!("{v:?}"))
            );
        }
    }

    /// The harnesses run every side of every comparison, each a wrapper of
    /// its own, the generated lookup first.
    #[test]
    fn comparisons_name_their_wrappers() {
        let comparisons = crate::comparisons::comparisons();
        assert!(comparisons.len() >= 13, "{}", comparisons.len());
        let mut functions = std::collections::HashSet::new();
        for comparison in &comparisons {
            assert_eq!(
                comparison.sides[0].name, "status_codes",
                "{}",
                comparison.name
            );
            assert!(comparison.sides.len() >= 2, "{}", comparison.name);
            let inlined = comparison.name.starts_with("code_to_variant_inlined/");
            for side in &comparison.sides {
                match side.function {
                    Some(function) => {
                        assert!(!inlined, "{}", comparison.name);
                        assert!(function.starts_with("codes_bench::lookups::"), "{function}");
                        functions.insert(function);
                    }
                    None => assert!(inlined, "{}/{}", comparison.name, side.name),
                }
                side.run(1);
            }
            // An inlined comparison has the sides of its out-of-line one.
            if let Some(rest) = comparison.name.strip_prefix("code_to_variant_inlined/") {
                let outer = comparisons
                    .iter()
                    .find(|c| c.name == format!("code_to_variant/{rest}"))
                    .expect(rest);
                let names = |c: &crate::comparisons::Comparison| {
                    c.sides.iter().map(|side| side.name).collect::<Vec<_>>()
                };
                assert_eq!(names(comparison), names(outer));
            }
        }
        // One wrapper a side: streams of the same table share them (the
        // code lookups with an empty one each).
        assert_eq!(functions.len(), 5 + 5 + 10 + 6 + 5);
    }

    #[test]
    fn synthetic_tables_expand_without_errors() {
        for rows in [1, 100, 1000] {
            let out = codes_codegen::try_expand(synthetic_table(rows)).map(|t| t.to_string());
            assert!(out.is_ok(), "{rows} rows: {out:?}");
            let last = format!("StatusCodeNumber{}", rows - 1);
            assert!(out.unwrap().contains(&last));
        }
    }
}
