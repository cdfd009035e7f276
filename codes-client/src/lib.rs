//! The decisions of `vendor-codes` inside HTTP and
//! gRPC clients. Every integration is an optional feature; none is on by
//! default:
//!
//! | feature | what it gives |
//! |---|---|
//! | `reqwest` | module `reqwest`: a `reqwest::Response` to a vendor's decoded body and its [`Decision`] in one call, reading at most 4 MiB of the body (or a limit of the call's) |
//! | `blocking` | module `reqwest::blocking`: the same from a `reqwest::blocking::Response` |
//! | `poll` | module `poll`: bounded, cancellable loops with backoff and a deadline (polling pending work, retrying transient failures); the backoff is jittered unless told otherwise (full, equal or decorrelated jitter, or none; seedable for tests); `retry_with` spends from a retry budget |
//! | `reqwest-retry` | module `reqwest_retry`: a `RetryableStrategy` driven by the decision |
//! | `backon` | module `backon`: a predicate and the delay from `Retry-After` |
//! | `tower` | module `tower`: a `tower::retry::Policy` driven by the decision |
//! | `tonic` | module `grpc`: gRPC's table (`codes_vendors::grpc::Grpc`) from and to `tonic::Code`, `tonic::Status` to a decision |
//! | `tracing` | `poll` and `retry` report to `tracing`: a span a loop, an event an attempt (its decision, what decided it, the wait) and one at the end |
//!
//! What ties them together is [`Decides`]: anything that knows what the
//! client does next (a decoded body, a received response, a verdict), and,
//! when that is a retry, what failed ([`Decides::retry_cause`]).
//!
//! Module [`guard`], in every build, holds what a retry must pass besides
//! its decision: the request's [`Idempotency`](guard::Idempotency) (a POST
//! is sent again only after a failure that says it was not processed: a
//! 429, a 503 with `Retry-After`, a vendor's throttle code, a refused
//! connection, gRPC `UNAVAILABLE`; not after a timeout, a 502 or a 504) and
//! a [`RetryBudget`](guard::RetryBudget) shared by the requests to one
//! vendor or endpoint (AWS's standard retry quota by default: a retry
//! spends from it, a success refills it, an empty budget refuses the
//! retry), given to `poll::retry_with`, the tower policy and the
//! reqwest-retry strategy through a [`RetryGuard`](guard::RetryGuard). None
//! of them sees the request's method: a request is idempotent, and no
//! budget is used, unless the caller says otherwise.
//!
//! ```
//! use codes_client::Decides;
//! use codes_vendors::response::RawResponse;
//! use codes_vendors::{clarifai, Decision};
//!
//! let decoded = clarifai::decode(&RawResponse::new(Some(200), br#"{"status": {"code": 21101}}"#));
//! assert_eq!(decoded.decision(), Decision::Poll); // MODEL_TRAINING
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

use codes_core::{Basis, Decision, Verdict};
use codes_vendors::response::{DecodeError, Decoded};

use crate::guard::RetryCause;

pub mod guard;

#[cfg(feature = "reqwest")]
pub mod reqwest;

#[cfg(feature = "poll")]
pub mod poll;

#[cfg(feature = "reqwest-retry")]
pub mod reqwest_retry;

#[cfg(feature = "backon")]
pub mod backon;

#[cfg(feature = "tower")]
pub mod tower;

#[cfg(feature = "tonic")]
pub mod grpc;

/// Anything that knows what the client does next.
///
/// Implemented for [`Decision`], [`Verdict`], a [`Decoded`] body, the result
/// of a vendor's `decode` (a [`DecodeError`] carries what the HTTP status
/// alone decides), and, with their features, a received `reqwest` response
/// (and its `BodyError`: not the vendor's, or too large) and a
/// `tonic::Status`.
pub trait Decides {
    /// What the client does next.
    fn decision(&self) -> Decision;

    /// When the decision is a retry, what failed: whether the request was
    /// sent and whether an answer says what became of it (what a retry
    /// costs a [`RetryBudget`](guard::RetryBudget)). Unless told more, an
    /// answer that says nothing of it: [`RetryCause::Unclear`].
    fn retry_cause(&self) -> RetryCause {
        RetryCause::Unclear
    }

    /// What decided it, where the answer knows ([`Verdict::basis`]): what
    /// a loop's trace shows beside each attempt's decision.
    fn basis(&self) -> Option<Basis> {
        None
    }
}

impl Decides for Decision {
    fn decision(&self) -> Decision {
        *self
    }
}

/// A retry decided by a vendor's code is [`RetryCause::Refused`]; by
/// anything else, with no HTTP status at hand, [`RetryCause::Unclear`].
impl Decides for Verdict {
    fn decision(&self) -> Decision {
        self.decision
    }

    fn retry_cause(&self) -> RetryCause {
        RetryCause::of_verdict(*self)
    }

    fn basis(&self) -> Option<Basis> {
        Some(self.basis)
    }
}

impl<B> Decides for Decoded<B> {
    fn decision(&self) -> Decision {
        self.verdict.decision
    }

    fn retry_cause(&self) -> RetryCause {
        RetryCause::of_verdict(self.verdict)
    }

    fn basis(&self) -> Option<Basis> {
        Some(self.verdict.basis)
    }
}

impl Decides for DecodeError {
    fn decision(&self) -> Decision {
        self.verdict().decision
    }

    fn retry_cause(&self) -> RetryCause {
        RetryCause::of_verdict(self.verdict())
    }

    fn basis(&self) -> Option<Basis> {
        Some(self.verdict().basis)
    }
}

impl<T: Decides, E: Decides> Decides for Result<T, E> {
    fn decision(&self) -> Decision {
        match self {
            Ok(ok) => ok.decision(),
            Err(error) => error.decision(),
        }
    }

    fn retry_cause(&self) -> RetryCause {
        match self {
            Ok(ok) => ok.retry_cause(),
            Err(error) => error.retry_cause(),
        }
    }

    fn basis(&self) -> Option<Basis> {
        match self {
            Ok(ok) => ok.basis(),
            Err(error) => error.basis(),
        }
    }
}

impl<T: Decides + ?Sized> Decides for &T {
    fn decision(&self) -> Decision {
        (**self).decision()
    }

    fn retry_cause(&self) -> RetryCause {
        (**self).retry_cause()
    }

    fn basis(&self) -> Option<Basis> {
        (**self).basis()
    }
}

/// A value with the decision the caller took from it, for loops over
/// something whose decision is not its own: a resource's state (a Clarifai
/// model version's training status) read from a successful response.
///
/// ```
/// use codes_client::{Decided, Decides};
/// use codes_vendors::Decision;
///
/// let model = Decided { value: "model m1", decision: Decision::Poll };
/// assert_eq!(model.decision(), Decision::Poll);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decided<T> {
    /// The value.
    pub value: T,
    /// What the client does next with it.
    pub decision: Decision,
}

impl<T> Decides for Decided<T> {
    fn decision(&self) -> Decision {
        self.decision
    }
}

/// The system clock's time (what `UnixTime::now` gives with codes-core's
/// `std` feature, which this crate leaves off so that a workspace build with
/// no default features still builds codes-core without `std`).
#[cfg(feature = "reqwest")]
pub(crate) fn now() -> Option<codes_core::UnixTime> {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .map(|since| codes_core::UnixTime(since.as_secs()))
}
