//! A real HTTP server on 127.0.0.1 (axum, port 0) plays a vendor; a real
//! `reqwest` client decodes its answers with the vendors' entry points and
//! loops with `poll`/`retry` on a paused clock. Each test asserts how many
//! requests the server received, how long the client waited (tokio's
//! clock, paused: no real sleeps) and the final decision.

use std::time::Duration;

use codes_client::poll::{Backoff, Limits, Stopped, poll, retry};
use codes_client::reqwest::{BodyError, Received, clarifai, modelarts, seven_bridges};
use codes_client::{Decided, Decides};
use codes_vendors::clarifai::Clarifai;
use codes_vendors::{Basis, Decision};
use tokio::time::Instant;

mod common;
use common::{Vendor, answer, client, fixture};

// Without jitter: the tests assert the exact waits (tests/jitter.rs the spread).
const BACKOFF: Backoff =
    Backoff::new(Duration::from_secs(1), 2, Duration::from_secs(60)).without_jitter();
const LIMITS: Limits = Limits::new(5, Duration::from_secs(600));

async fn get_clarifai(
    client: &reqwest::Client,
    url: &str,
) -> Result<Received<codes_vendors::clarifai::Response>, reqwest::Error> {
    clarifai(client.get(url).send().await?).await
}

/// A model's training state: the request's own decision unless it is done,
/// then the decision of its model version's status (21101 MODEL_TRAINING
/// polls, 21100 MODEL_TRAINED is done), as Clarifai's clients read it.
async fn get_model(
    client: &reqwest::Client,
    url: &str,
) -> Decided<Result<Received<codes_vendors::clarifai::Response>, reqwest::Error>> {
    let received = get_clarifai(client, url).await;
    let decision = match &received {
        Ok(r) if r.decision() == Decision::Done => r
            .decoded_body()
            .and_then(|body| body.model_version()?.status.as_ref())
            .map_or(Decision::Unknown, |status| {
                Decision::from_class(status.code.class())
            }),
        other => other.decision(),
    };
    Decided {
        value: received,
        decision,
    }
}

#[tokio::test(start_paused = true)]
async fn throttled_with_retry_after_waits_as_told_then_succeeds() {
    let vendor = Vendor::start(vec![
        answer(429, &fixture("clarifai/rate_limited_docs.json")).header("retry-after", "7"),
        answer(429, &fixture("clarifai/rate_limited_docs.json")).header("retry-after", "3"),
        answer(
            200,
            r#"{"status": {"code": 10000, "description": "Ok"}, "outputs": []}"#,
        ),
    ])
    .await;
    let client = client();
    let url = vendor.url("/v2/models/general/outputs");
    let start = Instant::now();
    let finished = retry(|| get_clarifai(&client, &url), BACKOFF, LIMITS)
        .await
        .unwrap();
    assert_eq!(start.elapsed(), Duration::from_secs(7 + 3));
    assert_eq!(finished.attempts, 3);
    assert_eq!(vendor.requests().len(), 3);
    let received = finished.value.unwrap();
    assert_eq!(received.decision(), Decision::Done);
    assert_eq!(
        received
            .decoded_body()
            .unwrap()
            .status
            .as_ref()
            .unwrap()
            .code,
        Clarifai::Success
    );
}

#[tokio::test(start_paused = true)]
async fn seven_bridges_maintenance_backs_off_then_succeeds() {
    let maintenance = fixture("seven_bridges/maintenance.json");
    let vendor = Vendor::start(vec![
        answer(503, &maintenance),
        answer(503, &maintenance),
        answer(503, &maintenance),
        answer(200, r#"{"id": "f1", "name": "reads.fastq"}"#),
    ])
    .await;
    let client = client();
    let url = vendor.url("/v2/files/f1");
    let start = Instant::now();
    let seen = std::cell::RefCell::new(Vec::new());
    let finished = retry(
        || {
            let request = client.get(&url).send();
            let seen = &seen;
            async move {
                let received = seven_bridges(request.await?).await?;
                seen.borrow_mut().push(received.verdict());
                Ok::<_, reqwest::Error>(received)
            }
        },
        BACKOFF,
        LIMITS,
    )
    .await
    .unwrap();
    // No Retry-After: the backoff's 1s, 2s, 4s.
    assert_eq!(start.elapsed(), Duration::from_secs(1 + 2 + 4));
    assert_eq!(vendor.requests().len(), 4);
    assert_eq!(finished.attempts, 4);
    // The maintenance body's code 0 decided each retry, not the 503 alone.
    let seen = seen.into_inner();
    assert!(
        seen[..3]
            .iter()
            .all(|v| v.decision == Decision::Retry { after: None } && v.basis == Basis::Code),
        "{seen:?}"
    );
    assert_eq!(finished.value.unwrap().decision(), Decision::Done);
}

#[tokio::test(start_paused = true)]
async fn a_training_model_is_polled_until_trained() {
    let status = |code: u32, description: &str| {
        format!(
            r#"{{"status": {{"code": 10000, "description": "Ok"}},
                "model": {{"id": "m1", "model_version": {{"id": "v1", "status": {{"code": {code}, "description": "{description}"}}}}}}}}"#
        )
    };
    let vendor = Vendor::start(vec![
        answer(200, &status(21101, "Model is currently training")),
        answer(200, &status(21101, "Model is currently training")),
        answer(200, &status(21100, "Model is trained and ready")),
    ])
    .await;
    let client = client();
    let url = vendor.url("/v2/models/m1");
    let start = Instant::now();
    let finished = poll(|| get_model(&client, &url), BACKOFF, LIMITS)
        .await
        .unwrap();
    assert_eq!(start.elapsed(), Duration::from_secs(1 + 2));
    assert_eq!(vendor.requests(), ["/v2/models/m1"; 3]);
    assert_eq!(finished.value.decision, Decision::Done);
    let received = finished.value.value.unwrap();
    assert_eq!(received.decision(), Decision::Done);
    let model = received.into_body().unwrap().model.unwrap();
    assert_eq!(
        model.model_version.unwrap().status.unwrap().code,
        Clarifai::ModelTrained
    );
}

