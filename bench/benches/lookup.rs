//! Lookups of the generated enums against what users would pick instead, in
//! one run: code -> variant, variant -> code, name, description, group and
//! class, and name -> variant (`from_name` and `FromStr`), on Clarifai's 441
//! codes and on BigML's general error codes (negative); and string code ->
//! variant on ModelArts' 838 error codes (`ModelArts.0101`). Every side is an
//! `#[inline(never)]` wrapper of `codes_bench::lookups`, called through the
//! same loop over a stream of 1,024 inputs drawn at random (fixed seed), so
//! that branch predictors cannot learn one answer; throughput is in lookups.
//! `codes_bench::comparisons` lists them: the interleaved timer
//! (`src/bin/ratios.rs`) and the instruction counter (`src/bin/count.rs`)
//! run the very same work.

use std::time::Duration;

use codes_bench::comparisons::{LEN, comparisons};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn lookup(c: &mut Criterion) {
    for comparison in comparisons() {
        let mut group = c.benchmark_group(&comparison.name);
        group.throughput(Throughput::Elements(LEN as u64));
        for side in &comparison.sides {
            group.bench_function(side.name, |b| b.iter(|| side.run(1)));
        }
        group.finish();
    }
}

criterion_group! {
    name = benches;
    // Short runs by default; `--warm-up-time` and `--measurement-time` on the
    // command line override them.
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = lookup
}
criterion_main!(benches);
