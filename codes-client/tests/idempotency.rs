//! Idempotency in the decision to retry, against a real HTTP server on
//! 127.0.0.1 (axum), on a paused clock: a POST is sent again only after a
//! failure that says it was not processed (429, 503 with `Retry-After`, a
//! vendor's throttle code, a refused connection), unless it is marked
//! idempotent; a GET after any retry. The server counts what it saw.

use std::time::Duration;

use codes_client::Decides;
use codes_client::guard::{Idempotency, Refusal, RetryCause, RetryGuard};
use codes_client::poll::{Backoff, Limits, Stopped, retry_with};
use codes_client::reqwest::{Received, clarifai};
use codes_client::reqwest_retry::DecisionStrategy;
use codes_client::tower::DecisionPolicy;
use codes_vendors::Decision;
use codes_vendors::clarifai::Response;
use http::{HeaderMap, Method};
use reqwest_retry::{Jitter, RetryTransientMiddleware, policies::ExponentialBackoff};
use tower::ServiceExt;

mod common;
use common::{Vendor, answer, client};

const OK: &str = r#"{"status": {"code": 10000, "description": "Ok"}}"#;

const BACKOFF: Backoff =
    Backoff::new(Duration::from_secs(1), 2, Duration::from_secs(60)).without_jitter();
const LIMITS: Limits = Limits::new(3, Duration::from_secs(600));

type Answer = Result<Received<Response>, reqwest::Error>;

/// Sends `method` to `url` (timing out after 2 s), retried as `guard` lets it.
async fn send(
    method: Method,
    url: &str,
    guard: &RetryGuard,
) -> Result<codes_client::poll::Finished<Answer>, Stopped<Answer>> {
    let http = client();
    let attempt = || async {
        let request = http
            .request(method.clone(), url)
            .timeout(Duration::from_secs(2));
        clarifai(request.send().await?).await
    };
    retry_with(attempt, BACKOFF, LIMITS, guard).await
}

/// A POST's guard, and one with an `Idempotency-Key`.
fn post() -> RetryGuard {
    RetryGuard::new().idempotency(Idempotency::of(&Method::POST))
}

fn keyed_post() -> RetryGuard {
    let mut headers = HeaderMap::new();
    headers.insert("idempotency-key", "k-1".parse().unwrap());
    RetryGuard::new().idempotency(Idempotency::of_request(&Method::POST, &headers))
}

/// The refusal a POST met, after one request, and what failed.
fn refused_once(stopped: &Stopped<Answer>) -> (Option<Refusal>, u32, RetryCause) {
    let cause = stopped.last().unwrap().retry_cause();
    (stopped.refusal(), stopped.attempts(), cause)
}

#[tokio::test(start_paused = true)]
async fn a_post_is_not_retried_after_a_timeout_unless_marked_idempotent() {
    // The server takes 10 s; the client waits 2 s.
    let slow = || answer(200, OK).after(Duration::from_secs(10));
    let vendor = Vendor::start(vec![slow()]).await;
    let url = vendor.url("/v2/inputs");
    let stopped = send(Method::POST, &url, &post()).await.unwrap_err();
    assert_eq!(
        refused_once(&stopped),
        (Some(Refusal::NotIdempotent), 1, RetryCause::Lost)
    );
    assert!(stopped.last().unwrap().as_ref().unwrap_err().is_timeout());
    assert_eq!(vendor.requests().len(), 1);

    // With an idempotency key, each attempt times out and is sent again.
    let vendor = Vendor::start(vec![slow()]).await;
    let url = vendor.url("/v2/inputs");
    let stopped = send(Method::POST, &url, &keyed_post()).await.unwrap_err();
    assert!(matches!(stopped, Stopped::Attempts { attempts: 3, .. }));
    assert_eq!(vendor.requests().len(), 3);
}

#[tokio::test(start_paused = true)]
async fn a_post_is_not_retried_after_a_502_or_a_504_unless_marked_idempotent() {
    for status in [502, 504] {
        let vendor = Vendor::start(vec![answer(status, ""), answer(200, OK)]).await;
        let url = vendor.url("/v2/inputs");
        let stopped = send(Method::POST, &url, &post()).await.unwrap_err();
        assert_eq!(
            refused_once(&stopped),
            (Some(Refusal::NotIdempotent), 1, RetryCause::Unclear),
            "{status}"
        );
        assert!(stopped.to_string().contains("not idempotent"), "{stopped}");
        assert_eq!(vendor.requests().len(), 1, "{status}");

        let vendor = Vendor::start(vec![answer(status, ""), answer(200, OK)]).await;
        let url = vendor.url("/v2/inputs");
        let finished = send(Method::POST, &url, &keyed_post()).await.unwrap();
        assert_eq!(finished.value.unwrap().decision(), Decision::Done);
        assert_eq!(vendor.requests().len(), 2, "{status}");
    }
}

