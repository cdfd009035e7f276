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
//! The backoff's delays are random by default ([`Jitter::Full`]): twenty
//! clients that failed at the same moment come back spread over the delay,
//! not all at its end. A `Retry-After` is waited as the server gave it
//! (capped at the backoff's `max`). [`Backoff::without_jitter`] gives exact
//! delays, [`Backoff::seeded`] the same random ones every run.
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
//! // Exact delays, for the assertion below; a client keeps the jitter.
//! let backoff = Backoff::new(Duration::from_secs(1), 2, Duration::from_secs(30)).without_jitter();
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
use crate::guard::{Refusal, RetryGuard};

/// How a [`Backoff`] spreads its delays, so that clients that failed
/// together do not come back together. `base` below is the exponential
/// delay, `min(max, initial * factor^n)` ([`Backoff::base_delay`]); the
/// three random ones are those of AWS's "Exponential Backoff And Jitter".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Jitter {
    /// No randomness: every delay is `base`, and clients that failed at
    /// once send again at once.
    None,
    /// A uniform random delay in `[0, base]`: the most spread, and the
    /// default.
    #[default]
    Full,
    /// Half fixed, half random: `base / 2` plus a uniform random delay in
    /// `[0, base / 2]`, for a client that must not retry at once.
    Equal,
    /// Each delay from the one before: a uniform random delay in
    /// `[initial, previous * 3]`, at most `max` (the first from `initial`).
    /// It does not use `factor`.
    Decorrelated,
}

/// Exponential backoff: `initial`, then multiplied by `factor` after each
/// wait, never more than `max`, and spread at random by a [`Jitter`] (full
/// jitter unless told otherwise) so that a fleet of clients that failed at
/// the same moment does not send again at the same moment.
///
/// The randomness is fastrand's thread-local generator (seeded anew for
/// each thread of each process) unless the backoff is
/// [`seeded`](Backoff::seeded): then each delay is drawn from the seed and
/// the wait's number, and the same backoff gives the same delays, for
/// tests. Either way a `Backoff` holds no random state, and stays `Copy`.
///
/// ```
/// use std::time::Duration;
/// use codes_client::poll::{Backoff, Jitter};
///
/// let backoff = Backoff::new(Duration::from_millis(500), 3, Duration::from_secs(4));
/// // Full jitter: anywhere from nothing to the exponential delay.
/// for n in 0..4 {
///     assert!(backoff.delay(n) <= backoff.base_delay(n));
/// }
/// let exact = backoff.jitter(Jitter::None); // or .without_jitter()
/// let delays: Vec<_> = (0..4).map(|n| exact.delay(n)).collect();
/// assert_eq!(delays, [500, 1500, 4000, 4000].map(Duration::from_millis));
/// // Seeded: the same delays every time.
/// let seeded = backoff.seeded(7);
/// assert_eq!(seeded.delay(2), seeded.delay(2));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff {
    /// The first delay.
    pub initial: Duration,
    /// What each delay is multiplied by for the next.
    pub factor: u32,
    /// The longest delay.
    pub max: Duration,
    /// How the delays are spread ([`Jitter::Full`] from [`Backoff::new`]).
    pub jitter: Jitter,
    /// The seed the delays are drawn from, or `None` (from
    /// [`Backoff::new`]) for fastrand's thread-local generator.
    pub seed: Option<u64>,
}

/// A decorrelated delay depends on the one before: [`Backoff::delay`]
/// replays at most this many draws before the one asked for. Each draw's
/// lower bound is `initial`, so the chain forgets where it started within a
/// few of them.
const DECORRELATED_REPLAY: u32 = 32;

impl Backoff {
    /// A backoff from `initial`, multiplied by `factor`, capped at `max`,
    /// with full jitter from fastrand's thread-local generator.
    #[must_use]
    pub const fn new(initial: Duration, factor: u32, max: Duration) -> Backoff {
        Backoff {
            initial,
            factor,
            max,
            jitter: Jitter::Full,
            seed: None,
        }
    }

    /// The same backoff with `jitter`.
    #[must_use]
    pub const fn jitter(self, jitter: Jitter) -> Backoff {
        Backoff { jitter, ..self }
    }

    /// The same backoff with no jitter ([`Jitter::None`]): every delay is
    /// [`base_delay`](Backoff::base_delay).
    #[must_use]
    pub const fn without_jitter(self) -> Backoff {
        self.jitter(Jitter::None)
    }

