//! A retry budget shared by a fleet of clients, against a real HTTP server
//! on 127.0.0.1 (axum) in an outage, on a paused clock: the server counts
//! the requests it saw with and without the budget, and a recovery refills
//! it. The same budget in `poll::retry_with`, the tower policy and the
//! reqwest-retry strategy.

use std::time::Duration;

use codes_client::Decides;
use codes_client::guard::{Quota, Refusal, RetryBudget, RetryGuard};
use codes_client::poll::{Backoff, Limits, Stopped, retry_with};
use codes_client::reqwest::{Received, clarifai};
use codes_client::reqwest_retry::DecisionStrategy;
use codes_client::tower::DecisionPolicy;
use codes_vendors::Decision;
use codes_vendors::clarifai::Response;
use reqwest_retry::{Jitter, RetryTransientMiddleware, policies::ExponentialBackoff};
use tower::ServiceExt;

mod common;
use common::{Vendor, answer, client};

const OK: &str = r#"{"status": {"code": 10000, "description": "Ok"}}"#;

/// How many clients share the vendor, and the most attempts each makes.
const FLEET: usize = 100;
const ATTEMPTS: u32 = 5;

const BACKOFF: Backoff = Backoff::new(Duration::from_millis(400), 2, Duration::from_secs(5));

type Answer = Result<Received<Response>, reqwest::Error>;

/// Every client of the fleet sends one request, retried within `ATTEMPTS`
/// as `guard` lets it (each its own jitter seed); the final outcome of each.
async fn fleet(vendor: &Vendor, guard: &RetryGuard) -> Vec<Result<u32, Stopped<Answer>>> {
    let http = client();
    let mut clients = tokio::task::JoinSet::new();
    for i in 0..FLEET {
        let (http, url, guard) = (
            http.clone(),
            vendor.url(&format!("/v2/inputs/{i}")),
            guard.clone(),
        );
        clients.spawn(async move {
            let limits = Limits::new(ATTEMPTS, Duration::from_secs(600));
            let attempt = || async { clarifai(http.get(&url).send().await?).await };
            retry_with(attempt, BACKOFF.seeded(i as u64), limits, &guard)
                .await
                .map(|finished| finished.attempts)
        });
    }
    clients.join_all().await
}

#[tokio::test(start_paused = true)]
async fn a_budget_holds_a_fleets_retries_to_its_share_and_a_success_refills_it() {
    // No budget: every client makes all its attempts against the outage.
    let outage = Vendor::start(vec![answer(503, "")]).await;
    let stopped = fleet(&outage, &RetryGuard::new()).await;
    let without = outage.requests().len();
    println!("without a budget, the server saw {without} requests");
    assert_eq!(without, FLEET * ATTEMPTS as usize);
    assert!(
        stopped
            .iter()
            .all(|s| matches!(s, Err(Stopped::Attempts { .. })))
    );

    // AWS's standard quota: 500 tokens, 5 a retry after an answer: 100
    // retries for the whole fleet, then each retry is refused.
    let budget = RetryBudget::default();
    let guard = RetryGuard::new().budget(budget.clone());
    let outage = Vendor::start(vec![answer(503, "")]).await;
    let stopped = fleet(&outage, &guard).await;
    let with = outage.requests().len();
    println!("with the default budget, the server saw {with} requests");
    assert_eq!(with, FLEET + 100);
    assert_eq!(budget.available(), 0);
    let refused = stopped
        .iter()
        .filter(|s| {
            matches!(
                s,
                Err(Stopped::Refused {
                    refusal: Refusal::BudgetEmpty,
                    ..
                })
            )
        })
        .count();
    assert_eq!(refused, FLEET);
    assert_eq!(budget.refusals(), FLEET as u64);
    // The refused answer is the failure the retry would have hidden.
    let last = stopped[0].as_ref().unwrap_err().last().unwrap();
    assert_eq!(last.decision(), Decision::Retry { after: None });

    // The vendor recovers: each first-attempt success returns a token.
    outage.always(answer(200, OK));
    let done = fleet(&outage, &guard).await;
    assert!(done.iter().all(|d| matches!(d, Ok(1))));
    assert_eq!(budget.available(), FLEET as u32);
    // And fails again: the refilled 100 tokens hold 20 retries.
    outage.always(answer(503, ""));
    let before = outage.requests().len();
    fleet(&outage, &guard).await;
    assert_eq!(outage.requests().len() - before, FLEET + 20);
}

