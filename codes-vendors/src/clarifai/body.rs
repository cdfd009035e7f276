//! The `status` object of Clarifai's response bodies (feature `serde`).

use alloc::string::String;

use serde::{Deserialize, Serialize};

use super::Clarifai;

/// The `status` object of a Clarifai response: every endpoint returns "a
/// status code and a description that gives details of the status".
///
/// ```json
/// {
///   "status": {
///     "code": 21200,
///     "description": "Model does not exist",
///     "details": "...",
///     "req_id": "..."
///   },
///   ...
/// }
/// ```
///
/// `code` decodes into [`Clarifai`]: a code the table does not list is kept in
/// [`Clarifai::Unknown`]. Its [`class`](Clarifai::class) is what the client
/// should do (poll, retry, fix the request, report). `description` is required,
/// as the page says every response has one; `details` and `req_id` are kept
/// when the body has them. Fields this type does not know are ignored.
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
/// assert_eq!(status.details, None);
/// assert_eq!(status.req_id.as_deref(), Some("abc123"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Status {
    /// The status code, from the table.
    pub code: Clarifai,
    /// The description of the status, as sent (it may differ from the
    /// table's [`description`](Clarifai::description)).
    pub description: String,
    /// More details of the status, when the body gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// The id of the request, when the body gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub req_id: Option<String>,
}
