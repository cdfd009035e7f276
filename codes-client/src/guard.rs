//! What a retry must pass besides its decision: the request's
//! [`Idempotency`] (may it be processed twice?) and the retry budget of its
//! partition ([`RetryBudget`]), shared by every request to one vendor or
//! endpoint. [`RetryGuard`] holds both for `poll::retry_with`, the tower
//! policy and the reqwest-retry strategy alike.
//!
//! # Idempotency
//!
//! A failure that says the request was not processed ([`RetryCause::NotSent`]:
//! the connection was refused; [`RetryCause::Refused`]: a 429, a 503 with
//! `Retry-After`, a vendor's throttle or busy code, gRPC `UNAVAILABLE`) is
//! retried for any request. One that leaves it open
//! ([`RetryCause::Lost`]: a timeout or a reset after sending, gRPC
//! `DEADLINE_EXCEEDED`; [`RetryCause::Unclear`]: 408, 502, 504, a 503 with
//! no `Retry-After`) only for an idempotent request: sending a payment
//! twice because its first answer was lost is worse than reporting the
//! failure. [`Idempotency::of`] reads RFC 9110's idempotent methods (GET,
//! HEAD, OPTIONS, TRACE, PUT, DELETE); a POST or PATCH is not idempotent
//! unless its caller says so ([`Idempotency::of_request`] counts an
//! `Idempotency-Key` header as saying so). A refused retry is
//! [`Refusal::NotIdempotent`], and the answer's
//! [`retry_cause`](Decides::retry_cause) says what failed.
//!
//! A loop, a tower policy or a reqwest-retry strategy sees answers, not the
//! request's method, so its guard treats the request as idempotent, as it
//! did before, unless told otherwise
//! ([`RetryGuard::idempotency`]): give a POST's loop
//! `RetryGuard::new().idempotency(Idempotency::of(&Method::POST))`.
//!
//! ```
//! use codes_client::guard::{Idempotency, Refusal, RetryCause, RetryGuard};
//! use http::Method;
//!
//! let post = RetryGuard::new().idempotency(Idempotency::of(&Method::POST));
//! assert_eq!(post.admit_cause(RetryCause::Refused), Ok(0)); // a 429: never processed
//! assert_eq!(post.admit_cause(RetryCause::Unclear), Err(Refusal::NotIdempotent)); // a 502
//! let get = RetryGuard::new().idempotency(Idempotency::of(&Method::GET));
//! assert_eq!(get.admit_cause(RetryCause::Lost), Ok(0)); // a timeout
//! ```
//!
//! # The budget
//!
//! One client backing off is polite; a thousand clients each retrying a
//! failing vendor five times multiply an outage's load by five. A
//! [`RetryBudget`] is a token bucket shared across requests: a retry spends
//! from it, a success refills it, and an empty budget turns the retry into
//! the failure it would otherwise hide ([`Refusal::BudgetEmpty`]). While the
//! vendor answers, the retries cost little; when it fails for everyone, the
//! fleet's retries stop once the budget is spent, and the first attempts'
//! successes bring them back.
//!
//! Its numbers are AWS's standard retry quota ([`Quota::AWS_STANDARD`], as
//! smithy-rs' and botocore's standard retry modes have them): 500 tokens; a
//! retry after an answer costs 5, one after no answer (a timeout, a
//! connection that failed) 10; a success on the first attempt returns 1, a
//! success after retries returns what its last retry cost. Of the three
//! anchors, it is the one whose unit is the retry (gRPC's A6 throttling
//! counts failures, first attempts included, and its numbers come from each
//! service's config), that needs no clock (tower's `TpsBudget` keeps a
//! window of deposits over time), and whose figures are published defaults:
//! from full, an outage that fails every request lets through 100 retries
//! after an answer (50 after no answer) before the budget is empty.
//!
//! A budget is a partition's: keep one per vendor, or per endpoint, and
//! hand a clone to each loop or policy that sends there (a clone shares the
//! tokens). No budget is used unless one is given: a budget made for one
//! call would hold one request's retries, which the maximum of attempts
//! already bounds, and a hidden process-wide one would let one failing
//! vendor stop the retries to every other.
//!
//! ```
//! use codes_client::guard::{Quota, Refusal, RetryBudget, RetryGuard};
//! use codes_vendors::Decision;
//!
//! let budget = RetryBudget::default();
//! assert_eq!(budget.available(), 500);
//! let guard = RetryGuard::new().budget(budget.clone());
//! // A 503 asks for a retry: the guard lets it through, for 5 tokens.
//! let unavailable = Decision::Retry { after: None };
//! assert_eq!(guard.admit(&unavailable), Ok(5));
//! assert_eq!(budget.available(), 495);
//!
//! // A small budget runs out, and says so.
//! let small = RetryBudget::new(Quota { capacity: 7, ..Quota::AWS_STANDARD });
//! let guard = RetryGuard::new().budget(small.clone());
//! assert_eq!(guard.admit(&unavailable), Ok(5));
//! assert_eq!(guard.admit(&unavailable), Err(Refusal::BudgetEmpty));
//! // A success on a first attempt refills it by one.
//! guard.settle(&Decision::Done, None);
//! assert_eq!(small.available(), 3);
//! assert_eq!(small.refusals(), 1);
//! ```

