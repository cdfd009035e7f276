//! Expansion cost of the macro's core on synthetic tables of 100, 1,000 and
//! 10,000 rows: the time per row must stay flat.

use codes_bench::synthetic_table;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};

fn expand(c: &mut Criterion) {
    let mut group = c.benchmark_group("expand");
    group.sample_size(10);
    for rows in [100u64, 1_000, 10_000] {
        let table = synthetic_table(rows as usize);
        group.throughput(Throughput::Elements(rows));
        group.bench_function(format!("{rows} rows"), |b| {
            b.iter_batched(
                || table.clone(),
                |tokens| codes_codegen::try_expand(tokens).map(|out| out.is_empty()),
                BatchSize::LargeInput,
            );
        });
    }
    group.finish();
}

criterion_group!(benches, expand);
criterion_main!(benches);
