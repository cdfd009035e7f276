//! [`Decision`]: what a client does next with a response, from its HTTP
//! status, its vendor code(s), the items of a batch and its headers.
//!
//! A response is decided by [`Decide`], a builder fed with what the response
//! holds. The rules, in order:
//!
//! 0. **The client's own rules** ([`Rule`], given with [`Decide::rules`]):
//!    "this code (under this HTTP status) is a retry", on top of the tables,
//!    decide first ([`Basis::Rule`]), and give an item of a batch its class.
//! 1. **The vendor code decides when its table knows it.** A listed code's
//!    [`class`](crate::VendorCode::class) is the decision
//!    ([`Basis::Code`]). A code the table does not list keeps the class the
//!    table gives the unlisted codes of its group, if it gives one
//!    ([`Basis::Group`]); a [`Class::Unknown`] is "not decided by the table".
//!    A code the table marks generic ([`VendorCode::is_generic`]: a
//!    vendor's catch-all "failure", which says only that the call failed)
//!    yields to anything more specific that says retry: the vendor's
//!    transient signal (rule 2), an HTTP status that retries (429, 502, 503,
//!    504: rule 3), or a `Retry-After` ([`Basis::RetryHint`]).
//! 2. **A vendor's own signal** in the body (BigML's `"type": "transient"`,
//!    ModelArts' `"is_success": false`) decides next ([`Basis::Body`]).
//! 3. **Then the HTTP status**, by its class ([`Basis::HttpStatus`]): the
//!    vendor's HTTP table where it has one ([`Decide::http_code`]), else RFC
//!    9110's ([`Class::for_http_status`]). One exception: when the body
//!    carries a vendor code that nothing above decided, a 2xx does not make
//!    it [`Done`](Decision::Done): a 2xx says the HTTP exchange worked, not
//!    what an unknown code means (Clarifai answers many failures with HTTP
//!    200), so the decision stays [`Unknown`](Decision::Unknown).
//! 4. **Items of a batch** (Clarifai's outputs and inputs, ModelArts'
//!    per-item results, Seven Bridges' bulk records) are decided one by one,
//!    and the response's decision is the most severe of its own and theirs
//!    ([`Decision::combine`]): a failed item inside a 2xx is a failure, a
//!    pending item means poll again ([`Basis::Item`]).
//! 5. **A retry waits as the headers say**: `retry-after-ms` or
//!    `x-ms-retry-after-ms` (milliseconds), else `Retry-After` (delta-seconds
//!    or an HTTP-date, [`RetryAfter`]), else a rate-limit reset a vendor
//!    documents (given with [`Decide::retry_after`]).
//!
//! 6. **A resource's state decides the work the call started**
//!    ([`Verdict::with_states`]): a call that worked (done, or poll) and
//!    returns a resource whose state says the work is pending (queued,
//!    training, uploading) is a poll; one whose state says that work failed
//!    (`MODEL_TRAINING_FAILED`, BigML's faulty) is that failure; a finished
//!    state changes nothing ([`Basis::State`] names the state that decided).
//!    A state outside the call's work stays neutral: the vendors' entry
//!    points do not pass it (a model created untrained has not failed to
//!    train; a prediction's model version is not the prediction's work). A
//!    call that failed, retries or redirects is decided without the states.
//!
//! Nothing here allocates, and no input makes it panic.
//!
//! ```
//! use codes_core::{Decide, Decision, Headers};
//!
//! // HTTP 429, no vendor code, `Retry-After: 120`.
//! let headers: &[(&str, &str)] = &[("retry-after", "120")];
//! let verdict = Decide::new().http_status(429).headers(headers, None).decide();
//! assert_eq!(verdict.decision.retry_after_secs(), Some(120));
//!
//! match verdict.decision {
//!     Decision::Done => { /* use the body */ }
//!     Decision::Poll => { /* ask again later */ }
//!     Decision::Retry { after } => { /* wait `after` (or back off), resend */ }
//!     Decision::Redirect => { /* follow the Location */ }
//!     Decision::FixRequest => { /* change the request */ }
//!     Decision::VendorFailure => { /* report it */ }
//!     Decision::Unknown => { /* nothing decided it: treat as a failure */ }
//! }
//! ```

use core::fmt;
use core::time::Duration;

use crate::{Class, CodeValue, Key, VendorCode};

/// What a client does next with a response.
///
/// Match it exhaustively: every variant is an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decision {
    /// The request succeeded and its work is complete: use the response.
    Done,
    /// Accepted and still in progress (queued, training, downloading, an
    /// interim 1xx): ask again later; the same request will eventually
    /// report something else.
    Poll,
    /// A transient failure (throttled, busy, maintenance, timed out): send
    /// the same request again, after `after` when the response says how long
    /// to wait, else after a backoff of the client's choosing.
    Retry {
        /// How long the response asks the client to wait, from its
        /// `Retry-After` header or a vendor's rate-limit header.
        after: Option<Duration>,
    },
    /// The answer is elsewhere (HTTP 3xx, Clarifai's `MOVED`): follow the
    /// location the response gives.
    Redirect,
    /// The request is wrong and sending it again will fail again: fix it
    /// (parameters, credentials, permissions, quotas, missing resources).
    FixRequest,
    /// The request failed on the vendor's side and nothing says it is
    /// transient: report it; retrying blindly is unlikely to help.
    VendorFailure,
    /// Nothing decided it: a code no table knows with no HTTP status to fall
    /// back on, a 2xx around an unknown code, a failure the vendor does not
    /// classify. Treat it as a failure, never as done and never as a reason
    /// to keep polling.
    Unknown,
}

