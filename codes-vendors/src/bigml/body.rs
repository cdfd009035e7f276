//! BigML.io's response bodies: a resource and its `status` object, the
//! error body, and the entry point that decodes either (feature `serde`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use codes_core::{Basis, Decide, Decision, Entry, Headers, VendorCode, Verdict};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{ErrorCode, GeneralError, HttpStatus, Resource, ResourceError, ResourceStatus};
use crate::response::{DecodeError, Decoded, RawResponse, nullable_vec, state_decision};

/// The `status` object of every BigML.io resource, which reports its creation:
/// `{"code": 5, "message": "The model has been created", "elapsed": 1139,
/// "progress": 1.0}`; a faulty resource adds the `error` code, and may say
/// more in `cause` and `extra`.
///
/// ```
/// use codes_vendors::bigml::{ErrorCode, GeneralError, ResourceStatus, SourceError, Status};
/// use codes_vendors::Class;
///
/// let status: Status = serde_json::from_str(
///     r#"{"code": -1, "message": "Faulty source", "error": -2005}"#,
/// )?;
/// assert_eq!(status.code, ResourceStatus::Faulty);
/// assert_eq!(status.code.class(), Class::VendorError);
/// assert_eq!(status.error_in::<SourceError>(), Some(ErrorCode::Resource(SourceError::Faulty)));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Status {
    /// The resource's status; its class says whether to poll again.
    pub code: ResourceStatus,
    /// BigML.io's message about the status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Milliseconds spent creating the resource so far (BigML writes it as
    /// an integer or a float: `448878.0`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elapsed: Option<f64>,
    /// How far the creation has gone, from 0 to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<f64>,
    /// The error code of a failed creation, kept as sent: decode it in the
    /// resource's context with [`error_in`](Self::error_in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<i32>,
    /// What caused a failure, as BigML.io gives it (its bindings read its
    /// `message`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cause: Option<Value>,
    /// More about a failure, as BigML.io gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Value>,
}

impl Status {
    /// The [`error`](Self::error) code decoded in the context of resource `R`.
    #[must_use]
    pub fn error_in<R: ResourceError>(&self) -> Option<ErrorCode<R>> {
        self.error.map(ErrorCode::from_code)
    }

    /// The message of the failure's `cause`, when it has one.
    #[must_use]
    pub fn cause_message(&self) -> Option<&str> {
        self.cause.as_ref()?.get("message")?.as_str()
    }

    /// What the status asks of the client, for a resource of kind
    /// `resource` (when known): a faulty resource's `error` code decides when
    /// the resource's table (or the general one) knows it; else the status's
    /// class; a status the table does not list is a poll, as BigML's own
    /// clients poll on every status but finished (5) and faulty (-1).
    #[must_use]
    pub fn verdict(&self, resource: Option<Resource>) -> Verdict {
        self.feed(Decide::new(), resource).decide()
    }

    fn feed(&self, decide: Decide, resource: Option<Resource>) -> Decide {
        let error = match (self.code, self.error) {
            (ResourceStatus::Faulty, Some(error)) => error_entry(error, resource),
            _ => None,
        };
        match (error, self.code.is_known()) {
            (Some(entry), _) => decide.code_class(entry.class, true),
            (None, true) => decide.code(self.code),
            (None, false) => decide.signal(Decision::Poll),
        }
    }
}

/// BigML.io's error body: `{"code": 400, "status": {"code": -1200, "message":
/// "Missing parameter", "extra": [...]}}`, the HTTP status and the error.
///
/// ```
/// use codes_vendors::bigml::{ErrorCode, ErrorResponse, HttpStatus, ModelError};
/// use codes_vendors::Class;
///
/// let body: ErrorResponse = serde_json::from_str(
///     r#"{"code": 402, "status": {"code": -40021, "message": "Your model cannot be created now"}}"#,
/// )?;
/// assert_eq!(body.code, Some(HttpStatus::PaymentRequired));
/// let error = body.error_in::<ModelError>();
/// assert_eq!(error, ErrorCode::Resource(ModelError::CannotBeCreatedNow));
/// assert_eq!(error.class(), Class::Retry);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ErrorResponse {
    /// The HTTP status, as in the response's header (absent from the error
    /// objects BigML's bindings build around a failed connection).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<HttpStatus>,
    /// The error code and message.
    pub status: ErrorStatus,
}

/// The `status` object of BigML.io's error body.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ErrorStatus {
    /// The error code, kept as sent: its meaning depends on the resource (see
    /// [`ErrorResponse::error_in`]).
    pub code: i32,
    /// BigML.io's message about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// More about the error (BigML's bindings append it to the message).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Value>,
    /// The kind of error: BigML's Python bindings mark a failure to reach
    /// BigML.io `"transient"` and retry it (`error_retries`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

