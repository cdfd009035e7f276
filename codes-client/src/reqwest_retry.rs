//! A [`RetryableStrategy`] for reqwest-retry driven by the decision
//! (feature `reqwest-retry`).
//!
//! A middleware sees a response before its body is read, so the strategy
//! decides from the HTTP status (RFC 9110's classes, or a vendor's HTTP
//! table) and `Retry-After`: a retry is [`Retryable::Transient`], a failure
//! (fix the request, vendor failure, unknown) is [`Retryable::Fatal`], and
//! done, poll and redirect are `None` (the middleware hands the response
//! over). A transport error is decided as reqwest-retry decides it, which
//! makes more request errors fatal than `Decides for reqwest::Error` does
//! (see [`DecisionStrategy`]'s `handle`). Codes in the body (a Clarifai
//! `CONN_THROTTLED` inside a 200) are for the client's own loop after
//! [`crate::reqwest::receive`]; reqwest-retry's delays are its retry
//! policy's (it does not read `Retry-After`).
//!
//! A strategy does not see the request: its requests are idempotent unless
//! told ([`DecisionStrategy::guard`]; one client's strategy for its
//! POSTs, another's for the rest), and a request that is not is retried
//! only after a failure that says it was not processed (a 429, a 503 with
//! `Retry-After`, a refused connection); after a 502 or a timeout the
//! strategy answers `Fatal`.
//!
//! With a [`RetryBudget`](crate::guard::RetryBudget) ([`DecisionStrategy::guard`]), each retry the
//! strategy answers `Transient` is spent from it, and each success refills
//! it by the quota's `success_refill`; an empty budget answers `Fatal`, and
//! the middleware hands the response over (the budget counts the
//! refusals). The strategy sees one answer at a time, not its request: it
//! does not know a success came after retries (so refills by the first
//! attempt's amount, not the last retry's cost), nor that the policy will
//! stop (reqwest-retry asks its policy after the strategy, so the last
//! answer of a request out of retries is charged a retry that is not
//! sent). `poll::retry_with` and the tower policy count exactly.
//!
//! ```
//! use codes_client::guard::{RetryBudget, RetryGuard};
//! use codes_client::reqwest_retry::DecisionStrategy;
//! use reqwest_retry::{policies::ExponentialBackoff, RetryTransientMiddleware};
//!
//! // One budget for every request this client sends to the vendor.
//! let budget = RetryBudget::default();
//! let policy = ExponentialBackoff::builder().build_with_max_retries(3);
//! let strategy = DecisionStrategy::new().guard(RetryGuard::new().budget(budget.clone()));
//! let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
//!     .with(RetryTransientMiddleware::new_with_policy_and_strategy(policy, strategy))
//!     .build();
//! # drop(client);
//! ```

use codes_core::{Decide, Decision};
use reqwest_middleware::Error;
use reqwest_retry::{Retryable, RetryableStrategy, default_on_request_failure};

use crate::Decides;
use crate::guard::{RetryCause, RetryGuard};

/// Decides a response from its HTTP status and headers; see the [module
/// documentation](self).
#[derive(Clone, Debug)]
pub struct DecisionStrategy {
    http: fn(u16) -> Decide,
    guard: RetryGuard,
}

impl Default for DecisionStrategy {
    fn default() -> Self {
        DecisionStrategy::new()
    }
}

impl DecisionStrategy {
    /// The HTTP status read by RFC 9110 ([`Decide::http_status`]), no
    /// budget.
    #[must_use]
    pub const fn new() -> DecisionStrategy {
        DecisionStrategy {
            http: |status| Decide::new().http_status(status),
            guard: RetryGuard::new(),
        }
    }

    /// The HTTP status read by a vendor's HTTP table (ModelArts' 503 is a
    /// client error):
    ///
    /// ```
    /// use codes_client::reqwest_retry::DecisionStrategy;
    /// use codes_vendors::{modelarts::ModelArts, Decide};
    ///
    /// let strategy = DecisionStrategy::with_http(|status| Decide::new().http_code(ModelArts::from(status)));
    /// # drop(strategy);
    /// ```
    #[must_use]
    pub const fn with_http(http: fn(u16) -> Decide) -> DecisionStrategy {
        DecisionStrategy {
            http,
            guard: RetryGuard::new(),
        }
    }

    /// The same strategy, its retries let through by `guard`: a
    /// [`RetryBudget`](crate::guard::RetryBudget) shared with the partition's other requests, and the
    /// requests' [`Idempotency`](crate::guard::Idempotency) (idempotent unless told: the strategy does
    /// not see the request's method).
    #[must_use]
    pub fn guard(mut self, guard: RetryGuard) -> DecisionStrategy {
        self.guard = guard;
        self
    }

    /// What the strategy decides for a response with this status and
    /// headers.
    #[must_use]
    pub fn decide(&self, response: &reqwest::Response) -> Decision {
        crate::reqwest::decide_head(response, self.http)
    }
}

/// How reqwest-retry treats a decision: retries are transient, failures
/// fatal, anything else (done, poll, redirect) goes to the caller.
#[must_use]
pub const fn retryable(decision: Decision) -> Option<Retryable> {
    match decision {
        Decision::Retry { .. } => Some(Retryable::Transient),
        Decision::FixRequest | Decision::VendorFailure | Decision::Unknown => {
            Some(Retryable::Fatal)
        }
        Decision::Done | Decision::Poll | Decision::Redirect => None,
    }
}

/// A response as [`DecisionStrategy::decide`] and [`retryable`] say; an
/// error as reqwest-retry's `default_on_request_failure` says. That retries
/// a timeout or a connection failure, but a request error (`is_request`)
/// only when hyper saw an incomplete message, a cancelled connection, or a
/// connection reset or aborted: the other request errors are fatal. It is
/// narrower than `Decides for reqwest::Error` (module `reqwest`), which
/// retries every request error. A retry the guard refuses is fatal.
impl RetryableStrategy for DecisionStrategy {
    fn handle(&self, res: &Result<reqwest::Response, Error>) -> Option<Retryable> {
        let (decision, cause) = match res {
            Ok(response) => {
                let decision = self.decide(response);
                (decision, crate::reqwest::head_cause(response, decision))
            }
            Err(error) => {
                let retryable = default_on_request_failure(error);
                if retryable != Some(Retryable::Transient) {
                    return retryable;
                }
                let cause = match error {
                    Error::Reqwest(error) => error.retry_cause(),
                    Error::Middleware(_) => RetryCause::Unclear,
                };
                (Decision::Retry { after: None }, cause)
            }
        };
        match retryable(decision) {
            Some(Retryable::Transient) => Some(match self.guard.admit_cause(cause) {
                Ok(_) => Retryable::Transient,
                Err(_) => Retryable::Fatal,
            }),
            None => {
                self.guard.settle(&decision, None);
                None
            }
            fatal => fatal,
        }
    }
}
