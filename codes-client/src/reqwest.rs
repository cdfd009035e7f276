//! From a [`reqwest::Response`] to a vendor's decoded body and its
//! [`Decision`], in one call (feature `reqwest`).
//!
//! [`receive`] reads the body and hands it, with the HTTP status and
//! headers, to any table's `decode` function; [`clarifai`], [`bigml`],
//! [`seven_bridges`] and [`modelarts`] call the vendors' entry points. The
//! result, a [`Received`], keeps the status, the headers and the raw body
//! bytes next to the decoded body (or the [`BodyError`]), so a client can
//! log or re-read what the vendor sent.
//!
//! Every one of them reads at most [`BODY_LIMIT`] (4 MiB) of the body, as
//! a stream: a longer body is not decoded but is a [`BodyError::TooLarge`],
//! which still carries what the HTTP status and headers decide, and the
//! connection is dropped rather than read to its end.
//! [`receive_with`] reads with another limit, or at a given time
//! ([`ReadOptions`]).
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

use core::fmt;

use bytes::{Bytes, BytesMut};
use codes_core::{Decide, Decision, UnixTime, Verdict};
use codes_vendors::response::{DecodeError, Decoded, RawResponse};
use http::{HeaderMap, StatusCode};

use crate::Decides;
use crate::guard::RetryCause;

/// A response as received, with its body decoded by a vendor's entry point.
#[derive(Debug)]
pub struct Received<B> {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response's headers.
    pub headers: HeaderMap,
    /// The body's bytes, as received: the first `limit` of them when the
    /// body was longer ([`BodyError::TooLarge`]).
    pub body: Bytes,
    /// The decoded body and its verdict, or what was wrong with the body
    /// (which still carries what the status and headers decide).
    pub decoded: Result<Decoded<B>, BodyError>,
}

/// The most bytes of a body that [`receive`], the vendors' functions and the
/// blocking ones read: 4 MiB.
///
/// Vendors' JSON status bodies are kilobytes (a status, a resource's
/// description, a page of results): a body past megabytes is something
/// else (a proxy's stream, a misdirected download, a server gone wrong),
/// and reading it whole would hold all of it in the client's memory before
/// anything could decide. A response that is legitimately larger (a
/// prediction returning images or many embeddings) is read with
/// [`receive_with`] and a limit of its own.
pub const BODY_LIMIT: usize = 4 * 1024 * 1024;

/// How [`receive_with`] (and `blocking::receive_with`) read a response: how
/// much of its body, and at what time.
///
/// ```
/// use codes_client::reqwest::{ReadOptions, BODY_LIMIT};
/// use codes_vendors::UnixTime;
///
/// let options = ReadOptions::new().limit(64 << 20).at(UnixTime(1_700_000_000));
/// assert_eq!(options.limit, 64 << 20);
/// assert_eq!(ReadOptions::default().limit, BODY_LIMIT);
/// assert_eq!(ReadOptions::default().now, None); // the system clock's time
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReadOptions {
    /// The most bytes of the body read ([`BODY_LIMIT`] by default): a
    /// longer body is a [`BodyError::TooLarge`], with its first `limit`
    /// bytes in [`Received::body`], and the rest is never read.
    pub limit: usize,
    /// The time that turns a `Retry-After` date or a rate-limit reset into a
    /// delay: `None` (the default) for the system clock's when the body has
    /// been read.
    pub now: Option<UnixTime>,
}

impl ReadOptions {
    /// [`BODY_LIMIT`], at the system clock's time.
    #[must_use]
    pub const fn new() -> ReadOptions {
        ReadOptions {
            limit: BODY_LIMIT,
            now: None,
        }
    }

    /// The same, reading at most `limit` bytes of the body.
    #[must_use]
    pub const fn limit(mut self, limit: usize) -> ReadOptions {
        self.limit = limit;
        self
    }

    /// The same, at the time `now` rather than the system clock's.
    #[must_use]
    pub const fn at(mut self, now: UnixTime) -> ReadOptions {
        self.now = Some(now);
        self
    }

    /// The time a response is decided at.
    fn now(self) -> Option<UnixTime> {
        self.now.or_else(crate::now)
    }
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions::new()
    }
}

/// What was wrong with a response's body; either way it still carries what
/// the HTTP status and headers decide ([`BodyError::verdict`]).
#[derive(Debug)]
pub enum BodyError {
    /// The body is not the vendor's (not JSON, not its shape).
    Decode(DecodeError),
    /// The body is longer than the limit it was read with: it was not
    /// decoded, and not read past the limit.
    TooLarge(TooLarge),
}

impl BodyError {
    /// What the HTTP status and headers decide without the body.
    #[must_use]
    pub const fn verdict(&self) -> Verdict {
        match self {
            BodyError::Decode(error) => error.verdict(),
            BodyError::TooLarge(too_large) => too_large.verdict,
        }
    }
}

