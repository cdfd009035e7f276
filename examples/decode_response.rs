//! Reads a vendor's response body on stdin, decodes it with the vendor's
//! entry point, and prints the decision a client makes from it, with the
//! HTTP status and headers that came with it.
//!
//! ```text
//! echo '{"status": {"code": 21200, "description": "Model does not exist"}}' \
//!     | cargo run --features vendors,serde --example decode_response -- --vendor clarifai --http 404
//! echo '{"code": 5, "message": "The model has been created"}' \
//!     | cargo run --features vendors,serde --example decode_response -- --vendor bigml
//! echo '{"code": 400, "status": {"code": -1200, "message": "Missing parameter"}}' \
//!     | cargo run --features vendors,serde --example decode_response -- --vendor bigml --resource model
//! echo '{"code": 0}' \
//!     | cargo run --features vendors,serde --example decode_response -- --vendor seven-bridges --http 503
//! echo '{"error_code": "ModelArts.0104", "error_msg": "Parameter error."}' \
//!     | cargo run --features vendors,serde --example decode_response -- --vendor modelarts --http 400
//! echo '' | cargo run --features vendors,serde --example decode_response -- \
//!     --vendor seven-bridges --http 429 --header 'X-RateLimit-Reset: 1700000060' --now 1700000000
//! ```
//!
//! Exit status: 0 when the body decodes, 1 when it does not (the decision
//! the HTTP status alone gives is still printed), 2 for bad arguments.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use codes::vendors::response::{DecodeError, RawResponse};
use codes::vendors::{Decision, UnixTime, Verdict, bigml, clarifai, modelarts, seven_bridges};

const USAGE: &str = "\
usage: decode_response --vendor clarifai|bigml|seven-bridges|modelarts [--http STATUS]
                       [--header 'Name: value']... [--now UNIX_SECONDS] [--resource RESOURCE] < body.json
       --http: the response's HTTP status
       --header: a response header (repeatable), e.g. 'Retry-After: 30'
       --now: the current time, to turn a Retry-After date or a rate-limit reset into a delay
              (default: the system clock)
       --resource: for BigML, the resource the request was about (model, dataset, ...)";

/// What the client does next, in a few words.
pub fn decision(decision: Decision) -> String {
    decision.to_string()
}

/// The command line's options.
#[derive(Debug, Default, PartialEq)]
pub struct Options {
    /// The vendor whose body it is.
    pub vendor: String,
    /// For BigML: the resource the request was about.
    pub resource: Option<String>,
    /// The response's HTTP status.
    pub http: Option<u16>,
    /// The response's headers.
    pub headers: Vec<(String, String)>,
    /// The current time, in seconds since the Unix epoch.
    pub now: Option<u64>,
}

/// Reads the command line.
pub fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--vendor" => options.vendor = value()?.clone(),
            "--resource" => options.resource = Some(value()?.clone()),
            "--http" => {
                let status = value()?;
                options.http = Some(
                    status
                        .parse()
                        .map_err(|_| format!("--http takes a status such as 404, not {status}"))?,
                );
            }
            "--header" => {
                let header = value()?;
                let (name, value) = header
                    .split_once(':')
                    .ok_or_else(|| format!("--header takes 'Name: value', not {header}"))?;
                options
                    .headers
                    .push((name.trim().to_owned(), value.trim().to_owned()));
            }
            "--now" => {
                let now = value()?;
                options.now = Some(
                    now.parse()
                        .map_err(|_| format!("--now takes seconds since 1970, not {now}"))?,
                );
            }
            other => return Err(format!("unexpected argument {other}")),
        }
    }
    if options.vendor.is_empty() {
        return Err("--vendor is required".into());
    }
    Ok(options)
}

fn line(label: &str, value: &dyn std::fmt::Display) -> String {
    format!("{label:<10} {value}")
}

fn verdict_lines(lines: &mut Vec<String>, verdict: Verdict) {
    lines.push(line("decision", &decision(verdict.decision)));
    lines.push(line("basis", &verdict.basis));
}

/// A status line: the code, its name and description, as the table has them.
fn clarifai_status(status: &clarifai::Status) -> String {
    match &status.code_name {
        Some(name) => format!("{name} (a name the table does not list)"),
        None => status.code.to_string(),
    }
}

