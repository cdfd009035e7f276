//! `poll` and `retry` report to `tracing` (feature `tracing`): a span a
//! loop, an event an attempt with its decision, its basis and the wait, and
//! one when the loop ends; read here by a subscriber that records them.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use codes_client::poll::{Backoff, Limits, retry};
use codes_vendors::{Basis, Decision, Verdict};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

/// Every span's name and every event's fields, as `name=value` text.
#[derive(Clone, Default)]
struct Recorder {
    lines: Arc<Mutex<Vec<String>>>,
}

struct Fields(String);

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!(" {}={value:?}", field.name()));
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut fields = Fields(format!("span {}", span.metadata().name()));
        span.record(&mut fields);
        self.lines.lock().unwrap().push(fields.0);
        Id::from_u64(1)
    }

    fn record(&self, _: &Id, _: &Record<'_>) {}

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut fields = Fields("event".into());
        event.record(&mut fields);
        self.lines.lock().unwrap().push(fields.0);
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
}

#[test]
fn a_retry_loop_says_why_it_retried() {
    let recorder = Recorder::default();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap();
    let throttled = Verdict {
        decision: Decision::Retry {
            after: Some(Duration::from_secs(3)),
        },
        basis: Basis::Code,
    };
    let done = Verdict {
        decision: Decision::Done,
        basis: Basis::HttpStatus,
    };
    tracing::subscriber::with_default(recorder.clone(), || {
        runtime.block_on(async {
            let mut answers = [throttled, done].into_iter();
            let backoff = Backoff::new(Duration::from_secs(1), 2, Duration::from_secs(10));
            let finished = retry(
                || {
                    let next = answers.next().unwrap_or(done);
                    async move { next }
                },
                backoff,
                Limits::new(5, Duration::from_secs(60)),
            )
            .await
            .unwrap();
            assert_eq!(finished.attempts, 2);
        });
    });
    let lines = recorder.lines.lock().unwrap().clone();
    assert_eq!(
        lines,
        [
            "span codes_client::loop kind=\"retry\" max_attempts=5 deadline_ms=60000",
            // The server's 3 s, waited as given.
            "event message=attempt attempt=1 decision=retry after 3s basis=the vendor code wait_ms=3000",
            // No wait: the answer ends the loop.
            "event message=attempt attempt=2 decision=done basis=the HTTP status",
            "event message=finished attempts=2",
        ]
    );
}
