//! BigML.io's status codes, from its "Status Codes" page: the HTTP status
//! codes, the resource status codes, the general error codes and the error
//! codes of each of the 36 kinds of resource.
//!
//! - [`HttpStatus`]: the HTTP status of every response (also the `code` of its
//!   JSON body).
//! - [`ResourceStatus`]: the `status.code` of a resource while BigML.io creates
//!   it (`Waiting` to `Finished`, `Faulty`, `Unknown`), with the two statuses
//!   BigML's Python binding defines beside the page's (`UPLOADING`,
//!   `RUNNABLE`).
//! - [`GeneralError`]: error codes about any resource (`-1100` to `-1208`).
//! - One enum per resource for that resource's own error codes
//!   ([`SourceError`], [`DatasetError`], [`DownloadError`], ...), named by
//!   [`Resource`].
//!
//! # Error codes in a resource's context
//!
//! Some resource error codes mean different things for different resources:
//! `-30021` is "The dataset could not be created now" for datasets and "The
//! time series cannot be created now" for time series; `-40021` is "Your model
//! cannot be created now" for models and "The linear regression cannot be
//! created now" for linear regressions. A code is therefore decoded in the
//! context of the resource it is about: [`ErrorCode<R>`](ErrorCode) is either a
//! [`GeneralError`] (those decode for every resource) or one of `R`'s own
//! errors, whose catch-all keeps codes the resource's table does not list.
//! [`Resource::decode`] does the same without types, for tools.
//!
//! ```
//! use codes_vendors::bigml::{DatasetError, ErrorCode, GeneralError, Resource, TimeSeriesError};
//! use codes_vendors::Class;
//!
//! assert_eq!(
//!     ErrorCode::<DatasetError>::from_code(-30021),
//!     ErrorCode::Resource(DatasetError::CouldNotBeCreatedNow)
//! );
//! assert_eq!(
//!     ErrorCode::<TimeSeriesError>::from_code(-30021),
//!     ErrorCode::Resource(TimeSeriesError::CannotBeCreatedNow)
//! );
//! // General codes decode in every resource's context.
//! assert_eq!(
//!     ErrorCode::<TimeSeriesError>::from_code(-1200),
//!     ErrorCode::General(GeneralError::MissingParameter)
//! );
//! // A code listed for another resource only is unknown here, and kept.
//! let other = ErrorCode::<TimeSeriesError>::from_code(-3005);
//! assert_eq!(other, ErrorCode::Resource(TimeSeriesError::Unknown(-3005)));
//! assert_eq!((other.code(), other.class()), (-3005, Class::Unknown));
//!
//! let entry = Resource::Dataset.decode(-30021).map(|e| e.description);
//! assert_eq!(entry, Some(Some("The dataset could not be created now")));
//! ```
//!
//! # Classes
//!
//! - HTTP: RFC 9110's, except where BigML.io's words say more (402 Payment
//!   Required: the subscription limit, a client error).
//! - Resource status: BigML's clients poll while the status is `0` to `4` and
//!   stop at `5` or `-1`, so `0..=4` pending, `5` success, `-1` (Faulty)
//!   vendor error, `-2` (Unknown, "a state that we cannot verify") unknown;
//!   the binding's `6` (`UPLOADING`) and `-3` (`RUNNABLE`) pending, as its
//!   `check_resource` polls on every status but `FINISHED` and `FAULTY`.
//! - Error codes, from each row's words: "not ready" pending; "cannot be ...
//!   now" retry; "Bad request", "missing", "invalid" and other "cannot"
//!   (without "now") client error; "could not be ..." and "Faulty" vendor
//!   error. Each enum's doc comment states its rule.
//!
//! Error rows have no names on the page: their variants are named after their
//! descriptions, with one name for one meaning across resources
//! (`CannotBeDeletedNow` for both "The source cannot be deleted now" and
//! "Cannot delete model now"), and they have no wire name.
//!
//! # Sources
//!
//! Every table is the page's, but [`ResourceStatus`], which also holds the
//! statuses of BigML's Python binding (bigmlcom/python, `bigml/constants.py`,
//! commit `01047ee`) the page does not list. Every row of every table says
//! where it comes from in its `source` column (`source()`, `Entry::columns`,
//! the `lookup` example): `"page"` (the "Status Codes" page) or `"sdk"` (the
//! Python binding's constants).
//!
//! With the `serde` feature, [`Status`] is the `status` object of a resource,
//! [`ErrorResponse`] BigML.io's error body, [`Body`] either (told apart by
//! their codes), and [`decode`] the entry point from an HTTP response to the
//! body and the decision, in a resource's context.