impl ErrorStatus {
    /// `true` when the error says it is transient (`"type": "transient"`).
    #[must_use]
    pub fn is_transient(&self) -> bool {
        self.kind.as_deref() == Some("transient")
    }
}

impl ErrorResponse {
    /// The error code decoded in the context of resource `R`, the resource
    /// the request was about.
    #[must_use]
    pub fn error_in<R: ResourceError>(&self) -> ErrorCode<R> {
        ErrorCode::from_code(self.status.code)
    }

    /// The error code's row in the context of `resource`, without types;
    /// `None` when neither the general table nor the resource's lists it.
    #[must_use]
    pub fn error_entry(&self, resource: Resource) -> Option<Entry> {
        resource.decode(self.status.code)
    }

    /// What the error asks of the client, in the context of `resource` when
    /// known (without it, only the general codes are known): the error code
    /// when a table knows it, then `"type": "transient"` (a retry), then the
    /// HTTP status the body repeats.
    #[must_use]
    pub fn verdict(&self, resource: Option<Resource>) -> Verdict {
        let mut decide = Decide::new();
        if let Some(code) = self.code {
            decide = decide.http_code(code);
        }
        self.feed(decide, resource).decide()
    }

    fn feed(&self, decide: Decide, resource: Option<Resource>) -> Decide {
        let decide = match error_entry(self.status.code, resource) {
            Some(entry) => decide.code_class(entry.class, true),
            None => decide.code_class(codes_core::Class::Unknown, false),
        };
        if self.status.is_transient() {
            decide.signal(Decision::Retry { after: None })
        } else {
            decide
        }
    }
}

/// `code`'s row in `resource`'s context, or among the general codes when the
/// resource is not known.
fn error_entry(code: i32, resource: Option<Resource>) -> Option<Entry> {
    match resource {
        Some(resource) => resource.decode(code),
        None => GeneralError::try_from_code(code).ok().and_then(Entry::of),
    }
}

/// A BigML.io resource as a body: its id, the HTTP status it repeats, and
/// its `status` (absent for resources that are not created by a task, such
/// as projects). Other fields are ignored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResourceBody {
    /// The resource's id (`"source/5e4ee08e440ca1324410ccbd"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// The HTTP status the body repeats (its `code`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<i64>,
    /// The resource's creation status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// What an execution (a WhizzML script run) made: its output resources,
    /// each with its own status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution: Option<Execution>,
}

/// The `execution` member of a BigML.io execution: the resources it
/// created (others of its fields are ignored).
///
/// ```json
/// {"output_resources": [{"code": 1, "id": "source/573c9f19b85eee23c600024a",
///                        "progress": 0.0, "state": "queued"}], "result": "..."}
/// ```
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Execution {
    /// The resources the execution created, each with its status.
    #[serde(
        default,
        deserialize_with = "nullable_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub output_resources: Vec<OutputResource>,
}

/// A resource an execution created: its id and its creation status, as the
/// execution reports it (`code` a resource status, `state` its name).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct OutputResource {
    /// The resource's id (`"source/573c9f19b85eee23c600024a"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The resource's status code (1 queued, 5 finished, -1 faulty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<i32>,
    /// The status's name (`"queued"`), as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// How far its creation has gone, from 0 to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<f64>,
}

impl OutputResource {
    /// What its status says of the execution's work: a finished resource
    /// is done, a faulty one a vendor failure, any other status (queued,
    /// started, BigML's 6 uploading) a poll, as BigML's clients poll on every
    /// status but finished and faulty; `None` without a code.
    #[must_use]
    pub fn decision(&self) -> Option<Decision> {
        let status = ResourceStatus::from(self.code?);
        if status.is_known() {
            state_decision(status.class())
        } else {
            Some(Decision::Poll)
        }
    }
}

impl ResourceBody {
    /// The states of the resources the call made beside this one: an
    /// execution's output resources, each named by its index in
    /// `execution.output_resources` (rule 6 of [`codes_core::decision`]: the
    /// work an execution started is not done while a resource it creates
    /// is still queued).
    pub fn states(&self) -> impl Iterator<Item = (Basis, Decision)> + '_ {
        self.execution
            .iter()
            .flat_map(|execution| execution.output_resources.iter().enumerate())
            .filter_map(|(index, output)| {
                let basis = Basis::State {
                    at: "execution.output_resources",
                    index: Some(index),
                };
                Some((basis, output.decision()?))
            })
    }
}