    /// The same backoff drawing its delays from `seed` (the `n`th delay
    /// from the seed and `n`): the same delays every time, for tests. Give
    /// each client of a fleet its own seed, or none.
    #[must_use]
    pub const fn seeded(self, seed: u64) -> Backoff {
        Backoff {
            seed: Some(seed),
            ..self
        }
    }

    /// The exponential delay of the `n`th wait (0 is the first), before
    /// jitter: `initial * factor^n`, saturating, capped at `max`.
    #[must_use]
    pub fn base_delay(&self, n: u32) -> Duration {
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

    /// The delay of the `n`th wait (0 is the first): the
    /// [`base_delay`](Backoff::base_delay) spread by the jitter. A
    /// decorrelated delay is drawn from the ones before it, replayed here
    /// (the last 32 of them); [`delays`](Backoff::delays), what [`poll`]
    /// and [`retry`] wait, carries them instead.
    #[must_use]
    pub fn delay(&self, n: u32) -> Duration {
        if self.jitter == Jitter::Decorrelated {
            let mut previous = self.initial;
            for k in n.saturating_sub(DECORRELATED_REPLAY)..=n {
                previous = self.draw(k, previous);
            }
            previous
        } else {
            self.draw(n, Duration::ZERO)
        }
    }

    /// The delays of one loop, one wait after another (an endless
    /// iterator): what [`poll`] and [`retry`] wait when the response gives
    /// no delay. With feature `backon`, `delays().take(n)` is a backon
    /// backoff.
    ///
    /// ```
    /// use std::time::Duration;
    /// use codes_client::poll::{Backoff, Jitter};
    ///
    /// let backoff = Backoff::new(Duration::from_millis(100), 2, Duration::from_secs(1))
    ///     .jitter(Jitter::Decorrelated)
    ///     .seeded(1);
    /// let delays: Vec<_> = backoff.delays().take(5).collect();
    /// assert!(delays.iter().all(|d| (Duration::from_millis(100)..=Duration::from_secs(1)).contains(d)));
    /// assert_eq!(delays, backoff.delays().take(5).collect::<Vec<_>>());
    /// ```
    #[must_use]
    pub const fn delays(&self) -> Delays {
        Delays {
            backoff: *self,
            waits: 0,
            previous: self.initial,
        }
    }

    /// The `n`th delay, `previous` being the one before (the decorrelated
    /// jitter's input; `initial` before the first).
    fn draw(&self, n: u32, previous: Duration) -> Duration {
        match self.jitter {
            Jitter::None => self.base_delay(n),
            Jitter::Full => self.uniform(n, Duration::ZERO, self.base_delay(n)),
            Jitter::Equal => {
                let base = self.base_delay(n);
                let half = base / 2;
                half + self.uniform(n, Duration::ZERO, base - half)
            }
            Jitter::Decorrelated => {
                let high = previous.saturating_mul(3).max(self.initial);
                self.uniform(n, self.initial, high).min(self.max)
            }
        }
    }

    /// A uniform random duration in `[low, high]` (`low <= high`), the
    /// `n`th draw: from the seed and `n` when seeded, else from fastrand's
    /// thread-local generator.
    fn uniform(&self, n: u32, low: Duration, high: Duration) -> Duration {
        let range = low.as_nanos()..=high.as_nanos();
        let nanos = match self.seed {
            // Each wait its own generator: a seed mixed with the wait's
            // number (times the golden ratio's 64 bits, as splitmix64 steps).
            Some(seed) => {
                fastrand::Rng::with_seed(seed ^ u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15))
                    .u128(range)
            }
            None => fastrand::u128(range),
        };
        from_nanos(nanos)
    }

    /// The wait before sending again after an answer that decided
    /// `decision`, `n` waits in (0 is the first): a retry's `Retry-After`
    /// as given, capped at `max` but not jittered (the server chose it),
    /// else [`delay(n)`](Backoff::delay); `None` (stop) when the decision
    /// is not a retry. [`retry`] and, with feature `tower`,
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
    /// let ten = Decision::Retry { after: Some(Duration::from_secs(3)) };
    /// assert_eq!(backoff.retry_delay(ten, 0), Some(Duration::from_secs(3)));
    /// let jittered = backoff.retry_delay(Decision::Retry { after: None }, 1).unwrap();
    /// assert!(jittered <= Duration::from_secs(2));
    /// assert_eq!(backoff.without_jitter().retry_delay(Decision::Retry { after: None }, 1), Some(Duration::from_secs(2)));
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

