//! A real tonic server on 127.0.0.1 (port 0) plays a Clarifai-like gRPC
//! service; a real tonic client calls it, decides each outcome with
//! `codes_client::grpc`, and loops with `poll`/`retry` on a paused clock.
//!
//! The messages are JSON text through a small `tonic::codec::Codec` (no
//! protoc needed); the gRPC framing, status, trailers and metadata are
//! tonic's own.
#![allow(clippy::result_large_err)] // tonic::Status is tonic's error type

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::{Buf, BufMut};
use codes_client::grpc::{Grpc, from_tonic, reply_verdict, to_tonic, verdict};
use codes_client::guard::{Idempotency, Refusal, RetryGuard};
use codes_client::poll::{Backoff, Limits, Stopped, poll, retry, retry_with};
use codes_client::{Decided, Decides};
use codes_vendors::clarifai::{Clarifai, Response as ClarifaiReply};
use codes_vendors::{Basis, Class, Decision};
use tokio::time::Instant;
use tonic::Code;
use tonic::codec::{Codec, DecodeBuf, Decoder, EncodeBuf, Encoder};

/// Messages as UTF-8 text.
#[derive(Clone, Copy, Default)]
struct Text;

impl Codec for Text {
    type Encode = String;
    type Decode = String;
    type Encoder = Text;
    type Decoder = Text;
    fn encoder(&mut self) -> Text {
        Text
    }
    fn decoder(&mut self) -> Text {
        Text
    }
}

impl Encoder for Text {
    type Item = String;
    type Error = tonic::Status;
    fn encode(&mut self, item: String, dst: &mut EncodeBuf<'_>) -> Result<(), tonic::Status> {
        dst.put_slice(item.as_bytes());
        Ok(())
    }
}

impl Decoder for Text {
    type Item = String;
    type Error = tonic::Status;
    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<String>, tonic::Status> {
        let bytes = src.copy_to_bytes(src.remaining());
        String::from_utf8(bytes.to_vec())
            .map(Some)
            .map_err(|e| tonic::Status::internal(e.to_string()))
    }
}

/// One scripted outcome: a reply's JSON, or a status with an optional
/// pushback in milliseconds.
#[derive(Clone)]
enum Outcome {
    Reply(&'static str),
    /// A failed call, with the server's pushback in milliseconds (negative:
    /// "do not retry").
    Fail(Code, Option<i64>),
}

#[derive(Clone)]
struct Models {
    script: Arc<Vec<Outcome>>,
    calls: Arc<Mutex<Vec<String>>>,
}

impl tonic::server::NamedService for Models {
    const NAME: &'static str = "test.Models";
}

impl tower::Service<http::Request<tonic::body::Body>> for Models {
    type Response = http::Response<tonic::body::Body>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<tonic::body::Body>) -> Self::Future {
        let models = self.clone();
        Box::pin(async move {
            let mut grpc = tonic::server::Grpc::new(Text);
            Ok(grpc.unary(Unary(models), request).await)
        })
    }
}

struct Unary(Models);

impl tonic::server::UnaryService<String> for Unary {
    type Response = String;
    type Future =
        Pin<Box<dyn Future<Output = Result<tonic::Response<String>, tonic::Status>> + Send>>;

    fn call(&mut self, request: tonic::Request<String>) -> Self::Future {
        let mut calls = self.0.calls.lock().unwrap();
        let n = calls.len();
        calls.push(request.into_inner());
        let outcome = self.0.script[n.min(self.0.script.len() - 1)].clone();
        Box::pin(async move {
            match outcome {
                Outcome::Reply(json) => Ok(tonic::Response::new(json.to_owned())),
                Outcome::Fail(code, pushback) => {
                    let mut status = tonic::Status::new(code, "scripted");
                    if let Some(ms) = pushback {
                        status
                            .metadata_mut()
                            .insert("grpc-retry-pushback-ms", ms.to_string().parse().unwrap());
                    }
                    Err(status)
                }
            }
        })
    }
}

/// Starts the service on loopback; returns a connected channel and the
/// record of calls.
async fn start(script: Vec<Outcome>) -> (tonic::transport::Channel, Arc<Mutex<Vec<String>>>) {
    let calls = Arc::new(Mutex::new(Vec::new()));
    let models = Models {
        script: Arc::new(script),
        calls: Arc::clone(&calls),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let incoming = tonic::transport::server::TcpIncoming::from(listener);
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(models)
            .serve_with_incoming(incoming),
    );
    let channel = tonic::transport::Endpoint::from_shared(format!("http://{addr}"))
        .unwrap()
        .connect()
        .await
        .unwrap();
    (channel, calls)
}

async fn get_model(
    channel: &tonic::transport::Channel,
    id: &str,
) -> Result<tonic::Response<String>, tonic::Status> {
    let mut client = tonic::client::Grpc::new(channel.clone());
    client
        .ready()
        .await
        .map_err(|e| tonic::Status::unavailable(e.to_string()))?;
    let path = http::uri::PathAndQuery::from_static("/test.Models/GetModel");
    client
        .unary(tonic::Request::new(id.to_owned()), path, Text)
        .await
}

