//! The Seven Bridges Platform API's response bodies and their entry point
//! (feature `serde`).

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use codes_core::{Basis, Decide, Decision, Headers, RetryAfter, Verdict};
use serde::{Deserialize, Serialize};

use super::SevenBridges;
use crate::response::{DecodeError, Decoded, RawResponse, nullable_vec};

/// The body of a Seven Bridges Platform API error response.
///
/// ```json
/// {
///   "status": 404,
///   "code": 5002,
///   "message": "Requested file does not exist.",
///   "more_info": "..."
/// }
/// ```
///
/// Every field is optional: during maintenance the Platform answers HTTP 503
/// with `{"code": 0}` alone (Seven Bridges' own client, sevenbridges-python,
/// waits and resends on exactly that), and a failed record of a bulk
/// operation may give its `status` alone. `code` decodes into
/// [`SevenBridges`]: a code the table does not list is kept in
/// [`SevenBridges::Unknown`]. Fields the type does not know are ignored.
///
/// ```
/// use codes_vendors::seven_bridges::{ErrorResponse, SevenBridges};
///
/// let body = r#"{"status": 429, "code": 1000,
///                "message": "Rate limit exceeded! Check response headers."}"#;
/// let error: ErrorResponse = serde_json::from_str(body)?;
/// assert_eq!(error.code, Some(SevenBridges::RateLimitExceeded));
/// assert!(error.code.is_some_and(|code| code.class().is_retryable()));
/// assert_eq!(error.more_info, None);
///
/// let maintenance: ErrorResponse = serde_json::from_str(r#"{"code": 0}"#)?;
/// assert_eq!(maintenance.code, Some(SevenBridges::PlatformUnderMaintenance));
/// assert_eq!(maintenance.status, None);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct ErrorResponse {
    /// The HTTP status of the response (`404`), when the body repeats it:
    /// a number, or the name of its reason (`"NOT_FOUND"`, read by
    /// [`reason_status`]).
    #[serde(
        default,
        deserialize_with = "status_or_reason",
        skip_serializing_if = "Option::is_none"
    )]
    pub status: Option<u16>,
    /// The Platform's error code, from the table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<SevenBridges>,
    /// The error message, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Where the documentation explains the error, when the body says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub more_info: Option<String>,
}

impl ErrorResponse {
    /// What this error alone asks of the client: its code when the table
    /// knows it, else the HTTP status it repeats.
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        let mut decide = Decide::new();
        if let Some(status) = self.status {
            decide = decide.http_status(status);
        }
        if let Some(code) = self.code {
            decide = decide.code(code);
        }
        decide.decide()
    }
}

/// A record of a bulk operation (`items` of `POST /files/bulk/get`, `result`
/// of an asynchronous job, or an entry of a result keyed by id, as
/// `POST /action/files/copy` answers): a resource, or an error, and the
/// entry's own `status` where it gives one (`"OK"`, `"FAILED"`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct BulkRecord {
    /// The entry's own status, when it is a word (`"OK"`, `"FAILED"`).
    #[serde(
        default,
        deserialize_with = "word",
        skip_serializing_if = "Option::is_none"
    )]
    pub status: Option<String>,
    /// The record's error, when the operation failed for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorResponse>,
}

impl BulkRecord {
    /// What the record asks of the client: its error's decision when it
    /// has one; else a failure of unknown kind when its `status` says it
    /// failed (`"FAILED"`, `"ERROR"`); else done.
    #[must_use]
    pub fn decision(&self) -> Decision {
        match (&self.error, self.status.as_deref()) {
            (Some(error), _) => error.verdict().decision,
            (None, Some(status))
                if status.eq_ignore_ascii_case("failed") || status.eq_ignore_ascii_case("error") =>
            {
                Decision::Unknown
            }
            _ => Decision::Done,
        }
    }
}

/// `status` when it is a string; a number or an object is not a word.
fn word<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Status {
        Word(String),
        Other(serde::de::IgnoredAny),
    }
    Ok(match Option::<Status>::deserialize(deserializer)? {
        Some(Status::Word(word)) => Some(word),
        _ => None,
    })
}

