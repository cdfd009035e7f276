//! The comparisons every harness runs: for each table and stream of inputs,
//! the generated lookup and its alternatives, each a wrapper of
//! [`lookups`] run over the same 1,024 inputs through
//! [`over`]. The criterion benchmark (`benches/lookup.rs`), the interleaved
//! timer (`src/bin/ratios.rs`) and the instruction counter
//! (`src/bin/count.rs`) take their work from [`comparisons`], so that they
//! measure the same thing.

use std::any::type_name;

use codes_alt_tables::AltClarifai;
use vendor_codes::vendors::bigml::GeneralError;
use vendor_codes::vendors::clarifai::Clarifai;

use crate::lookups::{self, over};
use crate::{Rng, Stream, pick, streams};
use vendor_codes::vendors::modelarts::ModelArtsError;

/// The inputs of every stream: 1,024 of them.
pub const LEN: usize = 1024;

/// One side of a comparison: a wrapper and its inputs.
pub struct Side {
    /// `status_codes` (the generated lookup), or the alternative's name.
    pub name: &'static str,
    /// The wrapper's path (`codes_bench::lookups::clarifai::code_match`), as
    /// callgrind names the function (`--toggle-collect`); `None` for a side
    /// inlined into the loop, which callgrind cannot count alone.
    pub function: Option<&'static str>,
    run: Box<dyn Fn(usize)>,
}

impl Side {
    /// Runs the wrapper over every input, `reps` times.
    pub fn run(&self, reps: usize) {
        (self.run)(reps);
    }
}

impl std::fmt::Debug for Side {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Side")
            .field("name", &self.name)
            .field("function", &self.function)
            .finish_non_exhaustive()
    }
}

/// The sides that one stream of inputs is given to, the generated lookup
/// first.
#[derive(Debug)]
pub struct Comparison {
    /// `code_to_variant/clarifai/known`: what is looked up, in which table,
    /// from which stream.
    pub name: String,
    /// The generated lookup, then the alternatives.
    pub sides: Vec<Side>,
}

