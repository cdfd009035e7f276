//! Clarifai's API status codes.
//!
//! [`Clarifai`] is the table of Clarifai's status codes, from two sources:
//! - the page "Status Codes" of Clarifai's documentation (`data/pages/clarifai.txt`): 336
//!   codes, each with its symbolic name (`MODEL_DOES_NOT_EXIST`) and the
//!   page's description, grouped as the page groups them
//!   (`Model/Custom Training Related Codes: 21xxx`; see [`ClarifaiGroup`]);
//! - the `StatusCode` enum of Clarifai's protobuf definition
//!   (`proto/clarifai/api/status/status_code.proto` of Clarifai's
//!   clarifai-nodejs-grpc repository, commit `9f55408`, 2026-05-29), which
//!   every Clarifai client is generated from: 425 codes, 105 of which the page
//!   does not list.
//!
//! So the table holds 441 codes: the page's 336 rows, verbatim, and the
//! proto's 105 others, with the proto's names and, where the proto has a
//! comment beside the entry, that comment as the description. Every row says
//! where it comes from in its `source` column ([`Clarifai::source`], also in
//! [`Entry::columns`](codes_core::Entry) and in the `lookup` example's
//! output):
//!
//! | `source` | the row |
//! | --- | --- |
//! | `"page"` | the page lists it, and the proto defines it |
//! | `"proto"` | only the proto defines it |
//! | `"page (reserved in proto)"` | the page lists it; the proto has removed it and `reserved` its number (25407, 40019, 52000 to 52003) |
//! | `"page (removed from proto)"` | the page lists it; the proto no longer defines it (10001 and 10002, commented out; 24153; 42000 to 42006) |
//!
//! Where the two sources disagree:
//! - names: where the proto renamed a code the page lists (30000 to 30003 are
//!   `INPUT_SUCCESS` and so on in the proto, whose `INPUT_DOWNLOAD_*` are
//!   deprecated aliases; 54005 is `TASK_FAILED`), the proto's current name is
//!   the row's name and the page's an alias: both parse
//!   ([`Clarifai::from_name`]);
//! - deprecation: the 10 codes the proto marks `[deprecated = true]` (with
//!   every name it gives them) are deprecated rows ([`Entry`](codes_core::Entry)'s
//!   `deprecated`), with the proto's comment as the note where it has one; a
//!   deprecation the proto states only in a comment ("DEPRECATED: License
//!   feature is fully deprecated now.") is quoted in the row's or the group's
//!   docs, not made a deprecated row;
//! - descriptions: a page row keeps the page's description, even where the
//!   proto's comment words it otherwise.
//!
//! The page's own data has three kinds of exception, each marked by a comment
//! in the table:
//! - the page leaves 9 names blank (24153, 40019 and 42000 to 42006): their
//!   names are those of Clarifai's protobuf definition before 2020 (the
//!   proto's public history, from 2020-01-14, has 24153 and 40019; the
//!   visualization codes appear under these names in the status codes of
//!   Clarifai's Apple SDK of 2017, which were generated from it);
//! - where the page gives no description and Clarifai's older status-code page
//!   gives one (99009 only), the description is the older page's;
//! - a heading's range (`21xxx`) is the group's range; broad headings hold
//!   narrow ones (`21xxx` around `213xx`, `213xx` around `2135x`), and an
//!   unlisted code belongs to the innermost range that holds it.
//!
//! A code only the proto defines joins the innermost page group whose range
//! holds it, unless the proto puts it under a section heading of its own
//! (`// Runner related codes 256xx`): that section is a group, titled with the
//! proto's heading verbatim and ranged by it, nested in the page's group
//! where the page's range holds it (as the page nests its own `251xx` in
//! `25xxx`).
//!
//! Many rows have no description in either source; those rows'
//! [`description`](Clarifai::description) is `None`. The class of a row is
//! decided from the vendor's words where it has any, and otherwise from its
//! name and from what Clarifai's clients do: clarifai-python and
//! clarifai-nodejs resend a request throttled with `CONN_THROTTLED` or
//! `CONN_EXCEED_HOURLY_LIMIT`, resend a prediction answered with
//! `MODEL_DEPLOYING`, `MODEL_LOADING` or `MODEL_BUSY_PLEASE_RETRY`, poll while
//! a model builds, evaluates or exports, a pipeline step builds, a pipeline
//! run (a job) is queued, running or paused, a dataset version exports or an
//! upload is in progress, and stop at the codes that end each of these; each
//! group's documentation gives its rule.
//!
//! With the `serde` feature, [`Status`] decodes the `status` object of
//! Clarifai's response bodies (`{"code": 10000, "description": "Ok"}`, or
//! `{"code": "SUCCESS"}` as protobuf's JSON mapping writes it), [`Response`]
//! a whole body with its outputs', inputs' and model version's statuses, and
//! [`decode`] is the entry point from an HTTP response to the body and the
//! decision.
//!
//! ```
//! use codes_vendors::clarifai::{Clarifai, ClarifaiGroup};
//! use codes_vendors::Class;
//!
//! let status = Clarifai::from(21200);
//! assert_eq!(status, Clarifai::ModelDoesNotExist);
//! assert_eq!(status.name(), Some("MODEL_DOES_NOT_EXIST"));
//! assert_eq!(status.description(), Some("Model does not exist"));
//! assert_eq!(status.group(), Some(ClarifaiGroup::ModelTraining));
//! assert_eq!(status.class(), Class::ClientError);
//!
//! // Poll while the model trains; retry a throttled request.
//! assert!(Clarifai::ModelTraining.class().is_pending());
//! assert!(Clarifai::ConnThrottled.class().is_retryable());
//!
//! // Codes only the proto defines, with the proto's names; every row says
//! // where it comes from.
//! let busy = Clarifai::from(21354);
//! assert_eq!(busy, Clarifai::ModelBusyPleaseRetry);
//! assert!(busy.class().is_retryable());
//! assert_eq!(busy.source(), Some("proto"));
//! assert_eq!(status.source(), Some("page"));
//!
//! // The proto's current name is the row's; the page's older name parses too.
//! assert_eq!(Clarifai::from(30000).name(), Some("INPUT_SUCCESS"));
//! assert_eq!(
//!     Clarifai::from_name("INPUT_DOWNLOAD_SUCCESS"),
//!     Some(Clarifai::InputSuccess)
//! );
//!
//! // Unknown codes are kept, in the group whose range holds them.
//! let unknown = Clarifai::from(30999);
//! assert_eq!(unknown, Clarifai::Unknown(30999));
//! assert_eq!(unknown.group(), Some(ClarifaiGroup::InputImage));
//! assert_eq!(unknown.class(), Class::Unknown);
//! ```

#[cfg(feature = "serde")]
mod body;
#[cfg(feature = "serde")]
pub use body::{
    DatasetVersion, Input, Metrics, Model, ModelVersion, Output, Response, Status, decode,
};