/// Decodes `body` as `options.vendor`'s; the lines to print, or the error
/// and the lines of what the HTTP status alone decides.
pub fn decode(options: &Options, body: &str) -> Result<Vec<String>, (String, Vec<String>)> {
    let headers: Vec<(&str, &str)> = options
        .headers
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let mut response =
        RawResponse::new(options.http, body.as_bytes()).with_headers(headers.as_slice());
    if let Some(now) = options.now.map(UnixTime).or_else(UnixTime::now) {
        response = response.at(now);
    }
    let failed = |error: DecodeError| {
        let mut lines = Vec::new();
        verdict_lines(&mut lines, error.verdict());
        (error.to_string(), lines)
    };
    let mut lines = Vec::new();
    if let Some(status) = options.http {
        lines.push(line("http", &status));
    }
    match options.vendor.as_str() {
        "clarifai" => {
            let decoded = clarifai::decode(&response).map_err(failed)?;
            if let Some(body) = &decoded.body {
                if let Some(status) = &body.status {
                    lines.push(line("status", &clarifai_status(status)));
                    lines.push(line("class", &status.code.class()));
                }
                for (index, status) in body.item_statuses().enumerate() {
                    if let Some(status) = status {
                        lines.push(line(&format!("item {index}"), &clarifai_status(status)));
                    }
                }
                if let Some(status) = body.model_version().and_then(|v| v.status.as_ref()) {
                    lines.push(line("version", &clarifai_status(status)));
                }
            }
            verdict_lines(&mut lines, decoded.verdict);
        }
        "bigml" => {
            let resource = match options.resource.as_deref() {
                Some(id) => Some(
                    bigml::Resource::from_id(id)
                        .ok_or_else(|| (format!("no BigML resource {id}"), Vec::new()))?,
                ),
                None => None,
            };
            let decoded = bigml::decode(&response, resource).map_err(failed)?;
            match &decoded.body {
                Some(bigml::Body::Error(error)) => {
                    if let Some(http) = error.code {
                        lines.push(line("http", &http));
                    }
                    let text = match resource {
                        Some(resource) => match error.error_entry(resource) {
                            Some(entry) => format!(
                                "{} {}: {}",
                                entry.code,
                                entry.variant,
                                entry.description.unwrap_or("-")
                            ),
                            None => format!("{} (unknown to {})", error.status.code, resource.id()),
                        },
                        None => format!(
                            "{} (name the resource with --resource to decode it)",
                            error.status.code
                        ),
                    };
                    lines.push(line("error", &text));
                    if let Some(message) = &error.status.message {
                        lines.push(line("message", message));
                    }
                }
                Some(bigml::Body::Resource(body)) => {
                    if let Some(id) = &body.resource {
                        lines.push(line("resource", id));
                    }
                    if let Some(status) = &body.status {
                        lines.push(line("status", &status.code));
                        if let Some(message) = &status.message {
                            lines.push(line("message", message));
                        }
                        lines.push(line("class", &status.code.class()));
                    }
                }
                None => {}
            }
            verdict_lines(&mut lines, decoded.verdict);
        }
        "seven-bridges" => {
            let decoded = seven_bridges::decode(&response).map_err(failed)?;
            if let Some(body) = &decoded.body {
                if let Some(code) = body.error.code {
                    lines.push(line("error", &code));
                }
                if let Some(message) = &body.error.message {
                    lines.push(line("message", message));
                }
                for (index, record) in body.records().enumerate() {
                    if let Some(error) = &record.error {
                        let text = match (error.code, error.status) {
                            (Some(code), _) => code.to_string(),
                            (None, Some(status)) => format!("HTTP {status}"),
                            (None, None) => "an error".to_owned(),
                        };
                        lines.push(line(&format!("item {index}"), &text));
                    }
                }
            }
            verdict_lines(&mut lines, decoded.verdict);
        }
        "modelarts" => {
            let decoded = modelarts::decode(&response).map_err(failed)?;
            if let Some(status) = options.http {
                lines.retain(|l| !l.starts_with("http "));
                lines.push(line("http", &modelarts::ModelArts::from(status)));
            }
            if let Some(body) = &decoded.body {
                if let Some(code) = &body.error_code {
                    lines.push(line(
                        "error",
                        &format!("{code}: {}", body.error_msg.as_deref().unwrap_or("-")),
                    ));
                }
                for (index, item) in body.items().enumerate().filter(|(_, i)| i.failed()) {
                    lines.push(line(
                        &format!("item {index}"),
                        &format!(
                            "failed: {}",
                            item.error_code.as_deref().unwrap_or("no error code")
                        ),
                    ));
                }
            }
            verdict_lines(&mut lines, decoded.verdict);
        }
        other => {
            return Err((
                format!(
                    "no vendor {other}; the vendors are clarifai, bigml, seven-bridges, modelarts"
                ),
                Vec::new(),
            ));
        }
    }
    Ok(lines)
}

fn print(lines: &[String]) {
    let mut out = io::stdout().lock();
    for line in lines {
        if writeln!(out, "{line}").is_err() {
            break;
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse(&args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("decode_response: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut body = String::new();
    if let Err(e) = io::stdin().read_to_string(&mut body) {
        eprintln!("decode_response: cannot read stdin: {e}");
        return ExitCode::from(1);
    }
    match decode(&options, &body) {
        Ok(lines) => {
            print(&lines);
            ExitCode::SUCCESS
        }
        Err((message, lines)) => {
            eprintln!("decode_response: {message}");
            print(&lines);
            ExitCode::from(1)
        }
    }
}