use core::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

use codes_core::{Basis, Decision, Verdict};
use http::{HeaderMap, Method};

use crate::Decides;

/// What failed, for an answer that asks for a retry: whether the request
/// was sent, and whether an answer says what became of it. It sets whether
/// a request that is not idempotent may be sent again ([`NotSent`] and
/// [`Refused`] say it was not processed; [`Lost`] and [`Unclear`] leave it
/// open) and what a retry costs a [`RetryBudget`] (no answer costs more).
///
/// [`NotSent`]: RetryCause::NotSent
/// [`Refused`]: RetryCause::Refused
/// [`Lost`]: RetryCause::Lost
/// [`Unclear`]: RetryCause::Unclear
///
/// [`Decides::retry_cause`] gives it: a received response from its status,
/// headers and what decided it, a transport error from its kind, a gRPC
/// status from its code; a bare [`Decision`] is [`Unclear`](Self::Unclear).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RetryCause {
    /// The request was never sent: the connection was refused, or failed
    /// before the request left (name resolution, TLS).
    NotSent,
    /// An answer that refused the request: HTTP 429, a 503 with a
    /// `Retry-After`, a vendor's code classed retry (throttled, busy,
    /// loading, in maintenance), gRPC `UNAVAILABLE` or `RESOURCE_EXHAUSTED`.
    Refused,
    /// The request was sent and no answer came: a timeout, or a connection
    /// reset or closed after sending (gRPC `DEADLINE_EXCEEDED` too).
    Lost,
    /// An answer that asks for a retry without saying the request was left
    /// alone: 408, 502, 504, a 503 without `Retry-After`, a retry decided by
    /// the body or by an item of a batch, gRPC `ABORTED`; and any retry
    /// nothing says more of.
    Unclear,
}

impl RetryCause {
    /// What a response asking for a retry says of its request, from its
    /// HTTP status and its verdict: a vendor's code decided it (the vendor
    /// answered, and chose not to do the work), or the status did (429; a
    /// 503 with a delay).
    ///
    /// ```
    /// use std::time::Duration;
    /// use codes_client::guard::RetryCause;
    /// use codes_vendors::{Basis, Decision, Verdict};
    ///
    /// let by_status = |decision| Verdict { decision, basis: Basis::HttpStatus };
    /// let retry = Decision::Retry { after: None };
    /// let later = Decision::Retry { after: Some(Duration::from_secs(5)) };
    /// assert_eq!(RetryCause::of_http(429, by_status(retry)), RetryCause::Refused);
    /// assert_eq!(RetryCause::of_http(503, by_status(later)), RetryCause::Refused);
    /// assert_eq!(RetryCause::of_http(503, by_status(retry)), RetryCause::Unclear);
    /// assert_eq!(RetryCause::of_http(502, by_status(retry)), RetryCause::Unclear);
    /// // Clarifai's CONN_THROTTLED inside a 200.
    /// assert_eq!(RetryCause::of_http(200, Verdict { decision: retry, basis: Basis::Code }), RetryCause::Refused);
    /// ```
    #[must_use]
    pub const fn of_http(status: u16, verdict: Verdict) -> RetryCause {
        match (verdict.basis, status, verdict.decision) {
            (Basis::HttpStatus, 429, _)
            | (Basis::HttpStatus, 503, Decision::Retry { after: Some(_) }) => RetryCause::Refused,
            (Basis::HttpStatus, ..) => RetryCause::Unclear,
            _ => RetryCause::of_verdict(verdict),
        }
    }

