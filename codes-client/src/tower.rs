//! A [`tower::retry::Policy`] driven by the decision (feature `tower`):
//! [`DecisionPolicy`] retries an answer (or an error) whose decision is a
//! retry, after its `Retry-After` or else a [`Backoff`] (jittered unless
//! told otherwise), a bounded number of times; the waits are `tokio::time`
//! sleeps.
//!
//! ```
//! use std::time::Duration;
//! use codes_client::poll::Backoff;
//! use codes_client::tower::DecisionPolicy;
//! use codes_vendors::Decision;
//! use tower::{Service, ServiceExt, retry::Retry};
//!
//! # #[tokio::main(flavor = "current_thread", start_paused = true)]
//! # async fn main() {
//! let mut answers = vec![Decision::Done, Decision::Retry { after: None }];
//! let service = tower::service_fn(move |_: ()| {
//!     let next = answers.pop().unwrap_or(Decision::Unknown);
//!     async move { Ok::<_, Decision>(next) }
//! });
//! let backoff = Backoff::new(Duration::from_secs(2), 2, Duration::from_secs(60)).without_jitter();
//! let policy = DecisionPolicy::new(backoff, 3);
//! let start = tokio::time::Instant::now();
//! let answer = Retry::new(policy, service).oneshot(()).await;
//! assert_eq!(answer, Ok(Decision::Done));
//! assert_eq!(start.elapsed(), Duration::from_secs(2));
//! # }
//! ```

use core::time::Duration;

use codes_core::Decision;
use tokio::time::Sleep;

use crate::Decides;
use crate::guard::RetryGuard;
use crate::poll::Backoff;

/// Retries while the decision is a retry, at most `max_retries` times per
/// request, waiting `Retry-After` (capped at the backoff's `max`) or the
/// backoff, each retry let through by a [`RetryGuard`] (none by default:
/// [`guard`](DecisionPolicy::guard) gives it a partition's budget). Each
/// request starts from a fresh copy of the policy (tower clones it), so the
/// count is per request; a clone shares the budget.
///
/// The policy sees answers, not the request's method: a request is
/// idempotent unless told ([`guard`](DecisionPolicy::guard));
/// one that is not is retried only after a failure that says it was not
/// processed (a 429, a refused connection). A retry the guard refuses is
/// not made, and the answer is handed over as it is (as after the last
/// retry): a policy cannot say why, so the budget counts its refusals
/// ([`RetryBudget::refusals`](crate::guard::RetryBudget::refusals)), and the answer's
/// [`retry_cause`](Decides::retry_cause) says what failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionPolicy {
    backoff: Backoff,
    /// The most retries of a request.
    max_retries: u32,
    /// What lets each retry through.
    guard: RetryGuard,
    /// The retries made so far (the backoff's `n`).
    retries: u32,
    /// The last wait (the backoff's `initial` before the first), from
    /// which a decorrelated jitter draws the next.
    previous: Duration,
    /// What the last retry cost the budget (`None` before the first).
    spent: Option<u32>,
}

impl DecisionPolicy {
    /// A policy that retries at most `max_retries` times, backing off as
    /// `backoff` says when the answer gives no delay, with no budget.
    #[must_use]
    pub const fn new(backoff: Backoff, max_retries: u32) -> DecisionPolicy {
        DecisionPolicy {
            backoff,
            max_retries,
            guard: RetryGuard::new(),
            retries: 0,
            previous: backoff.initial,
            spent: None,
        }
    }

    /// The same policy, its retries let through by `guard`: a
    /// [`RetryBudget`](crate::guard::RetryBudget) shared with the partition's other requests, and the
    /// requests' [`Idempotency`](crate::guard::Idempotency) (idempotent unless told: the policy does
    /// not see the request's method).
    #[must_use]
    pub fn guard(mut self, guard: RetryGuard) -> DecisionPolicy {
        self.guard = guard;
        self
    }
}

impl<Req: Clone, Res: Decides, E: Decides> tower::retry::Policy<Req, Res, E> for DecisionPolicy {
    type Future = Sleep;

    fn retry(&mut self, _req: &mut Req, result: &mut Result<Res, E>) -> Option<Sleep> {
        let decision = result.decision();
        if !matches!(decision, Decision::Retry { .. }) {
            self.guard.settle(result, self.spent);
            return None;
        }
        if self.retries >= self.max_retries {
            return None;
        }
        let delay = self
            .backoff
            .next_retry_delay(decision, self.retries, self.previous)?;
        self.spent = Some(self.guard.admit(result).ok()?);
        self.retries += 1;
        self.previous = delay;
        Some(tokio::time::sleep(delay))
    }

    fn clone_request(&mut self, req: &Req) -> Option<Req> {
        Some(req.clone())
    }
}