/// The reply's own Clarifai code.
#[allow(clippy::ptr_arg)] // `reply_verdict` hands over the message, a `String`
fn reply_code(json: &String) -> Option<Clarifai> {
    let reply: ClarifaiReply = serde_json::from_str(json).ok()?;
    reply.status.map(|s| s.code)
}

/// The model version's training status, in a successful reply.
fn training_code(json: &str) -> Option<Clarifai> {
    let reply: ClarifaiReply = serde_json::from_str(json).ok()?;
    reply.model_version()?.status.as_ref().map(|s| s.code)
}

// Without jitter: the tests assert the exact waits.
const BACKOFF: Backoff =
    Backoff::new(Duration::from_secs(1), 2, Duration::from_secs(60)).without_jitter();
const LIMITS: Limits = Limits::new(6, Duration::from_secs(600));

#[test]
fn the_table_has_grpcs_17_codes_and_matches_tonic() {
    let all = [
        Code::Ok,
        Code::Cancelled,
        Code::Unknown,
        Code::InvalidArgument,
        Code::DeadlineExceeded,
        Code::NotFound,
        Code::AlreadyExists,
        Code::PermissionDenied,
        Code::ResourceExhausted,
        Code::FailedPrecondition,
        Code::Aborted,
        Code::OutOfRange,
        Code::Unimplemented,
        Code::Internal,
        Code::Unavailable,
        Code::DataLoss,
        Code::Unauthenticated,
    ];
    for (number, code) in all.into_iter().enumerate() {
        let grpc = from_tonic(code);
        assert!(grpc.is_known(), "{code:?}");
        assert_eq!(grpc.code(), number as i32);
        assert_eq!(to_tonic(grpc), code);
        // The page's name (`UNAVAILABLE`) reads back as the code.
        let name = grpc.name().unwrap();
        assert_eq!(Grpc::from_name(name), Some(grpc));
    }
    assert!(!Grpc::from(17).is_known());
    assert_eq!(to_tonic(Grpc::from(17)), Code::Unknown);
    let retry: Vec<_> = all
        .into_iter()
        .filter(|c| from_tonic(*c).class() == Class::Retry)
        .collect();
    assert_eq!(
        retry,
        [
            Code::DeadlineExceeded,
            Code::ResourceExhausted,
            Code::Aborted,
            Code::Unavailable
        ]
    );
    assert_eq!(Grpc::Ok.class(), Class::Success);
    assert_eq!(Grpc::Internal.class(), Class::VendorError);
    assert_eq!(Grpc::UnknownError.class(), Class::Unknown);
    assert_eq!(Grpc::InvalidArgument.class(), Class::ClientError);
    assert_eq!(
        Grpc::Ok.description(),
        Some("Not an error; returned on success.")
    );
}