/// `lookup`, a wrapper of [`lookups`], over `inputs`.
fn side<T, R, F>(name: &'static str, inputs: &[T], lookup: F) -> Side
where
    T: Copy + 'static,
    F: Fn(T) -> R + Copy + 'static,
{
    Side {
        function: Some(type_name::<F>()),
        ..inlined(name, inputs, lookup)
    }
}

/// `lookup`, one of the `inlined` lookups of [`lookups`], over `inputs`,
/// inlined into the loop.
fn inlined<T, R, F>(name: &'static str, inputs: &[T], lookup: F) -> Side
where
    T: Copy + 'static,
    F: Fn(T) -> R + Copy + 'static,
{
    let inputs = inputs.to_vec();
    Side {
        name,
        function: None,
        run: Box::new(move |reps| {
            for _ in 0..reps {
                over(&inputs, lookup);
            }
        }),
    }
}

/// The code → variant comparisons of the lookups of `lookups::$module` (the
/// table `$table`) over the stream `$stream`: out of line, then inlined into
/// the loop, the same sides in the same order.
macro_rules! code_to_variant {
    ($out:ident, $table:literal, $module:ident, $stream:ident, $inputs:ident) => {{
        use lookups::$module::*;
        $out.push(Comparison {
            name: format!(concat!("code_to_variant/", $table, "/{}"), $stream),
            sides: vec![
                side("status_codes", &$inputs, code_status_codes),
                side("match", &$inputs, code_match),
                side("num_enum", &$inputs, code_num_enum),
                side("phf", &$inputs, code_phf),
                side("empty", &$inputs, code_empty),
            ],
        });
        $out.push(Comparison {
            name: format!(concat!("code_to_variant_inlined/", $table, "/{}"), $stream),
            sides: vec![
                inlined("status_codes", &$inputs, inlined::code_status_codes),
                inlined("match", &$inputs, inlined::code_match),
                inlined("num_enum", &$inputs, inlined::code_num_enum),
                inlined("phf", &$inputs, inlined::code_phf),
                inlined("empty", &$inputs, inlined::code_empty),
            ],
        });
    }};
}

/// Every comparison, in the order of `BENCHMARKS.md`.
#[must_use]
pub fn comparisons() -> Vec<Comparison> {
    let mut out = Vec::new();
    for Stream { name, inputs } in streams::<Clarifai>(LEN, 10_000..=99_999) {
        code_to_variant!(out, "clarifai", clarifai, name, inputs);
    }
    for Stream { name, inputs } in streams::<GeneralError>(LEN, -1_300..=-1_000) {
        code_to_variant!(out, "bigml-general", bigml_general, name, inputs);
    }
    {
        use lookups::clarifai::*;
        let known = streams::<Clarifai>(LEN, 10_000..=99_999)
            .swap_remove(0)
            .inputs;
        let ours: Vec<Clarifai> = known.iter().map(|&c| Clarifai::from_code(c)).collect();
        let alt: Vec<AltClarifai> = known.iter().map(|&c| AltClarifai::from(c)).collect();
        let pairs = [
            (
                "code",
                side("status_codes", &ours, variant_code_status_codes),
                side("num_enum", &alt, variant_code_num_enum),
            ),
            (
                "name",
                side("status_codes", &ours, variant_name_status_codes),
                side("strum", &alt, variant_name_strum),
            ),
            (
                "description",
                side("status_codes", &ours, variant_description_status_codes),
                side("strum", &alt, variant_description_strum),
            ),
            (
                "group",
                side("status_codes", &ours, variant_group_status_codes),
                side("strum", &alt, variant_group_strum),
            ),
            (
                "class",
                side("status_codes", &ours, variant_class_status_codes),
                side("strum", &alt, variant_class_strum),
            ),
        ];
        for (accessor, ours, theirs) in pairs {
            out.push(Comparison {
                name: format!("variant_to/clarifai/{accessor}"),
                sides: vec![ours, theirs],
            });
        }
    }
    for (stream, inputs) in name_streams() {
        use lookups::clarifai::*;
        out.push(Comparison {
            name: format!("name_to_variant/clarifai/{stream}"),
            sides: vec![
                side("status_codes", &inputs, name_status_codes),
                side("status_codes_parse", &inputs, name_status_codes_parse),
                side("match", &inputs, name_match),
                side("strum", &inputs, name_strum),
                side("strum_phf", &inputs, name_strum_phf),
                side("phf", &inputs, name_phf),
            ],
        });
    }
    for (stream, inputs) in string_code_streams() {
        use lookups::modelarts_errors::*;
        out.push(Comparison {
            name: format!("string_code_to_variant/modelarts-errors/{stream}"),
            sides: vec![
                side("status_codes", &inputs, code_status_codes),
                side("match", &inputs, code_match),
                side("strum", &inputs, code_strum),
                side("strum_phf", &inputs, code_strum_phf),
                side("phf", &inputs, code_phf),
            ],
        });
    }
    out
}

/// Clarifai's wire names: names the table lists, and near misses (a listed
/// name with `_X` appended), as a client meets unknown names. The near
/// misses are leaked: they live as long as the harness.
fn name_streams() -> [(&'static str, Vec<&'static str>); 2] {
    let names: Vec<&'static str> = Clarifai::ALL.iter().filter_map(|c| c.name()).collect();
    let known = pick(&names, LEN, 1);
    let unknown = pick(&names, LEN, 2)
        .iter()
        .map(|n| &*format!("{n}_X").leak())
        .collect();
    [("known", known), ("unknown", unknown)]
}

/// ModelArts' error codes: codes the table lists, and codes of the same
/// shape it does not list (`ModelArts.` and four digits, drawn at random),
/// leaked like the near-miss names.
fn string_code_streams() -> [(&'static str, Vec<&'static str>); 2] {
    let listed: Vec<&'static str> = ModelArtsError::ALL.iter().map(|c| c.code()).collect();
    let known = pick(&listed, LEN, 1);
    let mut rng = Rng::new(2);
    let mut unknown = Vec::with_capacity(LEN);
    while unknown.len() < LEN {
        let code = format!("ModelArts.{:04}", rng.below(10_000));
        if !listed.contains(&code.as_str()) {
            unknown.push(&*code.leak());
        }
    }
    [("known", known), ("unknown", unknown)]
}
