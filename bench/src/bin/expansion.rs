//! The size of a crate's macro expansion, for `expansion.sh`: the tokens and
//! `fn` items of a file that `rustc -Zunpretty=expanded` printed.
//!
//! ```text
//! usage: expansion --count FILE   (tokens, a tab, fn items of the expanded
//!                                  crate in FILE)
//! ```
//!
//! A token is a leaf of the token trees: an identifier, a literal (a doc
//! comment, printed as `#[doc = "..."]`, is one) or a punctuation character
//! (`::` is two); a group's delimiters are not counted. The expanded file's
//! prelude (everything up to the `use` of the standard prelude, which rustc
//! prints in every crate) is left out, so that the count is the crate's own
//! items. A `fn` item is a `fn` keyword: functions, methods and trait
//! methods alike.

use proc_macro2::{TokenStream, TokenTree};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [flag, file] if flag == "--count" => read(file).map(|tokens| {
            let (leaves, fns) = count(after_prelude(tokens));
            println!("{leaves}\t{fns}");
        }),
        _ => Err(format!("expected --count FILE (got {:?})", args.join(" "))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("expansion: {message}");
            ExitCode::FAILURE
        }
    }
}

fn read(file: &str) -> Result<Vec<TokenTree>, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let tokens: TokenStream = text
        .parse()
        .map_err(|e| format!("{file} is not Rust tokens: {e}"))?;
    Ok(tokens.into_iter().collect())
}

/// The tokens after the first `use std::prelude::...;`, or all of them.
fn after_prelude(tokens: Vec<TokenTree>) -> Vec<TokenTree> {
    let mut at = 0;
    while at < tokens.len() {
        if let (TokenTree::Ident(ident), Some(TokenTree::Ident(next))) =
            (&tokens[at], tokens.get(at + 1))
        {
            if ident == "use" && next == "std" {
                if let Some(end) = tokens[at..].iter().position(is_semicolon) {
                    return tokens[at + end + 1..].to_vec();
                }
            }
        }
        at += 1;
    }
    tokens
}

fn is_semicolon(token: &TokenTree) -> bool {
    matches!(token, TokenTree::Punct(p) if p.as_char() == ';')
}

/// The leaves and the `fn` keywords of `tokens`, into every group.
fn count(tokens: impl IntoIterator<Item = TokenTree>) -> (usize, usize) {
    let (mut leaves, mut fns) = (0, 0);
    for token in tokens {
        match token {
            TokenTree::Group(group) => {
                let (l, f) = count(group.stream());
                leaves += l;
                fns += f;
            }
            TokenTree::Ident(ident) => {
                leaves += 1;
                fns += usize::from(ident == "fn");
            }
            TokenTree::Punct(_) | TokenTree::Literal(_) => leaves += 1,
        }
    }
    (leaves, fns)
}
