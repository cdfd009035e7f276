//! Lookups of the generated enums against what users would pick instead, in
//! one run: code -> variant, variant -> code, name, description, group and
//! class, and name -> variant, on Clarifai's 336 codes and on BigML's general
//! error codes (negative). Every measurement walks a stream of 1,024 inputs
//! drawn at random (fixed seed), so that branch predictors cannot learn one
//! answer; throughput is in lookups.

use std::hint::black_box;
use std::str::FromStr;
use std::time::Duration;

use codes::vendors::bigml::GeneralError;
use codes::vendors::clarifai::Clarifai;
use codes_alt_tables::{AltBigmlGeneral, AltClarifai};
use codes_bench::alternatives::{bigml_general, clarifai};
use codes_bench::{Stream, streams};
use criterion::{
    BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main, measurement::WallTime,
};
use strum::{EnumMessage, EnumProperty};

const LEN: usize = 1024;

fn group<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(LEN as u64));
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(2));
    group
}

/// Runs `f` over every input of `stream`, keeping every answer alive.
fn over<T: Copy, R>(inputs: &[T], f: impl Fn(T) -> R) {
    for &input in inputs {
        black_box(f(black_box(input)));
    }
}

fn code_to_variant(c: &mut Criterion) {
    for Stream { name, inputs } in streams::<Clarifai>(LEN, 10_000..=99_999) {
        let mut g = group(c, &format!("code_to_variant/clarifai/{name}"));
        g.bench_function("status_codes", |b| {
            b.iter(|| over(&inputs, Clarifai::from_code))
        });
        g.bench_function("match", |b| {
            b.iter(|| over(&inputs, clarifai::from_code_match))
        });
        g.bench_function("num_enum", |b| b.iter(|| over(&inputs, AltClarifai::from)));
        g.bench_function("phf", |b| {
            b.iter(|| {
                over(&inputs, |code| {
                    clarifai::BY_CODE
                        .get(&code)
                        .copied()
                        .unwrap_or(Clarifai::Unknown(code))
                })
            })
        });
        g.finish();
    }
    for Stream { name, inputs } in streams::<GeneralError>(LEN, -1_300..=-1_000) {
        let mut g = group(c, &format!("code_to_variant/bigml-general/{name}"));
        g.bench_function("status_codes", |b| {
            b.iter(|| over(&inputs, GeneralError::from_code))
        });
        g.bench_function("match", |b| {
            b.iter(|| over(&inputs, bigml_general::from_code_match))
        });
        g.bench_function("num_enum", |b| {
            b.iter(|| over(&inputs, AltBigmlGeneral::from))
        });
        g.bench_function("phf", |b| {
            b.iter(|| {
                over(&inputs, |code| {
                    bigml_general::BY_CODE
                        .get(&code)
                        .copied()
                        .unwrap_or(GeneralError::Unknown(code))
                })
            })
        });
        g.finish();
    }
}

fn variant_to(c: &mut Criterion) {
    let known = streams::<Clarifai>(LEN, 10_000..=99_999)
        .swap_remove(0)
        .inputs;
    let ours: Vec<Clarifai> = known
        .iter()
        .map(|&code| Clarifai::from_code(code))
        .collect();
    let alt: Vec<AltClarifai> = known.iter().map(|&code| AltClarifai::from(code)).collect();
    let mut g = group(c, "variant_to/clarifai");
    g.bench_function("code/status_codes", |b| {
        b.iter(|| over(&ours, Clarifai::code))
    });
    g.bench_function("code/num_enum", |b| b.iter(|| over(&alt, u32::from)));
    g.bench_function("name/status_codes", |b| {
        b.iter(|| over(&ours, Clarifai::name))
    });
    g.bench_function("name/strum", |b| {
        b.iter(|| over(&alt, <&'static str>::from))
    });
    g.bench_function("description/status_codes", |b| {
        b.iter(|| over(&ours, Clarifai::description))
    });
    g.bench_function("description/strum", |b| {
        b.iter(|| over(&alt, |v| v.get_message()))
    });
    g.bench_function("group/status_codes", |b| {
        b.iter(|| over(&ours, Clarifai::group))
    });
    g.bench_function("group/strum", |b| {
        b.iter(|| over(&alt, |v| v.get_str("group")))
    });
    g.bench_function("class/status_codes", |b| {
        b.iter(|| over(&ours, Clarifai::class))
    });
    g.bench_function("class/strum", |b| {
        b.iter(|| over(&alt, |v| v.get_str("class")))
    });
    g.finish();
}

fn name_to_variant(c: &mut Criterion) {
    let names: Vec<&'static str> = Clarifai::ALL.iter().filter_map(|c| c.name()).collect();
    let known = codes_bench::pick(&names, LEN, 1);
    // Unknown names as a client meets them: near misses of real names.
    let unknown: Vec<String> = codes_bench::pick(&names, LEN, 2)
        .iter()
        .map(|n| format!("{n}_X"))
        .collect();
    let unknown: Vec<&str> = unknown.iter().map(String::as_str).collect();
    for (stream, inputs) in [("known", &known), ("unknown", &unknown)] {
        let mut g = group(c, &format!("name_to_variant/clarifai/{stream}"));
        g.bench_function("status_codes", |b| {
            b.iter(|| over(inputs, Clarifai::from_name))
        });
        g.bench_function("match", |b| {
            b.iter(|| over(inputs, clarifai::from_name_match))
        });
        g.bench_function("strum", |b| {
            b.iter(|| over(inputs, |n| AltClarifai::from_str(n).ok()))
        });
        g.bench_function("strum_phf", |b| {
            b.iter(|| over(inputs, |n| clarifai::StrumPhf::from_str(n).ok()))
        });
        g.bench_function("phf", |b| {
            b.iter(|| over(inputs, |n| clarifai::BY_NAME.get(n).copied()))
        });
        g.finish();
    }
}

criterion_group!(benches, code_to_variant, variant_to, name_to_variant);
criterion_main!(benches);