/// The records of a bulk result keyed by id (`{"<file id>": {"status":
/// "OK", ...}, ...}`, `POST /action/files/copy`'s answer), in the body's
/// order. A body is read so only when every member it has beside an
/// error's fields, `items` and `result` is an object with a word `status`
/// or an `error` object: a resource's own members (`href`, `name`, `tags`,
/// `metadata`) make it no such map, and its entries empty.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Keyed(pub Vec<(String, BulkRecord)>);

impl<'de> Deserialize<'de> for Keyed {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Keyed, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Keyed;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("the members of a Seven Bridges body")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Keyed, A::Error> {
                let mut entries = Vec::new();
                let mut keyed = true;
                while let Some((key, value)) = map.next_entry::<String, serde_json::Value>()? {
                    let looks_like_a_record = value.as_object().is_some_and(|object| {
                        object.get("status").is_some_and(serde_json::Value::is_string)
                            || object.get("error").is_some_and(serde_json::Value::is_object)
                    });
                    match BulkRecord::deserialize(value) {
                        Ok(record) if keyed && looks_like_a_record => entries.push((key, record)),
                        _ => keyed = false,
                    }
                }
                Ok(Keyed(if keyed { entries } else { Vec::new() }))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl Serialize for Keyed {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, record) in &self.0 {
            map.serialize_entry(key, record)?;
        }
        map.end()
    }
}

/// A Seven Bridges response body: an error's fields when it is one, and the
/// records of a bulk operation. Other fields are ignored.
///
/// `status` is read only when it is a number (an error's HTTP status): a
/// task's `"status": "RUNNING"` is a task state, not an error, and is left
/// for the task's own type.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Response {
    /// The error's fields (all `None` for a body that is not an error).
    #[serde(flatten)]
    pub error: ErrorFields,
    /// The records of a bulk operation (`items`).
    #[serde(
        default,
        deserialize_with = "nullable_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub items: Vec<BulkRecord>,
    /// The records of an asynchronous job's result (`result`).
    #[serde(
        default,
        deserialize_with = "nullable_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub result: Vec<BulkRecord>,
    /// An asynchronous job's state (`"RUNNING"`, `"FINISHED"`), read by
    /// [`task_state`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The records of a result keyed by id (`POST /action/files/copy`):
    /// every other member, when each is a record ([`Keyed`]).
    #[serde(flatten)]
    pub keyed: Keyed,
}

/// The error fields of a [`Response`], where a `status` that is neither a
/// number nor an HTTP reason's name is a task's state, not an error's.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(from = "RawErrorFields")]
pub struct ErrorFields {
    /// The HTTP status the body repeats, when `status` is a number (or an
    /// HTTP reason's name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// A task's state, when `status` is another word (`"RUNNING"`,
    /// `"COMPLETED"`): what [`Response::verdict`] reads as the state of the
    /// work.
    #[serde(skip)]
    pub task_status: Option<String>,
    /// The Platform's error code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<SevenBridges>,
    /// The error message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Where the documentation explains the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub more_info: Option<String>,
}

/// [`ErrorFields`] as sent: `status` kept whole, then told apart.
#[derive(Deserialize)]
struct RawErrorFields {
    #[serde(default)]
    status: Option<RawStatus>,
    #[serde(default)]
    code: Option<SevenBridges>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    more_info: Option<String>,
}

impl From<RawErrorFields> for ErrorFields {
    fn from(raw: RawErrorFields) -> ErrorFields {
        let status = raw.status.as_ref().and_then(RawStatus::http);
        let task_status = match raw.status {
            Some(RawStatus::Text(word)) if status.is_none() => Some(word),
            _ => None,
        };
        ErrorFields {
            status,
            task_status,
            code: raw.code,
            message: raw.message,
            more_info: raw.more_info,
        }
    }
}