impl Decision {
    /// The decision a code of `class` asks for: [`Class::Informational`] and
    /// [`Class::Pending`] poll, [`Class::Retry`] retries (no delay known),
    /// [`Class::Unknown`] is [`Decision::Unknown`].
    ///
    /// ```
    /// use codes_core::{Class, Decision};
    /// assert_eq!(Decision::from_class(Class::Pending), Decision::Poll);
    /// assert_eq!(Decision::from_class(Class::Retry), Decision::Retry { after: None });
    /// assert_eq!(Decision::from_class(Class::ClientError), Decision::FixRequest);
    /// ```
    #[must_use]
    pub const fn from_class(class: Class) -> Decision {
        match class {
            Class::Success => Decision::Done,
            Class::Pending | Class::Informational => Decision::Poll,
            Class::Retry => Decision::Retry { after: None },
            Class::Redirect => Decision::Redirect,
            Class::ClientError => Decision::FixRequest,
            Class::VendorError => Decision::VendorFailure,
            Class::Unknown => Decision::Unknown,
        }
    }

    /// How far the decision is from done, for [`combine`](Self::combine):
    /// done, poll, retry, redirect, unknown, vendor failure, fix the request.
    const fn severity(self) -> u8 {
        match self {
            Decision::Done => 0,
            Decision::Poll => 1,
            Decision::Retry { .. } => 2,
            Decision::Redirect => 3,
            Decision::Unknown => 4,
            Decision::VendorFailure => 5,
            Decision::FixRequest => 6,
        }
    }

    /// The decision of a response made of two parts (the request's own
    /// status and an item's, or two items): the more severe one, in the order
    /// done < poll < retry < redirect < unknown < vendor failure < fix the
    /// request. A response is as far from done as its least finished part,
    /// and a failure the client can act on (fix the request) outranks one it
    /// can only report. Two retries wait the longer of their delays.
    ///
    /// ```
    /// use codes_core::Decision;
    /// assert_eq!(Decision::Done.combine(Decision::Poll), Decision::Poll);
    /// assert_eq!(Decision::Poll.combine(Decision::FixRequest), Decision::FixRequest);
    /// assert_eq!(Decision::VendorFailure.combine(Decision::Done), Decision::VendorFailure);
    /// ```
    #[must_use]
    pub fn combine(self, other: Decision) -> Decision {
        match (self, other) {
            (Decision::Retry { after: a }, Decision::Retry { after: b }) => Decision::Retry {
                after: match (a, b) {
                    (Some(a), Some(b)) => Some(if a >= b { a } else { b }),
                    (a, b) => a.or(b),
                },
            },
            _ if other.severity() > self.severity() => other,
            _ => self,
        }
    }

    /// `true` for [`Done`](Self::Done).
    #[must_use]
    pub const fn is_done(self) -> bool {
        matches!(self, Decision::Done)
    }

    /// `true` for [`Poll`](Self::Poll) and [`Retry`](Self::Retry): asking
    /// again may give another answer.
    #[must_use]
    pub const fn asks_again(self) -> bool {
        matches!(self, Decision::Poll | Decision::Retry { .. })
    }

    /// `true` for [`FixRequest`](Self::FixRequest),
    /// [`VendorFailure`](Self::VendorFailure) and [`Unknown`](Self::Unknown).
    #[must_use]
    pub const fn is_failure(self) -> bool {
        matches!(
            self,
            Decision::FixRequest | Decision::VendorFailure | Decision::Unknown
        )
    }

    /// The delay of a [`Retry`](Self::Retry), in whole seconds, when the
    /// response gave one.
    #[must_use]
    pub const fn retry_after_secs(self) -> Option<u64> {
        match self {
            Decision::Retry { after: Some(after) } => Some(after.as_secs()),
            _ => None,
        }
    }

    /// The decision in a few words (`"retry later"`); a retry's delay is
    /// shown by `Display`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Decision::Done => "done",
            Decision::Poll => "poll again",
            Decision::Retry { .. } => "retry later",
            Decision::Redirect => "follow the redirect",
            Decision::FixRequest => "fix the request",
            Decision::VendorFailure => "vendor failure",
            Decision::Unknown => "unknown: treat as a failure",
        }
    }
}

impl Decision {
    /// What a client does on this decision, and why, in a sentence: the one
    /// home of the advice the lookup tool and [`Class::action`] show.
    #[must_use]
    pub const fn advice(self) -> &'static str {
        match self {
            Decision::Done => "done: nothing more to do",
            Decision::Poll => "poll again: the work is still in progress",
            Decision::Retry { .. } => "retry later with backoff: the failure is transient",
            Decision::Redirect => "follow the redirect",
            Decision::FixRequest => "fix the request: sending it again will fail again",
            Decision::VendorFailure => "vendor failure: report it, retrying is unlikely to help",
            Decision::Unknown => "unknown code: treat it as a failure",
        }
    }
}

/// `retry after 120s` for a retry with a delay, else [`as_str`](Decision::as_str).
impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Decision::Retry { after: Some(after) } => {
                write!(f, "retry after {}s", after.as_secs())
            }
            other => f.write_str(other.as_str()),
        }
    }
}

