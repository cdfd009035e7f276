//! Bounded, cancellable loops on tokio's clock (feature `poll`): [`poll`]
//! asks again while the work is pending, [`retry`] sends again while the
//! failure is transient. Both back off between attempts ([`Backoff`]), stop
//! after a maximum of attempts and at a deadline, and are plain futures:
//! dropping one cancels it, between attempts or inside one.
//!
//! Polling is not retrying. A pending answer ([`Decision::Poll`]: a model
//! that trains, a BigML source still summarizing) is a success so far, and
//! the client asks again at its own pace, as vendors' clients do (BigML's
//! bindings poll until finished or faulty, Clarifai's while a model trains);
//! a transient failure ([`Decision::Retry`]) waits as the response says
//! (`Retry-After`) when it says. Compose them to do both: each poll retries
//! its request.
//!
//! Time is `tokio::time`'s, so tests run with a paused clock and no real
//! sleeps.
//!
//! ```
//! use std::time::Duration;
//! use codes_client::poll::{poll, Backoff, Limits};
//! use codes_vendors::Decision;
//!
//! # #[tokio::main(flavor = "current_thread", start_paused = true)]
//! # async fn main() {
//! let start = tokio::time::Instant::now();
//! let mut answers = [Decision::Poll, Decision::Poll, Decision::Done].into_iter();
//! let limits = Limits::new(10, Duration::from_secs(60));
//! let backoff = Backoff::new(Duration::from_secs(1), 2, Duration::from_secs(30));
//! let done = poll(|| { let next = answers.next(); async move { next.unwrap_or(Decision::Unknown) } }, backoff, limits)
//!     .await
//!     .unwrap();
//! assert_eq!(done.value, Decision::Done);
//! assert_eq!(done.attempts, 3);
//! assert_eq!(start.elapsed(), Duration::from_secs(1 + 2)); // waited 1s, then 2s
//! # }
//! ```

use core::fmt;
use core::future::Future;
use core::time::Duration;

use codes_core::Decision;
use tokio::time::Instant;

use crate::Decides;

/// Exponential backoff: `initial`, then multiplied by `factor` after each
/// wait, never more than `max`.
///
/// ```
/// use std::time::Duration;
/// use codes_client::poll::Backoff;
///
/// let backoff = Backoff::new(Duration::from_millis(500), 3, Duration::from_secs(4));
/// let delays: Vec<_> = (0..4).map(|n| backoff.delay(n)).collect();
/// assert_eq!(delays, [500, 1500, 4000, 4000].map(Duration::from_millis));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff {
    /// The first delay.
    pub initial: Duration,
    /// What each delay is multiplied by for the next.
    pub factor: u32,
    /// The longest delay.
    pub max: Duration,
}

impl Backoff {
    /// A backoff from `initial`, multiplied by `factor`, capped at `max`.
    #[must_use]
    pub const fn new(initial: Duration, factor: u32, max: Duration) -> Backoff {
        Backoff {
            initial,
            factor,
            max,
        }
    }

    /// The delay after the `n`th wait (0 is the first): `initial *
    /// factor^n`, saturating, capped at `max`.
    #[must_use]
    pub fn delay(&self, n: u32) -> Duration {
        let mut delay = self.initial;
        // A factor of 0 or 1 gives the same delay from the second on. Any
        // other leaves a zero delay zero, and multiplies a nonzero one until
        // it reaches `max` or saturates: within 128 steps, a `Duration`
        // being under 2^94 nanoseconds. So the loop stops at either.
        let steps = if self.factor <= 1 { n.min(1) } else { n };
        for _ in 0..steps {
            if delay.is_zero() || delay >= self.max {
                break;
            }
            delay = delay.saturating_mul(self.factor);
        }
        delay.min(self.max)
    }

    /// The wait before sending again after an answer that decided
    /// `decision`, `n` waits in (0 is the first): a retry's `Retry-After`
    /// capped at `max`, else [`delay(n)`](Backoff::delay); `None` (stop) when
    /// the decision is not a retry. [`retry`] and, with feature `tower`,
    /// `DecisionPolicy` wait this.
    ///
    /// ```
    /// use std::time::Duration;
    /// use codes_client::poll::Backoff;
    /// use codes_vendors::Decision;
    ///
    /// let backoff = Backoff::new(Duration::from_secs(1), 2, Duration::from_secs(5));
    /// let hour = Decision::Retry { after: Some(Duration::from_secs(3600)) };
    /// assert_eq!(backoff.retry_delay(hour, 0), Some(Duration::from_secs(5)));
    /// assert_eq!(backoff.retry_delay(Decision::Retry { after: None }, 1), Some(Duration::from_secs(2)));
    /// assert_eq!(backoff.retry_delay(Decision::Poll, 0), None);
    /// ```
    #[must_use]
    pub fn retry_delay(&self, decision: Decision, n: u32) -> Option<Duration> {
        match decision {
            Decision::Retry { after: Some(after) } => Some(after.min(self.max)),
            Decision::Retry { after: None } => Some(self.delay(n)),
            _ => None,
        }
    }
}

