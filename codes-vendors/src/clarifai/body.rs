//! Clarifai's response bodies and their entry point (feature `serde`).

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use codes_core::{Basis, Decide, Decision, Headers, Verdict};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

use super::Clarifai;
use crate::response::{DecodeError, Decoded, RawResponse, nullable_vec, state_decision};

/// The `status` object of a Clarifai response, of its outputs and inputs,
/// and of a model version: every endpoint returns "a status code and a
/// description that gives details of the status".
///
/// ```json
/// {"code": 21200, "description": "Model does not exist", "details": "...", "req_id": "..."}
/// ```
///
/// Every shape Clarifai's APIs and clients write decodes:
/// - `code` as a number (the REST API) or as the code's name
///   (`"MODEL_DOES_NOT_EXIST"`, what protobuf's JSON mapping writes, as
///   Clarifai's Python SDK does with `MessageToDict`); a name the table does
///   not know is kept in [`code_name`](Self::code_name) and the code is
///   [`Clarifai::Unknown`]`(0)`;
/// - no `code` at all: protobuf's JSON mapping leaves out a zero, so it is
///   code 0 (`ZERO` in Clarifai's proto), which no table lists;
/// - no `description` (it is `None`), and fields this type does not know.
///
/// ```
/// use codes_vendors::clarifai::{Clarifai, Status};
/// use codes_vendors::Class;
///
/// let status: Status = serde_json::from_str(
///     r#"{"code": 11005, "description": "Making too many requests", "req_id": "abc123"}"#,
/// )?;
/// assert_eq!(status.code, Clarifai::ConnThrottled);
/// assert_eq!(status.code.class(), Class::Retry);
/// assert_eq!(status.req_id.as_deref(), Some("abc123"));
///
/// let by_name: Status = serde_json::from_str(r#"{"code": "MODEL_DOES_NOT_EXIST"}"#)?;
/// assert_eq!(by_name.code, Clarifai::ModelDoesNotExist);
/// assert_eq!(by_name.description, None);
///
/// let new_name: Status = serde_json::from_str(r#"{"code": "SOME_NEWER_CODE"}"#)?;
/// assert_eq!((new_name.code, new_name.code_name.as_deref()), (Clarifai::Unknown(0), Some("SOME_NEWER_CODE")));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(from = "RawStatus")]
pub struct Status {
    /// The status code, from the table.
    pub code: Clarifai,
    /// The name the body gave for a code the table does not know (the code is
    /// then [`Clarifai::Unknown`]`(0)`).
    #[serde(skip_serializing)]
    pub code_name: Option<String>,
    /// The description of the status, as sent (it may differ from the
    /// table's [`description`](Clarifai::description)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// More details of the status, when the body gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// The id of the request, when the body gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub req_id: Option<String>,
}

/// [`Status`] as sent, before its code is looked up.
#[derive(Deserialize)]
struct RawStatus {
    #[serde(default)]
    code: Option<Code>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    details: Option<String>,
    #[serde(default)]
    req_id: Option<String>,
}

impl From<RawStatus> for Status {
    fn from(raw: RawStatus) -> Status {
        let (code, code_name) = match raw.code {
            // Absent: protobuf's JSON mapping leaves out code 0 (`ZERO`).
            None => (Clarifai::from(0), None),
            Some(Code::Number(code)) => (Clarifai::from(code), None),
            Some(Code::Name(name)) => match Clarifai::from_name(&name) {
                Some(code) => (code, None),
                None => (Clarifai::Unknown(0), Some(name)),
            },
        };
        Status {
            code,
            code_name,
            description: raw.description,
            details: raw.details,
            req_id: raw.req_id,
        }
    }
}

/// A `code` as sent: a number or a name.
enum Code {
    Number(u32),
    Name(String),
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Code, D::Error> {
        deserializer.deserialize_any(CodeVisitor)
    }
}

struct CodeVisitor;

impl Visitor<'_> for CodeVisitor {
    type Value = Code;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Clarifai status code: a number (u32) or a code name such as \"SUCCESS\"")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Code, E> {
        u32::try_from(v)
            .map(Code::Number)
            .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Code, E> {
        u32::try_from(v)
            .map(Code::Number)
            .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Code, E> {
        Ok(Code::Name(v.into()))
    }
}

impl Status {
    /// What this status alone asks of the client (an output's, an input's
    /// or a model version's status, read on its own).
    ///
    /// ```
    /// use codes_vendors::clarifai::Status;
    /// use codes_vendors::Decision;
    ///
    /// let training: Status = serde_json::from_str(r#"{"code": 21101}"#)?;
    /// assert_eq!(training.verdict().decision, Decision::Poll);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        Decide::new().code(self.code).decide()
    }
}