/// What decided a [`Verdict`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basis {
    /// A code the vendor's table lists.
    Code,
    /// A code the table does not list, by the class the table gives the
    /// unlisted codes of its group.
    Group,
    /// A vendor's own signal in the body (BigML's `"type": "transient"`,
    /// ModelArts' `"is_success": false`, a resource status BigML's clients
    /// poll on).
    Body,
    /// The HTTP status.
    HttpStatus,
    /// The server's retry hint: a `Retry-After` that asked for a retry a
    /// generic vendor code did not decide otherwise, or a gRPC server's
    /// pushback that says not to retry.
    RetryHint,
    /// A rule of the client's own ([`Rule`]), which decides before every
    /// rule of the tables.
    Rule,
    /// The item at this index of the batch (in the order the items were
    /// given to [`Decide`]).
    Item(usize),
    /// The state of a resource the response returns, at this path of the
    /// body (`"model_version.status"`), and at this index of the list there
    /// when it is a list (`execution.output_resources[0]`): the work the
    /// call started is not done, or failed ([`Verdict::with_states`]).
    State {
        /// Where the state is in the body, as the vendor names its fields.
        at: &'static str,
        /// The index in the list at `at`, when the states there are a list.
        index: Option<usize>,
    },
    /// Nothing: the decision is [`Decision::Unknown`].
    Nothing,
}

impl fmt::Display for Basis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Basis::Code => f.write_str("the vendor code"),
            Basis::Group => f.write_str("the class of the code's group"),
            Basis::Body => f.write_str("the body"),
            Basis::HttpStatus => f.write_str("the HTTP status"),
            Basis::RetryHint => f.write_str("the server's retry hint"),
            Basis::Rule => f.write_str("the client's rule"),
            Basis::Item(index) => write!(f, "item {index}"),
            Basis::State { at, index: None } => write!(f, "the state at {at}"),
            Basis::State {
                at,
                index: Some(index),
            } => write!(f, "the state at {at}[{index}]"),
            Basis::Nothing => f.write_str("nothing"),
        }
    }
}

/// A [`Decision`] and what decided it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Verdict {
    /// What the client does next.
    pub decision: Decision,
    /// What decided it.
    pub basis: Basis,
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (decided by {})", self.decision, self.basis)
    }
}

impl Verdict {
    /// This verdict with the states of the resources the response returns
    /// (rule 6 of the [module](self)): each state's decision, with the
    /// [`Basis`] that names it (normally [`Basis::State`]). A state decides
    /// only the work the call started, so the states count only when the
    /// call itself worked (this verdict is done or poll); then the verdict
    /// is the most severe of its own decision and the states'
    /// ([`Decision::combine`]), and the first state at that severity is its
    /// basis when a state changed it. A caller passes only the states of the
    /// call's work, and none that is neutral to it.
    ///
    /// ```
    /// use codes_core::{Basis, Decide, Decision};
    ///
    /// let call = Decide::new().http_status(200).decide();
    /// let queued = Basis::State { at: "model_version.status", index: None };
    /// let verdict = call.with_states([(queued, Decision::Poll)]);
    /// assert_eq!((verdict.decision, verdict.basis), (Decision::Poll, queued));
    /// assert_eq!(verdict.to_string(), "poll again (decided by the state at model_version.status)");
    ///
    /// // A call that failed is decided without them.
    /// let failed = Decide::new().http_status(404).decide();
    /// assert_eq!(failed.with_states([(queued, Decision::Poll)]), failed);
    /// ```
    #[must_use]
    pub fn with_states<I: IntoIterator<Item = (Basis, Decision)>>(self, states: I) -> Verdict {
        if !matches!(self.decision, Decision::Done | Decision::Poll) {
            return self;
        }
        states.into_iter().fold(self, |verdict, (basis, state)| {
            let combined = verdict.decision.combine(state);
            if combined == verdict.decision {
                verdict
            } else {
                Verdict {
                    decision: combined,
                    basis,
                }
            }
        })
    }
}

/// A point in time, in whole seconds since the Unix epoch (UTC), to resolve
/// an HTTP-date or a rate-limit reset into a delay.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnixTime(pub u64);

impl UnixTime {
    /// The current time of the system clock (feature `std`); `None` when
    /// the clock is before 1970.
    #[cfg(feature = "std")]
    #[must_use]
    pub fn now() -> Option<UnixTime> {
        extern crate std;
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()
            .map(|since| UnixTime(since.as_secs()))
    }
}

/// When a response asks to be retried: after a delay, or at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RetryAfter {
    /// After this long (`Retry-After: 120`).
    Delay(Duration),
    /// At this time (`Retry-After: Wed, 21 Oct 2015 07:28:00 GMT`, or a
    /// rate-limit reset given as a Unix time).
    At(UnixTime),
}

