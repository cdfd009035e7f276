//! gRPC's status codes inside a tonic client (feature `tonic`): [`Grpc`],
//! the table of gRPC's "Status codes and their use in gRPC" (re-exported
//! from `codes_vendors::grpc`, which says how its codes are classed), from
//! and to [`tonic::Code`], and a `tonic::Status` to a decision.
//!
//! A [`tonic::Status`] is decided by [`verdict`]: the vendor's own code
//! when the call carries one (Clarifai's gRPC API answers with gRPC `OK`
//! and its code in the reply's `status`; [`reply_verdict`] reads both), else
//! the gRPC code; a retry waits as the server's pushback says
//! (`grpc-retry-pushback-ms`, gRPC's retry design A6).
//!
//! ```
//! use codes_client::grpc::{from_tonic, verdict, Grpc};
//! use codes_vendors::{Class, Decision};
//!
//! assert_eq!(from_tonic(tonic::Code::Unavailable), Grpc::Unavailable);
//! assert_eq!(Grpc::Unavailable.class(), Class::Retry);
//!
//! let mut status = tonic::Status::unavailable("shutting down");
//! status.metadata_mut().insert("grpc-retry-pushback-ms", "1500".parse().unwrap());
//! let verdict = verdict::<Grpc>(&status, None);
//! assert_eq!(verdict.decision, Decision::Retry { after: Some(std::time::Duration::from_millis(1500)) });
//! ```

use core::time::Duration;

use codes_core::{Basis, Decide, Decision, VendorCode, Verdict};

use crate::Decides;
use crate::guard::RetryCause;

pub use codes_vendors::grpc::Grpc;

/// The row of gRPC's table for a tonic code.
///
/// ```
/// use codes_client::grpc::{from_tonic, Grpc};
///
/// assert_eq!(from_tonic(tonic::Code::Unavailable), Grpc::Unavailable);
/// ```
#[must_use]
pub fn from_tonic(code: tonic::Code) -> Grpc {
    Grpc::from(code as i32)
}

/// The tonic code of a row of gRPC's table; a code outside gRPC's 17 is
/// `tonic::Code::Unknown`, as tonic reads one.
///
/// ```
/// use codes_client::grpc::{to_tonic, Grpc};
///
/// assert_eq!(to_tonic(Grpc::ResourceExhausted), tonic::Code::ResourceExhausted);
/// assert_eq!(to_tonic(Grpc::from(17)), tonic::Code::Unknown);
/// ```
#[must_use]
pub fn to_tonic(code: Grpc) -> tonic::Code {
    tonic::Code::from(code.code())
}

/// What a server's `grpc-retry-pushback-ms` metadata says of a retry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pushback {
    /// Retry after this long (a non-negative number of milliseconds).
    After(Duration),
    /// Do not retry: gRPC's A6 retry design reads a negative or malformed
    /// value so.
    Stop,
}

/// The server's pushback, where its status carries one.
///
/// ```
/// use codes_client::grpc::{pushback, Pushback};
/// use std::time::Duration;
///
/// let mut status = tonic::Status::unavailable("draining");
/// assert_eq!(pushback(&status), None);
/// status.metadata_mut().insert("grpc-retry-pushback-ms", "1500".parse().unwrap());
/// assert_eq!(pushback(&status), Some(Pushback::After(Duration::from_millis(1500))));
/// status.metadata_mut().insert("grpc-retry-pushback-ms", "-1".parse().unwrap());
/// assert_eq!(pushback(&status), Some(Pushback::Stop));
/// ```
#[must_use]
pub fn pushback(status: &tonic::Status) -> Option<Pushback> {
    let value = status.metadata().get("grpc-retry-pushback-ms")?;
    let millis = value
        .to_str()
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok());
    Some(millis.map_or(Pushback::Stop, |ms| {
        Pushback::After(Duration::from_millis(ms))
    }))
}

