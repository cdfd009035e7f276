//! Runs one side of one comparison (`codes_bench::comparisons`) over its
//! 1,024 inputs, `REPS` times, for `instructions.sh`, which counts its
//! instructions under callgrind twice: the whole loop (a run with `REPS` less
//! a run with 0, divided by the lookups made), and the lookup alone (the
//! side's `#[inline(never)]` wrapper, counted inclusively with
//! `--toggle-collect`, divided by the lookups).
//!
//! It also expands a synthetic table of `ROWS` rows once
//! (`codes_codegen::try_expand`, the macro's core), for callgrind's count of
//! the expansion (`--toggle-collect=codes_codegen::try_expand`); or, with
//! `--expand-file PATH`, a real table: the first `status_codes! { .. }` of a
//! Rust source file (the macro named alone or by a path, such as
//! `codes_macros::status_codes!`; searched in the file's tokens in order, into
//! modules and other groups), its braces' tokens expanded once. The file is
//! read and tokenized before `try_expand` runs, so the toggle counts the
//! expansion alone, e.g.
//! `valgrind --tool=callgrind --toggle-collect=codes_codegen::try_expand
//! bench/target/release/count --expand-file codes-vendors/src/clarifai/mod.rs`
//! (the bench workspace's target directory, unless `CARGO_TARGET_DIR` names
//! another).
//!
//! ```text
//! usage: count KIND REPS            (KIND is COMPARISON/SIDE, e.g.
//!                                   code_to_variant/clarifai/mixed/status_codes)
//!        count --kinds              (every kind, a tab, its wrapper's path,
//!                                   or - for a side inlined into the loop)
//!        count --expand ROWS        (expand a synthetic table of ROWS rows)
//!        count --expand-file PATH   (expand the first status_codes! { .. }
//!                                   of the Rust source file PATH)
//! ```

use codes_bench::comparisons::comparisons;
use codes_bench::synthetic_table;
use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// The tokens inside the braces of the first `status_codes! { .. }` of
/// `tokens` (`status_codes`, `!`, a brace group: so a path before the name,
/// `vendor_codes::status_codes!`, matches too), searched in order, into groups.
fn first_invocation(tokens: TokenStream) -> Option<TokenStream> {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        match (token, tokens.get(i + 1), tokens.get(i + 2)) {
            (
                TokenTree::Ident(name),
                Some(TokenTree::Punct(bang)),
                Some(TokenTree::Group(body)),
            ) if name == "status_codes"
                && bang.as_char() == '!'
                && body.delimiter() == Delimiter::Brace =>
            {
                return Some(body.stream());
            }
            (TokenTree::Group(group), _, _) => {
                if let Some(body) = first_invocation(group.stream()) {
                    return Some(body);
                }
            }
            _ => {}
        }
    }
    None
}

/// `count --expand-file PATH`: the first table of the file, expanded once.
fn expand_file(path: &str) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("count: cannot read {path}: {e}");
        std::process::exit(1);
    });
    let tokens: TokenStream = text.parse().unwrap_or_else(|e| {
        eprintln!("count: {path} is not Rust tokens: {e}");
        std::process::exit(1);
    });
    let Some(table) = first_invocation(tokens) else {
        eprintln!("count: no status_codes! {{ .. }} in {path}");
        std::process::exit(1);
    };
    match codes_codegen::try_expand(table) {
        Ok(tokens) => println!("{path}: {} tokens", tokens.into_iter().count()),
        Err(e) => {
            eprintln!("count: the table of {path} does not expand: {e}");
            std::process::exit(1);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--expand-file") {
        let Some(path) = args.get(1) else {
            eprintln!("usage: count --expand-file PATH");
            std::process::exit(2);
        };
        expand_file(path);
        return;
    }
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
            println!("{kind}\t{}", side.function.unwrap_or("-"));
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