    /// [`retry_delay`](Backoff::retry_delay) with the delay before it
    /// known (`previous`, for decorrelated jitter): what [`Delays`] and the
    /// tower policy wait.
    pub(crate) fn next_retry_delay(
        &self,
        decision: Decision,
        n: u32,
        previous: Duration,
    ) -> Option<Duration> {
        match decision {
            Decision::Retry { after: Some(after) } => Some(after.min(self.max)),
            Decision::Retry { after: None } => Some(self.draw(n, previous)),
            _ => None,
        }
    }
}

/// A duration of `nanos` nanoseconds (at most `Duration::MAX`'s).
fn from_nanos(nanos: u128) -> Duration {
    const NANOS_PER_SEC: u128 = 1_000_000_000;
    let secs = u64::try_from(nanos / NANOS_PER_SEC).unwrap_or(u64::MAX);
    let subsec = u32::try_from(nanos % NANOS_PER_SEC).unwrap_or(0);
    Duration::new(secs, subsec)
}

/// The delays of one loop, one wait after another, from
/// [`Backoff::delays`]: each decorrelated delay drawn from the one waited
/// before it.
#[derive(Clone, Debug)]
pub struct Delays {
    backoff: Backoff,
    /// The waits so far (the next one's `n`).
    waits: u32,
    /// The last wait (`initial` before the first).
    previous: Duration,
}

impl Delays {
    /// The wait after an answer that decided `decision`, as
    /// [`Backoff::retry_delay`] says, counted as a wait when there is one
    /// (a `Retry-After` too: the next backoff delay is the one after it).
    pub fn retry_delay(&mut self, decision: Decision) -> Option<Duration> {
        let delay = self
            .backoff
            .next_retry_delay(decision, self.waits, self.previous)?;
        self.waits = self.waits.saturating_add(1);
        self.previous = delay;
        Some(delay)
    }
}

impl Iterator for Delays {
    type Item = Duration;

    fn next(&mut self) -> Option<Duration> {
        self.retry_delay(Decision::Retry { after: None })
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
    /// The last answer asked for a retry and the [`RetryGuard`] refused
    /// it ([`retry_with`]): the answer is the failure the retry would have
    /// hidden.
    Refused {
        /// The last answer (its [`retry_cause`](Decides::retry_cause)
        /// says what failed).
        last: T,
        /// How many attempts were made.
        attempts: u32,
        /// Why the retry was not made.
        refusal: Refusal,
    },
}

impl<T> Stopped<T> {
    /// The last answer received, if any.
    #[must_use]
    pub fn last(&self) -> Option<&T> {
        match self {
            Stopped::Deadline { last, .. } => last.as_ref(),
            Stopped::Attempts { last, .. } | Stopped::Refused { last, .. } => Some(last),
        }
    }

    /// How many attempts were made.
    #[must_use]
    pub const fn attempts(&self) -> u32 {
        match self {
            Stopped::Deadline { attempts, .. }
            | Stopped::Attempts { attempts, .. }
            | Stopped::Refused { attempts, .. } => *attempts,
        }
    }

