//! Runs one kind of lookup over a fixed stream of 1,024 inputs, `REPS` times,
//! for `instructions.sh`, which counts its instructions under callgrind (run
//! with `REPS` and with 0, the difference divided by the lookups made).
//!
//! usage: count KIND REPS       (count --kinds lists the kinds)

use std::hint::black_box;
use std::str::FromStr;

use codes::vendors::bigml::GeneralError;
use codes::vendors::clarifai::Clarifai;
use codes_alt_tables::{AltBigmlGeneral, AltClarifai};
use codes_bench::alternatives::{bigml_general, clarifai};
use codes_bench::{pick, streams};

const LEN: usize = 1024;

const KINDS: &[&str] = &[
    "code/clarifai/status_codes",
    "code/clarifai/match",
    "code/clarifai/num_enum",
    "code/clarifai/phf",
    "code/bigml-general/status_codes",
    "code/bigml-general/match",
    "code/bigml-general/num_enum",
    "code/bigml-general/phf",
    "name/clarifai/status_codes",
    "name/clarifai/match",
    "name/clarifai/strum",
    "name/clarifai/strum_phf",
    "name/clarifai/phf",
];

fn over<T: Copy, R>(reps: usize, inputs: &[T], f: impl Fn(T) -> R) {
    for _ in 0..reps {
        for &input in inputs {
            black_box(f(black_box(input)));
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--kinds") {
        for kind in KINDS {
            println!("{kind}");
        }
        return;
    }
    let (Some(kind), Some(Ok(reps))) = (args.first(), args.get(1).map(|r| r.parse::<usize>()))
    else {
        eprintln!("usage: count KIND REPS (count --kinds lists the kinds)");
        std::process::exit(2);
    };
    // The mixed streams: half listed codes, half not.
    let clarifai_codes = streams::<Clarifai>(LEN, 10_000..=99_999)
        .swap_remove(2)
        .inputs;
    let bigml_codes = streams::<GeneralError>(LEN, -1_300..=-1_000)
        .swap_remove(2)
        .inputs;
    let names: Vec<&'static str> = Clarifai::ALL.iter().filter_map(|c| c.name()).collect();
    let names = pick(&names, LEN, 1);
    match kind.as_str() {
        "code/clarifai/status_codes" => over(reps, &clarifai_codes, Clarifai::from_code),
        "code/clarifai/match" => over(reps, &clarifai_codes, clarifai::from_code_match),
        "code/clarifai/num_enum" => over(reps, &clarifai_codes, AltClarifai::from),
        "code/clarifai/phf" => over(reps, &clarifai_codes, |c| {
            clarifai::BY_CODE
                .get(&c)
                .copied()
                .unwrap_or(Clarifai::Unknown(c))
        }),
        "code/bigml-general/status_codes" => over(reps, &bigml_codes, GeneralError::from_code),
        "code/bigml-general/match" => over(reps, &bigml_codes, bigml_general::from_code_match),
        "code/bigml-general/num_enum" => over(reps, &bigml_codes, AltBigmlGeneral::from),
        "code/bigml-general/phf" => over(reps, &bigml_codes, |c| {
            bigml_general::BY_CODE
                .get(&c)
                .copied()
                .unwrap_or(GeneralError::Unknown(c))
        }),
        "name/clarifai/status_codes" => over(reps, &names, Clarifai::from_name),
        "name/clarifai/match" => over(reps, &names, clarifai::from_name_match),
        "name/clarifai/strum" => over(reps, &names, |n| AltClarifai::from_str(n).ok()),
        "name/clarifai/strum_phf" => over(reps, &names, |n| clarifai::StrumPhf::from_str(n).ok()),
        "name/clarifai/phf" => over(reps, &names, |n| clarifai::BY_NAME.get(n).copied()),
        other => {
            eprintln!("count: no kind {other} (count --kinds lists them)");
            std::process::exit(2);
        }
    }
}
