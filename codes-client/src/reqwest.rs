//! From a [`reqwest::Response`] to a vendor's decoded body and its
//! [`Decision`], in one call (feature `reqwest`).
//!
//! [`receive`] reads the whole body and hands it, with the HTTP status and
//! headers, to any table's `decode` function; [`clarifai`], [`bigml`],
//! [`seven_bridges`] and [`modelarts`] call the vendors' entry points. The
//! result, a [`Received`], keeps the status, the headers and the raw body
//! bytes next to the decoded body (or the [`DecodeError`]), so a client can
//! log or re-read what the vendor sent.
//!
//! ```no_run
//! # async fn run() -> Result<(), reqwest::Error> {
//! use codes_client::Decides;
//! use codes_vendors::Decision;
//!
//! let response = reqwest::get("http://127.0.0.1:8080/v2/models/general/outputs").await?;
//! let received = codes_client::reqwest::clarifai(response).await?;
//! match received.decision() {
//!     Decision::Done => println!("{:?}", received.decoded.as_ref().ok().and_then(|d| d.body.as_ref())),
//!     Decision::Retry { after } => println!("retry after {after:?}"),
//!     other => println!("{other}: {}", String::from_utf8_lossy(&received.body)),
//! }
//! # Ok(()) }
//! ```

use bytes::Bytes;
use codes_core::{Decide, Decision, UnixTime, Verdict};
use codes_vendors::response::{DecodeError, Decoded, RawResponse};
use http::{HeaderMap, StatusCode};

use crate::Decides;

/// A response as received, with its body decoded by a vendor's entry point.
#[derive(Debug)]
pub struct Received<B> {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response's headers.
    pub headers: HeaderMap,
    /// The body's bytes, as received.
    pub body: Bytes,
    /// The decoded body and its verdict, or what was wrong with the body
    /// (which still carries what the status and headers decide).
    pub decoded: Result<Decoded<B>, DecodeError>,
}

impl<B> Received<B> {
    /// The decision and what decided it, from the decoded body or, when the
    /// body did not decode, from the HTTP status and headers.
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        match &self.decoded {
            Ok(decoded) => decoded.verdict,
            Err(error) => error.verdict(),
        }
    }

    /// The decoded body, when there was one and it decoded.
    #[must_use]
    pub fn decoded_body(&self) -> Option<&B> {
        self.decoded.as_ref().ok().and_then(|d| d.body.as_ref())
    }

    /// The decoded body, taken out, when there was one and it decoded.
    #[must_use]
    pub fn into_body(self) -> Option<B> {
        self.decoded.ok().and_then(|d| d.body)
    }
}

impl<B> Decides for Received<B> {
    fn decision(&self) -> Decision {
        self.verdict().decision
    }
}

/// A transport failure (connection refused, reset, timed out) is worth a
/// retry; any other `reqwest` error (a bad URL, a redirect loop, a body that
/// could not be built) is not decided by anything here.
///
/// Every error in sending the request (`is_request`) counts as a transport
/// failure. That is broader than reqwest-retry's default classifier, which
/// `reqwest_retry::DecisionStrategy` uses for errors: it retries a request
/// error only when hyper saw an incomplete message, a cancelled connection,
/// or a connection reset or aborted, and treats the others as fatal.
impl Decides for reqwest::Error {
    fn decision(&self) -> Decision {
        if self.is_connect() || self.is_timeout() || self.is_request() {
            Decision::Retry { after: None }
        } else {
            Decision::Unknown
        }
    }
}

