//! `codes decode`: a vendor's response body, with its HTTP status and
//! headers, through the vendor's decode entry point (`codes_vendors`'
//! `clarifai::decode`, `bigml::decode`, ...): the body's codes, and the
//! decision a client makes from the whole response and what decided it.
//!
//! ```
//! use codes_cli::decode::{decode, Outcome, Response, Vendor};
//!
//! let body = br#"{"status": {"code": 21200, "description": "Model does not exist"}}"#;
//! let response = Response { http: Some(404), ..Response::default() };
//! let outcome = decode(Vendor::Clarifai, &response, body).unwrap();
//! assert!(matches!(outcome, Outcome::Decoded { .. }));
//! assert!(outcome.lines().contains(&"status     21200 MODEL_DOES_NOT_EXIST: Model does not exist".to_owned()));
//! assert_eq!(outcome.lines().last().unwrap(), "basis      the vendor code");
//! assert_eq!(outcome.to_json()["decision"], "fix_request");
//! ```

use codes_vendors::response::{DecodeError, RawResponse};
use codes_vendors::{Decision, UnixTime, Verdict, bigml, clarifai, modelarts, seven_bridges};

pub use codes_vendors::Vendor;

/// A vendor as `codes decode` takes it: one of the registry's vendors whose
/// responses are JSON bodies ([`Vendor::has_body`]), by its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VendorArg(pub Vendor);

impl clap::ValueEnum for VendorArg {
    fn value_variants<'a>() -> &'a [Self] {
        static ARGS: std::sync::OnceLock<Vec<VendorArg>> = std::sync::OnceLock::new();
        ARGS.get_or_init(|| {
            Vendor::ALL
                .iter()
                .filter(|vendor| vendor.has_body())
                .map(|&vendor| VendorArg(vendor))
                .collect()
        })
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let help = format!("{}: {}", self.0.name(), self.0.body_shape());
        Some(clap::builder::PossibleValue::new(self.0.id()).help(help))
    }
}

/// What came with the body.
#[derive(Clone, Debug, Default)]
pub struct Response<'a> {
    /// The HTTP status.
    pub http: Option<u16>,
    /// The headers (`Retry-After`, `X-RateLimit-Reset`, ...).
    pub headers: Vec<(String, String)>,
    /// The time, in seconds since the Unix epoch, to turn a date or a reset
    /// time into a delay (default: the system clock).
    pub now: Option<u64>,
    /// For BigML: the resource the request was about (`model`).
    pub resource: Option<&'a str>,
}

/// What decoding gave: lines of `label value`, and the verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The body is the vendor's: its codes, the decision and its basis.
    Decoded {
        /// The body's codes, the decision and its basis, one a line.
        lines: Vec<String>,
        /// The decision and what decided it.
        verdict: Verdict,
    },
    /// The body is not the vendor's, or is empty: why, and what the HTTP
    /// status and headers alone decide.
    NotDecoded {
        /// What is wrong with the body, and where.
        error: String,
        /// The decision from the status and headers, one a line.
        lines: Vec<String>,
        /// That decision and what decided it.
        verdict: Verdict,
    },
}

impl Outcome {
    /// The lines to print.
    #[must_use]
    pub fn lines(&self) -> &[String] {
        match self {
            Outcome::Decoded { lines, .. } | Outcome::NotDecoded { lines, .. } => lines,
        }
    }

    /// The decision and what decided it.
    #[must_use]
    pub const fn verdict(&self) -> Verdict {
        match self {
            Outcome::Decoded { verdict, .. } | Outcome::NotDecoded { verdict, .. } => *verdict,
        }
    }

    /// One JSON object: `decoded`, `decision` (`done`, `poll`, `retry`,
    /// `redirect`, `fix_request`, `vendor_failure` or `unknown`),
    /// `retry_after` (seconds, or null), `basis`, `error` (why the body is
    /// not the vendor's, or null) and `lines`.
    #[must_use]
    pub fn to_json(&self) -> serde_json::Value {
        let verdict = self.verdict();
        serde_json::json!({
            "decoded": matches!(self, Outcome::Decoded { .. }),
            "decision": decision_name(verdict.decision),
            "retry_after": verdict.decision.retry_after_secs(),
            "basis": verdict.basis.to_string(),
            "error": match self {
                Outcome::NotDecoded { error, .. } => Some(error.as_str()),
                Outcome::Decoded { .. } => None,
            },
            "lines": self.lines(),
        })
    }
}

/// A decision's name in JSON.
#[must_use]
pub const fn decision_name(decision: Decision) -> &'static str {
    match decision {
        Decision::Done => "done",
        Decision::Poll => "poll",
        Decision::Retry { .. } => "retry",
        Decision::Redirect => "redirect",
        Decision::FixRequest => "fix_request",
        Decision::VendorFailure => "vendor_failure",
        Decision::Unknown => "unknown",
    }
}

fn line(label: &str, value: &dyn std::fmt::Display) -> String {
    format!("{label:<10} {value}")
}

fn verdict_lines(lines: &mut Vec<String>, verdict: Verdict) {
    lines.push(line("decision", &verdict.decision));
    lines.push(line("basis", &verdict.basis));
}

