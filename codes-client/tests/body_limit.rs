//! Bodies are read up to a limit, as a stream. A real axum server on
//! 127.0.0.1 streams a body of 512 MiB, generated as it is sent; the client
//! reads the first 4 MiB, says the body is too large, decides from the
//! status and headers, and drops the connection, which stops the server.
//! The process's peak resident memory (`VmHWM`) grows by far less than the
//! body.

use std::convert::Infallible;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use bytes::Bytes;
use codes_client::Decides;
use codes_client::reqwest::{
    BODY_LIMIT, BodyError, ReadOptions, Received, TooLarge, clarifai, receive_with,
};
use codes_vendors::{Decision, clarifai};

mod common;
use common::{Vendor, answer};

/// The streamed body's size.
const BODY: u64 = 512 << 20;
/// What the client's memory may grow by while it receives it.
const GROWTH: u64 = 64 << 20;
/// One chunk of the stream, sent again and again (never allocated anew).
static CHUNK: [u8; 64 << 10] = [b'x'; 64 << 10];

/// Tests of one process share its peak memory: one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

/// A server that answers every request with `status`, `Retry-After: 5`
/// and a body of `BODY` bytes streamed a chunk at a time; it counts what
/// it generated and sees when the client hangs up (its stream is dropped).
struct Streaming {
    base: String,
    generated: Arc<AtomicU64>,
    dropped: Arc<AtomicBool>,
}

/// Sets its flag when the stream that holds it is dropped.
struct OnDrop(Arc<AtomicBool>);

impl Drop for OnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

impl Streaming {
    async fn start(status: u16, content_length: bool) -> Streaming {
        let generated = Arc::new(AtomicU64::new(0));
        let dropped = Arc::new(AtomicBool::new(false));
        let (counter, flag) = (Arc::clone(&generated), Arc::clone(&dropped));
        let app = axum::Router::new().fallback(move || {
            let (counter, guard) = (Arc::clone(&counter), OnDrop(Arc::clone(&flag)));
            async move { stream(status, content_length, counter, guard) }
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Streaming {
            base,
            generated,
            dropped,
        }
    }

    /// Waits (at most 10 s) until the server stopped streaming, and gives
    /// how much it generated.
    fn stopped(&self) -> u64 {
        let start = std::time::Instant::now();
        while !self.dropped.load(Ordering::SeqCst) {
            assert!(start.elapsed() < Duration::from_secs(10), "still streaming");
            std::thread::sleep(Duration::from_millis(10));
        }
        self.generated.load(Ordering::SeqCst)
    }
}

fn stream(status: u16, content_length: bool, counter: Arc<AtomicU64>, guard: OnDrop) -> Response {
    let chunks = BODY / CHUNK.len() as u64;
    let body = futures_util::stream::iter((0..chunks).map(move |_| {
        let _alive = &guard;
        counter.fetch_add(CHUNK.len() as u64, Ordering::SeqCst);
        Ok::<_, Infallible>(Bytes::from_static(&CHUNK))
    }));
    let mut response = Response::new(Body::from_stream(body));
    *response.status_mut() = StatusCode::from_u16(status).unwrap();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    if content_length {
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(BODY));
    }
    response
}

/// A runtime for the server (and the async client) of a test that runs on
/// its own thread.
fn runtime(workers: usize) -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .enable_all()
        .build()
        .unwrap()
}

/// The process's peak resident memory so far, in bytes (`VmHWM`).
fn peak_memory() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    let kib: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kib * 1024
}

/// A response of the streaming server, as received: cut at the default
/// limit, the status and `Retry-After` deciding, while memory grew by
/// `growth` bytes and the server generated `generated` bytes before it
/// stopped.
fn assert_cut(what: &str, received: &Received<clarifai::Response>, growth: u64, generated: u64) {
    let mib = |bytes: u64| bytes as f64 / f64::from(1 << 20);
    println!(
        "{what}: a {} MiB body, peak memory grew by {:.1} MiB, the server generated {:.1} MiB",
        BODY >> 20,
        mib(growth),
        mib(generated),
    );
    assert!(growth < GROWTH, "memory grew by {growth} bytes");
    assert!(generated < GROWTH, "the server generated {generated} bytes");
    assert_eq!(received.body.len(), BODY_LIMIT);
    let retry = Decision::Retry {
        after: Some(Duration::from_secs(5)),
    };
    assert_eq!(received.decision(), retry);
    let Err(BodyError::TooLarge(too_large)) = &received.decoded else {
        panic!("{:?}", received.decoded);
    };
    let verdict = received.verdict();
    assert_eq!(
        *too_large,
        TooLarge {
            limit: BODY_LIMIT,
            verdict
        }
    );
}