codes_macros::status_codes! {
    /// Clarifai's API status codes: the `code` of the `status` object of every
    /// response, from the page "Status Codes" of Clarifai's documentation and
    /// from the `StatusCode` enum of Clarifai's protobuf definition.
    ///
    /// Variants are named after Clarifai's names (`MODEL_DOES_NOT_EXIST` is
    /// [`ModelDoesNotExist`](Clarifai::ModelDoesNotExist)); codes neither
    /// source lists decode to [`Clarifai::Unknown`], keeping the code.
    ///
    /// Classes, in every group: a code that reports finished work
    /// (`*_SUCCESS`, `MODEL_TRAINED`, `*_READY`, `*_DONE`) is `success`; one
    /// that reports work still pending, queued or in progress (including
    /// `MODEL_TRAINING`, `MODEL_EVALUATING`, `MODEL_DEPLOYING`) is `pending`;
    /// throttles, what the vendor says to "try again" or "retry", and what
    /// Clarifai's clients resend are `retry`; bad input, a missing resource,
    /// permissions, authentication and billing are `client_error`; internal
    /// and unexplained failures are `vendor_error`. Each group's documentation
    /// gives its rule and exceptions.
    ///
    /// The `source` column says where each row comes from: `"page"`,
    /// `"proto"`, `"page (reserved in proto)"` or `"page (removed from
    /// proto)"` (see the [module documentation](crate::clarifai)).
    #[codes(vendor = "Clarifai")]
    pub enum Clarifai: u32 {
        column source: &'static str = "page",
        /// The first value of the proto's enum (proto3 requires a zero), which
        /// Clarifai's clients read as "no status set": clarifai-python's model
        /// runner takes a status other than `SUCCESS` and `ZERO` for an error.
        /// Class `unknown`: it reports no outcome.
        ///
        /// The proto's comment above it, "to be revised and greatly expanded",
        /// speaks of the enum it opens, so it is not taken for a description.
        0 ZERO => unknown { source: "proto" },
        /// Class: per row, from the vendor's words. `SUCCESS` and the two
        /// `SUCCESS_WARNING_*_DEPRECATED` (the request succeeded, with a deprecation
        /// warning) are `success`; `TRY_AGAIN` ("Try the request again") is `retry`;
        /// `MOVED` ("Resource moved") is `redirect`; `MIXED_STATUS` ("Mixed Success")
        /// is `unknown`: some items of the request failed and some did not, so the
        /// code alone asks for no single action (each item's own status does), and
        /// `unknown` is treated as a failure rather than silently as done; `FAILURE`
        /// and `NOT_IMPLEMENTED` (the meaning of HTTP 501) are `vendor_error`.
        /// The proto's two codes more are classed by the HTTP status they stand
        /// for, as `MOVED` and `NOT_IMPLEMENTED` are: `ACCEPTED` ("Respond with
        /// Http status 202": accepted, not yet done) is `pending`, `TEAPOT`
        /// (HTTP 418, a 4xx) is `client_error`.
        ///
        /// No range: the heading gives none. The proto's section has the same
        /// heading ("Generic").
        group Generic "Generic" => vendor_error {
            10000 SUCCESS: "Ok" => success,
            /// Removed from Clarifai's protobuf: commented out there since its
            /// first public version (2020-01-14).
            10001 SUCCESS_WARNING_API_DEPRECATED => success { source: "page (removed from proto)" },
            /// Removed from Clarifai's protobuf: commented out there since its
            /// first public version (2020-01-14).
            10002 SUCCESS_WARNING_CLIENT_DEPRECATED => success { source: "page (removed from proto)" },
            // "Mixed Success": the items' own statuses say what failed; `unknown`,
            // so that it is never taken for done.
            10010 MIXED_STATUS: "Mixed Success" => unknown,
            // Generic: the page and the proto say only "Failure", nothing of
            // whose or whether it lasts; a 502/503 or a `Retry-After` beside it
            // says more, and decides.
            #[codes(generic)]
            10020 FAILURE: "Failure",
            10030 TRY_AGAIN: "Try the request again" => retry,
            10040 NOT_IMPLEMENTED,  // not implemented: HTTP 501's meaning, a vendor-side limitation
            10050 MOVED: "Resource moved" => redirect,
            10060 TEAPOT => client_error { source: "proto" },
            10070 ACCEPTED: "Request has been accepted. Respond with Http status 202." => pending { source: "proto" },
        }
        /// Class: `client_error` (account, plan, credentials, keys, scopes, request
        /// format, GDPR consent: fix the request or the account), except the
        /// throttles a client waits out, as Clarifai's clients do:
        /// `CONN_EXCEED_HOURLY_LIMIT` and `CONN_THROTTLED` are `retry`. The monthly
        /// limit and the account limits (`CONN_EXCEED_MONTHLY_LIMIT`,
        /// `CONN_EXCEEDS_LIMITS`) stay `client_error`: no backoff clears them.
        /// (clarifai-python's and clarifai-nodejs' stubs retry on exactly
        /// `CONN_THROTTLED` and `CONN_EXCEED_HOURLY_LIMIT`.) The proto's
        /// `CONN_INVALID_RANGE` ("when invalid range of a resource is requested")
        /// is `client_error`.
        group Connection "Clarifai Connection Codes: 11xxx" (11000..=11999) => client_error {
            11000 CONN_ACCOUNT_ISSUES: "Account or plan issue, such as expired credentials, account still in trial, or feature not supported in your tier",
            #[codes(deprecated = "Deprecated: we should return CONN_KEY_INVALID instead now in all cases.")]
            11001 CONN_TOKEN_INVALID: "Invalid authentication token used",
            11002 CONN_CREDENTIALS_INVALID: "Invalid authentication credentials",
            11003 CONN_EXCEED_HOURLY_LIMIT: "Throttle hourly request limit exceeded" => retry,
            11004 CONN_EXCEED_MONTHLY_LIMIT: "Throttle monthly request limit exceeded",
            11005 CONN_THROTTLED: "Throttler and billing stuff; making too many requests" => retry,
            11006 CONN_EXCEEDS_LIMITS: "Throttler and billing stuff; account limits exceeded",
            11007 CONN_INSUFFICIENT_SCOPES: "API key has insufficient permissions",
            11008 CONN_KEY_INVALID: "Invalid API key or Invalid API key/application pair",
            11009 CONN_KEY_NOT_FOUND: "API key not found",
            11100 CONN_BAD_REQUEST_FORMAT: "Bad request format; multipart form parsing, broken JSON, etc",
            11101 CONN_DOES_NOT_EXIST: "Resource does not exist; when path is bad",
            11102 CONN_INVALID_REQUEST: "Invalid request; something wrong with a header",
            11103 CONN_METHOD_NOT_ALLOWED: "Request method not allowed",
            11104 CONN_NO_GDPR_CONSENT: "No GDPR consent",
            11105 CONN_INVALID_RANGE: "when invalid range of a resource is requested" => client_error { source: "proto" },
            11200 CONN_AUTH_METHOD_DISABLED: "Authentication method is disabled",
        }
        /// Class: `success` when the work is done; `pending` while it is queued or
        /// under way (Clarifai's clients poll); `client_error` (the default) when the
        /// model, its data or the request must change (not trained or evaluated yet,
        /// not enough data or labels, invalid parameters, does not exist, permission
        /// denied); `vendor_error` for failures the page gives no caller-side cause
        /// for or sends to support@clarifai.com (failed, timed out, waiting error,
        /// unknown error, message redelivered). A job's timeout is a state of the
        /// job, not of the request: polling again will not change it, so it is
        /// `vendor_error`, not `retry`.
        ///
        /// The proto's three codes more are a model version's image build:
        /// `MODEL_BUILDING` is `pending` (clarifai-python's model builder polls
        /// while it lasts, and expects it once the upload is done), and
        /// `MODEL_BUILDING_FAILED` and `MODEL_BUILD_UNEXPECTED_ERROR` ("Failed to
        /// build image for model.") are `vendor_error` (the builder stops there,
        /// reporting the build failed).
        ///
        /// The proto's comments on 21110 to 21119 (all but 21115) ask to
        /// deprecate them ("FIXME(yang): deprecate this. Use the 21106 +
        /// errStatusMsg"); only 21116 is marked `deprecated = true`, so only it
        /// is a deprecated row.
        ///
        /// Range: the heading's `21xxx`, around the next three headings' (`213xx`,
        /// `2135x`, `214xx`), whose groups claim the codes of their ranges.
        group ModelTraining "Model/Custom Training Related Codes: 21xxx" (21000..=21999) => client_error {
            21100 MODEL_TRAINED: "Custom model has been already trained" => success,
            21101 MODEL_TRAINING: "Custom model is currently training" => pending,
            21102 MODEL_UNTRAINED: "Custom model has not yet been trained",
            21103 MODEL_QUEUED_FOR_TRAINING: "Custom model is currently in queue for training, waiting on inputs to process." => pending,
            21104 MODEL_UPLOADING: "Model uploading inputs" => pending,
            21105 MODEL_UPLOADING_FAILED: "Model uploading inputs failed" => vendor_error,
            21106 MODEL_TRAINING_FAILED: "Generic error message for any type of model training error" => vendor_error,
            21107 MODEL_BUILDING: "For new V3 DockerInternalType models which are built images" => pending { source: "proto" },
            21108 MODEL_BUILDING_FAILED: "Failed to build image for model." => vendor_error { source: "proto" },
            21109 MODEL_BUILD_UNEXPECTED_ERROR: "Failed to build image for model." => vendor_error { source: "proto" },
            21110 MODEL_TRAINING_NO_DATA: "Custom model training had no data",
            21111 MODEL_TRAINING_NO_POSITIVES: "Custom model training had no positive examples",
            21112 MODEL_TRAINING_ONE_VS_N_SINGLE_CLASS: "Custom model training was ONE_VS_N but with a single class",
            21113 MODEL_TRAINING_TIMED_OUT: "Training took longer than hard coded timeouts; contact support@clarifai.com if this continues to happen when creating new versions of your model" => vendor_error,
            21114 MODEL_TRAINING_WAITING_ERROR: "Training got error waiting on your inputs to process, please contact support@clarifai.com" => vendor_error,
            21115 MODEL_TRAINING_UNKNOWN_ERROR: "Training threw an unknown exception, please contact support@clarifai.com." => vendor_error,
            #[codes(deprecated = "Training message was redelivered. FIXME(yang): deprecate this. Use the 21106 + errStatusMsg")]
            21116 MODEL_TRAINING_MSG_REDELIVER: "Training request was unexpectedly redelivered, contact support@clarifai.com if this continues to happen." => vendor_error,
            21117 MODEL_TRAINING_INSUFFICIENT_DATA: "Training got error due to insufficient labelled data",
            21118 MODEL_TRAINING_INVALID_PARAMS: "Invalid parameters during model training",
            21119 MODEL_TRAINING_INVALID_DATA_TOLERANCE_EXCEEDED: "Training is stopped because too much data was dropped",
            21150 MODEL_MODIFY_SUCCESS: "Model modification success" => success,
            21151 MODEL_MODIFY_PENDING: "Model modification pending" => pending,
            21152 MODEL_MODIFY_FAILED: "Model modification failed" => vendor_error,
            21200 MODEL_DOES_NOT_EXIST: "Model does not exist",
            21201 MODEL_PERMISSION_DENIED: "Model permission denied",
            21202 MODEL_INVALID_ARGUMENT: "Invalid model argument",
            21203 MODEL_INVALID_REQUEST: "Invalid model request",
        }
        /// Class: `success` when the work is done; `pending` while it is queued or
        /// under way (Clarifai's clients poll); `client_error` (the default) when the
        /// model, its data or the request must change (not trained or evaluated yet,
        /// not enough data or labels, invalid parameters, does not exist, permission
        /// denied); `vendor_error` for failures the page gives no caller-side cause
        /// for or sends to support@clarifai.com (failed, timed out, waiting error,
        /// unknown error, message redelivered). A job's timeout is a state of the
        /// job, not of the request: polling again will not change it, so it is
        /// `vendor_error`, not `retry`.
        ///
        /// The page adds: "Status codes through 21319 (inclusive) reserved for model
        /// evaluation *errors* (per logic in clients)".
        ///
        /// The proto's comments on 21310, 21311, 21314, 21315 and 21316 ask to
        /// deprecate them ("FIXME(yang): deprecate this. Use the 21317 +
        /// errStatusMsg"); only 21314 is marked `deprecated = true`, so only it
        /// is a deprecated row.
        ///
        /// Range: the heading's `213xx`, inside the `21xxx` of the one before and
        /// around the next heading's `2135x`.
        group ModelEvaluation "Model Evaluation Codes: 213xx" (21300..=21399) => client_error {
            21300 MODEL_EVALUATED: "Model was successfully evaluated" => success,
            21301 MODEL_EVALUATING: "Model is evaluating" => pending,
            21302 MODEL_NOT_EVALUATED: "Model is not yet evaluated",
            21303 MODEL_QUEUED_FOR_EVALUATION: "Model is queued for evaluation" => pending,
            21310 MODEL_EVALUATION_TIMED_OUT: "Model evaluation timed out; evaluation took longer than hard coded timeouts" => vendor_error,
            21311 MODEL_EVALUATION_WAITING_ERROR: "Model evaluation timed out waiting on inputs to process" => vendor_error,
            21312 MODEL_EVALUATION_UNKNOWN_ERROR: "Model evaluation unknown internal error" => vendor_error,
            21313 MODEL_PREDICTION_FAILED: "Model prediction failed" => vendor_error,
            #[codes(deprecated = "Eval message was redelivered. FIXME(yang): deprecate this. Use the 21317 + errStatusMsg")]
            21314 MODEL_EVALUATION_MSG_REDELIVER: "Evaluation message was redelivered" => vendor_error,
            21315 MODEL_EVALUATION_NEED_LABELS: "Model evaluation failed because there are not enough annotated inputs. Please ensure there are at least 2 concepts in your model before evaluating",
            21316 MODEL_EVALUATION_NEED_INPUTS: "Model evaluation failed because there are not enough labeled inputs. Please ensure there are at least 5 labeled inputs per concept before evaluating",
            21317 MODEL_EVALUATION_FAILED: "Generic error code for evaluation failure" => vendor_error,
        }
        /// Class: `pending` while the model is queued for deployment or deploying
        /// (Clarifai's clients wait while a model deploys); `vendor_error` when the
        /// deployment failed; `client_error` for a model that is not deployed
        /// (taken down manually or for inactivity): it must be deployed before use.
        ///
        /// The proto's two codes more are `retry`: clarifai-python
        /// (`RETRYABLE_CODES`, for 10 minutes with backoff) and clarifai-nodejs
        /// resend a prediction answered with `MODEL_BUSY_PLEASE_RETRY` or
        /// `MODEL_LOADING` ("the model pod is running, but not yet ready to serve
        /// requests"), as they do one answered with `MODEL_DEPLOYING`.
        group ModelDeployment "Model Deployment Codes: 2135x" (21350..=21359) => pending {
            21350 MODEL_DEPLOYMENT_FAILED: "Used when inference coordinator failed to deploy spire and throws an error" => vendor_error,
            21351 MODEL_DEPLOYING: "Used when calling the inference coordinator to deploy a spire",
            21352 MODEL_QUEUED_FOR_DEPLOYMENT: "Used when training is completed",
            21353 MODEL_NOT_DEPLOYED: "Used when model spire deployment is manually taken down or due to inactivity" => client_error,
            21354 MODEL_BUSY_PLEASE_RETRY => retry { source: "proto" },
            21355 MODEL_LOADING: "Used when the model pod is running, but not yet ready to serve requests." => retry { source: "proto" },
        }
        /// Class: `client_error`: a field of the request "is not set properly".
        group ModelReference "Model Reference Codes: 214xx" (21400..=21499) => client_error {
            21400 MODEL_REFERENCE_INVALID_ARGUMENT: "Used when a model reference field is not set properly",
            21420 MODEL_EXAMPLE_INPUT_INVALID_ARGUMENT: "Used when a model example input field is not set properly",
        }
        /// The proto's section "Model Export status codes" (codes the page does
        /// not list).
        ///
        /// Class: an export's state, as clarifai-python's model export reads
        /// it: it polls while the status is `MODEL_EXPORTING` or
        /// `MODEL_EXPORT_PENDING` (`pending`) and downloads the export at
        /// `MODEL_EXPORTED` (`success`); `MODEL_EXPORTING_FAILED` is
        /// `vendor_error`.
        ///
        /// No range: the heading gives none (its codes lie in the `21xxx` of
        /// [`ModelTraining`](ClarifaiGroup::ModelTraining), which claims the
        /// export codes the table does not list).
        group ModelExport "Model Export status codes" => pending {
            21500 MODEL_EXPORTED => success { source: "proto" },
            21501 MODEL_EXPORTING => pending { source: "proto" },
            21502 MODEL_EXPORTING_FAILED => vendor_error { source: "proto" },
            21503 MODEL_EXPORT_PENDING => pending { source: "proto" },
        }
        /// Class: `client_error` (the default: the workflow or the request must
        /// change); `success` and `pending` for a modification done or pending;
        /// `vendor_error` for an internal failure and for modification or reindexing
        /// that failed without a caller-side cause.
        group Workflow "Workflow Related Codes: 22xxx" (22000..=22999) => client_error {
            22001 WORKFLOW_NO_MATCHING_INPUT: "Workflow does not have specified input model",
            22002 WORKFLOW_REQUIRE_TRAINED_MODEL: "New model in workflow needs to be trained",
            22100 WORKFLOW_DUPLICATE: "Duplicate URL in your application. Check the documentation to allow duplications",
            22101 WORKFLOW_UNSUPPORTED_FORMAT: "Workflow format unsupported",
            22102 WORKFLOW_DOES_NOT_EXIST: "Workflow does not exist",
            22103 WORKFLOW_PERMISSION_DENIED: "Workflow permission denied",
            22104 WORKFLOW_INVALID_ARGUMENT: "Workflow invalid argument; error in the request somewhere",
            22105 WORKFLOW_INVALID_RECIPE,
            22106 WORKFLOW_INVALID_TEMPLATE: "Template workflow is invalid",
            22107 WORKFLOW_INVALID_GRAPH: "Workflow graph is invalid",
            22108 WORKFLOW_INTERNAL_FAILURE => vendor_error,
            22150 WORKFLOW_MODIFY_SUCCESS: "Workflow modification success" => success,
            22151 WORKFLOW_MODIFY_PENDING: "Workflow modification pending" => pending,
            22152 WORKFLOW_MODIFY_FAILED: "Workflow modification failed" => vendor_error,
            22153 WORKFLOW_REINDEX_FAILED: "Workflow reindexing failed" => vendor_error,
            22999 WORKFLOW_INVALID_REQUEST: "Invalid request; error in the request somewhere",
        }
        /// Class, for the state of an operation: `*_SUCCESS` is `success`;
        /// `*_PENDING` and `*_IN_PROGRESS` are `pending` (Clarifai's clients poll);
        /// `*_FAILED` and unexpected errors, with no caller-side cause given, are
        /// `vendor_error` (the default); an invalid request is `client_error`.
        group Concept "Concept Related Codes: 23xxx" (23000..=23999) => vendor_error {
            23150 CONCEPT_MODIFY_SUCCESS: "Concept modification success" => success,
            23151 CONCEPT_MODIFY_PENDING: "Concept modification pending" => pending,
            23152 CONCEPT_MODIFY_FAILED: "Concept modification failed",
        }
        /// Class: `success` and `pending` as their names say, and `pending` while an
        /// annotation awaits review or consensus review; `client_error` (the
        /// default) for invalid arguments, denied permission, a denied review and
        /// `ANNOTATION_FAILED` ("check URL"); `vendor_error` for a modification that
        /// failed; `unknown` for `ANNOTATION_UNKNOWN_STATUS`, whose status the vendor
        /// itself does not know.
        ///
        /// The proto adds the states of an annotation track (24300 to 24304),
        /// under a comment that is no heading but their life cycle: "Annotation
        /// (video) tracks are groups of annotations per frame / IDLE ->
        /// PROCESSING --> PENDING --> APPROVED --> (DELETED) / PROCESSING -->
        /// FAILED --> (DELETED) / PROCESSING --> (DELETED)". Classes by that
        /// cycle: idle, in progress and pending are `pending` (the track moves
        /// on from each), approved is `success`, failed (a processing failure,
        /// no caller-side cause given) is `vendor_error`.
        ///
        /// Range: the heading's `24xxx`, around the next heading's `249xx`.
        group Annotation "Annotation Related Codes: 24xxx" (24000..=24999) => client_error {
            24150 ANNOTATION_SUCCESS: "Annotation success" => success,
            24151 ANNOTATION_PENDING: "Annotation pending" => pending,
            24152 ANNOTATION_FAILED: "Annotation failed; check URL",
            /// Removed from Clarifai's protobuf (in its version 0.1.1, 2020-05-18):
            /// the proto no longer defines 24153.
            // name from Clarifai's protobuf of that time; the page leaves it blank
            24153 ANNOTATION_IN_PROGRESS: "Annotation in progress" => pending { source: "page (removed from proto)" },
            24154 ANNOTATION_UNKNOWN_STATUS: "Annotation unknown status" => unknown,
            24155 ANNOTATION_INVALID_ARGUMENT: "Annotation invalid argument",
            24156 ANNOTATION_PERMISSION_DENIED: "Permission to annotation denied",
            24157 ANNOTATION_AWAITING_REVIEW: "Annotation still waiting for review" => pending,
            24158 ANNOTATION_REVIEW_DENIED: "Annotation review denied",
            24159 ANNOTATION_AWAITING_CONSENSUS_REVIEW: "Annotation still waiting for consensus review" => pending,
            24250 ANNOTATION_MODIFY_SUCCESS: "Annotation modification success" => success,
            24251 ANNOTATION_MODIFY_PENDING: "Annotation modification pending" => pending,
            24252 ANNOTATION_MODIFY_FAILED: "Annotation modification failed" => vendor_error,
            24300 ANNOTATION_TRACK_IDLE => pending { source: "proto" },
            24301 ANNOTATION_TRACK_IN_PROGRESS => pending { source: "proto" },
            24302 ANNOTATION_TRACK_PENDING => pending { source: "proto" },
            24303 ANNOTATION_TRACK_APPROVED => success { source: "proto" },
            24304 ANNOTATION_TRACK_FAILED => vendor_error { source: "proto" },
        }
        /// Class: `client_error`: the metadata is the caller's (its patch arguments,
        /// its parsing and its manipulation).
        group Metadata "Metadata Related Codes: 249xx" (24900..=24999) => client_error {
            24900 METADATA_INVALID_PATCH_ARGUMENTS,
            24901 METADATA_PARSING_ISSUE,
            24902 METADATA_MANIPULATION_ISSUE,
        }
        /// Class: a trainer job's state: queued or running is `pending`, complete is
        /// `success`; `NONE` ("Custom Trainer unknown internal error") and `ERROR`
        /// are `vendor_error`.
        ///
        /// Range: the heading's `25xxx`, around the next four headings' `251xx` to
        /// `254xx`, and the proto's sections `256xx` to `259xx`.
        group TrainingService "Training Service Related Codes: 25xxx" (25000..=25999) => vendor_error {
            25000 TRAINER_JOB_STATE_NONE: "Custom Trainer unknown internal error",
            25001 TRAINER_JOB_STATE_QUEUED => pending,
            25002 TRAINER_JOB_STATE_RUNNING => pending,
            25003 TRAINER_JOB_STATE_COMPLETE => success,
            25004 TRAINER_JOB_STATE_ERROR: "Custom Trainer failed to retrieve data or train",
        }
        /// Class, for the state of an operation: `*_SUCCESS` is `success`;
        /// `*_PENDING` and `*_IN_PROGRESS` are `pending` (Clarifai's clients poll);
        /// `*_FAILED` and unexpected errors, with no caller-side cause given, are
        /// `vendor_error` (the default); an invalid request is `client_error`.
        /// `DATA_DUMP_NO_DATA` (a dump of an app without data) is `success`: the
        /// dump is complete and empty, and Clarifai's protobuf says empty dumps now
        /// report `DATA_DUMP_SUCCESS`.
        group DataDump "Data Dump Related Codes: 251xx" (25100..=25199) => vendor_error {
            25150 DATA_DUMP_SUCCESS => success,
            25151 DATA_DUMP_PENDING => pending,
            25152 DATA_DUMP_FAILED,
            25153 DATA_DUMP_IN_PROGRESS => pending,
            #[codes(deprecated = "DEPRECATED: Not used anymore. Now for an empty data dump, DATA_DUMP_SUCCESS is returned. To detect an empty data dump, check if the inptus count is 0.")]
            25154 DATA_DUMP_NO_DATA => success,
            25155 DATA_DUMP_UNEXPECTED_ERROR,
            25170 DATA_DUMP_EXPORT_SUCCESS => success,
            25171 DATA_DUMP_EXPORT_PENDING => pending,
            25172 DATA_DUMP_EXPORT_FAILED,
            25173 DATA_DUMP_EXPORT_IN_PROGRESS => pending,
            25174 DATA_DUMP_EXPORT_UNEXPECTED_ERROR,
        }
        /// Class, for the state of an operation: `*_SUCCESS` is `success`;
        /// `*_PENDING` and `*_IN_PROGRESS` are `pending` (Clarifai's clients poll);
        /// `*_FAILED` and unexpected errors, with no caller-side cause given, are
        /// `vendor_error` (the default); an invalid request is `client_error`.
        ///
        /// Every code of this group is deprecated: the proto marks each
        /// `deprecated = true`, under the heading "Duplicate related 252xx -
        /// DEPRECATED: App duplication is no longer supported."
        group AppDuplication "Duplicate Related Codes: 252xx" (25200..=25299) => vendor_error {
            #[codes(deprecated = "App duplication is no longer supported.")]
            25200 APP_DUPLICATION_SUCCESS => success,
            #[codes(deprecated = "App duplication is no longer supported.")]
            25201 APP_DUPLICATION_FAILED,
            #[codes(deprecated = "App duplication is no longer supported.")]
            25202 APP_DUPLICATION_PENDING => pending,
            #[codes(deprecated = "App duplication is no longer supported.")]
            25203 APP_DUPLICATION_IN_PROGRESS => pending,
            #[codes(deprecated = "App duplication is no longer supported.")]
            25204 APP_DUPLICATION_INVALID_REQUEST => client_error,
        }
        /// Class: `client_error`: does not exist, permission denied, invalid argument
        /// or request.
        group Module "Module Related Codes: 253xx" (25300..=25399) => client_error {
            25300 MODULE_DOES_NOT_EXIST,
            25301 MODULE_PERMISSION_DENIED,
            25302 MODULE_INVALID_ARGUMENT,
            25303 MODULE_INVALID_REQUEST,
        }
        /// Class, for the state of an operation: `*_SUCCESS` is `success`;
        /// `*_PENDING` and `*_IN_PROGRESS` are `pending` (Clarifai's clients poll);
        /// `*_FAILED` and unexpected errors, with no caller-side cause given, are
        /// `vendor_error` (the default); an invalid request is `client_error`.
        /// A cancelled or deleted operation is `client_error`: it ended at a
        /// caller's request and will not complete.
        group BulkOperation "Bulk Operation Related Codes: 254xx" (25400..=25499) => vendor_error {
            25400 BULK_OPERATION_SUCCESS => success,
            25401 BULK_OPERATION_FAILED,
            25402 BULK_OPERATION_PENDING => pending,
            25403 BULK_OPERATION_IN_PROGRESS => pending,
            25404 BULK_OPERATION_INVALID_REQUEST => client_error,
            25405 BULK_OPERATION_CANCELLED => client_error,
            25406 BULK_OPERATION_UNEXPECTED_ERROR,
            /// Reserved in Clarifai's protobuf (since its version 9.7.0,
            /// 2023-08-08): the code was removed, and its number is kept from reuse.
            25407 BULK_OPERATION_DELETED => client_error { source: "page (reserved in proto)" },
        }
        /// The proto's section "Runner related codes 256xx" (codes the page does
        /// not list).
        ///
        /// Class: `client_error` (the default) for a runner that does not exist,
        /// denied permission, an invalid argument or request, and an item
        /// cancelled (ended at a caller's request, as `REQUEST_CANCELED_BY_USER`);
        /// `retry` for `RUNNER_NEEDS_RETRY`, by its name; `vendor_error` for
        /// `RUNNER_PROCESSING_FAILED`, which clarifai-python's model runner sends
        /// when every output of an item failed (where a prediction would send
        /// `FAILURE`). By their names: `RUNNER_STREAM_START` and
        /// `RUNNER_SPECIAL_HANDLING_NOT_COMPLETE` are `pending` (more is to
        /// come), `RUNNER_STREAM_END` is `success` (the stream is complete);
        /// neither client reads these three.
        ///
        /// Range: the heading's `256xx`, inside the `25xxx` of
        /// [`TrainingService`](ClarifaiGroup::TrainingService).
        group Runner "Runner related codes 256xx" (25600..=25699) => client_error {
            25600 RUNNER_DOES_NOT_EXIST => client_error { source: "proto" },
            25601 RUNNER_PERMISSION_DENIED => client_error { source: "proto" },
            25602 RUNNER_INVALID_ARGUMENT => client_error { source: "proto" },
            25603 RUNNER_INVALID_REQUEST => client_error { source: "proto" },
            25604 RUNNER_NEEDS_RETRY => retry { source: "proto" },
            25605 RUNNER_STREAM_START => pending { source: "proto" },
            25606 RUNNER_STREAM_END => success { source: "proto" },
            25607 RUNNER_ITEM_CANCELLED => client_error { source: "proto" },
            25608 RUNNER_PROCESSING_FAILED => vendor_error { source: "proto" },
            25609 RUNNER_SPECIAL_HANDLING_NOT_COMPLETE => pending { source: "proto" },
        }
        /// The proto's section "Nodepool related codes 257xx" (codes the page
        /// does not list).
        ///
        /// Class: `client_error`: does not exist, invalid argument or request.
        ///
        /// Range: the heading's `257xx`, inside the `25xxx` of
        /// [`TrainingService`](ClarifaiGroup::TrainingService).
        group Nodepool "Nodepool related codes 257xx" (25700..=25799) => client_error {
            25700 NODEPOOL_DOES_NOT_EXIST => client_error { source: "proto" },
            25701 NODEPOOL_INVALID_ARGUMENT => client_error { source: "proto" },
            25702 NODEPOOL_INVALID_REQUEST => client_error { source: "proto" },
        }
        /// The proto's section "ComputeCluster related codes 258xx" (codes the
        /// page does not list).
        ///
        /// Class: `client_error`: does not exist, invalid argument or request.
        ///
        /// Range: the heading's `258xx`, inside the `25xxx` of
        /// [`TrainingService`](ClarifaiGroup::TrainingService).
        group ComputeCluster "ComputeCluster related codes 258xx" (25800..=25899) => client_error {
            25800 COMPUTE_CLUSTER_DOES_NOT_EXIST => client_error { source: "proto" },
            25801 COMPUTE_CLUSTER_INVALID_ARGUMENT => client_error { source: "proto" },
            25802 COMPUTE_CLUSTER_INVALID_REQUEST => client_error { source: "proto" },
        }
        /// The proto's section "Deployment related codes 259xx" (codes the page
        /// does not list).
        ///
        /// Class: `client_error`: does not exist, invalid argument or request,
        /// and a disabled deployment ("The deployment is disabled and cannot
        /// serve traffic."), which must be enabled before use.
        ///
        /// Range: the heading's `259xx`, inside the `25xxx` of
        /// [`TrainingService`](ClarifaiGroup::TrainingService).
        group Deployment "Deployment related codes 259xx" (25900..=25999) => client_error {
            25900 DEPLOYMENT_DOES_NOT_EXIST => client_error { source: "proto" },
            25901 DEPLOYMENT_INVALID_ARGUMENT => client_error { source: "proto" },
            25902 DEPLOYMENT_INVALID_REQUEST => client_error { source: "proto" },
            25903 DEPLOYMENT_DISABLED: "The deployment is disabled and cannot serve traffic." => client_error { source: "proto" },
        }
        /// The proto's section "InstanceType related codes 260xx" (codes the page
        /// does not list).
        ///
        /// Class: `client_error`: does not exist, invalid argument or request.
        group InstanceType "InstanceType related codes 260xx" (26000..=26099) => client_error {
            26000 INSTANCE_TYPE_DOES_NOT_EXIST => client_error { source: "proto" },
            26001 INSTANCE_TYPE_INVALID_ARGUMENT => client_error { source: "proto" },
            26002 INSTANCE_TYPE_INVALID_REQUEST => client_error { source: "proto" },
        }
        /// The proto's section "Compute plane related codes 261xx" (a code the
        /// page does not list).
        ///
        /// Class: `client_error`: an invalid request.
        group ComputePlane "Compute plane related codes 261xx" (26100..=26199) => client_error {
            26100 COMPUTE_PLANE_METRICS_INVALID_REQUEST => client_error { source: "proto" },
        }
        /// The proto's section "PipelineStep related codes 262xx" (codes the page
        /// does not list).
        ///
        /// Class: `client_error` (the default) for a step that does not exist,
        /// an invalid argument or request, and a step not ready (it must be
        /// built before use, as a model must be trained); a step version's build,
        /// as clarifai-python's pipeline step builder reads it: it polls while
        /// the status is `PIPELINE_STEP_BUILDING` (`pending`, as is
        /// `PIPELINE_STEP_UPLOADING`), and stops at `PIPELINE_STEP_READY`
        /// (`success`) or at `PIPELINE_STEP_BUILDING_FAILED` and
        /// `PIPELINE_STEP_BUILD_UNEXPECTED_ERROR` (`vendor_error`, as is
        /// `PIPELINE_STEP_UPLOADING_FAILED`, like `MODEL_UPLOADING_FAILED`).
        group PipelineStep "PipelineStep related codes 262xx" (26200..=26299) => client_error {
            26200 PIPELINE_STEP_DOES_NOT_EXIST => client_error { source: "proto" },
            26201 PIPELINE_STEP_INVALID_ARGUMENT => client_error { source: "proto" },
            26202 PIPELINE_STEP_INVALID_REQUEST => client_error { source: "proto" },
            26203 PIPELINE_STEP_UPLOADING => pending { source: "proto" },
            26204 PIPELINE_STEP_UPLOADING_FAILED => vendor_error { source: "proto" },
            26205 PIPELINE_STEP_BUILDING => pending { source: "proto" },
            26206 PIPELINE_STEP_BUILDING_FAILED => vendor_error { source: "proto" },
            26207 PIPELINE_STEP_BUILD_UNEXPECTED_ERROR => vendor_error { source: "proto" },
            26208 PIPELINE_STEP_READY => success { source: "proto" },
            26209 PIPELINE_STEP_NOT_READY => client_error { source: "proto" },
        }
        /// The proto's section "Pipeline related codes 263xx" (codes the page
        /// does not list).
        ///
        /// Class: `client_error`: does not exist, invalid argument or request.
        group Pipeline "Pipeline related codes 263xx" (26300..=26399) => client_error {
            26300 PIPELINE_DOES_NOT_EXIST => client_error { source: "proto" },
            26301 PIPELINE_INVALID_ARGUMENT => client_error { source: "proto" },
            26302 PIPELINE_INVALID_REQUEST => client_error { source: "proto" },
        }
        /// The proto's section "Artifact related codes 264xx" (codes the page
        /// does not list).
        ///
        /// Class: `client_error`: an artifact or its version does not exist, an
        /// invalid argument or request.
        group Artifact "Artifact related codes 264xx" (26400..=26499) => client_error {
            26400 ARTIFACT_DOES_NOT_EXIST => client_error { source: "proto" },
            26401 ARTIFACT_INVALID_ARGUMENT => client_error { source: "proto" },
            26402 ARTIFACT_INVALID_REQUEST => client_error { source: "proto" },
            26403 ARTIFACT_VERSION_DOES_NOT_EXIST => client_error { source: "proto" },
            26404 ARTIFACT_VERSION_INVALID_ARGUMENT => client_error { source: "proto" },
            26405 ARTIFACT_VERSION_INVALID_REQUEST => client_error { source: "proto" },
        }
        /// Class: `success`, `pending` (pending, in progress) and `vendor_error`
        /// (failed with no caller-side cause: status update, delete, modification,
        /// storage host, clustering, reindexing) for the input's states;
        /// `client_error` (the default) for bad input: duplicate, unsupported format,
        /// does not exist, permission denied, invalid argument or URL, over the
        /// limit, undecodable bytes, and a download that failed ("Check URL or
        /// bytes").
        ///
        /// Names: the proto renamed 30000 to 30003 (`INPUT_SUCCESS`,
        /// `INPUT_PENDING`, `INPUT_FAILED`, `INPUT_IN_PROGRESS`) and keeps the
        /// page's names as their deprecated aliases ("use INPUT_SUCCESS,
        /// INPUT_PENDING, INPUT_FAILED, INPUT_IN_PROGRESS instead / DOWNLOAD is
        /// no longer correct, but keep old statuses for backward
        /// compatibility"): the proto's name is each row's name and the page's
        /// an alias. The codes themselves are not deprecated, so the rows are
        /// not deprecated rows; their descriptions are the page's.
        group InputImage "Input: Image Related Codes: 30xxx" (30000..=30999) => client_error {
            // Names: the proto's, then the page's (the proto's deprecated alias).
            30000 INPUT_SUCCESS | INPUT_DOWNLOAD_SUCCESS: "Download complete" => success,
            30001 INPUT_PENDING | INPUT_DOWNLOAD_PENDING: "Download pending; when things are async, this is the default status" => pending,
            30002 INPUT_FAILED | INPUT_DOWNLOAD_FAILED: "Any type of error downloading and processing; download failed or we could not process it. Check URL or bytes you send in the request",
            30003 INPUT_IN_PROGRESS | INPUT_DOWNLOAD_IN_PROGRESS: "Download in progress" => pending,
            30004 INPUT_STATUS_UPDATE_FAILED => vendor_error,
            30005 INPUT_DELETE_FAILED => vendor_error,
            30100 INPUT_DUPLICATE: "Duplicate URL in your application. Check the documentation to allow duplications.",
            30101 INPUT_UNSUPPORTED_FORMAT: "Input image format unsupported",
            30102 INPUT_DOES_NOT_EXIST: "Input does not exist",
            30103 INPUT_PERMISSION_DENIED: "Input permission denied",
            30104 INPUT_INVALID_ARGUMENT: "Input invalid argument",
            30105 INPUT_OVER_LIMIT: "Input image is larger than the allowed limit",
            30106 INPUT_INVALID_URL: "Input image URL invalid",
            30200 INPUT_MODIFY_SUCCESS: "Input image modification success" => success,
            30201 INPUT_MODIFY_PENDING: "Input image modification pending" => pending,
            30203 INPUT_MODIFY_FAILED: "Input image modification failed" => vendor_error,
            30210 INPUT_STORAGE_HOST_FAILED => vendor_error,
            30300 ALL_INPUT_INVALID_BYTES: "Input image decoding failed. Check URLs and bytes sent",
            30400 INPUT_CLUSTER_SUCCESS => success,
            30401 INPUT_CLUSTER_PENDING => pending,
            30402 INPUT_CLUSTER_FAILED => vendor_error,
            30403 INPUT_CLUSTER_IN_PROGRESS => pending,
            30500 INPUT_REINDEX_SUCCESS => success,
            30501 INPUT_REINDEX_PENDING => pending,
            30502 INPUT_REINDEX_FAILED => vendor_error,
            30503 INPUT_REINDEX_IN_PROGRESS => pending,
        }
        /// Class: `success`, `pending` (pending, in progress) and `vendor_error`
        /// (failed with no caller-side cause: status update, delete, modification,
        /// storage host, clustering, reindexing) for the input's states;
        /// `client_error` (the default) for bad input: duplicate, unsupported format,
        /// does not exist, permission denied, invalid argument or URL, over the
        /// limit, undecodable bytes, and a download that failed ("Check URL or
        /// bytes").
        ///
        /// The proto adds a video's processing states (31400 to 31450):
        /// success is `success`, pending is `pending`, and the failures
        /// (processing, storage inconsistency or failure, URL generation), with
        /// no caller-side cause given, are `vendor_error`.
        ///
        /// The proto's heading says "Input:Video related 31xxx -- Deprecated",
        /// with no `deprecated = true` on its entries: the rows are not
        /// deprecated rows.
        group InputVideo "Input: Video Related Codes: 31xxx" (31000..=31999) => client_error {
            31000 INPUT_VIDEO_DOWNLOAD_SUCCESS: "Download complete" => success,
            31001 INPUT_VIDEO_DOWNLOAD_PENDING: "Download pending" => pending,
            31002 INPUT_VIDEO_DOWNLOAD_FAILED: "Download failed or we could not process it. Check URL or bytes you sent in the request.",
            31100 INPUT_VIDEO_DUPLICATE: "Duplicate URL in your application. Check the documentation to allow duplications.",
            31101 INPUT_VIDEO_UNSUPPORTED_FORMAT: "Input video format unsupported",
            31102 INPUT_VIDEO_DOES_NOT_EXIST: "Input does not exist",
            31103 INPUT_VIDEO_PERMISSION_DENIED: "Input permission denied",
            31104 INPUT_VIDEO_INVALID_ARGUMENT: "Input invalid argument",
            31105 INPUT_VIDEO_OVER_LIMIT: "Input video is larger the allowed limit",
            31106 INPUT_VIDEO_INVALID_URL: "Input video URL invalid",
            31200 INPUT_VIDEO_MODIFY_SUCCESS: "Input video modification success" => success,
            31201 INPUT_VIDEO_MODIFY_PENDING: "Input video modification pending" => pending,
            31203 INPUT_VIDEO_MODIFY_FAILED: "Input video modification failed" => vendor_error,
            31210 INPUT_VIDEO_STORAGE_HOST_FAILED => vendor_error,
            31300 ALL_INPUT_VIDEOS_INVALID_BYTES: "Input video decoding failed. Check URLs and bytes sent",
            31400 INPUT_VIDEO_PROCESSING_SUCCESS => success { source: "proto" },
            31410 INPUT_VIDEO_PROCESSING_PENDING => pending { source: "proto" },
            31420 INPUT_VIDEO_PROCESSING_FAILED => vendor_error { source: "proto" },
            31430 INPUT_VIDEO_STORAGE_INCONSISTENCY => vendor_error { source: "proto" },
            31440 INPUT_VIDEO_STORAGE_FAILURE => vendor_error { source: "proto" },
            31450 INPUT_VIDEO_URL_GENERATION_FAILURE => vendor_error { source: "proto" },
        }
        /// Class: `retry` for requests disabled for maintenance ("Please try again
        /// in a few hours"); `client_error` for an invalid request and for an input
        /// URL that could not be reached (the caller's URL).
        group InputRequest "Input Request Codes: 39xxx" (39000..=39999) => client_error {
            39996 INPUT_CONNECTION_FAILED: "Connection attempts to the input URL failed",
            39997 REQUEST_DISABLED_FOR_MAINTENANCE: "Sorry, this type of request has been disabled for maintenance. Please try again in a few hours." => retry,
            #[codes(deprecated = "deprecate this one. Use REQUEST_DISABLED_FOR_MAINTENANCE")]
            39998 INPUT_WRITES_DISABLED_FOR_MAINTENANCE: "Input writes are disabled for maintenance. Please try again in a few hours." => retry,
            39999 INPUT_INVALID_REQUEST: "Invalid input request",
        }
        /// Class: `client_error`: invalid requests.
        group ApiFormatting "API Formatting Codes: 4000x" (40000..=40009) => client_error {
            40001 PREDICT_INVALID_REQUEST: "Invalid request",
            40002 SEARCH_INVALID_REQUEST: "Invalid search request",
            40003 CONCEPTS_INVALID_REQUEST: "Invalid request",
            40004 STATS_INVALID_REQUEST,
        }
        /// Class: `retry` for what the page or the name says is transient: a server
        /// too busy, unavailable or timed out ("Please try again later"), a
        /// database statement timeout, deadlock, connection shortage or too many
        /// clients, an external connection error, and an operation already under
        /// way for the app (wait for it, then send again); `client_error` for a
        /// duplicate ID, a violated constraint ("Try again with different values"),
        /// a message over the size limit, an unknown method and a cancelled request
        /// (cancelled by the caller); `vendor_error` (the default) for other
        /// database and worker failures. The proto's `DATABASE_CANCELED` is
        /// `client_error`, as `RPC_CANCELED` is, and its `QUERY_INVALID_SYNTAX`
        /// `client_error` (the caller's query).
        ///
        /// Range: the heading's `400xx`, around the previous heading's `4000x`.
        group Other "Other Related: 400xx" (40000..=40099) => vendor_error {
            40010 DATABASE_DUPLICATE_KEY: "Object has a duplicate ID; another object with same ID already exist" => client_error,
            40011 DATABASE_STATEMENT_TIMEOUT => retry,
            40012 DATABASE_INVALID_ROWS_AFFECTED,
            40013 DATABASE_DEADLOCK_DETECTED => retry,
            40014 DATABASE_FAIL_TASK,
            40015 DATABASE_FAIL_TO_GET_CONNECTIONS => retry,
            40016 DATABASE_TOO_MANY_CLIENTS => retry,
            40017 DATABASE_CONSTRAINT_VIOLATED: "Object violates a constraint. Try again with different values for the fields" => client_error,
            /// Reserved in Clarifai's protobuf (since its version 6.11.0,
            /// 2020-11-10, among "deprecated status codes that should not be
            /// reused"): the code was removed.
            // name from Clarifai's protobuf of that time; the page leaves it blank
            40019 DATABASE_LOCKED_BY_ONGOING_OPERATION: "The requested operation is currently processing for this app" => retry { source: "page (reserved in proto)" },
            40020 ASYNC_WORKER_MULTI_ERRORS,
            40021 DATABASE_CANCELED => client_error { source: "proto" },
            40030 RPC_REQUEST_QUEUE_FULL: "Sorry, the server is too busy at the moment. Please try again later" => retry,
            40031 RPC_SERVER_UNAVAILABLE: "Sorry, the server is unavailable at the moment. Please try again later" => retry,
            40032 RPC_REQUEST_TIMEOUT: "Sorry, your request has timed out. Please try your request again" => retry,
            40033 RPC_MAX_MESSAGE_SIZE_EXCEEDED: "Sorry, the request sent is larger than the allowed limit. Please contact support@clarifai.com" => client_error,
            40034 EXTERNAL_CONNECTION_ERROR: "Could not connect to external services" => retry,
            40035 RPC_CANCELED => client_error,
            40036 RPC_UNKNOWN_METHOD => client_error,
            40037 REQUEST_CANCELED_BY_USER => client_error,
            40050 QUERY_INVALID_SYNTAX => client_error { source: "proto" },
        }
        /// Class: `vendor_error` (the default: Clarifai's internal queue), except
        /// connection errors and timeouts, which are `retry`: the page says of
        /// `QUEUE_CONN_ERROR` "Servers are busy. Please try again later".
        ///
        /// Range: the heading's `41xxx`, around the next heading's `411xx`.
        group Queue "Queue Related Error Codes: 41xxx" (41000..=41999) => vendor_error {
            41000 QUEUE_CONN_ERROR: "Servers are busy. Please try again later" => retry,
            41002 QUEUE_CLOSE_REQUEST_TIMEOUT => retry,
            41003 QUEUE_CONN_CLOSED => retry,
            41004 QUEUE_PUBLISH_ACK_TIMEOUT => retry,
            41005 QUEUE_PUBLISH_ERROR,
            41006 QUEUE_SUBSCRIPTION_TIMEOUT => retry,
            41007 QUEUE_SUBSCRIPTION_ERROR,
            41008 QUEUE_MARSHALLING_FAILED,
            41009 QUEUE_UNMARSHALLING_FAILED,
            41010 QUEUE_MAX_MSG_REDELIVERY_EXCEEDED,
            41011 QUEUE_ACK_FAILURE,
        }
        /// Class: `vendor_error`, except `SQS_OVERLIMIT`, a throttle: `retry`.
        group Sqs "SQS Related Error Codes: 411xx" (41100..=41199) => vendor_error {
            41100 SQS_OVERLIMIT => retry,
            41101 SQS_INVALID_RECEIPT_HANDLE,
            41102 SQS_UNKNOWN,
        }
        /// Class: `success` and `pending` as the descriptions say; `vendor_error`
        /// for "Visualization failed"; `client_error` (the default) for an invalid
        /// request, a missing visualization, too many URLs and an app without inputs.
        ///
        /// The page gives none of these codes a name: the names are those of
        /// Clarifai's protobuf definition before 2020, as the status codes of
        /// Clarifai's Apple SDK of 2017 (generated from it) show them
        /// (`CAIStatusCodeVisualizationSuccess = 42000`, ...).
        ///
        /// Every code of this group is removed from Clarifai's protobuf: none
        /// is in its public history (from 2020-01-14), and the proto defines no
        /// code in `42xxx`.
        group Visualization "Visualization Error Codes: 42xxx" (42000..=42999) => client_error {
            /// Removed from Clarifai's protobuf (see [`ClarifaiGroup::Visualization`]).
            // name from Clarifai's protobuf before 2020; the page leaves it blank
            42000 VISUALIZATION_SUCCESS: "Visualization succeeded" => success { source: "page (removed from proto)" },
            /// Removed from Clarifai's protobuf (see [`ClarifaiGroup::Visualization`]).
            // name from Clarifai's protobuf before 2020; the page leaves it blank
            42001 VISUALIZATION_PENDING: "Visualization is pending" => pending { source: "page (removed from proto)" },
            /// Removed from Clarifai's protobuf (see [`ClarifaiGroup::Visualization`]).
            // name from Clarifai's protobuf before 2020; the page leaves it blank
            42002 VISUALIZATION_FAILED: "Visualization failed" => vendor_error { source: "page (removed from proto)" },
            /// Removed from Clarifai's protobuf (see [`ClarifaiGroup::Visualization`]).
            // name from Clarifai's protobuf before 2020; the page leaves it blank
            42003 VISUALIZATION_INVALID_REQUEST: "Visualization invalid request" => client_error { source: "page (removed from proto)" },
            /// Removed from Clarifai's protobuf (see [`ClarifaiGroup::Visualization`]).
            // name from Clarifai's protobuf before 2020; the page leaves it blank
            42004 MISSING_APP_VISUALIZATION: "Missing application visualization" => client_error { source: "page (removed from proto)" },
            /// Removed from Clarifai's protobuf (see [`ClarifaiGroup::Visualization`]).
            // name from Clarifai's protobuf before 2020; the page leaves it blank
            42005 VISUALIZATION_TOO_MANY_URLS: "Too many URLs to visualize" => client_error { source: "page (removed from proto)" },
            /// Removed from Clarifai's protobuf (see [`ClarifaiGroup::Visualization`]).
            // name from Clarifai's protobuf before 2020; the page leaves it blank
            42006 VISUALIZATION_FAILED_TO_SAMPLE_APP: "There is not inputs in app" => client_error { source: "page (removed from proto)" },
        }
        /// Class: `vendor_error` (the default: internal, projection, prediction
        /// failures), except searching by an input not yet fully indexed:
        /// `client_error` (search by a fully indexed input). The proto's
        /// `SEARCH_COUNTS_UNAVAILABLE` is `vendor_error` (the default): neither
        /// its name nor Clarifai's clients call it transient.
        ///
        /// `CLUSTER_INTERNAL_FAILURE` (43040) lies in this range but the page sets
        /// it apart from this section with empty rows, so it is in no group (and
        /// Clarifai's protobuf does not list it with the search codes either).
        group Search "Search Related Error Codes: 430xx" (43000..=43099) => vendor_error {
            43001 SEARCH_INTERNAL_FAILURE: "Search internal issue",
            43002 SEARCH_PROJECTION_FAILURE: "Search projection failure",
            43003 SEARCH_PREDICTION_FAILURE: "Search prediction failure",
            43004 SEARCH_BY_NOT_FULLY_INDEXED_INPUT: "Can only search by a fully indexed input" => client_error,
            43005 SAVED_SEARCH_MODIFY_FAILED,
            43006 SEARCH_COUNTS_UNAVAILABLE => vendor_error { source: "proto" },
        }
        // After the search codes, set apart by an empty row before and after it:
        // in no group (see `ClarifaiGroup::Search`).
        43040 CLUSTER_INTERNAL_FAILURE => vendor_error,
        /// Class, for the state of an operation: `*_SUCCESS` is `success`;
        /// `*_PENDING` and `*_IN_PROGRESS` are `pending` (Clarifai's clients poll);
        /// `*_FAILED` and unexpected errors, with no caller-side cause given, are
        /// `vendor_error` (the default); an invalid request is `client_error`.
        /// `EVALUATION_QUEUED` is `pending` too; `EVALUATION_TIMED_OUT` is the
        /// evaluation's state, not the request's: `vendor_error`. `EVALUATION_MIXED`
        /// is `unknown`, as `MIXED_STATUS`.
        group WorkflowEvaluation "Workflow Evaluation Error Codes: 431xx" (43100..=43199) => vendor_error {
            43100 EVALUATION_QUEUED => pending,
            43101 EVALUATION_IN_PROGRESS => pending,
            43102 EVALUATION_SUCCESS => success,
            43103 EVALUATION_FAILED_TO_RETRIEVE_DATA,
            43104 EVALUATION_INVALID_ARGUMENT => client_error,
            43105 EVALUATION_FAILED,
            43106 EVALUATION_PENDING => pending,
            43107 EVALUATION_TIMED_OUT,
            43108 EVALUATION_UNEXPECTED_ERROR,
            43109 EVALUATION_MIXED => unknown,
        }
        /// Class: `vendor_error`: processing a Stripe event failed, or (the
        /// proto's `STRIPE_UNEXPECTED_ERROR`) failed unexpectedly.
        group Stripe "Stripe Error Code: 44xxx" (44000..=44999) => vendor_error {
            44001 STRIPE_EVENT_ERROR,
            44002 STRIPE_UNEXPECTED_ERROR => vendor_error { source: "proto" },
        }
        /// Class: `vendor_error` (Clarifai's internal cache, and the proto's
        /// `REDIS_CHANNEL_ERR`), except `REDIS_STREAM_BACKOFF`, which names its
        /// remedy: `retry`.
        group Cache "Redis/Cache Error Codes: 45xxx" (45000..=45999) => vendor_error {
            45001 CACHE_MISS,
            45002 REDIS_SCRIPT_EXITED_WITH_FAILURE,
            45003 REDIS_STREAM_ERR,
            45004 REDIS_NO_CONSUMERS,
            45005 REDIS_STREAM_BACKOFF => retry,
            45006 REDIS_CHANNEL_ERR => vendor_error { source: "proto" },
        }
        /// Class: `client_error` for a signup not permitted and an unsupported file
        /// type; `vendor_error` for a failed signup event. The proto's codes
        /// more: a user flagged is `client_error` (as a signup flagged), a
        /// failed login event and Sift's uncategorized error `vendor_error` (as a
        /// failed signup event).
        group SiftScience "Sift Science Error Codes: 46xxx" (46000..=46999) => client_error {
            46001 SIGNUP_EVENT_ERROR => vendor_error,
            46002 SIGNUP_FLAGGED: "Signup not permitted",
            46003 FILETYPE_UNSUPPORTED: "Filetype not supported",
            46004 LOGIN_EVENT_ERROR => vendor_error { source: "proto" },
            46005 SIFT_UNCATEGORIZED_ERROR => vendor_error { source: "proto" },
            46006 USER_FLAGGED => client_error { source: "proto" },
        }
        /// Class: `vendor_error`: Clarifai's internal application counts.
        group AppCounts "Application Counts Related Error Codes: 470xx" (47000..=47099) => vendor_error {
            47001 APP_COUNT_INVALID_MESSAGE,
            47002 APP_COUNT_UPDATE_INCREMENT_FAILED,
            47003 APP_COUNT_REBUILD_FAILED,
            47004 APP_COUNT_INTERNAL_FAILURE,
        }
        /// Class: `client_error` (the default) for the caller's media: download or
        /// DNS errors of its URL, over the size limit, undecodable image, invalid
        /// argument (as `INPUT_DOWNLOAD_FAILED`: "Check URL or bytes");
        /// `vendor_error` for an image processing error.
        ///
        /// The proto's heading says "Media processor related errors 471xx --
        /// DEPRECATED", with no `deprecated = true` on its entries: the rows are
        /// not deprecated rows.
        group MediaProcessor "Media Processor Related Error Codes: 471xx" (47100..=47199) => client_error {
            47101 MP_DOWNLOAD_ERROR,
            47102 MP_RESOLVE_DNS_ERROR,
            47103 MP_DOWNLOAD_MAX_SIZE_EXCEEDED_ERROR,
            47104 MP_IMAGE_DECODE_ERROR,
            47105 MP_INVALID_ARGUMENT,
            47106 MP_IMAGE_PROCESSING_ERROR => vendor_error,
        }
        /// Class: `retry`: a connection error, as `QUEUE_CONN_ERROR` ("Servers are
        /// busy. Please try again later").
        group DataTier "DataTier Related Error Code: 472xx" (47200..=47299) => retry {
            47201 DATATIER_CONN_ERROR,
        }
        /// Class: `client_error`: the user's consent is needed.
        group UserConsent "User Legal Consent Status Related Code: 50xxx" (50000..=50999) => client_error {
            50001 USER_CONSENT_FACE,
        }
        /// Class: a worker's state: active is `success`; missing and inactive are
        /// `client_error` (the worker must exist and be active).
        group Workers "Workers Codes: 51xxx" (51000..=51999) => client_error {
            51000 WORKER_MISSING,
            51001 WORKER_ACTIVE => success,
            51002 WORKER_INACTIVE,
        }
        /// Class: a collector's state: active is `success`; missing and inactive are
        /// `client_error`; a failed post of an input is `vendor_error`.
        ///
        /// Every code of this group is reserved in Clarifai's protobuf: its
        /// version 12.3.0 (2026-04-13) removed them, reserved their numbers and
        /// left the heading "Collectors 52xxx DEPRECATED".
        group Collectors "Collectors Codes: 52xxx" (52000..=52999) => client_error {
            /// Reserved in Clarifai's protobuf (see [`ClarifaiGroup::Collectors`]).
            52000 COLLECTOR_MISSING => client_error { source: "page (reserved in proto)" },
            /// Reserved in Clarifai's protobuf (see [`ClarifaiGroup::Collectors`]).
            52001 COLLECTOR_ACTIVE => success { source: "page (reserved in proto)" },
            /// Reserved in Clarifai's protobuf (see [`ClarifaiGroup::Collectors`]).
            52002 COLLECTOR_INACTIVE => client_error { source: "page (reserved in proto)" },
            /// Reserved in Clarifai's protobuf (see [`ClarifaiGroup::Collectors`]).
            52003 COLLECTOR_POST_INPUT_FAILED => vendor_error { source: "page (reserved in proto)" },
        }
        /// Class: `client_error`: the identity provider does not exist.
        group Sso "SSO Code: 53xxx" (53000..=53999) => client_error {
            53001 SSO_IDENTITY_PROVIDER_DOES_NOT_EXIST,
        }
        /// Class: a task's state: in progress ("The task was created") is
        /// `pending`, done is `success`, won't do ("marked as abandoned") is
        /// `client_error` (ended by a user, it will not complete); conflict and
        /// missing are `client_error` (the default); the add-annotations failure and
        /// not implemented (as `NOT_IMPLEMENTED`) are `vendor_error`. The proto's
        /// codes more: idle ("Task is waiting for user action.") is `pending`, a
        /// state of a task that goes on (an auto-annotation task waiting for
        /// more dataset assets), not an end; permission denied is `client_error`.
        ///
        /// Range: the heading's `54xxx`, around the proto's sections `542xx`
        /// and `543xx`.
        group Tasks "Tasks Codes: 54xxx" (54000..=54999) => client_error {
            54001 TASK_IN_PROGRESS: "The task was created" => pending,
            54002 TASK_DONE: "The task is completed" => success,
            54003 TASK_WONT_DO: "The task is marked as abandoned",
            // Name: the proto's since its version 9.7.0 (2023-08-08), whose comment
            // reads "An error occurred during add-task-annotations or
            // add-auto-annotations pipeline."; the page's name is an alias, its
            // description the page's.
            54005 TASK_FAILED | TASK_ADD_ANNOTATIONS_FAILURE: "An error occurred during add-task-annotations pipeline" => vendor_error,
            /// The proto's comment goes on: "Examples: / - When an Auto Annotation
            /// task job has finished processing its last batch and is waiting for
            /// more dataset assets. / - When an Auto Annotation task job for a
            /// video livestream input is waiting for user to create a task
            /// deployment."
            54006 TASK_IDLE: "Task is waiting for user action." => pending { source: "proto" },
            54100 TASK_CONFLICT: "The task operation is in conflict with the current state of the server",
            54101 TASK_NOT_IMPLEMENTED: "Certain task-related scenarios are not implemented" => vendor_error,
            54102 TASK_MISSING: "Task was not found",
            54103 TASK_PERMISSION_DENIED: "Not allowed to perform a task-related action." => client_error { source: "proto" },
        }
        /// The proto's section "Task Assignments 542xx" (codes the page does not
        /// list).
        ///
        /// Class: an assignment's state, as an annotation's: success is
        /// `success`; pending and awaiting (consensus) review are `pending`;
        /// rejected is `client_error` (as `ANNOTATION_REVIEW_DENIED`).
        ///
        /// Range: the heading's `542xx`, inside the `54xxx` of
        /// [`Tasks`](ClarifaiGroup::Tasks).
        group TaskAssignments "Task Assignments 542xx" (54200..=54299) => pending {
            54200 TASK_ASSIGNMENT_SUCCESS => success { source: "proto" },
            54201 TASK_ASSIGNMENT_PENDING => pending { source: "proto" },
            54202 TASK_ASSIGNMENT_AWAITING_REVIEW => pending { source: "proto" },
            54203 TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW => pending { source: "proto" },
            54204 TASK_ASSIGNMENT_REJECTED => client_error { source: "proto" },
        }
        /// The proto's section "Task Assignment Reviews 543xx" (codes the page
        /// does not list).
        ///
        /// Class: a review's state: success is `success`, pending `pending`,
        /// dismissed `client_error` (ended by a user, it will not complete, as
        /// `TASK_WONT_DO`).
        ///
        /// Range: the heading's `543xx`, inside the `54xxx` of
        /// [`Tasks`](ClarifaiGroup::Tasks).
        group TaskAssignmentReviews "Task Assignment Reviews 543xx" (54300..=54399) => pending {
            54300 TASK_ASSIGNMENT_REVIEW_SUCCESS => success { source: "proto" },
            54301 TASK_ASSIGNMENT_REVIEW_PENDING => pending { source: "proto" },
            54302 TASK_ASSIGNMENT_REVIEW_DISMISSED => client_error { source: "proto" },
        }
        /// Class: a label order's state: pending and in progress are `pending` (the
        /// default), success is `success`, canceled is `client_error` (ended at a
        /// caller's request, it will not complete).
        group LabelOrder "Label Order Related Status Code: 55xxx" (55000..=55999) => pending {
            55001 LABEL_ORDER_PENDING,
            55002 LABEL_ORDER_IN_PROGRESS,
            55003 LABEL_ORDER_SUCCESS => success,
            55004 LABEL_ORDER_CANCELED => client_error,
        }
        /// Class: `success` for an active license; `client_error` for the rest:
        /// the license must exist, be current and stay within its volume.
        ///
        /// The proto's heading is followed by "DEPRECATED: License feature is
        /// fully deprecated now.", with no `deprecated = true` on its entries:
        /// the rows are not deprecated rows.
        group License "License Related Status Codes: 600xx" (60000..=60099) => client_error {
            60000 LICENSE_ACTIVE: "License is active" => success,
            60001 LICENSE_DOES_NOT_EXIST: "License does not exist",
            60002 LICENSE_NEED_UPDATE: "License needs update",
            60003 LICENSE_EXPIRED: "License has expired",
            60004 LICENSE_REVOKED: "License has been revoked",
            60005 LICENSE_DELETED: "Hidden state not reflected to users",
            60006 LICENSE_VOLUME_EXCEEDED: "Exceeded volume limit on license",
        }
        /// Class: `success` for a valid password; `client_error` for the rest.
        group Password "Password Related Status Codes: 610xx" (61000..=61099) => client_error {
            61000 PASSWORD_VALIDATION_SUCCESS => success,
            61001 PASSWORD_VALIDATION_FAILED,
            61002 PASSWORDPOLICY_INVALID_ARGUMENT,
        }
        /// Class: `client_error`: not found (the config, or, the proto's
        /// `FEATUREFLAG_NOT_FOUND`, the flag), invalid argument, blocked.
        group FeatureFlags "Feature Flags Status Codes: 620xx" (62000..=62099) => client_error {
            62000 FEATUREFLAG_CONFIG_NOT_FOUND,
            62001 FEATUREFLAG_INVALID_ARGUMENT,
            62002 FEATUREFLAG_BLOCKED,
            62003 FEATUREFLAG_NOT_FOUND => client_error { source: "proto" },
        }
        /// Class: `success` and `vendor_error`, as their names say.
        group Maintenance "Maintenance Status Codes: 630xx" (63000..=63099) => vendor_error {
            63000 MAINTENANCE_SUCCESS => success,
            63001 MAINTENANCE_FAILED,
        }
        /// Class: a dataset version's state: pending and in progress are `pending`,
        /// ready is `success`, failure and unexpected error are `vendor_error` (the
        /// default), conflict is `client_error`; an input added is `success`, a
        /// duplicate input `client_error`. The proto's codes more are a dataset
        /// version's export, as clarifai-python's dataset export reads it: it
        /// polls while the status is `DATASET_VERSION_EXPORT_PENDING` or
        /// `DATASET_VERSION_EXPORT_IN_PROGRESS` (`pending`) and takes anything
        /// but `DATASET_VERSION_EXPORT_SUCCESS` (`success`) then for a failure
        /// (the failed and unexpected-error codes: `vendor_error`).
        ///
        /// Range: the heading's `64xxx`, around the next heading's `640xx`.
        group Datasets "Datasets Status Codes: 64xxx" (64000..=64999) => vendor_error {
            64005 DATASET_VERSION_PENDING: "The dataset version is pending to be processed" => pending,
            64010 DATASET_VERSION_IN_PROGRESS: "The dataset version is currently being processed" => pending,
            64015 DATASET_VERSION_READY: "The dataset version is ready to be used" => success,
            64020 DATASET_VERSION_FAILURE: "An error occurred during the dataset version processing",
            64025 DATASET_VERSION_UNEXPECTED_ERROR: "An unexpected error occurred during the dataset version processing",
            64030 DATASET_VERSION_CONFLICT: "An alteration to dataset version would create a conflict" => client_error,
            64100 DATASET_INPUT_SUCCESS: "The dataset input was successfully added" => success,
            /// The proto's comment adds "Deprecated: Unused.", with no
            /// `deprecated = true`: not a deprecated row.
            64101 DATASET_INPUT_DUPLICATE: "The dataset input is a duplicate" => client_error,
            64200 DATASET_VERSION_EXPORT_SUCCESS: "The dataset version export is completed." => success { source: "proto" },
            64201 DATASET_VERSION_EXPORT_PENDING: "The dataset version is pending to be exported." => pending { source: "proto" },
            64202 DATASET_VERSION_EXPORT_FAILED: "An error occurred during the dataset version export." => vendor_error { source: "proto" },
            64203 DATASET_VERSION_EXPORT_IN_PROGRESS: "The dataset version is currently being exported." => pending { source: "proto" },
            64204 DATASET_VERSION_EXPORT_UNEXPECTED_ERROR: "An unexpected error occurred during the dataset version export." => vendor_error { source: "proto" },
        }
        /// Class: a job's state: queued and running are `pending`, completed is
        /// `success`, failed and unexpected error are `vendor_error` (the default),
        /// cancelled is `client_error` (ended at a caller's request). This is how
        /// clarifai-python's pipeline run monitor reads a run's status: it polls
        /// on `JOB_QUEUED` and `JOB_RUNNING`, stops with success at
        /// `JOB_COMPLETED` and with failure at `JOB_FAILED` and
        /// `JOB_UNEXPECTED_ERROR`. Of the proto's codes more, `JOB_PAUSED` (which
        /// clarifai-python's `pipeline-run pause` sets, and `resume` undoes with
        /// `JOB_RUNNING`) is `pending`: the monitor keeps polling on it; a
        /// conflict is `client_error` (as `DATASET_VERSION_CONFLICT`).
        ///
        /// Range: the heading's `640xx`, inside the previous heading's `64xxx`. The
        /// page lists some codes of that range (64005 to 64030) in the previous
        /// section, which keeps them; an unlisted code of the range is a job's.
        group Jobs "Generic Job Status Codes: 640xx" (64000..=64099) => vendor_error {
            64000 JOB_QUEUED => pending,
            64001 JOB_RUNNING => pending,
            64002 JOB_COMPLETED => success,
            64003 JOB_FAILED,
            64004 JOB_CANCELLED => client_error,
            64006 JOB_UNEXPECTED_ERROR,
            64007 JOB_CONFLICT => client_error { source: "proto" },
            64008 JOB_PAUSED => pending { source: "proto" },
        }
        /// Class: `client_error`: the identity provider association is missing.
        ///
        /// No range: the heading gives none.
        group AuthIssues "Auth Issues Codes" => client_error {
            65000 AUTH_MISSING_IDP_ASSOC,
        }
        // 66000 and 67000: each set apart by empty rows after the "Auth Issues
        // Codes" section, with no heading: in no group.
        66000 LIST_OBJECTS_FAILED => vendor_error,
        67000 ARCHIVE_EXTRACT_FAILED => vendor_error,
        /// Class: an upload's state: in progress is `pending`, done is `success`,
        /// failed and unexpected error are `vendor_error` (the default), expired is
        /// `client_error` (start a new upload). This is how clarifai-python's
        /// model and artifact uploads read it: they go on while the status is
        /// `UPLOAD_IN_PROGRESS`, end well at `UPLOAD_DONE` and take any other
        /// status for a failure. The proto's codes more, canceled and conflict,
        /// are `client_error` (ended at a caller's request; in conflict with the
        /// server's state, as `JOB_CONFLICT`).
        group MultipartUpload "Multipart Uploading Status Codes: 680xx" (68000..=68099) => vendor_error {
            68000 UPLOAD_IN_PROGRESS => pending,
            68001 UPLOAD_DONE => success,
            68002 UPLOAD_FAILED,
            68003 UPLOAD_UNEXPECTED_ERROR,
            68004 UPLOAD_EXPIRED => client_error,
            68005 UPLOAD_CANCELED => client_error { source: "proto" },
            68006 UPLOAD_CONFLICT => client_error { source: "proto" },
        }
        /// Class: `client_error`: the billing information must be fixed (or, the
        /// proto's `BILLING_MISSING_TOKENS`, completed).
        group Billing "Billing Related Issues: 69xxx" (69000..=69999) => client_error {
            69000 BILLING_INVALID_INFO,
            69001 BILLING_MISSING_TOKENS => client_error { source: "proto" },
        }
        /// The proto's section "Logs related issues: 70000;" (its heading
        /// verbatim, semicolon included; a code the page does not list).
        ///
        /// Class: `client_error`: an invalid request.
        ///
        /// No range: the heading names one code, not a range.
        group Logs "Logs related issues: 70000;" => client_error {
            70000 LOG_ENTRIES_INVALID_REQUEST => client_error { source: "proto" },
        }
        /// The proto's section "Twilio related issues: 71xxx" (codes the page
        /// does not list).
        ///
        /// Class: `client_error`: a phone number rejected or blocked ("The
        /// provided phone number was rejected or blocked by Twilio."), and the
        /// most verifications begun or checked for it exceeded (a limit of the
        /// account's phone verification, as `CONN_EXCEED_MONTHLY_LIMIT` is a
        /// limit: neither of Clarifai's clients retries it).
        group Twilio "Twilio related issues: 71xxx" (71000..=71999) => client_error {
            71003 TWILIO_MAX_VERIFICATION_BEGIN_EXCEEDED => client_error { source: "proto" },
            71004 TWILIO_MAX_VERIFICATION_CHECK_EXCEEDED => client_error { source: "proto" },
            71005 TWILIO_PHONE_NUMBER_BLOCKED: "The provided phone number was rejected or blocked by Twilio." => client_error { source: "proto" },
        }
        // 90400 and 90500: set apart by an empty row after the "Billing Related
        // Issues: 69xxx" section, with no heading (and outside its range): in no
        // group.
        // The proto's comment on each: "Deprecated: migrate off to one of the
        // internal issues", with no `deprecated = true`: not deprecated rows.
        90400 BAD_REQUEST => client_error,
        90500 SERVER_ERROR => vendor_error,
        /// Class: `vendor_error` (the default), except what is transient by name:
        /// an unexpected timeout, Redis unavailable and resources exhausted are
        /// `retry`. The proto's codes more are `vendor_error`: a cancelled
        /// internal context and the uncategorized errors of its vector database,
        /// Oracle, Vultr and GCP.
        group Internal "Internal Issues Codes: 98xxx" (98000..=98999) => vendor_error {
            98004 INTERNAL_SERVER_ISSUE,
            98005 INTERNAL_FETCHING_ISSUE,
            98006 INTERNAL_DATABASE_ISSUE,
            98008 INTERNAL_CONTEXT_CANCELED => vendor_error { source: "proto" },
            98009 INTERNAL_UNEXPECTED_TIMEOUT => retry,
            98010 INTERNAL_UNEXPECTED_V1,
            98011 INTERNAL_UNEXPECTED_PANIC,
            98012 INTERNAL_UNEXPECTED_SPIRE,
            98013 INTERNAL_REDIS_UNAVAILABLE => retry,
            98014 INTERNAL_RESOURCE_EXHAUSTED => retry,
            98015 INTERNAL_REDIS_UNCATEGORIZED,
            98016 INTERNAL_AWS_UNCATEGORIZED,
            98017 INTERNAL_AZURE_UNCATEGORIZED,
            98018 INTERNAL_VECTORDB_UNCATEGORIZED => vendor_error { source: "proto" },
            98019 INTERNAL_ORACLE_UNCATEGORIZED => vendor_error { source: "proto" },
            98020 INTERNAL_VULTR_UNCATEGORIZED => vendor_error { source: "proto" },
            98021 INTERNAL_GCP_UNCATEGORIZED => vendor_error { source: "proto" },
        }
        /// Class: `vendor_error`: errors Clarifai did not categorize; report them.
        group Uncategorized "Uncategorized Codes: 99xxx" (99000..=99999) => vendor_error {
            99001 CONN_UNCATEGORIZED,
            99002 MODEL_UNCATEGORIZED,
            99003 INPUT_UNCATEGORIZED,
            99004 ANNOTATION_UNCATEGORIZED,
            99005 BILLING_UNCATEGORIZED,
            // description from the older page (`data/pages/clarifai_older.txt`); the current page gives none
            99009 INTERNAL_UNCATEGORIZED: "Internal error",
        }
    }
}

/// The tables of this module.
pub const TABLES: &[codes_core::Table] = &[codes_core::Table::of::<Clarifai>(
    "clarifai",
    "Clarifai API status codes",
)];