/// What the state of a task (`status`) or of an asynchronous job (`state`)
/// asks of the client, as Seven Bridges' clients wait on them
/// (sevenbridges-python's `Task.wait` polls until `COMPLETED`, `FAILED` or
/// `ABORTED`): still queued or running polls; failed or aborted is a failure
/// of unknown kind; anything else (completed, finished, a draft) is done.
#[must_use]
pub fn task_state(state: &str) -> Decision {
    const PENDING: [&str; 6] = ["QUEUED", "RUNNING", "CREATING", "SUBMITTED", "RESOLVING", "IN_PROGRESS"];
    const FAILED: [&str; 2] = ["FAILED", "ABORTED"];
    if PENDING.iter().any(|p| p.eq_ignore_ascii_case(state)) {
        Decision::Poll
    } else if FAILED.iter().any(|f| f.eq_ignore_ascii_case(state)) {
        Decision::Unknown
    } else {
        Decision::Done
    }
}

/// A `status` as sent: a number that fits an HTTP status, a string, or
/// anything else.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawStatus {
    Number(u16),
    Text(String),
    Other(serde::de::IgnoredAny),
}

impl RawStatus {
    /// The HTTP status it is or names ([`reason_status`]: `"NOT_FOUND"` is
    /// 404); `None` for another string (a task's state, `"RUNNING"`) or
    /// anything else.
    fn http(&self) -> Option<u16> {
        match self {
            RawStatus::Number(status) => Some(*status),
            RawStatus::Text(reason) => reason_status(reason),
            RawStatus::Other(_) => None,
        }
    }
}

/// An error's `status`: a number that fits an HTTP status, or the name of
/// an HTTP reason; anything else is not an error body.
fn status_or_reason<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<u16>, D::Error> {
    match Option::<RawStatus>::deserialize(deserializer)? {
        None => Ok(None),
        Some(raw) => raw.http().map(Some).ok_or_else(|| {
            serde::de::Error::custom(
                "`status` is neither an HTTP status nor the name of an HTTP reason",
            )
        }),
    }
}

/// The HTTP status whose reason `name` is, for a failure (4xx and 5xx),
/// written as the Platform's Java services name them (`NOT_FOUND`,
/// `TOO_MANY_REQUESTS`) or as RFC 9110 words them (`Not Found`): case,
/// spaces and hyphens aside. `None` for any other string, so that a task's
/// or a job's state (`"RUNNING"`, `"FAILED"`) is never taken for an error's
/// status.
///
/// ```
/// use codes_vendors::seven_bridges::reason_status;
///
/// assert_eq!(reason_status("NOT_FOUND"), Some(404));
/// assert_eq!(reason_status("Too Many Requests"), Some(429));
/// assert_eq!(reason_status("RUNNING"), None);
/// ```
#[must_use]
pub fn reason_status(name: &str) -> Option<u16> {
    const REASONS: &[(&str, u16)] = &[
        ("BAD_REQUEST", 400),
        ("UNAUTHORIZED", 401),
        ("PAYMENT_REQUIRED", 402),
        ("FORBIDDEN", 403),
        ("NOT_FOUND", 404),
        ("METHOD_NOT_ALLOWED", 405),
        ("NOT_ACCEPTABLE", 406),
        ("PROXY_AUTHENTICATION_REQUIRED", 407),
        ("REQUEST_TIMEOUT", 408),
        ("CONFLICT", 409),
        ("GONE", 410),
        ("LENGTH_REQUIRED", 411),
        ("PRECONDITION_FAILED", 412),
        ("PAYLOAD_TOO_LARGE", 413),
        ("CONTENT_TOO_LARGE", 413),
        ("REQUEST_ENTITY_TOO_LARGE", 413),
        ("URI_TOO_LONG", 414),
        ("UNSUPPORTED_MEDIA_TYPE", 415),
        ("RANGE_NOT_SATISFIABLE", 416),
        ("EXPECTATION_FAILED", 417),
        ("UNPROCESSABLE_ENTITY", 422),
        ("UNPROCESSABLE_CONTENT", 422),
        ("LOCKED", 423),
        ("TOO_MANY_REQUESTS", 429),
        ("INTERNAL_SERVER_ERROR", 500),
        ("NOT_IMPLEMENTED", 501),
        ("BAD_GATEWAY", 502),
        ("SERVICE_UNAVAILABLE", 503),
        ("GATEWAY_TIMEOUT", 504),
    ];
    let name = name.trim();
    REASONS.iter().find_map(|&(reason, status)| {
        let same = reason.len() == name.len()
            && reason.bytes().zip(name.bytes()).all(|(r, n)| {
                r == n.to_ascii_uppercase() || (r == b'_' && (n == b' ' || n == b'-'))
            });
        same.then_some(status)
    })
}