/// A Clarifai response body: its `status`, and the parts that carry
/// statuses of their own (the `outputs` of a prediction, the `inputs` of an
/// upload, a `model` or `model_version` and its training or evaluation
/// status). Everything else in the body is ignored.
///
/// ```
/// use codes_vendors::clarifai::{Clarifai, Response};
///
/// let body: Response = serde_json::from_str(r#"{
///     "status": {"code": 10010, "description": "Mixed Success"},
///     "outputs": [
///         {"id": "a", "status": {"code": 10000, "description": "Ok"}},
///         {"id": "b", "status": {"code": 30002, "description": "Download failed; check URL"}}
///     ]
/// }"#)?;
/// assert_eq!(body.outputs[1].status.as_ref().map(|s| s.code), Some(Clarifai::InputFailed));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Response {
    /// The status of the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// The outputs of a prediction or a workflow, each with its status.
    #[serde(
        default,
        deserialize_with = "nullable_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub outputs: Vec<Output>,
    /// The inputs of an upload or a listing, each with its status.
    #[serde(
        default,
        deserialize_with = "nullable_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub inputs: Vec<Input>,
    /// The model of a model request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<Model>,
    /// The model version of a model-version request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_version: Option<ModelVersion>,
    /// The dataset version of a dataset-version request, with its
    /// processing status (`DATASET_VERSION_PENDING`, `..._READY`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dataset_version: Option<DatasetVersion>,
    /// The input of a single-input request, with its processing status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
}

/// A dataset version and its processing status.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct DatasetVersion {
    /// The version's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The processing status (`DATASET_VERSION_PENDING`,
    /// `DATASET_VERSION_IN_PROGRESS`, `DATASET_VERSION_READY`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
}

/// An output of a prediction: the status of one input's prediction.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Output {
    /// The output's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The status of this output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// The model that made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<Model>,
}

/// An input (an image, a video, a text) and its processing status.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Input {
    /// The input's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The status of this input (`INPUT_DOWNLOAD_PENDING` while Clarifai
    /// downloads it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
}

/// A model, and the version it is at.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Model {
    /// The model's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The model's version, with its training status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_version: Option<ModelVersion>,
}

/// A model version: its training status and its evaluation metrics' status.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct ModelVersion {
    /// The version's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The training status (`MODEL_TRAINED`, `MODEL_TRAINING`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// The evaluation metrics, with their status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metrics: Option<Metrics>,
}

/// A model version's evaluation metrics.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Metrics {
    /// The evaluation status (`MODEL_EVALUATED`, `MODEL_QUEUED_FOR_EVALUATION`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
}

impl Response {
    /// The model version the response is about: its `model_version`, else
    /// its `model`'s. Its [`status`](ModelVersion::status) is the training
    /// state a client polls while a model trains.
    #[must_use]
    pub fn model_version(&self) -> Option<&ModelVersion> {
        self.model_version
            .as_ref()
            .or_else(|| self.model.as_ref()?.model_version.as_ref())
    }

    /// The statuses of the response's items: each output's, then each
    /// input's.
    pub fn item_statuses(&self) -> impl Iterator<Item = Option<&Status>> {
        self.outputs
            .iter()
            .map(|o| o.status.as_ref())
            .chain(self.inputs.iter().map(|i| i.status.as_ref()))
    }

