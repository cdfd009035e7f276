//! What every vendor's entry point takes and gives (feature `serde`): a
//! [`RawResponse`] (HTTP status, headers, body bytes) in, a [`Decoded`] body
//! with its [`Verdict`] out, or a [`DecodeError`] that says what was wrong
//! and where.
//!
//! Each vendor module has one entry point, `decode`:
//! [`clarifai::decode`](crate::clarifai::decode),
//! [`bigml::decode`](crate::bigml::decode) (in a resource's context),
//! [`seven_bridges::decode`](crate::seven_bridges::decode) and
//! [`modelarts::decode`](crate::modelarts::decode) (gRPC's table has none:
//! its code is the call's status). [`RawResponse::decide`] and
//! [`RawResponse::body`], which each of them starts with, serve a table of
//! your own alike. The rules of the decision
//! are [`codes_core::decision`]'s; each entry point's documentation says
//! what of its vendor's body feeds them.

use core::fmt;

use codes_core::{Decide, Headers, NoHeaders, Rule, UnixTime, Verdict};

/// A response as the client received it: its HTTP status (when there is
/// one), its headers, its body's bytes, and the current time (to turn a
/// `Retry-After` date or a rate-limit reset into a delay).
///
/// ```
/// use codes_vendors::response::RawResponse;
/// use codes_vendors::UnixTime;
///
/// let headers = [("Retry-After", "30")];
/// let response = RawResponse::new(Some(429), b"{}")
///     .with_headers(&headers)
///     .at(UnixTime(1_700_000_000));
/// assert_eq!(response.status, Some(429));
/// ```
#[derive(Debug)]
pub struct RawResponse<'a, H: Headers + ?Sized = NoHeaders> {
    /// The HTTP status, when the body came with one.
    pub status: Option<u16>,
    /// The response's headers.
    pub headers: &'a H,
    /// The body, as received. An empty (or all-whitespace) body is no body:
    /// the HTTP status and headers decide alone.
    pub body: &'a [u8],
    /// The current time, to resolve retry times into delays.
    pub now: Option<UnixTime>,
    /// The client's own rules ([`Rule`]), which decide before the tables.
    pub rules: &'static [Rule],
}

// By hand: a response holds its headers by reference, so it is `Copy`
// whatever they are (the derive would ask `H: Copy`).
impl<H: Headers + ?Sized> Clone for RawResponse<'_, H> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<H: Headers + ?Sized> Copy for RawResponse<'_, H> {}