    /// What a verdict alone says (no HTTP status known): a retry decided
    /// by a vendor's code ([`Basis::Code`], [`Basis::Group`]) is
    /// [`Refused`](Self::Refused), anything else [`Unclear`](Self::Unclear).
    ///
    /// The tables class codes; they do not say which retry codes are a
    /// throttle and which a timeout inside the vendor (Clarifai's
    /// `RPC_REQUEST_TIMEOUT` is classed retry too), so every retry code
    /// counts as refused. A client that must not resend after such a code
    /// reads it and asks [`RetryGuard::admit_cause`] with its own cause.
    #[must_use]
    pub const fn of_verdict(verdict: Verdict) -> RetryCause {
        match verdict.basis {
            Basis::Code | Basis::Group => RetryCause::Refused,
            _ => RetryCause::Unclear,
        }
    }

    /// `true` when the failure says the request was not processed
    /// ([`NotSent`](Self::NotSent), [`Refused`](Self::Refused)): any
    /// request may be sent again.
    #[must_use]
    pub const fn is_unprocessed(self) -> bool {
        matches!(self, RetryCause::NotSent | RetryCause::Refused)
    }

    /// `true` when no answer came ([`NotSent`](Self::NotSent),
    /// [`Lost`](Self::Lost)): the retry costs a budget its
    /// [`timeout_cost`](Quota::timeout_cost).
    #[must_use]
    pub const fn is_unanswered(self) -> bool {
        matches!(self, RetryCause::NotSent | RetryCause::Lost)
    }
}

impl fmt::Display for RetryCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RetryCause::NotSent => "the request was not sent",
            RetryCause::Refused => "the answer refused the request",
            RetryCause::Lost => "no answer came after the request was sent",
            RetryCause::Unclear => "the answer does not say whether the request was processed",
        })
    }
}

/// Whether a request may be processed twice with the effect of once: what
/// decides if a failure that may have been processed is retried.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Idempotency {
    /// Sending it again is harmless (GET, PUT, DELETE, or a POST with an
    /// idempotency key): every retry the decision asks for is made. The
    /// default of a guard, which does not see the request.
    #[default]
    Idempotent,
    /// Sending it again may do the work twice (a POST, a PATCH): retried
    /// only after a failure that says it was not processed
    /// ([`RetryCause::is_unprocessed`]).
    NotIdempotent,
}

impl Idempotency {
    /// A request's by its method, as RFC 9110 (§9.2.2) defines it: GET,
    /// HEAD, OPTIONS, TRACE, PUT and DELETE are idempotent; POST, PATCH,
    /// CONNECT and any other method are not.
    ///
    /// ```
    /// use codes_client::guard::Idempotency;
    /// use http::Method;
    ///
    /// assert_eq!(Idempotency::of(&Method::PUT), Idempotency::Idempotent);
    /// assert_eq!(Idempotency::of(&Method::POST), Idempotency::NotIdempotent);
    /// ```
    #[must_use]
    pub fn of(method: &Method) -> Idempotency {
        let idempotent = [
            Method::GET,
            Method::HEAD,
            Method::OPTIONS,
            Method::TRACE,
            Method::PUT,
            Method::DELETE,
        ];
        if idempotent.contains(method) {
            Idempotency::Idempotent
        } else {
            Idempotency::NotIdempotent
        }
    }