impl Response {
    /// The records of the bulk operation: `items`, then `result`, then the
    /// entries of a result keyed by id ([`Keyed`]), in the body's order; a
    /// verdict's [`Basis::Item`](codes_core::Basis::Item) is an index here
    /// ([`record_key`](Self::record_key) names a keyed one).
    pub fn records(&self) -> impl Iterator<Item = &BulkRecord> {
        self.items
            .iter()
            .chain(&self.result)
            .chain(self.keyed.0.iter().map(|(_, record)| record))
    }

    /// The id that keys the record at `index` of [`records`](Self::records)
    /// (the file's id of a bulk copy's entry); `None` for a record of a list,
    /// or past the end.
    #[must_use]
    pub fn record_key(&self, index: usize) -> Option<&str> {
        let listed = self.items.len() + self.result.len();
        let (key, _) = self.keyed.0.get(index.checked_sub(listed)?)?;
        Some(key)
    }

    /// The decision for this body, with `decide` holding what came with it:
    /// the error code when the table knows it, then the HTTP status (the
    /// response's, else the one the body repeats), and the most severe of the
    /// bulk records (a failed record is decided by its own code, else its
    /// status).
    #[must_use]
    pub fn verdict(&self, decide: Decide, has_http_status: bool) -> Verdict {
        let mut decide = decide;
        if let (false, Some(status)) = (has_http_status, self.error.status) {
            decide = decide.http_status(status);
        }
        if let Some(code) = self.error.code {
            decide = decide.code(code);
        }
        for record in self.records() {
            decide = decide.item_decision(record.decision());
        }
        let states = [
            ("status", self.error.task_status.as_deref()),
            ("state", self.state.as_deref()),
        ];
        decide.decide().with_states(states.into_iter().filter_map(|(at, state)| {
            Some((Basis::State { at, index: None }, task_state(state?)))
        }))
    }
}

/// Decodes a Seven Bridges Platform response and decides what to do: the
/// SDK-facing entry point.
///
/// The decision, by [`codes_core::decision`]'s rules: the body's `code`
/// decides when the table knows it (0, maintenance, and 1000, rate limit,
/// are retries); else the HTTP status (the response's, else the `status` the
/// body repeats, a number or a reason's name such as `"NOT_FOUND"`), never
/// making an unknown code a success; then the most severe of the bulk
/// records, in a list (`items`, `result`) or keyed by id (a bulk copy's
/// `{"<file id>": {"status": "FAILED", "error": {...}}}`): a failed entry
/// inside a 2xx is a failure, and the basis is its index in
/// [`Response::records`], which [`Response::record_key`] names. A retry waits as `Retry-After` says, else
/// until the Platform's `X-RateLimit-Reset` (a Unix time, which Seven
/// Bridges' clients sleep until). An empty body (a 429 often has none) is
/// decided by the status and headers.
///
/// ```
/// use codes_vendors::response::RawResponse;
/// use codes_vendors::{seven_bridges, Decision, UnixTime};
///
/// let body = br#"{"status": 404, "code": 5002, "message": "Requested file does not exist."}"#;
/// let decoded = seven_bridges::decode(&RawResponse::new(Some(404), body)).unwrap();
/// assert_eq!(decoded.decision(), Decision::FixRequest);
/// ```
///
/// # Errors
///
/// [`DecodeError`] when the body is not JSON of this shape: it says what and
/// where (line, column).
pub fn decode<H: Headers + ?Sized>(
    response: &RawResponse<'_, H>,
) -> Result<Decoded<Response>, DecodeError> {
    let mut decide = response.decide();
    if response.headers.header("retry-after").is_none() {
        if let Some(reset) = response.headers.header("x-ratelimit-reset") {
            decide = decide.retry_after(RetryAfter::unix_reset(reset));
        }
    }
    let body: Option<Response> = response.body(SevenBridges::VENDOR, decide)?;
    let verdict = match &body {
        Some(body) => body.verdict(decide, response.status.is_some()),
        None => decide.decide(),
    };
    Ok(Decoded { body, verdict })
}