/// Decides a failed call: the vendor's code when the call carries one and
/// its table decides it, else the gRPC code (by [`Grpc`]'s classes; an `OK`
/// never makes an undecided vendor code a success); a retry waits as the
/// server's pushback says, and a pushback that says not to retry (negative
/// or malformed) makes it a vendor failure ([`Basis::RetryHint`]). The gRPC
/// code plays the part the HTTP status plays for a REST response: a verdict
/// it decides has [`Basis::HttpStatus`]. (`tonic::Code` reads any number
/// outside gRPC's 17 as `UNKNOWN`, so no stray number is ever read as an
/// HTTP status.)
#[must_use]
pub fn verdict<C: VendorCode>(status: &tonic::Status, vendor: Option<C>) -> Verdict {
    let mut decide = Decide::new().http_code(from_tonic(status.code()));
    if let Some(code) = vendor {
        decide = decide.code(code);
    }
    let mut verdict = decide.decide();
    if let Decision::Retry { after: None } = verdict.decision {
        match pushback(status) {
            Some(Pushback::After(after)) => {
                verdict.decision = Decision::Retry { after: Some(after) };
            }
            // The server asks not to retry: the failure stands as one.
            Some(Pushback::Stop) => {
                verdict = Verdict {
                    decision: Decision::VendorFailure,
                    basis: Basis::RetryHint,
                };
            }
            None => {}
        }
    }
    verdict
}

/// Decides a call's outcome: a reply is gRPC `OK` with the vendor's code
/// `vendor` reads from the message (Clarifai's replies carry a `status`);
/// a failed call is [`verdict`] of its status, with no vendor code.
pub fn reply_verdict<M, C, F>(
    reply: &Result<tonic::Response<M>, tonic::Status>,
    vendor: F,
) -> Verdict
where
    C: VendorCode,
    F: FnOnce(&M) -> Option<C>,
{
    match reply {
        Ok(response) => {
            let mut decide = Decide::new().http_code(Grpc::Ok);
            if let Some(code) = vendor(response.get_ref()) {
                decide = decide.code(code);
            }
            decide.decide()
        }
        Err(status) => verdict::<C>(status, None),
    }
}

/// What a failed call says of its request, by its gRPC code:
/// `UNAVAILABLE` (tonic's code for a connection that failed, and a
/// server's or proxy's for a call it did not take up; an HTTP/2
/// `REFUSED_STREAM` too) and `RESOURCE_EXHAUSTED` (throttled) are
/// [`RetryCause::Refused`]; `DEADLINE_EXCEEDED` (the call's deadline
/// passed, its outcome unknown) is [`RetryCause::Lost`]; any other code
/// is [`RetryCause::Unclear`].
///
/// ```
/// use codes_client::grpc::retry_cause;
/// use codes_client::guard::RetryCause;
///
/// assert_eq!(retry_cause(&tonic::Status::unavailable("draining")), RetryCause::Refused);
/// assert_eq!(retry_cause(&tonic::Status::deadline_exceeded("slow")), RetryCause::Lost);
/// assert_eq!(retry_cause(&tonic::Status::aborted("conflict")), RetryCause::Unclear);
/// ```
#[must_use]
pub fn retry_cause(status: &tonic::Status) -> RetryCause {
    match status.code() {
        tonic::Code::Unavailable | tonic::Code::ResourceExhausted => RetryCause::Refused,
        tonic::Code::DeadlineExceeded => RetryCause::Lost,
        _ => RetryCause::Unclear,
    }
}

/// A status by its gRPC code and pushback ([`verdict`] with no vendor
/// code); the cause of a retry by [`retry_cause`].
impl Decides for tonic::Status {
    fn decision(&self) -> Decision {
        verdict::<Grpc>(self, None).decision
    }

    fn retry_cause(&self) -> RetryCause {
        retry_cause(self)
    }

    fn basis(&self) -> Option<Basis> {
        Some(verdict::<Grpc>(self, None).basis)
    }
}

/// A reply is gRPC `OK`: done, as far as gRPC says. A vendor's code inside
/// the message is read with [`reply_verdict`].
impl<M> Decides for tonic::Response<M> {
    fn decision(&self) -> Decision {
        Decision::Done
    }
}
