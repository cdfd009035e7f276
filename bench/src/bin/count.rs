//! Runs one side of one comparison (`codes_bench::comparisons`) over its
//! 1,024 inputs, `REPS` times, for `instructions.sh`, which counts its
//! instructions under callgrind twice: the whole loop (a run with `REPS` less
//! a run with 0, divided by the lookups made), and the lookup alone (the
//! side's `#[inline(never)]` wrapper, counted inclusively with
//! `--toggle-collect`, divided by the lookups).
//!
//! It also expands a synthetic table of `ROWS` rows once
//! (`codes_codegen::try_expand`, the macro's core), for callgrind's count of
//! the expansion (`--toggle-collect=codes_codegen::try_expand`).
//!
//! ```text
//! usage: count KIND REPS      (KIND is COMPARISON/SIDE, e.g.
//!                             code_to_variant/clarifai/mixed/status_codes)
//!        count --kinds        (every kind, a tab, its wrapper's path)
//!        count --expand ROWS  (expand a synthetic table of ROWS rows)
//! ```

use codes_bench::comparisons::comparisons;
use codes_bench::synthetic_table;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--expand") {
        let Some(Ok(rows)) = args.get(1).map(|r| r.parse::<usize>()) else {
            eprintln!("usage: count --expand ROWS");
            std::process::exit(2);
        };
        let table = synthetic_table(rows);
        match codes_codegen::try_expand(table) {
            Ok(tokens) => println!("{rows} rows: {} tokens", tokens.into_iter().count()),
            Err(e) => {
                eprintln!("count: the synthetic table does not expand: {e}");
                std::process::exit(1);
            }
        }
        return;
    }
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