impl RetryAfter {
    /// Parses a `Retry-After` value (RFC 9110 §10.2.3): delta-seconds (one
    /// or more digits; too large a number saturates) or an HTTP-date in the
    /// preferred IMF-fixdate form (`Sun, 06 Nov 1994 08:49:37 GMT`). Spaces
    /// around the value are ignored; anything else is `None` (the obsolete
    /// RFC 850 and asctime date forms are not accepted).
    ///
    /// ```
    /// use codes_core::{RetryAfter, UnixTime};
    /// use core::time::Duration;
    ///
    /// assert_eq!(RetryAfter::parse("120"), Some(RetryAfter::Delay(Duration::from_secs(120))));
    /// assert_eq!(
    ///     RetryAfter::parse("Wed, 21 Oct 2015 07:28:00 GMT"),
    ///     Some(RetryAfter::At(UnixTime(1_445_412_480)))
    /// );
    /// assert_eq!(RetryAfter::parse("-1"), None);
    /// assert_eq!(RetryAfter::parse("Thu, 21 Oct 2015 07:28:00 GMT"), None); // wrong weekday
    /// ```
    #[must_use]
    pub fn parse(value: &str) -> Option<RetryAfter> {
        let value = value.trim_matches(|c| c == ' ' || c == '\t');
        if let Some(secs) = parse_digits(value) {
            return Some(RetryAfter::Delay(Duration::from_secs(secs)));
        }
        parse_imf_fixdate(value.as_bytes()).map(RetryAfter::At)
    }

    /// Parses a delay in milliseconds (Azure's `retry-after-ms` and
    /// `x-ms-retry-after-ms`): one or more digits, spaces around them
    /// ignored.
    ///
    /// ```
    /// use codes_core::RetryAfter;
    /// use core::time::Duration;
    ///
    /// assert_eq!(RetryAfter::millis("1500"), Some(RetryAfter::Delay(Duration::from_millis(1500))));
    /// assert_eq!(RetryAfter::millis("-5"), None);
    /// ```
    #[must_use]
    pub fn millis(value: &str) -> Option<RetryAfter> {
        parse_digits(value.trim_matches(|c| c == ' ' || c == '\t'))
            .map(|ms| RetryAfter::Delay(Duration::from_millis(ms)))
    }

    /// Parses a rate-limit reset given as a Unix time in seconds (Seven
    /// Bridges' `X-RateLimit-Reset`).
    ///
    /// ```
    /// use codes_core::{RetryAfter, UnixTime};
    /// assert_eq!(RetryAfter::unix_reset("1700000060"), Some(RetryAfter::At(UnixTime(1_700_000_060))));
    /// assert_eq!(RetryAfter::unix_reset("soon"), None);
    /// ```
    #[must_use]
    pub fn unix_reset(value: &str) -> Option<RetryAfter> {
        parse_digits(value.trim_matches(|c| c == ' ' || c == '\t'))
            .map(|secs| RetryAfter::At(UnixTime(secs)))
    }

    /// The delay from `now`: a [`Delay`](Self::Delay) as it is; an
    /// [`At`](Self::At) minus `now` (zero once it has passed), `None` when
    /// `now` is not known.
    #[must_use]
    pub fn delay(self, now: Option<UnixTime>) -> Option<Duration> {
        match self {
            RetryAfter::Delay(delay) => Some(delay),
            RetryAfter::At(at) => now.map(|now| Duration::from_secs(at.0.saturating_sub(now.0))),
        }
    }
}

/// One or more ASCII digits, saturating at `u64::MAX`.
fn parse_digits(value: &str) -> Option<u64> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(value.bytes().fold(0_u64, |acc, b| {
        acc.saturating_mul(10).saturating_add(u64::from(b - b'0'))
    }))
}

/// `Sun, 06 Nov 1994 08:49:37 GMT`, exactly, with a weekday that matches the
/// date; `None` for anything else. A date before 1970 is the epoch.
fn parse_imf_fixdate(s: &[u8]) -> Option<UnixTime> {
    const DAYS: [&[u8; 3]; 7] = [b"Thu", b"Fri", b"Sat", b"Sun", b"Mon", b"Tue", b"Wed"];
    const MONTHS: [&[u8; 3]; 12] = [
        b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov",
        b"Dec",
    ];
    if s.len() != 29
        || &s[3..5] != b", "
        || s[7] != b' '
        || s[11] != b' '
        || s[16] != b' '
        || s[19] != b':'
        || s[22] != b':'
        || &s[25..] != b" GMT"
    {
        return None;
    }
    let num = |range: core::ops::Range<usize>| -> Option<i64> {
        let digits = &s[range];
        digits.iter().try_fold(0_i64, |acc, &b| {
            b.is_ascii_digit().then(|| acc * 10 + i64::from(b - b'0'))
        })
    };
    let weekday = DAYS.iter().position(|d| &s[0..3] == *d)?;
    let day = num(5..7)?;
    let month = MONTHS.iter().position(|m| &s[8..11] == *m)? as i64 + 1;
    let year = num(12..16)?;
    let (hour, minute, second) = (num(17..19)?, num(20..22)?, num(23..25)?);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    // `month` is 1..=12 by construction.
    if day < 1 || day > month_days[(month - 1) as usize] || hour > 23 || minute > 59 || second > 60
    {
        return None;
    }
    let days = days_from_civil(year, month, day);
    // 1970-01-01 was a Thursday, the first of `DAYS`.
    if days.rem_euclid(7) as usize != weekday {
        return None;
    }
    let secs = days * 86_400 + hour * 3_600 + minute * 60 + second;
    Some(UnixTime(u64::try_from(secs).unwrap_or(0)))
}

