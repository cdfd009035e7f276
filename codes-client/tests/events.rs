//! A streamed answer's error event is decided as it arrives: a real HTTP
//! server on 127.0.0.1 (axum, port 0) streams server-sent events (a piece
//! of the answer, ModelArts' error, then keep-alives for seconds), and the
//! real `reqwest` client reads them chunk by chunk through
//! `codes_vendors::events`, stopping at the first event that is a failure.

use std::convert::Infallible;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use bytes::Bytes;
use codes_vendors::events::Events;
use codes_vendors::response::RawResponse;
use codes_vendors::{Decision, modelarts};

/// The stream (made up, in the shape of an OpenAI-compatible stream with
/// ModelArts' error body): each item a chunk, cut mid-event; then a
/// keep-alive comment every 10 ms, 1,000 times.
fn stream() -> Response {
    let head = [
        "data: {\"id\": \"chat-1\", \"choices\": [{\"delta\": {\"content\": \"Hel\"}}]}\n\ndata: {\"error_code\": \"Model",
        "Arts.3952\", \"error_msg\": \"Insufficient resources.\"}\n\n",
    ]
    .map(|chunk| Ok::<_, Infallible>(Bytes::from_static(chunk.as_bytes())));
    let keep_alive = futures_util::stream::unfold(0, |sent| async move {
        if sent == 1000 {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
        Some((Ok(Bytes::from_static(b": keep-alive\n\n")), sent + 1))
    });
    let body = futures_util::StreamExt::chain(futures_util::stream::iter(head), keep_alive);
    let mut response = Response::new(Body::from_stream(body));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream"),
    );
    response
}

#[tokio::test]
async fn the_first_failed_event_decides_without_waiting_for_the_end() {
    let app = axum::Router::new().fallback(|| async { stream() });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!(
        "http://{}/v1/chat/completions",
        listener.local_addr().unwrap()
    );
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let start = Instant::now();
    let mut response = reqwest::get(&url).await.unwrap();
    let head = RawResponse::new(Some(response.status().as_u16()), b"");
    let mut events = Events::new();
    let mut decisions = Vec::new();
    'read: while let Some(chunk) = response.chunk().await.unwrap() {
        for event in events.feed(&chunk).unwrap() {
            let Some(verdict) = Events::decide(&event, &head, modelarts::decode) else {
                continue;
            };
            decisions.push(verdict.decision);
            if !matches!(verdict.decision, Decision::Done | Decision::Poll) {
                break 'read;
            }
        }
    }
    drop(response);
    // The piece of the answer, then ModelArts' "Insufficient resources",
    // which its table retries: decided long before the stream's 10 s end.
    assert_eq!(decisions, [Decision::Done, Decision::Retry { after: None }]);
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
}