    /// Why a retry was refused, when one was.
    #[must_use]
    pub const fn refusal(&self) -> Option<Refusal> {
        match self {
            Stopped::Refused { refusal, .. } => Some(*refusal),
            _ => None,
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
            Stopped::Refused {
                attempts, refusal, ..
            } => {
                write!(f, "no retry after {attempts} attempt(s): {refusal}")
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
    let mut delays = backoff.delays();
    let wait = |decision| match decision {
        Decision::Poll => delays.next(),
        _ => None,
    };
    drive("poll", attempt, limits, wait, None).await
}

/// Sends again while the answer is [`Decision::Retry`], waiting as the
/// response says (`Retry-After`, capped at `backoff.max`) or else as
/// `backoff` says, within `limits`; returns the first answer that is not a
/// retry. It spends from no budget: [`retry_with`] with a [`RetryGuard`]
/// that holds one.
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
    retry_with(attempt, backoff, limits, &RetryGuard::new()).await
}

/// [`retry`], each retry let through by `guard`: not made when the request
/// is not idempotent and the failure may have been processed (checked
/// first), and spent from its [`RetryBudget`](crate::guard::RetryBudget),
/// if it has one, once the limits allow the retry (a retry the attempts or
/// the deadline stop costs nothing). The answer that ends the loop settles
/// with the guard: a success refills the budget.
///
/// ```
/// use std::time::Duration;
/// use codes_client::guard::{Idempotency, Refusal, RetryGuard};
/// use codes_client::poll::{retry_with, Backoff, Limits, Stopped};
/// use codes_vendors::{Basis, Decision, Verdict};
///
/// # #[tokio::main(flavor = "current_thread", start_paused = true)]
/// # async fn main() {
/// // A POST whose answer was a 502 (decided by the HTTP status): it may
/// // have been processed, so it is not sent again.
/// let bad_gateway = Verdict { decision: Decision::Retry { after: None }, basis: Basis::HttpStatus };
/// let post = RetryGuard::new().idempotency(Idempotency::NotIdempotent);
/// let backoff = Backoff::new(Duration::from_secs(1), 2, Duration::from_secs(30));
/// let limits = Limits::new(5, Duration::from_secs(60));
/// let stopped = retry_with(|| async { bad_gateway }, backoff, limits, &post).await.unwrap_err();
/// assert!(matches!(stopped, Stopped::Refused { refusal: Refusal::NotIdempotent, attempts: 1, .. }));
/// # }
/// ```
///
/// ```
/// use std::time::Duration;
/// use codes_client::guard::{Quota, Refusal, RetryBudget, RetryGuard};
/// use codes_client::poll::{retry_with, Backoff, Limits, Stopped};
/// use codes_vendors::Decision;
///
/// # #[tokio::main(flavor = "current_thread", start_paused = true)]
/// # async fn main() {
/// // One vendor's budget, shared by its requests: room for two retries.
/// let budget = RetryBudget::new(Quota { capacity: 10, ..Quota::AWS_STANDARD });
/// let guard = RetryGuard::new().budget(budget.clone());
/// let backoff = Backoff::new(Duration::from_secs(1), 2, Duration::from_secs(30));
/// let limits = Limits::new(5, Duration::from_secs(60));
/// let unavailable = || async { Decision::Retry { after: None } };
/// let stopped = retry_with(unavailable, backoff, limits, &guard).await.unwrap_err();
/// assert_eq!(stopped.refusal(), Some(Refusal::BudgetEmpty));
/// assert_eq!(stopped.attempts(), 3); // not 5
/// assert!(matches!(stopped, Stopped::Refused { refusal: Refusal::BudgetEmpty, .. }));
/// # }
/// ```
///
/// # Errors
///
/// [`Stopped`] as for [`retry`], and [`Stopped::Refused`] with the last
/// answer when the guard refuses a retry.
pub async fn retry_with<F, Fut, T>(
    attempt: F,
    backoff: Backoff,
    limits: Limits,
    guard: &RetryGuard,
) -> Result<Finished<T>, Stopped<T>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = T>,
    T: Decides,
{
    let mut delays = backoff.delays();
    let wait = |decision| delays.retry_delay(decision);
    drive("retry", attempt, limits, wait, Some(guard)).await
}

/// The loop of [`poll`] and [`retry`]: `wait` gives the delay before the
/// next attempt (given the decision), or `None` to stop; `guard`, if any,
/// lets each retry through, once the limits have, and settles the answer
/// that ends the loop.
async fn drive<F, Fut, T, W>(
    kind: &'static str,
    attempt: F,
    limits: Limits,
    wait: W,
    guard: Option<&RetryGuard>,
) -> Result<Finished<T>, Stopped<T>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = T>,
    T: Decides,
    W: FnMut(Decision) -> Option<Duration>,
{
    let run = async {
        let ended = attempts(attempt, limits, wait, guard).await;
        trace::ended(&ended);
        ended
    };
    #[cfg(feature = "tracing")]
    let run = tracing::Instrument::instrument(run, trace::span(kind, limits));
    #[cfg(not(feature = "tracing"))]
    let _ = kind;
    run.await
}

/// The loop of [`drive`], attempt after attempt.
async fn attempts<F, Fut, T, W>(
    mut attempt: F,
    limits: Limits,
    mut wait: W,
    guard: Option<&RetryGuard>,
) -> Result<Finished<T>, Stopped<T>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = T>,
    T: Decides,
    W: FnMut(Decision) -> Option<Duration>,
{
    let deadline = Instant::now() + limits.deadline;
    let max_attempts = limits.max_attempts.max(1);
    let mut last = None;
    let mut attempts = 0;
    // What the last retry cost the guard's budget.
    let mut spent = None;
    loop {
        attempts += 1;
        let value = match tokio::time::timeout_at(deadline, attempt()).await {
            Ok(value) => value,
            Err(_) => return Err(Stopped::Deadline { last, attempts }),
        };
        let delay = wait(value.decision());
        trace::attempt(attempts, &value, delay);
        let Some(delay) = delay else {
            if let Some(guard) = guard {
                guard.settle(&value, spent);
            }
            return Ok(Finished { value, attempts });
        };
        // A request that must not be sent again says so before the limits.
        if let Some(Err(refusal)) = guard.map(|guard| guard.resend(value.retry_cause())) {
            return Err(Stopped::Refused {
                last: value,
                attempts,
                refusal,
            });
        }
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
        if let Some(guard) = guard {
            match guard.admit(&value) {
                Ok(cost) => spent = Some(cost),
                Err(refusal) => {
                    return Err(Stopped::Refused {
                        last: value,
                        attempts,
                        refusal,
                    });
                }
            }
        }
        last = Some(value);
        tokio::time::sleep(delay).await;
    }
}

/// What a loop tells `tracing` (feature `tracing`; without it, nothing): a
/// span a loop (`poll` or `retry`, its limits), an event an attempt (its
/// decision, what decided it, the wait before the next), one at the end.
mod trace {
    use super::{Decides, Duration, Finished, Stopped};

    /// The loop's span.
    #[cfg(feature = "tracing")]
    pub(super) fn span(kind: &'static str, limits: super::Limits) -> tracing::Span {
        tracing::info_span!(
            "codes_client::loop",
            kind,
            max_attempts = limits.max_attempts,
            deadline_ms = millis(limits.deadline),
        )
    }

    /// An attempt's answer, and the wait before the next (none: the answer
    /// ends the loop, or the loop stops).
    pub(super) fn attempt<T: Decides>(attempt: u32, value: &T, wait: Option<Duration>) {
        #[cfg(feature = "tracing")]
        tracing::debug!(
            attempt,
            decision = %value.decision(),
            basis = value.basis().map(tracing::field::display),
            wait_ms = wait.map(millis),
            "attempt",
        );
        #[cfg(not(feature = "tracing"))]
        let _ = (attempt, value, wait);
    }

    /// How the loop ended.
    pub(super) fn ended<T>(ended: &Result<Finished<T>, Stopped<T>>) {
        #[cfg(feature = "tracing")]
        match ended {
            Ok(finished) => tracing::debug!(attempts = finished.attempts, "finished"),
            Err(stopped) => tracing::debug!(attempts = stopped.attempts(), %stopped, "stopped"),
        }
        #[cfg(not(feature = "tracing"))]
        let _ = ended;
    }

    /// A duration in whole milliseconds, saturating.
    #[cfg(feature = "tracing")]
    fn millis(duration: Duration) -> u64 {
        u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
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
    async fn zero_attempts_still_make_one_and_retry_caps_retry_after_but_does_not_jitter_it() {
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

        // A Retry-After of an hour waits the backoff's maximum (5s); one of
        // 1.5s waits 1.5s: the server's delay is not jittered.
        let hour = Decision::Retry {
            after: Some(Duration::from_secs(3600)),
        };
        let soon = Decision::Retry {
            after: Some(Duration::from_millis(1500)),
        };
        let mut answers = [hour, soon, Decision::Done].into_iter();
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
        assert_eq!((finished.value, finished.attempts), (Decision::Done, 3));
        assert_eq!(start.elapsed(), Duration::from_millis(5000 + 1500));
    }

    #[test]
    fn backoff_saturates_and_caps() {
        let backoff = Backoff::new(Duration::from_secs(u64::MAX / 2), u32::MAX, Duration::MAX);
        assert_eq!(backoff.base_delay(5), Duration::MAX);
        assert_eq!(backoff.without_jitter().delay(5), Duration::MAX);
        let backoff = Backoff::new(Duration::from_secs(10), 2, Duration::from_secs(3));
        assert_eq!(backoff.base_delay(0), Duration::from_secs(3));
        assert_eq!(backoff.base_delay(u32::MAX), Duration::from_secs(3));
        // Factors that never reach the maximum return at once.
        let steady = Backoff::new(Duration::from_secs(2), 1, Duration::MAX);
        assert_eq!(steady.base_delay(u32::MAX), Duration::from_secs(2));
        let zero = Backoff::new(Duration::from_secs(2), 0, Duration::MAX);
        assert_eq!(
            (zero.base_delay(0), zero.base_delay(u32::MAX)),
            (Duration::from_secs(2), Duration::ZERO)
        );
        let doubling = Backoff::new(Duration::from_nanos(1), 2, Duration::MAX);
        assert_eq!(doubling.base_delay(u32::MAX), Duration::MAX);
        // Every jitter draws within its bounds up to `Duration::MAX`.
        for jitter in [Jitter::Full, Jitter::Equal, Jitter::Decorrelated] {
            let huge = doubling.jitter(jitter);
            assert!(huge.delay(u32::MAX) <= Duration::MAX);
            assert!(huge.delays().take(200).all(|d| d >= Duration::ZERO));
        }
    }

    #[test]
    fn a_zero_initial_delay_returns_at_once() {
        // Zero times any factor is zero: the loop must stop at once rather
        // than multiply u32::MAX times (this test would not finish).
        let zero = Backoff::new(Duration::ZERO, 2, Duration::MAX);
        assert_eq!(zero.base_delay(u32::MAX), Duration::ZERO);
        let zero = Backoff::new(Duration::ZERO, u32::MAX, Duration::from_secs(5));
        assert_eq!(zero.base_delay(u32::MAX), Duration::ZERO);
        for jitter in [
            Jitter::None,
            Jitter::Full,
            Jitter::Equal,
            Jitter::Decorrelated,
        ] {
            assert_eq!(zero.jitter(jitter).delay(u32::MAX), Duration::ZERO);
        }
    }

    /// `(mean, standard deviation)` of durations, in milliseconds.
    fn spread(delays: &[Duration]) -> (f64, f64) {
        let ms: Vec<f64> = delays.iter().map(|d| d.as_secs_f64() * 1e3).collect();
        let mean = ms.iter().sum::<f64>() / ms.len() as f64;
        let variance = ms.iter().map(|m| (m - mean).powi(2)).sum::<f64>() / ms.len() as f64;
        (mean, variance.sqrt())
    }

    #[test]
    fn each_jitter_draws_within_its_bounds() {
        let backoff = Backoff::new(Duration::from_millis(400), 2, Duration::from_secs(2));
        let ms = Duration::from_millis;
        for n in 0..6 {
            let base = backoff.base_delay(n);
            let full: Vec<_> = (0..500).map(|_| backoff.delay(n)).collect();
            assert!(full.iter().all(|d| *d <= base));
            let equal: Vec<_> = (0..500)
                .map(|_| backoff.jitter(Jitter::Equal).delay(n))
                .collect();
            assert!(equal.iter().all(|d| (base / 2..=base).contains(d)));
            // Uniform: the mean is half the range, the deviation its 1/sqrt(12).
            let (mean, deviation) = spread(&full);
            let half = base.as_secs_f64() * 1e3 / 2.0;
            assert!((mean - half).abs() < half / 5.0, "{n}: {mean} ms");
            assert!(
                (deviation - half / 3f64.sqrt()).abs() < half / 5.0,
                "{n}: {deviation} ms"
            );
            assert_eq!(backoff.without_jitter().delay(n), base);
        }
        let decorrelated = backoff.jitter(Jitter::Decorrelated);
        let delays: Vec<_> = decorrelated.delays().take(500).collect();
        assert!(delays.iter().all(|d| (ms(400)..=ms(2000)).contains(d)));
        // Each at most three times the one before.
        assert!(delays.windows(2).all(|w| w[1] <= (w[0] * 3).max(ms(400))));
        assert!(spread(&delays).1 > 100.0);
        assert!((0..50).all(|n| (ms(400)..=ms(2000)).contains(&decorrelated.delay(n))));
    }

    #[test]
    fn a_seeded_backoff_gives_the_same_delays_every_time() {
        let backoff = Backoff::new(Duration::from_millis(400), 2, Duration::from_secs(2));
        for jitter in [Jitter::Full, Jitter::Equal, Jitter::Decorrelated] {
            let seeded = backoff.jitter(jitter).seeded(42);
            let once: Vec<_> = seeded.delays().take(20).collect();
            assert_eq!(once, seeded.delays().take(20).collect::<Vec<_>>());
            // `delay(n)` replays the same draws as the loop's delays.
            assert_eq!(once, (0..20).map(|n| seeded.delay(n)).collect::<Vec<_>>());
            // Another seed, other delays.
            let other: Vec<_> = backoff
                .jitter(jitter)
                .seeded(43)
                .delays()
                .take(20)
                .collect();
            assert_ne!(once, other, "{jitter:?}");
        }
        // Seeds of a fleet, one a client: their first delays spread.
        let first: Vec<_> = (0..20).map(|seed| backoff.seeded(seed).delay(0)).collect();
        assert!(spread(&first).1 > 50.0, "{first:?}");
    }
}
