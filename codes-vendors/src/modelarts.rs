//! Huawei Cloud ModelArts' HTTP status codes and error codes.
//!
//! [`ModelArts`] is the table of the page "Status Code" of the ModelArts API
//! reference: 42 HTTP status codes, each with the status text the page gives
//! (its wire name here, as the page spells it: `"NotFound"`, `"Request
//! Time-out"`, `"HTTP Version not supported"`) and ModelArts' own description.
//! Descriptions are the page's, with its `**bold**` markup removed and the
//! lines and paragraphs of a cell joined with single spaces.
//!
//! Classes are RFC 9110's, except where ModelArts' words say otherwise (202,
//! 306 and 503: see [`ModelArts`]). Under the `http` feature the table
//! converts from and to `http::StatusCode`.
//!
//! [`ModelArtsError`] is the table of the page "Error Codes": 838 string
//! codes (`"ModelArts.0104"`, the `error_code` of ModelArts' error bodies),
//! each with its HTTP status, message, description and solution. The page
//! lists 23 codes under two or three HTTP statuses, each time with another
//! meaning: [`ModelArtsErrorAlt`] and [`ModelArtsErrorAlt2`] hold those rows,
//! and [`error_for`] decodes a code in the context of the response's HTTP
//! status.
//!
//! ```
//! use codes_vendors::modelarts::{error_for, ErrorCode, ModelArtsError};
//! use codes_vendors::Class;
//!
//! let error = error_for("ModelArts.0104", Some(400));
//! assert_eq!(error, ErrorCode::Main(ModelArtsError::ModelArts0104));
//! assert_eq!(error.message(), Some("Parameter error."));
//! assert_eq!(error.class(), Class::ClientError);
//! ```
//!
//! With the `serde` feature, `ErrorBody` decodes ModelArts' error body
//! (`{"error_code": "ModelArts.0104", "error_msg": "..."}`), whose error code
//! is a string kept as sent, and `ErrorResponse` pairs it with the HTTP
//! status, the typed part; `Response` decodes any body (success bodies
//! without an error code, older APIs' `is_success` and `error_message`, the
//! per-item results of batch operations), and `decode` is the entry point
//! from an HTTP response to the body and the decision.
//!
//! ```
//! use codes_vendors::modelarts::ModelArts;
//! use codes_vendors::Class;
//!
//! let status = ModelArts::from(404);
//! assert_eq!(status, ModelArts::NotFound);
//! assert_eq!(status.name(), Some("NotFound"));
//! assert_eq!(status.class(), Class::ClientError);
//! // Throttled: resend after the Retry-After header's time.
//! assert!(ModelArts::TooManyRequests.class().is_retryable());
//! // "Do not retry the request before modification."
//! assert_eq!(ModelArts::ServiceUnavailable.class(), Class::ClientError);
//! ```

mod errors;

pub use errors::*;