use core::fmt;

use codes_core::{Class, Entry, UnknownCode, VendorCode};

#[cfg(feature = "serde")]
mod body;
mod resources;

#[cfg(feature = "serde")]
pub use body::{
    Body, ErrorResponse, ErrorStatus, Execution, OutputResource, ResourceBody, Status, decode,
};
pub use resources::*;

codes_macros::status_codes! {
    /// The HTTP status codes of BigML.io ("HTTP Status Code Summary"), sent
    /// both as the response's status and as the `code` of its JSON body.
    ///
    /// Class: RFC 9110's (429 and 503, "undergoing maintenance", retry; 500
    /// vendor error), except where BigML.io's words say more: 402 Payment
    /// Required, the subscription limit, is a client error.
    #[codes(vendor = "BigML", http)]
    pub enum HttpStatus: u16 {
        column source: &'static str = "page",
        200 "OK": "Your request was successful and the JSON response should include the resource that you requested.",
        201 "Created": "A new resource was created. You can get the new resource complete location through the HTTP headers or the resource/id through the resource key of the JSON response.",
        202 "Accepted": "Received after sending a request to update a resource if it was processed successfully.",
        204 "No Content": "Received after sending a request to delete a resource if it was processed successfully.",
        400 "Bad Request": "Your request is malformed, missed a required parameter, or used an invalid value as parameter.",
        401 "Unauthorized": "Your request used the wrong username or API key.",
        // The subscription limit: upgrading the plan (or waiting for running
        // tasks) fixes it, not a blind retry.
        402 "Payment Required": "Your subscription plan does not allow to perform this action because it has exceeded your subscription limit. Please wait until your running tasks complete or upgrade your plan." => client_error,
        403 "Forbidden": "Your request is trying to access to a resource that you do not own.",
        404 "Not Found": "The resource that you requested or used as parameter in a request does not exist anymore.",
        405 "Not Allowed": "Your request is trying to use a HTTP method that is not supported or to change fields of a resource that can not be modified.",
        411 "Length required": "Your request is trying to PUT or POST without sending any content or specifying its length.",
        // sic: "than what support to PUT or POST".
        413 "Request Entity Too Large": "The size of the content in your request is greater than what support to PUT or POST.",
        415 "Unsupported Media Type": "Your request is trying to POST 'multipart/form-data' content but it is actually sending the wrong content-type.",
        429 "Too Many Requests": "You have sent too many requests in a given amount of time.",
        500 "Internal Server Error": "Your request could not be processed because something went wrong on BigML's end.",
        503 "Service Unavailable": "BigML.io is undergoing maintenance.",
    }
}