#[tokio::test(start_paused = true)]
async fn a_success_after_retries_returns_what_its_last_retry_cost() {
    let budget = RetryBudget::default();
    let guard = RetryGuard::new().budget(budget.clone());
    let vendor = Vendor::start(vec![answer(503, ""), answer(503, ""), answer(200, OK)]).await;
    let http = client();
    let url = vendor.url("/v2/inputs");
    let attempt = || async { clarifai(http.get(&url).send().await?).await };
    let limits = Limits::new(ATTEMPTS, Duration::from_secs(60));
    let finished = retry_with(attempt, BACKOFF, limits, &guard).await.unwrap();
    assert_eq!(finished.attempts, 3);
    // Two retries of 5, the last one returned.
    assert_eq!(budget.available(), 500 - 5);

    // A connection refused is no answer: a retry costs 10.
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/v2/inputs", closed.local_addr().unwrap());
    drop(closed);
    let attempt = || async { clarifai(http.get(&url).send().await?).await };
    let stopped = retry_with(
        attempt,
        BACKOFF,
        Limits::new(2, Duration::from_secs(60)),
        &guard,
    )
    .await
    .unwrap_err();
    assert!(matches!(stopped, Stopped::Attempts { attempts: 2, .. }));
    assert_eq!(budget.available(), 500 - 5 - 10);
}

/// A small budget: two retries after an answer.
fn small() -> RetryBudget {
    RetryBudget::new(Quota {
        capacity: 10,
        ..Quota::AWS_STANDARD
    })
}

#[tokio::test(start_paused = true)]
async fn the_tower_policy_spends_from_the_budget_it_shares() {
    let budget = small();
    let vendor = Vendor::start(vec![answer(503, "")]).await;
    let http = client();
    let service = tower::service_fn(move |url: String| {
        let http = http.clone();
        async move { clarifai(http.get(&url).send().await?).await }
    });
    let policy = DecisionPolicy::new(BACKOFF, 4).guard(RetryGuard::new().budget(budget.clone()));
    let retrying = tower::retry::Retry::new(policy, service);
    // Five requests, each allowed 4 retries: 25 without the budget.
    for _ in 0..5 {
        let answer = retrying
            .clone()
            .oneshot(vendor.url("/v2/inputs"))
            .await
            .unwrap();
        assert_eq!(answer.decision(), Decision::Retry { after: None });
    }
    // The first request's two retries, then one attempt each.
    assert_eq!(vendor.requests().len(), 3 + 4);
    assert_eq!(budget.refusals(), 5);
    // A success refills by one, and the next failure's retry needs 5.
    vendor.always(answer(200, OK));
    for _ in 0..5 {
        let answer = retrying.clone().oneshot(vendor.url("/v2/inputs")).await;
        assert_eq!(answer.unwrap().decision(), Decision::Done);
    }
    assert_eq!(budget.available(), 5);
}

#[tokio::test(start_paused = true)]
async fn the_reqwest_retry_strategy_spends_from_the_budget_it_shares() {
    let budget = small();
    let vendor = Vendor::start(vec![answer(503, "")]).await;
    let policy = ExponentialBackoff::builder()
        .retry_bounds(Duration::from_secs(1), Duration::from_secs(1))
        .jitter(Jitter::None)
        .base(1)
        .build_with_max_retries(4);
    let strategy = DecisionStrategy::new().guard(RetryGuard::new().budget(budget.clone()));
    let http = reqwest_middleware::ClientBuilder::new(client())
        .with(RetryTransientMiddleware::new_with_policy_and_strategy(
            policy, strategy,
        ))
        .build();
    for _ in 0..5 {
        let response = http.get(vendor.url("/v2/inputs")).send().await.unwrap();
        assert_eq!(response.status(), 503);
    }
    assert_eq!(vendor.requests().len(), 3 + 4);
    assert_eq!(budget.refusals(), 5);
    vendor.always(answer(200, OK));
    for _ in 0..5 {
        let response = http.get(vendor.url("/v2/inputs")).send().await.unwrap();
        assert_eq!(response.status(), 200);
    }
    assert_eq!(budget.available(), 5);
}