codes_macros::status_codes! {
    /// The HTTP status codes of the ModelArts API ("Table 1 Status codes").
    ///
    /// The page has no sections (no 1xx..5xx headings), so the table has no
    /// groups: the class of a code already says what its HTTP class asks of a
    /// client.
    ///
    /// Class: RFC 9110's (408 and 429 retry, as their descriptions also say;
    /// 502 and 504 retry; other 4xx client error; 500, 501 and 505 vendor
    /// error), except where ModelArts' words say otherwise:
    /// - 202 Accepted is `pending`: "the processing has not been completed".
    /// - 306 Unused is `unknown`: "no longer used", so it means nothing a
    ///   client can follow.
    /// - 503 ServiceUnavailable is `client_error`: "The requested service is
    ///   invalid. Do not retry the request before modification."
    ///
    /// Unknown codes keep RFC 9110's class of their number.
    #[codes(vendor = "Huawei Cloud ModelArts", http)]
    pub enum ModelArts: u16 {
        100 "Continue": "The client continues sending the request. This provisional response informs the client that part of the request has been received and has not yet been rejected by the server.",
        101 "Switching Protocols": "Switching protocols. The target protocol must be more advanced than the source protocol. For example, the current HTTP protocol is switched to a later version of HTTP.",
        200 "OK": "The request has been fulfilled.",
        201 "Created": "The request for creating a resource has been fulfilled.",
        // "the processing has not been completed": the work is still in
        // progress, so poll (RFC 9110 would say success).
        202 "Accepted": "The request has been accepted, but the processing has not been completed." => pending,
        203 "Non-Authoritative Information": "Non-authoritative information. The request is successful.",
        204 "NoContent": "The request has been fulfilled, but the HTTP response does not contain a response body. The status code is returned in response to an HTTP OPTIONS request.",
        205 "Reset Content": "The server has fulfilled the request, but the requester is required to reset the content.",
        206 "Partial Content": "The server has successfully processed a part of the GET request.",
        300 "Multiple Choices": "There are multiple options for the location of the requested resource. The response contains a list of resource characteristics and addresses from which the user or user agent (such as a browser) can choose the most appropriate one.",
        301 "Moved Permanently": "The requested resource has been assigned a new permanent URI, and the new URI is contained in the response.",
        302 "Found": "The requested resource resides temporarily under a different URI.",
        // The page breaks this sentence into two paragraphs after "URI,".
        303 "See Other": "The response to the request can be found under a different URI, and should be retrieved using a GET or POST method.",
        304 "Not Modified": "The requested resource has not been modified. When the server returns this status code, it does not return any resources.",
        305 "Use Proxy": "The requested resource must be accessed through a proxy.",
        // "no longer used": there is nothing to follow, so unknown (treat as a
        // failure) rather than RFC 9110's redirect.
        306 "Unused": "The HTTP status code is no longer used." => unknown,
        400 "BadRequest": "The request is invalid. Do not retry the request before modification.",
        401 "Unauthorized": "The status code is returned after the client provides the authentication information, indicating that the authentication information is incorrect or invalid.",
        402 "Payment Required": "This status code is reserved for future use.",
        403 "Forbidden": "The request has been rejected. The server has received and understood the request; yet it refused to respond, because the request is set to deny access. Do not retry the request before modification.",
        404 "NotFound": "The requested resource cannot be found. Do not retry the request before modification.",
        405 "MethodNotAllowed": "The request contains one or more methods not supported for the resource. Do not retry the request before modification.",
        406 "Not Acceptable": "The server cannot fulfill the request according to the content characteristics of the request.",
        407 "Proxy Authentication Required": "This status code is similar to 401, but the client must first authenticate itself with the proxy.",
        // The derived variant would be `RequestTimeOut`.
        408 "Request Time-out" as RequestTimeout: "The request timed out. The client may repeat the request without modifications at any time later.",
        // sic: "already exits" (exists).
        409 "Conflict": "The request could not be processed due to a conflict with the current state of the resource. This status code indicates that the resource that the client attempts to create already exits, or the requested update failed due to a conflict.",
        410 "Gone": "The requested resource is no longer available. The status code indicates that the requested resource has been deleted permanently.",
        411 "Length Required": "The server refuses to process the request without a defined Content-Length.",
        412 "Precondition Failed": "The server does not meet one of the preconditions that the requester puts on the request.",
        // RFC 9110's client error: the request is too large. A response with
        // Retry-After (the page's temporary case) can be honoured by the caller.
        413 "Request Entity Too Large": "The request is larger than that a server is able to process. The server may close the connection to prevent the client from continuing the request. If the server cannot process the request temporarily, the response will contain a Retry-After header field.",
        414 "Request-URI Too Large": "The URI provided was too long for the server to process.",
        415 "Unsupported Media Type": "The server is unable to process the media format in the request.",
        416 "Requested range not satisfiable": "The requested range is invalid.",
        417 "Expectation Failed": "The server fails to meet the requirements of the Expect request-header field.",
        422 "UnprocessableEntity": "The request is well-formed but is unable to be processed due to semantic errors.",
        429 "TooManyRequests": "The client has sent excessive number of requests to the server within a given time (exceeding the limit on the access frequency of the client), or the server has received an excessive number of requests within a given time (beyond its processing capability). In this case, the client should resend the request after the time specified in the Retry-After header of the response has elapsed.",
        500 "InternalServerError": "The server is able to receive but unable to understand the request.",
        501 "Not Implemented": "The server does not support the requested function.",
        502 "Bad Gateway": "The server acting as a gateway or proxy has received an invalid request from a remote server.",
        // ModelArts' own words: the service is invalid and the request must
        // change before it is sent again, so client error (RFC 9110: retry).
        503 "ServiceUnavailable": "The requested service is invalid. Do not retry the request before modification." => client_error,
        504 "ServerTimeout": "The request cannot be fulfilled within a given time. This status code is returned to the client only when the Timeout parameter is specified in the request.",
        505 "HTTP Version not supported": "The server does not support the HTTP protocol version used in the request.",
    }
}

