//! reqwest-retry, backon and tower, each driven by the decision, against a
//! real HTTP server on loopback, on a paused clock.

use std::time::Duration;

use backon::{BackoffBuilder, ConstantBuilder, Retryable};
use codes_client::Decides;
use codes_client::backon::{Transient, adjust, is_retry, transient};
use codes_client::poll::Backoff;
use codes_client::reqwest::{Received, clarifai};
use codes_client::reqwest_retry::DecisionStrategy;
use codes_client::tower::DecisionPolicy;
use codes_vendors::Decision;
use codes_vendors::clarifai::Response;
use reqwest_retry::{Jitter, RetryTransientMiddleware, policies::ExponentialBackoff};
use tokio::time::Instant;
use tower::ServiceExt;

mod common;
use common::{Vendor, answer, client, fixture};

const OK: &str = r#"{"status": {"code": 10000, "description": "Ok"}}"#;

async fn get_clarifai(
    client: &reqwest::Client,
    url: &str,
) -> Result<Received<Response>, reqwest::Error> {
    clarifai(client.get(url).send().await?).await
}

type Answer = Result<Received<Response>, reqwest::Error>;

/// `get_clarifai`, retried by backon with `backoff` as the decision says.
async fn with_backon(
    client: &reqwest::Client,
    url: &str,
    backoff: impl BackoffBuilder,
) -> Result<Answer, Transient<Answer>> {
    (|| async { transient(get_clarifai(client, url).await) })
        .retry(backoff)
        .sleep(tokio::time::sleep)
        .when(is_retry)
        .adjust(adjust)
        .await
}

/// backon's constant backoff: `secs` seconds, at most `times` retries.
fn every(secs: u64, times: usize) -> ConstantBuilder {
    ConstantBuilder::default()
        .with_delay(Duration::from_secs(secs))
        .with_max_times(times)
}

fn middleware(max_retries: u32) -> reqwest_middleware::ClientWithMiddleware {
    // One-second waits, no jitter: the test can tell the waits apart.
    let policy = ExponentialBackoff::builder()
        .retry_bounds(Duration::from_secs(1), Duration::from_secs(1))
        .jitter(Jitter::None)
        .base(1)
        .build_with_max_retries(max_retries);
    reqwest_middleware::ClientBuilder::new(client())
        .with(RetryTransientMiddleware::new_with_policy_and_strategy(
            policy,
            DecisionStrategy::new(),
        ))
        .build()
}