impl ResourceBody {
    /// The kind of resource, from the prefix of its id (`source/...`).
    #[must_use]
    pub fn kind(&self) -> Option<Resource> {
        let id = self.resource.as_deref()?;
        Resource::from_id(id.split('/').next()?)
    }
}

/// A BigML.io body: a resource, a resource's `status` object alone, or an
/// error.
///
/// BigML.io writes a resource's creation status and an error in the same
/// place (`status`, with a `code` and a `message`); they are told apart by
/// the code: resource statuses are small numbers (-3 to 6 today), error
/// codes are -1000 and below (general and resource errors) or HTTP statuses
/// (100 and above, in the error objects BigML's bindings build), and an
/// error may say `"type"`.
///
/// ```
/// use codes_vendors::bigml::{Body, ResourceStatus};
///
/// let body: Body = serde_json::from_str(r#"{"resource": "sample/603e", "status": {"code": 1, "message": "queued"}}"#)?;
/// let Body::Resource(resource) = body else { panic!("a resource") };
/// assert_eq!(resource.status.map(|s| s.code), Some(ResourceStatus::Queued));
///
/// let body: Body = serde_json::from_str(r#"{"code": 400, "status": {"code": -1200, "message": "Missing parameter"}}"#)?;
/// assert!(matches!(body, Body::Error(_)));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Body {
    /// A resource (or a resource's `status` alone, as the resource's
    /// `status` with no id).
    Resource(ResourceBody),
    /// An error.
    Error(ErrorResponse),
}

/// Read as `RawBody`, then told apart, inside the map's visitor so that
/// an error says where the object ends.
impl<'de> Deserialize<'de> for Body {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Body, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Body;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("a BigML.io resource or error body (a JSON object)")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Body, A::Error> {
                let raw = RawBody::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Body::try_from(raw).map_err(serde::de::Error::custom)
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// Every field either shape may have.
#[derive(Deserialize)]
struct RawBody {
    #[serde(default)]
    code: Option<i64>,
    #[serde(default)]
    resource: Option<String>,
    #[serde(default)]
    status: Option<RawStatus>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    elapsed: Option<f64>,
    #[serde(default)]
    progress: Option<f64>,
    #[serde(default)]
    error: Option<i32>,
    #[serde(default, deserialize_with = "lenient_execution")]
    execution: Option<Execution>,
}

/// An `execution` member of the shape [`Execution`] reads, else `None`:
/// another resource's field of that name (BigML adds fields) does not make
/// the body unreadable.
fn lenient_execution<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Execution>, D::Error> {
    let value = Option::<Value>::deserialize(deserializer)?;
    Ok(value.and_then(|value| Execution::deserialize(value).ok()))
}

#[derive(Deserialize)]
struct RawStatus {
    #[serde(default)]
    code: Option<i64>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    elapsed: Option<f64>,
    #[serde(default)]
    progress: Option<f64>,
    #[serde(default)]
    error: Option<i32>,
    #[serde(default)]
    cause: Option<Value>,
    #[serde(default)]
    extra: Option<Value>,
    #[serde(rename = "type", default)]
    kind: Option<String>,
}

/// `true` for a code in an error's place: -1000 and below, or 100 and above.
fn is_error_code(code: i64) -> bool {
    code <= -1000 || code >= 100
}

fn narrow(code: i64, what: &str) -> Result<i32, String> {
    i32::try_from(code).map_err(|_| format!("{what} {code} does not fit a BigML code (i32)"))
}

impl TryFrom<RawBody> for Body {
    type Error = String;