codes_macros::status_codes! {
    /// The statuses of a development environment (notebook) instance in
    /// ModelArts' older APIs (the page "Obtaining Development Environment
    /// Instances", the options of its `status` parameter:
    /// `api-ref/source/historical_apis/devenviron_old_version/
    /// obtaining_development_environment_instances.rst` of
    /// opentelekomcloud-docs/modelarts, commit `1ba1873`): the `status` of
    /// an instance, a word. Names and descriptions are the page's.
    ///
    /// Class, from each row's words: being created, started, restarted,
    /// stopped or resized is `pending`; failing to be, or unavailable, is
    /// `vendor_error` (the page gives no cause a request could fix);
    /// running, stopped and deleted are `success` (the work is done).
    ///
    /// Not one of [`TABLES`]: the page is not among the vendors' pages the
    /// tests reproduce the tables from (`data/`).
    #[codes(vendor = "Huawei Cloud ModelArts")]
    pub enum InstanceStatus: &str {
        "CREATING": "The instance is being created." => pending,
        "CREATE_FAILED": "The instance fails to be created." => vendor_error,
        "STARTING": "The instance is being started." => pending,
        "RESTARTING": "The instance is being restarted." => pending,
        "START_FAILED": "The instance fails to be started." => vendor_error,
        "RUNNING": "The instance is running." => success,
        "STOPPING": "The instance is being stopped." => pending,
        "STOPPED": "The instance has been stopped." => success,
        "UNAVAILABLE": "The instance is unavailable." => vendor_error,
        "DELETED": "The instance has been deleted." => success,
        "RESIZING": "The instance specifications are being changed." => pending,
        "RESIZE_FAILED": "The instance specifications fail to be changed." => vendor_error,
    }
}

codes_macros::status_codes! {
    /// The job statuses of ModelArts' older training and visualization job
    /// APIs (the page "Job Statuses", Table 1, of the historical APIs'
    /// training management: `api-ref/source/historical_apis/
    /// training_management_old_version/job_statuses.rst` of
    /// opentelekomcloud-docs/modelarts, commit `1ba1873`): the `status` of a
    /// job, which those APIs write as a number (`"status": 10`) or as a
    /// number in a string (`"status": "1"`). Names and descriptions are the
    /// page's (`JOBSTAT_INIT: The job is being initialized.`).
    ///
    /// Class, from each row's words: a job being initialized, created,
    /// submitted, queued, run, scaled, reviewed or canceled (`..._KILLING`)
    /// is `pending`; completed (the job, or its review) is `success`; a
    /// failure ("Failed to ...", `JOBSTAT_LOST`) is `vendor_error` (the
    /// page gives no cause a request could fix); a job canceled
    /// (`JOBSTAT_KILLED`, `JOBSTAT_CANCELED`) will not complete, which
    /// sending the same request again does not change: `client_error`;
    /// `JOBSTAT_UNKNOWN` is `unknown`.
    ///
    /// Not one of [`TABLES`]: the page is not among the vendors' pages the
    /// tests reproduce the tables from (`data/`).
    #[codes(vendor = "Huawei Cloud ModelArts")]
    pub enum JobStatus: u16 {
        0 JOBSTAT_UNKNOWN: "Unknown status." => unknown,
        1 JOBSTAT_INIT: "The job is being initialized." => pending,
        2 JOBSTAT_IMAGE_CREATING: "The job image is being created." => pending,
        3 JOBSTAT_IMAGE_FAILED: "Failed to create the job image." => vendor_error,
        4 JOBSTAT_SUBMIT_TRYING: "The job is being submitted." => pending,
        5 JOBSTAT_SUBMIT_FAILED: "Failed to submit the job." => vendor_error,
        6 JOBSTAT_DELETE_FAILED: "Failed to delete the job." => vendor_error,
        7 JOBSTAT_WAITING: "The job is queuing." => pending,
        8 JOBSTAT_RUNNING: "The job is running." => pending,
        9 JOBSTAT_KILLING: "The job is being canceled." => pending,
        10 JOBSTAT_COMPLETED: "The job has been completed." => success,
        11 JOBSTAT_FAILED: "Failed to run the job." => vendor_error,
        12 JOBSTAT_KILLED: "Job canceled successfully." => client_error,
        13 JOBSTAT_CANCELED: "Job canceled." => client_error,
        14 JOBSTAT_LOST: "Job lost." => vendor_error,
        15 JOBSTAT_SCALING: "The job is being scaled." => pending,
        16 JOBSTAT_SUBMIT_MODEL_FAILED: "Failed to submit the model." => vendor_error,
        17 JOBSTAT_DEPLOY_SERVICE_FAILED: "Failed to deploy the service." => vendor_error,
        18 JOBSTAT_CHECK_INIT: "The job review is being initialized." => pending,
        19 JOBSTAT_CHECK_RUNNING: "The job is being reviewed." => pending,
        20 JOBSTAT_CHECK_RUNNING_COMPLETED: "The approval job is completed." => success,
        21 JOBSTAT_CHECK_FAILED: "Failed to review the job." => vendor_error,
    }
}