#[tokio::test(start_paused = true)]
async fn reqwest_retry_retries_429_and_503_and_stops_on_400() {
    let vendor = Vendor::start(vec![
        answer(429, &fixture("clarifai/rate_limited_docs.json")).header("retry-after", "1"),
        answer(503, ""),
        answer(200, OK),
    ])
    .await;
    let response = middleware(5)
        .get(vendor.url("/v2/inputs"))
        .send()
        .await
        .unwrap();
    assert_eq!(vendor.requests().len(), 3);
    let received = clarifai(response).await.unwrap();
    assert_eq!(received.decision(), Decision::Done);

    // A 400 is fatal: one request.
    let vendor = Vendor::start(vec![
        answer(400, r#"{"status": {"code": 11102}}"#),
        answer(200, OK),
    ])
    .await;
    let response = middleware(5)
        .get(vendor.url("/v2/inputs"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(vendor.requests().len(), 1);

    // The policy's maximum bounds it: 1 request + 2 retries, then the last 503 is handed over.
    let vendor = Vendor::start(vec![answer(503, "")]).await;
    let start = Instant::now();
    let response = middleware(2)
        .get(vendor.url("/v2/inputs"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 503);
    assert_eq!(vendor.requests().len(), 3);
    // Two waits of about a second (the policy computes them on the system clock).
    let waited = start.elapsed();
    assert!(
        waited > Duration::from_millis(1500) && waited <= Duration::from_secs(2),
        "{waited:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn backon_waits_as_retry_after_says_and_ignores_non_retries() {
    let vendor = Vendor::start(vec![
        answer(429, r#"{"status": {"code": 11005}}"#).header("retry-after", "12"),
        answer(503, ""),
        answer(200, OK),
    ])
    .await;
    let client = client();
    let url = vendor.url("/v2/models/m1/outputs");
    let start = Instant::now();
    let received = with_backon(&client, &url, every(2, 5))
        .await
        .unwrap()
        .unwrap();
    // 12s as Retry-After said, then the backoff's 2s (an empty 503 without
    // Retry-After).
    assert_eq!(start.elapsed(), Duration::from_secs(12 + 2));
    assert_eq!(vendor.requests().len(), 3);
    assert_eq!(received.decision(), Decision::Done);

    // A failure is no error for backon: one request, handed back as it is.
    let vendor = Vendor::start(vec![
        answer(404, r#"{"status": {"code": 21200}}"#),
        answer(200, OK),
    ])
    .await;
    let url = vendor.url("/v2/models/nope");
    let received = with_backon(&client, &url, ConstantBuilder::default().with_max_times(5))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(received.decision(), Decision::FixRequest);
    assert_eq!(vendor.requests().len(), 1);

    // The backoff's maximum bounds it, Retry-After or not.
    let vendor = Vendor::start(vec![
        answer(429, r#"{"status": {"code": 11005}}"#).header("retry-after", "1"),
    ])
    .await;
    let url = vendor.url("/v2/inputs");
    let start = Instant::now();
    let error = with_backon(&client, &url, every(30, 2)).await.unwrap_err();
    assert_eq!(
        error.decision(),
        Decision::Retry {
            after: Some(Duration::from_secs(1))
        }
    );
    assert_eq!(vendor.requests().len(), 3);
    assert_eq!(start.elapsed(), Duration::from_secs(2));
}

#[tokio::test(start_paused = true)]
async fn tower_policy_retries_a_decoded_answer() {
    let vendor = Vendor::start(vec![
        answer(429, r#"{"status": {"code": 11005}}"#).header("retry-after", "4"),
        // CONN_THROTTLED inside a 200, no Retry-After: the code decides.
        answer(200, r#"{"status": {"code": 11005}}"#),
        answer(200, OK),
    ])
    .await;
    let client = client();
    let service = tower::service_fn(move |url: String| {
        let client = client.clone();
        async move { get_clarifai(&client, &url).await }
    });
    let policy = DecisionPolicy::new(
        Backoff::new(Duration::from_secs(3), 2, Duration::from_secs(60)).without_jitter(),
        4,
    );
    let start = Instant::now();
    let received = tower::retry::Retry::new(policy, service)
        .oneshot(vendor.url("/v2/inputs"))
        .await
        .unwrap();
    // Retry-After's 4s, then (no header: the code in the body decided) the backoff's second step, 6s.
    assert_eq!(start.elapsed(), Duration::from_secs(4 + 6));
    assert_eq!(vendor.requests().len(), 3);
    assert_eq!(received.decision(), Decision::Done);

    // Bounded: 1 request + 2 retries.
    let vendor = Vendor::start(vec![answer(503, "")]).await;
    let client = common::client();
    let service = tower::service_fn(move |url: String| {
        let client = client.clone();
        async move { get_clarifai(&client, &url).await }
    });
    let policy = DecisionPolicy::new(
        Backoff::new(Duration::from_secs(1), 2, Duration::from_secs(60)),
        2,
    );
    let received = tower::retry::Retry::new(policy, service)
        .oneshot(vendor.url("/v2/inputs"))
        .await
        .unwrap();
    assert_eq!(received.decision(), Decision::Retry { after: None });
    assert_eq!(vendor.requests().len(), 3);
}

#[tokio::test(start_paused = true)]
async fn backon_takes_a_jittered_backoff() {
    // `Backoff::delays()` is an iterator of durations, so `take(n)` of it is
    // a backon backoff: jittered, here seeded to know the waits.
    let vendor = Vendor::start(vec![answer(503, ""), answer(503, ""), answer(200, OK)]).await;
    let client = client();
    let url = vendor.url("/v2/inputs");
    let backoff = Backoff::new(Duration::from_secs(1), 2, Duration::from_secs(60)).seeded(9);
    let start = Instant::now();
    let received = with_backon(&client, &url, backoff.delays().take(3))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(received.decision(), Decision::Done);
    assert_eq!(vendor.requests().len(), 3);
    let waited: Duration = backoff.delays().take(2).sum();
    assert!(waited <= Duration::from_secs(1 + 2));
    let elapsed = start.elapsed();
    assert!(
        waited <= elapsed && elapsed <= waited + Duration::from_millis(2),
        "{elapsed:?} {waited:?}"
    );
}
