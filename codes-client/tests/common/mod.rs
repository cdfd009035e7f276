//! A vendor on loopback for the tests: a real axum server on 127.0.0.1,
//! port 0, answering from a script and recording what it received.
#![allow(dead_code)] // each test file uses part of it

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// One scripted answer: status, headers, body.
#[derive(Clone)]
pub struct Answer {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: String,
    /// How long the server takes to answer (on tokio's clock).
    delay: Option<std::time::Duration>,
}

pub fn answer(status: u16, body: &str) -> Answer {
    Answer {
        status,
        headers: vec![("content-type", "application/json".into())],
        body: body.into(),
        delay: None,
    }
}

impl Answer {
    pub fn header(mut self, name: &'static str, value: &str) -> Answer {
        self.headers.push((name, value.into()));
        self
    }

    /// The same answer, after `delay`.
    pub fn after(mut self, delay: std::time::Duration) -> Answer {
        self.delay = Some(delay);
        self
    }
}

/// The server's script and what it received.
#[derive(Default)]
struct Script {
    answers: Vec<Answer>,
    received: Vec<String>,
}

/// A vendor on loopback: answers every request with the next answer of the
/// script (the last one again once the script is over) and records the
/// request's path.
pub struct Vendor {
    pub base: String,
    script: Arc<Mutex<Script>>,
}

impl Vendor {
    pub async fn start(answers: Vec<Answer>) -> Vendor {
        assert!(!answers.is_empty());
        let script = Arc::new(Mutex::new(Script {
            answers,
            received: Vec::new(),
        }));
        let app = Router::new()
            .fallback(respond)
            .with_state(Arc::clone(&script));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Vendor { base, script }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn requests(&self) -> Vec<String> {
        self.script.lock().unwrap().received.clone()
    }

    /// From now on, answers every request with `answer`.
    pub fn always(&self, answer: Answer) {
        self.script.lock().unwrap().answers = vec![answer];
    }
}

async fn respond(State(script): State<Arc<Mutex<Script>>>, uri: axum::http::Uri) -> Response {
    let answer = {
        let mut script = script.lock().unwrap();
        let n = script.received.len();
        script.received.push(uri.path().to_owned());
        script.answers[n.min(script.answers.len() - 1)].clone()
    };
    if let Some(delay) = answer.delay {
        tokio::time::sleep(delay).await;
    }
    let mut response = (StatusCode::from_u16(answer.status).unwrap(), answer.body).into_response();
    for (name, value) in answer.headers {
        response.headers_mut().insert(
            HeaderName::from_static(name),
            HeaderValue::from_str(&value).unwrap(),
        );
    }
    response
}

/// A client whose connection pool keeps no idle timer (a timer would let
/// the paused clock jump while the client waits for the server).
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .pool_idle_timeout(None)
        .build()
        .unwrap()
}

pub fn fixture(path: &str) -> String {
    let path = format!("{}/../tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}