    /// A request's by its method and headers: [`of`](Idempotency::of), and
    /// idempotent too when it carries an `Idempotency-Key` (the IETF
    /// httpapi draft's header, which Stripe's and other APIs read: the
    /// server does the work of a key once).
    ///
    /// ```
    /// use codes_client::guard::Idempotency;
    /// use http::{HeaderMap, Method};
    ///
    /// let mut headers = HeaderMap::new();
    /// assert_eq!(Idempotency::of_request(&Method::POST, &headers), Idempotency::NotIdempotent);
    /// headers.insert("idempotency-key", "8e03978e-40d5-43e8-bc93-6894a57f9324".parse().unwrap());
    /// assert_eq!(Idempotency::of_request(&Method::POST, &headers), Idempotency::Idempotent);
    /// ```
    #[must_use]
    pub fn of_request(method: &Method, headers: &HeaderMap) -> Idempotency {
        if headers.contains_key("idempotency-key") {
            Idempotency::Idempotent
        } else {
            Idempotency::of(method)
        }
    }

    /// Whether a failure of `cause` may be retried: always for an
    /// idempotent request, else only when the failure says the request was
    /// not processed.
    #[must_use]
    pub const fn allows(self, cause: RetryCause) -> bool {
        match self {
            Idempotency::Idempotent => true,
            Idempotency::NotIdempotent => cause.is_unprocessed(),
        }
    }
}

/// The numbers of a [`RetryBudget`], in tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Quota {
    /// The tokens a budget starts with, and the most it holds.
    pub capacity: u32,
    /// What a retry after an answer costs.
    pub retry_cost: u32,
    /// What a retry after no answer (a timeout, a failed connection) costs.
    pub timeout_cost: u32,
    /// What a success on the first attempt returns (a success after
    /// retries returns what its last retry cost).
    pub success_refill: u32,
}

impl Quota {
    /// AWS's standard retry quota: 500 tokens, a retry 5, a retry after a
    /// timeout 10, a first-attempt success 1 (smithy-rs' `TokenBucket`,
    /// botocore's `RetryQuotaChecker`).
    pub const AWS_STANDARD: Quota = Quota {
        capacity: 500,
        retry_cost: 5,
        timeout_cost: 10,
        success_refill: 1,
    };

    /// What a retry after a failure of `cause` costs.
    #[must_use]
    pub const fn cost(&self, cause: RetryCause) -> u32 {
        if cause.is_unanswered() {
            self.timeout_cost
        } else {
            self.retry_cost
        }
    }
}

/// [`Quota::AWS_STANDARD`].
impl Default for Quota {
    fn default() -> Quota {
        Quota::AWS_STANDARD
    }
}

/// A partition's retry budget, shared by every request sent there: a clone
/// shares its tokens (an `Arc` of two atomics). See the [module
/// documentation](self).
#[derive(Clone, Debug)]
pub struct RetryBudget {
    inner: Arc<Tokens>,
}

#[derive(Debug)]
struct Tokens {
    quota: Quota,
    /// The tokens left, at most `quota.capacity`.
    available: AtomicU32,
    /// The retries refused for want of tokens.
    refusals: AtomicU64,
}

impl RetryBudget {
    /// A full budget of `quota`.
    #[must_use]
    pub fn new(quota: Quota) -> RetryBudget {
        RetryBudget {
            inner: Arc::new(Tokens {
                quota,
                available: AtomicU32::new(quota.capacity),
                refusals: AtomicU64::new(0),
            }),
        }
    }

    /// The budget's numbers.
    #[must_use]
    pub fn quota(&self) -> Quota {
        self.inner.quota
    }

    /// The tokens left.
    #[must_use]
    pub fn available(&self) -> u32 {
        self.inner.available.load(Ordering::Acquire)
    }

    /// How many retries the budget refused so far (for a policy or a
    /// middleware, which hands the last answer over without saying why).
    #[must_use]
    pub fn refusals(&self) -> u64 {
        self.inner.refusals.load(Ordering::Relaxed)
    }