/// Days from 1970-01-01 to the given proleptic Gregorian date (Howard
/// Hinnant's `days_from_civil`); `month` is 1..=12, `year` 0..=9999.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// A response's headers, looked up by name (case-insensitively), so that
/// the decision needs no HTTP library: implemented for slices and arrays of
/// `(name, value)` pairs (any string types), [`NoHeaders`] and, with the
/// `http` feature, `http::HeaderMap`. Another header type implements it in a
/// few lines.
///
/// ```
/// use codes_core::Headers;
/// let headers = [("Content-Type", "application/json"), ("Retry-After", "30")];
/// assert_eq!(headers.header("retry-after"), Some("30"));
/// let owned = vec![(String::from("X-RateLimit-Reset"), String::from("1700000000"))];
/// assert_eq!(owned.as_slice().header("x-ratelimit-reset"), Some("1700000000"));
/// ```
pub trait Headers {
    /// The value of the first header called `name` (ASCII case-insensitive),
    /// if it has one that is text.
    fn header(&self, name: &str) -> Option<&str>;
}

/// No headers at all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NoHeaders;

impl Headers for NoHeaders {
    fn header(&self, _name: &str) -> Option<&str> {
        None
    }
}

impl<N: AsRef<str>, V: AsRef<str>> Headers for [(N, V)] {
    fn header(&self, name: &str) -> Option<&str> {
        self.iter()
            .find(|(n, _)| n.as_ref().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_ref())
    }
}

impl<N: AsRef<str>, V: AsRef<str>, const LEN: usize> Headers for [(N, V); LEN] {
    fn header(&self, name: &str) -> Option<&str> {
        self.as_slice().header(name)
    }
}

impl<H: Headers + ?Sized> Headers for &H {
    fn header(&self, name: &str) -> Option<&str> {
        (**self).header(name)
    }
}

#[cfg(feature = "http")]
impl Headers for http::HeaderMap {
    fn header(&self, name: &str) -> Option<&str> {
        self.get(name).and_then(|value| value.to_str().ok())
    }
}

/// The top-level step: a decision and what made it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Step {
    decision: Decision,
    basis: Basis,
}
/// A rule of the client's own, on top of the tables: "this code is a
/// retry" (or any class), or "this code under this HTTP status is", without
/// redeclaring the vendor's table. Rules decide before every rule of the
/// tables (rule 0 of the [module](self)); the first that matches wins.
///
/// ```
/// use codes_core::{Basis, Class, CodeValue, Decide, Decision, Rule};
///
/// codes_macros::status_codes! {
///     /// Acme's codes.
///     pub enum Acme: u32 {
///         10020 FAILURE: "Failure" => vendor_error,
///         21200 MODEL_DOES_NOT_EXIST: "Model does not exist" => client_error,
///     }
/// }
///
/// // This SDK knows that Acme's FAILURE under HTTP 200 is a passing glitch.
/// static RULES: &[Rule] = &[Rule::new(Acme::VENDOR, CodeValue::Int(10020), Class::Retry).when_http(200)];
///
/// let verdict = Decide::new().rules(RULES).http_status(200).code(Acme::Failure).decide();
/// assert_eq!((verdict.decision, verdict.basis), (Decision::Retry { after: None }, Basis::Rule));
/// // Under another status the table decides.
/// let verdict = Decide::new().rules(RULES).http_status(500).code(Acme::Failure).decide();
/// assert_eq!(verdict.decision, Decision::VendorFailure);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    vendor: &'static str,
    code: CodeValue,
    http: Option<u16>,
    class: Class,
}

impl Rule {
    /// `vendor`'s (its table's `VENDOR`) code `code` has the class `class`:
    /// the form for a `static` list of rules.
    #[must_use]
    pub const fn new(vendor: &'static str, code: CodeValue, class: Class) -> Rule {
        Rule {
            vendor,
            code,
            http: None,
            class,
        }
    }

    /// The code `code` of its table has the class `class`.
    ///
    /// ```
    /// use codes_core::{Class, CodeValue, Rule};
    /// # codes_macros::status_codes! {
    /// #     /// Acme's codes.
    /// #     pub enum Acme: u32 { 10020 FAILURE: "Failure" => vendor_error, }
    /// # }
    /// assert_eq!(
    ///     Rule::of(Acme::Failure, Class::Retry),
    ///     Rule::new("Acme", CodeValue::Int(10020), Class::Retry)
    /// );
    /// ```
    #[must_use]
    pub fn of<C: VendorCode>(code: C, class: Class) -> Rule {
        Rule::new(C::VENDOR, code.code().to_value(), class)
    }

    /// The same rule, for responses with the HTTP status `status` only.
    #[must_use]
    pub const fn when_http(mut self, status: u16) -> Rule {
        self.http = Some(status);
        self
    }

    /// The class the rule gives.
    #[must_use]
    pub const fn class(self) -> Class {
        self.class
    }

    /// Whether the rule applies to `vendor`'s code `code` in a response with
    /// the HTTP status `status`.
    fn matches(&self, vendor: &str, code: CodeValue, status: Option<u16>) -> bool {
        self.code == code
            && self.vendor == vendor
            && self.http.is_none_or(|http| status == Some(http))
    }
}