codes_macros::status_codes! {
    /// The status of a resource while BigML.io creates it ("Resource Status
    /// Code Summary"): the `code` of the resource's `status` object.
    ///
    /// Class: BigML's clients poll while the status is `0` to `4` and stop at
    /// `5` or `-1`: `0..=4` pending (`Summarized` too: "you cannot use it
    /// yet"), `5` success, `-1` Faulty vendor error (the page blames either the
    /// request or "an internal issue"; the status's `error` code says which),
    /// `-2` Unknown unknown. The catch-all is [`Other`](Self::Other), as
    /// `Unknown` is BigML.io's own status `-2`.
    ///
    /// Two statuses come from BigML's Python binding (bigmlcom/python,
    /// `bigml/constants.py`, "Resource status codes", commit `01047ee`), not
    /// the page: `UPLOADING = 6` and `RUNNABLE = -3`, named as the binding
    /// names them, without descriptions (the binding gives none). Both are
    /// `pending`: the binding's `check_resource` waits "until the resource is
    /// in a final state (either FINISHED or FAULTY", polling on every other
    /// status. The binding's names of the page's statuses (`WAITING`, ...,
    /// `IN_PROGRESS`, `FAULTY`, `UNKNOWN`, the labels its `status()` returns)
    /// are aliases of the page's rows.
    ///
    /// Columns: `source` is `"page"` or `"sdk"` (the binding).
    #[codes(vendor = "BigML", unknown = Other)]
    pub enum ResourceStatus: i32 {
        column source: &'static str = "page",
        0 "Waiting" | WAITING: "The resource is waiting for another resource to be finished before BigML.io can start processing it." => pending,
        1 "Queued" | QUEUED: "The task that is going to create the resource has been accepted but has been queued because there are other tasks using the system." => pending,
        2 "Started" | STARTED: "The task to create the resource has been started and you should expect partial results soon." => pending,
        3 "In Progress" | IN_PROGRESS: "The task has computed the first partial resource but still needs to do more computations." => pending,
        4 "Summarized" | SUMMARIZED: "This status is specific to datasets. It happens when the dataset has been computed but its data has not been serialized yet. The dataset is final but you cannot use it yet to create a model or if you use it the model will be waiting until the dataset is finished." => pending,
        5 "Finished" | FINISHED: "The task is completed and the resource is final." => success,
        // From BigML's Python binding (`UPLOADING = 6`); the page does not list it.
        6 UPLOADING as Uploading => pending { source: "sdk" },
        -1 "Faulty" | FAULTY: "The task has failed. We either could not process the task as you requested it or have an internal issue." => vendor_error,
        // sic: "This a status".
        -2 "Unknown" | UNKNOWN: "The task has reached a state that we cannot verify at this time. This a status you should never see unless BigML.io suffers a major outage." => unknown,
        // From BigML's Python binding (`RUNNABLE = -3`); the page does not list it.
        -3 RUNNABLE as Runnable => pending { source: "sdk" },
    }
}

codes_macros::status_codes! {
    /// The general error codes of BigML.io ("Error Code Summary"), which any
    /// resource may report; they decode in every resource's context as
    /// [`ErrorCode::General`].
    ///
    /// Class: client error (unauthorized, credits, quotas, missing or invalid
    /// parameters: the request must change), except "Too many tasks", retry.
    #[codes(vendor = "BigML")]
    pub enum GeneralError: i32 => client_error {
        column source: &'static str = "page",
        -1100 as UnauthorizedUse: "Unauthorized use",
        -1101 as NotEnoughCredits: "Not enough credits",
        -1102 as WrongResource: "Wrong resource",
        // sic: "resourced".
        -1104 as ClonedResourceCannotBePublic: "Cloned resourced cannot be public",
        -1105 as PriceCannotBeChanged: "Price cannot be changed",
        -1107 as TooManyProjects: "Too many projects",
        // Running tasks end: the 402 row asks to "wait until your running
        // tasks complete", so a later retry succeeds.
        -1108 as TooManyTasks: "Too many tasks" => retry,
        -1109 as SubscriptionRequired: "Subscription required",
        -1200 as MissingParameter: "Missing parameter",
        -1201 as InvalidId: "Invalid Id",
        -1203 as FieldError: "Field Error",
        -1204 as BadRequest: "Bad Request",
        -1205 as ValueError: "Value Error",
        -1206 as ValidationError: "Validation Error",
        -1207 as UnsupportedFormat: "Unsupported Format",
        -1208 as InvalidSortError: "Invalid Sort Error",
    }
}

/// The error enum of one kind of resource ([`SourceError`], [`ModelError`],
/// ...), whose codes only mean something about that resource.
pub trait ResourceError: VendorCode<Code = i32> {
    /// The resource whose errors these are.
    const RESOURCE: Resource;
}