    fn try_from(raw: RawBody) -> Result<Body, String> {
        if let Some(status) = raw.status {
            let code = status.code.ok_or(
                "the `status` object has no `code`: neither a resource status nor an error",
            )?;
            if is_error_code(code) || status.kind.is_some() {
                let http = match raw.code {
                    Some(http) => {
                        Some(HttpStatus::from(u16::try_from(http).map_err(|_| {
                            format!("`code` {http} is not an HTTP status")
                        })?))
                    }
                    None => None,
                };
                return Ok(Body::Error(ErrorResponse {
                    code: http,
                    status: ErrorStatus {
                        code: narrow(code, "error code")?,
                        message: status.message,
                        extra: status.extra,
                        kind: status.kind,
                    },
                }));
            }
            return Ok(Body::Resource(ResourceBody {
                resource: raw.resource,
                code: raw.code,
                execution: raw.execution,
                status: Some(Status {
                    code: ResourceStatus::from(narrow(code, "status code")?),
                    message: status.message,
                    elapsed: status.elapsed,
                    progress: status.progress,
                    error: status.error,
                    cause: status.cause,
                    extra: status.extra,
                }),
            }));
        }
        // A `status` object alone: a resource status code beside its message
        // or progress, and nothing that makes it a resource.
        let bare = raw.resource.is_none()
            && (raw.message.is_some() || raw.progress.is_some() || raw.elapsed.is_some());
        match raw.code {
            Some(code) if bare && !is_error_code(code) => Ok(Body::Resource(ResourceBody {
                resource: None,
                code: None,
                execution: None,
                status: Some(Status {
                    code: ResourceStatus::from(narrow(code, "status code")?),
                    message: raw.message,
                    elapsed: raw.elapsed,
                    progress: raw.progress,
                    error: raw.error,
                    cause: None,
                    extra: None,
                }),
            })),
            code => Ok(Body::Resource(ResourceBody {
                resource: raw.resource,
                code,
                status: None,
                execution: raw.execution,
            })),
        }
    }
}

impl Body {
    /// The decision for this body, with `decide` holding what came with it
    /// (HTTP status, headers), in the context of `resource` when known (else
    /// the kind the resource's id names).
    #[must_use]
    pub fn verdict(&self, decide: Decide, resource: Option<Resource>) -> Verdict {
        match self {
            Body::Error(error) => error.feed(decide, resource).decide(),
            Body::Resource(body) => match &body.status {
                Some(status) => status.feed(decide, resource.or(body.kind())).decide(),
                None => decide.decide(),
            }
            .with_states(body.states()),
        }
    }

    /// The HTTP status the body repeats, if it does.
    #[must_use]
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Body::Error(error) => error.code.map(VendorCode::code),
            Body::Resource(body) => body.code.and_then(|code| u16::try_from(code).ok()),
        }
    }
}

/// Decodes a BigML.io response and decides what to do, in the context of
/// the resource the request was about (`None`: the kind a resource's id
/// names, else only the general error codes are known): the SDK-facing
/// entry point.
///
/// The decision, by [`codes_core::decision`]'s rules:
/// - an error: its code, decoded in the resource's context, when a table
///   knows it; then `"type": "transient"` (a retry, as BigML's bindings
///   retry it); then the HTTP status (the response's, else the one the body
///   repeats), by BigML's HTTP table (402 is a client error);
/// - a resource: its status (finished is done, waiting to summarized poll);
///   a faulty resource by its `error` code when the resource's table knows
///   it; a status the table does not list (BigML's bindings add 6,
///   uploading, and -3, runnable) is a poll, as BigML's clients poll on
///   every status but finished and faulty;
/// - a resource without a status (a project), or no body: the HTTP status;
/// - then, when that is done (or poll), the statuses of an execution's
///   output resources ([`ResourceBody::states`]): an execution finished
///   whose source is still queued is a poll, one whose output resource is
///   faulty a vendor failure; the basis names the resource
///   (`execution.output_resources[0]`).
///
/// ```
/// use codes_vendors::bigml::{self, Resource};
/// use codes_vendors::response::RawResponse;
/// use codes_vendors::Decision;
///
/// let body = br#"{"code": 402, "status": {"code": -40021, "message": "Your model cannot be created now"}}"#;
/// let decoded = bigml::decode(&RawResponse::new(Some(402), body), Some(Resource::Model)).unwrap();
/// assert_eq!(decoded.decision(), Decision::Retry { after: None });
/// // Without the resource, -40021 means nothing: the HTTP status decides.
/// let decoded = bigml::decode(&RawResponse::new(Some(402), body), None).unwrap();
/// assert_eq!(decoded.decision(), Decision::FixRequest);
/// ```
///
/// # Errors
///
/// [`DecodeError`] when the body is not JSON of either shape: it says what
/// and where (line, column).
pub fn decode<H: Headers + ?Sized>(
    response: &RawResponse<'_, H>,
    resource: Option<Resource>,
) -> Result<Decoded<Body>, DecodeError> {
    let mut decide = Decide::new().headers(response.headers, response.now);
    if let Some(status) = response.status {
        decide = decide.http_code(HttpStatus::from(status));
    }
    let body: Option<Body> = response.body(HttpStatus::VENDOR, decide)?;
    let verdict = match &body {
        Some(body) => {
            let decide = match (response.status, body.http_status()) {
                (None, Some(status)) => decide.http_code(HttpStatus::from(status)),
                _ => decide,
            };
            body.verdict(decide, resource)
        }
        None => decide.decide(),
    };
    Ok(Decoded { body, verdict })
}