/// The tables of this module: the HTTP status codes, then the error codes'
/// three tables.
pub const TABLES: &[codes_core::Table] = &[
    codes_core::Table::of::<ModelArts>("modelarts", "Huawei Cloud ModelArts HTTP status codes"),
    codes_core::Table::of::<ModelArtsError<'static>>(
        "modelarts-errors",
        "Huawei Cloud ModelArts error codes (each code's first row)",
    ),
    codes_core::Table::of::<ModelArtsErrorAlt<'static>>(
        "modelarts-errors-alt",
        "Huawei Cloud ModelArts error codes listed again under another HTTP status",
    ),
    codes_core::Table::of::<ModelArtsErrorAlt2<'static>>(
        "modelarts-errors-alt2",
        "Huawei Cloud ModelArts error codes listed a third time under another HTTP status",
    ),
];

#[cfg(feature = "serde")]
pub use body::{ErrorBody, ErrorResponse, FailedItem, Response, Status, decode};

#[cfg(feature = "serde")]
mod body {
    use core::fmt;

    use alloc::string::String;
    use alloc::vec::Vec;

    use codes_core::{Basis, Class, Decide, Decision, Headers, Verdict};
    use serde::{Deserialize, Serialize};

    use super::{InstanceStatus, JobStatus, ModelArts};
    use crate::response::{DecodeError, Decoded, RawResponse, state_decision};

    /// ModelArts' error body: `{"error_code": "ModelArts.0104", "error_msg":
    /// "..."}` (older APIs: `error_message`, accepted too).
    ///
    /// ModelArts' error codes are strings (`ModelArts.0104`, and `APIG.`/
    /// `APIGW.` codes from the API gateway), kept as sent; the typed part of
    /// an error is the HTTP status ([`ErrorResponse`]). Other fields are
    /// ignored.
    ///
    /// `S` is the string type: `&str` borrows from the JSON text without
    /// allocating, but fails on a string with JSON escapes (`\"`, `\u00e9`),
    /// which cannot be borrowed; `String` (or `Cow<str>`) decodes every body.
    ///
    /// ```
    /// use codes_vendors::modelarts::ErrorBody;
    ///
    /// let json = r#"{"error_code": "ModelArts.0104", "error_msg": "Parameter error."}"#;
    /// let body: ErrorBody<&str> = serde_json::from_str(json)?;
    /// assert_eq!(body.error_code, "ModelArts.0104");
    ///
    /// let escaped = r#"{"error_code": "ModelArts.0104", "error_msg": "a \"quoted\" word"}"#;
    /// assert!(serde_json::from_str::<ErrorBody<&str>>(escaped).is_err());
    /// let owned: ErrorBody<String> = serde_json::from_str(escaped)?;
    /// assert_eq!(owned.error_msg, "a \"quoted\" word");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
    pub struct ErrorBody<S> {
        /// ModelArts' error code, such as `ModelArts.0104`.
        pub error_code: S,
        /// ModelArts' error message (`error_msg`, or `error_message` as
        /// ModelArts' older APIs name it).
        #[serde(alias = "error_message")]
        pub error_msg: S,
    }