/// A BigML.io error code decoded in the context of resource `R`: a general
/// error, or one of `R`'s own (its catch-all holding a code neither table
/// lists).
///
/// ```
/// use codes_vendors::bigml::{ErrorCode, GeneralError, ModelError};
/// use codes_vendors::Class;
///
/// fn next_step(code: i32) -> &'static str {
///     match ErrorCode::<ModelError>::from_code(code) {
///         ErrorCode::General(GeneralError::TooManyTasks) => "retry later",
///         ErrorCode::General(_) => "fix the request",
///         ErrorCode::Resource(ModelError::DatasetNotReady) => "wait for the dataset",
///         ErrorCode::Resource(error) if error.class() == Class::Retry => "retry later",
///         ErrorCode::Resource(_) => "give up",
///     }
/// }
/// assert_eq!(next_step(-4000), "wait for the dataset");
/// assert_eq!(next_step(-40021), "retry later");
/// assert_eq!(next_step(-1108), "retry later");
/// assert_eq!(next_step(-1201), "fix the request");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorCode<R> {
    /// A general error code, which any resource may report.
    General(GeneralError),
    /// An error code of resource `R`, or a code no table lists.
    Resource(R),
}

impl<R: ResourceError> ErrorCode<R> {
    /// The resource in whose context codes are decoded.
    pub const RESOURCE: Resource = R::RESOURCE;

    /// The value for `code`: a general error if the general table lists it,
    /// else `R`'s value (a listed error or its catch-all). Never fails and
    /// never loses the code.
    #[must_use]
    pub fn from_code(code: i32) -> Self {
        match GeneralError::try_from_code(code) {
            Ok(general) => Self::General(general),
            Err(_) => Self::Resource(R::from_code(code)),
        }
    }

    /// The value for `code` if the general table or `R`'s lists it.
    ///
    /// # Errors
    ///
    /// An error naming BigML and the code when neither lists `code`.
    pub fn try_from_code(code: i32) -> Result<Self, UnknownCode<i32>> {
        let value = Self::from_code(code);
        if value.is_known() {
            Ok(value)
        } else {
            Err(UnknownCode::new(GeneralError::VENDOR, code))
        }
    }

    /// The numeric code, as BigML.io sends it.
    #[must_use]
    pub fn code(self) -> i32 {
        match self {
            Self::General(general) => general.code(),
            Self::Resource(error) => error.code(),
        }
    }

    /// What the code asks of the client.
    #[must_use]
    pub fn class(self) -> Class {
        match self {
            Self::General(general) => general.class(),
            Self::Resource(error) => error.class(),
        }
    }

    /// BigML.io's description of the code; `None` for unknown codes.
    #[must_use]
    pub fn description(self) -> Option<&'static str> {
        match self {
            Self::General(general) => general.description(),
            Self::Resource(error) => error.description(),
        }
    }

    /// `true` when the general table or `R`'s lists the code.
    #[must_use]
    pub fn is_known(self) -> bool {
        match self {
            Self::General(_) => true,
            Self::Resource(error) => error.is_known(),
        }
    }

    /// The code's row seen without its type; `None` for unknown codes.
    #[must_use]
    pub fn entry(self) -> Option<Entry> {
        match self {
            Self::General(general) => Entry::of(general),
            Self::Resource(error) => Entry::of(error),
        }
    }
}

impl<R: ResourceError> fmt::Display for ErrorCode<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::General(general) => fmt::Display::fmt(general, f),
            Self::Resource(error) => fmt::Display::fmt(error, f),
        }
    }
}

impl<R: ResourceError> core::error::Error for ErrorCode<R> {}

impl<R: ResourceError> From<i32> for ErrorCode<R> {
    fn from(code: i32) -> Self {
        Self::from_code(code)
    }
}

impl<R: ResourceError> From<ErrorCode<R>> for i32 {
    fn from(code: ErrorCode<R>) -> Self {
        code.code()
    }
}

#[cfg(feature = "serde")]
impl<R: ResourceError> serde::Serialize for ErrorCode<R> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.code())
    }
}

#[cfg(feature = "serde")]
impl<'de, R: ResourceError> serde::Deserialize<'de> for ErrorCode<R> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_code)
    }
}
