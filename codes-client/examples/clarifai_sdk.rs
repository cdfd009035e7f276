//! A small Clarifai-like SDK built on `vendor-codes`: it predicts, waits for a
//! model to train, and survives throttling. `main` starts a stand-in for
//! the API on 127.0.0.1 (it throttles the first prediction, and the model
//! trains for two polls) and runs the SDK against it:
//!
//! ```text
//! cargo run -p codes-client --features reqwest,poll --example clarifai_sdk
//! ```
//!
//! Written as the README recommends: the SDK decodes every response with the
//! vendor's entry point (`codes_client::reqwest::clarifai`, over
//! `codes_vendors::clarifai::decode`), and matches the `Decision`
//! exhaustively; polling (the model trains) and retrying (throttled) are two
//! loops, each bounded in attempts and time; the errors its callers see say
//! which code, with the vendor's description.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use codes_client::poll::{Backoff, Limits, Stopped, poll, retry};
use codes_client::reqwest::{Received, clarifai};
use codes_client::{Decided, Decides};
use codes_vendors::Decision;
use codes_vendors::clarifai::{Clarifai, ModelVersion, Output, Response, Status};

/// The SDK's errors: what its caller can act on.
#[derive(Debug)]
pub enum Error {
    /// The request must change (a bad URL, a missing model, credentials).
    FixRequest(Failure),
    /// Clarifai failed and nothing says it is transient.
    Vendor(Failure),
    /// A code nobody knows, or a body that is not Clarifai's: treat as a
    /// failure.
    Unknown(Failure),
    /// Still throttled, or still training, when the SDK's limits ran out.
    GaveUp(String),
    /// The request never got an answer.
    Transport(reqwest::Error),
}

/// A failed response: its code, Clarifai's words for it, and what it said.
#[derive(Debug)]
pub struct Failure {
    /// The code that decided it, if any.
    pub code: Option<Clarifai>,
    /// The response's description (or the table's).
    pub description: String,
    /// What decided it.
    pub basis: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (what, failure) = match self {
            Error::FixRequest(failure) => ("fix the request", failure),
            Error::Vendor(failure) => ("Clarifai failed", failure),
            Error::Unknown(failure) => ("unknown failure", failure),
            Error::GaveUp(why) => return write!(f, "gave up: {why}"),
            Error::Transport(error) => return write!(f, "no answer: {error}"),
        };
        match failure.code {
            Some(code) => write!(
                f,
                "{what}: {code}; the response says \"{}\" ({})",
                failure.description, failure.basis
            ),
            None => write!(f, "{what}: {} ({})", failure.description, failure.basis),
        }
    }
}

impl std::error::Error for Error {}

/// A failure from a status (the request's, an output's or a model
/// version's).
fn failure(status: Option<&Status>, basis: impl fmt::Display) -> Failure {
    Failure {
        code: status.map(|s| s.code),
        description: status
            .and_then(|s| {
                s.description
                    .clone()
                    .or_else(|| s.code.description().map(str::to_owned))
            })
            .unwrap_or_else(|| "no status".to_owned()),
        basis: basis.to_string(),
    }
}

/// The SDK's client.
pub struct Client {
    http: reqwest::Client,
    base: String,
    /// Backoff for throttling without a `Retry-After`.
    pub retry_backoff: Backoff,
    /// Backoff between polls of a training model.
    pub poll_backoff: Backoff,
    /// Bounds of each loop.
    pub limits: Limits,
}

impl Client {
    /// A client of the API at `base`.
    pub fn new(base: impl Into<String>) -> Client {
        Client {
            http: reqwest::Client::new(),
            base: base.into(),
            retry_backoff: Backoff::new(Duration::from_millis(200), 2, Duration::from_secs(10)),
            poll_backoff: Backoff::new(Duration::from_millis(100), 2, Duration::from_secs(5)),
            limits: Limits::new(8, Duration::from_secs(60)),
        }
    }