    impl<S: AsRef<str>> ErrorBody<S> {
        /// The body with its strings borrowed.
        #[must_use]
        pub fn as_str(&self) -> ErrorBody<&str> {
            ErrorBody {
                error_code: self.error_code.as_ref(),
                error_msg: self.error_msg.as_ref(),
            }
        }
    }

    /// A ModelArts error: the HTTP status of the response, which decides what
    /// to do, and its [`ErrorBody`].
    ///
    /// ```
    /// use codes_vendors::modelarts::{ErrorBody, ErrorResponse, ModelArts};
    /// use codes_vendors::Class;
    ///
    /// let json = r#"{"error_code": "ModelArts.0104", "error_msg": "Parameter error."}"#;
    /// let error = ErrorResponse::new(400, serde_json::from_str::<ErrorBody<&str>>(json)?);
    /// assert_eq!(error.status, ModelArts::BadRequest);
    /// assert_eq!(error.class(), Class::ClientError);
    /// assert_eq!(error.to_string(), "400 BadRequest: ModelArts.0104: Parameter error.");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[derive(Debug, Clone, PartialEq)]
    pub struct ErrorResponse<S> {
        /// The response's HTTP status.
        pub status: ModelArts,
        /// The response's body.
        pub body: ErrorBody<S>,
    }

    impl<S> ErrorResponse<S> {
        /// The error of a response with HTTP status `status` and body `body`.
        #[must_use]
        pub fn new(status: impl Into<ModelArts>, body: ErrorBody<S>) -> Self {
            ErrorResponse {
                status: status.into(),
                body,
            }
        }

        /// What the HTTP status asks of the client.
        #[must_use]
        pub const fn class(&self) -> Class {
            self.status.class()
        }
    }