    /// Spends `cost` tokens, when there are that many: `false` (and one more
    /// refusal counted) when there are not.
    pub fn try_spend(&self, cost: u32) -> bool {
        let spent = self
            .inner
            .available
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |left| {
                left.checked_sub(cost)
            })
            .is_ok();
        if !spent {
            self.inner.refusals.fetch_add(1, Ordering::Relaxed);
        }
        spent
    }

    /// Returns `tokens` to the budget, never past its capacity.
    pub fn refill(&self, tokens: u32) {
        let capacity = self.inner.quota.capacity;
        // The closure always returns `Some`: the update cannot fail.
        let _ = self
            .inner
            .available
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |left| {
                Some(left.saturating_add(tokens).min(capacity))
            });
    }
}

/// A full budget of [`Quota::AWS_STANDARD`].
impl Default for RetryBudget {
    fn default() -> RetryBudget {
        RetryBudget::new(Quota::AWS_STANDARD)
    }
}

/// Two budgets are equal when they are the same budget (clones of one).
impl PartialEq for RetryBudget {
    fn eq(&self, other: &RetryBudget) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Eq for RetryBudget {}

/// Why a retry that the decision asked for was not made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Refusal {
    /// The partition's [`RetryBudget`] had fewer tokens than the retry
    /// costs: too many requests there are failing.
    BudgetEmpty,
    /// The request is not idempotent and the failure may have been
    /// processed (a timeout, a 502): sending it again might do its work
    /// twice.
    NotIdempotent,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Refusal::BudgetEmpty => "the retry budget is empty",
            Refusal::NotIdempotent => "the request is not idempotent and may have been processed",
        })
    }
}

impl std::error::Error for Refusal {}

/// What a retry must pass besides its decision: the request's
/// [`Idempotency`] and the partition's [`RetryBudget`], if any. The default
/// (an idempotent request, no budget) passes every retry, as the loops and
/// policies did before: they see answers, not the request, so the caller
/// says what the request is.
///
/// [`admit`](RetryGuard::admit) asks for a retry, [`settle`](RetryGuard::settle)
/// reports the answer that ended a request; `poll::retry_with`, the tower
/// policy and the reqwest-retry strategy call them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RetryGuard {
    idempotency: Idempotency,
    budget: Option<RetryBudget>,
}

impl RetryGuard {
    /// A guard of an idempotent request with no budget: every retry passes.
    #[must_use]
    pub const fn new() -> RetryGuard {
        RetryGuard {
            idempotency: Idempotency::Idempotent,
            budget: None,
        }
    }

    /// The same guard, for a request of `idempotency`.
    #[must_use]
    pub const fn idempotency(mut self, idempotency: Idempotency) -> RetryGuard {
        self.idempotency = idempotency;
        self
    }

    /// The idempotency of the guard's request.
    #[must_use]
    pub const fn idempotency_of(&self) -> Idempotency {
        self.idempotency
    }

    /// The same guard, spending from `budget` (a clone of the partition's).
    #[must_use]
    pub fn budget(mut self, budget: RetryBudget) -> RetryGuard {
        self.budget = Some(budget);
        self
    }

    /// The budget the guard spends from, if any.
    #[must_use]
    pub const fn budget_ref(&self) -> Option<&RetryBudget> {
        self.budget.as_ref()
    }

    /// Lets through a retry of `answer` (whose decision is a retry): the
    /// tokens it spent (0 without a budget), or why not.
    ///
    /// # Errors
    ///
    /// [`Refusal::NotIdempotent`] when the request is not idempotent and
    /// the failure may have been processed (nothing is spent);
    /// [`Refusal::BudgetEmpty`] when the budget has fewer tokens than the
    /// retry costs.
    pub fn admit<T: Decides + ?Sized>(&self, answer: &T) -> Result<u32, Refusal> {
        self.admit_cause(answer.retry_cause())
    }

    /// Whether the request may be sent again after a failure of `cause`,
    /// by its idempotency alone (nothing is spent).
    ///
    /// # Errors
    ///
    /// [`Refusal::NotIdempotent`] when it may not.
    pub const fn resend(&self, cause: RetryCause) -> Result<(), Refusal> {
        if self.idempotency.allows(cause) {
            Ok(())
        } else {
            Err(Refusal::NotIdempotent)
        }
    }