#[tokio::test(start_paused = true)]
async fn an_unknown_code_with_400_is_not_retried() {
    let vendor = Vendor::start(vec![answer(
        400,
        r#"{"status": {"code": 98765, "description": "Something new"}}"#,
    )])
    .await;
    let client = client();
    let url = vendor.url("/v2/inputs");
    let start = Instant::now();
    let finished = retry(|| get_clarifai(&client, &url), BACKOFF, LIMITS)
        .await
        .unwrap();
    assert_eq!(start.elapsed(), Duration::ZERO);
    assert_eq!(vendor.requests().len(), 1);
    let received = finished.value.unwrap();
    assert_eq!(received.verdict().decision, Decision::FixRequest);
    assert_eq!(received.verdict().basis, Basis::HttpStatus);
    assert_eq!(
        received
            .decoded_body()
            .unwrap()
            .status
            .as_ref()
            .unwrap()
            .code,
        Clarifai::Unknown(98765)
    );
}

#[tokio::test(start_paused = true)]
async fn a_failed_item_inside_a_200_is_a_failure() {
    let vendor = Vendor::start(vec![answer(
        200,
        &fixture("modelarts/delete_ai_application_partial_failure.json"),
    )])
    .await;
    let client = client();
    let url = vendor.url("/v1/p1/models/delete");
    let start = Instant::now();
    let finished = retry(
        || async { modelarts(client.delete(&url).send().await?).await },
        BACKOFF,
        LIMITS,
    )
    .await
    .unwrap();
    assert_eq!(start.elapsed(), Duration::ZERO);
    assert_eq!(vendor.requests().len(), 1);
    let verdict = finished.value.unwrap().verdict();
    // The manifest's expectation: ModelArts' error-code page classes the
    // failed item's ModelArts.3009 a client error ("Delete the deployed
    // service and try again.").
    assert_eq!(verdict.decision, Decision::FixRequest);
    assert_eq!(verdict.basis, Basis::Item(0));
    assert!(verdict.decision.is_failure());
}