    /// Sends a request (built anew for every attempt) and retries it while
    /// Clarifai throttles it or is unavailable.
    async fn send(
        &self,
        request: impl Fn() -> reqwest::RequestBuilder,
    ) -> Result<Received<Response>, Error> {
        let finished = retry(
            || async { clarifai(request().send().await?).await },
            self.retry_backoff,
            self.limits,
        )
        .await;
        match finished {
            Ok(finished) => finished.value.map_err(Error::Transport),
            Err(stopped) => Err(gave_up("throttled", &stopped)),
        }
    }

    /// Predicts the concepts of images at `urls` with `model`: one output
    /// per image, or the first failure (a failed image inside a 200 is a
    /// failure too).
    pub async fn predict(&self, model: &str, urls: &[&str]) -> Result<Vec<Output>, Error> {
        let url = format!("{}/v2/models/{model}/outputs", self.base);
        let inputs: Vec<_> = urls
            .iter()
            .map(|u| serde_json::json!({"data": {"image": {"url": u}}}))
            .collect();
        let body = serde_json::json!({ "inputs": inputs }).to_string();
        let received = self
            .send(|| {
                self.http
                    .post(&url)
                    .header("content-type", "application/json")
                    .body(body.clone())
            })
            .await?;
        let verdict = received.verdict();
        let status = received.decoded_body().and_then(|b| b.status.as_ref());
        // The status of what decided it: an output's, or the request's.
        let deciding = match verdict.basis {
            codes_vendors::Basis::Item(i) => received
                .decoded_body()
                .and_then(|b| b.outputs.get(i)?.status.as_ref()),
            _ => status,
        };
        match verdict.decision {
            Decision::Done => Ok(received.into_body().map(|b| b.outputs).unwrap_or_default()),
            Decision::FixRequest => Err(Error::FixRequest(failure(deciding, verdict))),
            Decision::VendorFailure => Err(Error::Vendor(failure(deciding, verdict))),
            // A prediction does not poll, and `send` retried what it could.
            Decision::Poll | Decision::Retry { .. } | Decision::Redirect | Decision::Unknown => {
                Err(Error::Unknown(failure(deciding, verdict)))
            }
        }
    }

    /// Waits until the model's latest version is trained: polls while it
    /// trains (each poll retried while throttled), and fails when training
    /// fails.
    pub async fn wait_until_trained(&self, model: &str) -> Result<ModelVersion, Error> {
        let url = format!("{}/v2/models/{model}", self.base);
        let polled = poll(
            || async {
                let received = self.send(|| self.http.get(&url)).await;
                let decision = match &received {
                    Ok(r) if r.decision() == Decision::Done => r
                        .decoded_body()
                        .and_then(|b| b.model_version()?.status.as_ref())
                        .map_or(Decision::Unknown, |s| Decision::from_class(s.code.class())),
                    Ok(r) => r.decision(),
                    // An error of `send` ends the loop: it is not a poll.
                    Err(_) => Decision::Unknown,
                };
                Decided {
                    value: received,
                    decision,
                }
            },
            self.poll_backoff,
            self.limits,
        )
        .await;
        let finished = polled.map_err(|stopped| gave_up("still training", &stopped))?;
        let received = finished.value.value?;
        let version = received
            .into_body()
            .and_then(|b| b.model.and_then(|m| m.model_version));
        let status = version.as_ref().and_then(|v| v.status.clone());
        match finished.value.decision {
            Decision::Done => {
                version.ok_or_else(|| Error::Unknown(failure(None, "no model version")))
            }
            Decision::FixRequest => Err(Error::FixRequest(failure(
                status.as_ref(),
                "the model version",
            ))),
            Decision::VendorFailure => {
                Err(Error::Vendor(failure(status.as_ref(), "the model version")))
            }
            Decision::Poll | Decision::Retry { .. } | Decision::Redirect | Decision::Unknown => {
                Err(Error::Unknown(failure(
                    status.as_ref(),
                    "the model version",
                )))
            }
        }
    }
}