/// Reads `response`'s body and decodes it with `decode`, any table's entry
/// point (a closure from a [`RawResponse`] to its [`Decoded`] body), at the
/// time of the system clock (to turn a `Retry-After` date or a rate-limit
/// reset into a delay).
///
/// ```no_run
/// # async fn run(response: reqwest::Response) -> Result<(), reqwest::Error> {
/// use codes_vendors::{bigml, bigml::Resource};
///
/// let received = codes_client::reqwest::receive(response, |raw| {
///     bigml::decode(raw, Some(Resource::Model))
/// })
/// .await?;
/// println!("{}", received.verdict());
/// # Ok(()) }
/// ```
///
/// # Errors
///
/// The `reqwest` error when the body could not be read; a body that is not
/// the vendor's is no error here but a [`Received::decoded`] error.
pub async fn receive<B, F>(
    response: reqwest::Response,
    decode: F,
) -> Result<Received<B>, reqwest::Error>
where
    F: FnOnce(&RawResponse<'_, HeaderMap>) -> Result<Decoded<B>, DecodeError>,
{
    receive_at(response, crate::now(), decode).await
}

/// [`receive`] at a given time (`None`: an HTTP-date gives a retry with no
/// delay).
///
/// # Errors
///
/// The `reqwest` error when the body could not be read.
pub async fn receive_at<B, F>(
    response: reqwest::Response,
    now: Option<UnixTime>,
    decode: F,
) -> Result<Received<B>, reqwest::Error>
where
    F: FnOnce(&RawResponse<'_, HeaderMap>) -> Result<Decoded<B>, DecodeError>,
{
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.bytes().await?;
    Ok(decode_parts(status, headers, body, now, decode))
}

/// Decodes a response already read into its parts (for a blocking client,
/// a middleware, or a body read some other way).
///
/// ```
/// use codes_client::reqwest::decode_parts;
/// use codes_vendors::{clarifai, Decision};
/// use http::{HeaderMap, StatusCode};
///
/// let received = decode_parts(
///     StatusCode::OK,
///     HeaderMap::new(),
///     bytes::Bytes::from_static(br#"{"status": {"code": 21100}}"#),
///     None,
///     |raw| clarifai::decode(raw),
/// );
/// assert_eq!(received.verdict().decision, Decision::Done); // MODEL_TRAINED
/// ```
pub fn decode_parts<B, F>(
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    now: Option<UnixTime>,
    decode: F,
) -> Received<B>
where
    F: FnOnce(&RawResponse<'_, HeaderMap>) -> Result<Decoded<B>, DecodeError>,
{
    let mut raw = RawResponse::new(Some(status.as_u16()), &body).with_headers(&headers);
    if let Some(now) = now {
        raw = raw.at(now);
    }
    let decoded = decode(&raw);
    Received {
        status,
        headers,
        body,
        decoded,
    }
}

/// One function a vendor whose responses are JSON bodies, over its entry
/// point: `vendor_function!(async|blocking module "Name" body Type, args)`.
/// A vendor without bodies (gRPC) has none.
macro_rules! vendor_function {
    ($mode:ident $module:ident $name:literal) => {};
    (async $module:ident $name:literal body $body:ty $(, $arg:ident: $ty:ty)?) => {
        #[doc = concat!(
            "A ", $name, " response ([`codes_vendors::", stringify!($module), "::decode`]",
            $(", about `", stringify!($arg), "`",)? ")."
        )]
        ///
        /// # Errors
        ///
        /// The `reqwest` error when the body could not be read.
        pub async fn $module(
            response: reqwest::Response,
            $($arg: $ty,)?
        ) -> Result<Received<$body>, reqwest::Error> {
            receive(response, |raw| codes_vendors::$module::decode(raw, $($arg)?)).await
        }
    };
    (blocking $module:ident $name:literal body $body:ty $(, $arg:ident: $ty:ty)?) => {
        #[doc = concat!(
            "A ", $name, " response ([`codes_vendors::", stringify!($module), "::decode`]",
            $(", about `", stringify!($arg), "`",)? ")."
        )]
        ///
        /// # Errors
        ///
        /// The `reqwest` error when the body could not be read.
        pub fn $module(
            response: reqwest::blocking::Response,
            $($arg: $ty,)?
        ) -> Result<Received<$body>, reqwest::Error> {
            receive(response, |raw| codes_vendors::$module::decode(raw, $($arg)?))
        }
    };
}

/// [`vendor_function`]'s async functions, one a vendor of codes-vendors' list.
macro_rules! async_functions {
    ($($variant:ident $module:ident $id:literal $name:literal $shape:literal ($($decode:tt)*),)*) => {
        $(vendor_function!(async $module $name $($decode)*);)*
    };
}

codes_vendors::__for_each_vendor!(async_functions);

/// A response whose body is not read yet: its HTTP status by RFC 9110 and
/// its `Retry-After` (what a middleware or a `tower` layer can see).
impl Decides for reqwest::Response {
    fn decision(&self) -> Decision {
        decide_head(self, |status| Decide::new().http_status(status))
    }
}

/// What a response whose body is not read yet decides: its HTTP status, as
/// `http` reads it, and its `Retry-After`, at the system clock's time.
pub(crate) fn decide_head(
    response: &reqwest::Response,
    http: impl FnOnce(u16) -> Decide,
) -> Decision {
    http(response.status().as_u16())
        .headers(response.headers(), crate::now())
        .decide()
        .decision
}

/// The same from a blocking client (feature `blocking`): the body is read
/// on the calling thread.
///
/// ```no_run
/// use codes_client::Decides;
///
/// let response = reqwest::blocking::get("http://127.0.0.1:8080/v2/models/m1").unwrap();
/// let received = codes_client::reqwest::blocking::clarifai(response).unwrap();
/// println!("{}", received.decision());
/// ```
#[cfg(feature = "blocking")]
pub mod blocking {
    use super::{DecodeError, Decoded, HeaderMap, RawResponse, Received, decode_parts};

    /// Reads `response`'s body and decodes it with `decode` (any table's
    /// entry point), at the time of the system clock.
    ///
    /// # Errors
    ///
    /// The `reqwest` error when the body could not be read.
    pub fn receive<B, F>(
        response: reqwest::blocking::Response,
        decode: F,
    ) -> Result<Received<B>, reqwest::Error>
    where
        F: FnOnce(&RawResponse<'_, HeaderMap>) -> Result<Decoded<B>, DecodeError>,
    {
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes()?;
        Ok(decode_parts(status, headers, body, crate::now(), decode))
    }

    /// [`vendor_function`]'s blocking functions, one a vendor of
    /// codes-vendors' list.
    macro_rules! blocking_functions {
        ($($variant:ident $module:ident $id:literal $name:literal $shape:literal ($($decode:tt)*),)*) => {
            $(vendor_function!(blocking $module $name $($decode)*);)*
        };
    }

    codes_vendors::__for_each_vendor!(blocking_functions);
}
