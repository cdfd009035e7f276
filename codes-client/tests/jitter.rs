//! A fleet of clients that fail at the same moment, against a real HTTP
//! server on 127.0.0.1 (axum), on a paused clock: with the default jitter
//! their second attempts spread over the first delay; without it they all
//! come back at its end; seeded, they wait the same delays every run.

use std::sync::Mutex;
use std::time::Duration;

use codes_client::poll::{Backoff, Limits, retry};
use codes_client::reqwest::clarifai;
use tokio::time::Instant;

mod common;
use common::{Vendor, answer, client};

/// How many clients fail at once.
const FLEET: u64 = 20;

/// The backoff: 400 ms, doubled, at most 2 s.
const BACKOFF: Backoff = Backoff::new(Duration::from_millis(400), 2, Duration::from_secs(2));

/// The first delay of each client of the fleet, `backoff(i)` the `i`th
/// client's: all start together against a server that answers every
/// request with an empty 503 (a retry, with no `Retry-After`), and retry
/// at most 3 attempts. A delay is from the client's first answer to its
/// second request, on tokio's paused clock (whose timers round up to the
/// millisecond).
async fn first_delays(backoff: impl Fn(u64) -> Backoff) -> Vec<Duration> {
    let vendor = Vendor::start(vec![answer(503, "")]).await;
    let http = client();
    let mut fleet = tokio::task::JoinSet::new();
    for i in 0..FLEET {
        let (http, url, backoff) = (
            http.clone(),
            vendor.url(&format!("/v2/inputs/{i}")),
            backoff(i),
        );
        fleet.spawn(async move {
            // (sent, answered) of each attempt.
            let times = Mutex::new(Vec::new());
            let stopped = retry(
                || {
                    let (http, url, times) = (&http, &url, &times);
                    async move {
                        let sent = Instant::now();
                        let received = clarifai(http.get(url).send().await?).await;
                        times.lock().unwrap().push((sent, Instant::now()));
                        received
                    }
                },
                backoff,
                Limits::new(3, Duration::from_secs(60)),
            )
            .await
            .unwrap_err();
            assert_eq!(stopped.attempts(), 3);
            let times = times.into_inner().unwrap();
            (i, times[1].0 - times[0].1)
        });
    }
    let mut delays = fleet.join_all().await;
    delays.sort();
    assert_eq!(vendor.requests().len(), 3 * FLEET as usize);
    delays.into_iter().map(|(_, delay)| delay).collect()
}

/// The standard deviation of `delays`, in milliseconds.
fn deviation_ms(delays: &[Duration]) -> f64 {
    let ms: Vec<f64> = delays.iter().map(|d| d.as_secs_f64() * 1e3).collect();
    let mean = ms.iter().sum::<f64>() / ms.len() as f64;
    (ms.iter().map(|m| (m - mean).powi(2)).sum::<f64>() / ms.len() as f64).sqrt()
}

#[tokio::test(start_paused = true)]
async fn a_fleet_that_failed_at_once_comes_back_spread() {
    // Full jitter, the default: anywhere in [0, 400 ms].
    let jittered = first_delays(|_| BACKOFF).await;
    let deviation = deviation_ms(&jittered);
    println!("full jitter: first delays {jittered:?}, standard deviation {deviation:.1} ms");
    assert!(deviation > 50.0, "{deviation} ms: {jittered:?}");
    assert!(
        jittered.iter().all(|d| *d <= Duration::from_millis(401)),
        "{jittered:?}"
    );

    // Without jitter: all twenty at 400 ms.
    let exact = first_delays(|_| BACKOFF.without_jitter()).await;
    let deviation = deviation_ms(&exact);
    println!("no jitter: standard deviation {deviation:.1} ms");
    assert!(deviation < 1.0, "{exact:?}");
    assert!(
        exact.iter().all(|d| *d == Duration::from_millis(400)),
        "{exact:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn a_seeded_fleet_waits_the_same_delays_twice() {
    // One seed a client: spread, and the same spread every run.
    let once = first_delays(|i| BACKOFF.seeded(i)).await;
    let twice = first_delays(|i| BACKOFF.seeded(i)).await;
    assert_eq!(once, twice);
    assert!(deviation_ms(&once) > 50.0, "{once:?}");
    // What each client waited is its backoff's first delay (rounded up to
    // the paused clock's millisecond).
    for (i, waited) in (0..FLEET).zip(&once) {
        let delay = BACKOFF.seeded(i).delay(0);
        assert!(
            delay <= *waited && *waited <= delay + Duration::from_millis(1),
            "client {i}: waited {waited:?}, drew {delay:?}"
        );
    }
}