/// Decides a response: feed it what the response holds, then
/// [`decide`](Decide::decide). See the [module documentation](self) for the
/// rules.
///
/// ```
/// use codes_core::{Basis, Class, Decide, Decision};
///
/// codes_macros::status_codes! {
///     /// Status codes of the Acme API.
///     pub enum Acme: u32 {
///         10000 SUCCESS: "Ok" => success,
///         10030 TRY_AGAIN: "Try the request again" => retry,
///         30002 DOWNLOAD_FAILED: "Download failed" => client_error,
///     }
/// }
///
/// // The code decides when it is known.
/// let verdict = Decide::new().http_status(200).code(Acme::TryAgain).decide();
/// assert_eq!((verdict.decision, verdict.basis), (Decision::Retry { after: None }, Basis::Code));
///
/// // An unknown code falls back to the HTTP status...
/// let verdict = Decide::new().http_status(503).code(Acme::from(77777)).decide();
/// assert_eq!((verdict.decision, verdict.basis), (Decision::Retry { after: None }, Basis::HttpStatus));
/// // ...but a 2xx does not make an unknown code a success.
/// assert_eq!(Decide::new().http_status(200).code(Acme::from(77777)).decide().decision, Decision::Unknown);
///
/// // A failed item inside a 2xx is a failure.
/// let verdict = Decide::new()
///     .http_status(200)
///     .code(Acme::Success)
///     .item(Acme::Success)
///     .item(Acme::DownloadFailed)
///     .decide();
/// assert_eq!((verdict.decision, verdict.basis), (Decision::FixRequest, Basis::Item(1)));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Decide {
    /// The client's own rules, and the step of the first that matched the
    /// response's code.
    rules: &'static [Rule],
    rule: Option<Step>,
    /// The HTTP status, for the rules that name one.
    status: Option<u16>,
    http: Option<Class>,
    code: Option<Step>,
    undecided_code: bool,
    /// The vendor code is generic: it yields to what says retry.
    generic_code: bool,
    signal: Option<Step>,
    items: usize,
    worst_item: Option<(Decision, usize)>,
    retry_after: Option<RetryAfter>,
    now: Option<UnixTime>,
}

impl Decide {
    /// A decision with nothing known yet (it would be
    /// [`Decision::Unknown`]).
    #[must_use]
    pub const fn new() -> Decide {
        Decide {
            rules: &[],
            rule: None,
            status: None,
            http: None,
            code: None,
            undecided_code: false,
            generic_code: false,
            signal: None,
            items: 0,
            worst_item: None,
            retry_after: None,
            now: None,
        }
    }

    /// The response's HTTP status, classed by RFC 9110
    /// ([`Class::for_http_status`]).
    #[must_use]
    pub const fn http_status(mut self, status: u16) -> Decide {
        self.http = Some(Class::for_http_status(status));
        self.status = Some(status);
        self
    }

    /// The response's HTTP status as a vendor's HTTP table reads it
    /// (ModelArts' 503 is a client error): the row's class, or RFC 9110's
    /// for a status the table does not class.
    #[must_use]
    pub fn http_code<C: VendorCode>(mut self, status: C) -> Decide {
        let number = status
            .code()
            .to_value()
            .as_int()
            .and_then(|code| u16::try_from(code).ok());
        let class = match status.class() {
            Class::Unknown => number.map_or(Class::Unknown, Class::for_http_status),
            class => class,
        };
        self.http = Some(class);
        self.status = number;
        self
    }

    /// The client's own rules ([`Rule`]): the first whose code (and HTTP
    /// status, where it names one) the response's code matches decides
    /// before every rule of the tables; an item of a batch whose code one
    /// matches takes its class. Give them, and the HTTP status, before the
    /// codes.
    #[must_use]
    pub const fn rules(mut self, rules: &'static [Rule]) -> Decide {
        self.rules = rules;
        self
    }

    /// The class the client's rules give `code`, if one matches.
    fn ruled<C: VendorCode>(&self, code: C) -> Option<Class> {
        if self.rules.is_empty() {
            return None;
        }
        let value = code.code().to_value();
        self.rules
            .iter()
            .find(|rule| rule.matches(C::VENDOR, value, self.status))
            .map(|rule| rule.class)
    }

    /// The response's own vendor code (the request's status). A code its
    /// table marks generic ([`VendorCode::is_generic`]) decides only where
    /// nothing says retry (rule 1 of the [module](self)).
    #[must_use]
    pub fn code<C: VendorCode>(self, code: C) -> Decide {
        let mut decide = self.code_class(code.class(), code.is_known());
        decide.generic_code = code.is_generic();
        decide.rule = decide.ruled(code).map(|class| Step {
            decision: Decision::from_class(class),
            basis: Basis::Rule,
        });
        decide
    }

    /// The response's own vendor code, seen as its class and whether the
    /// table lists it (for codes decoded without their type, such as
    /// BigML's in a resource's context). A [`Class::Unknown`] decides
    /// nothing.
    #[must_use]
    pub const fn code_class(mut self, class: Class, listed: bool) -> Decide {
        if matches!(class, Class::Unknown) {
            self.undecided_code = true;
        } else {
            self.code = Some(Step {
                decision: Decision::from_class(class),
                basis: if listed { Basis::Code } else { Basis::Group },
            });
        }
        self
    }

    /// A vendor's own signal in the body, which decides when the vendor code
    /// does not (BigML's `"type": "transient"` is a retry). The first signal
    /// given wins.
    #[must_use]
    pub const fn signal(mut self, decision: Decision) -> Decide {
        if self.signal.is_none() {
            self.signal = Some(Step {
                decision,
                basis: Basis::Body,
            });
        }
        self
    }

    /// The code of the next item of a batch.
    #[must_use]
    pub fn item<C: VendorCode>(self, code: C) -> Decide {
        let class = self.ruled(code).unwrap_or(code.class());
        self.item_decision(Decision::from_class(class))
    }