#[tokio::test(start_paused = true)]
async fn unavailable_with_pushback_is_retried_after_the_pushback() {
    let (channel, calls) = start(vec![
        Outcome::Fail(Code::Unavailable, Some(2500)),
        Outcome::Fail(Code::ResourceExhausted, None),
        Outcome::Reply(r#"{"status": {"code": 10000}}"#),
    ])
    .await;
    let start = Instant::now();
    let finished = retry(|| get_model(&channel, "m1"), BACKOFF, LIMITS)
        .await
        .unwrap();
    // The pushback's 2.5s, then the backoff's second step (2s).
    assert_eq!(start.elapsed(), Duration::from_millis(2500 + 2000));
    assert_eq!(calls.lock().unwrap().len(), 3);
    assert_eq!(finished.attempts, 3);
    let verdict = reply_verdict(&finished.value, reply_code);
    assert_eq!(
        (verdict.decision, verdict.basis),
        (Decision::Done, Basis::Code)
    );
}

#[tokio::test(start_paused = true)]
async fn a_negative_pushback_stops_the_retries() {
    let (channel, calls) = start(vec![
        Outcome::Fail(Code::Unavailable, Some(-1)),
        Outcome::Reply(r#"{"status": {"code": 10000}}"#),
    ])
    .await;
    let start = Instant::now();
    let finished = retry(|| get_model(&channel, "m1"), BACKOFF, LIMITS)
        .await
        .unwrap();
    assert_eq!(start.elapsed(), Duration::ZERO);
    assert_eq!(calls.lock().unwrap().len(), 1);
    let status = finished.value.unwrap_err();
    let verdict = verdict::<Grpc>(&status, None);
    assert_eq!(
        (verdict.decision, verdict.basis),
        (Decision::VendorFailure, Basis::RetryHint)
    );
}

#[tokio::test(start_paused = true)]
async fn a_failed_precondition_is_not_retried() {
    let (channel, calls) = start(vec![Outcome::Fail(Code::FailedPrecondition, Some(1000))]).await;
    let start = Instant::now();
    let finished = retry(|| get_model(&channel, "m1"), BACKOFF, LIMITS)
        .await
        .unwrap();
    assert_eq!(start.elapsed(), Duration::ZERO);
    assert_eq!(calls.lock().unwrap().len(), 1);
    let status = finished.value.unwrap_err();
    assert_eq!(status.decision(), Decision::FixRequest);
    assert_eq!(verdict::<Grpc>(&status, None).basis, Basis::HttpStatus);
}

#[tokio::test(start_paused = true)]
async fn the_vendor_code_in_an_ok_reply_decides() {
    let (channel, _calls) = start(vec![
        // Clarifai answers a throttled call with gRPC OK and CONN_THROTTLED.
        Outcome::Reply(r#"{"status": {"code": 11005, "description": "Making too many requests"}}"#),
        // A code no table knows, with gRPC OK: not a success.
        Outcome::Reply(r#"{"status": {"code": 98765}}"#),
        Outcome::Reply(r#"{"status": {"code": 21200}}"#),
    ])
    .await;
    let decisions: Vec<_> = [
        get_model(&channel, "a").await,
        get_model(&channel, "b").await,
        get_model(&channel, "c").await,
    ]
    .iter()
    .map(|reply| reply_verdict(reply, reply_code).decision)
    .collect();
    assert_eq!(
        decisions,
        [
            Decision::Retry { after: None },
            Decision::Unknown,
            Decision::FixRequest
        ]
    );
    // A vendor code given with a failed status decides over the gRPC code.
    let status = tonic::Status::unavailable("busy");
    assert_eq!(
        verdict(&status, Some(Clarifai::ModelDoesNotExist)).decision,
        Decision::FixRequest
    );
    assert_eq!(
        verdict(&status, Some(Clarifai::from(98765))).decision,
        Decision::Retry { after: None }
    );
}

#[tokio::test(start_paused = true)]
async fn a_model_trains_twice_then_is_trained_through_an_unavailable_server() {
    let (channel, calls) = start(vec![
        Outcome::Reply(
            r#"{"status": {"code": 10000}, "model_version": {"status": {"code": 21101}}}"#,
        ),
        Outcome::Fail(Code::Unavailable, Some(5000)),
        Outcome::Reply(
            r#"{"status": {"code": 10000}, "model_version": {"status": {"code": 21101}}}"#,
        ),
        Outcome::Reply(
            r#"{"status": {"code": 10000}, "model_version": {"status": {"code": 21100}}}"#,
        ),
    ])
    .await;
    let start = Instant::now();
    let finished = poll(
        || async {
            let reply = retry(|| get_model(&channel, "m1"), BACKOFF, LIMITS)
                .await
                .map(|f| f.value)
                .unwrap_or_else(|stopped| panic!("{stopped}"));
            let decision = match reply_verdict(&reply, reply_code).decision {
                Decision::Done => reply
                    .as_ref()
                    .ok()
                    .and_then(|r| training_code(r.get_ref()))
                    .map_or(Decision::Unknown, |code| Decision::from_class(code.class())),
                other => other,
            };
            Decided {
                value: reply,
                decision,
            }
        },
        BACKOFF,
        LIMITS,
    )
    .await
    .unwrap();
    // Poll 1s; pushback 5s; poll 2s.
    assert_eq!(start.elapsed(), Duration::from_secs(1 + 5 + 2));
    assert_eq!(calls.lock().unwrap().as_slice(), ["m1"; 4]);
    assert_eq!(finished.attempts, 3);
    assert_eq!(finished.value.decision, Decision::Done);
    assert_eq!(
        training_code(finished.value.value.unwrap().get_ref()),
        Some(Clarifai::ModelTrained)
    );
}

#[tokio::test(start_paused = true)]
async fn a_call_that_is_not_idempotent_is_retried_after_unavailable_not_after_a_deadline() {
    let once = RetryGuard::new().idempotency(Idempotency::NotIdempotent);
    // UNAVAILABLE: the call was not taken up; sent again.
    let (channel, calls) = start(vec![
        Outcome::Fail(Code::Unavailable, None),
        Outcome::Reply(r#"{"status": {"code": 10000}}"#),
    ])
    .await;
    let finished = retry_with(|| get_model(&channel, "m1"), BACKOFF, LIMITS, &once)
        .await
        .unwrap();
    assert_eq!(finished.attempts, 2);
    assert_eq!(calls.lock().unwrap().len(), 2);
    // DEADLINE_EXCEEDED: it may have been done; not sent again.
    let (channel, calls) = start(vec![
        Outcome::Fail(Code::DeadlineExceeded, None),
        Outcome::Reply(r#"{"status": {"code": 10000}}"#),
    ])
    .await;
    let stopped = retry_with(|| get_model(&channel, "m1"), BACKOFF, LIMITS, &once)
        .await
        .unwrap_err();
    assert!(matches!(
        stopped,
        Stopped::Refused {
            refusal: Refusal::NotIdempotent,
            attempts: 1,
            ..
        }
    ));
    assert_eq!(calls.lock().unwrap().len(), 1);
}