fn gave_up<T>(what: &str, stopped: &Stopped<T>) -> Error {
    Error::GaveUp(format!("{what}: {stopped}"))
}

/// A stand-in for Clarifai on loopback: the first prediction is throttled
/// (HTTP 429, `Retry-After: 1`), the model trains for two polls, and a
/// prediction of `http://example.invalid/missing.jpg` fails its download.
async fn stand_in() -> String {
    use axum::extract::State;
    use axum::http::StatusCode;
    use axum::routing::{get, post};
    use serde_json::{Value, json};

    #[derive(Default)]
    struct Calls {
        predictions: u32,
        polls: u32,
    }
    type Shared = State<Arc<Mutex<Calls>>>;

    async fn predict(
        State(calls): Shared,
        body: String,
    ) -> (StatusCode, [(&'static str, &'static str); 2], String) {
        let n = {
            let mut calls = calls.lock().unwrap();
            calls.predictions += 1;
            calls.predictions
        };
        if n == 1 {
            return (
                StatusCode::TOO_MANY_REQUESTS,
                [("content-type", "application/json"), ("retry-after", "1")],
                json!({"status": {"code": 11005, "description": "Making too many requests"}})
                    .to_string(),
            );
        }
        let body: Value = serde_json::from_str(&body).unwrap_or_default();
        let outputs: Vec<Value> = body["inputs"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|input| match input["data"]["image"]["url"].as_str() {
                Some(url) if url.ends_with("missing.jpg") => {
                    json!({"status": {"code": 30002, "description": "Download failed; check URL"}})
                }
                _ => json!({"status": {"code": 10000, "description": "Ok"},
                            "data": {"concepts": [{"name": "cat", "value": 0.98}]}}),
            })
            .collect();
        let failed = outputs.iter().any(|o| o["status"]["code"] != 10000);
        let status = if failed {
            json!({"code": 10010, "description": "Mixed Success"})
        } else {
            json!({"code": 10000, "description": "Ok"})
        };
        (
            StatusCode::OK,
            [
                ("content-type", "application/json"),
                ("x-stand-in", "clarifai"),
            ],
            json!({"status": status, "outputs": outputs}).to_string(),
        )
    }

    async fn model(State(calls): Shared) -> ([(&'static str, &'static str); 1], String) {
        let n = {
            let mut calls = calls.lock().unwrap();
            calls.polls += 1;
            calls.polls
        };
        let version = if n <= 2 {
            json!({"id": "v1", "status": {"code": 21101, "description": "Model is currently training"}})
        } else {
            json!({"id": "v1", "status": {"code": 21100, "description": "Model is trained and ready"}})
        };
        let body = json!({"status": {"code": 10000, "description": "Ok"},
                          "model": {"id": "pets", "model_version": version}});
        ([("content-type", "application/json")], body.to_string())
    }

    let app = axum::Router::new()
        .route("/v2/models/{model}/outputs", post(predict))
        .route("/v2/models/{model}", get(model))
        .with_state(Arc::new(Mutex::new(Calls::default())));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let base = format!("http://{}", listener.local_addr().expect("its address"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Error> {
    let client = Client::new(stand_in().await);

    let started = std::time::Instant::now();
    let version = client.wait_until_trained("pets").await?;
    println!(
        "model trained: version {} ({:.1}s)",
        version.id.as_deref().unwrap_or("?"),
        started.elapsed().as_secs_f32()
    );

    let started = std::time::Instant::now();
    let outputs = client
        .predict("pets", &["http://example.invalid/cat.jpg"])
        .await?;
    println!(
        "predicted {} output(s) after a throttled first try ({:.1}s)",
        outputs.len(),
        started.elapsed().as_secs_f32()
    );

    match client
        .predict(
            "pets",
            &[
                "http://example.invalid/cat.jpg",
                "http://example.invalid/missing.jpg",
            ],
        )
        .await
    {
        Err(error @ Error::FixRequest(_)) => println!("{error}"),
        other => panic!("expected the second image to fail its download, got {other:?}"),
    }
    Ok(())
}