fn clarifai_status(status: &clarifai::Status) -> String {
    match &status.code_name {
        Some(name) => format!("{name} (a name the table does not list)"),
        None => status.code.to_string(),
    }
}

/// Decodes `body` as `vendor`'s response with what came with it.
///
/// # Errors
///
/// A BigML resource that does not exist (`--resource`).
pub fn decode(vendor: Vendor, response: &Response<'_>, body: &[u8]) -> Result<Outcome, String> {
    let headers: Vec<(&str, &str)> = response
        .headers
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let mut raw = RawResponse::new(response.http, body).with_headers(headers.as_slice());
    if let Some(now) = response.now.map(UnixTime).or_else(UnixTime::now) {
        raw = raw.at(now);
    }
    let mut lines = Vec::new();
    if let Some(status) = response.http {
        lines.push(line("http", &status));
    }
    let decoded = match vendor {
        Vendor::Clarifai => clarifai_lines(&raw, &mut lines),
        Vendor::Bigml => bigml_lines(&raw, response, &mut lines)?,
        Vendor::SevenBridges => seven_bridges_lines(&raw, &mut lines),
        Vendor::Modelarts => modelarts_lines(&raw, response.http, &mut lines),
        other => {
            return Err(format!(
                "{} has no response bodies to decode ({})",
                other.name(),
                other.body_shape()
            ));
        }
    };
    Ok(match decoded {
        // No body is no vendor's body: what the status and headers decide
        // (the vendor's reading of its status, ModelArts' own table), as
        // for a body that is not the vendor's.
        Ok(verdict) if raw.body_is_empty() => {
            verdict_lines(&mut lines, verdict);
            Outcome::NotDecoded {
                error: empty_body(vendor, response),
                lines,
                verdict,
            }
        }
        Ok(verdict) => {
            verdict_lines(&mut lines, verdict);
            Outcome::Decoded { lines, verdict }
        }
        Err(error) => {
            // What the HTTP status and headers alone decide.
            let mut lines = Vec::new();
            if let Some(status) = response.http {
                lines.push(line("http", &status));
            }
            verdict_lines(&mut lines, error.verdict());
            Outcome::NotDecoded {
                error: error.to_string(),
                lines,
                verdict: error.verdict(),
            }
        }
    })
}

/// Why an empty body decodes to nothing, and what decides instead.
fn empty_body(vendor: Vendor, response: &Response<'_>) -> String {
    let instead = match (response.http, response.headers.is_empty()) {
        (Some(_), true) => "the HTTP status decides alone",
        (Some(_), false) => "the HTTP status and headers decide alone",
        (None, false) => "no HTTP status was given (--http STATUS): the headers decide alone",
        (None, true) => "no HTTP status was given (--http STATUS): nothing decides",
    };
    format!(
        "no {} response body: the body is empty; {instead}",
        vendor.name()
    )
}

/// The lines of a Clarifai body: its status, its items' and its model
/// version's.
fn clarifai_lines(
    raw: &RawResponse<'_, [(&str, &str)]>,
    lines: &mut Vec<String>,
) -> Result<Verdict, DecodeError> {
    let decoded = clarifai::decode(raw)?;
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
    Ok(decoded.verdict)
}

/// The lines of a BigML body, an error (read in the context of
/// `--resource`) or a resource; the outer error is a resource BigML does
/// not have.
fn bigml_lines(
    raw: &RawResponse<'_, [(&str, &str)]>,
    response: &Response<'_>,
    lines: &mut Vec<String>,
) -> Result<Result<Verdict, DecodeError>, String> {
    let resource = match response.resource {
        Some(id) => Some(bigml::Resource::from_id(id).ok_or_else(|| {
            let known: Vec<&str> = bigml::Resource::ALL.iter().map(|r| r.id()).collect();
            format!(
                "no BigML resource {id}; the resources are: {}",
                known.join(", ")
            )
        })?),
        None => None,
    };
    let decoded = match bigml::decode(raw, resource) {
        Ok(decoded) => decoded,
        Err(error) => return Ok(Err(error)),
    };
    match &decoded.body {
        Some(bigml::Body::Error(error)) => bigml_error_lines(error, resource, response.http, lines),
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
    Ok(Ok(decoded.verdict))
}

/// The lines of a BigML error body.
fn bigml_error_lines(
    error: &bigml::ErrorResponse,
    resource: Option<bigml::Resource>,
    http: Option<u16>,
    lines: &mut Vec<String>,
) {
    // BigML's error body repeats the HTTP status.
    if let (None, Some(http)) = (http, error.code) {
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

/// The lines of a Seven Bridges body: its error and its bulk records'.
fn seven_bridges_lines(
    raw: &RawResponse<'_, [(&str, &str)]>,
    lines: &mut Vec<String>,
) -> Result<Verdict, DecodeError> {
    let decoded = seven_bridges::decode(raw)?;
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
    Ok(decoded.verdict)
}

/// The lines of a ModelArts body: the HTTP status by ModelArts' own table,
/// its error and its failed items.
fn modelarts_lines(
    raw: &RawResponse<'_, [(&str, &str)]>,
    http: Option<u16>,
    lines: &mut Vec<String>,
) -> Result<Verdict, DecodeError> {
    let decoded = modelarts::decode(raw)?;
    if let Some(status) = http {
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
    Ok(decoded.verdict)
}
