//! backon driven by the decision (feature `backon`): [`is_retry`], the
//! predicate for `when`, and [`adjust`], the delay from `Retry-After` for
//! `adjust`; [`transient`] turns an answer that asks for a retry into the
//! error backon retries on. The delays are backon's builder's (with its own
//! `with_jitter`), or, with feature `poll`, `poll::Backoff::delays().take(n)`:
//! an iterator of delays is a backon backoff, jittered as the `Backoff` says.
//!
//! ```
//! use std::time::Duration;
//! use backon::{ConstantBuilder, Retryable};
//! use codes_client::backon::{adjust, is_retry, transient};
//! use codes_vendors::Decision;
//!
//! # #[tokio::main(flavor = "current_thread", start_paused = true)]
//! # async fn main() {
//! let start = tokio::time::Instant::now();
//! let mut answers = [Decision::Retry { after: Some(Duration::from_secs(9)) }, Decision::Done].into_iter();
//! let answer = (|| { let next = answers.next().unwrap_or(Decision::Unknown); async move { transient(next) } })
//!     .retry(ConstantBuilder::default().with_delay(Duration::from_secs(1)).with_max_times(3))
//!     .sleep(tokio::time::sleep)
//!     .when(is_retry)
//!     .adjust(adjust)
//!     .await;
//! assert_eq!(answer.unwrap(), Decision::Done);
//! assert_eq!(start.elapsed(), Duration::from_secs(9)); // Retry-After, not the backoff's 1s
//! # }
//! ```

use core::fmt;
use core::time::Duration;

use codes_core::Decision;

use crate::Decides;

/// An answer that asks for a retry, as an error for backon to retry on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transient<T>(pub T);

impl<T: Decides> Decides for Transient<T> {
    fn decision(&self) -> Decision {
        self.0.decision()
    }

    fn retry_cause(&self) -> crate::guard::RetryCause {
        self.0.retry_cause()
    }
}

impl<T: Decides> fmt::Display for Transient<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.decision())
    }
}

impl<T: Decides + fmt::Debug> std::error::Error for Transient<T> {}

/// `Err` when `value` asks for a retry ([`Decision::Retry`]), else `Ok`.
///
/// # Errors
///
/// [`Transient`] with the value when its decision is a retry.
pub fn transient<T: Decides>(value: T) -> Result<T, Transient<T>> {
    match value.decision() {
        Decision::Retry { .. } => Err(Transient(value)),
        _ => Ok(value),
    }
}

/// The predicate for backon's `when`: `true` when the error's decision is a
/// retry.
#[must_use]
pub fn is_retry<E: Decides>(error: &E) -> bool {
    matches!(error.decision(), Decision::Retry { .. })
}

/// For backon's `adjust`: the delay the error's response asked for
/// (`Retry-After`), else the backoff's. When the backoff is exhausted
/// (`None`) it stays exhausted: the response's delay never adds attempts.
///
/// Unlike `poll::Backoff::retry_delay` (what `poll::retry` and the tower
/// policy wait), this does not cap the `Retry-After`: backon's `adjust`
/// is not told its backoff's longest delay, so the response's delay is
/// waited as given, however long.
#[must_use]
pub fn adjust<E: Decides>(error: &E, backoff: Option<Duration>) -> Option<Duration> {
    match (error.decision(), backoff) {
        (_, None) => None,
        (Decision::Retry { after: Some(after) }, Some(_)) => Some(after),
        (_, backoff) => backoff,
    }
}