impl From<DecodeError> for BodyError {
    fn from(error: DecodeError) -> BodyError {
        BodyError::Decode(error)
    }
}

impl fmt::Display for BodyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodyError::Decode(error) => error.fmt(f),
            BodyError::TooLarge(too_large) => too_large.fmt(f),
        }
    }
}

impl std::error::Error for BodyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BodyError::Decode(error) => Some(error),
            BodyError::TooLarge(_) => None,
        }
    }
}

impl Decides for BodyError {
    fn decision(&self) -> Decision {
        self.verdict().decision
    }

    fn retry_cause(&self) -> RetryCause {
        RetryCause::of_verdict(self.verdict())
    }
}

/// A body longer than the limit it was read with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooLarge {
    /// The limit, in bytes: the body had more.
    pub limit: usize,
    /// What the vendor's `decode` makes of the HTTP status and headers
    /// alone (as of a response with no body).
    pub verdict: Verdict,
}

impl fmt::Display for TooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "body too large: over {} bytes", self.limit)
    }
}

impl std::error::Error for TooLarge {}

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

/// A retry's cause is read from the HTTP status and the verdict
/// ([`RetryCause::of_http`]).
impl<B> Decides for Received<B> {
    fn decision(&self) -> Decision {
        self.verdict().decision
    }

    fn retry_cause(&self) -> RetryCause {
        RetryCause::of_http(self.status.as_u16(), self.verdict())
    }