    /// The decision of the next item of a batch, for items whose status is
    /// not a table's code (a ModelArts item with `"success": false`).
    #[must_use]
    pub fn item_decision(mut self, decision: Decision) -> Decide {
        let index = self.items;
        self.items = self.items.saturating_add(1);
        self.worst_item = Some(match self.worst_item {
            Some((worst, at)) if worst.combine(decision) == worst => (worst, at),
            Some((worst, _)) => (worst.combine(decision), index),
            None => (decision, index),
        });
        self
    }

    /// When to retry, if the decision is a retry: a `Retry-After` value or
    /// a vendor's rate-limit reset. A later call replaces an earlier one.
    #[must_use]
    pub const fn retry_after(mut self, retry_after: Option<RetryAfter>) -> Decide {
        if retry_after.is_some() {
            self.retry_after = retry_after;
        }
        self
    }

    /// Reads the delay a server asks of a retry from `headers`: in
    /// milliseconds, `retry-after-ms` or `x-ms-retry-after-ms` (Azure's,
    /// read first as the more precise, as Azure's SDKs do), else
    /// `Retry-After` (seconds or an HTTP-date; a date past is no delay).
    /// `now` resolves a date into a delay (without it, a date gives a retry
    /// with no delay). A value that does not parse is no delay.
    ///
    /// ```
    /// use codes_core::Decide;
    /// use core::time::Duration;
    ///
    /// let headers: &[(&str, &str)] = &[("Retry-After", "2"), ("retry-after-ms", "250")];
    /// let verdict = Decide::new().http_status(503).headers(headers, None).decide();
    /// assert_eq!(verdict.decision, codes_core::Decision::Retry { after: Some(Duration::from_millis(250)) });
    /// ```
    #[must_use]
    pub fn headers<H: Headers + ?Sized>(mut self, headers: &H, now: Option<UnixTime>) -> Decide {
        let retry_after = ["retry-after-ms", "x-ms-retry-after-ms"]
            .into_iter()
            .find_map(|name| headers.header(name).and_then(RetryAfter::millis))
            .or_else(|| headers.header("retry-after").and_then(RetryAfter::parse));
        self = self.retry_after(retry_after);
        self.now(now)
    }

    /// The current time, to resolve a retry time into a delay.
    #[must_use]
    pub const fn now(mut self, now: Option<UnixTime>) -> Decide {
        if now.is_some() {
            self.now = now;
        }
        self
    }

    /// The vendor code's step, unless it is generic and something more
    /// specific asks for a retry: the vendor's transient signal, an HTTP
    /// status that retries (429, 502, 503, 504), or a `Retry-After`.
    fn specific_code(&self, http: Option<Step>) -> Option<Step> {
        let code = self.code?;
        if !self.generic_code {
            return Some(code);
        }
        let retries = |step: &Step| matches!(step.decision, Decision::Retry { .. });
        self.signal
            .filter(retries)
            .or(http.filter(retries))
            .or(self.retry_after.map(|_| Step {
                decision: Decision::Retry { after: None },
                basis: Basis::RetryHint,
            }))
            .or(Some(code))
    }

