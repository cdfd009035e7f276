//! `codes`: look up vendors' status codes, import a vendor's page or proto
//! into a `status_codes!` table, diff a table against a newer page. See
//! `codes --help`.

use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(codes_cli::cli::run(std::env::args_os()))
}
