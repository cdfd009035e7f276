//! BigML.io's response bodies: a resource's `status` object and the error
//! body (feature `serde`).

use alloc::string::String;

use codes_core::Entry;
use serde::{Deserialize, Serialize};

use super::{ErrorCode, HttpStatus, Resource, ResourceError, ResourceStatus};

/// The `status` object of every BigML.io resource, which reports its creation:
/// `{"code": 5, "message": "The model has been created", "elapsed": 1139,
/// "progress": 1.0}`.
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
    pub message: String,
    /// Milliseconds spent creating the resource so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elapsed: Option<u64>,
    /// How far the creation has gone, from 0 to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<f64>,
    /// The error code of a failed creation, kept as sent: decode it in the
    /// resource's context with [`error_in`](Self::error_in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<i32>,
}

impl Status {
    /// The [`error`](Self::error) code decoded in the context of resource `R`.
    #[must_use]
    pub fn error_in<R: ResourceError>(&self) -> Option<ErrorCode<R>> {
        self.error.map(ErrorCode::from_code)
    }
}

/// BigML.io's error body: `{"code": 400, "status": {"code": -1200, "message":
/// "Missing parameter"}}`, the HTTP status and the error code.
///
/// ```
/// use codes_vendors::bigml::{ErrorCode, ErrorResponse, HttpStatus, ModelError};
/// use codes_vendors::Class;
///
/// let body: ErrorResponse = serde_json::from_str(
///     r#"{"code": 402, "status": {"code": -40021, "message": "Your model cannot be created now"}}"#,
/// )?;
/// assert_eq!(body.code, HttpStatus::PaymentRequired);
/// let error = body.error_in::<ModelError>();
/// assert_eq!(error, ErrorCode::Resource(ModelError::CannotBeCreatedNow));
/// assert_eq!(error.class(), Class::Retry);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ErrorResponse {
    /// The HTTP status, as in the response's header.
    pub code: HttpStatus,
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
    pub message: String,
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
}