    /// The states of the resources the call returns, each with the basis
    /// that names it, in the body's order: the model version's training
    /// status (`model_version.status`, or `model.model_version.status`), its
    /// evaluation metrics' status, the dataset version's and the single
    /// input's. A state decides the work the call started (rule 6 of
    /// [`codes_core::decision`]), so three are neutral and left out:
    /// `MODEL_UNTRAINED` and `MODEL_NOT_EVALUATED` (the version was never
    /// sent to train or evaluate: a model created untrained is done, not a
    /// failed training) and `MODEL_NOT_DEPLOYED` (deployment is no call's
    /// work here); so are the states of the outputs' models (a prediction's
    /// model version is not the prediction's work) and of listings.
    pub fn states(&self) -> impl Iterator<Item = (Basis, Decision)> + '_ {
        let version = self.model_version();
        let (version_at, metrics_at) = if self.model_version.is_some() {
            ("model_version.status", "model_version.metrics.status")
        } else {
            (
                "model.model_version.status",
                "model.model_version.metrics.status",
            )
        };
        [
            (version_at, version.and_then(|v| v.status.as_ref())),
            (
                metrics_at,
                version.and_then(|v| v.metrics.as_ref()?.status.as_ref()),
            ),
            (
                "dataset_version.status",
                self.dataset_version.as_ref().and_then(|v| v.status.as_ref()),
            ),
            (
                "input.status",
                self.input.as_ref().and_then(|i| i.status.as_ref()),
            ),
        ]
        .into_iter()
        .filter_map(|(at, status)| {
            let decision = state_of(status?.code)?;
            Some((Basis::State { at, index: None }, decision))
        })
    }

    /// The decision for this body, with `decide` holding what came with it
    /// (HTTP status, headers): the request's `status` code, then the HTTP
    /// status, and the most severe of the outputs' and inputs' statuses;
    /// then, when the call worked, the [`states`](Self::states) of the
    /// resources it returns (a model version queued for training is a
    /// poll, one whose training failed that failure).
    #[must_use]
    pub fn verdict(&self, decide: Decide) -> Verdict {
        let mut decide = decide;
        if let Some(status) = &self.status {
            decide = decide.code(status.code);
        }
        for status in self.item_statuses() {
            decide = match status {
                Some(status) => decide.item(status.code),
                // An output without a status says nothing of itself.
                None => decide,
            };
        }
        decide.decide().with_states(self.states())
    }
}

/// What a resource's state `code` says of the work the call started: its
/// class's ([`state_decision`]), except the states that are no failure of
/// any call's work though their group classes them `client_error`: a model
/// version not yet trained or evaluated, a model not deployed.
fn state_of(code: Clarifai) -> Option<Decision> {
    match code {
        Clarifai::ModelUntrained | Clarifai::ModelNotEvaluated | Clarifai::ModelNotDeployed => None,
        code => state_decision(code.class()),
    }
}

/// Decodes a Clarifai response and decides what to do: the SDK-facing
/// entry point.
///
/// The decision, by [`codes_core::decision`]'s rules: the request's
/// `status.code` decides when the table knows it (or its group's class
/// does); else the HTTP status, except that a 2xx never makes an unknown
/// code a success; then the most severe of the outputs' and inputs'
/// statuses (`MIXED_STATUS` with a failed download is a failure, an upload
/// whose inputs are still downloading is a poll); then, when the call
/// worked, the state of the resource it returns ([`Response::states`]): a
/// model version still queued for training or metrics still evaluating are
/// a poll (as the SDK's `train(sync=True)` keeps waiting), a failed
/// training is that failure, and the basis names the state. A retry waits as
/// `Retry-After` says. A body with no JSON at all (an HTTP 502 from a proxy)
/// is a [`DecodeError`] that still carries what the HTTP status decides.
///
/// ```
/// use codes_vendors::response::RawResponse;
/// use codes_vendors::{clarifai, Basis, Decision};
///
/// let body = br#"{"status": {"code": 21200, "description": "Model does not exist"}}"#;
/// let decoded = clarifai::decode(&RawResponse::new(Some(404), body)).unwrap();
/// assert_eq!(decoded.decision(), Decision::FixRequest);
/// assert_eq!(decoded.verdict.basis, Basis::Code);
///
/// // An unknown code with HTTP 429: the status decides.
/// let decoded = clarifai::decode(&RawResponse::new(Some(429), br#"{"status": {"code": 98765}}"#)).unwrap();
/// assert_eq!(decoded.decision(), Decision::Retry { after: None });
///
/// // The call worked; the model version it created is queued for training.
/// let body = br#"{"status": {"code": 10000}, "model_version": {"status": {"code": 21103}}}"#;
/// let decoded = clarifai::decode(&RawResponse::new(Some(200), body)).unwrap();
/// assert_eq!(decoded.decision(), Decision::Poll);
/// assert_eq!(decoded.verdict.basis, Basis::State { at: "model_version.status", index: None });
/// ```
///
/// # Errors
///
/// [`DecodeError`] when the body is not JSON of this shape: it says what and
/// where (line, column).
pub fn decode<H: Headers + ?Sized>(
    response: &RawResponse<'_, H>,
) -> Result<Decoded<Response>, DecodeError> {
    let decide = response.decide();
    let body: Option<Response> = response.body(Clarifai::VENDOR, decide)?;
    let verdict = match &body {
        Some(body) => body.verdict(decide),
        None => decide.decide(),
    };
    Ok(Decoded { body, verdict })
}
