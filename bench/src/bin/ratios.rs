//! Wall-clock ratios of every comparison (`codes_bench::comparisons`),
//! interleaved: in each round every side of a comparison runs once over its
//! 1,024 inputs (`REPS` times), in an order that rotates from round to round,
//! so that a change in the machine's load falls on every side alike. A side's
//! time is the median over the rounds; each alternative's ratio is the median
//! of its per-round ratios to the generated lookup (above 1: the generated
//! lookup is faster), with the quartiles of those ratios.
//!
//! ```text
//! usage: ratios [FILTER] [ROUNDS] [REPS]   (defaults: every comparison, 201
//!                                          rounds, 20 repetitions)
//! ```

use std::time::Instant;

use codes_bench::comparisons::{LEN, comparisons};

fn quantile(sorted: &[f64], q: f64) -> f64 {
    let position = q * (sorted.len() - 1) as f64;
    let (lo, hi) = (position.floor() as usize, position.ceil() as usize);
    sorted[lo] + (sorted[hi] - sorted[lo]) * (position - lo as f64)
}

fn sorted(mut values: Vec<f64>) -> Vec<f64> {
    values.sort_by(f64::total_cmp);
    values
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let filter = args.first().cloned().unwrap_or_default();
    let number = |i: usize, default: usize| {
        args.get(i)
            .map_or(Ok(default), |a| a.parse::<usize>())
            .ok()
            .filter(|&n| n > 0)
    };
    let (Some(rounds), Some(reps)) = (number(1, 201), number(2, 20)) else {
        eprintln!("usage: ratios [FILTER] [ROUNDS] [REPS] (positive numbers)");
        std::process::exit(2);
    };
    println!("comparison\tside\tns a lookup (median)\tratio to status_codes (median)\tquartiles");
    for comparison in comparisons() {
        if !comparison.name.contains(&filter) {
            continue;
        }
        let sides = &comparison.sides;
        for side in sides {
            side.run(reps); // warm up
        }
        let mut times = vec![Vec::with_capacity(rounds); sides.len()];
        for round in 0..rounds {
            for k in 0..sides.len() {
                let i = (round + k) % sides.len();
                let start = Instant::now();
                sides[i].run(reps);
                times[i].push(start.elapsed().as_nanos() as f64 / (reps * LEN) as f64);
            }
        }
        for (i, side) in sides.iter().enumerate() {
            let median = quantile(&sorted(times[i].clone()), 0.5);
            let ratios = sorted(times[i].iter().zip(&times[0]).map(|(t, o)| t / o).collect());
            println!(
                "{}\t{}\t{:.2}\t{:.2}\t{:.2}-{:.2}",
                comparison.name,
                side.name,
                median,
                quantile(&ratios, 0.5),
                quantile(&ratios, 0.25),
                quantile(&ratios, 0.75)
            );
        }
    }
}