#[tokio::test(start_paused = true)]
async fn a_body_that_is_not_json_keeps_its_bytes_and_the_status_decides() {
    let html = "<html><body>502 Bad Gateway</body></html>";
    let vendor = Vendor::start(vec![
        answer(502, html).header("content-type", "text/html"),
        answer(200, r#"{"status": {"code": 10000}}"#),
    ])
    .await;
    let client = client();
    let url = vendor.url("/v2/models");
    // The first answer alone: a decode error that keeps the raw body.
    let received = get_clarifai(&client, &url).await.unwrap();
    let Err(BodyError::Decode(error)) = &received.decoded else {
        panic!("{:?}", received.decoded);
    };
    assert_eq!((error.line(), error.column()), (1, 1));
    assert_eq!(&received.body[..], html.as_bytes());
    assert_eq!(received.status, 502);
    assert_eq!(received.decision(), Decision::Retry { after: None });
    assert_eq!(received.verdict().basis, Basis::HttpStatus);
    // In a loop, the 502 is retried after the first backoff.
    let vendor = Vendor::start(vec![
        answer(502, html).header("content-type", "text/html"),
        answer(200, r#"{"status": {"code": 10000}}"#),
    ])
    .await;
    let url = vendor.url("/v2/models");
    let start = Instant::now();
    let finished = retry(|| get_clarifai(&client, &url), BACKOFF, LIMITS)
        .await
        .unwrap();
    assert_eq!(start.elapsed(), Duration::from_secs(1));
    assert_eq!(vendor.requests().len(), 2);
    assert_eq!(finished.value.unwrap().decision(), Decision::Done);
}

#[tokio::test(start_paused = true)]
async fn retries_stop_at_the_deadline_and_at_the_maximum_of_attempts() {
    let throttled = || answer(429, r#"{"status": {"code": 11005}}"#).header("retry-after", "30");
    let vendor = Vendor::start(vec![throttled()]).await;
    let client = client();
    let url = vendor.url("/v2/inputs");
    // 100s allow 30s + 30s + 30s of waiting; the fourth wait would pass the deadline.
    let start = Instant::now();
    let stopped = retry(
        || get_clarifai(&client, &url),
        BACKOFF,
        Limits::new(100, Duration::from_secs(100)),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(stopped, Stopped::Deadline { attempts: 4, .. }),
        "{stopped}"
    );
    assert_eq!(start.elapsed(), Duration::from_secs(90));
    assert_eq!(vendor.requests().len(), 4);
    assert_eq!(
        stopped.last().unwrap().decision(),
        Decision::Retry {
            after: Some(Duration::from_secs(30))
        }
    );

    let vendor = Vendor::start(vec![throttled()]).await;
    let url = vendor.url("/v2/inputs");
    let start = Instant::now();
    let stopped = retry(
        || get_clarifai(&client, &url),
        BACKOFF,
        Limits::new(3, Duration::from_secs(3600)),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(stopped, Stopped::Attempts { attempts: 3, .. }),
        "{stopped}"
    );
    assert_eq!(start.elapsed(), Duration::from_secs(60));
    assert_eq!(vendor.requests().len(), 3);
}

#[tokio::test(start_paused = true)]
async fn polling_does_not_retry_and_retrying_does_not_poll() {
    let vendor = Vendor::start(vec![
        answer(429, r#"{"status": {"code": 11005}}"#).header("retry-after", "5"),
        answer(200, r#"{"status": {"code": 10000}, "model": {"model_version": {"status": {"code": 21101}}}}"#),
        answer(200, r#"{"status": {"code": 10000}, "model": {"model_version": {"status": {"code": 21100}}}}"#),
    ])
    .await;
    let client = client();
    let url = vendor.url("/v2/models/m1");
    // `poll` hands the throttled answer back at once...
    let finished = poll(|| get_model(&client, &url), BACKOFF, LIMITS)
        .await
        .unwrap();
    assert_eq!(
        finished.value.decision(),
        Decision::Retry {
            after: Some(Duration::from_secs(5))
        }
    );
    assert_eq!(finished.attempts, 1);
    // ...and `retry` the training one.
    let finished = retry(|| get_model(&client, &url), BACKOFF, LIMITS)
        .await
        .unwrap();
    assert_eq!(finished.value.decision(), Decision::Poll);
    assert_eq!(finished.attempts, 1);
    assert_eq!(vendor.requests().len(), 2);
    // Composed: each poll retries its request.
    let vendor = Vendor::start(vec![
        answer(200, r#"{"status": {"code": 10000}, "model": {"model_version": {"status": {"code": 21101}}}}"#),
        answer(429, r#"{"status": {"code": 11005}}"#).header("retry-after", "5"),
        answer(200, r#"{"status": {"code": 10000}, "model": {"model_version": {"status": {"code": 21100}}}}"#),
    ])
    .await;
    let url = vendor.url("/v2/models/m1");
    let start = Instant::now();
    let finished = poll(
        || async {
            retry(|| get_model(&client, &url), BACKOFF, LIMITS)
                .await
                .map(|f| f.value)
                .unwrap_or_else(|stopped| panic!("{stopped}"))
        },
        BACKOFF,
        LIMITS,
    )
    .await
    .unwrap();
    // Poll wait 1s, then the throttled answer's 5s.
    assert_eq!(start.elapsed(), Duration::from_secs(1 + 5));
    assert_eq!(vendor.requests().len(), 3);
    assert_eq!(finished.value.decision(), Decision::Done);
    assert_eq!(finished.attempts, 2);
}

#[tokio::test(start_paused = true)]
async fn dropping_the_loop_cancels_it() {
    let vendor = Vendor::start(vec![answer(
        200,
        r#"{"status": {"code": 10000}, "model_version": {"status": {"code": 21101}}}"#,
    )])
    .await;
    let client = client();
    let url = vendor.url("/v2/models/m1/versions/v1");
    let start = Instant::now();
    let polled = tokio::time::timeout(
        Duration::from_millis(3500),
        poll(|| get_model(&client, &url), BACKOFF, LIMITS),
    )
    .await;
    assert!(polled.is_err());
    assert_eq!(start.elapsed(), Duration::from_millis(3500));
    // Requests at 0s, 1s, 3s; the one due at 7s never happened.
    assert_eq!(vendor.requests().len(), 3);
    tokio::time::sleep(Duration::from_secs(60)).await;
    assert_eq!(vendor.requests().len(), 3);
}