    /// [`admit`](RetryGuard::admit) of a retry after a failure of `cause`
    /// (for a client that knows it some other way).
    ///
    /// # Errors
    ///
    /// As [`admit`](RetryGuard::admit).
    pub fn admit_cause(&self, cause: RetryCause) -> Result<u32, Refusal> {
        self.resend(cause)?;
        let Some(budget) = &self.budget else {
            return Ok(0);
        };
        let cost = budget.quota().cost(cause);
        if budget.try_spend(cost) {
            Ok(cost)
        } else {
            Err(Refusal::BudgetEmpty)
        }
    }

    /// Reports the answer that ended a request: a success ([`Decision::Done`]
    /// or [`Decision::Poll`], the work done or accepted) refills the
    /// budget, by `last_retry` (what the request's last retry cost, `None`
    /// when it took no retry) or else by the quota's `success_refill`. Any
    /// other answer leaves it as it is.
    pub fn settle<T: Decides + ?Sized>(&self, answer: &T, last_retry: Option<u32>) {
        if let Some(budget) = &self.budget {
            if matches!(answer.decision(), Decision::Done | Decision::Poll) {
                budget.refill(last_retry.unwrap_or(budget.quota().success_refill));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_budget_is_shared_bounded_and_refilled() {
        let budget = RetryBudget::new(Quota {
            capacity: 12,
            ..Quota::AWS_STANDARD
        });
        let clone = budget.clone();
        assert_eq!(budget, clone);
        assert_ne!(budget, RetryBudget::default());
        assert!(clone.try_spend(10));
        assert_eq!(budget.available(), 2);
        assert!(!budget.try_spend(5));
        assert_eq!((budget.available(), clone.refusals()), (2, 1));
        budget.refill(u32::MAX);
        assert_eq!(budget.available(), 12);
    }

    #[test]
    fn no_answer_costs_more_and_a_retried_success_returns_its_cost() {
        let budget = RetryBudget::default();
        let guard = RetryGuard::new().budget(budget.clone());
        let lost = crate::Decided {
            value: (),
            decision: Decision::Retry { after: None },
        };
        // A bare decision (and `Decided`) says nothing more: an answer.
        assert_eq!(guard.admit(&lost), Ok(5));
        assert_eq!(Quota::AWS_STANDARD.cost(RetryCause::Lost), 10);
        assert_eq!(Quota::AWS_STANDARD.cost(RetryCause::NotSent), 10);
        assert_eq!(Quota::AWS_STANDARD.cost(RetryCause::Refused), 5);
        guard.settle(&Decision::FixRequest, Some(5));
        assert_eq!(budget.available(), 495);
        guard.settle(&Decision::Done, Some(5));
        assert_eq!(budget.available(), 500);
        // Never past the capacity.
        guard.settle(&Decision::Poll, None);
        assert_eq!(budget.available(), 500);
        // No budget: everything passes, nothing is counted.
        assert_eq!(RetryGuard::new().admit(&lost), Ok(0));
    }

    #[test]
    fn a_request_that_is_not_idempotent_is_resent_only_when_unprocessed() {
        let budget = RetryBudget::default();
        let post = RetryGuard::new()
            .idempotency(Idempotency::NotIdempotent)
            .budget(budget.clone());
        for cause in [RetryCause::Lost, RetryCause::Unclear] {
            assert_eq!(post.admit_cause(cause), Err(Refusal::NotIdempotent));
        }
        // Refused for idempotency: nothing spent, no budget refusal.
        assert_eq!((budget.available(), budget.refusals()), (500, 0));
        assert_eq!(post.admit_cause(RetryCause::NotSent), Ok(10));
        assert_eq!(post.admit_cause(RetryCause::Refused), Ok(5));
        for method in [Method::GET, Method::PUT, Method::DELETE, Method::HEAD] {
            assert_eq!(Idempotency::of(&method), Idempotency::Idempotent);
        }
        for method in [Method::POST, Method::PATCH, Method::CONNECT] {
            assert_eq!(Idempotency::of(&method), Idempotency::NotIdempotent);
        }
        assert_eq!(
            Refusal::NotIdempotent.to_string(),
            "the request is not idempotent and may have been processed"
        );
    }
}