    /// `400 BadRequest: ModelArts.0104: Parameter error.`; an unlisted status
    /// shows its number alone.
    impl<S: AsRef<str>> fmt::Display for ErrorResponse<S> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "{}", self.status.code())?;
            if let Some(name) = self.status.name() {
                write!(f, " {name}")?;
            }
            write!(
                f,
                ": {}: {}",
                self.body.error_code.as_ref(),
                self.body.error_msg.as_ref()
            )
        }
    }

    impl<S: AsRef<str> + fmt::Debug> core::error::Error for ErrorResponse<S> {}

    /// A ModelArts response body, success or failure, old API or new: the
    /// error fields when it failed, its success flag, and the per-item
    /// results of a batch operation. Other fields are ignored.
    ///
    /// - `error_code` and `error_msg` (older APIs: `error_message`) when the
    ///   request failed; absent on success.
    /// - `success` (older APIs: `is_success`).
    /// - `results` (batch operations on datasets and labeling teams: each
    ///   item with `success`, `error_code`, `error_msg`) and
    ///   `delete_failed_list` (deleting AI applications: the items that
    ///   failed, each with `error_code` and `error_msg`).
    ///
    /// ```
    /// use codes_vendors::modelarts::Response;
    ///
    /// let old: Response = serde_json::from_str(
    ///     r#"{"is_success": false, "error_message": "Error string", "error_code": "ModelArts.0105"}"#,
    /// )?;
    /// assert_eq!(old.success, Some(false));
    /// assert_eq!(old.error_msg.as_deref(), Some("Error string"));
    /// assert!(old.failed());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
    pub struct Response {
        /// The error code of a failed request (`ModelArts.0104`, `APIG.0308`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub error_code: Option<String>,
        /// The error message of a failed request.
        #[serde(
            default,
            alias = "error_message",
            skip_serializing_if = "Option::is_none"
        )]
        pub error_msg: Option<String>,
        /// Whether the request succeeded, when the body says.
        #[serde(default, alias = "is_success", skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// The results of a batch operation, one an item.
        #[serde(
            default,
            deserialize_with = "crate::response::nullable_vec",
            skip_serializing_if = "Vec::is_empty"
        )]
        pub results: Vec<FailedItem>,
        /// The items a batch deletion failed for.
        #[serde(
            default,
            deserialize_with = "crate::response::nullable_vec",
            skip_serializing_if = "Vec::is_empty"
        )]
        pub delete_failed_list: Vec<FailedItem>,
        /// The job's id, in the older job APIs' bodies (a number, or a
        /// number in a string), kept as sent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub job_id: Option<serde_json::Value>,
        /// The body's `status`, where it is a job's or an instance's
        /// ([`Status`]); `None` for anything else (a dataset's `status` is
        /// another table's, a service's a word of its own).
        #[serde(
            default,
            deserialize_with = "status",
            skip_serializing_if = "Option::is_none"
        )]
        pub status: Option<Status>,
    }

    /// A body's `status`, as ModelArts' older APIs write it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    #[serde(untagged)]
    pub enum Status {
        /// A job's: a number, or a number in a string (`"status": "1"`,
        /// initialising), read by [`JobStatus`]; it counts where the body
        /// is a job's (it has a `job_id`).
        Job(JobStatus),
        /// A development environment instance's: a word
        /// [`InstanceStatus`] lists (`"CREATING"`).
        Instance(InstanceStatus<'static>),
    }

    /// `status` when it is a number, or a string of digits, that fits a
    /// job status, or a word an instance's status is; anything else (an
    /// object, another word) is neither.
    fn status<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Status>, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(u16),
            Text(String),
            Other(serde::de::IgnoredAny),
        }
        Ok(match Option::<Raw>::deserialize(deserializer)? {
            Some(Raw::Number(status)) => Some(Status::Job(JobStatus::from(status))),
            Some(Raw::Text(text)) => match text.trim().parse::<u16>() {
                Ok(number) => Some(Status::Job(JobStatus::from(number))),
                Err(_) => InstanceStatus::from_code(&text)
                    .to_static()
                    .map(Status::Instance),
            },
            _ => None,
        })
    }

    /// An item of a batch operation's result: whether it succeeded, and its
    /// error when it did not.
    #[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
    pub struct FailedItem {
        /// Whether the operation succeeded for this item, when it says.
        #[serde(default, alias = "is_success", skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// The item's error code.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub error_code: Option<String>,
        /// The item's error message.
        #[serde(
            default,
            alias = "error_message",
            skip_serializing_if = "Option::is_none"
        )]
        pub error_msg: Option<String>,
    }

    impl FailedItem {
        /// `true` when the item says it failed (`"success": false`) or
        /// carries an error code.
        #[must_use]
        pub fn failed(&self) -> bool {
            self.success == Some(false) || self.error_code.is_some()
        }

        /// What the item asks of the client: done when it did not fail; the
        /// class of its error code where ModelArts' error-code page lists
        /// it; otherwise a failure of unknown kind.
        #[must_use]
        pub fn decision(&self) -> Decision {
            if !self.failed() {
                return Decision::Done;
            }
            let class = self
                .error_code
                .as_deref()
                .map_or(Class::Unknown, |code| super::error_for(code, None).class());
            Decision::from_class(class)
        }
    }

    impl Response {
        /// `true` when the body says the request failed (`"success":
        /// false`) or carries an error code.
        #[must_use]
        pub fn failed(&self) -> bool {
            self.success == Some(false) || self.error_code.is_some()
        }

        /// Every item of the batch: `results`, then `delete_failed_list`.
        pub fn items(&self) -> impl Iterator<Item = &FailedItem> {
            self.results.iter().chain(&self.delete_failed_list)
        }

        /// The job's status when the body is a job's (it has a `job_id`),
        /// as [`JobStatus`] classes it: the state of the work the call
        /// started (rule 6 of [`codes_core::decision`]: a job created and
        /// still initialising is a poll, a failed job that failure), named
        /// `status`. `JOBSTAT_UNKNOWN` and a status the table does not list
        /// are neutral.
        #[must_use]
        pub fn state(&self) -> Option<(Basis, Decision)> {
            let class = match (self.status?, &self.job_id) {
                (Status::Instance(instance), _) => instance.class(),
                (Status::Job(job), Some(_)) => job.class(),
                (Status::Job(_), None) => return None,
            };
            let decision = state_decision(class)?;
            Some((
                Basis::State {
                    at: "status",
                    index: None,
                },
                decision,
            ))
        }

        /// The decision for this body, with `decide` holding the HTTP
        /// status (read by the [`ModelArts`] table) and headers: its error
        /// code's class where ModelArts' error-code page lists it; a body
        /// that says it failed is a failure whatever the 2xx around it
        /// ([`Decision::Unknown`] when its code is not listed); with no HTTP
        /// status, a body that says `"success": true` is done; then the most
        /// severe of the items, each decided by its own error code.
        #[must_use]
        pub fn verdict(&self, decide: Decide, http: Option<ModelArts>) -> Verdict {
            let mut decide = decide;
            let status = http.map(ModelArts::code);
            if let Some(code) = &self.error_code {
                // The error code, read in the response's HTTP status where
                // the page lists a code under two (`error_for`).
                let error = super::error_for(code, status);
                decide = decide.code_class(error.class(), error.is_known());
            }
            let http_decision = http.map(|status| Decision::from_class(status.class()));
            if self.failed() && matches!(http_decision, None | Some(Decision::Done)) {
                decide = decide.signal(Decision::Unknown);
            } else if http.is_none() && self.success == Some(true) {
                decide = decide.signal(Decision::Done);
            }
            for item in self.items() {
                decide = decide.item_decision(item.decision());
            }
            decide.decide().with_states(self.state())
        }
    }

    /// Decodes a ModelArts response and decides what to do: the SDK-facing
    /// entry point.
    ///
    /// The decision: the body's `error_code`, as ModelArts' error-code page
    /// classes it ([`ModelArtsError`](super::ModelArtsError), read in the
    /// response's HTTP status by [`error_for`](super::error_for)); for a
    /// code the page does not list, the HTTP status, as the [`ModelArts`]
    /// table classes it (its 503 is a client error, "Do not retry the
    /// request before modification"); a body that says it failed inside a
    /// 2xx is a failure; a failed item of a batch is decided by its own
    /// error code (a failure of unknown kind when the page does not list
    /// it); a retry waits as `Retry-After` says (ModelArts' 429 asks for
    /// it). Without an HTTP status the body decides alone. Then, when the
    /// call worked, the job's status in the older job APIs' bodies
    /// ([`Response::state`], read by [`JobStatus`](super::JobStatus), as a
    /// number or a number in a string): a job initialising or running is a
    /// poll, a failed one a vendor failure.
    ///
    /// ```
    /// use codes_vendors::response::RawResponse;
    /// use codes_vendors::{modelarts, Decision};
    ///
    /// let body = br#"{"error_code": "ModelArts.0104", "error_msg": "Parameter error."}"#;
    /// let decoded = modelarts::decode(&RawResponse::new(Some(400), body)).unwrap();
    /// assert_eq!(decoded.decision(), Decision::FixRequest);
    ///
    /// // A failed item of a batch: "ModelArts.3009" is a client error on the page.
    /// let batch = br#"{"delete_success_list": ["a"], "delete_failed_list": [{"error_code": "ModelArts.3009"}]}"#;
    /// let decoded = modelarts::decode(&RawResponse::new(Some(200), batch)).unwrap();
    /// assert_eq!(decoded.decision(), Decision::FixRequest);
    ///
    /// // An error code the page does not list, inside a 200: a failure of
    /// // unknown kind.
    /// let odd = br#"{"error_code": "ModelArts.9999", "error_msg": "?"}"#;
    /// let decoded = modelarts::decode(&RawResponse::new(Some(200), odd)).unwrap();
    /// assert_eq!(decoded.decision(), Decision::Unknown);
    ///
    /// // An older API's job, created and initialising ("1", JOBSTAT_INIT).
    /// let job = br#"{"is_success": true, "job_id": "10", "status": "1"}"#;
    /// let decoded = modelarts::decode(&RawResponse::new(None, job)).unwrap();
    /// assert_eq!(decoded.decision(), Decision::Poll);
    /// ```
    ///
    /// # Errors
    ///
    /// [`DecodeError`] when the body is not JSON of this shape: it says what
    /// and where (line, column).
    pub fn decode<H: Headers + ?Sized>(
        response: &RawResponse<'_, H>,
    ) -> Result<Decoded<Response>, DecodeError> {
        let http = response.status.map(ModelArts::from);
        let mut decide = Decide::new()
            .rules(response.rules)
            .headers(response.headers, response.now);
        if let Some(status) = http {
            decide = decide.http_code(status);
        }
        let body: Option<Response> = response.body(ModelArts::VENDOR, decide)?;
        let verdict = match &body {
            Some(body) => body.verdict(decide, http),
            None => decide.decide(),
        };
        Ok(Decoded { body, verdict })
    }
}