#[tokio::test(start_paused = true)]
async fn a_post_is_retried_after_a_failure_that_was_not_processed() {
    let throttled = r#"{"status": {"code": 11005, "description": "Making too many requests"}}"#;
    for (what, first) in [
        ("429", answer(429, "")),
        (
            "503 with Retry-After",
            answer(503, "").header("retry-after", "3"),
        ),
        // CONN_THROTTLED inside a 200: the vendor's code decides.
        ("a throttle code", answer(200, throttled)),
    ] {
        let vendor = Vendor::start(vec![first, answer(200, OK)]).await;
        let url = vendor.url("/v2/inputs");
        let finished = send(Method::POST, &url, &post()).await.unwrap();
        assert_eq!(finished.value.unwrap().decision(), Decision::Done, "{what}");
        assert_eq!(vendor.requests().len(), 2, "{what}");
    }

    // A 503 that gives no delay does not say the request was left alone.
    let vendor = Vendor::start(vec![answer(503, ""), answer(200, OK)]).await;
    let url = vendor.url("/v2/inputs");
    let stopped = send(Method::POST, &url, &post()).await.unwrap_err();
    assert_eq!(stopped.refusal(), Some(Refusal::NotIdempotent));
    assert_eq!(vendor.requests().len(), 1);

    // A refused connection never sent it: retried, up to the attempts.
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/v2/inputs", closed.local_addr().unwrap());
    drop(closed);
    let stopped = send(Method::POST, &url, &post()).await.unwrap_err();
    assert!(matches!(stopped, Stopped::Attempts { attempts: 3, .. }));
    assert_eq!(stopped.last().unwrap().retry_cause(), RetryCause::NotSent);
}

#[tokio::test(start_paused = true)]
async fn a_get_is_retried_after_a_502_and_a_timeout() {
    let get = RetryGuard::new().idempotency(Idempotency::of(&Method::GET));
    let vendor = Vendor::start(vec![
        answer(502, "<html>Bad Gateway</html>"),
        answer(200, OK).after(Duration::from_secs(10)),
        answer(200, OK),
    ])
    .await;
    let url = vendor.url("/v2/inputs");
    let finished = send(Method::GET, &url, &get).await.unwrap();
    assert_eq!(finished.attempts, 3);
    assert_eq!(finished.value.unwrap().decision(), Decision::Done);
    assert_eq!(vendor.requests().len(), 3);
}

#[tokio::test(start_paused = true)]
async fn the_tower_policy_and_the_reqwest_retry_strategy_know_a_post() {
    // tower: a POST's 502 is handed over after one request, a 429 retried.
    for (status, requests) in [(502, 1), (429, 2)] {
        let vendor = Vendor::start(vec![answer(status, ""), answer(200, OK)]).await;
        let http = client();
        let service = tower::service_fn(move |url: String| {
            let http = http.clone();
            async move { clarifai(http.post(&url).send().await?).await }
        });
        let policy = DecisionPolicy::new(BACKOFF, 3)
            .guard(RetryGuard::new().idempotency(Idempotency::NotIdempotent));
        tower::retry::Retry::new(policy, service)
            .oneshot(vendor.url("/v2/inputs"))
            .await
            .unwrap();
        assert_eq!(vendor.requests().len(), requests, "tower, {status}");
    }

    // reqwest-retry: the same.
    for (status, requests) in [(504, 1), (429, 2)] {
        let vendor = Vendor::start(vec![answer(status, ""), answer(200, OK)]).await;
        let policy = ExponentialBackoff::builder()
            .retry_bounds(Duration::from_secs(1), Duration::from_secs(1))
            .jitter(Jitter::None)
            .base(1)
            .build_with_max_retries(3);
        let strategy = DecisionStrategy::new()
            .guard(RetryGuard::new().idempotency(Idempotency::NotIdempotent));
        let http = reqwest_middleware::ClientBuilder::new(client())
            .with(RetryTransientMiddleware::new_with_policy_and_strategy(
                policy, strategy,
            ))
            .build();
        let response = http.post(vendor.url("/v2/inputs")).send().await.unwrap();
        let expected = if requests == 1 { status } else { 200 };
        assert_eq!(response.status(), expected);
        assert_eq!(vendor.requests().len(), requests, "reqwest-retry, {status}");
    }
}