#[test]
fn a_512_mib_body_is_cut_at_4_mib_and_the_status_decides() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let runtime = runtime(2);
    // With a Content-Length of 512 MiB.
    let server = runtime.block_on(Streaming::start(503, true));
    let before = peak_memory();
    let received = runtime
        .block_on(async {
            let url = format!("{}/v2/inputs", server.base);
            let receive = async { clarifai(reqwest::get(url).await?).await };
            tokio::time::timeout(Duration::from_secs(60), receive).await
        })
        .expect("within a minute")
        .unwrap();
    let growth = peak_memory().saturating_sub(before);
    assert_cut("async", &received, growth, server.stopped());
    assert_eq!(
        received.decoded.unwrap_err().to_string(),
        "body too large: over 4194304 bytes"
    );
}

#[test]
fn a_blocking_client_cuts_it_too() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let runtime = runtime(1);
    // Chunked this time: no Content-Length to go by.
    let server = runtime.block_on(Streaming::start(429, false));
    let before = peak_memory();
    let response = reqwest::blocking::get(format!("{}/v2/inputs", server.base)).unwrap();
    let received = codes_client::reqwest::blocking::clarifai(response).unwrap();
    let growth = peak_memory().saturating_sub(before);
    assert_cut("blocking", &received, growth, server.stopped());
}

#[tokio::test(start_paused = true)]
async fn a_body_at_the_limit_decodes_and_one_byte_over_does_not() {
    let ok = r#"{"status": {"code": 10000, "description": "Ok"}}"#;
    let not_found = r#"{"status": {"code": 21200, "description": "Model does not exist"}}"#;
    let vendor = Vendor::start(vec![
        answer(200, ok),
        answer(200, ok),
        answer(404, not_found),
    ])
    .await;
    let client = common::client();
    let url = vendor.url("/v2/models/m1");
    let get = |limit| {
        let request = client.get(&url).send();
        async move {
            receive_with(
                request.await?,
                ReadOptions::new().limit(limit),
                clarifai::decode,
            )
            .await
        }
    };
    let at = get(ok.len()).await.unwrap();
    assert_eq!(at.decision(), Decision::Done);
    assert!(at.decoded_body().is_some());

    let over = get(ok.len() - 1).await.unwrap();
    assert_eq!(&over.body[..], &ok.as_bytes()[..ok.len() - 1]);
    assert!(matches!(&over.decoded, Err(BodyError::TooLarge(t)) if t.limit == ok.len() - 1));
    // The status alone: a 200 with no body is done.
    assert_eq!(over.decision(), Decision::Done);

    // A 404 cut short is still what its status says: fix the request.
    let cut = get(10).await.unwrap();
    assert_eq!(cut.decision(), Decision::FixRequest);
    assert_eq!(cut.body.len(), 10);
    assert!(cut.into_body().is_none());
}

#[test]
fn a_blocking_body_at_the_limit_decodes_and_one_byte_over_does_not() {
    let runtime = runtime(1);
    let ok = r#"{"status": {"code": 10000}}"#;
    let vendor = runtime.block_on(Vendor::start(vec![answer(200, ok)]));
    let client = reqwest::blocking::Client::new();
    let get = |limit| {
        let response = client.get(vendor.url("/v2/models")).send().unwrap();
        codes_client::reqwest::blocking::receive_with(
            response,
            ReadOptions::new().limit(limit),
            clarifai::decode,
        )
        .unwrap()
    };
    assert!(get(ok.len()).decoded.is_ok());
    let over = get(ok.len() - 1);
    assert!(matches!(over.decoded, Err(BodyError::TooLarge(_))));
    assert_eq!(over.body.len(), ok.len() - 1);
    assert_eq!(over.decision(), Decision::Done);
}