    fn basis(&self) -> Option<codes_core::Basis> {
        Some(self.verdict().basis)
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
///
/// A connection that failed ([`is_connect`](reqwest::Error::is_connect),
/// a connect timeout too) never sent the request:
/// [`RetryCause::NotSent`]. A timeout or another error in sending may have
/// come after the request left: [`RetryCause::Lost`].
impl Decides for reqwest::Error {
    fn decision(&self) -> Decision {
        if self.is_connect() || self.is_timeout() || self.is_request() {
            Decision::Retry { after: None }
        } else {
            Decision::Unknown
        }
    }

    fn retry_cause(&self) -> RetryCause {
        if self.is_connect() {
            RetryCause::NotSent
        } else if self.is_timeout() || self.is_request() {
            RetryCause::Lost
        } else {
            RetryCause::Unclear
        }
    }
}

/// Reads `response`'s body, at most [`BODY_LIMIT`] of it, and decodes it
/// with `decode`, any table's entry point (a closure from a [`RawResponse`]
/// to its [`Decoded`] body), at the time of the system clock (to turn a
/// `Retry-After` date or a rate-limit reset into a delay).
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
/// the vendor's, or is longer than the limit, is no error here but a
/// [`Received::decoded`] error.
pub async fn receive<B, F>(
    response: reqwest::Response,
    decode: F,
) -> Result<Received<B>, reqwest::Error>
where
    F: FnOnce(&RawResponse<'_, HeaderMap>) -> Result<Decoded<B>, DecodeError>,
{
    receive_with(response, ReadOptions::new(), decode).await
}

/// [`receive`] as `options` say: another limit on the body, or a given time.
///
/// ```no_run
/// # async fn run(response: reqwest::Response) -> Result<(), reqwest::Error> {
/// use codes_client::reqwest::{receive_with, BodyError, ReadOptions};
/// use codes_vendors::clarifai;
///
/// // A prediction that returns images: up to 64 MiB.
/// let options = ReadOptions::new().limit(64 << 20);
/// let received = receive_with(response, options, |raw| clarifai::decode(raw)).await?;
/// if let Err(BodyError::TooLarge(too_large)) = &received.decoded {
///     eprintln!("{too_large}; the status says {}", too_large.verdict);
/// }
/// # Ok(()) }
/// ```
///
/// # Errors
///
/// The `reqwest` error when the body could not be read.
pub async fn receive_with<B, F>(
    mut response: reqwest::Response,
    options: ReadOptions,
    decode: F,
) -> Result<Received<B>, reqwest::Error>
where
    F: FnOnce(&RawResponse<'_, HeaderMap>) -> Result<Decoded<B>, DecodeError>,
{
    let limit = options.limit;
    let status = response.status();
    let headers = response.headers().clone();
    let mut body = BytesMut::with_capacity(capacity(response.content_length(), limit));
    let mut over = false;
    while let Some(chunk) = response.chunk().await? {
        let room = limit - body.len();
        if chunk.len() > room {
            body.extend_from_slice(&chunk[..room]);
            over = true;
            break;
        }
        body.extend_from_slice(&chunk);
    }
    // Dropping the response unread closes its connection.
    drop(response);
    let read = Read {
        body: body.freeze(),
        over: over.then_some(limit),
    };
    Ok(decode_read(status, headers, read, options.now(), decode))
}

/// What to reserve for a body of `length` (as the response says) read up
/// to `limit`.
fn capacity(length: Option<u64>, limit: usize) -> usize {
    length.map_or(0, |length| {
        usize::try_from(length).map_or(limit, |length| length.min(limit))
    })
}

/// A body as read: its bytes, and the limit it was over, if it was.
struct Read {
    body: Bytes,
    over: Option<usize>,
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
    decode_read(status, headers, Read { body, over: None }, now, decode)
}

/// [`decode_parts`] of a body read up to a limit: one over it is decoded as
/// no body, for what the status and headers decide, and is
/// [`BodyError::TooLarge`].
fn decode_read<B, F>(
    status: StatusCode,
    headers: HeaderMap,
    read: Read,
    now: Option<UnixTime>,
    decode: F,
) -> Received<B>
where
    F: FnOnce(&RawResponse<'_, HeaderMap>) -> Result<Decoded<B>, DecodeError>,
{
    let body = if read.over.is_some() {
        &[][..]
    } else {
        &read.body
    };
    let mut raw = RawResponse::new(Some(status.as_u16()), body).with_headers(&headers);
    if let Some(now) = now {
        raw = raw.at(now);
    }
    let decoded = decode(&raw);
    let decoded = match read.over {
        None => decoded.map_err(BodyError::Decode),
        Some(limit) => Err(BodyError::TooLarge(TooLarge {
            limit,
            verdict: decoded.map_or_else(|error| error.verdict(), |decoded| decoded.verdict),
        })),
    };
    Received {
        status,
        headers,
        body: read.body,
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
        #[doc = concat!(
            "Reads at most [`BODY_LIMIT`]; for another limit, [`receive_with`] with `|raw| codes_vendors::",
            stringify!($module), "::decode(raw", $(", ", stringify!($arg),)? ")`."
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
        #[doc = concat!(
            "Reads at most [`BODY_LIMIT`](super::BODY_LIMIT); for another limit, [`receive_with`] with `|raw| codes_vendors::",
            stringify!($module), "::decode(raw", $(", ", stringify!($arg),)? ")`."
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

    fn retry_cause(&self) -> RetryCause {
        head_cause(self, self.decision())
    }
}

/// The cause of a retry decided from a response's status and headers.
pub(crate) fn head_cause(response: &reqwest::Response, decision: Decision) -> RetryCause {
    let verdict = Verdict {
        decision,
        basis: codes_core::Basis::HttpStatus,
    };
    RetryCause::of_http(response.status().as_u16(), verdict)
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
    use std::io;

    use super::{
        DecodeError, Decoded, HeaderMap, RawResponse, Read, ReadOptions, Received, capacity,
        decode_read,
    };

    /// Reads `response`'s body, at most [`BODY_LIMIT`](super::BODY_LIMIT) of it, and decodes
    /// it with `decode` (any table's entry point), at the time of the
    /// system clock.
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
        receive_with(response, ReadOptions::new(), decode)
    }

    /// [`receive`] as `options` say: another limit on the body, or a given
    /// time.
    ///
    /// # Errors
    ///
    /// The `reqwest` error when the body could not be read.
    pub fn receive_with<B, F>(
        mut response: reqwest::blocking::Response,
        options: ReadOptions,
        decode: F,
    ) -> Result<Received<B>, reqwest::Error>
    where
        F: FnOnce(&RawResponse<'_, HeaderMap>) -> Result<Decoded<B>, DecodeError>,
    {
        let limit = options.limit;
        let status = response.status();
        let headers = response.headers().clone();
        let mut body = Capped {
            bytes: Vec::with_capacity(capacity(response.content_length(), limit)),
            limit,
            over: false,
        };
        // `copy_to`, not `Read::take`: it reads through a small buffer as
        // `take` would, and its errors stay `reqwest::Error`s. The writer
        // refusing past the limit ends the copy with an error that is no
        // failure.
        if let Err(error) = response.copy_to(&mut body) {
            if !body.over {
                return Err(error);
            }
        }
        drop(response);
        let read = Read {
            over: body.over.then_some(limit),
            body: body.bytes.into(),
        };
        Ok(decode_read(status, headers, read, options.now(), decode))
    }

    /// A writer that keeps at most `limit` bytes and refuses the rest.
    struct Capped {
        bytes: Vec<u8>,
        limit: usize,
        /// Whether it was offered more than `limit`.
        over: bool,
    }

    impl io::Write for Capped {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            let room = self.limit - self.bytes.len();
            if buf.len() > room {
                self.bytes.extend_from_slice(&buf[..room]);
                self.over = true;
                return Err(io::Error::other("the body is over the limit"));
            }
            self.bytes.extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
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
