//! Runs one side of one comparison (`codes_bench::comparisons`) over its
//! 1,024 inputs, `REPS` times, for `instructions.sh`, which counts its
//! instructions under callgrind twice: the whole loop (a run with `REPS` less
//! a run with 0, divided by the lookups made), and the lookup alone (the
//! side's `#[inline(never)]` wrapper, counted inclusively with
//! `--toggle-collect`, divided by the lookups).
//!
//! usage: count KIND REPS   (KIND is COMPARISON/SIDE, e.g.
//!                          code_to_variant/clarifai/mixed/status_codes)
//!        count --kinds     (every kind, a tab, its wrapper's path)

use codes_bench::comparisons::comparisons;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let comparisons = comparisons();
    let kinds = comparisons.iter().flat_map(|comparison| {
        comparison
            .sides
            .iter()
            .map(move |side| (format!("{}/{}", comparison.name, side.name), side))
    });
    if args.first().map(String::as_str) == Some("--kinds") {
        for (kind, side) in kinds {
            println!("{kind}\t{}", side.function);
        }
        return;
    }
    let (Some(kind), Some(Ok(reps))) = (args.first(), args.get(1).map(|r| r.parse::<usize>()))
    else {
        eprintln!("usage: count KIND REPS (count --kinds lists the kinds)");
        std::process::exit(2);
    };
    match kinds.clone().find(|(name, _)| name == kind) {
        Some((_, side)) => side.run(reps),
        None => {
            eprintln!("count: no kind {kind} (count --kinds lists them)");
            std::process::exit(2);
        }
    }
}
