//! Every delay hint a server gives, read from a real response: a real HTTP
//! server on 127.0.0.1 (axum, port 0) answers with each header, and the
//! real `reqwest` client decides through a vendor's entry point.

use std::time::Duration;

use codes_client::Decides;
use codes_client::reqwest::{ReadOptions, clarifai, receive_with};
use codes_vendors::{Decision, UnixTime};

mod common;
use common::{Vendor, answer, client};

const BUSY: &str = r#"{"status": {"code": 10020, "description": "Failure"}}"#;

/// The decision of one answer, read at the Unix time `now`.
async fn decided(status: u16, headers: &[(&'static str, &str)], now: u64) -> Decision {
    let mut reply = answer(status, BUSY);
    for (name, value) in headers {
        reply = reply.header(name, value);
    }
    let vendor = Vendor::start(vec![reply]).await;
    let response = client().get(vendor.url("/v2/models")).send().await.unwrap();
    let options = ReadOptions::new().at(UnixTime(now));
    receive_with(response, options, |raw| {
        codes_vendors::clarifai::decode(raw)
    })
    .await
    .unwrap()
    .decision()
}

fn retry_after(after: Duration) -> Decision {
    Decision::Retry { after: Some(after) }
}

#[tokio::test]
async fn milliseconds_seconds_and_dates() {
    let now = 1_445_412_400; // 80 s before Wed, 21 Oct 2015 07:28:00 GMT
    let cases: [(&[(&str, &str)], Decision); 6] = [
        (
            &[("retry-after-ms", "1500")],
            retry_after(Duration::from_millis(1500)),
        ),
        (
            &[("x-ms-retry-after-ms", "250")],
            retry_after(Duration::from_millis(250)),
        ),
        (&[("retry-after", "7")], retry_after(Duration::from_secs(7))),
        (
            &[("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")],
            retry_after(Duration::from_secs(80)),
        ),
        // A date already past: retry now.
        (
            &[("retry-after", "Wed, 21 Oct 2015 07:00:00 GMT")],
            retry_after(Duration::ZERO),
        ),
        // Milliseconds are the more precise: they win.
        (
            &[("retry-after", "2"), ("retry-after-ms", "400")],
            retry_after(Duration::from_millis(400)),
        ),
    ];
    for (headers, decision) in cases {
        assert_eq!(decided(503, headers, now).await, decision, "{headers:?}");
    }
}

#[tokio::test]
async fn a_hint_that_does_not_parse_is_no_delay() {
    for headers in [[("retry-after-ms", "-5")], [("retry-after", "soon")]] {
        assert_eq!(
            decided(503, &headers, 0).await,
            Decision::Retry { after: None },
            "{headers:?}"
        );
    }
}

#[tokio::test]
async fn clarifai_entry_point_reads_them_too() {
    let vendor = Vendor::start(vec![
        answer(429, BUSY).header("x-ms-retry-after-ms", "1200"),
    ])
    .await;
    let response = client().get(vendor.url("/v2/models")).send().await.unwrap();
    let received = clarifai(response).await.unwrap();
    assert_eq!(
        received.decision(),
        retry_after(Duration::from_millis(1200))
    );
}