/// How far a loop may go: at most `max_attempts` attempts (at least one),
/// and nothing after `deadline` from the loop's start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The most attempts the loop makes (0 counts as 1).
    pub max_attempts: u32,
    /// How long the loop may take, attempts and waits included.
    pub deadline: Duration,
}

impl Limits {
    /// At most `max_attempts` attempts within `deadline`.
    #[must_use]
    pub const fn new(max_attempts: u32, deadline: Duration) -> Limits {
        Limits {
            max_attempts,
            deadline,
        }
    }
}

/// A loop's last answer, and how many attempts it took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finished<T> {
    /// The last answer (its decision is neither a poll nor, for [`retry`],
    /// a retry).
    pub value: T,
    /// How many attempts were made.
    pub attempts: u32,
}

/// Why a loop stopped before an answer that ends it.
#[derive(Debug, PartialEq, Eq)]
pub enum Stopped<T> {
    /// The deadline came first: during an attempt (`last` is the previous
    /// answer, if any), or before the next wait would end.
    Deadline {
        /// The last answer received, if any.
        last: Option<T>,
        /// How many attempts were started.
        attempts: u32,
    },
    /// Every allowed attempt was made and the last still asked to go on.
    Attempts {
        /// The last answer.
        last: T,
        /// How many attempts were made.
        attempts: u32,
    },
}

impl<T> Stopped<T> {
    /// The last answer received, if any.
    #[must_use]
    pub fn last(&self) -> Option<&T> {
        match self {
            Stopped::Deadline { last, .. } => last.as_ref(),
            Stopped::Attempts { last, .. } => Some(last),
        }
    }

    /// How many attempts were made.
    #[must_use]
    pub const fn attempts(&self) -> u32 {
        match self {
            Stopped::Deadline { attempts, .. } | Stopped::Attempts { attempts, .. } => *attempts,
        }
    }
}

impl<T> fmt::Display for Stopped<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stopped::Deadline { attempts, .. } => {
                write!(f, "the deadline passed after {attempts} attempt(s)")
            }
            Stopped::Attempts { attempts, .. } => {
                write!(
                    f,
                    "still not finished after {attempts} attempt(s), the maximum"
                )
            }
        }
    }
}

impl<T: fmt::Debug> std::error::Error for Stopped<T> {}

/// Asks again while the answer is [`Decision::Poll`], waiting as `backoff`
/// says between attempts, within `limits`; returns the first answer that is
/// not a poll (done, a failure, or a retry for the caller to handle).
///
/// # Errors
///
/// [`Stopped`] with the last answer when the attempts run out or the
/// deadline passes.
pub async fn poll<F, Fut, T>(
    attempt: F,
    backoff: Backoff,
    limits: Limits,
) -> Result<Finished<T>, Stopped<T>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = T>,
    T: Decides,
{
    drive(attempt, limits, |decision, n| match decision {
        Decision::Poll => Some(backoff.delay(n)),
        _ => None,
    })
    .await
}

/// Sends again while the answer is [`Decision::Retry`], waiting as the
/// response says (`Retry-After`, capped at `backoff.max`) or else as
/// `backoff` says, within `limits`; returns the first answer that is not a
/// retry.
///
/// # Errors
///
/// [`Stopped`] with the last answer when the attempts run out or the
/// deadline passes (a `Retry-After` beyond the deadline stops at once).
pub async fn retry<F, Fut, T>(
    attempt: F,
    backoff: Backoff,
    limits: Limits,
) -> Result<Finished<T>, Stopped<T>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = T>,
    T: Decides,
{
    drive(attempt, limits, |decision, n| {
        backoff.retry_delay(decision, n)
    })
    .await
}