impl<'a> RawResponse<'a> {
    /// A response with this status and body, no headers, and no current
    /// time.
    #[must_use]
    pub const fn new(status: Option<u16>, body: &'a [u8]) -> RawResponse<'a> {
        RawResponse {
            status,
            headers: &NoHeaders,
            body,
            now: None,
            rules: &[],
        }
    }
}

impl<'a, H: Headers + ?Sized> RawResponse<'a, H> {
    /// The same response with these headers.
    #[must_use]
    pub fn with_headers<H2: Headers + ?Sized>(self, headers: &'a H2) -> RawResponse<'a, H2> {
        RawResponse {
            status: self.status,
            headers,
            body: self.body,
            now: self.now,
            rules: self.rules,
        }
    }

    /// The same response, decided with the client's own `rules` first
    /// ([`Rule`]: "this code is a retry", without redeclaring the table).
    ///
    /// ```
    /// use codes_vendors::clarifai::{self, Clarifai};
    /// use codes_vendors::response::RawResponse;
    /// use codes_vendors::{Basis, Class, Decision, Rule};
    /// use std::sync::LazyLock;
    ///
    /// // This client retries Clarifai's MODEL_DOES_NOT_EXIST under HTTP 404 (its
    /// // models appear a moment after they are created).
    /// static RULES: LazyLock<[Rule; 1]> =
    ///     LazyLock::new(|| [Rule::of(Clarifai::ModelDoesNotExist, Class::Retry).when_http(404)]);
    ///
    /// let body = br#"{"status": {"code": 21200}}"#;
    /// let raw = RawResponse::new(Some(404), body).with_rules(&*RULES);
    /// let verdict = clarifai::decode(&raw).unwrap().verdict;
    /// assert_eq!((verdict.decision, verdict.basis), (Decision::Retry { after: None }, Basis::Rule));
    /// ```
    #[must_use]
    pub const fn with_rules(mut self, rules: &'static [Rule]) -> Self {
        self.rules = rules;
        self
    }

    /// The same response, received at `now`.
    #[must_use]
    pub fn at(mut self, now: UnixTime) -> Self {
        self.now = Some(now);
        self
    }

    /// `true` when the body holds nothing but whitespace.
    #[must_use]
    pub fn body_is_empty(&self) -> bool {
        self.body.iter().all(u8::is_ascii_whitespace)
    }

    /// A [`Decide`] fed with this response's HTTP status (read by RFC 9110)
    /// and `Retry-After`: where a vendor's `decode` starts, before the body's
    /// codes.
    #[must_use]
    pub fn decide(&self) -> Decide {
        let decide = Decide::new()
            .rules(self.rules)
            .headers(self.headers, self.now);
        match self.status {
            Some(status) => decide.http_status(status),
            None => decide,
        }
    }

    /// Decodes the body, a JSON object, as `T`: `None` for an empty body,
    /// else `T`, or a [`DecodeError`] naming `vendor` that carries
    /// `fallback`'s decision (what is known without a body). Every vendor's
    /// `decode` starts with it, and so can one for a table of your own:
    ///
    /// ```
    /// use codes_vendors::response::RawResponse;
    /// use codes_vendors::Decision;
    ///
    /// #[derive(serde::Deserialize)]
    /// struct Body {
    ///     code: u32,
    /// }
    ///
    /// let raw = RawResponse::new(Some(503), b"<html>busy</html>");
    /// let error = raw.body::<Body>("Acme", raw.decide()).err().unwrap();
    /// assert_eq!(error.verdict().decision, Decision::Retry { after: None });
    ///
    /// let raw = RawResponse::new(Some(404), br#"{"code": 7}"#);
    /// assert_eq!(raw.body::<Body>("Acme", raw.decide()).unwrap().unwrap().code, 7);
    /// ```
    ///
    /// # Errors
    ///
    /// A body that is not a JSON object of `T`'s shape.
    pub fn body<T: serde::de::DeserializeOwned>(
        &self,
        vendor: &'static str,
        fallback: Decide,
    ) -> Result<Option<T>, DecodeError> {
        if self.body_is_empty() {
            return Ok(None);
        }
        let error = |error| DecodeError {
            vendor,
            status: self.status,
            verdict: fallback.decide(),
            error,
        };
        // Every vendor's body is a JSON object; serde would also read a
        // struct from an array of its fields.
        let first = self.body.iter().find(|b| !b.is_ascii_whitespace());
        if first != Some(&b'{') {
            serde_json::from_slice::<Object>(self.body).map_err(error)?;
        }
        serde_json::from_slice(self.body).map(Some).map_err(error)
    }
}

/// Any JSON object, and nothing else: the check that a body is an object
/// before it is read as a vendor's type.
struct Object;

impl<'de> serde::Deserialize<'de> for Object {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Object, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Object;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Object, A::Error> {
                while map
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Object)
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// A decoded response: its body (`None` when it had none) and what the
/// client does next.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded<B> {
    /// The body, decoded; `None` for an empty body.
    pub body: Option<B>,
    /// The decision and what decided it.
    pub verdict: Verdict,
}

impl<B> Decoded<B> {
    /// What the client does next.
    #[must_use]
    pub const fn decision(&self) -> codes_core::Decision {
        self.verdict.decision
    }
}

/// A body that is not the vendor's JSON: what was wrong and where (line and
/// column), and what the HTTP status and headers alone decide, for a client
/// that must act anyway (a proxy's HTML 502 is still a retry).
///
/// ```
/// use codes_vendors::response::RawResponse;
/// use codes_vendors::{clarifai, Decision};
///
/// let error = clarifai::decode(&RawResponse::new(Some(502), b"<html>Bad Gateway</html>")).unwrap_err();
/// assert_eq!(error.to_string(), "not a Clarifai response body: expected value at line 1 column 1");
/// assert_eq!(error.verdict().decision, Decision::Retry { after: None });
/// ```
#[derive(Debug)]
pub struct DecodeError {
    vendor: &'static str,
    status: Option<u16>,
    verdict: Verdict,
    error: serde_json::Error,
}

impl DecodeError {
    /// The vendor whose body was expected.
    #[must_use]
    pub const fn vendor(&self) -> &'static str {
        self.vendor
    }

    /// The response's HTTP status, if it had one.
    #[must_use]
    pub const fn status(&self) -> Option<u16> {
        self.status
    }

    /// What the HTTP status and headers decide without the body.
    #[must_use]
    pub const fn verdict(&self) -> Verdict {
        self.verdict
    }

    /// The line of the body where decoding failed (1-based).
    #[must_use]
    pub fn line(&self) -> usize {
        self.error.line()
    }

    /// The column of that line where decoding failed (1-based).
    #[must_use]
    pub fn column(&self) -> usize {
        self.error.column()
    }

    /// The JSON error itself.
    #[must_use]
    pub const fn json(&self) -> &serde_json::Error {
        &self.error
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a {} response body: {}", self.vendor, self.error)
    }
}

impl core::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// Deserializes a list that may be absent or `null` (protobuf's JSON and
/// older APIs write both) as an empty list.
#[allow(dead_code)] // not by BigML
pub(crate) fn nullable_vec<'de, D, T>(deserializer: D) -> Result<alloc::vec::Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    use serde::Deserialize;
    Ok(Option::<alloc::vec::Vec<T>>::deserialize(deserializer)?.unwrap_or_default())
}

/// What a resource's state says of the work a call started (rule 6 of
/// [`codes_core::decision`]), from its class: pending (queued, training,
/// uploading) is a poll, finished is done, a failure is that failure
/// (`client_error` the request's, `vendor_error` the vendor's); a state
/// that asks for a retry, a redirect, or nothing known (`unknown`) says
/// nothing of the work and is neutral (`None`). Each vendor leaves out, before
/// this, the states its table classes as failures that are not failures of
/// the work (Clarifai's `MODEL_UNTRAINED`).
#[allow(dead_code)] // not by every vendor's feature set
pub(crate) const fn state_decision(class: codes_core::Class) -> Option<codes_core::Decision> {
    use codes_core::{Class, Decision};
    match class {
        Class::Pending | Class::Informational => Some(Decision::Poll),
        Class::Success => Some(Decision::Done),
        Class::ClientError => Some(Decision::FixRequest),
        Class::VendorError => Some(Decision::VendorFailure),
        Class::Retry | Class::Redirect | Class::Unknown => None,
    }
}