    /// The decision, by the rules of the [module documentation](self).
    #[must_use]
    pub fn decide(self) -> Verdict {
        let http = self.http.map(|class| Step {
            decision: Decision::from_class(class),
            basis: Basis::HttpStatus,
        });
        let http = match http {
            // A 2xx says nothing of a vendor code nobody could decide.
            Some(step) if self.undecided_code && step.decision == Decision::Done => None,
            other => other,
        };
        let top = self
            .rule
            .or(self.specific_code(http))
            .or(self.signal)
            .or(http)
            .unwrap_or(Step {
                decision: Decision::Unknown,
                basis: Basis::Nothing,
            });
        let mut verdict = match self.worst_item {
            Some((item, index)) if top.decision.combine(item) != top.decision => Verdict {
                decision: top.decision.combine(item),
                basis: Basis::Item(index),
            },
            _ => Verdict {
                decision: top.decision,
                basis: top.basis,
            },
        };
        if let Decision::Retry { after: None } = verdict.decision {
            verdict.decision = Decision::Retry {
                after: self.retry_after.and_then(|r| r.delay(self.now)),
            };
        }
        verdict
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imf_fixdate_matches_the_rfc_example_and_rejects_near_misses() {
        // RFC 9110 §5.6.7's example: 784111777 seconds after the epoch.
        assert_eq!(
            parse_imf_fixdate(b"Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(UnixTime(784_111_777))
        );
        assert_eq!(
            parse_imf_fixdate(b"Thu, 01 Jan 1970 00:00:00 GMT"),
            Some(UnixTime(0))
        );
        assert_eq!(
            parse_imf_fixdate(b"Tue, 29 Feb 2000 23:59:59 GMT"),
            Some(UnixTime(951_868_799))
        );
        assert_eq!(
            parse_imf_fixdate(b"Wed, 31 Dec 1969 23:59:59 GMT"),
            Some(UnixTime(0))
        );
        for bad in [
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun 06 Nov 1994 08:49:37 GMT ",
            "Mon, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:49:37 GMT",
            "Sun, 06 Nov 1994 08:60:37 GMT",
            "Thu, 29 Feb 2001 00:00:00 GMT",
            "Sun, 00 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nox 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "Sun, 06 Nov 1994 08:49:3\u{e9} GMT",
            "",
        ] {
            assert_eq!(parse_imf_fixdate(bad.as_bytes()), None, "{bad}");
        }
    }

    #[test]
    fn retry_after_values() {
        assert_eq!(
            RetryAfter::parse(" 0 "),
            Some(RetryAfter::Delay(Duration::ZERO))
        );
        assert_eq!(
            RetryAfter::parse("99999999999999999999999"),
            Some(RetryAfter::Delay(Duration::from_secs(u64::MAX)))
        );
        for bad in ["", " ", "1.5", "+3", "-3", "3s", "١٢"] {
            assert_eq!(RetryAfter::parse(bad), None, "{bad}");
        }
        let at = RetryAfter::At(UnixTime(100));
        assert_eq!(at.delay(Some(UnixTime(40))), Some(Duration::from_secs(60)));
        assert_eq!(at.delay(Some(UnixTime(400))), Some(Duration::ZERO));
        assert_eq!(at.delay(None), None);
    }

    #[test]
    fn combine_is_the_most_severe_and_commutes() {
        let all = [
            Decision::Done,
            Decision::Poll,
            Decision::Retry { after: None },
            Decision::Retry {
                after: Some(Duration::from_secs(5)),
            },
            Decision::Redirect,
            Decision::FixRequest,
            Decision::VendorFailure,
            Decision::Unknown,
        ];
        for a in all {
            assert_eq!(a.combine(a), a);
            for b in all {
                assert_eq!(a.combine(b), b.combine(a), "{a:?} {b:?}");
                assert!(a.combine(b).severity() >= a.severity().max(b.severity()));
            }
        }
        assert_eq!(
            Decision::Retry {
                after: Some(Duration::from_secs(5))
            }
            .combine(Decision::Retry {
                after: Some(Duration::from_secs(9))
            }),
            Decision::Retry {
                after: Some(Duration::from_secs(9))
            }
        );
    }

    #[test]
    fn rules_in_order() {
        // Nothing at all.
        let verdict = Decide::new().decide();
        assert_eq!(
            (verdict.decision, verdict.basis),
            (Decision::Unknown, Basis::Nothing)
        );
        // The HTTP status alone.
        for (status, decision) in [
            (200, Decision::Done),
            (202, Decision::Done),
            (102, Decision::Poll),
            (307, Decision::Redirect),
            (404, Decision::FixRequest),
            (429, Decision::Retry { after: None }),
            (503, Decision::Retry { after: None }),
            (500, Decision::VendorFailure),
            (600, Decision::Unknown),
        ] {
            assert_eq!(
                Decide::new().http_status(status).decide().decision,
                decision,
                "{status}"
            );
        }
        // A listed code beats the HTTP status; a group's class is `Group`.
        let verdict = Decide::new()
            .http_status(503)
            .code_class(Class::ClientError, true)
            .decide();
        assert_eq!(
            (verdict.decision, verdict.basis),
            (Decision::FixRequest, Basis::Code)
        );
        let verdict = Decide::new()
            .http_status(200)
            .code_class(Class::Retry, false)
            .decide();
        assert_eq!(verdict.basis, Basis::Group);
        // An unknown code: the HTTP status, unless it is a 2xx.
        let unknown = Decide::new().code_class(Class::Unknown, false);
        assert_eq!(
            unknown.http_status(429).decide().decision,
            Decision::Retry { after: None }
        );
        assert_eq!(
            unknown.http_status(204).decide().decision,
            Decision::Unknown
        );
        assert_eq!(unknown.decide().decision, Decision::Unknown);
        // A signal comes after the code and before the HTTP status.
        let verdict = Decide::new()
            .http_status(500)
            .code_class(Class::Unknown, false)
            .signal(Decision::Retry { after: None })
            .decide();
        assert_eq!(verdict.basis, Basis::Body);
        // Items: the most severe, a failed one inside a 2xx.
        let verdict = Decide::new()
            .http_status(200)
            .item_decision(Decision::Done)
            .item_decision(Decision::Poll)
            .item_decision(Decision::Done)
            .decide();
        assert_eq!(
            (verdict.decision, verdict.basis),
            (Decision::Poll, Basis::Item(1))
        );
        let verdict = Decide::new()
            .http_status(200)
            .item_decision(Decision::Done)
            .decide();
        assert_eq!(verdict.basis, Basis::HttpStatus);
    }

    #[test]
    fn retry_delays_come_from_headers() {
        let headers = [("Retry-After", "Sun, 06 Nov 1994 08:49:47 GMT")];
        let verdict = Decide::new()
            .http_status(503)
            .headers(&headers, Some(UnixTime(784_111_777)))
            .decide();
        assert_eq!(verdict.decision.retry_after_secs(), Some(10));
        // Without the current time a date gives no delay.
        let verdict = Decide::new()
            .http_status(503)
            .headers(&headers, None)
            .decide();
        assert_eq!(verdict.decision, Decision::Retry { after: None });
        // Not a retry: the header changes nothing.
        let verdict = Decide::new()
            .http_status(404)
            .headers(&[("retry-after", "5")], None)
            .decide();
        assert_eq!(verdict.decision, Decision::FixRequest);
        // An unparsable header is ignored.
        let verdict = Decide::new()
            .http_status(429)
            .headers(&[("retry-after", "soon")], None)
            .decide();
        assert_eq!(verdict.decision, Decision::Retry { after: None });
        assert_eq!(NoHeaders.header("retry-after"), None);
        assert_eq!(
            Decision::Retry {
                after: Some(Duration::from_secs(7))
            }
            .to_string(),
            "retry after 7s"
        );
    }
}
