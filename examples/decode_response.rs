//! Reads a vendor's response body on stdin, decodes its status into the
//! vendor's table, and prints the decision a client makes from it.
//!
//! ```text
//! echo '{"status": {"code": 21200, "description": "Model does not exist"}}' \
//!     | cargo run --example decode_response -- --vendor clarifai
//! echo '{"code": 5, "message": "The model has been created"}' \
//!     | cargo run --example decode_response -- --vendor bigml
//! echo '{"code": 400, "status": {"code": -1200, "message": "Missing parameter"}}' \
//!     | cargo run --example decode_response -- --vendor bigml --resource model
//! echo '{"status": 404, "code": 5002, "message": "Requested file does not exist."}' \
//!     | cargo run --example decode_response -- --vendor seven-bridges
//! echo '{"error_code": "ModelArts.0104", "error_msg": "Parameter error."}' \
//!     | cargo run --example decode_response -- --vendor modelarts --http 400
//! ```
//!
//! Exit status: 0 when the body decodes, 1 when it does not, 2 for bad
//! arguments.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use codes::Class;
use codes::vendors::{bigml, clarifai, modelarts, seven_bridges};
use serde::Deserialize;

const USAGE: &str = "\
usage: decode_response --vendor clarifai|bigml|seven-bridges|modelarts [--resource RESOURCE] [--http STATUS] < body.json
       --resource: for BigML error bodies, the resource the request was about (model, dataset, ...)
       --http: for ModelArts, the response's HTTP status (its body does not repeat it)";

/// What the client does next, by the class of the decoded code.
pub fn decision(class: Class) -> &'static str {
    match class {
        Class::Success => "done",
        Class::Pending | Class::Informational => "poll again",
        Class::Retry => "retry later",
        Class::Redirect => "follow the redirect",
        Class::ClientError => "fix the request",
        Class::VendorError | Class::Unknown => "vendor failure",
    }
}

/// The command line's options.
#[derive(Debug, Default, PartialEq)]
pub struct Options {
    /// The vendor whose body it is.
    pub vendor: String,
    /// For BigML error bodies: the resource the request was about.
    pub resource: Option<String>,
    /// For ModelArts: the response's HTTP status.
    pub http: Option<u16>,
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
            other => return Err(format!("unexpected argument {other}")),
        }
    }
    if options.vendor.is_empty() {
        return Err("--vendor is required".into());
    }
    Ok(options)
}

/// A whole response body whose `status` member is `T`.
#[derive(Deserialize)]
struct WithStatus<T> {
    status: T,
}

/// BigML's bodies: an error body (`code` an HTTP error status, `status` the
/// error), a resource (whose `status` is its creation status), or a resource's
/// `status` alone.
enum BigmlBody {
    Error(bigml::ErrorResponse),
    Status(bigml::Status),
}

fn bigml_body(body: &str) -> serde_json::Result<BigmlBody> {
    let value: serde_json::Value = serde_json::from_str(body)?;
    let is_error = value
        .get("code")
        .and_then(serde_json::Value::as_u64)
        .is_some_and(|code| code >= 400);
    match value.get("status") {
        Some(_) if is_error => serde_json::from_value(value).map(BigmlBody::Error),
        Some(status) if status.is_object() => {
            serde_json::from_value(status.clone()).map(BigmlBody::Status)
        }
        _ => serde_json::from_value(value).map(BigmlBody::Status),
    }
}

/// Decodes `body` as `options.vendor`'s; the lines to print, or why not.
pub fn decode(options: &Options, body: &str) -> Result<Vec<String>, String> {
    let json = |e: serde_json::Error| format!("not a {} response body: {e}", options.vendor);
    let line = |label: &str, value: &dyn std::fmt::Display| format!("{label:<10} {value}");
    match options.vendor.as_str() {
        "clarifai" => {
            let body: WithStatus<clarifai::Status> = serde_json::from_str(body).map_err(json)?;
            let code = body.status.code;
            Ok(vec![
                line("status", &code),
                line("class", &code.class()),
                line("decision", &decision(code.class())),
            ])
        }
        "bigml" => match bigml_body(body).map_err(json)? {
            BigmlBody::Error(error) => {
                let http = error.code;
                let mut lines = vec![line("http", &http)];
                let class = match options.resource.as_deref() {
                    Some(id) => {
                        let resource = bigml::Resource::from_id(id)
                            .ok_or_else(|| format!("no BigML resource {id}"))?;
                        match error.error_entry(resource) {
                            Some(entry) => {
                                let text = format!(
                                    "{} {}: {}",
                                    entry.code,
                                    entry.variant,
                                    entry.description.unwrap_or("-")
                                );
                                lines.push(line("error", &text));
                                entry.class
                            }
                            None => {
                                lines.push(line(
                                    "error",
                                    &format!("{} (unknown to {id})", error.status.code),
                                ));
                                http.class()
                            }
                        }
                    }
                    None => {
                        lines.push(line(
                            "error",
                            &format!(
                                "{} (name the resource with --resource to decode it)",
                                error.status.code
                            ),
                        ));
                        http.class()
                    }
                };
                lines.push(line("message", &error.status.message));
                lines.push(line("class", &class));
                lines.push(line("decision", &decision(class)));
                Ok(lines)
            }
            BigmlBody::Status(status) => {
                let code = status.code;
                Ok(vec![
                    line("status", &code),
                    line("message", &status.message),
                    line("class", &code.class()),
                    line("decision", &decision(code.class())),
                ])
            }
        },
        "seven-bridges" => {
            let error: seven_bridges::ErrorResponse = serde_json::from_str(body).map_err(json)?;
            Ok(vec![
                line("http", &error.status),
                line("error", &error.code),
                line("message", &error.message),
                line("class", &error.code.class()),
                line("decision", &decision(error.code.class())),
            ])
        }
        "modelarts" => {
            let http = options
                .http
                .ok_or("--http is required for ModelArts: its body does not hold the status")?;
            let body: modelarts::ErrorBody<String> = serde_json::from_str(body).map_err(json)?;
            let status = modelarts::ModelArts::from(http);
            Ok(vec![
                line("http", &status),
                line("error", &format!("{}: {}", body.error_code, body.error_msg)),
                line("class", &status.class()),
                line("decision", &decision(status.class())),
            ])
        }
        other => Err(format!(
            "no vendor {other}; the vendors are clarifai, bigml, seven-bridges, modelarts"
        )),
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
            let mut out = io::stdout().lock();
            for line in lines {
                if writeln!(out, "{line}").is_err() {
                    break;
                }
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("decode_response: {message}");
            ExitCode::from(1)
        }
    }
}