/// The loop of [`poll`] and [`retry`]: `wait` gives the delay before the
/// next attempt (given the decision and how many waits came before), or
/// `None` to stop.
async fn drive<F, Fut, T, W>(
    mut attempt: F,
    limits: Limits,
    mut wait: W,
) -> Result<Finished<T>, Stopped<T>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = T>,
    T: Decides,
    W: FnMut(Decision, u32) -> Option<Duration>,
{
    let deadline = Instant::now() + limits.deadline;
    let max_attempts = limits.max_attempts.max(1);
    let mut last = None;
    let mut attempts = 0;
    loop {
        attempts += 1;
        let value = match tokio::time::timeout_at(deadline, attempt()).await {
            Ok(value) => value,
            Err(_) => return Err(Stopped::Deadline { last, attempts }),
        };
        let Some(delay) = wait(value.decision(), attempts - 1) else {
            return Ok(Finished { value, attempts });
        };
        if attempts >= max_attempts {
            return Err(Stopped::Attempts {
                last: value,
                attempts,
            });
        }
        if Instant::now() + delay > deadline {
            return Err(Stopped::Deadline {
                last: Some(value),
                attempts,
            });
        }
        last = Some(value);
        tokio::time::sleep(delay).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn the_deadline_cuts_an_attempt_short() {
        let start = Instant::now();
        let calls = std::cell::Cell::new(0);
        let stopped = poll(
            || {
                calls.set(calls.get() + 1);
                async {
                    tokio::time::sleep(Duration::from_secs(10)).await;
                    Decision::Poll
                }
            },
            Backoff::new(Duration::from_secs(1), 2, Duration::from_secs(60)),
            Limits::new(100, Duration::from_secs(25)),
        )
        .await
        .unwrap_err();
        // 10s, wait 1s, 10s, wait 2s, then the third attempt is cut at 25s.
        assert_eq!(start.elapsed(), Duration::from_secs(25));
        assert_eq!(calls.get(), 3);
        assert_eq!(stopped.attempts(), 3);
        assert_eq!(stopped.last(), Some(&Decision::Poll));
        assert!(matches!(stopped, Stopped::Deadline { .. }));
    }

    #[tokio::test(start_paused = true)]
    async fn zero_attempts_still_make_one_and_retry_caps_retry_after() {
        let start = Instant::now();
        let stopped = retry(
            || async { Decision::Retry { after: None } },
            Backoff::new(Duration::from_secs(1), 2, Duration::from_secs(60)),
            Limits::new(0, Duration::from_secs(60)),
        )
        .await
        .unwrap_err();
        assert_eq!(
            stopped,
            Stopped::Attempts {
                last: Decision::Retry { after: None },
                attempts: 1
            }
        );
        assert_eq!(start.elapsed(), Duration::ZERO);

        // A Retry-After of an hour waits the backoff's maximum (5s).
        let hour = Decision::Retry {
            after: Some(Duration::from_secs(3600)),
        };
        let mut answers = [hour, Decision::Done].into_iter();
        let finished = retry(
            || {
                let next = answers.next().unwrap_or(Decision::Unknown);
                async move { next }
            },
            Backoff::new(Duration::from_secs(1), 2, Duration::from_secs(5)),
            Limits::new(3, Duration::from_secs(60)),
        )
        .await
        .unwrap();
        assert_eq!((finished.value, finished.attempts), (Decision::Done, 2));
        assert_eq!(start.elapsed(), Duration::from_secs(5));
    }

    #[test]
    fn backoff_saturates_and_caps() {
        let backoff = Backoff::new(Duration::from_secs(u64::MAX / 2), u32::MAX, Duration::MAX);
        assert_eq!(backoff.delay(5), Duration::MAX);
        let backoff = Backoff::new(Duration::from_secs(10), 2, Duration::from_secs(3));
        assert_eq!(backoff.delay(0), Duration::from_secs(3));
        assert_eq!(backoff.delay(u32::MAX), Duration::from_secs(3));
        // Factors that never reach the maximum return at once.
        let steady = Backoff::new(Duration::from_secs(2), 1, Duration::MAX);
        assert_eq!(steady.delay(u32::MAX), Duration::from_secs(2));
        let zero = Backoff::new(Duration::from_secs(2), 0, Duration::MAX);
        assert_eq!(
            (zero.delay(0), zero.delay(u32::MAX)),
            (Duration::from_secs(2), Duration::ZERO)
        );
        let doubling = Backoff::new(Duration::from_nanos(1), 2, Duration::MAX);
        assert_eq!(doubling.delay(u32::MAX), Duration::MAX);
    }

    #[test]
    fn a_zero_initial_delay_returns_at_once() {
        // Zero times any factor is zero: the loop must stop at once rather
        // than multiply u32::MAX times (this test would not finish).
        let zero = Backoff::new(Duration::ZERO, 2, Duration::MAX);
        assert_eq!(zero.delay(u32::MAX), Duration::ZERO);
        let zero = Backoff::new(Duration::ZERO, u32::MAX, Duration::from_secs(5));
        assert_eq!(zero.delay(u32::MAX), Duration::ZERO);
    }
}
